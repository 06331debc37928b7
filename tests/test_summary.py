"""The summary graph: kept exact through ingests, re-ingests and refreshes, and equal to a
first load's, checked against counts made directly from the relation nodes."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from kg import summary
from kg.errors import StoreError
from kg.extraction import Extraction, Relation
from kg.graph import article_iri, extraction_nquads, summary_graph
from kg.ingest import Article
from kg.pipeline import bulk_ingest
from kg.store import GraphStore
from kg.summary import refresh

import graphfixture
from graphfixture import ORGS, STATES, ref

TYPES = ["PARTNER", "RIVAL", "AGREE", "CONSULT", "AID", "ACCUSE", "SANCTION", "ASSAULT", "MEMBER_OF", "REJECT"]
SUMMARY = summary_graph().value


def article(i: int, rng: random.Random, version: int = 0) -> Extraction:
    """Article ``i``: a few relations between the fixture's actors, one an objection now and then."""
    art = Article(id=f"s{i}", name=f"s{i}.txt", text="...", title=f"Story {i}",
                  date=f"202{rng.randrange(4)}-0{rng.randrange(1, 10)}-1{rng.randrange(10)}")
    rels = []
    for k in range(rng.randrange(1, 6)):
        t = rng.choice(TYPES)
        s = rng.choice(list(STATES))
        o = rng.choice([x for x in list(STATES) + list(ORGS) if x != s] if t == "MEMBER_OF" else [x for x in STATES if x != s])
        if t == "MEMBER_OF":
            o = rng.choice(list(ORGS))
        obj = ref(o)
        if t == "REJECT" and rng.random() < 0.4:
            inner = rng.choice([x for x in STATES if x not in (s, o)])
            obj = Relation(ref(inner), "AID", ref(o), "An inner supply.", 100 * k, 100 * k + 10)
        # now and then announced for later or only possible: a relation of the pair, but no
        # cooperation or conflict in its dyad's figures yet
        modality = ("future", None, "hypothetical", None, None)[(7 * i + 3 * k + version) % 5]
        rels.append(Relation(ref(s), t, obj, f"Sentence {k} of story {i} v{version}.", 100 * k, 100 * k + 30,
                             modality=modality))
    ex = Extraction(art, {}, {}, rels)
    for r in rels:
        ex.actors[r.subject.id] = r.subject
    return ex


def summary_quads(store) -> set[tuple[str, str, str]]:
    return {(q.subject.value, q.predicate.value, q.object.value)
            for q in store.store.quads_for_pattern(None, None, None, ox.NamedNode(SUMMARY))}


def oracle(store) -> dict[tuple[str, str, str], tuple[int, int]]:
    """(subject, type, object) -> (relations, articles), counted from the relation nodes
    themselves, symmetric types folded, without the summary graph. An objection counts
    between the objector and the subject of what it objects to (its object when the
    subject is the objector)."""
    out = {}
    rows = store.query("""
        SELECT ?s ?type ?o (COUNT(DISTINCT ?r) AS ?n) (COUNT(DISTINCT ?a) AS ?na) WHERE {
          ?r kg:relationType ?type ; kg:subject/kg:actorId ?s0 ; prov:wasDerivedFrom ?a .
          { ?r kg:object/kg:actorId ?o1 }
          UNION
          { ?r kg:object ?e . ?e a kg:EmbeddedRelation ; kg:subject/kg:actorId ?es ; kg:object/kg:actorId ?eo }
          BIND(COALESCE(?o1, IF(?es = ?s0, ?eo, ?es)) AS ?o0)
          FILTER(?o0 != ?s0)
          FILTER NOT EXISTS { ?r a kg:EmbeddedRelation }
          BIND(IF(?type IN ("PARTNER", "RIVAL", "AGREE") && ?o0 < ?s0, ?o0, ?s0) AS ?s)
          BIND(IF(?type IN ("PARTNER", "RIVAL", "AGREE") && ?o0 < ?s0, ?s0, ?o0) AS ?o)
        } GROUP BY ?s ?type ?o""")
    for row in rows:
        out[(row["s"].value, row["type"].value, row["o"].value)] = (int(row["n"].value), int(row["na"].value))
    return out


QUAD_FIGURE = {"verbal cooperation": "verbalCooperationCount", "material cooperation": "materialCooperationCount",
               "verbal conflict": "verbalConflictCount", "material conflict": "materialConflictCount"}


