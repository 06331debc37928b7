"""The values extraction produces: actors, officials, mentions, relations and an article's extraction."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..ingest import Article




@dataclass(frozen=True)
class ActorRef:
    """An actor as the output knows it: id, label and kind (Country, Organisation, Person)."""

    id: str
    label: str
    kind: str

    def as_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "kind": self.kind}


@dataclass
class Person:
    """An official named in the article, with the state or organisation they act for."""

    id: str
    name: str
    actor: str | None  # the state or organisation id
    role: str | None
    aliases: set[str] = field(default_factory=set)

    def ref(self) -> ActorRef:
        return ActorRef(self.id, self.name, "Person")


@dataclass
class Relation:
    """One extracted edge, with its evidence and provenance."""

    subject: ActorRef
    type: str
    object: ActorRef | Relation
    evidence: str
    start: int
    end: int
    mode: str | None = None
    context: str | None = None
    speaker: Person | None = None
    negated: bool = False
    modality: str | None = None
    confidence: float = 0.8
    trigger: int = field(default=-1, compare=False, repr=False)  # token index of the trigger word

    def key(self) -> tuple:
        """(subject, type, object) with nested objects as their own key."""
        obj = self.object.key() if isinstance(self.object, Relation) else self.object.id
        return (self.subject.id, self.type, obj)

    def as_dict(self, article: str | None = None) -> dict:
        """The JSON form of relations.md (nested objects as {"relation": ...})."""
        out: dict = {}
        if article is not None:
            out["article"] = article
        out["subject"] = self.subject.as_dict()
        out["type"] = self.type
        if isinstance(self.object, Relation):
            out["object"] = {"relation": self.object.as_dict()}
        else:
            out["object"] = self.object.as_dict()
        if self.mode:
            out["mode"] = self.mode
        if self.context:
            out["context"] = self.context
        if article is not None:
            out["evidence"] = self.evidence
            out["speaker"] = self.speaker.name if self.speaker else None
            out["negated"] = self.negated
            if self.modality:
                out["modality"] = self.modality
            out["confidence"] = self.confidence
        return out


@dataclass
class Extraction:
    """What one article yields: its actors, officials and relations."""

    article: Article
    actors: dict[str, ActorRef]
    persons: dict[str, Person]
    relations: list[Relation]

    @property
    def asserted(self) -> list[Relation]:
        """The relations the text asserts (negated ones are kept only for inspection)."""
        return [r for r in self.relations if not r.negated]


@dataclass
class Mention:
    """A span of the article that stands for one or more actors."""

    start: int
    end: int
    actors: tuple[str, ...]  # state/organisation ids it stands for
    how: str
    person: Person | None = None
    sector: str | None = None  # the agent it qualifies, as a CAMEO sector code: "Pakistani troops" MIL


# --------------------------------------------------------------------------- the extractor



@dataclass(frozen=True)
class Failure:
    """An article that could not be read: where (the sentence's index, when known) and why."""

    article: Article
    sentence: int | None
    error: str  # one line: the exception's type and message

    def describe(self) -> str:
        where = f"sentence {self.sentence}: " if self.sentence is not None else ""
        return f"{self.article.name}: {where}{self.error}"
