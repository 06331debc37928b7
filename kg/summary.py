"""The summary graph: counts derived from the relation nodes, kept exact at each ingest.

Aggregate questions (how many relations of each type, the balance of each dyad, actors by
degree, the most-attested relations) would otherwise read every relation node, which at a
million relations takes seconds to minutes. Instead, every asserted relation between two
actors links to its *tie* (``kg:tie``): one node per (subject, type, object) in the summary
graph. An objection (IND REJECT (RUS AID PAK)) counts towards the tie between the objector
and whoever does what it objects to (IND REJECT RUS; ``kg.graph.tie_ends``), as ``kg
analyze`` reads it, so that every surface counts the same relations. A new article is marked ``kg:pending`` there, and replacing an article marks the ties
of its old graph ``kg:stale``, in the same transaction as the article
(``GraphStore.replace_graph``), so a crash can leave the summary late but never wrong for
good. ``refresh`` then adds the pending articles' relations to their ties, recounts the
stale ties from all their relations, and moves what depends on them by the difference
between each tie's old and new figures:

- each tie: ``kg:relationCount`` (relation nodes), ``kg:articleCount`` (articles),
  ``kg:firstDate``, ``kg:lastDate`` and ``kg:latestRelation`` (the relation of the latest
  article); a tie left with no relation is removed;
- each unordered pair of actors with a tie (``kg:Dyad``, ``kg:firstActor`` before
  ``kg:secondActor`` by IRI): ``kg:relationCount``, the relations of each PLOVER quad class
  (``kg:verbalCooperationCount`` ...) and their ``kg:balance`` (cooperation minus conflict);
  a dyad left with no relation is removed;
- each actor of such a pair: ``kg:degree`` (how many dyads it is in) and
  ``kg:relationCount``;
- each relation type, on its class (``kg:Aid``): ``kg:ploverType``, ``kg:relationCount``
  and ``kg:tieCount``, and ``kg:objectionCount``, how many of its relations are
  objections to another relation (recounted: they are few); an article with objections
  marks the classes of their types stale;
- ``kg:rank`` 1..100 on the most-attested ties (most articles, then most relations, then by
  subject, type and object id), merged from the previous ranking when no ranked tie lost
  support, recomputed over every tie when one did.

All of it is written with one SPARQL update, so readers see the old summary or the new one.
For a first load into an empty store, ``SummaryBuilder`` computes the same figures from the
extractions as they stream past and writes them once (``kg.pipeline.bulk_ingest``).
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .counts import MODAL, relations
from .extraction import ActorRef, Extraction, Relation
from .graph import actor_iri, article_iri, lit, mint, relation_iri, summary_graph, tie_ends, tie_iri
from .ontology import DEFAULT_BASE, KG, KG_URI, RELATION_TYPES

TOP = 100  #: how many ties carry a kg:rank

_QUAD_COUNT = {
    "verbal cooperation": "verbalCooperationCount",
    "material cooperation": "materialCooperationCount",
    "verbal conflict": "verbalConflictCount",
    "material conflict": "materialConflictCount",
}
_COOPERATIVE = {"verbal cooperation", "material cooperation"}
_DYAD_FIGURES = ("relationCount", *_QUAD_COUNT.values())
_INT = "^^<http://www.w3.org/2001/XMLSchema#integer>"
_DATE = "^^<http://www.w3.org/2001/XMLSchema#date>"
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
#: what refresh rewrites on a stale tie (its description stays)
_TIE_FIGURES = ("relationCount", "modalCount", "articleCount", "firstDate", "lastDate", "latestRelation", "stale")
#: what refresh rewrites on a dyad or an actor
_DERIVED = ("degree", "relationCount", "balance", *_QUAD_COUNT.values())
#: Every predicate of the summary graph: derived from the relations, so never taken from a
#: file (``kg.interop.load_file`` keeps only which ties exist, and recounts them)
SUMMARY_PREDICATES = frozenset(str(KG[p]) for p in (
    *_TIE_FIGURES, *_DERIVED, "rank", "pending", "tieCount", "objectionCount", "ploverType",
    "firstActor", "secondActor", "tieSubject", "tieType", "tieObject"))
#: The classes of the summary graph's nodes.
SUMMARY_CLASSES = frozenset({str(KG.Tie), str(KG.Dyad)})
_PREFIX = (
    f"PREFIX kg: <{KG_URI}>\n"
    "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
    "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
)


@dataclass
class TieStats:
    """The figures of one tie; actors are IRIs."""

    subject: str
    type: str
    object: str
    relations: int = 0
    articles: int = 0
    first: str | None = None
    last: str | None = None
    latest: str | None = None  # relation IRI
    modal: int = 0  # of its relations, those announced for later or only possible (kg.counts.MODAL)

    @property
    def done(self) -> int:
        """Its relations reported as done: what the dyads' quad classes and balance count."""
        return self.relations - self.modal

    def rank_key(self) -> tuple:
        return (-self.articles, -self.relations, _actor_id(self.subject), self.type, _actor_id(self.object))


