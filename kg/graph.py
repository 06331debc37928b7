"""From an Extraction to RDF: relation nodes, truthy triples, ties, one named graph per article, as N-Quads."""

from __future__ import annotations

import hashlib

from pyoxigraph import NamedNode, Quad, RdfFormat, parse
from rdflib.namespace import RDF, RDFS, XSD

from .extraction import ActorRef, Extraction, Person, Relation
from .ontology import DCTERMS, DEFAULT_BASE, KG, KIND_CLASS, PROV, RELATION_TYPES



def mint(kind: str, key: str, base: str = DEFAULT_BASE) -> NamedNode:
    """The IRI of an entity: ``actor/RUS``, ``person/sergei-lavrov``, ``article/<id>``, ``relation/<hash>``."""
    return NamedNode(f"{base}{kind}/{key}")


def actor_iri(ref: ActorRef, base: str = DEFAULT_BASE) -> NamedNode:
    return mint("person" if ref.kind == "Person" else "actor", ref.id, base)


def article_iri(article_id: str, base: str = DEFAULT_BASE) -> NamedNode:
    return mint("article", article_id, base)


def actors_graph(base: str = DEFAULT_BASE) -> NamedNode:
    """The one named graph that describes actors (type, label, id), shared by all articles.

    Kept apart so that a triple such as an actor's label exists once however many
    articles name the actor: counts over the union of graphs stay exact.
    """
    return mint("graph", "actors", base)


def relation_iri(article_id: str, r: Relation, base: str = DEFAULT_BASE) -> NamedNode:
    """Stable across runs: the same article, sentence and edge give the same node."""
    key = f"{article_id}|{r.start}|{r.key()!r}"
    return mint("relation", hashlib.sha1(key.encode("utf-8")).hexdigest()[:20], base)


def calendar_graph(base: str = DEFAULT_BASE) -> NamedNode:
    """The one named graph of the days that articles are dated, shared by all articles.

    A date-range question reads the few thousand days of the calendar instead of the dates
    of every article, then the articles published on the days in range (kg:publishedOn,
    written in each article's own graph, so that replacing the article moves it).
    """
    return mint("graph", "calendar", base)


def day_iri(date: str, base: str = DEFAULT_BASE) -> NamedNode:
    """The day an article is dated, ``day/2021-04-15``: one node however many articles."""
    return mint("day", date, base)


def summary_graph(base: str = DEFAULT_BASE) -> NamedNode:
    """The named graph of derived counts (ties, dyads, per-actor and per-type figures),
    kept up to date by ``kg.summary.refresh`` so that aggregate questions read a few
    thousand nodes instead of every relation."""
    return mint("graph", "summary", base)


def tie_iri(subject: str, rtype: str, obj: str, base: str = DEFAULT_BASE) -> NamedNode:
    """The tie of (subject actor id, type, object actor id): every asserted relation of that
    type between the two, counted once in the summary graph."""
    key = f"{subject}|{rtype}|{obj}"
    return mint("tie", hashlib.sha1(key.encode("utf-8")).hexdigest()[:20], base)


