"""The extractor's vocabulary, loaded from ``kg/data/lexicon.json``.

That file is compiled by ``scripts/build_lexicon.py`` from the project's own curated
vocabulary (``kg/data/curated/lexicon.toml``: triggers per relation type, phrasal and
light verbs, the word classes the rules read) and PETRARCH2's verb dictionary typed
through the CAMEO-to-PLOVER table (``PETRARCH_VERBS``, ``PETRARCH_PATTERNS``). To add a
trigger, edit the TOML file and run the script; nothing here lists words.

This module also holds what is rule, not vocabulary: which relation types behave how,
and the regular expressions built from word lists.
"""

from __future__ import annotations

import json
import re
from importlib import resources

_DATA = json.loads((resources.files("kg") / "data" / "lexicon.json").read_text(encoding="utf-8"))
_CURATED = _DATA["curated"]


def _words(name: str) -> set[str]:
    return set(_CURATED["words"][name])


#: Trigger lemmas per relation type, verbs and nouns (curated; in the order of the file).
VERBS: dict[str, set[str]] = {t: set(ws) for t, ws in _CURATED["verbs"].items()}
NOUNS: dict[str, set[str]] = {t: set(ws) for t, ws in _CURATED["nouns"].items()}
#: Phrasal verbs: (verb lemma, particle, preposition or object word) -> type.
PHRASAL: dict[tuple[str, str], str] = {tuple(k.split(" ", 1)): t for k, t in _CURATED["phrasal"].items()}
#: Light verbs whose object noun makes the relation: (verb lemmas, object lemmas) -> type.
#: The object noun is then not read as a trigger of its own ("lifted sanctions" is no SANCTION).
LIGHT_VERBS: list[tuple[set[str], set[str], str]] = [
    (set(lv["verbs"]), set(lv["objects"]), lv["type"]) for lv in _CURATED["light_verbs"]
]
#: Words that stand for armed forces ("Chinese warships" acts for China): the objects of the
#: light verbs that make MOBILIZE by moving forces.
MILITARY_NOUNS: set[str] = set().union(*(objs for verbs, objs, t in LIGHT_VERBS if t == "MOBILIZE" and "send" in verbs))
#: Verbs that let someone in ("allowed inspectors into Iraq"): those of the light verbs that
#: make RETREAT by granting access.
ADMITTING_VERBS: set[str] = set().union(*(verbs for verbs, objs, t in LIGHT_VERBS if t == "RETREAT" and "access" in objs))
#: What a state closes to another (a border, an embassy): the objects of "close" as a sanction.
CLOSABLE: set[str] = set().union(*(objs for verbs, objs, t in LIGHT_VERBS if t == "SANCTION" and "close" in verbs))
#: Prepositions allowed per type beyond the default.
TYPE_PREPS: dict[str, set[str]] = {t: set(ps) for t, ps in _CURATED["type_preps"].items()}
#: Words that give a relation its mode and context (the first that matches wins).
MODE_WORDS: dict[str, set[str]] = {m: set(ws) for m, ws in _CURATED["mode_words"].items()}
CONTEXT_WORDS: dict[str, set[str]] = {c: set(ws) for c, ws in _CURATED["context_words"].items()}

