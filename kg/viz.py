"""The interactive HTML page: one self-contained file drawn with pyvis and vis-network."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .ontology import RELATION_TYPES
from .query import short
from .store import GraphStore

#: Edge colours by relation type (cooperative types cool, conflictual types warm).
TYPE_COLOURS = {
    "PARTNER": "#2e7d32", "ALLY": "#1b5e20", "RIVAL": "#b71c1c", "MEMBER_OF": "#607d8b",
    "NEUTRAL": "#9e9e9e", "AGREE": "#00897b", "CONSULT": "#0288d1", "SUPPORT": "#43a047",
    "CONCEDE": "#7cb342", "COOPERATE": "#00acc1", "AID": "#3949ab", "RETREAT": "#8d6e63",
    "REQUEST": "#f9a825", "ACCUSE": "#ef6c00", "REJECT": "#d84315", "THREATEN": "#e53935",
    "PROTEST": "#ad1457", "SANCTION": "#6a1b9a", "MOBILIZE": "#c62828", "COERCE": "#880e4f",
    "ASSAULT": "#000000",
}
KIND_STYLE = {
    "Country": {"shape": "dot", "color": "#1565c0"},
    "Organisation": {"shape": "box", "color": "#f9a825"},
    "Person": {"shape": "triangle", "color": "#8e24aa"},
    "Relation": {"shape": "diamond", "color": "#bdbdbd"},
}

EDGES_QUERY = """
PREFIX kg: <https://w3id.org/kg-bilateral/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?r ?type ?s ?sid ?slabel ?skind ?o ?oid ?olabel ?okind ?mode ?context ?evidence ?speaker ?title ?date ?source ?a
WHERE {
  ?r kg:relationType ?type ; kg:subject ?s ; kg:object ?o ; kg:evidence ?evidence ; prov:wasDerivedFrom ?a .
  ?s kg:actorId ?sid ; rdfs:label ?slabel ; a ?skind .
  OPTIONAL { ?o kg:actorId ?oid ; rdfs:label ?olabel ; a ?okind . }
  OPTIONAL { ?r kg:mode ?mode } OPTIONAL { ?r kg:context ?context }
  OPTIONAL { ?r kg:speaker/rdfs:label ?speaker }
  OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:date ?date } OPTIONAL { ?a dcterms:source ?source }
}
"""


@dataclass
class Edge:
    """Relations of one (subject, type, object), merged across sentences and articles."""

    source: str
    target: str
    type: str
    evidence: list[dict] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)


def graph_data(store: GraphStore) -> tuple[dict[str, dict], dict[tuple, Edge]]:
    """Nodes (actors, and relations that are objects of other relations) and merged edges."""
    nodes: dict[str, dict] = {}
    edges: dict[tuple, Edge] = {}
    rows = list(store.query(EDGES_QUERY))
    by_node = {}
    for row in rows:
        by_node[row["r"].value] = row
    for row in rows:
        sid = row["sid"].value
        nodes.setdefault(sid, {"id": sid, "label": row["slabel"].value, "kind": short(row["skind"]).split(":")[-1]})
        if row["oid"] is not None:
            target = row["oid"].value
            nodes.setdefault(target, {"id": target, "label": row["olabel"].value, "kind": short(row["okind"]).split(":")[-1]})
        else:
            inner = by_node.get(row["o"].value)
            if inner is None:
                continue
            target = f'{inner["sid"].value} {inner["type"].value} {inner["oid"].value if inner["oid"] else "?"}'
            nodes.setdefault(target, {
                "id": target,
                "label": f'{inner["type"].value}: {inner["slabel"].value} → {inner["olabel"].value if inner["olabel"] else "?"}',
                "kind": "Relation",
            })
        key = (sid, row["type"].value, target)
        edge = edges.setdefault(key, Edge(sid, target, row["type"].value))
        edge.articles.add(row["a"].value)
        edge.evidence.append({
            k: (row[k].value if row[k] is not None else None)
            for k in ("evidence", "speaker", "title", "date", "source", "mode", "context")
        })
    return nodes, edges


def _tooltip(edge: Edge, labels: dict[str, str]) -> str:
    """Plain text shown on hover; the page escapes it before any of it becomes markup."""
    first = edge.evidence[0]
    lines = [f"{labels.get(edge.source, edge.source)} {edge.type} {labels.get(edge.target, edge.target)}"]
    for k in ("mode", "context"):
        if first.get(k):
            lines.append(f"{k}: {first[k]}")
    lines.append(f"articles: {len(edge.articles)}")
    for ev in edge.evidence[:3]:
        lines.append("“" + ev["evidence"] + "”")
        meta = ", ".join(x for x in (ev.get("speaker"), ev.get("title"), ev.get("date"), ev.get("source")) if x)
        if meta:
            lines.append("  — " + meta)
    return "\n".join(lines)


def build_network(store: GraphStore):
    """A pyvis Network of the store: nodes by kind, edges coloured by type, sized by evidence."""
    from pyvis.network import Network

    nodes, edges = graph_data(store)
    degree: dict[str, int] = {}
    for e in edges.values():
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
    net = Network(directed=True)
    labels = {k: v["label"] for k, v in nodes.items()}
    for node_id, info in sorted(nodes.items()):
        style = KIND_STYLE.get(info["kind"], KIND_STYLE["Country"])
        net.add_node(
            node_id, label=info["label"], title=f'{info["label"]} ({info["kind"]}, {node_id})',
            shape=style["shape"], color=style["color"], size=12 + 4 * degree.get(node_id, 0), kind=info["kind"],
        )
    for (s, t, o), e in sorted(edges.items()):
        rt = RELATION_TYPES[t]
        net.add_edge(
            s, o, title=_tooltip(e, labels), label=t, color=TYPE_COLOURS[t],
            width=1 + len(e.articles), dashes=rt.family == "state" or rt.quad_class in ("verbal cooperation", "verbal conflict"),
            arrows="" if rt.symmetric else "to", relation=t, articles=len(e.articles),
        )
    return net


def render_html(store: GraphStore, title: str = "kg: relations between states") -> tuple[str, int, int]:
    """The page, with its node and edge counts: data, vis-network and styles inlined, so no
    request leaves it."""
    net = build_network(store)
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    template = (resources.files("kg") / "templates" / "graph.html").read_text(encoding="utf-8")
    legend = "".join(
        f'<li><span style="background:{c}"></span>{html.escape(t)}</li>' for t, c in TYPE_COLOURS.items()
    )
    data = json.dumps({"nodes": net.nodes, "edges": net.edges}, ensure_ascii=False)
    # JSON inside a <script> must not close it: escape "<" so article text cannot inject markup
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    page = template
    for key, value in (
        ("{{TITLE}}", html.escape(title)),
        ("{{CSS}}", css.replace("</", "<\\/")),
        ("{{LEGEND}}", legend),
        ("{{VIS_JS}}", js.replace("</script", "<\\/script")),
        ("{{DATA}}", data),
    ):
        page = page.replace(key, value)
    return page, len(net.nodes), len(net.edges)


def write_html(store: GraphStore, out: str | Path) -> tuple[int, int]:
    """Write the page to ``out`` (UTF-8); return the node and edge counts."""
    page, n_nodes, n_edges = render_html(store)
    Path(out).write_text(page, encoding="utf-8")
    return n_nodes, n_edges