def tie_ends(r: Relation) -> tuple[ActorRef, ActorRef] | None:
    """The (subject, object) of the tie ``r`` counts towards: as written, except that a
    symmetric type (PARTNER, RIVAL, AGREE ...) puts the lesser actor id first, so that
    "Russia and India are partners" and "India and Russia are partners" share one tie.

    An objection ("India opposes Russia's supply of arms to Pakistan", IND REJECT (RUS AID
    PAK)) counts towards the tie between the objector and whoever does what it objects to
    (IND REJECT RUS), as ``kg analyze`` reads it, or when that is the objector itself
    ("Russia denied supplying arms to Pakistan") towards whom it is done to (RUS REJECT
    PAK); None only when neither is another actor."""
    obj = r.object
    while isinstance(obj, Relation):
        inner = obj
        obj = inner.subject
        if obj.id == r.subject.id:
            obj = inner.object
    if not isinstance(obj, ActorRef) or obj.id == r.subject.id:
        return None
    if RELATION_TYPES[r.type].symmetric and obj.id < r.subject.id:
        return obj, r.subject
    return r.subject, obj


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_P = {  # predicate IRIs as N-Quads text, made once
    "type": f"<{RDF.type}>",
    "label": f"<{RDFS.label}>",
    "seeAlso": f"<{RDFS.seeAlso}>",
    "title": f"<{DCTERMS.title}>",
    "date": f"<{DCTERMS.date}>",
    "source": f"<{DCTERMS.source}>",
    "creator": f"<{DCTERMS.creator}>",
    "derived": f"<{PROV.wasDerivedFrom}>",
    **{t: f"<{KG[t]}>" for t in (
        "fileName", "actorId", "actsFor", "roleTitle", "relationType", "subject", "object", "mode", "context",
        "speaker", "modality", "confidence", "evidence", "startOffset", "endOffset", "tie", "tieSubject",
        "tieType", "tieObject", "stale", "pending", "Article", "Tie", "EmbeddedRelation", "Day", "dayDate",
        "publishedOn", "groupOf", "sector",
    )},
}
_CLASS = {name: f"<{KG[rt.cls]}>" for name, rt in RELATION_TYPES.items()}
_TRUTHY = {name: f"<{KG[rt.prop]}>" for name, rt in RELATION_TYPES.items()}
_KIND = {kind: f"<{cls}>" for kind, cls in KIND_CLASS.items()}
_DEC = f"^^<{XSD.decimal}>"
_INT = f"^^<{XSD.integer}>"
_DATE = f"^^<{XSD.date}>"
_TRUE = f'"true"^^<{XSD.boolean}>'


def lit(text: str) -> str:
    """A plain string literal as N-Quads text."""
    return f'"{text.translate(_ESCAPES)}"'


