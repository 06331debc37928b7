"""The seed article against its gold file, through the real `kg extract` command."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import gold_key, load_gold

from conftest import SEED, SEED_GOLD, needs_shared


def _key(edge: dict) -> tuple:
    obj = edge["object"]
    if "relation" in obj:
        inner = obj["relation"]
        obj = {"subject": inner["subject"]["id"], "type": inner["type"], "object": inner["object"]["id"]}
    else:
        obj = obj["id"]
    return gold_key({"subject": edge["subject"]["id"], "type": edge["type"], "object": obj})


@needs_shared
def test_extract_matches_the_seed_gold_exactly():
    result = CliRunner().invoke(main, ["extract", str(SEED), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    edges = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    asserted = {_key(e) for e in edges if not e["negated"]}
    gold = load_gold(SEED_GOLD)
    expected = {gold_key(g) for g in gold["relations"]}
    assert len(expected) == 19
    assert asserted == expected
    assert not asserted & {gold_key(g) for g in gold["negatives"]}


@needs_shared
def test_seed_jsonl_follows_the_contract():
    result = CliRunner().invoke(main, ["extract", str(SEED)])
    edges = [json.loads(line) for line in result.output.splitlines()]
    aid = [e for e in edges if e["type"] == "AID" and "Lavrov reaffirmed" in e["evidence"]]
    assert len(aid) == 1
    e = aid[0]
    assert e["article"] == "000_seed_russia_india_pakistan.txt"
    assert e["subject"] == {"id": "RUS", "label": "Russia", "kind": "Country"}
    assert e["object"] == {"id": "PAK", "label": "Pakistan", "kind": "Country"}
    assert (e["mode"], e["context"], e["speaker"], e["negated"]) == ("military", "counterterrorism", "Sergei Lavrov", False)
    assert 0 < e["confidence"] <= 1
    reject = [e for e in edges if e["type"] == "REJECT"]
    assert [r["object"]["relation"]["type"] for r in reject] == ["AID"]
    assert reject[0]["subject"]["id"] == "IND"
    assert reject[0]["object"]["relation"]["subject"]["id"] == "RUS"
    assert reject[0]["object"]["relation"]["object"]["id"] == "PAK"


@needs_shared
def test_seed_officials_with_state_and_role(extractor):
    from kg.ingest import read_text

    ex = extractor.extract(read_text(SEED))
    found = {(p.name, p.actor, p.role) for p in ex.persons.values()}
    gold = load_gold(SEED_GOLD)
    expected = {(g["name"], g["state_or_org"], g["role"]) for g in gold["entities"]}
    assert found == expected


@needs_shared
def test_seed_speakers(extractor):
    from kg.ingest import read_text

    ex = extractor.extract(read_text(SEED))
    speakers = {(r.type, r.speaker.name if r.speaker else None) for r in ex.asserted if "We are all members" in r.evidence}
    assert speakers == {("MEMBER_OF", "Roman Babushkin"), ("COOPERATE", "Roman Babushkin")}
    partner = [r for r in ex.asserted if r.type == "PARTNER" and "remarkable event" in r.evidence]
    assert [r.speaker.name for r in partner] == ["Nikolay Kudashev"]
