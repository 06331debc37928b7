"""The extractor's vocabulary as data: trigger words per relation type, phrase rules, and word classes."""

from __future__ import annotations

import re

#: Trigger lemmas per relation type: verbs and nouns.
VERBS: dict[str, set[str]] = {
    "AGREE": {"agree", "sign", "conclude", "pledge", "settle", "ink", "promise"},
    "CONSULT": {"visit", "meet", "host", "confer", "consult", "phone", "receive", "tour"},
    "SUPPORT": {"support", "back", "endorse", "praise", "commend", "hail", "welcome", "applaud", "congratulate", "thank", "champion", "defend", "recognise", "recognize", "apologise", "apologize"},
    "CONCEDE": {"concede", "yield", "relent", "compromise", "soften"},
    "COOPERATE": {"cooperate", "collaborate", "co-operate", "coordinate", "train"},
    "AID": {"supply", "provide", "deliver", "ship", "donate", "help", "assist", "aid", "arm", "equip", "send", "sell", "give", "finance", "fund", "lend", "grant", "extend", "export"},
    "RETREAT": {"withdraw", "retreat", "release", "disarm", "demobilise", "demobilize", "free", "repatriate", "evacuate_troops"},
    "REQUEST": {"urge", "ask", "demand", "appeal", "request", "press", "implore", "seek", "petition"},
    "ACCUSE": {"violate", "breach", "flout", "provoke", "undermine", "destabilise", "destabilize", "accuse", "criticise", "criticize", "condemn", "blame", "denounce", "censure", "slam", "castigate", "rebuke", "investigate", "deplore", "decry", "chide"},
    "REJECT": {"oppose", "reject", "object", "refuse", "rebuff", "veto", "spurn", "snub", "resist", "dismiss"},
    "THREATEN": {"threaten"},
    "PROTEST": {"protest", "boycott", "picket", "demonstrate", "rally", "riot", "storm"},
    "SANCTION": {"sanction", "expel", "embargo", "blacklist", "sever", "suspend", "freeze", "ban", "downgrade"},
    "MOBILIZE": {"deploy", "mobilise", "mobilize", "station", "amass", "mass"},
    "COERCE": {"seize", "blockade", "detain", "arrest", "confiscate", "impound", "deport", "capture", "intercept", "hack", "jam", "block", "occupy", "annex", "harass"},
    "ASSAULT": {"attack", "strike", "bomb", "shell", "invade", "raid", "shoot", "kill", "hit", "ambush", "torpedo"},
}
NOUNS: dict[str, set[str]] = {
    "PARTNER": {"partner", "partnership", "friend", "friendship"},
    "ALLY": {"ally", "alliance"},
    "RIVAL": {"rival", "arch-rival", "archrival", "adversary", "enemy", "foe", "rivalry", "nemesis", "competitor", "arch-enemy", "archenemy", "enmity"},
    "MEMBER_OF": {"member", "membership", "accession"},
    "NEUTRAL": {"neutrality", "impartiality"},
    "AGREE": {"agreement", "accord", "treaty", "pact", "deal", "memorandum"},
    "CONSULT": {"visit", "meeting", "talk", "summit", "consultation", "call", "trip"},
    "SUPPORT": {"support", "backing", "endorsement", "solidarity"},
    "CONCEDE": {"concession"},
    "COOPERATE": {"cooperation", "co-operation", "collaboration", "exercise", "drill", "interoperability", "patrol", "coordination"},
    "AID": {"supply", "assistance", "aid", "help", "delivery", "shipment", "sale", "donation", "transfer", "loan", "grant", "credit", "funding", "financing", "relief"},
    "RETREAT": {"withdrawal", "ceasefire", "truce", "pullout", "pullback", "release", "armistice"},
    "REQUEST": {"request", "appeal", "demand"},
    "ACCUSE": {"accusation", "criticism", "condemnation", "concern", "allegation", "investigation", "probe", "complaint", "rebuke"},
    "REJECT": {"objection", "opposition", "rejection", "refusal", "veto"},
    "THREATEN": {"threat", "ultimatum"},
    "PROTEST": {"protest", "demonstration", "boycott", "rally", "walkout"},
    "SANCTION": {"sanction", "embargo", "expulsion"},
    "MOBILIZE": {"deployment", "mobilisation", "mobilization", "buildup", "build-up"},
    "COERCE": {"blockade", "seizure", "detention", "arrest", "cyberattack"},
    "ASSAULT": {"attack", "strike", "airstrike", "invasion", "bombing", "shelling", "assault", "incursion", "aggression", "raid", "offensive"},
}
#: Phrasal verbs: (verb lemma, particle, preposition or object word) -> type.
PHRASAL: dict[tuple[str, str], str] = {
    ("pull", "back"): "RETREAT", ("pull", "out"): "RETREAT", ("draw", "down"): "RETREAT",
    ("back", "down"): "CONCEDE", ("walk", "out"): "PROTEST", ("march", "on"): "PROTEST",
    ("call", "on"): "REQUEST", ("call", "upon"): "REQUEST", ("call", "for"): "REQUEST",
    ("work", "together"): "COOPERATE", ("team", "up"): "COOPERATE", ("join", "hands"): "COOPERATE",
    ("join", "forces"): "COOPERATE", ("cut", "ties"): "SANCTION", ("break", "off"): "SANCTION",
    ("crack", "down"): "COERCE", ("stand", "with"): "SUPPORT", ("stand", "by"): "SUPPORT",
    ("open", "fire"): "ASSAULT", ("fire", "on"): "ASSAULT", ("fire", "at"): "ASSAULT",
    ("lash", "out"): "ACCUSE", ("hand", "over"): "RETREAT",
    ("give", "in"): "CONCEDE", ("give", "way"): "CONCEDE", ("break", "into"): "COERCE",
    ("travel", "to"): "CONSULT", ("fly", "to"): "CONSULT", ("arrive", "in"): "CONSULT",
    ("exchange", "fire"): "ASSAULT", ("trade", "fire"): "ASSAULT",
}
#: Light verbs whose object noun makes the relation: (verb lemmas, object lemmas) -> type.
#: The object noun is then not read as a trigger of its own ("lifted sanctions" is no SANCTION).
LIGHT_VERBS: list[tuple[set[str], set[str], str]] = [
    ({"share", "exchange", "pool"}, {"intelligence", "information", "data", "expertise"}, "COOPERATE"),
    ({"pose", "represent"}, {"threat", "danger", "risk", "challenge", "menace"}, "ACCUSE"),
    ({"lodge", "file", "register", "deliver", "submit", "issue"}, {"protest", "complaint", "démarche", "demarche"}, "ACCUSE"),
    ({"summon"}, {"ambassador", "envoy", "diplomat", "chargé", "charge"}, "ACCUSE"),
    ({"recall"}, {"ambassador", "envoy"}, "SANCTION"),
    ({"close", "shut", "seal"}, {"border", "crossing", "airspace", "embassy", "consulate", "frontier", "port"}, "SANCTION"),
    ({"order", "tell", "instruct", "give"}, {"diplomat", "ambassador", "envoy", "attaché", "attache", "official", "staff"}, "SANCTION"),
    ({"impose", "slap", "levy", "raise", "introduce"}, {"tariff", "duty", "levy", "sanction", "embargo", "ban", "restriction", "quota"}, "SANCTION"),
    ({"issue", "deliver", "send"}, {"ultimatum", "threat", "warning"}, "THREATEN"),
    ({"lift", "ease", "relax", "waive", "suspend", "drop", "remove", "scrap"}, {"sanction", "ban", "embargo", "restriction", "tariff", "blockade", "objection", "veto", "demand"}, "CONCEDE"),
    ({"allow", "admit", "grant", "permit", "let"}, {"inspector", "observer", "monitor", "access", "inspection"}, "RETREAT"),
    ({"put", "place"}, {"force", "troop", "army", "navy", "military", "unit"}, "MOBILIZE"),
    ({"ease", "soften", "moderate", "relax", "tone"}, {"stance", "position", "opposition", "line", "rhetoric"}, "CONCEDE"),
    ({"fire", "launch", "lob"}, {"rocket", "missile", "shell", "drone", "mortar", "salvo", "projectile"}, "ASSAULT"),
    ({"send", "move", "dispatch", "rush", "position", "fly"}, {"troop", "soldier", "force", "warship", "tank", "missile", "carrier", "jet", "fighter", "battalion", "reservist", "navy", "submarine", "destroyer", "bomber", "artillery", "brigade", "division", "frigate", "unit"}, "MOBILIZE"),
]
#: Words that stand for armed forces ("Chinese warships" acts for China).
MILITARY_NOUNS = LIGHT_VERBS[-1][1]
#: What states do jointly: "a joint brigade", "joint patrols" (not "a joint statement").
JOINT_ACTIVITIES = {
    "patrol", "brigade", "force", "operation", "exercise", "drill", "venture", "project", "production",
    "manufacturing", "development", "research", "mission", "task", "command", "investigation", "monitoring",
    "training", "manoeuvre", "maneuver", "unit", "battalion", "taskforce", "flight", "sail", "cruise",
}