JOINT_ACTIVITIES = _words("joint_activities")
TIME_WORDS = _words("time_words")
VICTORY_VERBS = _words("victory_verbs")
ILLS = _words("ills")
SPORT_WORDS = _words("sport_words")
PUBLIC_RESTRICTIONS = _words("public_restrictions")
WITHSTANDING_VERBS = _words("withstanding_verbs")
PEOPLE_NOUNS = _words("people_nouns")
GATHERING_VERBS = _words("gathering_verbs")
ENTERING_VERBS = _words("entering_verbs")
PROTESTER_NOUNS = _words("protester_nouns")
PEACE_FORCES = _words("peace_forces")
ETHNIC_DEMONYMS = _words("ethnic_demonyms")
EXPELLING_VERBS = _words("expelling_verbs")
RESPONDING_VERBS = _words("responding_verbs")
VERBAL_TARGETS = _words("verbal_targets")
CONDEMNING_PREDICATES = _words("condemning_predicates")
BODY_NOUNS = _words("body_nouns")
CROWD_NOUNS = _words("crowd_nouns")
COUNTED_NOUNS = _words("counted_nouns")
UNDOING_VERBS = _words("undoing_verbs")
DECIDING_VERBS = _words("deciding_verbs")
STATEMENT_NOUNS = _words("statement_nouns")
HELPING_PURPOSES = _words("helping_purposes")
BUYING_VERBS = _words("buying_verbs")
MANOEUVRES = _words("manoeuvres")
ARMS_NOUNS = _words("arms_nouns")
HARM_VERBS = _words("harm_verbs")
DYING_VERBS = _words("dying_verbs")
UNDERGONE_NOUNS = _words("undergone_nouns")
READY_WORDS = _words("ready_words")
JOINT_WORDS = _words("joint_words")
OWNERS_ACTS = _words("owners_acts")
MEMBERSHIP_APPOSITIVES = _words("membership_appositives")
RECEIVING_VISITORS = _words("receiving_visitors")
SOUGHT_NOUNS = _words("sought_nouns")
REPORTED_WRONGS = _words("reported_wrongs")
DEFENCE_PACT_NOUNS = _words("defence_pact_nouns")
PREDICATING_VERBS = _words("predicating_verbs")
PRONOUN_WORDS = _words("pronoun_words")
ROLE_RELATION_NOUNS = _words("role_relation_nouns")
EMBASSY_NOUNS = _words("embassy_nouns")
DEFAULT_PREPS = _words("default_preps")
REPORTING_VERBS = _words("reporting_verbs")
RIGHT_VERBS = _words("right_verbs")
NEGATING_HEADS = _words("negating_heads")
CUSTODY_NOUNS = _words("custody_nouns")
REFUSING_VERBS = _words("refusing_verbs")
FALSE_WORDS = _words("false_words")
CLAIM_NOUNS = _words("claim_nouns")
FUTURE_MARKERS = _words("future_markers")
HYPOTHETICAL_MARKERS = _words("hypothetical_markers")
MEMBERSHIP_VERBS = _words("membership_verbs")
GROUPING_VERBS = _words("grouping_verbs")
NEUTRAL_WORDS = _words("neutral_words")
NEUTRAL_VERBS = _words("neutral_verbs")
MEDIATION_NOUNS = _words("mediation_nouns")
VENUE_NAMES = _words("venue_names")
MUTUAL_NOUNS = _words("mutual_nouns")
MUTUAL_VERBS = _words("mutual_verbs")
PRONOUNS_STATE = _words("pronouns_state")
PRONOUNS_PLURAL = _words("pronouns_plural")
PRONOUNS_FIRST_PLURAL = _words("pronouns_first_plural")
PRONOUNS_FIRST_SING = _words("pronouns_first_sing")
PRONOUNS_PERSON = _words("pronouns_person")
ROYAL_HONORIFICS = _words("royal_honorifics")
ROYAL_TITLES = _words("royal_titles")
OFFICIAL_NOUNS = _words("official_nouns")
GROUP_NOUNS = _words("group_nouns")
ORG_NOUNS = _words("org_nouns")
#: One's host or guest in a visit: "Abiy praised his host", "she thanked her guests".
HOST_NOUNS = frozenset({"host", "guest", "visitor"})
STATE_NOUNS = _words("state_nouns")
STATIVE_PASSIVES = _words("stative_passives")
EXPERIENCER_HEADS = _words("experiencer_heads")
RECEIVING_VERBS = _words("receiving_verbs")
OBJECT_CONTROL_VERBS = _words("object_control_verbs")
HELP_VERBS = _words("help_verbs")
REPORTER_OWNED = _words("reporter_owned")
DEPORTED_NOUNS = _words("deported_nouns")
LOGISTICS_HEADS = _words("logistics_heads")
EVACUEES = _words("evacuees")
HOSTING_VERBS = _words("hosting_verbs")
RELIEF_GOODS = _words("relief_goods")
GOAL_NOUNS = _words("goal_nouns")

