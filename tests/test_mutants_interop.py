"""kg/interop.py to the letter, on data built by hand: the CSV row of an edge, the networkx
graph, the GraphML round trip (read back by networkx's reader), file formats and graph
names, the summary quads a file may carry, SHACL terms as text. Written to kill the
mutants bench/mutation.py found alive; the expected values are worked out by hand."""

from __future__ import annotations

import io

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib

from kg.errors import InputError, StoreError
from kg.interop import (
    ActorNode,
    Edge,
    GraphData,
    Violation,
    _checked_format,
    _derived,
    _is_shared,
    _is_summary,
    _short,
    _tie_quads,
    csv_text,
    decode_attributes,
    encode_attributes,
    export_graph,
    file_graph,
    graphml_bytes,
    guess_format,
    is_dataset_format,
    quad_class,
    to_networkx,
)

KGNS = "https://w3id.org/kg-bilateral/ontology#"
ID = "https://w3id.org/kg-bilateral/id/"


def edge(**kw) -> Edge:
    base = dict(relation=ID + "relation/abc123", subject="RUS", type="AID", object="IND")
    base.update(kw)
    return Edge(**base)


def test_quad_classes():
    assert quad_class("AID") == "material cooperation"
    assert quad_class("ACCUSE") == "verbal conflict"
    assert quad_class("PARTNER") == "standing"
    assert quad_class("NOPE") == ""


def test_an_edge_as_a_csv_row():
    e = edge(date="2021-01-02", evidence='He said "yes", twice', source="TASS", about="PAK AID AFG", article="a.txt",
             mode="military", context="energy", speaker="Lavrov", modality="future", confidence=0.875)
    assert e.key == "abc123"
    assert e.row() == ["RUS", "AID", "IND", "2021-01-02", 'He said "yes", twice', "TASS", "PAK AID AFG", "a.txt",
                       "military", "energy", "Lavrov", "future", "0.88", ID + "relation/abc123"]
    assert edge().row()[12] == ""  # no confidence: an empty cell
    assert csv_text([e, edge(confidence=1.0)]) == (
        "subject,type,object,date,evidence,source,about,article,mode,context,speaker,modality,confidence,relation\n"
        'RUS,AID,IND,2021-01-02,"He said ""yes"", twice",TASS,PAK AID AFG,a.txt,military,energy,Lavrov,future,0.88,'
        + ID + "relation/abc123\n"
        "RUS,AID,IND,,,,,,,,,,1.00," + ID + "relation/abc123\n")


def data() -> GraphData:
    return GraphData(
        actors={ID + "actor/RUS": ActorNode("RUS", "Russia", "Country", ID + "actor/RUS"),
                ID + "actor/IND": ActorNode("IND", "India", "Country", ID + "actor/IND")},
        edges=[edge(relation=ID + "relation/r1", article="a1.txt", date="2021-01-02", confidence=0.5,
                    evidence="Russia sent aid to India.", source="TASS", mode="humanitarian", context="health",
                    speaker="Lavrov", modality="future"),
               edge(relation=ID + "relation/r2", article="a2.txt", subject="IND", type="ACCUSE", object="PAK",
                    about="PAK AID AFG"),
               edge(relation=ID + "relation/r3", article="a1.txt")],
    )


def test_to_networkx_nodes_and_edges():
    g = to_networkx(data())
    assert g.graph == {"name": "kg-bilateral"}
    assert dict(g.nodes(data=True)) == {
        "IND": {"label": "India", "kind": "Country", "iri": ID + "actor/IND", "articles": ["a1.txt", "a2.txt"]},
        "RUS": {"label": "Russia", "kind": "Country", "iri": ID + "actor/RUS", "articles": ["a1.txt"]},
        "PAK": {"label": "PAK", "kind": "", "iri": "", "articles": ["a2.txt"]},
    }
    assert list(g.nodes) == ["IND", "RUS", "PAK"]  # described actors by id, then the others
    assert g.edges["RUS", "IND", "r1"] == {
        "id": "r1", "label": "AID", "relation_type": "AID", "quad_class": "material cooperation", "date": "2021-01-02",
        "evidence": "Russia sent aid to India.", "source": "TASS", "mode": "humanitarian", "context": "health",
        "speaker": "Lavrov", "modality": "future",
        "article": "a1.txt", "confidence": 0.5, "relation": ID + "relation/r1", "weight": 1.0}
    assert g.edges["IND", "PAK", "r2"]["about"] == "PAK AID AFG"
    assert g.edges["IND", "PAK", "r2"]["quad_class"] == "verbal conflict"
    assert "confidence" not in g.edges["RUS", "IND", "r3"] and "date" not in g.edges["RUS", "IND", "r3"]
    assert g.number_of_edges() == 3