#: Verbs whose object did not happen: "boycotted the meeting", "called off the visit".
UNDOING_VERBS = {"boycott", "skip", "snub", "cancel", "postpone", "scrap", "shun", "abandon", "suspend", "delay"}

#: Conflict events that, reported by another state, are that state's accusation.
ATTRIBUTED_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}
#: Wrongs that are an accusation by whoever reports them: "said China had violated the ruling".
REPORTED_WRONGS = {"violate", "breach", "flout", "provoke", "undermine", "destabilise", "destabilize"}

#: Nouns that, with "mutual defence", make an alliance.
DEFENCE_PACT_NOUNS = {"treaty", "pact", "doctrine", "agreement", "alliance", "guarantee", "arrangement"}

#: Verbs that predicate a role of their object: "called X a partner", "regards X as an ally".
PREDICATING_VERBS = {"call", "consider", "regard", "see", "view", "describe", "declare", "name", "label", "deem", "brand", "treat", "designate", "recognise", "recognize", "count"}
PRONOUN_WORDS = {"it", "its", "itself", "we", "our", "us", "they", "their", "them", "he", "his", "she", "her", "i", "my"}

#: Nouns that name the other actor itself ("its arch-rival", "our Indian partners").
ROLE_RELATION_NOUNS = {
    "partner", "friend", "ally", "rival", "arch-rival", "archrival", "adversary", "enemy", "foe", "nemesis",
    "member", "competitor", "arch-enemy", "archenemy",
}