def dyad_oracle(store) -> dict[tuple[str, str], dict[str, int]]:
    """Each pair's relations, and by quad class those reported as done (no modality), from
    the relation nodes themselves."""
    from kg.ontology import RELATION_TYPES

    out: dict[tuple[str, str], dict[str, int]] = {}
    for row in store.query("""
        SELECT ?r ?type ?s ?o ?es ?eo ?m WHERE {
          ?r kg:relationType ?type ; kg:subject/kg:actorId ?s . FILTER NOT EXISTS { ?r a kg:EmbeddedRelation }
          OPTIONAL { ?r kg:object/kg:actorId ?o }
          OPTIONAL { ?r kg:object ?e . ?e kg:subject/kg:actorId ?es ; kg:object/kg:actorId ?eo }
          OPTIONAL { ?r kg:modality ?m } }"""):
        s = row["s"].value
        o = row["o"].value if row["o"] is not None else (row["eo"] if row["es"].value == s else row["es"]).value
        figures = out.setdefault(tuple(sorted((s, o))), dict.fromkeys(["relationCount", *QUAD_FIGURE.values()], 0))
        figures["relationCount"] += 1
        quad = RELATION_TYPES[row["type"].value].quad_class
        if quad and row["m"] is None:
            figures[QUAD_FIGURE[quad]] += 1
    return out


def dyad_figures(store) -> dict[tuple[str, str], dict[str, int]]:
    rows = store.query("""
        SELECT ?x ?y ?p ?n WHERE { ?d a kg:Dyad ; kg:firstActor/kg:actorId ?x ; kg:secondActor/kg:actorId ?y ; ?p ?n .
          FILTER(?p IN (kg:relationCount, kg:verbalCooperationCount, kg:materialCooperationCount,
                        kg:verbalConflictCount, kg:materialConflictCount)) }""")
    out: dict[tuple[str, str], dict[str, int]] = {}
    for r in rows:
        out.setdefault((r["x"].value, r["y"].value), {})[r["p"].value.rsplit("#", 1)[-1]] = int(r["n"].value)
    return out


def ties(store) -> dict[tuple[str, str, str], tuple[int, int]]:
    rows = store.query("""
        SELECT ?s ?type ?o ?n ?na WHERE {
          ?t a kg:Tie ; kg:tieSubject/kg:actorId ?s ; kg:tieType ?type ; kg:tieObject/kg:actorId ?o ;
             kg:relationCount ?n ; kg:articleCount ?na }""")
    return {(r["s"].value, r["type"].value, r["o"].value): (int(r["n"].value), int(r["na"].value)) for r in rows}


@pytest.fixture
def small_top(monkeypatch):
    monkeypatch.setattr(summary, "TOP", 5)  # few ties, so that ranks move in and out


def test_incremental_summary_equals_a_first_load_and_the_relation_counts(tmp_path, small_top):
    rng = random.Random(7)
    store = GraphStore(tmp_path / "inc")
    final: dict[int, Extraction] = {}
    reports = []
    for step in range(120):
        i = rng.randrange(40)  # about a third of the steps replace an article already there
        ex = article(i, rng, version=step)
        store.replace_graph(article_iri(ex.article.id), extraction_nquads(ex))
        final[i] = ex
        if rng.random() < 0.25:
            reports.append(refresh(store))
    reports.append(refresh(store))
    assert not list(store.query("SELECT ?t WHERE { ?t kg:stale ?x }"))
    assert any(r.removed for r in reports)  # some re-ingest took the last relation of a tie away
    assert any(r.full_rank for r in reports) and any(not r.full_rank and r.ties for r in reports)

    counted = oracle(store)
    assert ties(store) == counted and len(counted) > 30
    assert dyad_figures(store) == dyad_oracle(store)

    by_type = {r["t"].value: int(r["n"].value) for r in store.query(
        "SELECT ?t (COUNT(?r) AS ?n) WHERE { ?r kg:relationType ?t FILTER NOT EXISTS { ?r a kg:EmbeddedRelation } } GROUP BY ?t")}
    kept = {r["t"].value: int(r["n"].value) for r in store.query(
        "SELECT ?t (SUM(?n) AS ?n) WHERE { ?c kg:ploverType ?t ; kg:relationCount ?n } GROUP BY ?t")}
    assert kept == by_type and by_type["REJECT"] > 0

    bulk = GraphStore(tmp_path / "bulk")
    done = bulk_ingest([final[i] for i in sorted(final)], bulk)
    assert done.articles == len(final) and done.relations == sum(len(e.asserted) for e in final.values())
    assert summary_quads(bulk) == summary_quads(store)
    assert len(bulk.store) == len(store.store)

    # the ranking is the first five of the counted ties, by articles, relations, then ids
    ranked = [(r["s"].value, r["type"].value, r["o"].value) for r in store.query(
        "SELECT ?s ?type ?o WHERE { ?t kg:rank ?k ; kg:tieSubject/kg:actorId ?s ; kg:tieType ?type ; "
        "kg:tieObject/kg:actorId ?o } ORDER BY ?k")]
    expect = sorted(counted, key=lambda k: (-counted[k][1], -counted[k][0], k))[:5]
    assert ranked == expect


