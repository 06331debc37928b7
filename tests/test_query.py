"""Saved queries: each parses and runs, parameters are bindings, the seed's supply question."""

from __future__ import annotations

import json

import pytest

from kg.errors import QueryError
from kg.query import format_table, parse_param, resolve_query, run_query, saved_queries, stats, to_table

from conftest import needs_shared


def test_every_saved_query_has_a_description_and_runs(sample_store):
    saved = saved_queries()
    assert {"supplies", "partners", "members", "objections", "relations", "officials", "dyad", "counts", "types"} <= set(saved)
    for q in saved.values():
        assert q.text.lstrip().startswith("#"), q.name
        assert q.description and not q.description.startswith("(")
        table = to_table(sample_store.query(q.text))
        assert table.columns, q.name


@needs_shared
def test_who_supplies_whom_with_evidence(seed_store):
    rows = to_table(seed_store.query(saved_queries()["supplies"].text))
    lavrov = [dict(zip(rows.columns, r)) for r in rows.rows if "Lavrov reaffirmed" in r[rows.columns.index("evidence")]]
    assert len(lavrov) == 1
    row = lavrov[0]
    assert (row["provider"], row["recipient"], row["date"], row["speaker"]) == ("RUS", "PAK", "2021-04-15", "Sergei Lavrov")
    assert row["evidence"].startswith("On counterterrorism (CT) efforts, Lavrov reaffirmed Russia’s readiness")
    assert {(r[0], r[1]) for r in rows.rows} == {("RUS", "PAK")}


@needs_shared
def test_objections_show_the_nested_relation(seed_store):
    rows = to_table(seed_store.query(saved_queries()["objections"].text)).rows
    assert [r[:5] for r in rows] == [["IND", "REJECT", "RUS", "AID", "PAK"]]


@needs_shared
def test_members_of_the_quad_and_sco(seed_store):
    rows = to_table(seed_store.query(saved_queries()["members"].text)).rows
    assert {(r[0], r[1]) for r in rows} == {
        ("Quad", "AUS"), ("Quad", "IND"), ("Quad", "JPN"), ("Quad", "USA"),
        ("SCO", "IND"), ("SCO", "PAK"), ("SCO", "RUS"),
    }


@needs_shared
def test_parameters_are_bound_not_pasted(seed_store):
    q = saved_queries()["partners"].text
    rows = to_table(run_query(seed_store, q, ["actor=RUS"])).rows
    assert [(r[0], r[1], r[2]) for r in rows] == [("RUS", "IND", "PARTNER")]
    # a value that would break out of a pasted query is just a string that matches nothing
    evil = to_table(run_query(seed_store, q, ['actor=x" } UNION { ?a ?b ?c'])).rows
    assert evil == []


def test_param_values_become_typed_terms():
    assert parse_param("actor=RUS")[1].value == "https://w3id.org/kg-bilateral/id/actor/RUS"
    assert parse_param("since=2021-04-15")[1].datatype.value.endswith("#date")
    assert parse_param("n=3")[1].value == "3"
    assert parse_param("name=Sergei Lavrov")[1].value == "Sergei Lavrov"
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_param("actor")


def test_unknown_and_malformed_queries(sample_store):
    with pytest.raises(QueryError, match="unknown saved query 'nope'; known: attested, balance, counts"):
        resolve_query("nope")
    with pytest.raises(QueryError, match="malformed SPARQL"):
        sample_store.query("SELECT WHERE {")
    # a parameter the query has no variable for is refused, not silently ignored
    with pytest.raises(QueryError, match=r"^--param 'nope=RUS': the query has no variable \?nope to bind$"):
        run_query(sample_store, "SELECT ?x WHERE { ?x a kg:Country }", ["nope=RUS"])


def test_formats(sample_store):
    table = to_table(sample_store.query("SELECT ?a ?b WHERE { VALUES (?a ?b) { (1 \"x,y\") } }"))
    assert format_table(table, "csv") == 'a,b\n1,"x,y"'
    assert format_table(table, "tsv") == "a\tb\n1\tx,y"
    assert format_table(table, "json") == '[\n {\n  "a": 1,\n  "b": "x,y"\n }\n]'
    # JSON values are typed; an actor is its id with the IRI beside it, in every format
    typed = to_table(sample_store.query(
        'SELECT ?n ?d ?f ?yes ?who WHERE { VALUES (?n ?d ?f ?yes ?who) { (3 "2021-04-15"^^xsd:date 0.5 true <https://w3id.org/kg-bilateral/id/actor/RUS>) } }'))
    assert json.loads(format_table(typed, "json")) == [{"n": 3, "d": "2021-04-15", "f": 0.5, "yes": True, "who": "RUS",
                                                         "who_iri": "https://w3id.org/kg-bilateral/id/actor/RUS"}]
    assert format_table(typed, "csv").splitlines()[1] == "3,2021-04-15,0.5,true,RUS"
    assert format_table(typed, "table").splitlines()[2].split() == ["3", "2021-04-15", "0.5", "true", "RUS"]
    assert json.loads(format_table(to_table(sample_store.query("ASK { ?s ?p ?o }")), "json")) == {"answer": True}
    assert format_table(table, "table").splitlines()[-1] == "(1 row)"


def test_stats_of_the_sample(sample_store):
    figures = stats(sample_store)
    assert figures["articles"] == 9
    # the summary's figures against the relation nodes themselves, counted here by hand
    raw = {r["t"].value: int(r["n"].value) for r in sample_store.query(
        "SELECT ?t (COUNT(?r) AS ?n) WHERE { ?r kg:relationType ?t FILTER NOT EXISTS { ?r a kg:EmbeddedRelation } } GROUP BY ?t")}
    assert figures["by_type"] == raw and figures["relations"] == sum(raw.values()) == 60
    assert figures["quads"] == len(sample_store.quads())