#: Verbs that stand for their complement: "agreed to increase cooperation" is AGREE, not COOPERATE.
GOVERNING_TYPES = {"REJECT", "REQUEST", "ACCUSE", "THREATEN"}

#: Types whose target may be named anywhere in the predicate ("massed tanks near the Ukrainian border").
DEEP_OBJECT_TYPES = {"PROTEST", "MOBILIZE", "THREATEN", "COERCE", "ASSAULT", "SANCTION", "AID", "RETREAT", "ACCUSE", "REQUEST", "CONCEDE"}
#: Nouns for a state's missions abroad: "the Chinese embassy" stands for China.
EMBASSY_NOUNS = {"embassy", "consulate", "commission", "mission", "legation", "chancery", "ambassador", "envoy", "diplomat"}

#: Prepositions allowed per type beyond the default (to, with, against, on, for, between, towards, upon).
TYPE_PREPS = {
    "CONSULT": {"with", "to", "between"},
    "MEMBER_OF": {"of", "in", "to"},
    "ACCUSE": {"about", "over", "of", "against", "on", "for", "with", "to", "into"},
    "REJECT": {"to", "against", "with", "of"},
    "CONCEDE": {"to", "towards", "toward", "with", "on", "in"},
    "RETREAT": {"from", "to", "with", "into", "in", "along"},
    "SUPPORT": {"for", "of", "to", "behind", "with"},
    "AID": {"to", "for", "with"},
    "REQUEST": {"on", "upon", "to", "of", "from"},
    "PARTNER": {"with", "between", "of", "to", "for"},
    "ALLY": {"with", "between", "of", "to"},
    "RIVAL": {"with", "between", "of", "to"},
    "MOBILIZE": {"to", "along", "near", "on", "at", "towards", "toward", "against", "into", "with", "in", "between"},
    "ASSAULT": {"on", "against", "in", "into", "at", "upon"},
    "COERCE": {"on", "against", "of", "from", "in"},
}
DEFAULT_PREPS = {"to", "with", "against", "on", "for", "between", "towards", "toward", "upon", "over"}