#: PETRARCH2's verbs: lemma (or "lemma particle") -> code, type, mode, context and the
#: index of its block of patterns in PETRARCH_PATTERNS; PETRARCH_SYNSETS the word sets
#: patterns name ("&food").
PETRARCH_VERBS: dict[str, dict] = _DATA["verbs"]
PETRARCH_PATTERNS: list[list[dict]] = _DATA["patterns"]
PETRARCH_SYNSETS: dict[str, list[list[str]]] = _DATA["synsets"]
#: CAMEO codes too general to type a verb that no pattern refines.
PETRARCH_GENERIC_CODES: set[str] = set(_CURATED["petrarch"]["generic_codes"])
#: Verbs whose PETRARCH2 reading kg does not take: the rules read them otherwise.
NOT_PETRARCH_TRIGGERS = (
    _words("not_petrarch_triggers") | REPORTING_VERBS | PREDICATING_VERBS | MEMBERSHIP_VERBS | GROUPING_VERBS
    | NEUTRAL_VERBS | RIGHT_VERBS | NEGATING_HEADS
)

# --------------------------------------------------------------------------- rules, not words

#: Conflict events that, reported by another state, are that state's accusation.
ATTRIBUTED_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}
#: Verbs that stand for their complement: "agreed to increase cooperation" is AGREE, not COOPERATE.
GOVERNING_TYPES = {"REJECT", "REQUEST", "ACCUSE", "THREATEN"}
#: Types whose target may be named anywhere in the predicate ("massed tanks near the Ukrainian border").
DEEP_OBJECT_TYPES = {"PROTEST", "MOBILIZE", "THREATEN", "COERCE", "ASSAULT", "SANCTION", "AID", "RETREAT", "ACCUSE", "REQUEST", "CONCEDE"}
#: Types that two subjects with no object do to each other ("X and Y troops withdrew").
BOTH_WAYS_TYPES = {"RETREAT", "ASSAULT", "ACCUSE", "THREATEN", "SANCTION", "CONCEDE", "MOBILIZE", "PROTEST"}
#: Relations whose two sides become "the two sides", "both leaders", "we" in what follows.
DYAD_TYPES = {"CONSULT", "AGREE", "COOPERATE", "PARTNER", "ALLY"}

#: After a name in a title, words that make the article that person's own words.
SPEECH_AFTER_NAME = r"^['’]s?\s+(?:opening\s+)?(?:remarks|statement|speech|address|interview|comments|article|op-ed|briefing|press conference|news conference)\b"

NAME_WORD = r"(?:(?:al|el|ad|ash|as|at|az)-[A-Z][a-zà-ÿ'’\-]+|[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*-?|[A-Z]\.(?:\s?[A-Z]\.)*|[A-Z]{2,}(?=\s+[A-Z][a-z]))"
#: Lower-case particles inside a name: "F.W. de Klerk", "Ursula von der Leyen", "Lula da Silva",
#: "Daniel arap Moi", "Mohamed ould Abdel Aziz".
NAME_PARTICLE = r"(?:(?:de|van|von|der|den|da|dos|di|du|le|la|bin|bint|ibn|ould|arap|del|ter)\s+){0,2}"
#: A monarch's or a pope's number after the name: "King Abdullah II", "Pope Leo XIV".
REGNAL_NUMBER = r"(?:\s+(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)\b)?"
NAME_PATTERN = rf"{NAME_WORD}(?:\s+{NAME_PARTICLE}{NAME_WORD}){{0,3}}{REGNAL_NUMBER}(?:,\s+Jr\.?)?"