@dataclass
class RefreshReport:
    """What a refresh did."""

    ties: int = 0  # recounted
    removed: int = 0  # left with no relation
    dyads: int = 0
    actors: int = 0
    full_rank: bool = False
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)


def _actor_id(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _int(n: int) -> str:
    return f'"{int(n)}"{_INT}'


def _kg(local: str) -> str:
    return f"<{KG[local]}>"  # (a name outside the closed namespace raises)


def dyad_iri(x: str, y: str, base: str = DEFAULT_BASE) -> str:
    """The dyad node of two actor IRIs (in either order)."""
    x, y = sorted((x, y))
    return mint("dyad", hashlib.sha1(f"{x}|{y}".encode()).hexdigest()[:20], base).value


# --------------------------------------------------------------------------- the figures as triples


class _Lines:
    """Triples of the summary graph as N-Triples text."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def put(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"<{s}> {_kg(p)} {o} .")

    def tie(self, t: str, tie: TieStats, describe: bool) -> None:
        if describe:
            self.lines.append(f"<{t}> {_RDF_TYPE} {_kg('Tie')} .")
            self.put(t, "tieSubject", f"<{tie.subject}>")
            self.put(t, "tieType", lit(tie.type))
            self.put(t, "tieObject", f"<{tie.object}>")
        self.put(t, "relationCount", _int(tie.relations))
        if tie.modal:
            self.put(t, "modalCount", _int(tie.modal))
        self.put(t, "articleCount", _int(tie.articles))
        if tie.first:
            self.put(t, "firstDate", f'"{tie.first}"{_DATE}')
        if tie.last:
            self.put(t, "lastDate", f'"{tie.last}"{_DATE}')
        if tie.latest:
            self.put(t, "latestRelation", f"<{tie.latest}>")

    def dyad(self, x: str, y: str, ties: Iterable[TieStats], base: str) -> None:
        """The dyad of ``x`` and ``y`` from all their ties."""
        figures = dict.fromkeys(_DYAD_FIGURES, 0)
        for tie in ties:
            figures["relationCount"] += tie.relations
            quad = RELATION_TYPES[tie.type].quad_class
            if quad:
                figures[_QUAD_COUNT[quad]] += tie.done
        self.dyad_figures(x, y, figures, base)

    def dyad_figures(self, x: str, y: str, figures: dict[str, int], base: str) -> None:
        """A dyad's node from its relations in all and by quad class; none when it has none."""
        if figures["relationCount"] <= 0:
            return
        node = dyad_iri(x, y, base)
        first, second = sorted((x, y))
        self.lines.append(f"<{node}> {_RDF_TYPE} {_kg('Dyad')} .")
        self.put(node, "firstActor", f"<{first}>")
        self.put(node, "secondActor", f"<{second}>")
        for p in _DYAD_FIGURES:
            self.put(node, p, _int(figures[p]))
        balance = sum(figures[_QUAD_COUNT[q]] * (1 if q in _COOPERATIVE else -1) for q in _QUAD_COUNT)
        self.put(node, "balance", _int(balance))

    def actor_figures(self, actor: str, degree: int, relations: int) -> None:
        if degree > 0:
            self.put(actor, "degree", _int(degree))
            self.put(actor, "relationCount", _int(relations))

    def actor(self, actor: str, dyad_totals: list[int]) -> None:
        self.actor_figures(actor, len(dyad_totals), sum(dyad_totals))

    def rtype(self, rtype: str, relations: int, ties: int) -> None:
        node = str(KG[RELATION_TYPES[rtype].cls])
        if ties:
            self.put(node, "ploverType", lit(rtype))
            self.put(node, "relationCount", _int(relations))
            self.put(node, "tieCount", _int(ties))

    def objections(self, rtype: str, n: int) -> None:
        node = str(KG[RELATION_TYPES[rtype].cls])
        if n:
            self.put(node, "ploverType", lit(rtype))
            self.put(node, "objectionCount", _int(n))

    def ranks(self, ranked: list[str]) -> None:
        for i, t in enumerate(ranked, 1):
            self.put(t, "rank", _int(i))

    def text(self) -> str:
        return "\n".join(self.lines)


# --------------------------------------------------------------------------- a first load


class SummaryBuilder:
    """The summary of extractions written into an empty store, computed as they stream past."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base
        self.ties: dict[str, TieStats] = {}
        self._articles: dict[str, set[str]] = defaultdict(set)
        self._latest: dict[str, tuple[str, str, int, Relation]] = {}
        self.objections: dict[str, int] = defaultdict(int)

    def add(self, ex: Extraction) -> None:
        art = article_iri(ex.article.id, self.base).value
        date = ex.article.date or ""
        for r in relations(ex):
            if not isinstance(r.object, ActorRef):
                self.objections[r.type] += 1
            first, second = tie_ends(r)
            t = tie_iri(first.id, r.type, second.id, self.base).value
            tie = self.ties.get(t)
            if tie is None:
                tie = self.ties[t] = TieStats(actor_iri(first, self.base).value, r.type, actor_iri(second, self.base).value)
            tie.relations += 1
            tie.modal += r.modality in MODAL
            self._articles[t].add(art)
            # the latest article's relation; the IRI is made only for the one that stays
            key = (date, ex.article.id, r.start, r)
            if t not in self._latest or key[:3] > self._latest[t][:3]:
                self._latest[t] = key
            if date and (tie.first is None or date < tie.first):
                tie.first = date

    def nquads(self) -> str:
        """The whole summary graph as N-Quads."""
        out = _Lines()
        by_pair: dict[tuple[str, str], list[TieStats]] = defaultdict(list)
        by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for t, tie in self.ties.items():
            tie.articles = len(self._articles[t])
            date, article_id, _, r = self._latest[t]
            tie.last, tie.latest = date or None, relation_iri(article_id, r, self.base).value
            out.tie(t, tie, describe=True)
            by_pair[tuple(sorted((tie.subject, tie.object)))].append(tie)
            by_type[tie.type][0] += tie.relations
            by_type[tie.type][1] += 1
        per_actor: dict[str, list[int]] = defaultdict(list)
        for (x, y), ties in by_pair.items():
            out.dyad(x, y, ties, self.base)
            total = sum(tie.relations for tie in ties)
            per_actor[x].append(total)
            per_actor[y].append(total)
        for actor, totals in per_actor.items():
            out.actor(actor, totals)
        for rtype, (count, ties) in by_type.items():
            out.rtype(rtype, count, ties)
        for rtype, n in self.objections.items():
            out.objections(rtype, n)
        out.ranks(sorted(self.ties, key=lambda t: self.ties[t].rank_key())[:TOP])
        g = f"<{summary_graph(self.base).value}>"
        return "".join(f"{line[:-1]}{g} .\n" for line in out.lines)


# --------------------------------------------------------------------------- keeping it up to date


def _select(store, sparql: str):
    return store.query(_PREFIX + sparql)


def refresh(store, base: str = DEFAULT_BASE) -> RefreshReport:
    """Bring the summary graph up to date with the relation nodes (see the module text).

    ``store`` is a GraphStore or a RemoteStore: anything with ``query`` and ``update``.
    Does nothing, cheaply, when nothing is pending or stale.
    """
    clock = time.perf_counter
    started = clock()
    report = RefreshReport()
    S = f"<{summary_graph(base).value}>"

    # -- the stale ties, with the figures they had before
    stale: dict[str, TieStats] = {}
    before: dict[str, TieStats] = {}
    for row in _select(store, """
        SELECT ?t ?s ?type ?o ?n ?na ?m WHERE {
          ?t kg:stale ?x ; kg:tieSubject ?s ; kg:tieType ?type ; kg:tieObject ?o .
          OPTIONAL { ?t kg:relationCount ?n } OPTIONAL { ?t kg:articleCount ?na } OPTIONAL { ?t kg:modalCount ?m } }"""):
        t = row["t"].value
        stale[t] = TieStats(row["s"].value, row["type"].value, row["o"].value)
        if row["n"] is not None:
            before[t] = TieStats(stale[t].subject, stale[t].type, stale[t].object, int(row["n"].value), int(row["na"].value),
                                 modal=int(row["m"].value) if row["m"] is not None else 0)
    stale_classes = list(_select(store, """
        SELECT ?c WHERE { ?c kg:stale ?x FILTER NOT EXISTS { ?c kg:tieType ?t } }"""))
    pending = [row["a"].value for row in _select(store, "SELECT ?a WHERE { ?a kg:pending ?x }")]
    report.timings["read stale"] = clock() - started
    if not stale and not stale_classes and not pending:
        report.seconds = clock() - started
        return report
    out = _Lines()
    parts: list[str] = []
    # every class's figures are written anew below
    parts += _deletes(S, [str(KG[rt.cls]) for rt in RELATION_TYPES.values()],
                      [_kg(p) for p in ("ploverType", "relationCount", "tieCount", "objectionCount", "stale")])
    if not stale and not pending:
        _types(store, {}, out)
        parts.append(f"INSERT DATA {{ GRAPH {S} {{ {out.text()} }} }}")
        store.update(_PREFIX + " ;\n".join(parts))
        report.seconds = clock() - started
        return report

    # -- recount them from the relation nodes that link to them
    t0 = clock()
    values = " ".join(f"<{t}>" for t in stale)
    tally = _Tally(_select(store, f"""
        SELECT ?t ?r ?a ?start ?date ?modality WHERE {{
          VALUES ?t {{ {values} }}
          ?r kg:tie ?t ; prov:wasDerivedFrom ?a ; kg:startOffset ?start .
          OPTIONAL {{ ?a dcterms:date ?date }} OPTIONAL {{ ?r kg:modality ?modality }} }}"""))
    after: dict[str, TieStats] = {}
    for t, tie in stale.items():
        if t in tally.relations:
            after[t] = tally.stats(t, tie)
    report.timings["recount ties"] = clock() - t0

    # -- ties that new articles only add to: their figures plus what the articles bring
    t0 = clock()
    if pending:
        _add_pending(store, pending, stale, before, after)
        parts += _deletes(S, pending, [_kg("pending")])
    removed = [t for t in stale if t not in after]
    report.ties, report.removed = len(stale), len(removed)
    report.timings["add new articles"] = clock() - t0

    for t, tie in after.items():
        out.tie(t, tie, describe=False)

    # -- the dyads and actors of the stale ties: their figures, plus what the stale ties changed
    t0 = clock()
    pairs = {tuple(sorted((tie.subject, tie.object))) for tie in stale.values()}
    change: dict[tuple[str, str], dict[str, int]] = {pair: dict.fromkeys(_DYAD_FIGURES, 0) for pair in pairs}
    for t, tie in stale.items():
        d = (after[t].relations if t in after else 0) - (before[t].relations if t in before else 0)
        c = change[tuple(sorted((tie.subject, tie.object)))]
        c["relationCount"] += d
        quad = RELATION_TYPES[tie.type].quad_class
        if quad:  # the quad classes (and the balance) count the relations reported as done
            c[_QUAD_COUNT[quad]] += (after[t].done if t in after else 0) - (before[t].done if t in before else 0)
    dyads = {dyad_iri(x, y, base): (x, y) for x, y in pairs}
    old_dyads = _figures(store, list(dyads), _DYAD_FIGURES)
    by_actor: dict[str, list[tuple[int, int]]] = defaultdict(list)  # (relations before, after) of its changed dyads
    gone: list[str] = []  # dyads left without a relation
    for node, (x, y) in dyads.items():
        was = old_dyads.get(node, {})
        now = {p: was.get(p, 0) + change[(x, y)][p] for p in _DYAD_FIGURES}
        out.dyad_figures(x, y, now, base)
        if now["relationCount"] <= 0:
            gone.append(node)
        for a in (x, y):
            by_actor[a].append((was.get("relationCount", 0), now["relationCount"]))
    report.dyads = len(pairs)
    actors = set(by_actor)
    old_actors = _figures(store, list(actors), ("degree", "relationCount"))
    for a, changes in by_actor.items():
        was = old_actors.get(a, {})
        degree = was.get("degree", 0) + sum((n > 0) - (o > 0) for o, n in changes)
        relations = was.get("relationCount", 0) + sum(n - o for o, n in changes)
        out.actor_figures(a, degree, relations)
    report.actors = len(actors)
    report.timings["dyads and actors"] = clock() - t0

    # -- relation types: ties by difference from what the stale ties held; objections
    # (relations whose object is a relation, without a tie) recounted, they are few
    delta: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for t, tie in stale.items():
        old, new = before.get(t), after.get(t)
        delta[tie.type][0] += (new.relations if new else 0) - (old.relations if old else 0)
        delta[tie.type][1] += (1 if new else 0) - (1 if old else 0)
    _types(store, delta, out)
    report.timings["derive"] = clock() - t0

    # -- ranks: merged with the old ranking unless a ranked tie lost support
    t0 = clock()
    ranked = _ties(store, "?t kg:rank ?rank .")
    lost = any(t not in after or after[t].rank_key() > ranked[t].rank_key() for t in ranked if t in stale)
    if lost:
        candidates = _ties(store, "?t a kg:Tie .")
        report.full_rank = True
    else:
        candidates = dict(ranked)
    for t in stale:
        candidates.pop(t, None)
    candidates.update(after)
    top = sorted(candidates, key=lambda t: candidates[t].rank_key())[:TOP]
    out.ranks(top)
    report.timings["rank"] = clock() - t0

    # -- one update: out with the old figures, in with the new
    t0 = clock()
    parts += _deletes(S, list(stale), [_kg(p) for p in _TIE_FIGURES])
    parts.append(f"DELETE {{ GRAPH {S} {{ ?t {_kg('rank')} ?v }} }} WHERE {{ GRAPH {S} {{ ?t {_kg('rank')} ?v }} }}")
    parts += _deletes(S, list(dyads) + sorted(actors), [_kg(p) for p in _DERIVED])
    # a dyad's type and actors never change while it lasts (deleting the type of every
    # touched dyad took seconds at a million relations): only the dyads gone lose them
    parts += _deletes(S, gone, [_kg("firstActor"), _kg("secondActor")])
    parts += _deletes(S, gone, [_RDF_TYPE], value=_kg("Dyad"))
    if removed:
        parts += _deletes(S, removed, [_RDF_TYPE, *(_kg(p) for p in ("tieSubject", "tieType", "tieObject"))])
    parts.append(f"INSERT DATA {{ GRAPH {S} {{ {out.text()} }} }}")
    store.update(_PREFIX + " ;\n".join(parts))
    report.timings["write"] = clock() - t0
    report.seconds = clock() - started
    return report


def _deletes(S: str, nodes: list[str], predicates: list[str], value: str | None = None) -> list[str]:
    """Updates that delete, in the summary graph, each predicate's triples on ``nodes``.

    One operation per predicate: with the predicate fixed Oxigraph looks each node up,
    while ``GRAPH <g> { ?n ?p ?v }`` under a VALUES block ran for minutes at a million
    relations.
    """
    if not nodes:
        return []
    values = " ".join(f"<{n}>" for n in nodes)
    v = value or "?v"
    return [
        f"DELETE {{ GRAPH {S} {{ ?n {p} {v} }} }} WHERE {{ VALUES ?n {{ {values} }} GRAPH {S} {{ ?n {p} {v} }} }}"
        for p in predicates
    ]


class _Tally:
    """The relations, articles, first date and latest relation of ties, from rows of
    (?t tie, ?r relation, ?a article, ?start offset, ?date), leaving out the ties in ``skip``."""

    def __init__(self, rows, skip: dict | set = frozenset()) -> None:
        self.relations: dict[str, set[str]] = defaultdict(set)
        self.articles: dict[str, set[str]] = defaultdict(set)
        self.latest: dict[str, tuple[str, str, int, str]] = {}
        self.first: dict[str, str] = {}
        self.modal: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            t, r, a = row["t"].value, row["r"].value, row["a"].value
            if t in skip:
                continue
            d = row["date"].value if row["date"] is not None else ""
            self.relations[t].add(r)
            if row["modality"] is not None and row["modality"].value in MODAL:
                self.modal[t].add(r)
            self.articles[t].add(a)
            key = (d, _actor_id(a), int(row["start"].value), r)  # as SummaryBuilder orders them
            if t not in self.latest or key[:3] > self.latest[t][:3]:
                self.latest[t] = key
            if d and (t not in self.first or d < self.first[t]):
                self.first[t] = d

    def stats(self, t: str, tie: TieStats) -> TieStats:
        """``tie`` with the figures of its rows."""
        tie.relations, tie.articles, tie.modal = len(self.relations[t]), len(self.articles[t]), len(self.modal[t])
        tie.first, tie.last, tie.latest = self.first.get(t), self.latest[t][0] or None, self.latest[t][3]
        return tie


def _add_pending(store, pending: list[str], stale: dict[str, TieStats], before: dict[str, TieStats],
                 after: dict[str, TieStats]) -> None:
    """Add the relations of the ``pending`` articles to the ties they link to, except the
    ties recounted in full (``stale``), which already include them; the ties added to join
    ``stale``, ``before`` and ``after`` as if they had been recounted."""
    values = " ".join(f"<{a}>" for a in pending)
    tally = _Tally(_select(store, f"""
        SELECT ?t ?r ?a ?start ?date ?modality WHERE {{ VALUES ?a {{ {values} }}
          ?r prov:wasDerivedFrom ?a ; kg:tie ?t ; kg:startOffset ?start .
          OPTIONAL {{ ?a dcterms:date ?date }} OPTIONAL {{ ?r kg:modality ?modality }} }}"""), skip=stale)
    if not tally.relations:
        return
    ties = list(tally.relations)
    text = _texts(store, ties, ("tieSubject", "tieType", "tieObject", "firstDate", "lastDate", "latestRelation"))
    counts = _figures(store, ties, ("relationCount", "articleCount", "modalCount"))
    # where the old latest relation stands, to compare it with the new ones as the builder does
    olds = [v["latestRelation"] for v in text.values() if "latestRelation" in v]
    where = _texts(store, olds, ("startOffset",), prov_article=True)
    for t in ties:
        desc, was = text.get(t, {}), counts.get(t, {})
        tie = TieStats(desc["tieSubject"], desc["tieType"], desc["tieObject"])
        stale[t] = tie
        gained = tally.stats(t, TieStats(tie.subject, tie.type, tie.object))
        new = TieStats(tie.subject, tie.type, tie.object,
                       was.get("relationCount", 0) + gained.relations, was.get("articleCount", 0) + gained.articles,
                       modal=was.get("modalCount", 0) + gained.modal)
        if was:
            before[t] = TieStats(tie.subject, tie.type, tie.object, was.get("relationCount", 0), was.get("articleCount", 0),
                                 modal=was.get("modalCount", 0))
        firsts = [d for d in (desc.get("firstDate"), gained.first) if d]
        new.first = min(firsts) if firsts else None
        best = tally.latest[t]
        if "latestRelation" in desc:
            lr = desc["latestRelation"]
            at = where.get(lr, {})
            old_key = (desc.get("lastDate", ""), _actor_id(at.get("article", "")), int(at.get("startOffset", "-1")), lr)
            if old_key[:3] >= best[:3]:
                best = old_key
        new.last, new.latest = best[0] or None, best[3]
        after[t] = new


def _texts(store, nodes: list[str], props: Iterable[str], prov_article: bool = False) -> dict[str, dict[str, str]]:
    """Values of ``nodes``' properties as text, one query per property (a single pattern under
    VALUES is looked up node by node; several are evaluated over the whole store); with
    ``prov_article``, also the article each node (a relation) was derived from."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    if not nodes:
        return out
    values = " ".join(f"<{n}>" for n in nodes)
    pairs = [(p, f"kg:{p}") for p in props] + ([("article", "prov:wasDerivedFrom")] if prov_article else [])
    for name, pred in pairs:
        for row in _select(store, f"SELECT ?n ?v WHERE {{ VALUES ?n {{ {values} }} ?n {pred} ?v }}"):
            out[row["n"].value][name] = row["v"].value
    return out


