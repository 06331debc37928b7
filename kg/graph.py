"""From an Extraction to RDF quads: relation nodes, truthy triples, one named graph per article."""

from __future__ import annotations

import hashlib

from pyoxigraph import Literal, NamedNode, Quad
from rdflib.namespace import RDF, RDFS, XSD

from .extract import ActorRef, Extraction, Person, Relation
from .ontology import DCTERMS, DEFAULT_BASE, KG, KIND_CLASS, PROV, RELATION_TYPES

_XSD_DECIMAL = NamedNode(str(XSD.decimal))
_XSD_INTEGER = NamedNode(str(XSD.integer))
_XSD_DATE = NamedNode(str(XSD.date))
_TYPE = NamedNode(str(RDF.type))
_LABEL = NamedNode(str(RDFS.label))


def n(term) -> NamedNode:
    """An ontology term (rdflib URIRef from the closed namespace) as an Oxigraph node."""
    return NamedNode(str(term))


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


def _decimal(x: float) -> Literal:
    return Literal(f"{x:.2f}", datatype=_XSD_DECIMAL)


def _integer(x: int) -> Literal:
    return Literal(str(int(x)), datatype=_XSD_INTEGER)


def extraction_quads(ex: Extraction, base: str = DEFAULT_BASE) -> list[Quad]:
    """Every quad of one article: its claims in the article's own named graph, the
    description of the actors it names in the shared actors graph.

    Negated relations are not asserted: they stay in the extraction for inspection only.
    """
    art = ex.article
    g = article_iri(art.id, base)
    quads: list[Quad] = []

    shared = actors_graph(base)

    def add(s, p, o, graph: NamedNode = g) -> None:
        quads.append(Quad(s, p, o, graph))

    add(g, _TYPE, n(KG.Article))
    add(g, n(KG.fileName), Literal(art.name))
    if art.title:
        add(g, n(DCTERMS.title), Literal(art.title))
    if art.date:
        add(g, n(DCTERMS.date), Literal(art.date, datatype=_XSD_DATE))
    if art.source:
        add(g, n(DCTERMS.source), Literal(art.source))
    if art.url and art.url != art.source:
        try:
            add(g, n(RDFS.seeAlso), NamedNode(art.url))
        except ValueError:  # not a valid IRI: keep it as text
            add(g, n(RDFS.seeAlso), Literal(art.url))

    described: set[str] = set()

    def describe(ref: ActorRef) -> NamedNode:
        node = actor_iri(ref, base)
        if node.value not in described:
            described.add(node.value)
            add(node, _TYPE, n(KIND_CLASS[ref.kind]), shared)
            add(node, _LABEL, Literal(ref.label), shared)
            add(node, n(KG.actorId), Literal(ref.id), shared)
        return node

    def describe_person(p: Person) -> NamedNode:
        node = describe(p.ref())
        if p.actor and (node.value + "|actsFor") not in described:
            described.add(node.value + "|actsFor")
            add(node, n(KG.actsFor), describe(ActorRef(p.actor, _label(ex, p.actor), _kind(ex, p.actor))))
            if p.role:
                add(node, n(KG.roleTitle), Literal(p.role))
        return node

    for p in ex.persons.values():
        describe_person(p)

    def relation_node(r: Relation, asserted: bool = True) -> NamedNode:
        node = relation_iri(art.id, r, base)
        if node.value in described:
            return node
        described.add(node.value)
        rt = RELATION_TYPES[r.type]
        subj = describe(r.subject)
        # the object of an objection or accusation is described, not asserted: no truthy triple
        obj = relation_node(r.object, asserted=False) if isinstance(r.object, Relation) else describe(r.object)
        add(node, _TYPE, n(KG[rt.cls]))
        add(node, n(KG.relationType), Literal(r.type))
        add(node, n(KG.subject), subj)
        add(node, n(KG.object), obj)
        if r.mode:
            add(node, n(KG.mode), Literal(r.mode))
        if r.context:
            add(node, n(KG.context), Literal(r.context))
        if r.speaker is not None:
            add(node, n(KG.speaker), describe_person(r.speaker))
        if r.modality:
            add(node, n(KG.modality), Literal(r.modality))
        add(node, n(KG.confidence), _decimal(r.confidence))
        add(node, n(KG.evidence), Literal(r.evidence))
        add(node, n(KG.startOffset), _integer(r.start))
        add(node, n(KG.endOffset), _integer(r.end))
        add(node, n(PROV.wasDerivedFrom), g)
        if asserted:
            # the truthy triple, so that simple questions stay simple
            add(subj, n(KG[rt.prop]), obj)
        return node

    for r in ex.asserted:
        relation_node(r)
    # the same triple written twice (two sentences naming one actor) is one quad
    return list(dict.fromkeys(quads))


def _label(ex: Extraction, actor_id: str) -> str:
    ref = ex.actors.get(actor_id)
    return ref.label if ref else actor_id


def _kind(ex: Extraction, actor_id: str) -> str:
    ref = ex.actors.get(actor_id)
    return ref.kind if ref else "Country"

