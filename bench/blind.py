"""Edge precision and recall on bench/blind/sentences*.txt: sentences in wire style whose
expected edges were written for the project by sessions that saw none of kg's rules (one file
per batch; each is scored alone, then all together).

The file is blind on purpose: run this for a figure, never read its misses while writing
rules. A line is ``text => S TYPE O; S TYPE O`` (empty after ``=>``: no edge). Symmetric
types count in either order; a group counts as its state (``IRQ:UAF`` is IRQ); CONSULT,
SUPPORT, COOPERATE or AID announced for later also count as AGREE (PLOVER's convention: another
name for the same edge, so it can match an expected AGREE but is never a false one of its own,
and an edge expected under either name is no false edge under the other).

    python bench/blind.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from kg.extraction import Extractor  # noqa: E402
from kg.ingest import Article  # noqa: E402

SYMMETRIC = {"AGREE", "COOPERATE", "CONSULT", "PARTNER", "ALLY", "RIVAL"}
FUTURE_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}


def read_cases(path: Path) -> list[tuple[str, set[tuple[str, str, str]]]]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, _, expected = line.partition("=>")
        edges = {tuple(e.split()) for e in expected.split(";") if len(e.split()) == 3}
        cases.append((text.strip(), edges))
    return cases


def key(s: str, t: str, o: str) -> tuple[str, ...]:
    return (t, *sorted((s, o))) if t in SYMMETRIC else (s, t, o)


def score(ex: Extractor, cases: list[tuple[str, set[tuple[str, str, str]]]]) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for i, (text, expected) in enumerate(cases):
        names: dict[tuple, set[tuple]] = {}  # each edge found, under each of its names
        for r in ex.extract(Article(id=str(i), name=f"{i}.txt", text=text, date=None)).relations:
            if r.negated or not hasattr(r.object, "id"):
                continue
            s, o = r.subject.id.split(":")[0], r.object.id.split(":")[0]
            edge = names.setdefault(key(s, r.type, o), {key(s, r.type, o)})
            if r.type in FUTURE_AGREE and r.modality == "future":
                edge.add(key(s, "AGREE", o))  # a second name for the same edge, never an edge of its own
        want = {key(*e) for e in expected}
        found = set().union(*names.values())
        tp += len(want & found)
        fn += len(want - found)
        fp += sum(1 for edge in names.values() if not edge & want)  # (an edge is right under either name)
    return tp, fp, fn


def line(name: str, n: int, tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{name:16} {n:4}  edges P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn})"


def main() -> int:
    ex = Extractor()
    start = time.perf_counter()
    totals = [0, 0, 0, 0]
    for path in sorted((HERE / "blind").glob("sentences*.txt")):
        cases = read_cases(path)
        tp, fp, fn = score(ex, cases)
        print(line(path.name, len(cases), tp, fp, fn))
        for k, v in enumerate((len(cases), tp, fp, fn)):
            totals[k] += v
    print(line("all", *totals) + f"; {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