def test_degree_balance_and_types_agree_with_the_relation_nodes(tmp_path):
    store = graphfixture.build(tmp_path / "s")
    # each asserted relation joins its subject to its object, or, for an objection, to the
    # subject of what it objects to (its object when that subject is the objector)
    others: dict[str, set] = {}
    relations: dict[str, set] = {}
    for row in store.query("""
        SELECT ?r ?s ?o ?es ?eo WHERE {
          ?r kg:relationType ?t ; kg:subject/kg:actorId ?s . FILTER NOT EXISTS { ?r a kg:EmbeddedRelation }
          OPTIONAL { ?r kg:object/kg:actorId ?o }
          OPTIONAL { ?r kg:object ?e . ?e kg:subject/kg:actorId ?es ; kg:object/kg:actorId ?eo } }"""):
        s = row["s"].value
        o = row["o"].value if row["o"] is not None else (row["eo"] if row["es"].value == s else row["es"]).value
        for a, b in ((s, o), (o, s)):
            others.setdefault(a, set()).add(b)
            relations.setdefault(a, set()).add(row["r"].value)
    degree = {a: (len(others[a]), len(relations[a])) for a in others}
    kept = {r["a"].value: (int(r["d"].value), int(r["n"].value)) for r in store.query(
        "SELECT ?a ?d ?n WHERE { ?A kg:degree ?d ; kg:relationCount ?n ; kg:actorId ?a }")}
    assert kept == degree and kept["IND"] == (5, 8)
    dyads = {(r["x"].value, r["y"].value): (int(r["b"].value), int(r["n"].value)) for r in store.query(
        "SELECT ?x ?y ?b ?n WHERE { ?d a kg:Dyad ; kg:firstActor/kg:actorId ?x ; kg:secondActor/kg:actorId ?y ; "
        "kg:balance ?b ; kg:relationCount ?n }")}
    # India and Russia: two partnerships (a standing relation, no quad class), one accusation
    # and India's objection to Russia's aid to Pakistan (verbal conflict with Russia)
    assert dyads[("CHN", "IND")] == (-1, 1) and dyads[("IND", "RUS")] == (-2, 4)
    assert dyads[("RUS", "SCO")] == (0, 1)  # membership is no quad class either
    assert len(dyads) == 13  # 15 ties, three of them between India and Russia


def test_reingesting_an_article_without_a_relation_removes_its_tie_and_dyad(tmp_path):
    store = graphfixture.build(tmp_path / "s")
    a2 = graphfixture.articles()[1]
    assert any(k[1] == "ASSAULT" for k in ties(store))
    a2.relations = [r for r in a2.relations if r.type != "ASSAULT"]
    store.replace_graph(article_iri(a2.article.id), extraction_nquads(a2))
    assert any(k[1] == "ASSAULT" for k in ties(store))  # late until the refresh...
    report = refresh(store)
    assert report.removed == 1
    assert not any(k[1] == "ASSAULT" for k in ties(store)) and ties(store) == oracle(store)
    dyad = list(store.query("SELECT ?b WHERE { ?d kg:firstActor/kg:actorId 'CHN' ; kg:secondActor/kg:actorId 'IND' ; kg:balance ?b }"))
    assert dyad == []  # China and India have nothing left between them
    assert refresh(store).ties == 0  # nothing stale: nothing done


def test_a_crash_between_the_article_and_the_refresh_is_caught_up_later(tmp_path):
    store = graphfixture.build(tmp_path / "s")
    extra = graphfixture.articles()[0]
    extra.article = Article(id="late", name="late.txt", text="...", date="2024-01-01")
    store.replace_graph(article_iri("late"), extraction_nquads(extra))
    store.flush()
    del store  # the process dies here, before its refresh
    again = GraphStore(tmp_path / "s")
    assert list(again.query("SELECT ?t WHERE { ?t kg:stale ?x }"))
    refresh(again)
    assert ties(again) == oracle(again)
    assert ties(again)[("IND", "PARTNER", "RUS")] == (3, 3)


def test_bulk_ingest_refuses_a_store_that_holds_articles(tmp_path):
    store = graphfixture.build(tmp_path / "s")
    n = len(store.store)
    with pytest.raises(StoreError, match="not empty; bulk loading is for a new store"):
        bulk_ingest(graphfixture.articles(), store)
    assert len(store.store) == n


def test_validation_catches_a_summary_left_stale(tmp_path):
    from kg.interop import validate_store

    store = graphfixture.build(tmp_path / "s")
    assert validate_store(store).conforms
    extra = graphfixture.articles()[2]
    store.replace_graph(article_iri(extra.article.id), extraction_nquads(extra))  # no refresh after it
    report = validate_store(store)
    assert not report.conforms
    assert {v.message for v in report.violations} == {
        "a tie is still marked stale: an ingest stopped before it recounted the summary; re-run the ingest that stopped to finish it",
        "an article is still marked pending: an ingest stopped before it added the article to the summary; re-run the "
        "ingest that stopped to finish it"}
    assert len(report.violations) == 6  # the five ties of the Quad article it replaced, and the article