def refusing(tok) -> bool:
    """Whether ``tok`` is a verb of refusal (REFUSING_VERBS): "refused", "rejected", "ruled out"."""
    lemma = tok.lemma_.lower()
    return lemma in REFUSING_VERBS or any(
        f"{lemma} {c.lower_}" in REFUSING_VERBS for c in tok.children if c.dep_ == "prt")


def infinitives(tok) -> list:
    """The to-clauses a verb governs: its xcomp, or the advcl the parser makes of one when a
    phrase comes between ("refused on Thursday to let ...")."""
    return [c for c in tok.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and c.i > tok.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and not any(
        a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children)]


#: Adjectives of what a force or a weapon could do ("troops capable of attacking"), not an act.
CAPABILITY_WORDS = frozenset({"capable", "able"})

#: Nouns of acts whose verb has another form.
ACT_VERBS = {"deployment": "deploy", "decision": "decide", "invasion": "invade", "annexation": "annex",
             "seizure": "seize", "detention": "detain", "expulsion": "expel", "shelling": "shell",
             "bombing": "bomb", "killing": "kill", "execution": "execute", "withdrawal": "withdraw",
             "closure": "close", "occupation": "occupy", "blockade": "blockade", "incursion": "enter"}
#: Nouns that name again whatever act was just reported ("condemned the move").
GENERIC_ACTS = _words("generic_acts")

#: A charge named again, "rejected the accusations", "denied these charges": whoever made it
#: was named before (discourse.charge_maker).
AGAIN_DETERMINERS = frozenset({"the", "these", "those", "this", "that", "such"})
CHARGE_NOUNS = frozenset({"accusation", "allegation", "charge", "claim"})

#: Words that refer back to an actor named before, or to an act someone did ("the launch").
ANAPHOR_RE = re.compile(
    r"\b(?:we|our|us|they|their|them|it|its|he|she|his|her|both|two|each other|"
    r"the (?:country|nation|state|government|minister|diplomat|official|envoy|ambassador|leader|president|"
    r"premier|side|spokes\w+|delegation|counterpart)s?|"
    r"the (?:group|movement|organi[sz]ation|insurgents|militants|rebels|guerrillas|fighters|separatists|jihadists"
    r"|extremists|militias|gunmen|" + "|".join(sorted(ORG_NOUNS)) + r")|"
    r"(?:his|her|their) (?:" + "|".join(sorted(HOST_NOUNS)) + r")s?|"
    r"(?:the|this|that) (?:" + "|".join(sorted(GENERIC_ACTS | set(ACT_VERBS) | {"launch", "test"})) + r")|"
    r"(?:" + "|".join(sorted(AGAIN_DETERMINERS)) + r") (?:" + "|".join(sorted(CHARGE_NOUNS)) + r")s?)\b",  # ("rejected the accusations")
    re.I,
)
PAIR_RE = re.compile(r"\b(?:both|two|each other)\b", re.I)
#: Divided countries whose halves the news calls "the North" and "the South".
DIVIDED = {frozenset({"KOR", "PRK"}): {"North": "PRK", "South": "KOR"}}
HALVES = {half for halves in DIVIDED.values() for half in halves}
#: Plurals that name both states of a divided country: "the two Koreas".
PLURAL_PAIRS = {"koreas": ("KOR", "PRK")}
#: "the North", "the South", capitalised: a sentence holding one refers to a state.
HALVES_RE = re.compile(r"\b[Tt]he (?:%s)\b" % "|".join(sorted(HALVES)))
WE_RE = re.compile(r"\b(?:we|our|us)\b", re.I)
#: Words that bring the sides of a dispute along without naming them: "does not take sides".
SIDES_RE = re.compile(r"\b(?:tak(?:e|es|ing)|took) sides\b|\bneutral|\bimpartial", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[“\"‘(\[]?[A-Z0-9])|\n\s*\n")
