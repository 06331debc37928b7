"""`kg eval` on PLOVER gold-standard records, and what -v and an empty run do."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import evaluate_plover
from kg.extraction import ActorRef, Extraction, Relation

from conftest import FIXTURES, SHARED, needs_shared

SAMPLE = FIXTURES / "plover_sample.json"


class Canned:
    """An extractor that returns fixed edges per sentence: the scoring is what is tested here."""

    def __init__(self, edges: dict[str, list[tuple]]) -> None:
        self.edges = edges

    def extract_many(self, articles, on_failure=None):
        for art in articles:
            rels = []
            for s, t, o, *rest in self.edges.get(art.name, []):
                modality = rest[0] if rest else None
                rels.append(Relation(ActorRef(s, s, "Country"), t, ActorRef(o, o, "Country"), "", 0, 0, modality=modality))
            yield Extraction(art, {}, {}, rels)


def test_plover_matching_rules():
    canned = Canned({
        "T-AGREE-1.txt": [("PER", "AGREE", "CHL")],  # no target: two source actors, either order
        "T-DEMAND-1.txt": [("NOR", "REQUEST", "ISL")],  # DEMAND is our REQUEST
        "T-FIGHT-1.txt": [("TCD", "ASSAULT", "RUR")],  # the pair, the wrong way round: pair only
        "T-AID-1.txt": [("JPN", "AID", "UN")],  # JAP is JPN; IGO matches an organisation
        "T-AGREE-2.txt": [("FIN", "AID", "TZA", "future")],  # future aid is PLOVER's AGREE
        "T-PROTEST-1.txt": [],
        "T-CONSULT-1.txt": [("TGO", "CONSULT", "GHA")],  # CONSULT matches either way round
    })
    report = evaluate_plover(SAMPLE, canned)
    d = report.as_dict()
    assert (d["records"], d["inter_state_records"]) == (7, 3)  # DEMAND, AGREE-2, CONSULT (RUR is no ISO code)
    assert (report.hits, report.pair_hits, report.inter_hits, report.edges) == (5, 6, 3, 6)
    assert d["recall_by_type"]["ASSAULT"] == {"found": 0, "gold": 1}
    assert [m.id for m in report.misses] == ["T-FIGHT-1", "T-PROTEST-1"]
    assert report.misses[0].emitted == [("TCD", "ASSAULT", "RUR")]


def test_kg_eval_reads_plover_records_and_lists_misses():
    r = CliRunner().invoke(main, ["eval", str(SAMPLE), "-v"])
    assert r.exit_code == 0, r.output
    assert re.search(r"^records +7 \(3 between two states\)$", r.output, re.M)
    assert "MISS T-AID-1 JPN AID IGO: Japan gave the agency ten million dollars." in r.output
    # a domestic event is read since 2026-12-03 (groups): no longer a miss
    assert "T-PROTEST-1" not in r.output
    assert re.search(r"^recall +0\.714 +\(between states 1\.000\)$", r.output, re.M)


@needs_shared
def test_kg_eval_gives_the_figures_of_the_shared_scorer(tmp_path):
    kg = shutil.which("kg")
    if kg is None:
        pytest.skip("the kg command is not on PATH")
    scorer = subprocess.run([sys.executable, str(SHARED / "tools" / "score_plover.py"), str(SAMPLE), "--kg", kg],
                            capture_output=True, text=True, timeout=300)
    assert scorer.returncode == 0, scorer.stderr
    theirs = {
        "recall": float(re.search(r"^recall ([\d.]+)", scorer.stdout, re.M).group(1)),
        "inter": float(re.search(r"^inter-state recall: .* = ([\d.]+)", scorer.stdout, re.M).group(1)),
        "pairs": float(re.search(r"^pair recall .* = ([\d.]+)", scorer.stdout, re.M).group(1)),
        "edges": float(re.search(r"^edges per sentence: ([\d.]+)", scorer.stdout, re.M).group(1)),
    }
    d = json.loads(CliRunner().invoke(main, ["eval", str(SAMPLE), "--json"]).output)
    ours = {"recall": round(d["recall"], 3), "inter": round(d["inter_state_recall"], 3),
            "pairs": round(d["pair_recall"], 3), "edges": round(d["edges_per_sentence"], 2)}
    assert ours == theirs


def _small_gold(tmp_path):
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    (corpus / "a.txt").write_text("Title: T\n\nChile and Peru signed a fisheries agreement. Bolivia attacked Peru.\n", encoding="utf-8")
    (gold / "a.json").write_text(json.dumps({
        "article": "a.txt",
        "relations": [
            {"subject": "PER", "type": "AGREE", "object": "CHL", "evidence": "Chile and Peru signed ..."},
            {"subject": "CHL", "type": "SANCTION", "object": "PER", "evidence": "Chile froze ..."},
        ],
    }), encoding="utf-8")
    return corpus, gold


def test_verbose_lists_misses_and_false_positives_with_their_sentences(tmp_path):
    corpus, gold = _small_gold(tmp_path)
    r = CliRunner().invoke(main, ["eval", str(gold), "--corpus", str(corpus), "-v"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    i = lines.index("MISS  a.txt: CHL SANCTION PER")
    assert lines[i + 1].strip() == "Chile froze ..."
    j = lines.index("FALSE a.txt: BOL ASSAULT PER")
    assert lines[j + 1].strip() == "Bolivia attacked Peru."


def test_a_run_that_finds_no_article_is_refused(tmp_path):
    _, gold = _small_gold(tmp_path)
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    r = CliRunner().invoke(main, ["eval", str(gold), "--corpus", str(empty)])
    assert r.exit_code == 1
    assert r.output.strip() == (
        f"Error: none of the 1 gold files' articles is in {empty} (looked for a.txt); "
        "give --corpus the folder or file that holds them"
    )


def test_gold_folder_without_corpus_says_to_give_one(tmp_path):
    _, gold = _small_gold(tmp_path)
    r = CliRunner().invoke(main, ["eval", str(gold)])
    assert r.exit_code == 2
    assert "give --corpus" in r.output


def test_the_printed_recall_is_the_exact_ratio_rounded_once(capsys):
    # 97 of 164 is 0.59146...: the shared scorer prints 0.591; rounding first to four places
    # (0.5915, the JSON's) and then to three printed 0.592
    from kg.cli import _print_plover
    from kg.evaluate import PloverReport

    report = PloverReport(records=164, hits=97, inter_state=82, inter_hits=61, pair_hits=112, edges=179)
    _print_plover(report, as_json=False, verbose=False)
    out = capsys.readouterr().out
    assert re.search(r"^recall +0\.591 +\(between states 0\.744\)$", out, re.M)
    assert re.search(r"^pair recall +0\.683 ", out, re.M)
    assert re.search(r"^edges per sentence +1\.09$", out, re.M)