def test_encode_and_decode_attributes():
    g = nx.MultiDiGraph(tags={"b", "a"})
    g.add_node("A\x01B", articles=["x", "y"], note="bad\x02", gone=None, n=3)
    g.add_node("C", articles=("z",))
    g.add_edge("A\x01B", "C", key="k", meta={"b": 1, "a": [1, 2]}, label="ok\x0b")
    h = encode_attributes(g)
    assert set(h.nodes) == {"AB", "C"} and set(g.nodes) == {"A\x01B", "C"}  # a copy, the original untouched
    assert h.graph == {"tags": '["a", "b"]', "json_attributes": "edge:meta graph:tags node:articles"}
    assert h.nodes["AB"] == {"articles": '["x", "y"]', "note": "bad", "n": 3}
    assert h.nodes["C"] == {"articles": '["z"]'}
    assert h.edges["AB", "C", "k"] == {"meta": '{"a": [1, 2], "b": 1}', "label": "ok"}
    back = decode_attributes(h)
    assert back.graph == {"tags": ["a", "b"]}
    assert back.nodes["AB"]["articles"] == ["x", "y"] and back.edges["AB", "C", "k"]["meta"] == {"a": [1, 2], "b": 1}
    plain = nx.Graph()
    plain.add_node("X", label="x")
    assert encode_attributes(plain).graph == {}  # nothing encoded, nothing named
    # GEXF keeps no graph attribute: the default names are to_networkx's own
    read = nx.Graph()
    read.add_node("X", articles='["a"]', other='["b"]')
    assert decode_attributes(read).nodes["X"] == {"articles": ["a"], "other": '["b"]'}
    named = nx.Graph()
    named.add_node("X", articles='["a"]', other='["b"]')
    assert decode_attributes(named, ["node:other", "nocolon"]).nodes["X"] == {"articles": '["a"]', "other": ["b"]}


def test_graphml_reads_back_in_networkx():
    g = to_networkx(data())
    back = nx.read_graphml(io.BytesIO(graphml_bytes(g)), force_multigraph=True)
    assert back.graph["json_attributes"] == "node:articles"
    assert back.nodes["IND"]["articles"] == '["a1.txt", "a2.txt"]'
    assert back.nodes["RUS"]["label"] == "Russia"
    assert back.number_of_edges() == 3


def test_export_graph_refuses_an_unknown_format(sample_store):
    with pytest.raises(StoreError) as err:
        export_graph(sample_store, "dot")
    assert str(err.value) == "unknown graph format 'dot'; choose one of: csv, gexf, graphml"
    assert export_graph(sample_store, "CSV").decode().startswith("subject,type,object,date,")


def test_file_graph_and_formats(tmp_path):
    assert file_graph("/x/my data.ttl") == ox.NamedNode(ID + "graph/file/my%20data.ttl")
    assert file_graph("a.nt", "http://b.org/") == ox.NamedNode("http://b.org/graph/file/a.nt")
    assert guess_format("x.TTL") == "turtle" and guess_format("x.owl") == "rdfxml" and guess_format("x.json") == "jsonld"
    with pytest.raises(InputError) as err:
        guess_format("x.csv")
    assert str(err.value) == ("cannot tell the RDF format of x.csv from its extension; give --format "
                              "(turtle, ntriples, nquads, trig, jsonld, rdfxml)")
    f = tmp_path / "g.data"
    f.write_text("")
    assert _checked_format(f, "NT") == ("nt", ox.RdfFormat.N_TRIPLES)
    with pytest.raises(InputError) as err:
        _checked_format(f, "csv")
    assert str(err.value) == ("unknown format 'csv'; choose one of: json-ld, jsonld, nq, nquads, nt, ntriples, rdfxml, "
                              "trig, ttl, turtle")
    with pytest.raises(InputError) as err:
        _checked_format(tmp_path / "none.ttl", None)
    assert str(err.value) == (f"no file {tmp_path / 'none.ttl'}; give the path of a Turtle, N-Triples, N-Quads, TriG "
                              "or JSON-LD file")
    assert is_dataset_format("NQuads") and is_dataset_format("trig")
    assert not is_dataset_format("turtle") and not is_dataset_format("unknown")


