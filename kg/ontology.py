"""The closed vocabulary of the graph: relation types, their properties, and IRIs."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import resources

from rdflib import Namespace
from rdflib.namespace import ClosedNamespace

#: Ontology terms. A misspelt term raises AttributeError instead of minting a wrong IRI.
KG_URI = "https://w3id.org/kg-bilateral/ontology#"

#: Default base for entity IRIs (actors, articles, relation nodes); configurable.
DEFAULT_BASE = "https://w3id.org/kg-bilateral/id/"

PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")


@dataclass(frozen=True)
class RelationType:
    """One type of the relation vocabulary (relations.md)."""

    name: str  # contract name, e.g. "AID"
    cls: str  # ontology class local name, e.g. "Aid"
    prop: str  # truthy property local name, e.g. "aid"
    family: str  # "state" or "event"
    quad_class: str | None  # PLOVER quad class for events
    symmetric: bool
    label: str


def _rt(name: str, family: str, quad: str | None, symmetric: bool, label: str) -> RelationType:
    cls = "".join(part.capitalize() for part in name.split("_"))
    prop = cls[0].lower() + cls[1:]
    return RelationType(name, cls, prop, family, quad, symmetric, label)


VC, MC, VX, MX = (
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
)

RELATION_TYPES: dict[str, RelationType] = {
    rt.name: rt
    for rt in [
        _rt("PARTNER", "state", None, True, "partner of"),
        _rt("ALLY", "state", None, True, "ally of"),
        _rt("RIVAL", "state", None, True, "rival of"),
        _rt("MEMBER_OF", "state", None, False, "member of"),
        _rt("NEUTRAL", "state", None, False, "neutral towards"),
        _rt("AGREE", "event", VC, True, "agrees with"),
        _rt("CONSULT", "event", VC, False, "consults"),
        _rt("SUPPORT", "event", VC, False, "supports"),
        _rt("CONCEDE", "event", VC, False, "concedes to"),
        _rt("COOPERATE", "event", MC, True, "cooperates with"),
        _rt("AID", "event", MC, False, "aids"),
        _rt("RETREAT", "event", MC, False, "retreats before"),
        _rt("REQUEST", "event", VX, False, "requests of"),
        _rt("ACCUSE", "event", VX, False, "accuses"),
        _rt("REJECT", "event", VX, False, "rejects"),
        _rt("THREATEN", "event", VX, False, "threatens"),
        _rt("PROTEST", "event", MX, False, "protests against"),
        _rt("SANCTION", "event", MX, False, "sanctions"),
        _rt("MOBILIZE", "event", MX, False, "mobilises against"),
        _rt("COERCE", "event", MX, False, "coerces"),
        _rt("ASSAULT", "event", MX, False, "assaults"),
    ]
}

#: Types that match in either order (relations.md: symmetric types and CONSULT).
UNORDERED_TYPES = frozenset(
    [n for n, rt in RELATION_TYPES.items() if rt.symmetric] + ["CONSULT"]
)

_CORE_TERMS = [
    # classes
    "Actor", "Country", "Organisation", "Group", "Person", "Article", "Relation",
    "StateRelation", "EventRelation", "QuadClass",
    "VerbalCooperation", "MaterialCooperation", "VerbalConflict", "MaterialConflict",
    # relation-node properties
    "relationType", "subject", "object", "mode", "context", "speaker", "confidence",
    "evidence", "startOffset", "endOffset", "modality", "articleCount", "EmbeddedRelation", "tie",
    # the summary graph (kg.summary)
    "Tie", "tieSubject", "tieType", "tieObject", "stale", "pending", "relationCount", "firstDate", "lastDate",
    "latestRelation", "rank", "degree", "Dyad", "firstActor", "secondActor", "verbalCooperationCount",
    "materialCooperationCount", "verbalConflictCount", "materialConflictCount", "balance", "tieCount",
    "objectionCount", "modalCount",
    # actor properties
    "actorId", "kind", "actsFor", "roleTitle", "groupOf", "sector",
    # article properties, and the calendar of the days articles are dated
    "fileName", "publishedOn", "Day", "dayDate",
    # ontology annotations
    "relatedTo", "truthyProperty", "relationClass", "quadClass", "ploverType",
    "cameoCode", "goldstein", "isSymmetric", "directionNote",
]

KG = ClosedNamespace(
    KG_URI,
    _CORE_TERMS
    + [rt.cls for rt in RELATION_TYPES.values()]
    + [rt.prop for rt in RELATION_TYPES.values()],
)

KIND_CLASS = {"Country": KG.Country, "Organisation": KG.Organisation, "Group": KG.Group, "Person": KG.Person}


def relation_type(name: str) -> RelationType:
    """The relation type called ``name``; KeyError names the known ones."""
    try:
        return RELATION_TYPES[name]
    except KeyError:
        raise KeyError(f"unknown relation type {name!r}; known: {', '.join(RELATION_TYPES)}") from None


def slug(text: str) -> str:
    """A stable ASCII slug for a name: 'S. Jaishankar' -> 's-jaishankar'."""
    s = re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-").lower()
    return s or hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def ontology_path() -> str:
    """Path of the ontology Turtle file shipped in the package."""
    return str(resources.files("kg") / "data" / "ontology.ttl")


def shapes_path() -> str:
    """Path of the SHACL shapes Turtle file shipped in the package."""
    return str(resources.files("kg") / "data" / "shapes.ttl")
