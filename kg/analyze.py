"""Network analysis of the actors: centrality, communities, structural balance and dyad timelines.

Everything works on the asserted relations of a store (``kg.interop.graph_data``), one
per relation node, so a relation stated in three sentences counts three times. A
relation whose object is another relation (India REJECTs Russia's AID to Pakistan)
counts for the pair of its subject and that relation's subject (India and Russia).

Weights. Each relation type weighs by its PLOVER quad class (``kg.ontology``):

=========================  ======  ================================================
quad class                 weight  types
=========================  ======  ================================================
material cooperation         +2    COOPERATE, AID, RETREAT
verbal cooperation           +1    AGREE, CONSULT, SUPPORT, CONCEDE
verbal conflict              -1    REQUEST, ACCUSE, REJECT, THREATEN
material conflict            -2    PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
standing: PARTNER, ALLY      +1    a declared stance counts as words of cooperation
standing: RIVAL              -1    ... and of conflict
standing: MEMBER_OF,          0    unsigned: membership and neutrality are no stance
NEUTRAL                            towards the other side
=========================  ======  ================================================

Deeds weigh twice words, the ordering of the quad classes (and of the Goldstein
scale, whose per-type values are in the ontology as ``kg:goldstein``) without its
false precision.

- A dyad's score is the sum of the weights of the relations between its two actors,
  either direction; its sign is the sign of the score (+ cooperative, - conflictual;
  a score of 0 leaves the dyad unsigned, out of the signed graph).
- A triad is three actors whose three dyads are all signed. It is balanced when the
  product of the signs is positive (+++: friends; +--: two friends share an
  adversary) and unbalanced otherwise (++-: one actor on good terms with two who are
  at odds, such as Russia with India and Pakistan; ---: all at odds).
- A dyad's timeline groups its relations by the article date (day, month or year):
  per period the cooperation (sum of positive weights), the conflict (sum of negative
  ones), the score, and the running total. Relations from undated articles are counted
  apart.
- Relations announced for later or only possible (modality ``future`` or
  ``hypothetical``: "will supply", "could pave the way") are left out unless asked for
  (``include_modal``, ``kg analyze --include-modal``): they say what may happen, not
  what did; the report says how many were left out.
- Centrality (degree, betweenness) and communities (greedy modularity, weighted by the
  number of relations) are computed on the undirected graph of all relations,
  memberships included.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from .counts import MODAL
from .errors import InputError
from .interop import Edge, GraphData, quad_class
from .ontology import MC, MX, RELATION_TYPES, VC, VX

#: Weight of each PLOVER quad class (see the module docstring).
QUAD_WEIGHTS = {VC: 1, MC: 2, VX: -1, MX: -2}
#: Weight of the standing relations.
STANDING_WEIGHTS = {"PARTNER": 1, "ALLY": 1, "RIVAL": -1, "MEMBER_OF": 0, "NEUTRAL": 0}
#: Weight of every relation type.
WEIGHTS = {
    name: STANDING_WEIGHTS[name] if rt.quad_class is None else QUAD_WEIGHTS[rt.quad_class]
    for name, rt in RELATION_TYPES.items()
}

SECTIONS = ("centrality", "communities", "balance", "timeline")
PERIODS = ("day", "month", "year")


def weight(rtype: str) -> int:
    """The cooperation (+) or conflict (-) weight of a relation type; 0 for unknown types."""
    return WEIGHTS.get(rtype, 0)


def _sign(x: int) -> str:
    return "+" if x > 0 else "-" if x < 0 else "0"


def pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def describe(e: Edge) -> str:
    """A relation in a few words: ``RUS AID PAK``, ``IND REJECT (RUS AID PAK)``."""
    return f"{e.subject} {e.type} ({e.about})" if e.about else f"{e.subject} {e.type} {e.object}"


def _edge_json(e: Edge) -> dict:
    return {
        "relation": describe(e), "weight": weight(e.type), "quad_class": quad_class(e.type), "date": e.date,
        "article": e.article, "evidence": e.evidence, "iri": e.relation,
    }


# ---------------------------------------------------------------- centrality and communities


def actor_graph(data: GraphData) -> nx.Graph:
    """Undirected simple graph of the actors; ``weight`` counts the relations of a pair."""
    g = nx.Graph()
    for a in sorted(data.actors.values(), key=lambda a: a.id):
        g.add_node(a.id, label=a.label, kind=a.kind)
    for e in data.edges:
        if e.subject == e.object:
            continue
        for x in (e.subject, e.object):
            if x not in g:
                g.add_node(x, label=x, kind="")
        if g.has_edge(e.subject, e.object):
            g[e.subject][e.object]["weight"] += 1
        else:
            g.add_edge(e.subject, e.object, weight=1)
    return g


def centrality(data: GraphData) -> list[dict]:
    """Per actor: relations, neighbours, degree and betweenness centrality (normalised),
    most central first."""
    g = actor_graph(data)
    degree = nx.degree_centrality(g)
    between = nx.betweenness_centrality(g, normalized=True)
    count = Counter(a for e in data.edges for a in {e.subject, e.object})
    rows = [
        {"actor": n, "label": g.nodes[n]["label"], "kind": g.nodes[n]["kind"], "relations": count[n],
         "neighbours": g.degree(n), "degree": round(degree[n], 4), "betweenness": round(between[n], 4)}
        for n in g
    ]
    return sorted(rows, key=lambda r: (-r["betweenness"], -r["degree"], -r["relations"], r["actor"]))


def communities(data: GraphData) -> list[list[str]]:
    """Groups of actors more tied to one another than to the rest (greedy modularity),
    largest first."""
    g = actor_graph(data)
    if g.number_of_edges() == 0:
        return [[n] for n in sorted(g)]
    found = nx.community.greedy_modularity_communities(g, weight="weight")
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


# ---------------------------------------------------------------- structural balance


@dataclass
class Dyad:
    """Two actors and the relations between them, either direction."""

    a: str
    b: str
    edges: list[Edge] = field(default_factory=list)

    @property
    def score(self) -> int:
        return sum(weight(e.type) for e in self.edges)

    @property
    def sign(self) -> str:
        return _sign(self.score)

    @property
    def name(self) -> str:
        return f"{self.a}-{self.b}"

    def behind(self) -> str:
        """The signed relations behind the score: ``RUS PARTNER IND x3 (+3), IND REJECT (RUS AID PAK) (-1)``."""
        counts = Counter(describe(e) for e in self.edges if weight(e.type))
        types = {describe(e): e.type for e in self.edges}
        parts = []
        for text, n in sorted(counts.items(), key=lambda kv: (-abs(weight(types[kv[0]]) * kv[1]), kv[0])):
            w = weight(types[text]) * n
            parts.append(f"{text}{f' x{n}' if n > 1 else ''} ({w:+d})")
        return ", ".join(parts)

    def as_json(self) -> dict:
        return {"dyad": [self.a, self.b], "score": self.score, "sign": self.sign,
                "relations": [_edge_json(e) for e in self.edges]}


def dyads(edges: list[Edge]) -> dict[tuple[str, str], Dyad]:
    """Every pair of actors with at least one relation, keyed by the sorted pair."""
    out: dict[tuple[str, str], Dyad] = {}
    for e in edges:
        if e.subject == e.object:
            continue
        key = pair(e.subject, e.object)
        out.setdefault(key, Dyad(*key)).edges.append(e)
    return dict(sorted(out.items()))


@dataclass
class Triad:
    """Three actors whose three dyads are all signed."""

    actors: tuple[str, str, str]
    dyads: list[Dyad]  # (a,b), (a,c), (b,c)

    @property
    def signs(self) -> str:
        return "".join(d.sign for d in self.dyads)

    @property
    def balanced(self) -> bool:
        return self.signs.count("-") % 2 == 0

    def reading(self) -> str:
        """What the signs say, in words."""
        neg = [d for d in self.dyads if d.sign == "-"]
        if not neg:
            return "all three on good terms"
        if len(neg) == 3:
            return "all three at odds"
        if len(neg) == 1:
            odd = neg[0]
            pivot = next(x for x in self.actors if x not in (odd.a, odd.b))
            return f"{pivot} is on good terms with both {odd.a} and {odd.b}, who are at odds"
        pos = next(d for d in self.dyads if d.sign == "+")
        other = next(x for x in self.actors if x not in (pos.a, pos.b))
        return f"{pos.a} and {pos.b} share an adversary, {other}"

    def as_json(self) -> dict:
        return {
            "triad": list(self.actors), "signs": {d.name: d.sign for d in self.dyads},
            "balanced": self.balanced, "reading": self.reading(), "dyads": [d.as_json() for d in self.dyads],
        }


def signed_graph(edges: list[Edge]) -> nx.Graph:
    """The signed graph: an edge per signed dyad, with ``sign`` (+1 or -1) and ``score``."""
    g = nx.Graph()
    for (a, b), d in dyads(edges).items():
        if d.score:
            g.add_edge(a, b, sign=1 if d.score > 0 else -1, score=d.score, dyad=d)
    return g


def triads(edges: list[Edge]) -> list[Triad]:
    """Every triangle of the signed graph, unbalanced ones first, then by actors."""
    g = signed_graph(edges)
    out = []
    for a, b, c in combinations(sorted(g), 3):
        if g.has_edge(a, b) and g.has_edge(a, c) and g.has_edge(b, c):
            out.append(Triad((a, b, c), [g[a][b]["dyad"], g[a][c]["dyad"], g[b][c]["dyad"]]))
    return sorted(out, key=lambda t: (t.balanced, t.actors))


def balance(edges: list[Edge]) -> dict:
    """The signed dyads and the triads, with counts, as plain data."""
    ts = triads(edges)
    signed = [d for d in dyads(edges).values() if d.score]
    return {
        "dyads": [d.as_json() for d in signed],
        "triads": [t.as_json() for t in ts],
        "balanced": sum(t.balanced for t in ts),
        "unbalanced": sum(not t.balanced for t in ts),
    }


# ---------------------------------------------------------------- timelines


@dataclass(frozen=True)
class Point:
    """One period of a dyad's timeline."""

    period: str
    relations: int
    cooperation: int
    conflict: int
    score: int
    cumulative: int


