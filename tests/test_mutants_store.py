"""kg/store.py to the letter: tests written to kill the mutants that bench/mutation.py found
alive. Every expected value is written by hand (or read back through a real Oxigraph store
or rdflib), never computed by kg."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from kg.errors import QueryError, StoreError
from kg.store import (
    GraphStore,
    bind_inline,
    check_query_shape,
    count_answer,
    graph_base,
    open_store,
    query_skeleton,
    xml_safe,
)

E = "http://e.org/"


def test_bind_inline_opens_each_where_group_with_one_values_row():
    assert bind_inline("SELECT * WHERE { ?s ?p ?o }", {}) == "SELECT * WHERE { ?s ?p ?o }"
    one = bind_inline("SELECT ?s WHERE { ?s ?p ?o }", {"a": ox.NamedNode(E + "a")})
    assert one == "SELECT ?s WHERE { VALUES (?a) { (<http://e.org/a>) }  ?s ?p ?o }"
    two = bind_inline("select ?s where{ ?s ?p ?o }", {"a": ox.NamedNode(E + "a"), "b": ox.Literal("x")})
    assert two == 'select ?s where{ VALUES (?a ?b) { (<http://e.org/a> "x") }  ?s ?p ?o }'
    sub = bind_inline("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }", {"a": ox.Literal("1")})
    block = ' VALUES (?a) { ("1") } '
    assert sub == "SELECT ?s WHERE {" + block + " { SELECT ?s WHERE {" + block + " ?s ?p ?o } } }"


def test_bind_inline_skips_where_in_a_comment_and_falls_back_to_the_first_brace():
    q = "# WHERE { in a comment\nASK { ?s ?p ?o }"
    assert bind_inline(q, {"a": ox.Literal("1")}) == '# WHERE { in a comment\nASK { VALUES (?a) { ("1") }  ?s ?p ?o }'
    indented = "  # WHERE {\nSELECT * WHERE { ?s ?p ?o }"
    assert bind_inline(indented, {"a": ox.Literal("1")}) == '  # WHERE {\nSELECT * WHERE { VALUES (?a) { ("1") }  ?s ?p ?o }'
    with pytest.raises(QueryError) as err:
        bind_inline("DESCRIBE <http://e.org/a>", {"a": ox.Literal("1")})
    assert str(err.value) == "cannot bind parameters: the query has no WHERE group"


def test_a_bound_query_answers_from_the_bound_value(tmp_path):
    store = GraphStore(tmp_path / "s")
    g = ox.NamedNode(E + "article/1")
    store.bulk_load([ox.Quad(ox.NamedNode(E + s), ox.NamedNode(E + "p"), ox.Literal(s), g) for s in ("a", "b")])
    rows = store.query("SELECT ?o WHERE { ?s <http://e.org/p> ?o }", {"s": ox.NamedNode(E + "b")})
    assert [r["o"].value for r in rows] == ["b"]


def test_graph_base_of_an_article_a_loaded_file_and_any_other_graph():
    assert graph_base(ox.NamedNode("http://x.org/base/article/abc")) == "http://x.org/base/"
    assert graph_base(ox.NamedNode("http://x.org/a/article/b/article/c")) == "http://x.org/a/article/b/"
    assert graph_base(ox.NamedNode("http://x.org/base/graph/file/graph/x")) == "http://x.org/base/"
    assert graph_base(ox.NamedNode("http://x.org/other")) == "https://w3id.org/kg-bilateral/id/"


def test_xml_safe_drops_only_what_xml_forbids():
    assert xml_safe("a\x00b\x08c\x0bd\x0ce\x0ef\x1fg") == "abcdefg"
    assert xml_safe("tab\tnl\ncr\r é \u2028 \ufffd") == "tab\tnl\ncr\r é \u2028 \ufffd"
    assert xml_safe("x\ufffey\uffffz") == "xyz"


def test_count_answer_of_no_row_and_of_one():
    assert count_answer([]) == 0
    assert count_answer(iter([{"n": ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))}])) == 7


def test_query_shape_limits_at_their_edges():
    ok = "SELECT * WHERE " + "{" * 200 + "}" * 200
    assert check_query_shape(ok) == ok
    with pytest.raises(QueryError) as err:
        check_query_shape("SELECT * WHERE " + "(" * 201 + ")" * 201)
    assert str(err.value) == "the query nests brackets 201 deep, over the 200 allowed; flatten it"
    # brackets that close do not count towards the depth: 300 groups side by side are flat
    flat = "ASK " + "{}" * 300
    assert check_query_shape(flat) == flat
    mixed = "ASK " + "[" * 100 + "]" * 100 + "(" * 100 + ")" * 100
    assert check_query_shape(mixed) == mixed
    ops = "ASK { FILTER(" + " || ".join(["true"] * 1001) + ") }"
    assert check_query_shape(ops) == ops  # 1,000 operators: the limit
    with pytest.raises(QueryError) as err:
        check_query_shape("ASK { FILTER(" + " && ".join(["true"] * 1002) + ") }")
    assert str(err.value) == ("the query has 1001 || and && operators, over the 1000 allowed; "
                              "use VALUES or IN (...) for a long list of alternatives")
    # a closing bracket takes one level off: 150 deep, 40 closed, 100 more is 210 deep
    with pytest.raises(QueryError) as err:
        check_query_shape("ASK " + "(" * 150 + ")" * 40 + "(" * 100)
    assert str(err.value) == "the query nests brackets 210 deep, over the 200 allowed; flatten it"
    # letters are no brackets, before or among them
    xs = "ASK { ?" + "X" * 300 + " ?p ?o }"
    assert check_query_shape(xs) == xs
    with pytest.raises(QueryError):
        check_query_shape("SELECT ?" + "X" * 300 + " WHERE " + "{" * 201 + "}" * 201)
    longest = "#" * 100_000
    assert check_query_shape(longest) == " "
    with pytest.raises(QueryError) as err:
        check_query_shape("#" * 100_001)
    assert str(err.value) == ("the query is 100,001 characters, over the 100,000 allowed; "
                              "shorten it (a VALUES block instead of long FILTERs)")


def test_the_skeleton_leaves_out_strings_iris_and_comments():
    assert query_skeleton('ASK { "((" }') == "ASK {   }"
    assert query_skeleton("ASK { <http://e.org/(> } # ((((\n") == "ASK {   }  \n"
    assert query_skeleton('ASK { """a " (( """ \'\'\'b\'\'\' \'c\' }') == "ASK {       }"
    deep_in_strings = "ASK { " + '"' + "(" * 500 + '"' + " }"
    assert check_query_shape(deep_in_strings) == "ASK {   }"