REPORTING_VERBS = {
    "say", "add", "stress", "insist", "reaffirm", "tell", "state", "announce", "note",
    "clarify", "emphasise", "emphasize", "underline", "claim", "reiterate", "declare",
    "assert", "remark", "believe", "warn", "argue", "explain", "confirm", "write", "point",
}
#: "reaffirmed Israel's right to defend itself" supports the right's owner.
RIGHT_VERBS = {"reaffirm", "affirm", "recognise", "recognize", "uphold", "defend", "back", "support"}
NEGATING_HEADS = {"deny", "dismiss", "refute", "rule", "disavow", "refuse", "refrain", "decline", "stop", "avoid", "abstain", "fail"}
FALSE_WORDS = {"false", "untrue", "baseless", "unfounded", "wrong", "fabricated", "groundless", "incorrect"}
#: Nouns a denial is about: "rejected reports that", "dismissed claims that".
CLAIM_NOUNS = {"report", "claim", "allegation", "speculation", "rumour", "rumor", "suggestion", "accusation", "charge"}
NEGATING_NOUNS = {"intention", "plan", "reason", "need", "question", "way"}
FUTURE_MARKERS = {"will", "shall", "'ll", "plan", "intend", "prepare", "readiness", "ready", "willing", "promise", "going", "aim", "set", "expect", "vow"}
HYPOTHETICAL_MARKERS = {"may", "might", "could", "would", "consider", "mull", "possibility", "possible"}
MEMBERSHIP_VERBS = {"join", "accede", "belong", "admit", "include", "comprise", "group", "unite", "gather", "count", "consist"}
#: Verbs an organisation lists its members with: "O brings together A, B and C".
GROUPING_VERBS = {"include", "comprise", "group", "unite", "gather", "count", "consist", "bring"}
NEUTRAL_WORDS = {"neutral", "neutrality", "impartial", "impartiality", "non-aligned", "equidistant"}
NEUTRAL_VERBS = {"choose", "interfere", "intervene", "side", "meddle", "involve"}

#: Words that give a relation its mode and context.
MODE_WORDS = {
    "military": {"military", "defence", "defense", "weapon", "arms", "hardware", "troop", "exercise", "drill", "naval", "army", "missile", "warship", "equipment"},
    "economic": {"economic", "trade", "investment", "energy", "economy", "financial", "commerce"},
    "humanitarian": {"humanitarian", "relief", "food", "medical"},
    "diplomatic": {"diplomatic", "coordination", "stage", "multilateral", "diplomacy"},
    "security": {"security"},
}
CONTEXT_WORDS = {
    "counterterrorism": {"terrorism", "terror", "counterterrorism", "counter-terrorism", "anti-terrorism", "ct", "terrorist"},
    "energy": {"energy", "oil", "gas", "nuclear"},
    "technology": {"technology", "semiconductor", "space", "high-tech"},
    "health": {"health", "vaccine", "pandemic"},
    "cyber": {"cyber", "cyberattack"},
    "territory": {"border", "territory", "territorial"},
}