@dataclass
class Timeline:
    """A dyad's cooperation and conflict by period."""

    a: str
    b: str
    period: str
    points: list[Point]
    undated: int

    def as_json(self) -> dict:
        return {"dyad": [self.a, self.b], "period": self.period, "undated": self.undated,
                "points": [p.__dict__ for p in self.points]}


def period_of(date: str, period: str) -> str:
    """The period a date falls in: ``2021-04-15`` -> ``2021-04`` by month."""
    if period not in PERIODS:
        raise InputError(f"unknown period {period!r}; choose one of: {', '.join(PERIODS)}")
    return {"day": date[:10], "month": date[:7], "year": date[:4]}[period]


def timeline(edges: list[Edge], a: str, b: str, period: str = "month") -> Timeline:
    """The timeline of the dyad ``a``-``b`` (relations either direction)."""
    key = pair(a, b)
    mine = [e for e in edges if e.subject != e.object and pair(e.subject, e.object) == key]
    if not mine:
        known = sorted({x for e in edges for x in (e.subject, e.object)})
        hint = f" (actors in the store: {', '.join(known[:12])}{', ...' if len(known) > 12 else ''})" if known else ""
        raise InputError(f"no relation between {a} and {b} in the store; give two actor ids that have one, such as RUS,IND{hint}")
    by_period: dict[str, list[int]] = {}
    undated = 0
    for e in mine:
        if not e.date:
            undated += 1
            continue
        by_period.setdefault(period_of(e.date, period), []).append(weight(e.type))
    points, total = [], 0
    for p in sorted(by_period):
        ws = by_period[p]
        total += sum(ws)
        points.append(Point(p, len(ws), sum(w for w in ws if w > 0), sum(w for w in ws if w < 0), sum(ws), total))
    return Timeline(key[0], key[1], period, points, undated)