def test_export_formats_by_any_spelling_and_an_unknown_one(sample_store):
    nt = sample_store.serialize("NT")
    g = rdflib.Graph().parse(data=nt.decode(), format="nt")
    assert len(g) == sample_store.triple_count()
    ttl = sample_store.serialize("ttl").decode()
    assert "@prefix kg: <https://w3id.org/kg-bilateral/ontology#> ." in ttl
    assert "@prefix id:" not in ttl  # entity IRIs are written whole
    assert "@prefix" not in sample_store.serialize("ntriples").decode()
    trig = rdflib.Dataset().parse(data=sample_store.serialize("trig").decode(), format="trig")
    assert sum("/article/" in str(c.identifier) for c in trig.graphs() if len(c)) == 9
    with pytest.raises(StoreError) as err:
        sample_store.serialize("n3")
    assert str(err.value) == ("unknown format 'n3'; choose one of: "
                              "json-ld, jsonld, nq, nquads, nt, ntriples, rdfxml, trig, ttl, turtle")


def test_rdfxml_export_cleans_literals_and_keeps_language_and_datatype(tmp_path):
    store = GraphStore(tmp_path / "s")
    g = ox.NamedNode(E + "article/1")
    s, p = ox.NamedNode(E + "s"), ox.NamedNode(E + "p")
    store.bulk_load([
        ox.Quad(s, p, ox.Literal("bad\x01fr", language="fr"), g),
        ox.Quad(s, p, ox.Literal("7\x02", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")), g),
        ox.Quad(s, p, ox.Literal("clean"), g),
    ])
    back = rdflib.Graph().parse(data=store.serialize("rdfxml").decode(), format="xml")
    assert set(back.objects(rdflib.URIRef(E + "s"), rdflib.URIRef(E + "p"))) == {
        rdflib.Literal("badfr", lang="fr"), rdflib.Literal("7"), rdflib.Literal("clean")}
    assert 'xmlns:kg="https://w3id.org/kg-bilateral/ontology#"' in store.serialize("rdfxml").decode()


def test_replace_graph_from_n_quads_text_keeps_odd_line_breaks_and_other_graphs(tmp_path):
    store = GraphStore(tmp_path / "s")
    a, b = ox.NamedNode(E + "article/a"), ox.NamedNode(E + "article/b")
    s, p = ox.NamedNode(E + "s"), ox.NamedNode(E + "p")
    store.bulk_load([ox.Quad(s, p, ox.Literal("old a"), a), ox.Quad(s, p, ox.Literal("keep b"), b)])
    text = (f'<{E}s> <{E}p> "new\u2028line\u0085x" <{E}article/a> .\n'
            f'<{E}s> <{E}q> "two" <{E}article/a> .\n\n'
            f'<{E}t> <{E}p> "side" <{E}graph/side> .\n')
    store.replace_graph(a, text)
    got = {(q.predicate.value, q.object.value, q.graph_name.value) for q in store.quads()}
    assert got == {(E + "p", "new\u2028line\u0085x", E + "article/a"), (E + "q", "two", E + "article/a"),
                   (E + "p", "side", E + "graph/side"), (E + "p", "keep b", E + "article/b")}
    store.replace_graph(b, [ox.Quad(s, p, ox.Literal("b2"), b), ox.Quad(s, p, ox.Literal("b3"), b)])
    assert {q.object.value for q in store.quads() if q.graph_name == b} == {"b2", "b3"}
    assert store.graph_count() == 2 and store.quad_count() == 5
    store.update(f"DROP GRAPH <{E}graph/side>")
    assert store.quad_count() == 4 and store.triple_count() == 4


def test_triples_merge_the_graphs_and_keep_their_order(tmp_path):
    store = GraphStore(tmp_path / "s")
    s, p = ox.NamedNode(E + "s"), ox.NamedNode(E + "p")
    store.bulk_load([ox.Quad(s, p, ox.Literal("x"), ox.NamedNode(E + f"article/{i}")) for i in range(3)]
                    + [ox.Quad(s, p, ox.Literal("y"), ox.NamedNode(E + "article/0"))])
    assert store.triples() == [ox.Triple(s, p, ox.Literal("x")), ox.Triple(s, p, ox.Literal("y"))]
    assert store.triple_count() == 2 and store.quad_count() == 4 and store.graph_count() == 3
    nq = b"<http://e.org/s> <http://e.org/p> \"z\" <http://e.org/graph/f> .\n"
    store.bulk_load(nq)
    assert store.quad_count() == 5 and store.graph_count() == 3


def test_opening_a_store_that_is_missing_a_file_or_in_use(tmp_path):
    with pytest.raises(StoreError) as err:
        GraphStore(tmp_path / "none", create=False)
    assert str(err.value) == f"no store at {tmp_path / 'none'}; run 'kg ingest PATH' first or give --store DIR"
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError) as err:
        GraphStore(f)
    assert str(err.value) == f"{f} is a file, not a store folder; give --store DIR"
    deep = tmp_path / "a" / "b" / "store"
    GraphStore(deep).flush()
    assert deep.is_dir()
    blocked = f / "store"
    with pytest.raises(StoreError) as err:
        GraphStore(blocked)
    assert str(err.value).startswith(f"cannot create the folder of the store {blocked} (")
    assert str(err.value).endswith("); give --store a folder you can write to")


def test_a_read_only_store_sees_new_writes_only_after_refresh(tmp_path):
    path = tmp_path / "s"
    writer = GraphStore(path)
    s, p = ox.NamedNode(E + "s"), ox.NamedNode(E + "p")
    writer.bulk_load([ox.Quad(s, p, ox.Literal("1"), ox.NamedNode(E + "article/1"))])
    writer.flush()
    reader = GraphStore(path, create=False, read_only=True)
    assert reader.quad_count() == 1
    assert reader.refresh() is False  # nothing written since it opened
    writer.update(f'INSERT DATA {{ GRAPH <{E}article/2> {{ <{E}s> <{E}p> "2" }} }}')
    writer.flush()
    assert reader.quad_count() == 1
    assert reader.refresh() is True and reader.quad_count() == 2
    assert reader.refresh() is False
    assert writer.refresh() is False  # a writable store never reopens


def test_malformed_and_failing_queries_say_so(tmp_path):
    store = GraphStore(tmp_path / "s")
    with pytest.raises(QueryError) as err:
        store.query("SELECT WHERE")
    assert str(err.value).startswith("malformed SPARQL: ")
    assert "\n" not in str(err.value)


def test_open_store_gives_the_embedded_store_or_a_remote_one(tmp_path):
    from kg.remote import RemoteStore

    local = open_store(tmp_path / "s")
    assert isinstance(local, GraphStore) and local.path == tmp_path / "s" and local.read_only is False
    remote = open_store(tmp_path / "unused", "http://127.0.0.1:9/sparql")
    assert isinstance(remote, RemoteStore)
    assert (remote.endpoint, remote.update_endpoint, remote.gsp_endpoint) == (
        "http://127.0.0.1:9/sparql", "http://127.0.0.1:9/update", None)
    named = open_store(tmp_path / "unused", "http://127.0.0.1:9/q", "http://127.0.0.1:9/u", "http://127.0.0.1:9/g")
    assert (named.endpoint, named.update_endpoint, named.gsp_endpoint) == (
        "http://127.0.0.1:9/q", "http://127.0.0.1:9/u", "http://127.0.0.1:9/g")
    assert not (tmp_path / "unused").exists()
    with pytest.raises(StoreError):
        open_store(tmp_path / "missing", create=False)
    local.flush()
    del local
    reader = open_store(tmp_path / "s", create=False, read_only=True)
    assert reader.read_only is True and reader.path == tmp_path / "s"