#: Nouns for what both sides do to each other: "a ceasefire between X and Y" is X->Y and Y->X.
MUTUAL_NOUNS = {"ceasefire", "truce", "armistice", "clash", "war", "fighting", "skirmish", "exchange"}
#: Types that two subjects with no object do to each other ("X and Y troops withdrew").
BOTH_WAYS_TYPES = {"RETREAT", "ASSAULT", "ACCUSE", "THREATEN", "SANCTION", "CONCEDE", "MOBILIZE", "PROTEST"}

#: Verbs two subjects do to each other: "X and Y exchanged fire".
MUTUAL_VERBS = {"exchange", "trade", "clash"}

#: Relations whose two sides become "the two sides", "both leaders", "we" in what follows.
DYAD_TYPES = {"CONSULT", "AGREE", "COOPERATE", "PARTNER", "ALLY"}

PRONOUNS_STATE = {"it", "its", "itself"}
PRONOUNS_PLURAL = {"they", "them", "their", "theirs"}
PRONOUNS_FIRST_PLURAL = {"we", "our", "us", "ours"}
PRONOUNS_FIRST_SING = {"i", "my", "me"}
PRONOUNS_PERSON = {"he", "she", "his", "her", "him"}
#: Nouns that stand for an official ("the minister", "the diplomats").
OFFICIAL_NOUNS = {
    "minister", "diplomat", "official", "envoy", "ambassador", "spokesperson", "spokesman",
    "spokeswoman", "president", "premier", "leader", "secretary", "chancellor", "delegation",
    "counterpart", "head", "representative",
}
#: Nouns for people or forces that stand for the state "of" which they are.
GROUP_NOUNS = {
    "leader", "minister", "president", "government", "navy", "army", "force", "troop", "official",
    "diplomat", "hundred", "thousand", "dozen", "million", "citizen", "people", "group", "delegation",
    "representative", "envoy", "coast", "military", "soldier", "air", "ministry", "head",
    "commander", "officer", "negotiator", "team", "unit", "guard", "trooper", "militia",
}

#: Nouns that, with "the", stand for the organisation named last ("the bloc").
ORG_NOUNS = {"bloc", "alliance", "grouping", "organisation", "organization", "union", "group", "body", "league", "forum", "club"}

#: Nouns that stand for a state ("the country", "both nations", "the two sides").
STATE_NOUNS = {"country", "nation", "state", "side", "government", "capital", "neighbour", "neighbor"}

#: After a name in a title, words that make the article that person's own words.
SPEECH_AFTER_NAME = r"^['’]s?\s+(?:opening\s+)?(?:remarks|statement|speech|address|interview|comments|article|op-ed|briefing|press conference|news conference)\b"

NAME_WORD = r"(?:[A-Z][a-zà-ÿ'’\-]+|[A-Z]\.(?:\s?[A-Z]\.)*|[A-Z]{2,}(?=\s+[A-Z][a-z]))"
NAME_PATTERN = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}(?:,\s+Jr\.?)?"

#: Words that refer back to an actor named before.
ANAPHOR_RE = re.compile(
    r"\b(?:we|our|us|they|their|them|it|its|he|she|his|her|both|two|each other|"
    r"the (?:country|nation|state|government|minister|diplomat|official|envoy|ambassador|leader|president|"
    r"premier|side|spokes\w+|delegation|counterpart)s?)\b",
    re.I,
)
PAIR_RE = re.compile(r"\b(?:both|two|each other)\b", re.I)
WE_RE = re.compile(r"\b(?:we|our|us)\b", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[“\"‘(\[]?[A-Z0-9])|\n\s*\n")
