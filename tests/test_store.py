"""The store: per-article named graphs, idempotent ingest, export that parses back."""

from __future__ import annotations

import rdflib
from rdflib.compare import isomorphic

from kg.pipeline import ingest_paths
from kg.store import GraphStore

from conftest import DATA, SEED, needs_shared


def _graph_of(store: GraphStore) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=store.serialize("ntriples").decode("utf-8"), format="nt")
    return g


@needs_shared
def test_ingesting_the_seed_twice_leaves_the_same_graph(tmp_path):
    store = GraphStore(tmp_path / "s")
    first = ingest_paths([SEED], store)
    once = store.triple_count()
    quads_once = len(store.quads())
    ingest_paths([SEED], store)
    assert first.articles == 1 and first.relations > 19
    assert store.triple_count() == once
    assert len(store.quads()) == quads_once
    assert store.graph_count() == 1


def test_ingest_of_sample_data_is_idempotent_and_keeps_one_graph_per_article(tmp_path):
    store = GraphStore(tmp_path / "s")
    summary = ingest_paths([DATA], store)
    assert summary.articles == 9  # five .txt, one .html, three JSONL records
    n = store.triple_count()
    assert n == len(store.triples()) == len({(q.subject, q.predicate, q.object) for q in store.quads()})
    ingest_paths([DATA / "07_wire.jsonl"], store)
    assert store.triple_count() == n
    assert store.graph_count() == 9


def test_reingest_replaces_exactly_that_article(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Title: T\n\nFrance and Germany signed a defence agreement.\n", encoding="utf-8")
    store = GraphStore(tmp_path / "s")
    ingest_paths([f], store)
    rows = list(store.query('SELECT ?t WHERE { ?r kg:relationType ?t }'))
    assert [r["t"].value for r in rows] == ["AGREE"]
    f.write_text("Title: T\n\nFrance sanctioned Germany.\n", encoding="utf-8")
    ingest_paths([f], store)
    rows = list(store.query('SELECT ?t WHERE { ?r kg:relationType ?t }'))
    assert [r["t"].value for r in rows] == ["SANCTION"]


def test_turtle_export_parses_back_isomorphic_to_the_store(sample_store):
    ttl = sample_store.serialize("turtle").decode("utf-8")
    back = rdflib.Graph().parse(data=ttl, format="turtle")
    assert len(back) == sample_store.triple_count()
    assert isomorphic(back, _graph_of(sample_store))


@needs_shared
def test_seed_turtle_export_isomorphic(seed_store):
    back = rdflib.Graph().parse(data=seed_store.serialize("turtle").decode("utf-8"), format="turtle")
    assert isomorphic(back, _graph_of(seed_store))


def test_nquads_export_keeps_the_article_graphs(sample_store):
    ds = rdflib.Dataset()
    ds.parse(data=sample_store.serialize("nquads").decode("utf-8"), format="nquads")
    graphs = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert len(graphs) == 12  # nine articles, the shared descriptions of actors and days, the summary
    assert sum("/article/" in g for g in graphs) == 9 and any(g.endswith("/graph/actors") for g in graphs)
    assert sum(len(c) for c in ds.graphs()) == len(sample_store.quads())
