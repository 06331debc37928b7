"""`kg eval`: scores against gold files, and the targets on ../shared/gold."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import evaluate

from conftest import SHARED, needs_shared


@needs_shared
def test_shared_gold_meets_the_targets():
    r = CliRunner().invoke(main, ["eval", str(SHARED / "gold"), "--corpus", str(SHARED / "corpus"), "--json"])
    assert r.exit_code == 0, r.output
    report = json.loads(r.output)
    assert report["articles"] == 5
    assert report["relations"]["true_positives"] + report["relations"]["false_negatives"] == 47
    # floors the figures of 2026-12-02 (P 1.000, R 0.915, F1 0.956) less 0.02: a regression fails
    assert report["relations"]["f1"] >= 0.94
    assert report["relations"]["precision"] >= 0.98
    assert report["negatives_emitted"] == []


def test_scores_on_a_small_gold_set(tmp_path, extractor):
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    (corpus / "a.txt").write_text(
        "Title: T\n\nChile and Peru signed a fisheries agreement. Bolivia denied that it had attacked Peru.\n", encoding="utf-8"
    )
    (gold / "a.json").write_text(json.dumps({
        "article": "a.txt",
        "relations": [
            {"subject": "PER", "type": "AGREE", "object": "CHL", "evidence": "..."},
            {"subject": "CHL", "type": "SANCTION", "object": "PER", "evidence": "..."},
        ],
        "negatives": [{"subject": "BOL", "type": "ASSAULT", "object": "PER", "evidence": "..."}],
    }), encoding="utf-8")
    report = evaluate(gold, corpus, extractor).as_dict()
    assert report["relations"]["true_positives"] == 1  # AGREE matches in either order
    assert report["relations"]["false_negatives"] == 1
    assert report["relations"]["false_positives"] == 0
    assert report["relations"]["precision"] == 1.0 and report["relations"]["recall"] == 0.5
    assert report["recall_by_type"]["AGREE"] == {"found": 1, "gold": 1, "recall": 1.0}
    assert report["negatives_emitted"] == []


def test_eval_of_a_missing_folder_is_one_line(tmp_path):
    r = CliRunner().invoke(main, ["eval", str(tmp_path / "nope"), "--corpus", str(tmp_path)])
    assert r.exit_code == 1
    assert r.output.strip() == f"Error: {tmp_path / 'nope'}: no such folder of gold files"


def test_workers_give_the_same_extractions(extractor):
    from conftest import DATA
    from kg.evaluate import relation_key
    from kg.pipeline import iter_articles

    _, arts = iter_articles([DATA], lambda m: None)
    arts = list(arts)
    one = [sorted(map(str, (relation_key(r) for r in e.relations))) for e in extractor.extract_many(arts, batch_size=2, workers=1)]
    two = [sorted(map(str, (relation_key(r) for r in e.relations))) for e in extractor.extract_many(arts, batch_size=2, workers=2)]
    assert len(one) == 9 and one == two
    # not nine empty lists: the sample's relations (negated ones included), each article's own
    assert sum(map(len, one)) >= 54 and all(one)


def test_the_dev_set_written_for_the_project_stays_above_its_floor(extractor):
    """12 articles written and annotated apart from the rules (tests/fixtures/devset): a guard
    against regressions, not a target; the figures of the last run are in the README."""
    from pathlib import Path

    dev = Path(__file__).parent / "fixtures" / "devset"
    report = evaluate(dev / "gold", dev / "corpus", extractor).as_dict()
    assert report["articles"] == 12
    # floors just under the figures of 2026-12-04, ninth session (P 0.935, R 0.719, F1 0.813)
    assert report["relations"]["precision"] >= 0.93
    assert report["relations"]["f1"] >= 0.81
    assert report["negatives_emitted"] == []


@needs_shared
def test_the_voa_gold_stays_above_its_floor(extractor):
    """10 Voice of America stories with gold written for the project (tests/fixtures/devset/voa),
    read from ../shared/voa: real news kg was not written for."""
    from pathlib import Path

    gold = Path(__file__).parent / "fixtures" / "devset" / "voa" / "gold"
    report = evaluate(gold, SHARED / "voa" / "voa_stories.jsonl", extractor).as_dict()
    assert report["articles"] == 10
    # floors just under the figures of 2026-12-04, ninth session (P 0.765, R 0.525, F1 0.623):
    # precision fell from 0.775 when armed men known only by their kind became the place's
    # (a state's troops killing "terrorists" our gold names as the BLA is now PAK on PAK:UAF)
    assert report["relations"]["precision"] >= 0.76
    assert report["relations"]["f1"] >= 0.62


@needs_shared
def test_the_plover_development_records_stay_above_their_floor(extractor):
    from kg.evaluate import evaluate_plover

    d = evaluate_plover(SHARED / "plover" / "plover_gsr_dev.json", extractor).as_dict()
    assert (d["records"], d["inter_state_records"], d["failed"]) == (164, 82, [])
    # floors just under the figures of 2026-12-04, ninth session (inter-state 0.744, all 0.598)
    assert d["inter_state_recall"] >= 0.73
    assert d["recall"] >= 0.59


def test_the_evaluator_compares_direction_except_where_relations_md_leaves_it_open():
    """Written from relations.md: AID, ACCUSE, MEMBER_OF ... have a direction; PARTNER,
    ALLY, RIVAL, AGREE, COOPERATE and CONSULT (a meeting) may be written either way."""
    from kg.evaluate import gold_key

    def same(t: str) -> bool:
        return gold_key({"subject": "RUS", "type": t, "object": "PAK"}) == gold_key({"subject": "PAK", "type": t, "object": "RUS"})

    either = {t for t in ("PARTNER", "ALLY", "RIVAL", "AGREE", "COOPERATE", "CONSULT", "AID", "ACCUSE", "REJECT", "SANCTION",
                          "ASSAULT", "MEMBER_OF", "THREATEN", "REQUEST", "SUPPORT", "RETREAT") if same(t)}
    assert either == {"PARTNER", "ALLY", "RIVAL", "AGREE", "COOPERATE", "CONSULT"}
    # an objection keeps its objector first, and the relation it objects to whole
    assert gold_key({"subject": "IND", "type": "REJECT", "object": {"subject": "RUS", "type": "AID", "object": "PAK"}}) != \
        gold_key({"subject": "IND", "type": "REJECT", "object": {"subject": "PAK", "type": "AID", "object": "RUS"}})