def timelines(edges: list[Edge], period: str = "month") -> list[Timeline]:
    """The timeline of every dyad."""
    return [timeline(edges, a, b, period) for a, b in dyads(edges)]


def _next_period(p: str, period: str) -> str:
    if period == "year":
        return f"{int(p) + 1:04d}"
    if period == "month":
        y, m = int(p[:4]), int(p[5:7])
        return f"{y + m // 12:04d}-{m % 12 + 1:02d}"
    from datetime import date, timedelta

    return (date.fromisoformat(p) + timedelta(days=1)).isoformat()


def _fill(points: list[Point], period: str, limit: int = 400) -> list[Point]:
    """``points`` with the empty periods between them, so that the x axis keeps time
    (left as they are when that would make more than ``limit`` periods or a date is malformed)."""
    if len(points) < 2:
        return points
    have = {p.period: p for p in points}
    out, cur, total = [], points[0].period, 0
    try:
        while cur <= points[-1].period and len(out) <= limit:
            p = have.get(cur) or Point(cur, 0, 0, 0, 0, total)
            total = p.cumulative
            out.append(p)
            cur = _next_period(cur, period)
    except ValueError:
        return points
    return points if len(out) > limit else out


def timeline_svg(tl: Timeline, width: int = 720, height: int = 360) -> str:
    """A dyad's timeline as a self-contained SVG picture: cooperation bars up (green),
    conflict bars down (red), the running score as a line."""
    left, right, top, bottom = 56, 24, 48, 64
    pw, ph = width - left - right, height - top - bottom
    pts = _fill(tl.points, tl.period)
    hi = max([1] + [p.cooperation for p in pts] + [p.cumulative for p in pts])
    lo = min([-1] + [p.conflict for p in pts] + [p.cumulative for p in pts])

    def y(v: float) -> float:
        return round(top + (hi - v) / (hi - lo) * ph, 1)

    band = pw / max(1, len(pts))
    bar = max(2.0, min(40.0, band * 0.6))
    out = [
        (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'font-family="sans-serif" font-size="12">'),
        f'<title>{html.escape(f"{tl.a}-{tl.b} cooperation and conflict by {tl.period}")}</title>',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="white"/>',
        (f'<text x="{left}" y="24" font-size="15" font-weight="bold">'
        f'{html.escape(f"{tl.a}-{tl.b}: cooperation and conflict by {tl.period}")}</text>'),
        f'<line x1="{left}" y1="{y(0)}" x2="{left + pw}" y2="{y(0)}" stroke="#444"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + ph}" stroke="#444"/>',
    ]
    for v in sorted({hi, 0, lo}):
        out.append(f'<text x="{left - 6}" y="{y(v) + 4}" text-anchor="end">{v:+d}</text>' if v else
                   f'<text x="{left - 6}" y="{y(v) + 4}" text-anchor="end">0</text>')
    step = max(1, (len(pts) + 11) // 12)  # at most about 12 labels
    line = []
    for i, p in enumerate(pts):
        cx = left + band * (i + 0.5)
        tip = f"{p.period}: {p.relations} relations, cooperation {p.cooperation:+d}, conflict {p.conflict:+d}, score {p.score:+d}, running {p.cumulative:+d}"
        if p.cooperation:
            out.append(f'<rect class="cooperation" x="{cx - bar / 2:.1f}" y="{y(p.cooperation)}" width="{bar:.1f}" '
                       f'height="{y(0) - y(p.cooperation):.1f}" fill="#2e8b57"><title>{html.escape(tip)}</title></rect>')
        if p.conflict:
            out.append(f'<rect class="conflict" x="{cx - bar / 2:.1f}" y="{y(0)}" width="{bar:.1f}" '
                       f'height="{y(p.conflict) - y(0):.1f}" fill="#c0392b"><title>{html.escape(tip)}</title></rect>')
        if p.relations:
            line.append(f"{cx:.1f},{y(p.cumulative)}")
        if i % step == 0:
            out.append(f'<text x="{cx:.1f}" y="{top + ph + 18}" text-anchor="middle">{html.escape(p.period)}</text>')
    if line:
        out.append(f'<polyline class="cumulative" points="{" ".join(line)}" fill="none" stroke="#1f3a93" stroke-width="2"/>')
        out += [f'<circle cx="{pt.split(",")[0]}" cy="{pt.split(",")[1]}" r="4" fill="#1f3a93" stroke="white"/>' for pt in line]
    legend_y = height - 18
    out += [
        f'<rect x="{left}" y="{legend_y - 9}" width="10" height="10" fill="#2e8b57"/>',
        f'<text x="{left + 14}" y="{legend_y}">cooperation</text>',
        f'<rect x="{left + 104}" y="{legend_y - 9}" width="10" height="10" fill="#c0392b"/>',
        f'<text x="{left + 118}" y="{legend_y}">conflict</text>',
        f'<line x1="{left + 186}" y1="{legend_y - 4}" x2="{left + 204}" y2="{legend_y - 4}" stroke="#1f3a93" stroke-width="2"/>',
        f'<text x="{left + 208}" y="{legend_y}">running score</text>',
        (f'<text x="{width - right}" y="{legend_y}" text-anchor="end" fill="#555">weights: material \u00b12, verbal \u00b11'
        f'{html.escape(f"; {tl.undated} undated not shown" if tl.undated else "")}</text>'),
        "</svg>",
    ]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- the whole report


def done_only(data: GraphData) -> GraphData:
    """``data`` without the relations announced for later or only possible (and the actors
    only those relations named)."""
    edges = [e for e in data.edges if e.modality not in MODAL]
    used = {a for e in edges for a in (e.subject, e.object)}
    return GraphData({iri: a for iri, a in data.actors.items() if a.id in used}, edges)


def analyze(data: GraphData, sections: list[str] | tuple[str, ...] = ("centrality", "communities", "balance"),
            dyad: tuple[str, str] | None = None, period: str = "month", include_modal: bool = False) -> dict:
    """The chosen sections as plain data (what ``kg analyze --format json`` prints); without
    ``include_modal``, on the relations reported as done (``done_only``)."""
    bad = [s for s in sections if s not in SECTIONS]
    if bad:
        raise InputError(f"unknown section {bad[0]!r}; choose from: {', '.join(SECTIONS)}")
    if period not in PERIODS:
        raise InputError(f"unknown period {period!r}; choose one of: {', '.join(PERIODS)}")
    everything = len(data.edges)
    if not include_modal:
        data = done_only(data)
    out: dict = {"actors": len(data.actors), "relations": len(data.edges), "modal_left_out": everything - len(data.edges)}
    if "centrality" in sections:
        out["centrality"] = centrality(data)
    if "communities" in sections:
        out["communities"] = communities(data)
    if "balance" in sections:
        out["balance"] = balance(data.edges)
    if "timeline" in sections or dyad:
        tls = [timeline(data.edges, *dyad, period)] if dyad else timelines(data.edges, period)
        out["timelines"] = [t.as_json() for t in tls]
    return out


def _table(columns: list[str], rows: list[list]) -> str:
    cells = [[str(c) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(columns)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(columns, widths)).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def _num(x: int) -> str:
    return f"{x:+d}" if x else "0"


def render_text(report: dict, data: GraphData) -> str:
    """The report for reading in a terminal."""
    left = report.get("modal_left_out", 0)
    parts = [f"{report['actors']} actors, {report['relations']} relations"
             + (f" ({left} future or hypothetical left out; --include-modal counts them)" if left else "")]
    if "centrality" in report:
        rows = [[r["actor"], r["label"], r["kind"], r["relations"], r["neighbours"], f"{r['degree']:.3f}", f"{r['betweenness']:.3f}"]
                for r in report["centrality"]]
        parts.append("centrality\n" + _table(["actor", "label", "kind", "relations", "neighbours", "degree", "betweenness"], rows))
    if "communities" in report:
        parts.append("communities\n" + "\n".join(f"{i}  {', '.join(c)}" for i, c in enumerate(report["communities"], 1)))
    if "balance" in report:
        b = report["balance"]
        ds = dyads(data.edges)
        lines = [f"structural balance: {len(b['triads'])} triad{'' if len(b['triads']) == 1 else 's'}, {b['balanced']} balanced, {b['unbalanced']} unbalanced"]
        for t in b["triads"]:
            signs = "  ".join(f"{k} {v}" for k, v in t["signs"].items())
            lines.append(f"{'-'.join(t['triad'])}  {'balanced' if t['balanced'] else 'unbalanced'}  {signs}  ({t['reading']})")
            for d in t["dyads"]:
                lines.append(f"  {d['dyad'][0]}-{d['dyad'][1]} {d['score']:+d}: {ds[tuple(d['dyad'])].behind()}")
        lines.append("signed dyads")
        lines.append(_table(["dyad", "sign", "score", "relations"],
                            [[f"{d['dyad'][0]}-{d['dyad'][1]}", d["sign"], f"{d['score']:+d}", ds[tuple(d["dyad"])].behind()]
                             for d in b["dyads"]]))
        parts.append("\n".join(lines))
    if "timelines" in report:
        rows = [[f"{t['dyad'][0]}-{t['dyad'][1]}", p["period"], p["relations"]] + [_num(p[k]) for k in ("cooperation", "conflict", "score", "cumulative")]
                for t in report["timelines"] for p in t["points"]]
        undated = sum(t["undated"] for t in report["timelines"])
        per = report["timelines"][0]["period"] if report["timelines"] else "month"
        parts.append(f"timeline by {per}\n" + _table(["dyad", "period", "relations", "cooperation", "conflict", "score", "running"], rows)
                     + (f"\n({undated} relations from undated articles not shown)" if undated else ""))
    return "\n\n".join(parts)


def parse_dyad(text: str) -> tuple[str, str]:
    """``RUS,IND``, ``Russia,New Delhi`` (or ``RUS-IND``) -> its two sides as written
    (``resolve_dyad`` reads them as actors)."""
    for sep in (",", "-", " "):
        bits = [b.strip() for b in text.split(sep) if b.strip()]
        if len(bits) == 2:
            return bits[0], bits[1]
    raise InputError(f"cannot read {text!r} as a dyad; give two actors separated by a comma, such as RUS,IND or Russia,India")


def resolve_dyad(text: str, data) -> tuple[str, str]:
    """The two actor ids ``--dyad`` names, each side read by any of its names (kg.resolve)
    or by the id or label of an actor only the store knows (an official)."""
    from . import resolve

    known = {a.id: a.label for a in data.actors.values()}
    a, b = parse_dyad(text)
    return resolve.actor(a, "--dyad", graph=known), resolve.actor(b, "--dyad", graph=known)
