"""The HTML page: self-contained, escaped, and drawn from the store's graph."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KgError
from kg.pipeline import ingest_paths
from kg.store import GraphStore
from kg.viz import BIG_GRAPH, KIND_STYLE, TYPE_COLOURS, page_data, layout, render_graph, render_html, select

from conftest import SEED, needs_shared


def _data(page: str) -> dict:
    raw = page.split('<script id="kg-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    return json.loads(raw)


def labels_of(page: str) -> dict[str, str]:
    """The page's actor nodes (not relation nodes): id -> label."""
    return {n["id"]: n["label"] for n in _data(page)["nodes"] if n.get("kind") != "Relation"}


def test_page_requests_nothing_from_the_network(sample_store):
    page, n_nodes, n_edges = render_html(sample_store)
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", page, re.I)
    assert "vis.Network" in page and "<script src" not in page
    data = _data(page)
    assert (len(data["nodes"]), len(data["edges"])) == (n_nodes, n_edges)


def test_nodes_and_edges_match_the_graph(sample_store):
    nodes, edges = page_data(sample_store)
    page, n_nodes, n_edges = render_html(sample_store)
    assert (n_nodes, n_edges) == (len(nodes), len(edges))
    # the page's edges between two actors are the store's truthy triples, read here with
    # SPARQL (a symmetric type either way round)
    from kg.ontology import KG_URI, RELATION_TYPES

    def key(s: str, t: str, o: str):
        return (frozenset((s, o)), t) if RELATION_TYPES[t].symmetric else (s, t, o)

    prop_type = {KG_URI + rt.prop: t for t, rt in RELATION_TYPES.items()}
    truthy = {key(r["s"].value, prop_type[r["p"].value], r["o"].value) for r in sample_store.query(
        "SELECT ?s ?p ?o WHERE { ?S ?p ?O . ?S kg:actorId ?s . ?O kg:actorId ?o }") if r["p"].value in prop_type}
    drawn = {key(e["from"], e["relation"], e["to"]) for e in _data(page)["edges"] if not e.get("link") and e["to"] in labels_of(page)}
    assert drawn == truthy and len(drawn) > 30
    labels = {n["id"]: n["label"] for n in _data(page)["nodes"]}
    assert labels["TLS"] == "Timor-Leste" and labels["ASEAN"].startswith("Association of Southeast Asian Nations")


def test_article_text_cannot_inject_markup(tmp_path):
    f = tmp_path / "evil.txt"
    f.write_text("Title: <script>alert(1)</script>\n\nFrance and Germany signed an agreement. <script>alert('x')</script> <img src=x onerror=alert(2)>\n", encoding="utf-8")
    store = GraphStore(tmp_path / "s")
    ingest_paths([f], store)
    page, _, n_edges = render_html(store)
    assert n_edges == 1
    assert "<script>alert" not in page and "<img src=x" not in page
    evidence = _data(page)["edges"][0]["title"]
    assert "<script>alert(1)</script>" in evidence  # the title, kept as text and shown with textContent


@needs_shared
def test_seed_page_has_the_triangle_the_quad_and_the_objection(seed_store):
    nodes, edges = page_data(seed_store)
    assert {("IND", "PARTNER", "RUS"), ("IND", "RIVAL", "PAK"), ("RUS", "AID", "PAK")} <= set(edges)
    assert {("AUS", "MEMBER_OF", "Quad"), ("IND", "MEMBER_OF", "Quad"), ("JPN", "MEMBER_OF", "Quad"), ("USA", "MEMBER_OF", "Quad")} <= set(edges)
    assert ("IND", "REJECT", "RUS AID PAK") in edges
    assert nodes["RUS AID PAK"]["kind"] == "Relation"


# ---------------------------------------------------------------- styles, filters, layout, CLI