def _figures(store, nodes: list[str], props: Iterable[str]) -> dict[str, dict[str, int]]:
    """Integer figures of ``nodes`` in the summary graph (see ``_texts``)."""
    return {n: {p: int(v) for p, v in values.items()} for n, values in _texts(store, nodes, props).items()}


def _types(store, delta: dict[str, list[int]], out: _Lines) -> None:
    """Every relation type's figures, written anew: ties from their stored figures plus
    ``delta`` (relations, ties), objections counted."""
    now = {row["type"].value: (int(row["n"].value), int(row["k"].value)) for row in _select(store, """
        SELECT ?type ?n ?k WHERE { ?c kg:ploverType ?type ; kg:relationCount ?n ; kg:tieCount ?k }""")}
    objections = {row["type"].value: int(row["n"].value) for row in _select(store, """
        SELECT ?type (COUNT(?r) AS ?n) WHERE { ?e a kg:EmbeddedRelation . ?r kg:object ?e ; kg:relationType ?type }
        GROUP BY ?type""")}
    for rtype in RELATION_TYPES:
        n, k = now.get(rtype, (0, 0))
        dn, dk = delta.get(rtype, (0, 0))
        out.rtype(rtype, n + dn, k + dk)
        out.objections(rtype, objections.get(rtype, 0))


def _ties(store, pattern: str) -> dict[str, TieStats]:
    out = {}
    for row in _select(store, f"""
        SELECT ?t ?s ?type ?o ?n ?na WHERE {{ {pattern}
          ?t kg:tieSubject ?s ; kg:tieType ?type ; kg:tieObject ?o ; kg:relationCount ?n ; kg:articleCount ?na }}"""):
        out[row["t"].value] = TieStats(row["s"].value, row["type"].value, row["o"].value, int(row["n"].value), int(row["na"].value))
    return out
