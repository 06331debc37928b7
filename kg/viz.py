"""The interactive HTML page: one self-contained file drawn with pyvis and vis-network.

The page inlines vis-network (from the pyvis package), its stylesheet and the graph as a
JSON script tag, so no request leaves it; every text it shows is set with ``textContent``.
Nodes are actors (states, organisations, officials), coloured by community, and, as small
diamonds, relations that are the object of another relation (India REJECTs Russia's AID to
Pakistan). The page opens on one edge per pair of actors (a dyad, ``kg.counts``), which the
page colours by the pair's balance (the weights of ``kg.analyze``, future and hypothetical
relations left out unless asked for) and widens with its number of relations; it switches to
typed edges, the relations of one (subject, type, object) merged across sentences and
articles. Each typed edge carries the date and modality of each of its relations, so that
the page's filters, its month brush and its balance work relation by relation.

The layout is computed here: networkx's spring layout with a fixed seed for small graphs
(refined by vis-network's physics in the page, then frozen), and a sampled force layout in
numpy for large ones (more than :data:`BIG_GRAPH` nodes), drawn without physics, edge labels,
curves, dashes or arrowheads so that thousands of nodes and edges open and respond in a few
seconds (the tooltip and the details panel still give each edge's direction and kind).
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from importlib import resources

from . import resolve
from .errors import KgError
from .ontology import KG, KG_URI, RELATION_TYPES, RelationType
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
#: Node shape, colour and the word the legend uses, by kind. Shapes that take a ``size``
#: (not boxes), so that size can show degree for every kind.
KIND_STYLE = {
    "Country": {"shape": "dot", "color": "#1565c0", "name": "state"},
    "Organisation": {"shape": "hexagon", "color": "#f9a825", "name": "organisation"},
    "Person": {"shape": "triangle", "color": "#8e24aa", "name": "official or person"},
    "Group": {"shape": "square", "color": "#2e7d32", "name": "a state's own people (students, opposition, ...)"},
    "Relation": {"shape": "diamond", "color": "#9e9e9e", "name": "relation that is the object of another"},
}
#: How an edge is dashed: material events solid, verbal events dashed, standing relations dotted.
LINE_STYLES: dict[str, bool | list[int]] = {"material": False, "verbal": [8, 6], "standing": [2, 5]}

#: Above this many nodes the page draws without physics, edge labels, curves, dashes or arrowheads.
BIG_GRAPH = 300
#: Seed of every layout: the same graph gives the same picture.
LAYOUT_SEED = 7
#: Evidence sentences kept per edge in the page (the count of articles is always exact).
MAX_EVIDENCE = 20

EDGES_QUERY = f"PREFIX kg: <{KG_URI}>\n" + """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?r ?type ?s ?sid ?slabel ?skind ?o ?oid ?olabel ?okind ?modality ?mode ?context ?evidence ?speaker ?title ?date ?source ?a
WHERE {
  ?r kg:relationType ?type ; kg:subject ?s ; kg:object ?o ; kg:evidence ?evidence ; prov:wasDerivedFrom ?a .
  ?s kg:actorId ?sid ; rdfs:label ?slabel ; a ?skind .
  OPTIONAL { ?o kg:actorId ?oid ; rdfs:label ?olabel ; a ?okind . }
  OPTIONAL { ?r kg:modality ?modality } OPTIONAL { ?r kg:mode ?mode } OPTIONAL { ?r kg:context ?context }
  OPTIONAL { ?r kg:speaker/rdfs:label ?speaker }
  OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:date ?date } OPTIONAL { ?a dcterms:source ?source }
}
"""

#: The "truthy" triples between actors: which (subject, type, object) the store asserts.
TRUTHY_QUERY = (
    f"PREFIX kg: <{KG_URI}>\n"
    "SELECT DISTINCT ?sid ?p ?oid WHERE { VALUES ?p { "
    + " ".join(f"kg:{rt.prop}" for rt in RELATION_TYPES.values())
    + " } ?s ?p ?o . ?s kg:actorId ?sid . ?o kg:actorId ?oid . }"
)

_EVIDENCE_KEYS = ("evidence", "speaker", "title", "date", "source", "modality", "mode", "context", "article")
_PROP_TYPES = {str(KG[rt.prop]): name for name, rt in RELATION_TYPES.items()}


@dataclass
class PageEdge:
    """Relations of one (subject, type, object), merged across sentences and articles."""

    source: str
    target: str
    type: str
    evidence: list[dict] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    relations: dict[str, str | None] = field(default_factory=dict)  # the relation nodes merged into it, with their dates
    modality: dict[str, str | None] = field(default_factory=dict)  # the same relation nodes, with their modality


def line_style(rt: RelationType) -> str:
    """``material``, ``verbal`` (PLOVER's verbal quad classes) or ``standing`` (relations, not events)."""
    if rt.family == "state":
        return "standing"
    return "verbal" if (rt.quad_class or "").startswith("verbal") else "material"


def _evidence(row) -> dict:
    ev = {k: (row[k].value if row[k] is not None else None) for k in _EVIDENCE_KEYS if k != "article"}
    ev["article"] = row["a"].value
    if ev["date"]:
        ev["date"] = ev["date"][:10]
    return ev


def _add_evidence(target: dict | PageEdge, ev: dict, relation: str | None = None) -> None:
    evidence = target["evidence"] if isinstance(target, dict) else target.evidence
    if ev not in evidence:
        evidence.append(ev)
    (target["articles"] if isinstance(target, dict) else target.articles).add(ev["article"])
    if relation is not None and isinstance(target, PageEdge):
        target.relations[relation] = ev["date"]
        target.modality[relation] = ev["modality"]


def page_data(store: GraphStore) -> tuple[dict[str, dict], dict[tuple, PageEdge]]:
    """Nodes (actors, and relations that are objects of other relations) and merged edges.

    A relation that is only the object of another one (the AID that India REJECTs) is not
    asserted by the store: it becomes a node of kind ``Relation`` (with ``subject``,
    ``object``, ``type`` and its own evidence), and an edge only if the store also asserts it.
    """
    nodes: dict[str, dict] = {}
    edges: dict[tuple, PageEdge] = {}
    rows = list(store.query(EDGES_QUERY))
    truthy = {
        (row["sid"].value, _PROP_TYPES[row["p"].value], row["oid"].value)
        for row in store.query(TRUTHY_QUERY) if row["p"].value in _PROP_TYPES
    }
    by_node = {row["r"].value: row for row in rows}
    inner = {row["o"].value for row in rows if row["oid"] is None and row["o"].value in by_node}
    described: list[tuple[str, str, str, dict]] = []

    def actor(id_: str, label: str, kind_term) -> str:
        nodes.setdefault(id_, {"id": id_, "label": label, "kind": short(kind_term).split(":")[-1]})
        return id_

    def relation_node(r: str) -> str | None:
        row = by_node.get(r)
        if row is None or row["oid"] is None:
            return None
        key = f'{row["sid"].value} {row["type"].value} {row["oid"].value}'
        if key not in nodes:
            actor(row["sid"].value, row["slabel"].value, row["skind"])
            actor(row["oid"].value, row["olabel"].value, row["okind"])
            nodes[key] = {
                "id": key, "label": f'{row["type"].value}: {row["slabel"].value} → {row["olabel"].value}',
                "kind": "Relation", "type": row["type"].value, "subject": row["sid"].value,
                "object": row["oid"].value, "evidence": [], "articles": set(),
            }
        return key

    for row in rows:
        sid = actor(row["sid"].value, row["slabel"].value, row["skind"])
        rtype = row["type"].value
        ev = _evidence(row)
        if row["oid"] is not None:
            target = actor(row["oid"].value, row["olabel"].value, row["okind"])
            if row["r"].value in inner:  # described by the relation that holds it, not asserted by itself
                _add_evidence(nodes[relation_node(row["r"].value)], ev)
                described.append((sid, rtype, target, ev, row["r"].value))
                continue
        else:
            target = relation_node(row["o"].value)
            if target is None:
                continue
        if RELATION_TYPES[rtype].symmetric and row["oid"] is not None and target < sid:
            sid, target = target, sid  # one edge per tie: "A and B are partners" either way round
        edge = edges.setdefault((sid, rtype, target), PageEdge(sid, target, rtype))
        _add_evidence(edge, ev, row["r"].value)
    own = set(edges)
    for sid, rtype, target, ev, r in described:
        # asserted all the same, by no relation node of its own (one node in both roles)
        if (sid, rtype, target) in truthy and (sid, rtype, target) not in own:
            _add_evidence(edges.setdefault((sid, rtype, target), PageEdge(sid, target, rtype)), ev, r)
    for edge in edges.values():
        edge.evidence.sort(key=lambda e: (e["date"] or "", e["title"] or "", e["evidence"]), reverse=True)
    return nodes, edges


# ---------------------------------------------------------------- selection (CLI filters)


def find_actor(nodes: dict[str, dict], name: str, option: str = "--focus") -> str:
    """The id of the actor ``name`` names in the graph: any of its names (kg.resolve), or
    the id or label of an actor only the graph knows (an official); KgError when it names
    nobody, or an actor with no relation in the graph."""
    actors = {n["id"]: n["label"] for n in nodes.values() if n["kind"] != "Relation"}
    aid = resolve.actor(name, option, graph=actors)
    if aid not in actors:
        raise KgError(f"{option} {name}: {resolve.described(aid)} has no relation in the graph")
    return aid


def _ends(edge: PageEdge, nodes: dict[str, dict]) -> list[str]:
    """The actors an edge joins: [subject, object], or [subject, inner subject, inner object]."""
    target = nodes.get(edge.target, {})
    if target.get("kind") == "Relation":
        return [edge.source, target["subject"], target["object"]]
    return [edge.source, edge.target]


def check_filters(
    *, depth: int = 1, types: str | Iterable[str] | None = None, since: str | Date | None = None,
    until: str | Date | None = None,
) -> tuple[set[str] | None, str | None, str | None]:
    """The filters that need no graph, checked: (types, since, until); KgError if one is bad."""
    wanted = resolve.relation_types(types)
    lo, hi = resolve.day(since, "--since"), resolve.day(until, "--until")
    if lo and hi and lo > hi:
        raise KgError(f"--since {lo} is after --until {hi}")
    if depth < 0:
        raise KgError(f"--depth must be 0 or more, not {depth}")
    return wanted, lo, hi


def select(
    nodes: dict[str, dict], edges: dict[tuple, PageEdge], *, focus: str | None = None, depth: int = 1,
    types: str | Iterable[str] | None = None, since: str | Date | None = None, until: str | Date | None = None,
    warn: Callable[[str], None] | None = None,
) -> tuple[dict[str, dict], dict[tuple, PageEdge]]:
    """The part of the graph to draw: edges of ``types`` with evidence dated within
    [``since``, ``until``] (an edge keeps only that evidence), then the ego graph of
    ``focus`` up to ``depth`` steps (networkx). Nodes are those the kept edges touch.

    An edge to a relation node (India REJECT Russia's AID to Pakistan) joins its subject
    to both actors of the inner relation, so it is one step from each of them.

    Filters that leave nothing of a graph that had edges are a KgError (an empty page is no
    answer); relations from undated articles left out by a date filter are told to ``warn``.
    """
    import networkx as nx

    wanted, lo, hi = check_filters(depth=depth, types=types, since=since, until=until)
    focus_id = find_actor(nodes, focus) if focus is not None else None

    def within(d: str | None) -> bool:
        return bool(d) and (not lo or d >= lo) and (not hi or d <= hi)

    kept: dict[tuple, PageEdge] = {}
    undated = 0
    for key, e in edges.items():
        if wanted is not None and e.type not in wanted:
            continue
        if lo or hi:
            undated += sum(1 for d in e.relations.values() if not d)
            evidence = [ev for ev in e.evidence if within(ev["date"])]
            if not evidence:
                continue
            e = PageEdge(e.source, e.target, e.type, evidence, {ev["article"] for ev in evidence},
                         {r: d for r, d in e.relations.items() if within(d)},
                         {r: m for r, m in e.modality.items() if within(e.relations.get(r))})
        kept[key] = e

    if focus_id is not None:
        g = nx.Graph()
        g.add_node(focus_id)
        for e in kept.values():
            ends = _ends(e, nodes)
            g.add_edges_from((ends[0], other) for other in ends[1:])
        near = set(nx.ego_graph(g, focus_id, radius=depth))
        kept = {k: e for k, e in kept.items() if (ends := _ends(e, nodes))[0] in near and any(a in near for a in ends[1:])}
    if undated and warn is not None:
        warn(f"{undated} relation{'s' if undated != 1 else ''} from undated articles left out by "
             f"{' and '.join(o for o, v in (('--since', lo), ('--until', hi)) if v)}")
    if edges and not kept:
        dates = sorted(d for e in edges.values() for d in e.relations.values() if d)
        given = [f"{o} {v}" for o, v in (("--types", types and ",".join(sorted(wanted or ()))), ("--since", lo),
                                          ("--until", hi), ("--focus", focus)) if v]
        span = f"; the relations are dated {dates[0]} to {dates[-1]}" if dates and (lo or hi) else ""
        raise KgError(f"no relation matches {' '.join(given)}{span}; nothing written")

    used = {x for e in kept.values() for x in (e.source, e.target)}
    return {k: v for k, v in nodes.items() if k in used}, kept


# ---------------------------------------------------------------- layout


def _sampled_force_layout(n: int, pairs: list[tuple[int, int]], seed: int, iterations: int = 80):
    """Fruchterman-Reingold in numpy with repulsion from a random sample of nodes per step:
    O(n·s) instead of O(n²), a few tenths of a second for 2,000 nodes and 10,000 edges."""
    import numpy as np

    rng = np.random.default_rng(seed)
    x, y = rng.uniform(-1.0, 1.0, n), rng.uniform(-1.0, 1.0, n)
    if n < 2:
        return np.stack([x, y], 1)
    k = 2.0 / math.sqrt(n)
    sample = min(n, 128)
    u = np.array([p[0] for p in pairs], dtype=np.intp)
    v = np.array([p[1] for p in pairs], dtype=np.intp)
    temp = 0.25
    for _ in range(iterations):
        idx = rng.choice(n, sample, replace=False)
        dx = x[:, None] - x[idx][None, :]
        dy = y[:, None] - y[idx][None, :]
        w = (k * k * n / sample) / np.maximum(dx * dx + dy * dy, 1e-6)
        fx, fy = (dx * w).sum(1), (dy * w).sum(1)
        if len(u):
            ex, ey = x[u] - x[v], y[u] - y[v]
            pull = np.sqrt(ex * ex + ey * ey) / k
            fx += np.bincount(v, ex * pull, n) - np.bincount(u, ex * pull, n)
            fy += np.bincount(v, ey * pull, n) - np.bincount(u, ey * pull, n)
        gravity = 0.5 * k * math.sqrt(n)  # keeps small components in view
        fx -= x * gravity
        fy -= y * gravity
        length = np.maximum(np.sqrt(fx * fx + fy * fy), 1e-9)
        step = np.minimum(length, temp) / length
        x += fx * step
        y += fy * step
        temp = max(temp * 0.95, 0.002)
    pos = np.stack([x - x.mean(), y - y.mean()], 1)
    return pos / max(float(np.abs(pos).max()), 1e-9)


def layout(nodes: dict[str, dict], edges: dict[tuple, PageEdge], seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """Pixel positions of the nodes: networkx's spring layout up to :data:`BIG_GRAPH` nodes,
    a sampled force layout beyond. A relation node sits halfway between its two actors."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(sorted(nodes))
    for e in edges.values():
        g.add_edge(e.source, e.target)
    for key, info in nodes.items():
        if info["kind"] == "Relation":
            g.add_edges_from((key, a) for a in (info["subject"], info["object"]) if a in nodes)
    if not len(g):
        return {}
    if len(g) <= BIG_GRAPH:
        raw = {k: (float(x), float(y)) for k, (x, y) in nx.spring_layout(g, seed=seed).items()}
    else:
        order = list(g)
        index = {k: i for i, k in enumerate(order)}
        pos = _sampled_force_layout(len(order), [(index[a], index[b]) for a, b in g.edges if a != b], seed)
        raw = {k: (float(pos[i][0]), float(pos[i][1])) for i, k in enumerate(order)}
    scale = 120.0 + (70.0 if len(g) <= BIG_GRAPH else 100.0) * math.sqrt(len(g))
    out = {k: (round(x * scale, 1), round(y * scale, 1)) for k, (x, y) in raw.items()}
    for key, info in nodes.items():
        if info["kind"] == "Relation" and info["subject"] in out and info["object"] in out:
            (x1, y1), (x2, y2) = out[info["subject"]], out[info["object"]]
            out[key] = ((x1 + x2) / 2, (y1 + y2) / 2)
    return out


# ---------------------------------------------------------------- dyads and communities


def dyad_of(edge: PageEdge, nodes: dict[str, dict]) -> tuple[str, str] | None:
    """The unordered pair of actors (sorted) an edge counts towards, as ``kg.graph.tie_ends``
    reads it: an objection to a relation (IND REJECT (RUS AID PAK)) counts towards the
    objector and whoever does what it objects to (IND-RUS), or, when that is the objector
    itself, whoever it is done to; None when that leaves no other actor."""
    a, b = edge.source, edge.target
    inner = nodes.get(b, {})
    while inner.get("kind") == "Relation":
        b = inner["subject"] if inner["subject"] != a else inner["object"]
        inner = nodes.get(b, {})
    if a == b:
        return None
    return (a, b) if a <= b else (b, a)


def edge_relations(edge: PageEdge) -> list[tuple[str, str]]:
    """(date, modality) of each relation an edge merges ("" when unknown); an edge built
    without relation nodes (a hand-made graph) has one relation per evidence sentence."""
    if edge.relations:
        return [(d or "", edge.modality.get(r) or "") for r, d in sorted(edge.relations.items())]
    return [(ev.get("date") or "", ev.get("modality") or "") for ev in edge.evidence]


def dyads_of(nodes: dict[str, dict], edges: dict[tuple, PageEdge]) -> dict[tuple[str, str], list[tuple]]:
    """The pairs of actors with at least one relation, each with the keys of its edges
    (one edge per pair in the page's dyad view), sorted by pair."""
    out: dict[tuple[str, str], list[tuple]] = {}
    for key, e in sorted(edges.items()):
        p = dyad_of(e, nodes)
        if p is not None:
            out.setdefault(p, []).append(key)
    return dict(sorted(out.items()))


def page_figures(nodes: dict[str, dict], edges: dict[tuple, PageEdge]) -> dict[str, int]:
    """What the page counts (``kg.counts``): relations, dyads and the actors in them,
    ties (typed edges) and nodes (actors and relation nodes) of the typed view."""
    pairs = dyads_of(nodes, edges)
    return {"relations": sum(len(edge_relations(e)) for e in edges.values()), "dyads": len(pairs),
            "actors": len({a for p in pairs for a in p}), "ties": len(edges), "nodes": len(nodes)}


#: Node colours of the communities, largest community first; actors of the others are grey.
COMMUNITY_COLOURS = ["#8e6cc0", "#e0a526", "#2a9d8f", "#e07a3f", "#5c7cbd", "#d05c9a", "#7da043",
                     "#a9794b", "#3fb5c9", "#b5b23a"]
OTHER_COMMUNITY = "#b0bec5"


def page_communities(nodes: dict[str, dict], edges: dict[tuple, PageEdge]) -> list[list[str]]:
    """Communities of the actors (``kg.analyze.communities``: greedy modularity, weighted by
    the number of relations of each pair), largest first. Over :data:`BIG_GRAPH` actors,
    Louvain's method (seeded) on the same weighted graph: greedy modularity takes seconds
    there (7 s for 2,000 actors and 10,000 relations), Louvain a few tenths."""
    from types import SimpleNamespace

    import networkx as nx

    from .analyze import actor_graph, communities

    actors = {k: SimpleNamespace(id=k, label=v["label"], kind=v["kind"]) for k, v in nodes.items() if v["kind"] != "Relation"}
    rels = []
    for (a, b), keys in dyads_of(nodes, edges).items():
        n = sum(len(edge_relations(edges[k])) for k in keys)
        rels += [SimpleNamespace(subject=a, object=b)] * n
    used = {x for r in rels for x in (r.subject, r.object)}
    data = SimpleNamespace(actors={k: v for k, v in actors.items() if k in used}, edges=rels)
    if len(used) <= BIG_GRAPH:
        return communities(data)
    found = nx.community.louvain_communities(actor_graph(data), weight="weight", seed=LAYOUT_SEED)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


# ---------------------------------------------------------------- the network and the page


def _hover(edge: PageEdge, labels: dict[str, str]) -> str:
    """Plain text shown on hover (vis-network sets it as text, never markup)."""
    first = edge.evidence[0]
    n = len(edge.articles)
    lines = [f"{labels.get(edge.source, edge.source)} — {edge.type} → {labels.get(edge.target, edge.target)}",
             f"{n} article{'s' if n != 1 else ''}" + (f" · {first['date']}" if first.get("date") else "")]
    text = first["evidence"]
    lines.append("“" + (text if len(text) <= 240 else text[:237] + "…") + "”")
    if first.get("title"):
        lines.append("— " + first["title"])
    lines.append("(click for the evidence)")
    return "\n".join(lines)


def _page_evidence(evidence: list[dict]) -> list[dict]:
    return [{k: v for k, v in ev.items() if v is not None and k != "article"} for ev in evidence[:MAX_EVIDENCE]]


#: How a relation only announced for later or possible (``kg.counts.MODAL``) is dashed in the typed view.
MODAL_DASHES = [3, 9]


def network_of(nodes: dict[str, dict], edges: dict[tuple, PageEdge], seed: int = LAYOUT_SEED):
    """A pyvis Network of a selected graph, with positions, styles and the data the page's
    side panel and filters read (``relation``, ``ends``, ``dates``, ``rels``, ``evidence``...).

    Returns the network, the links that place relation nodes between their actors (drawn
    thin, not relations of their own), the dyads (one edge per pair of actors, with the ids
    of the typed edges it stands for; the page works out its colour and width from them)
    and the communities.
    """
    from pyvis.network import Network

    from .analyze import weight
    from .counts import MODAL

    big = len(nodes) > BIG_GRAPH
    pos = layout(nodes, edges, seed)
    pairs = dyads_of(nodes, edges)
    edge_degree: dict[str, int] = {}
    for e in edges.values():
        edge_degree[e.source] = edge_degree.get(e.source, 0) + 1
        edge_degree[e.target] = edge_degree.get(e.target, 0) + 1
    degree: dict[str, int] = {}  # an actor's degree: its dyads (kg.counts)
    actor_relations: dict[str, int] = {}
    for p, keys in pairs.items():
        n = sum(len(edge_relations(edges[k])) for k in keys)
        for a in p:
            degree[a] = degree.get(a, 0) + 1
            actor_relations[a] = actor_relations.get(a, 0) + n
    groups = page_communities(nodes, edges)
    community = {a: i for i, members in enumerate(groups) if len(members) > 1 and i < len(COMMUNITY_COLOURS) for a in members}
    labels = {k: v["label"] for k, v in nodes.items()}
    net = Network(directed=True)
    for node_id, info in sorted(nodes.items()):
        kind = info["kind"] if info["kind"] in KIND_STYLE else "Country"
        style = KIND_STYLE[kind]
        extra: dict = {}
        if kind == "Relation":
            d = edge_degree.get(node_id, 0)
            size = 9
            colour = style["color"]
            extra = {"relation": info["type"], "subject": info["subject"], "object": info["object"],
                     "articles": len(info["articles"]), "evidence": _page_evidence(info["evidence"]),
                     "font": {"size": 11, "color": "#555555", "strokeWidth": 3, "strokeColor": "#ffffff"}}
            title = f'{info["label"]}\n{style["name"]} · {info["type"]} · {d} relation{"s" if d != 1 else ""}'
        else:
            d = degree.get(node_id, 0)
            size = min(10 + 5 * math.sqrt(d), 48) if not big else min(5 + 2.5 * math.sqrt(d), 30)
            c = community.get(node_id)
            colour = COMMUNITY_COLOURS[c] if c is not None else OTHER_COMMUNITY
            extra = {"community": c + 1 if c is not None else 0, "relations": actor_relations.get(node_id, 0)}
            n = actor_relations.get(node_id, 0)
            title = (f'{info["label"]}\n{style["name"]} · {node_id} · {d} dyad{"s" if d != 1 else ""}, '
                     f'{n} relation{"s" if n != 1 else ""}' + (f" · community {c + 1}" if c is not None else ""))
        x, y = pos.get(node_id, (0.0, 0.0))
        net.add_node(
            node_id, label=info["label"], kind=kind, degree=d, shape=style["shape"], size=round(size, 1), x=x, y=y,
            title=title,
            color={"background": colour, "border": "#37474f" if kind != "Relation" else "#616161",
                   "highlight": {"background": colour, "border": "#000000"}},
            **extra,
        )
        net.nodes[-1]["name"] = info["label"]
        if big and kind == "Relation":
            del net.nodes[-1]["label"]  # thousands of "AID: A → B" labels would hide the actors' names

    # parallel edges between two nodes fan out as curves; an edge that a relation node sits on stays straight
    reified = {(n["subject"], n["type"], n["object"]) for n in nodes.values() if n["kind"] == "Relation"}
    parallel: dict[frozenset, list[tuple]] = {}
    for key in edges:
        parallel.setdefault(frozenset((key[0], key[2])), []).append(key)
    bend: dict[tuple, dict] = {}
    for keys in parallel.values():
        keys.sort(key=lambda k: (k not in reified, k[1], k[0]))
        for i, key in enumerate(keys):
            if i == 0 or big:
                bend[key] = {"enabled": False}
                continue
            side = 1 if i % 2 else -1
            if key[0] > key[2]:
                side = -side  # the same side whatever the edge's direction
            bend[key] = {"enabled": True, "type": "curvedCW" if side > 0 else "curvedCCW", "roundness": 0.22 * ((i + 1) // 2)}

    ids: dict[tuple, str] = {}
    for i, (key, e) in enumerate(sorted(edges.items())):
        ids[key] = f"e{i}"
        rt = RELATION_TYPES[e.type]
        colour = TYPE_COLOURS[e.type]
        rels = edge_relations(e)
        modal = bool(rels) and all(m in MODAL for _, m in rels)  # only announced or possible: faded, dashed
        options: dict = {"arrows": ""}  # pyvis would add "to" to every edge
        if not big:  # a big graph's edges are plain lines: dashes and arrowheads on thousands
            # of edges cost most of each redraw, and the tooltip and panel give both
            options = {"label": e.type, "smooth": bend[key], "dashes": MODAL_DASHES if modal else LINE_STYLES[line_style(rt)],
                       "arrows": "" if rt.symmetric else "to"}
        p = dyad_of(e, nodes)
        net.add_edge(
            e.source, e.target, id=f"e{i}", title=_hover(e, labels), relation=e.type,
            color={"color": colour, "highlight": colour, "hover": colour,
                   "opacity": (0.3 if modal else 0.9) if not big else (0.25 if modal else 0.55)},
            width=round(1.2 + min(2.0 * math.log2(len(e.articles)), 6), 2) if e.articles else 1.2,
            articles=len(e.articles), relations=len(rels), ends=_ends(e, nodes),
            dates=sorted({ev["date"] for ev in e.evidence if ev["date"]}),
            rels=[list(r) for r in rels], modal=modal, weight=weight(e.type), standing=rt.family == "state",
            pair=list(p) if p else None,
            mode=", ".join(sorted({ev["mode"] for ev in e.evidence if ev["mode"]})),
            context=", ".join(sorted({ev["context"] for ev in e.evidence if ev["context"]})),
            evidence=_page_evidence(e.evidence), **options,
        )

    dyads = [{"id": f"d{i}", "from": a, "to": b, "dyad": True, "members": [ids[k] for k in keys]}
             for i, ((a, b), keys) in enumerate(pairs.items())]

    links = []
    for key, info in sorted(nodes.items()):
        if info["kind"] != "Relation":
            continue
        rt = RELATION_TYPES[info["type"]]
        common = {"link": True, "width": 1, "smooth": {"enabled": False}, "dashes": LINE_STYLES[line_style(rt)],
                  "color": {"color": TYPE_COLOURS[info["type"]], "opacity": 0.6}, "length": 60,
                  "title": f'{info["label"]} (the relation this node stands for)'}
        if info["subject"] in nodes:
            links.append({"id": f"l{len(links)}", "from": info["subject"], "to": key, "arrows": "", **common})
        if info["object"] in nodes:
            links.append({"id": f"l{len(links)}", "from": key, "to": info["object"],
                          "arrows": "" if rt.symmetric else "to", **common})
    shown = [{"number": i + 1, "colour": COMMUNITY_COLOURS[i], "members": members}
             for i, members in enumerate(groups) if len(members) > 1 and i < len(COMMUNITY_COLOURS)]
    return net, links, dyads, shown


def build_network(store: GraphStore, **filters):
    """A pyvis Network of the store (``filters`` as for :func:`select`)."""
    nodes, edges = select(*page_data(store), **filters)
    return network_of(nodes, edges)[0]


def _page_types() -> dict[str, dict]:
    return {
        name: {"colour": TYPE_COLOURS[name], "style": line_style(rt), "label": rt.label,
               "class": rt.quad_class or "standing relation", "directed": not rt.symmetric}
        for name, rt in RELATION_TYPES.items()
    }


#: The two ways the page draws edges: one per pair of actors, or one per (subject, type, object).
EDGE_VIEWS = ("dyads", "typed")


def render_graph(nodes: dict[str, dict], edges: dict[tuple, PageEdge], title: str = "kg: relations between states",
                 edges_view: str = "dyads") -> tuple[str, int, int]:
    """The page of an already selected graph, with its node and edge counts (of the typed
    view: actors and relation nodes, ties; :func:`page_figures` gives the rest). ``edges_view``
    is the view the page opens on (``dyads`` or ``typed``; the page can switch)."""
    if edges_view not in EDGE_VIEWS:
        raise KgError(f"--edges must be one of {', '.join(EDGE_VIEWS)}, not {edges_view!r}")
    from .analyze import STANDING_WEIGHTS, weight
    from .counts import MODAL

    net, links, dyads, groups = network_of(nodes, edges)
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    template = (resources.files("kg") / "templates" / "graph.html").read_text(encoding="utf-8")
    types = _page_types()
    payload = {
        "nodes": net.nodes, "edges": net.edges, "links": links, "dyads": dyads, "view": edges_view,
        "big": len(net.nodes) > BIG_GRAPH, "types": types,
        "weights": {name: weight(name) for name in types}, "styles": LINE_STYLES, "modal": sorted(MODAL),
        "communities": groups, "other_community": OTHER_COMMUNITY, "standing": sorted(STANDING_WEIGHTS),
        "kinds": {k: {"colour": v["color"], "shape": v["shape"], "name": v["name"]} for k, v in KIND_STYLE.items()},
    }
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    # JSON inside a <script> must not close it: escape "<" so article text cannot inject markup
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    values = {
        "TITLE": html.escape(title),
        "CSS": css.replace("</", "<\\/"),
        "VIS_JS": js.replace("</script", "<\\/script"),
        "DATA": data,
    }
    # one pass, so that nothing substituted (a title, article text) is read as a placeholder
    page = re.sub(r"\{\{(TITLE|CSS|VIS_JS|DATA)\}\}", lambda m: values[m.group(1)], template)
    return page, len(net.nodes), len(net.edges)


def render_html(
    store: GraphStore, title: str = "kg: relations between states", *, focus: str | None = None, depth: int = 1,
    types: str | Iterable[str] | None = None, since: str | Date | None = None, until: str | Date | None = None,
    warn: Callable[[str], None] | None = None, edges: str = "dyads", counts: dict | None = None,
) -> tuple[str, int, int]:
    """The page, with its node and edge counts: data, vis-network and styles inlined, so no
    request leaves it. The filters (and ``warn``) are those of :func:`select`; ``edges`` is
    the view the page opens on; ``counts``, if given, is filled with :func:`page_figures`."""
    nodes, kept = select(*page_data(store), focus=focus, depth=depth, types=types, since=since, until=until, warn=warn)
    if counts is not None:
        counts.update(page_figures(nodes, kept))
    return render_graph(nodes, kept, title, edges)