@needs_shared
def test_edges_and_nodes_are_styled_by_type_and_kind(seed_store):
    data = _data(render_html(seed_store)[0])
    edges = {(e["from"], e["relation"], e["to"]): e for e in data["edges"]}
    aid, reject, partner = edges["RUS", "AID", "PAK"], edges["IND", "REJECT", "RUS AID PAK"], edges["IND", "PARTNER", "RUS"]
    assert aid["dashes"] is False and reject["dashes"] == [8, 6] and partner["dashes"] == [2, 5]  # material, verbal, standing
    assert (aid["arrows"], partner["arrows"]) == ("to", "")  # PARTNER is symmetric
    assert aid["color"]["color"] == TYPE_COLOURS["AID"] and reject["color"]["color"] == TYPE_COLOURS["REJECT"]
    assert aid["articles"] == 1 and aid["dates"] == ["2021-04-15"] and aid["mode"] == "military"
    assert any(ev["evidence"].startswith("During a joint media briefing") for ev in aid["evidence"])
    assert aid["smooth"] == {"enabled": False}  # the diamond sits on it: straight
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["RUS"]["shape"] == KIND_STYLE["Country"]["shape"] and nodes["Quad"]["shape"] == KIND_STYLE["Organisation"]["shape"]
    assert nodes["RUS AID PAK"]["shape"] == "diamond" and nodes["RUS AID PAK"]["subject"] == "RUS"
    assert nodes["RUS"]["size"] > nodes["JPN"]["size"]  # by degree
    assert data["big"] is False and all("x" in n and "y" in n for n in data["nodes"])
    assert {(l["from"], l["to"]) for l in data["links"]} == {("RUS", "RUS AID PAK"), ("RUS AID PAK", "PAK")}
    assert data["types"]["REJECT"] == {"colour": TYPE_COLOURS["REJECT"], "style": "verbal", "label": "rejects",
                                       "class": "verbal conflict", "directed": True}


