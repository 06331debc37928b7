"""A small graph built from hand-made extractions (no NLP), for exact query results."""

from __future__ import annotations

from kg.extraction import ActorRef, Extraction, Person, Relation
from kg.graph import article_iri, extraction_quads
from kg.ingest import Article
from kg.store import GraphStore
from kg.summary import refresh

STATES = {
    "RUS": "Russia", "IND": "India", "PAK": "Pakistan", "CHN": "China", "USA": "United States",
    "JPN": "Japan", "AUS": "Australia",
}
ORGS = {"SCO": "Shanghai Cooperation Organisation", "Quad": "Quadrilateral Security Dialogue"}


def ref(actor_id: str) -> ActorRef:
    if actor_id in ORGS:
        return ActorRef(actor_id, ORGS[actor_id], "Organisation")
    return ActorRef(actor_id, STATES[actor_id], "Country")


def rel(s: str, t: str, o, sentence: str, start: int, speaker: Person | None = None, **kw) -> Relation:
    obj = o if isinstance(o, Relation) else ref(o)
    return Relation(ref(s), t, obj, sentence, start, start + len(sentence), speaker=speaker, **kw)


LAVROV = Person("sergey-lavrov", "Sergei Lavrov", "RUS", "Foreign Minister")
WANG = Person("wang-yi", "Wang Yi", "CHN", "Foreign Minister")


def articles() -> list[Extraction]:
    """Three articles: a Russia-India-Pakistan story, a China-India story, a Quad story."""
    a1 = Article(id="a1", name="one.txt", text="...", title="Moscow and its partners", date="2021-04-15", source="Test Wire")
    a2 = Article(id="a2", name="two.txt", text="...", title="Beijing and New Delhi", date="2022-06-01", source="Test Wire")
    a3 = Article(id="a3", name="three.txt", text="...", title="The Quad meets", date="2023-03-03")
    aid = rel("RUS", "AID", "PAK", "Lavrov said Russia will supply Pakistan.", 0, LAVROV, mode="military", context="counterterrorism")
    e1 = Extraction(a1, {}, {"sergey-lavrov": LAVROV}, [
        rel("RUS", "PARTNER", "IND", "Russia and India are partners.", 100),
        rel("IND", "RIVAL", "PAK", "India's arch-rival Pakistan.", 200),
        aid,
        rel("IND", "REJECT", Relation(ref("RUS"), "AID", ref("PAK"), "India opposes the supply.", 300, 325), "India opposes the supply.", 300),
        rel("RUS", "MEMBER_OF", "SCO", "Russia is a member of the SCO.", 400),
        rel("IND", "MEMBER_OF", "SCO", "India is a member of the SCO.", 500),
        rel("RUS", "ACCUSE", "IND", "Russia criticised India.", 600, LAVROV),
    ])
    e2 = Extraction(a2, {}, {"wang-yi": WANG}, [
        rel("CHN", "PARTNER", "PAK", "China and Pakistan are partners.", 0, WANG),
        rel("CHN", "ASSAULT", "IND", "Chinese troops attacked Indian posts.", 100),
        rel("RUS", "PARTNER", "IND", "Russia and India renewed their partnership.", 200),
        rel("CHN", "CONSULT", "RUS", "Wang Yi visited Moscow.", 300, WANG),
    ])
    e3 = Extraction(a3, {}, {}, [
        rel(m, "MEMBER_OF", "Quad", f"{STATES[m]} is part of the Quad.", 100 * i) for i, m in enumerate(["IND", "JPN", "AUS", "USA"])
    ] + [rel("CHN", "ACCUSE", "Quad", "China criticised the Quad.", 900)])
    return [with_actors(e) for e in (e1, e2, e3)]


def with_actors(e: Extraction) -> Extraction:
    """``e`` with the actors its relations name, as the extractor would list them."""
    for r in e.relations:
        e.actors[r.subject.id] = r.subject
        if isinstance(r.object, ActorRef):
            e.actors[r.object.id] = r.object
    return e


def build(path, extractions: list[Extraction] | None = None) -> GraphStore:
    """A store of ``extractions`` (default: ``articles()``), refreshed."""
    store = GraphStore(path)
    for e in articles() if extractions is None else map(with_actors, extractions):
        store.replace_graph(article_iri(e.article.id), extraction_quads(e))
    refresh(store)
    return store
