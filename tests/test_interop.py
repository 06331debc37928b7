"""Every export format loads in its consumer, and RDF files load back into an isomorphic store."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from kg.cli import main
from kg.errors import InputError
from kg.interop import (
    CSV_COLUMNS, csv_text, decode_attributes, encode_attributes, export_graph, file_graph, gexf_bytes,
    graph_data, graphml_bytes, load_file, to_networkx, validate_store,
)
from kg.query import stats
from kg.store import GraphStore

import graphfixture

ID = "https://w3id.org/kg-bilateral/id/"


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """The hand-made graph of graphfixture: three articles, 16 asserted relations."""
    return graphfixture.build(tmp_path_factory.mktemp("small") / "store")


def _merged(store) -> rdflib.Graph:
    return rdflib.Graph().parse(data=store.serialize("ntriples").decode("utf-8"), format="nt")


def _graphs(store) -> dict[str, rdflib.Graph]:
    ds = rdflib.Dataset()
    ds.parse(data=store.serialize("nquads").decode("utf-8"), format="nquads")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


# ---------------------------------------------------------------- RDF out and back in


@pytest.mark.parametrize("fmt,ext,rdflib_fmt", [
    ("turtle", "ttl", "turtle"), ("ntriples", "nt", "nt"), ("jsonld", "jsonld", "json-ld"), ("rdfxml", "rdf", "xml"),
])
def test_merged_formats_parse_in_rdflib_and_load_back_isomorphic(sample_store, tmp_path, fmt, ext, rdflib_fmt):
    data = sample_store.serialize(fmt)
    original = _merged(sample_store)
    assert isomorphic(rdflib.Graph().parse(data=data, format=rdflib_fmt), original)
    f = tmp_path / f"graph.{ext}"
    f.write_bytes(data)
    copy = GraphStore(tmp_path / "copy")
    summary = load_file(copy, f)
    assert summary.quads == len(original)
    # a triples file gets a graph named after it; the summary's ties go to the summary graph
    assert summary.graphs == [f"{ID}graph/file/graph.{ext}", f"{ID}graph/summary"]
    assert isomorphic(_merged(copy), original)


@pytest.mark.parametrize("fmt,ext", [
    ("turtle", "ttl"), ("ntriples", "nt"), ("jsonld", "jsonld"), ("rdfxml", "rdf"), ("nquads", "nq"), ("trig", "trig"),
])
def test_loading_a_file_twice_leaves_the_store_as_once(sample_store, tmp_path, fmt, ext):
    """A merged export holds the summary's figures beside the relations: they are recounted,
    not loaded, so a second load changes nothing and no relation is counted twice."""
    f = tmp_path / f"graph.{ext}"
    f.write_bytes(sample_store.serialize(fmt))
    once, twice = GraphStore(tmp_path / "once"), GraphStore(tmp_path / "twice")
    load_file(once, f)
    load_file(twice, f)
    load_file(twice, f)
    assert set(twice.quads()) == set(once.quads())
    # the figures are those of the store the file came from: 60 relations, 10 of them CONSULT
    for store in (once, twice):
        figures = stats(store)
        assert (figures["relations"], figures["by_type"]["CONSULT"]) == (60, 10)
        assert validate_store(store).conforms, "no stale mark or stray summary left behind"
    assert {q.graph_name.value for q in twice.quads()} >= {f"{ID}graph/summary"}
    assert not any(q.graph_name.value.endswith(f"graph.{ext}/graph/summary") for q in twice.quads())


@pytest.mark.parametrize("fmt,ext", [("nquads", "nq"), ("trig", "trig")])
def test_dataset_formats_load_back_with_every_article_graph_isomorphic(sample_store, tmp_path, fmt, ext):
    f = tmp_path / f"graph.{ext}"
    f.write_bytes(sample_store.serialize(fmt))
    copy = GraphStore(tmp_path / "copy")
    summary = load_file(copy, f)
    before, after = _graphs(sample_store), _graphs(copy)
    # the 9 article graphs, the shared actors and calendar graphs, the summary graph
    assert len(summary.graphs) == 12 and sorted(after) == sorted(before) == summary.graphs
    for name, g in before.items():
        assert isomorphic(after[name], g), name
    assert copy.graph_count() == 9


def test_loading_twice_replaces_and_the_actors_graph_is_added_to(small, tmp_path):
    nq = tmp_path / "small.nq"
    nq.write_bytes(small.serialize("nquads"))
    store = GraphStore(tmp_path / "s")
    other = tmp_path / "other.nt"
    other.write_text(f'<{ID}actor/FRA> <http://www.w3.org/2000/01/rdf-schema#label> "France" .\n', encoding="utf-8")
    load_file(store, other, graph=f"{ID}graph/actors")  # an actor the file does not describe
    load_file(store, nq)
    n = len(store.quads())
    load_file(store, nq)
    assert len(store.quads()) == n == len(small.quads()) + 1
    labels = {r["l"].value for r in store.query(f"SELECT ?l WHERE {{ GRAPH <{ID}graph/actors> {{ ?a rdfs:label ?l }} }}")}
    assert "France" in labels and "Russia" in labels


def test_a_triples_file_is_replaced_by_its_next_version(tmp_path):
    f = tmp_path / "notes.ttl"
    f.write_text("<http://example.org/a> <http://example.org/p> 1 , 2 .\n", encoding="utf-8")
    store = GraphStore(tmp_path / "s")
    load_file(store, f)
    f.write_text("<http://example.org/a> <http://example.org/p> 3 .\n", encoding="utf-8")
    load_file(store, f)
    assert [(q.object.value, q.graph_name.value) for q in store.quads()] == [("3", f"{ID}graph/file/notes.ttl")]
    assert file_graph("dir/my graph.ttl").value == f"{ID}graph/file/my%20graph.ttl"


def test_load_errors_say_what_to_do(tmp_path):
    store = GraphStore(tmp_path / "s")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://example.org/a> <http://example.org/p> .\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_file(store, bad)
    assert str(e.value) == (
        f"{bad} is not valid turtle: Parser error at line 1 column 47: . is not a valid RDF object (line 1); "
        "fix the file or give the right --format"
    )
    odd = tmp_path / "graph.dat"
    odd.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match=r"cannot tell the RDF format of .*graph\.dat from its extension; give --format"):
        load_file(store, odd)
    with pytest.raises(InputError, match=r"^no file .*missing\.nq; give the path of a Turtle"):
        load_file(store, tmp_path / "missing.nq")


# ---------------------------------------------------------------- rapper agrees


def _rapper_count(path, syntax: str) -> int:
    done = subprocess.run(["rapper", "-i", syntax, "-c", str(path)], check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stderr.lower(), done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("rapper: Parsing returned ") and last.endswith(" triples"), last
    return int(last.split()[3])


@pytest.mark.skipif(shutil.which("rapper") is None, reason="raptor's rapper is not installed (apt-get install raptor2-utils)")
@pytest.mark.parametrize("fmt,syntax", [("turtle", "turtle"), ("ntriples", "ntriples"), ("nquads", "nquads"), ("trig", "trig")])
def test_rapper_parses_the_export_and_counts_the_same_triples(sample_store, tmp_path, fmt, syntax):
    f = tmp_path / f"graph.{syntax}"
    f.write_bytes(sample_store.serialize(fmt))
    expected = len(sample_store.quads()) if fmt in ("nquads", "trig") else sample_store.triple_count()
    assert _rapper_count(f, syntax) == expected


# ---------------------------------------------------------------- GraphML, GEXF, CSV


def test_networkx_graph_of_the_hand_made_store(small):
    g = to_networkx(graph_data(small))
    assert (g.number_of_nodes(), g.number_of_edges()) == (9, 16)
    assert dict(g.nodes["RUS"]) == {
        "label": "Russia", "kind": "Country", "iri": f"{ID}actor/RUS", "articles": ["one.txt", "two.txt"],
    }
    (reject,) = [d for *_, d in g.edges(data=True) if d["relation_type"] == "REJECT"]
    assert [(u, v) for u, v, d in g.edges(data=True) if d["relation_type"] == "REJECT"] == [("IND", "RUS")]
    assert {k: reject[k] for k in ("about", "quad_class", "date", "source", "article", "label")} == {
        "about": "RUS AID PAK", "quad_class": "verbal conflict", "date": "2021-04-15", "source": "Test Wire",
        "article": "one.txt", "label": "REJECT",
    }
    (aid,) = [d for *_, d in g.edges(data=True) if d["relation_type"] == "AID"]
    assert (aid["mode"], aid["context"], aid["speaker"], aid["confidence"]) == ("military", "counterterrorism", "Sergei Lavrov", 0.8)


def _plain(g) -> tuple[dict, dict]:
    nodes = {n: dict(d) for n, d in g.nodes(data=True)}
    edges = {k: {a: v for a, v in d.items() if a not in ("networkx_key", "key")} for _, _, k, d in g.edges(keys=True, data=True)}
    return nodes, edges


def test_graphml_round_trips_through_networkx(small):
    g = to_networkx(graph_data(small))
    back = decode_attributes(nx.read_graphml(io.BytesIO(graphml_bytes(g)), force_multigraph=True))
    assert isinstance(back, nx.MultiDiGraph)
    assert _plain(back) == _plain(g)
    assert sorted(back.edges(keys=True)) == sorted(g.edges(keys=True))


def test_graphml_loads_in_igraph(small, tmp_path):
    igraph = pytest.importorskip("igraph")
    g = to_networkx(graph_data(small))
    f = tmp_path / "g.graphml"
    f.write_bytes(graphml_bytes(g))
    ig = igraph.Graph.Read_GraphML(str(f))
    assert (ig.vcount(), ig.ecount(), ig.is_directed()) == (9, 16, True)
    assert sorted(ig.vs["id"]) == sorted(g.nodes)
    names = ig.vs["id"]
    edges = sorted((names[e.source], e["relation_type"], names[e.target]) for e in ig.es)
    assert edges == sorted((u, d["relation_type"], v) for u, v, d in g.edges(data=True))
    rus = ig.vs.find(id="RUS")
    assert (rus["label"], json.loads(rus["articles"])) == ("Russia", ["one.txt", "two.txt"])


def test_gexf_round_trips_through_networkx(small):
    g = to_networkx(graph_data(small))
    back = decode_attributes(nx.read_gexf(io.BytesIO(gexf_bytes(g))))
    nodes, edges = _plain(back)
    want_nodes, want_edges = _plain(g)
    assert nodes == want_nodes
    assert edges == want_edges


def test_gexf_is_well_formed_gexf_for_an_independent_reader(small):
    """Read the file as Gephi does, by the GEXF 1.2 schema: declared attributes, typed values, known endpoints."""
    root = ET.fromstring(gexf_bytes(to_networkx(graph_data(small))))
    ns = {"g": "http://www.gexf.net/1.2draft"}
    assert root.tag == "{http://www.gexf.net/1.2draft}gexf" and root.get("version") == "1.2"
    graph = root.find("g:graph", ns)
    assert graph.get("defaultedgetype") == "directed"
    declared = {(attrs.get("class"), a.get("id")): (a.get("title"), a.get("type"))
                for attrs in graph.findall("g:attributes", ns) for a in attrs.findall("g:attribute", ns)}
    casts = {"string": str, "double": float, "float": float, "integer": int, "long": int, "boolean": lambda s: s in ("true", "false")}
    nodes = {n.get("id"): n for n in graph.find("g:nodes", ns).findall("g:node", ns)}
    edges = graph.find("g:edges", ns).findall("g:edge", ns)
    assert (len(nodes), len(edges)) == (9, 16)
    assert len({e.get("id") for e in edges}) == 16
    for cls, elements in (("node", nodes.values()), ("edge", edges)):
        for el in elements:
            for av in el.iter("{http://www.gexf.net/1.2draft}attvalue"):
                _title, typ = declared[(cls, av.get("for"))]
                casts[typ](av.get("value"))
    assert all(e.get("source") in nodes and e.get("target") in nodes for e in edges)
    assert all(float(e.get("weight")) == 1.0 for e in edges)
    assert nodes["RUS"].get("label") == "Russia"
    assert sorted(e.get("label") for e in edges).count("MEMBER_OF") == 6


def test_list_dict_and_set_attributes_survive_graphml_and_gexf():
    g = nx.MultiDiGraph()
    g.add_node("a", tags=["x", "y"], info={"n": 1, "s": "t"}, missing=None, score=2.5)
    g.add_node("b", tags=[], info={}, score=1.0)
    g.add_edge("a", "b", key="e1", ids={"z", "w"}, label="rel", weight=1.0)
    enc = encode_attributes(g)
    assert enc.graph["json_attributes"] == "edge:ids node:info node:tags"
    assert enc.nodes["a"] == {"tags": '["x", "y"]', "info": '{"n": 1, "s": "t"}', "score": 2.5}
    back = decode_attributes(nx.read_graphml(io.BytesIO(graphml_bytes(g)), force_multigraph=True))
    assert dict(back.nodes["a"]) == {"tags": ["x", "y"], "info": {"n": 1, "s": "t"}, "score": 2.5}
    assert back.edges["a", "b", "e1"]["ids"] == ["w", "z"]
    back = decode_attributes(nx.read_gexf(io.BytesIO(gexf_bytes(g))), ["node:tags", "node:info", "edge:ids"])
    assert back.nodes["b"]["tags"] == [] and back.nodes["a"]["info"] == {"n": 1, "s": "t"}


def test_csv_lists_every_asserted_relation_with_date_evidence_and_source(small):
    rows = list(csv.DictReader(io.StringIO(export_graph(small, "csv").decode("utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 16
    (reject,) = [r for r in rows if r["type"] == "REJECT"]
    assert {k: reject[k] for k in ("subject", "type", "object", "date", "evidence", "source", "about", "article")} == {
        "subject": "IND", "type": "REJECT", "object": "RUS", "date": "2021-04-15", "evidence": "India opposes the supply.",
        "source": "Test Wire", "about": "RUS AID PAK", "article": "one.txt",
    }
    # sorted by date, then subject, type and object
    assert [r["date"] for r in rows] == ["2021-04-15"] * 7 + ["2022-06-01"] * 4 + ["2023-03-03"] * 5
    assert [(r["subject"], r["type"], r["object"]) for r in rows[-5:]] == [
        ("AUS", "MEMBER_OF", "Quad"), ("CHN", "ACCUSE", "Quad"), ("IND", "MEMBER_OF", "Quad"),
        ("JPN", "MEMBER_OF", "Quad"), ("USA", "MEMBER_OF", "Quad"),
    ]
    assert {r["source"] for r in rows if r["date"] == "2023-03-03"} == {""}  # the third article names no source
    assert csv_text([]) == ",".join(CSV_COLUMNS) + "\n"


# ---------------------------------------------------------------- the commands


def test_load_and_export_commands(small, tmp_path):
    runner = CliRunner()
    nq = tmp_path / "g.nq"
    nq.write_bytes(small.serialize("nquads"))
    copy = tmp_path / "copy"
    r = runner.invoke(main, ["load", str(nq), "--store", str(copy)])
    assert r.exit_code == 0, r.output
    # three article graphs, the shared actors and calendar graphs, the summary
    assert r.output == f"loaded {len(small.quads())} quads into 6 graphs (store: {copy})\n"
    for fmt in ("graphml", "gexf", "csv"):
        out = tmp_path / f"g.{fmt}"
        r = runner.invoke(main, ["export", "--format", fmt, "-o", str(out), "--store", str(copy)])
        assert r.exit_code == 0, r.output
        assert r.stderr == f"wrote {out} ({out.stat().st_size} bytes, {fmt})\n"
    assert (tmp_path / "g.csv").read_bytes() == export_graph(small, "csv")
    r = runner.invoke(main, ["export", "--format", "nquads", "--store", str(copy)])
    assert r.exit_code == 0
    back = rdflib.Dataset()
    back.parse(data=r.stdout, format="nquads")
    assert sum(len(g) for g in back.graphs()) == len(small.quads())
    r = runner.invoke(main, ["load", str(tmp_path / "g.graphml"), "--store", str(copy)])
    assert r.exit_code == 1
    assert r.output.startswith("Error: cannot tell the RDF format of ") and r.output.rstrip().endswith(
        "give --format (turtle, ntriples, nquads, trig, jsonld, rdfxml)")