def test_shared_summary_and_derived_quads():
    assert _is_shared(ox.NamedNode(ID + "graph/actors")) and _is_shared(ox.NamedNode(ID + "graph/calendar"))
    assert not _is_shared(ox.NamedNode(ID + "graph/summary")) and not _is_shared(ox.NamedNode(ID + "article/x"))
    assert _is_summary(ox.NamedNode(ID + "graph/summary")) and not _is_summary(ox.NamedNode(ID + "graph/actors"))
    tie, summary = ox.NamedNode(ID + "tie/t1"), ox.NamedNode("http://b.org/graph/summary")
    g = ox.NamedNode(ID + "graph/summary")
    q = ox.Quad(tie, ox.NamedNode(KGNS + "tieSubject"), ox.NamedNode(ID + "actor/RUS"), g)
    assert _tie_quads(q, summary) == [
        ox.Quad(tie, ox.NamedNode(KGNS + "tieSubject"), ox.NamedNode(ID + "actor/RUS"), summary),
        ox.Quad(tie, ox.NamedNode(KGNS + "stale"), ox.Literal(True), summary),
        ox.Quad(tie, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(KGNS + "Tie"), summary),
    ]
    count = ox.Quad(tie, ox.NamedNode(KGNS + "relationCount"), ox.Literal(3), g)
    assert _tie_quads(count, summary) == []
    art = ox.NamedNode(ID + "article/a")
    assert _derived(count)  # in the summary graph
    assert _derived(ox.Quad(tie, ox.NamedNode(KGNS + "relationCount"), ox.Literal(3), art))  # a figure anywhere
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    assert _derived(ox.Quad(tie, rdf_type, ox.NamedNode(KGNS + "Dyad"), art))
    assert not _derived(ox.Quad(tie, rdf_type, ox.NamedNode(KGNS + "Relation"), art))
    assert not _derived(ox.Quad(tie, ox.NamedNode(KGNS + "relationType"), ox.Literal("Dyad"), art))


def test_shacl_terms_and_violations_as_text():
    assert _short(rdflib.URIRef(KGNS + "Relation")) == "kg:Relation"
    assert _short(rdflib.URIRef(ID + "relation/x")) == "id:relation/x"
    assert _short(rdflib.URIRef("http://other.org/x")) == "<http://other.org/x>"
    assert _short(rdflib.Literal("say \"hi\" é")) == '"say \\"hi\\" é"'
    assert _short(rdflib.Literal("fr", lang="fr")) == '"fr"'
    assert _short(rdflib.Literal("s", datatype=rdflib.XSD.string)) == '"s"'
    assert _short(rdflib.Literal("2", datatype=rdflib.XSD.integer)) == "2"
    assert _short(rdflib.BNode("b1")) == "b1"
    v = Violation("id:relation/x", "evidence", "missing or too few values", "a relation needs its sentence")
    assert str(v) == 'id:relation/x breaks the rule "evidence" (missing or too few values): a relation needs its sentence'
    w = Violation("id:relation/x", "confidence", "above the maximum", "at most 1", "1.5")
    assert str(w) == 'id:relation/x breaks the rule "confidence" (above the maximum, found 1.5): at most 1'