def test_a_relation_that_is_only_objected_to_is_not_an_edge(tmp_path):
    (tmp_path / "a.txt").write_text("Title: Jets\n\nCanberra objected to any sale of Russian fighter jets to Indonesia.\n",
                                    encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    ingest_paths([tmp_path / "a.txt"], store)
    nodes, edges = page_data(store)
    assert ("AUS", "REJECT", "RUS AID IDN") in edges  # Australia's objection
    assert ("RUS", "AID", "IDN") not in edges  # ... to a sale that is not the store's assertion
    inner = nodes["RUS AID IDN"]
    assert inner["kind"] == "Relation" and (inner["subject"], inner["object"]) == ("RUS", "IDN") and inner["evidence"]


@needs_shared
def test_select_by_type_date_and_focus(seed_store):
    nodes, edges = page_data(seed_store)
    _, kept = select(nodes, edges, types="aid, REJECT")
    assert set(kept) == {("RUS", "AID", "PAK"), ("IND", "REJECT", "RUS AID PAK")}
    assert select(nodes, edges, since="2021-04-15", until="2021-04-15")[1].keys() == edges.keys()
    # filters that leave nothing are an error, not an empty page
    with pytest.raises(KgError, match=r"^no relation matches --since 2021-04-16; the relations are dated "
                                      r"2021-04-15 to 2021-04-15; nothing written$"):
        select(nodes, edges, since="2021-04-16")
    ego_nodes, ego = select(nodes, edges, focus="RUS", depth=1)
    assert ("IND", "REJECT", "RUS AID PAK") in ego and ("IND", "RIVAL", "PAK") in ego
    assert "USA" not in ego_nodes and ("IND", "MEMBER_OF", "Quad") in ego
    assert set(select(nodes, edges, focus="Russia", depth=2)[0]) == set(nodes)
    with pytest.raises(KgError, match=r"^no relation matches --focus usa; nothing written$"):
        select(nodes, edges, focus="usa", depth=0)
    _, n_nodes, n_edges = render_html(seed_store, focus="India", types=["AID", "REJECT", "RIVAL"])
    assert (n_nodes, n_edges) == (4, 3)


@needs_shared
@pytest.mark.parametrize("filters, message", [
    ({"focus": "Atlantis"}, "--focus: no actor called 'Atlantis'; did you mean "),
    ({"focus": "Chile"}, "--focus Chile: Chile (CHL) has no relation in the graph"),
    ({"focus": "Rusia"}, "did you mean Russia (RUS)?"),
    ({"since": "2021-13-01"}, "bad date '2021-13-01' for --since"),
    ({"until": "yesterday"}, "bad date 'yesterday' for --until"),
    ({"types": "AID,FOO"}, "unknown relation type FOO for --types"),
    ({"since": "2022-01-01", "until": "2021-01-01"}, "--since 2022-01-01 is after --until 2021-01-01"),
    ({"depth": -1}, "--depth must be 0 or more"),
])
def test_bad_filters_say_what_is_wrong_in_one_line(seed_store, filters, message):
    with pytest.raises(KgError) as err:
        render_html(seed_store, **filters)
    assert message in str(err.value) and "\n" not in str(err.value)


@needs_shared
def test_layout_is_seeded_and_a_relation_node_sits_on_its_relation(seed_store):
    nodes, edges = page_data(seed_store)
    first, again = layout(nodes, edges), layout(nodes, edges)
    assert first == again and set(first) == set(nodes)
    (x1, y1), (x2, y2), (xm, ym) = first["RUS"], first["PAK"], first["RUS AID PAK"]
    assert (xm, ym) == ((x1 + x2) / 2, (y1 + y2) / 2)
    assert len({p for p in first.values()}) == len(first)


def test_a_big_graph_is_drawn_without_physics_labels_curves_dashes_or_arrowheads():
    from test_browser import synthetic_graph

    nodes, edges = synthetic_graph(BIG_GRAPH + 100, 1500)
    page, n_nodes, n_edges = render_graph(nodes, edges)
    data = _data(page)
    assert (n_nodes, n_edges) == (BIG_GRAPH + 100, 1500) and data["big"] is True
    assert not any("label" in e or "smooth" in e for e in data["edges"])
    assert not any("dashes" in e or e["arrows"] for e in data["edges"])  # the costly part of each redraw
    xs = [n["x"] for n in data["nodes"]]
    assert len(set(zip(xs, (n["y"] for n in data["nodes"])))) == n_nodes and max(xs) - min(xs) > 1000
    assert "<b>met</b>" not in page  # evidence markup escaped in the JSON


def test_empty_graph_gives_a_page(tmp_path):
    page, n_nodes, n_edges = render_html(GraphStore(tmp_path / "empty"))
    assert (n_nodes, n_edges) == (0, 0) and _data(page)["nodes"] == []


@needs_shared
def test_cli_viz_options(tmp_path):
    runner = CliRunner()
    store, out = str(tmp_path / "store"), tmp_path / "ego.html"
    assert runner.invoke(main, ["ingest", str(SEED), "--store", store, "-q"]).exit_code == 0
    r = runner.invoke(main, ["viz", "--store", store, "--focus", "RUS", "--depth", "1", "--types", "AID,REJECT",
                             "--since", "2021-01-01", "--until", "2021-12-31", "-o", str(out)])
    assert r.exit_code == 0, r.output
    # the page opens on pairs: RUS-PAK (the supply) and IND-RUS (India objects to it), as its header counts them
    assert r.output.strip() == f"wrote {out} (4 relations, 2 dyads, 3 actors)"
    assert {(e["from"], e["relation"], e["to"]) for e in _data(out.read_text(encoding="utf-8"))["edges"]} == {
        ("RUS", "AID", "PAK"), ("IND", "REJECT", "RUS AID PAK")}
    for args, message in ((["--since", "2021-02-30"], "bad date"), (["--types", "HUG"], "unknown relation type HUG"),
                          (["--focus", "XYZ"], "no actor called 'XYZ'")):
        r = runner.invoke(main, ["viz", "--store", store, "-o", str(tmp_path / "x.html"), *args])
        assert r.exit_code != 0 and message in r.output and "Traceback" not in r.output
        assert len(r.output.strip().splitlines()) == 1
