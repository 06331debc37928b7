"""The HTML page: self-contained, escaped, and drawn from the store's graph."""

from __future__ import annotations

import json
import re

from kg.pipeline import ingest_paths
from kg.store import GraphStore
from kg.viz import graph_data, render_html

from conftest import needs_shared


def _data(page: str) -> dict:
    raw = page.split('<script id="kg-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    return json.loads(raw)


def test_page_requests_nothing_from_the_network(sample_store):
    page, n_nodes, n_edges = render_html(sample_store)
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", page, re.I)
    assert "vis.Network" in page and "<script src" not in page
    data = _data(page)
    assert (len(data["nodes"]), len(data["edges"])) == (n_nodes, n_edges)


def test_nodes_and_edges_match_the_graph(sample_store):
    nodes, edges = graph_data(sample_store)
    page, n_nodes, n_edges = render_html(sample_store)
    assert (n_nodes, n_edges) == (len(nodes), len(edges))
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
    nodes, edges = graph_data(seed_store)
    assert {("RUS", "PARTNER", "IND"), ("IND", "RIVAL", "PAK"), ("RUS", "AID", "PAK")} <= set(edges)
    assert {("AUS", "MEMBER_OF", "Quad"), ("IND", "MEMBER_OF", "Quad"), ("JPN", "MEMBER_OF", "Quad"), ("USA", "MEMBER_OF", "Quad")} <= set(edges)
    assert ("IND", "REJECT", "RUS AID PAK") in edges
    assert nodes["RUS AID PAK"]["kind"] == "Relation"