def extraction_nquads(ex: Extraction, base: str = DEFAULT_BASE, *, ties: bool = True,
                      described: set[str] | None = None) -> str:
    """Every quad of one article as N-Quads text: its claims in the article's own named
    graph, the actors it names in the shared actors graph, the day it is dated in the
    shared calendar graph, and its ties in the summary graph (``kg.summary.refresh``
    counts them).

    Each relation the article asserts is a node with its evidence and provenance, a link
    to its tie, and a truthy triple between the two actors. The object of an objection or
    accusation is a node too, typed ``kg:EmbeddedRelation``, with no tie and no truthy
    triple: the article reports it, it does not assert it. The article is marked
    ``kg:pending`` in the summary graph until ``kg.summary.refresh`` has added it up. Negated relations are not
    written at all; they stay in the extraction for inspection.

    For a bulk load, ``ties=False`` leaves the tie nodes to ``kg.summary.SummaryBuilder``
    (the relations still link to them), and ``described``, a set kept across articles,
    skips actors and days already written to the shared graphs.
    """
    art = ex.article
    g = f"<{article_iri(art.id, base).value}>"
    shared = f"<{actors_graph(base).value}>"
    calendar = f"<{calendar_graph(base).value}>"
    summary = f"<{summary_graph(base).value}>"
    P = _P
    lines: list[str] = []
    add = lines.append

    add(f"{g} {P['type']} {P['Article']} {g} .")
    add(f"{g} {P['fileName']} {lit(art.name)} {g} .")
    if art.title:
        add(f"{g} {P['title']} {lit(art.title)} {g} .")
    described = set() if described is None else described
    if art.date:
        add(f'{g} {P["date"]} "{art.date}"{_DATE} {g} .')
        day = f"<{day_iri(art.date, base).value}>"
        add(f"{g} {P['publishedOn']} {day} {g} .")
        if day not in described:
            described.add(day)
            add(f"{day} {P['type']} {P['Day']} {calendar} .")
            add(f'{day} {P["dayDate"]} "{art.date}"{_DATE} {calendar} .')
    if art.source:
        add(f"{g} {P['source']} {lit(art.source)} {g} .")
    if art.author:
        add(f"{g} {P['creator']} {lit(art.author)} {g} .")
    if art.url and art.url != art.source:
        try:
            add(f"{g} {P['seeAlso']} {NamedNode(art.url)} {g} .")
        except ValueError:  # not a valid IRI: keep it as text
            add(f"{g} {P['seeAlso']} {lit(art.url)} {g} .")

    own: set[str] = set()  # relation and tie nodes of this article

    def describe(ref: ActorRef) -> str:
        node = f"<{actor_iri(ref, base).value}>"
        if node not in described:
            described.add(node)
            add(f"{node} {P['type']} {_KIND[ref.kind]} {shared} .")
            add(f"{node} {P['label']} {lit(ref.label)} {shared} .")
            add(f"{node} {P['actorId']} {lit(ref.id)} {shared} .")
            if ref.kind == "Group":
                add(f"{node} {P['sector']} {lit(ref.sector)} {shared} .")
                add(f"{node} {P['groupOf']} {describe(ActorRef(ref.code, _label(ex, ref.code), 'Country'))} {shared} .")
        return node

    def describe_person(p: Person) -> str:
        node = describe(p.ref())
        if p.actor and (node + "|actsFor") not in described:
            described.add(node + "|actsFor")
            add(f"{node} {P['actsFor']} {describe(ActorRef(p.actor, _label(ex, p.actor), _kind(ex, p.actor)))} {shared} .")
            if p.role:
                add(f"{node} {P['roleTitle']} {lit(p.role)} {shared} .")
        return node

    for p in ex.persons.values():
        describe_person(p)

    def relation_node(r: Relation, asserted: bool = True) -> str:
        node = f"<{relation_iri(art.id, r, base).value}>"
        if node in own:
            return node
        own.add(node)
        subj = describe(r.subject)
        # the object of an objection or accusation is described, not asserted
        obj = relation_node(r.object, asserted=False) if isinstance(r.object, Relation) else describe(r.object)
        add(f"{node} {P['type']} {_CLASS[r.type]} {g} .")
        add(f"{node} {P['relationType']} \"{r.type}\" {g} .")
        add(f"{node} {P['subject']} {subj} {g} .")
        add(f"{node} {P['object']} {obj} {g} .")
        if r.mode:
            add(f"{node} {P['mode']} {lit(r.mode)} {g} .")
        if r.context:
            add(f"{node} {P['context']} {lit(r.context)} {g} .")
        if r.speaker is not None:
            add(f"{node} {P['speaker']} {describe_person(r.speaker)} {g} .")
        if r.modality:
            add(f"{node} {P['modality']} {lit(r.modality)} {g} .")
        add(f'{node} {P["confidence"]} "{r.confidence:.2f}"{_DEC} {g} .')
        add(f"{node} {P['evidence']} {lit(r.evidence)} {g} .")
        add(f'{node} {P["startOffset"]} "{int(r.start)}"{_INT} {g} .')
        add(f'{node} {P["endOffset"]} "{int(r.end)}"{_INT} {g} .')
        add(f"{node} {P['derived']} {g} {g} .")
        if not asserted:
            add(f"{node} {P['type']} {P['EmbeddedRelation']} {g} .")
            return node
        # the truthy triple, so that simple questions stay simple
        add(f"{subj} {_TRUTHY[r.type]} {obj} {g} .")
        if not isinstance(r.object, ActorRef) and ties:
            # an objection to a relation: its type's count of objections needs a recount
            add(f"{_CLASS[r.type]} {P['stale']} {_TRUE} {summary} .")
        ends = tie_ends(r)
        if ends is not None:
            # the tie between the two actors that this relation counts towards
            first, second = ends
            tie = f"<{tie_iri(first.id, r.type, second.id, base).value}>"
            add(f"{node} {P['tie']} {tie} {g} .")
            if ties and tie not in own:
                own.add(tie)
                add(f"{tie} {P['type']} {P['Tie']} {summary} .")
                add(f"{tie} {P['tieSubject']} {describe(first)} {summary} .")
                add(f'{tie} {P["tieType"]} "{r.type}" {summary} .')
                add(f"{tie} {P['tieObject']} {describe(second)} {summary} .")
        return node

    for r in ex.asserted:
        relation_node(r)
    if ties:  # its relations are still to be added to their ties' figures
        add(f"{g} {P['pending']} {_TRUE} {summary} .")
    # the same triple written twice (two sentences naming one actor) is one quad
    return "\n".join(dict.fromkeys(lines)) + "\n"


def extraction_quads(ex: Extraction, base: str = DEFAULT_BASE) -> list[Quad]:
    """The quads of ``extraction_nquads`` as Oxigraph objects."""
    return list(parse(extraction_nquads(ex, base), format=RdfFormat.N_QUADS))


def _label(ex: Extraction, actor_id: str) -> str:
    ref = ex.actors.get(actor_id)
    return ref.label if ref else actor_id


def _kind(ex: Extraction, actor_id: str) -> str:
    ref = ex.actors.get(actor_id)
    return ref.kind if ref else "Country"

