"""`kg validate`: the sample conforms to the shapes; a broken graph fails with plain-word reasons."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main
from kg.interop import Violation, validate_file, validate_store

# One relation and two countries, broken four ways: a type outside the vocabulary, no
# evidence sentence, a confidence above 1, and a country code that is a name.
BROKEN = """\
@prefix kg: <https://w3id.org/kg-bilateral/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@base <https://w3id.org/kg-bilateral/id/> .

<relation/r1> kg:relationType "FRIEND" ; kg:subject <actor/RUS> ; kg:object <actor/IND> ;
    kg:confidence 1.5 ; prov:wasDerivedFrom <article/a1> .
<actor/RUS> a kg:Country ; rdfs:label "Russia" ; kg:actorId "Russia" .
<actor/IND> a kg:Country ; rdfs:label "India" ; kg:actorId "IND" .
<article/a1> a kg:Article ; kg:fileName "one.txt" .
"""

EXPECTED = [
    ('id:actor/RUS breaks the rule "country code" (does not match the pattern, found "Russia"): a country needs exactly '
    'one actor id, its ISO 3166-1 alpha-3 code in three capital letters (such as "RUS")'),
    ('id:relation/r1 breaks the rule "confidence" (above the maximum, found 1.5): a relation has at most one confidence, '
    "a decimal from 0 to 1"),
    ('id:relation/r1 breaks the rule "evidence" (missing or too few values): a relation needs exactly one evidence '
    "sentence, a non-empty string"),
    ('id:relation/r1 breaks the rule "relation type" (not one of the allowed values, found "FRIEND"): a relation needs '
    "exactly one type, and it must be one of the 21 names of the vocabulary (PARTNER, AID, REJECT, ...)"),
]


def test_the_sample_graph_conforms(sample_store):
    report = validate_store(sample_store)
    assert report.conforms and report.violations == []
    assert report.triples == sample_store.triple_count()


def test_a_broken_graph_fails_and_says_which_node_breaks_which_rule(tmp_path):
    f = tmp_path / "broken.ttl"
    f.write_text(BROKEN, encoding="utf-8")
    report = validate_file(f)
    assert not report.conforms
    assert report.triples == 13
    assert [str(v) for v in report.violations] == EXPECTED
    assert report.violations[2] == Violation(
        "id:relation/r1", "evidence", "missing or too few values",
        "a relation needs exactly one evidence sentence, a non-empty string",
    )


def test_validate_command_on_a_store_and_on_a_broken_file(tmp_path):
    runner = CliRunner()
    good = tmp_path / "good.txt"
    good.write_text("Title: T\nDate: 2024-05-01\n\nFrance and Germany signed a defence agreement.\n", encoding="utf-8")
    store = str(tmp_path / "store")
    assert runner.invoke(main, ["ingest", str(good), "--store", store, "-q"]).exit_code == 0
    r = runner.invoke(main, ["validate", "--store", store])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("conforms: ") and r.output.endswith(" triples follow the kg shapes\n")

    bad = tmp_path / "broken.ttl"
    bad.write_text(BROKEN, encoding="utf-8")
    r = runner.invoke(main, ["validate", str(bad)])
    assert r.exit_code == 1
    assert r.stdout.splitlines() == EXPECTED
    assert r.stderr == "does not conform: 4 violations in 13 triples\n"

    # the same graph loaded into a store fails there too
    assert runner.invoke(main, ["load", str(bad), "--store", store]).exit_code == 0
    r = runner.invoke(main, ["validate", "--store", store])
    assert r.exit_code == 1 and r.stdout.splitlines() == EXPECTED
