"""The values extraction produces: actors, officials, mentions, relations and an article's extraction."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..ingest import Article




@dataclass(frozen=True)
class ActorRef:
    """An actor as the output knows it: id, label and kind (Country, Organisation, Person, or
    Group: a state's civilians, opposition, students, rebels ..., id ``TUR:EDU``)."""

    id: str
    label: str
    kind: str

    @property
    def code(self) -> str:
        """The id as ``kg extract`` prints it: a group's is its state's code (as the event
        coders print a domestic actor, with the sector beside it)."""
        return self.id.split(":", 1)[0] if self.kind == "Group" else self.id

    @property
    def sector(self) -> str | None:
        """A group's sector of society ("EDU" of ``TUR:EDU``); None for any other actor."""
        return self.id.split(":", 1)[1] if self.kind == "Group" else None

    def as_dict(self) -> dict:
        if self.kind == "Group":
            return {"id": self.code, "label": self.label, "kind": self.kind, "sector": self.sector}
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


@dataclass(frozen=True)
class Relation:
    """One extracted relation, with its evidence and provenance.

    ``start`` and ``end`` are the evidence sentence's character offsets in the article's
    text, ``article`` the input's name (the file, or ``file.jsonl#line``); ``to_dict()``
    gives the relation as ``kg extract --format jsonl`` prints it (relations.md).
    """

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
    article: str | None = field(default=None, compare=False, repr=False)  # set once the article is read

    def key(self) -> tuple:
        """(subject, type, object) with nested objects as their own key."""
        obj = self.object.key() if isinstance(self.object, Relation) else self.object.id
        return (self.subject.id, self.type, obj)

    def to_dict(self) -> dict:
        """The relation as one line of ``kg extract --format jsonl`` (the contract of
        relations.md): article, subject, type, object (a relation object nested as
        ``{"relation": ...}``), mode and context when known, evidence, speaker, negated,
        modality when not plain, confidence."""
        out: dict = {"article": self.article or ""}
        out.update(self._core())
        out["evidence"] = self.evidence
        out["speaker"] = self.speaker.name if self.speaker else None
        out["negated"] = self.negated
        if self.modality:
            out["modality"] = self.modality
        out["confidence"] = self.confidence
        return out

    def _core(self) -> dict:
        """Subject, type, object, mode and context: all a nested relation object shows."""
        out: dict = {"subject": self.subject.as_dict(), "type": self.type}
        if isinstance(self.object, Relation):
            out["object"] = {"relation": self.object._core()}
        else:
            out["object"] = self.object.as_dict()
        if self.mode:
            out["mode"] = self.mode
        if self.context:
            out["context"] = self.context
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
