"""Accuracy of the extractor on every evaluation set, with a set-aside part of each.

What it prints
    One row per set and part: the shared gold articles (precision, recall, F1), the
    project's devset (tests/fixtures/devset: articles written for the project, and
    gold for Voice of America stories read from ../shared/voa), and the PLOVER
    development records of ../shared/plover (recall over all records and over those
    between two states).

The set-aside parts
    A part of each set is put aside: it is scored here, but its misses are never
    listed, so that rules are not written for it and its figure says how the
    extractor does on text nobody tuned for. ``-v`` lists the misses and false
    positives of the tuning parts only.

    - PLOVER: every third record (the 3rd, 6th, 9th ... event record of the file).
    - devset: the articles named in ``ASIDE_DEVSET`` and the VOA stories in ``ASIDE_VOA``.

How to run (from the repository root, with ``kg`` installed and ../shared beside it)::

    python bench/accuracy.py            # the table
    python bench/accuracy.py -v         # and the misses of the tuning parts
    python bench/accuracy.py --json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEVSET = ROOT / "tests" / "fixtures" / "devset"

#: Devset articles set aside (gold file stems).
ASIDE_DEVSET = {"04_philippines_china_shoal_resupply", "10_pakistan_afghanistan_strikes"}
#: VOA stories set aside (gold file stems).
ASIDE_VOA = {"voa_6181235", "voa_6205674", "voa_8010476"}


def _gold_part(src: Path, names: set[str], keep: bool, dest: Path) -> Path:
    """A folder holding the gold files of ``src`` whose stem is (``keep``) or is not in ``names``."""
    dest.mkdir(parents=True)
    for f in sorted(src.glob("*.json")):
        if (f.stem in names) == keep:
            shutil.copy(f, dest / f.name)
    return dest


def _plover_part(records: list[dict], aside: bool, dest: Path) -> Path:
    docs = [r for r in records if r.get("event") == "DOCUMENT"]
    events = [r for r in records if r.get("event") != "DOCUMENT"]
    part = [r for i, r in enumerate(events) if (i % 3 == 2) == aside]
    dest.write_text(json.dumps(docs + part), encoding="utf-8")
    return dest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list the misses of the tuning parts")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"{SHARED} is not there: this benchmark reads ../shared")
    from kg.evaluate import evaluate, evaluate_plover
    from kg.extraction import Extractor

    started = time.perf_counter()
    ex = Extractor()
    rows: list[dict] = []
    listings: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)

        def gold_row(name: str, gold: Path, corpus: Path, listed: bool) -> None:
            rep = evaluate(gold, corpus, ex)
            d = rep.as_dict()["relations"]
            rows.append({"set": name, "articles": rep.articles, "precision": d["precision"], "recall": d["recall"],
                         "f1": d["f1"], "tp": d["true_positives"], "fp": d["false_positives"], "fn": d["false_negatives"],
                         "negatives_emitted": len(rep.typed.negatives_emitted)})
            if listed and args.verbose:
                for label, keys in (("MISS", rep.typed.false_negatives), ("FALSE", rep.typed.false_positives)):
                    for k in sorted(keys, key=str):
                        listings.append(f"[{name}] {label:5} {k[0]}: {k[1:]}\n      {rep.evidence.get(k, '')}")

        gold_row("shared gold", SHARED / "gold", SHARED / "corpus", True)
        gold_row("devset (tuning)", _gold_part(DEVSET / "gold", ASIDE_DEVSET, False, t / "dev-tune"), DEVSET / "corpus", True)
        gold_row("devset (set aside)", _gold_part(DEVSET / "gold", ASIDE_DEVSET, True, t / "dev-aside"), DEVSET / "corpus", False)
        voa = SHARED / "voa" / "voa_stories.jsonl"
        gold_row("VOA (tuning)", _gold_part(DEVSET / "voa" / "gold", ASIDE_VOA, False, t / "voa-tune"), voa, True)
        gold_row("VOA (set aside)", _gold_part(DEVSET / "voa" / "gold", ASIDE_VOA, True, t / "voa-aside"), voa, False)
        gold_row("devset (all)", DEVSET / "gold", DEVSET / "corpus", False)
        gold_row("VOA (all)", DEVSET / "voa" / "gold", voa, False)
        records = json.loads((SHARED / "plover" / "plover_gsr_dev.json").read_text(encoding="utf-8"))
        for aside in (False, True):
            name = "PLOVER dev (set aside)" if aside else "PLOVER dev (tuning)"
            rep = evaluate_plover(_plover_part(records, aside, t / f"plover-{aside}.json"), ex)
            d = rep.as_dict()
            rows.append({"set": name, "records": d["records"], "inter_state_records": d["inter_state_records"],
                         "recall": d["recall"], "inter_state_recall": d["inter_state_recall"],
                         "pair_recall": d["pair_recall"], "failed": len(rep.failed)})
            if not aside and args.verbose:
                for m in rep.misses:
                    got = "; ".join(" ".join(e) for e in m.emitted) or "-"
                    listings.append(f"[{name}] MISS{'*' if m.inter_state else ''} {m.id} {'+'.join(m.source)} {m.type} {'+'.join(m.target) or '-'}: {m.text}\n      got {got}")
        rep = evaluate_plover(SHARED / "plover" / "plover_gsr_dev.json", ex)
        d = rep.as_dict()
        rows.append({"set": "PLOVER dev (all)", "records": d["records"], "inter_state_records": d["inter_state_records"],
                     "recall": d["recall"], "inter_state_recall": d["inter_state_recall"],
                     "pair_recall": d["pair_recall"], "failed": len(rep.failed)})
    meta = {"date": dt.date.today().isoformat(), "python": platform.python_version(),
            "seconds": round(time.perf_counter() - started, 1)}
    if args.json:
        print(json.dumps({"rows": rows, **meta}, indent=1))
        return
    for line in listings:
        print(line)
    print(f"{'set':24} {'n':>4}  {'P':>5}  {'R':>5}  {'F1':>5}   tp/fp/fn or records")
    for r in rows:
        if "f1" in r:
            print(f"{r['set']:24} {r['articles']:4}  {r['precision']:.3f}  {r['recall']:.3f}  {r['f1']:.3f}   "
                  f"{r['tp']}/{r['fp']}/{r['fn']}  negatives emitted {r['negatives_emitted']}")
        else:
            print(f"{r['set']:24} {r['records']:4}         {r['recall']:.3f}          recall; between states "
                  f"{r['inter_state_recall']:.3f} ({r['inter_state_records']}); pairs {r['pair_recall']:.3f}; failed {r['failed']}")
    print(f"({meta['date']}, Python {meta['python']}, {meta['seconds']} s)")


if __name__ == "__main__":
    main()