def test_graph_data_flattens_objections_to_ties(tmp_path):
    """IND REJECTs IND's own AID to PAK (the tie is IND-PAK); RUS ACCUSEs IND of REJECTing
    USA's AID to PAK (the tie is RUS-IND, about the nested pair); an article without a
    source gives an empty source."""
    from kg.interop import graph_data
    from kg.store import GraphStore

    kg, rdfs = KGNS, "http://www.w3.org/2000/01/rdf-schema#label"
    g = f"<{ID}article/a1>"
    lines = []
    for aid, label in (("IND", "India"), ("PAK", "Pakistan"), ("RUS", "Russia"), ("USA", "United States")):
        lines += [f'<{ID}actor/{aid}> <{kg}actorId> "{aid}" {g} .', f'<{ID}actor/{aid}> <{rdfs}> "{label}" {g} .',
                  f"<{ID}actor/{aid}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{kg}Country> {g} ."]

    def rel(name, rtype, subj, obj_iri):
        return [f'<{ID}relation/{name}> <{kg}relationType> "{rtype}" {g} .',
                f"<{ID}relation/{name}> <{kg}subject> <{ID}actor/{subj}> {g} .",
                f"<{ID}relation/{name}> <{kg}object> <{obj_iri}> {g} .",
                f"<{ID}relation/{name}> <http://www.w3.org/ns/prov#wasDerivedFrom> <{ID}article/a1> {g} ."]

    lines += rel("r1", "REJECT", "IND", f"{ID}relation/r2") + rel("r2", "AID", "IND", f"{ID}actor/PAK")
    lines += rel("r3", "ACCUSE", "RUS", f"{ID}relation/r4") + rel("r4", "REJECT", "IND", f"{ID}relation/r5")
    lines += rel("r5", "AID", "USA", f"{ID}actor/PAK")
    lines += [f"<{ID}article/a1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{kg}Article> {g} .",
              f'<{ID}article/a1> <http://purl.org/dc/terms/date> "2021-02-03" {g} .',
              f'<{ID}article/a1> <{kg}fileName> "a1.txt" {g} .']
    store = GraphStore(tmp_path / "s")
    store.bulk_load(("\n".join(lines) + "\n").encode())
    data = graph_data(store)
    got = [(e.subject, e.type, e.object, e.about, e.date, e.source, e.article) for e in data.edges]
    assert got == [("IND", "REJECT", "PAK", "IND AID PAK", "2021-02-03", "", "a1.txt"),
                   ("RUS", "ACCUSE", "IND", "IND REJECT (USA AID PAK)", "2021-02-03", "", "a1.txt")]
    assert sorted(a.id for a in data.actors.values()) == ["IND", "PAK", "RUS"]  # USA is in no edge


def test_a_file_over_the_in_memory_limit_is_streamed_and_replaces_its_graphs(tmp_path, monkeypatch):
    import kg.interop as interop
    from kg.graph import actors_graph
    from kg.store import GraphStore

    # every file counts as big here, and the bulk loader gets two quads at a time
    monkeypatch.setattr(interop, "IN_MEMORY_LOAD_BYTES", -1)
    monkeypatch.setattr(interop, "STREAM_CHUNK", 2)
    store = GraphStore(tmp_path / "store")
    g1, g2, shared = "http://e.org/g1", "http://e.org/g2", actors_graph().value
    store.bulk_load([ox.Quad(ox.NamedNode("http://e.org/s0"), ox.NamedNode("http://e.org/p"), ox.Literal("old"), ox.NamedNode(g1))])
    store.flush()
    lines = [f'<http://e.org/s{i}> <http://e.org/p> "v{i}" <{g1}> .' for i in range(1, 4)]
    lines += [f'<http://e.org/t{i}> <http://e.org/p> "w{i}" <{g2}> .' for i in range(1, 3)]
    lines += [f'<http://e.org/A> <http://www.w3.org/2000/01/rdf-schema#label> "A" <{shared}> .']
    path = tmp_path / "big.txt"  # the format is given, not guessed from the name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = interop.load_file(store, path, fmt="nquads", refresh_summary=False)
    assert (got.quads, got.graphs) == (6, sorted([g1, g2, shared]))

    def values(graph):
        return sorted(r["o"].value for r in store.query(f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"))

    # the file's graphs replace the store's (the old quad of g1 is gone); the shared graph is added to
    assert (values(g1), values(g2), values(shared)) == (["v1", "v2", "v3"], ["w1", "w2"], ["A"])
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty\.txt holds no triples; nothing to load$"):
        interop.load_file(store, empty, fmt="nquads")
