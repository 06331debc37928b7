"""Domestic groups: a state's own people told apart from its government.

Event data codes what happens inside a state as well as between states: police break up a
demonstration, students march against their government, rebels make demands of the
president. Such an event joins a state to itself, and kg keeps no relation of an actor with
itself; so a sentence that names one state only, and in which the usual reading finds
nothing, is read again with the people it names by an agent noun of society (PETRARCH2's
agent dictionary: civilians, the opposition, students, rebels, workers, refugees) as a group
of that state, an actor of its own ("Turkey: students"), and a bare "police" or "troops" as
the state itself. Only events between a group and its own state are kept from that reading,
so nothing read the usual way changes.

A group's id is the state's and the sector's codes, ``TUR:EDU``; ``kg extract`` prints
it as the event coders do, the state's code with the sector beside it
(``{"id": "TUR", "sector": "EDU", "kind": "Group"}``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..actors import CAPITAL, DEMONYM, PLACE, trie_pattern
from . import discourse
from .lexicon import BODY_NOUNS, COUNTED_NOUNS, CROWD_NOUNS, NOUNS, OFFICIAL_NOUNS, PEOPLE_NOUNS, PROTESTER_NOUNS, PUBLIC_RESTRICTIONS
from .model import ActorRef, Mention, Relation

#: Agent sectors of society (the first three letters of a CAMEO sector code), with the name
#: a group of that sector goes by.
SOCIETY: dict[str, str] = {
    "CVL": "civilians",
    "OPP": "opposition",
    "EDU": "students and academics",
    "REB": "rebels",
    "LAB": "workers",
    "REF": "refugees",
    "REL": "clergy",
    "MED": "journalists",
    "AGR": "farmers",
    "HLH": "health workers",
    "UAF": "armed men",
}


def society_pattern(agents: dict[str, str]) -> re.Pattern:
    """Agent words of society, to find before any parse the sentences that may tell of a
    state and its own people."""
    words = sorted(w for w, sector in agents.items() if sector[:3] in SOCIETY and w.isascii())
    return re.compile(r"(?i)\b(?:" + trie_pattern(words) + r")\b")


#: People only counted ("arrested 50 people", "dozens of men") in a sentence that tells of
#: force or custody: a sentence of one state that has both may tell what the state did to
#: its own people, and is parsed (a count of people alone, "30 people died in floods", is not).
COUNTED_RE = re.compile(
    r"(?i)\b(?:\d[\d,]*|dozens|hundreds|thousands|scores|several|a dozen|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}(?:"
    + "|".join(sorted(COUNTED_NOUNS, key=len, reverse=True)) + r")s?\b")
FORCE_RE = re.compile(r"(?i)\b(?:arrest|detain|kill|shot|shoot|jail|imprison|round|seiz|captur|abduct|kidnap|execut|sentenc"
                      r"|wound|injur|beat|deport|expel|tortur|hang|massacr|slaughter|gun)")


def counted_people_acted_on(text: str, start: int, end: int) -> bool:
    """Whether a stretch of text counts people and tells of force or custody (COUNTED_RE)."""
    return bool(COUNTED_RE.search(text, start, end) and FORCE_RE.search(text, start, end))


#: Force whose user is not said ("a car bomb", "gunmen"): with one state's place, armed men of
#: that state (``roles._unnamed_attackers``).
UNNAMED_FORCE_RE = re.compile(r"(?i)\b(?:gunm[ae]n|bomb|bomber|bombing|blast|explosion|explosive|landmine|mine"
                              r"|sniper|assailant|attacker|kidnapper)s?\b")


#: A protest named as a noun ("a general strike", "street protests"): with one state, its people's
#: (``roles._protest_of_one_state``). Lower case only: "March" is a month.
PROTEST_NOUN_RE = re.compile(r"\b(?:[Pp]rotests?|[Dd]emonstrations?|[Rr]all(?:y|ies)|[Rr]iots?|[Rr]ioting|[Uu]nrest"
                             r"|marche?s?|[Ss]it-ins?|[Uu]prising|(?:general|hunger|nationwide) strikes?)\b")


#: A restriction of the public named ("a curfew", "martial law"): with one state, on its people
#: (``public_restriction``).
RESTRICTION_RE = re.compile(r"(?i)\b(?:curfews?|lockdowns?|state of emergency|emergency rule|martial law)\b")


def restriction_named(text: str, start: int, end: int) -> bool:
    """Whether a stretch of text names a restriction of the public: "declared martial law", or
    a ban of political life: "banned the Muslim Brotherhood", "dissolved two political parties"."""
    return bool(RESTRICTION_RE.search(text, start, end)) or bool(
        BAN_RE.search(text, start, end) and POLITICAL_BODY_RE.search(text, start, end))


#: Bodies of political life a state may ban or dissolve: "the Awami League", "political parties".
POLITICAL_BODIES = frozenset({"party", "league", "brotherhood", "movement", "front", "congress"})

#: Words of banning or dissolving, and of the political bodies banned (``political_body``).
BAN_RE = re.compile(r"(?i)\b(?:bann?(?:ed|ing|s)?|outlaw(?:ed|ing|s)?|dissol(?:ved?|ves|ving|ution)|proscribed?|prohibit(?:ed|s)?)\b")
POLITICAL_BODY_RE = re.compile(r"(?i)\b(?:" + "|".join(f"{w}|{w[:-1]}ies" if w.endswith("y") else f"{w}(?:es|s)?" for w in sorted(
    POLITICAL_BODIES | {"political activity"})) + r")\b")


def protest_named(text: str, start: int, end: int) -> bool:
    """Whether a stretch of text names a protest: "a general strike", "protests spread"."""
    return bool(PROTEST_NOUN_RE.search(text, start, end))


def unnamed_force_used(text: str, start: int, end: int) -> bool:
    """Whether a stretch of text tells of force by no one named: "a bomb killed four policemen"."""
    return bool(UNNAMED_FORCE_RE.search(text, start, end) and FORCE_RE.search(text, start, end))


def group_id(state: str, sector: str) -> str:
    return f"{state}:{sector[:3]}"


def is_group(actor_id: str) -> bool:
    return ":" in actor_id


def state_of(actor_id: str) -> str:
    """The state an actor belongs to: a group's state, else the actor itself."""
    return actor_id.split(":", 1)[0]


def sector_of(actor_id: str) -> str | None:
    return actor_id.split(":", 1)[1] if is_group(actor_id) else None


#: Armed men no one names, of the state where they struck (``roles._unnamed_attackers``).
UNKNOWN_ARMED = "UAF"


def group_label(state_label: str, actor_id: str) -> str:
    sector = sector_of(actor_id) or ""
    return f"{state_label}: {SOCIETY.get(sector, 'armed men' if sector == UNKNOWN_ARMED else sector)}"


def agent_sector(tok, agents: dict[str, str]) -> str | None:
    """The sector of the agent phrase a noun heads: the longest agent phrase ending at it
    ("riot police" before "police", "state media" in "Iranian state media"), else its lemma."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod") and not t.is_punct] + [tok]
    for k in range(len(words)):
        phrase = " ".join(t.lower_ for t in words[k:])
        if phrase in agents:
            return agents[phrase]
    return agents.get(tok.lower_) or agents.get(tok.lemma_.lower())


def sentence_groups(st, sent) -> dict[int, Mention]:
    """The groups (and the bare police or troops) of a one-state sentence, by token: what a
    second reading (``read_domestic``) takes as actors; empty when the sentence names no
    group, or more or fewer states than one."""
    agents = st.res.dict.agents
    # ("Russian-backed separatists": the state that backs a group is not the group's state)
    here = {t.i: st.by_token[t.i] for t in sent if t.i in st.by_token and not _backer(t)}
    states = {a for m in here.values() for a in m.actors if discourse.is_state(st, a)}
    if len(states) > 1:
        # "The Sudanese government signed a peace agreement with southern rebels in Nairobi": a
        # city something took place in is where, not a second state of the story, when the
        # state left is the one the sentence is about (its subject's); but protesters "in Cairo"
        # at the Israeli embassy are Egypt's
        kept = {a for i, m in here.items() for a in m.actors if discourse.is_state(st, a) and not venue(st, st.doc[i])}
        subject = {a for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" for x in t.subtree if x.i in here
                   for a in here[x.i].actors}
        states = kept if len(kept) == 1 and kept <= subject else states
    if len(states) != 1:
        return {}
    (state,) = states
    marks: dict[int, Mention] = {}
    for tok in sent:
        qualifier = next((c for c in tok.children if c.i in here and c.dep_ in ("amod", "compound", "poss", "nmod")), None)
        if _people_of(tok, here.get(tok.i)) or _counted(tok) or (
                tok.tag_ == "NNPS" and tok.i not in here and qualifier is not None and here[qualifier.i].person is None):
            # "thousands of Nigerians", "several thousand people", "Iraqi Kurds": people
            mention = Mention(tok.idx, tok.idx + len(tok), (group_id(state, "CVL"),), "group", sector="CVL")
            marks[tok.i] = mention
            if qualifier is not None and tok.tag_ == "NNPS" and tok.i not in here:
                marks[qualifier.i] = mention
            continue
        if tok.lemma_.lower() in LEADER_NOUNS and tok.i not in here and not (tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
            led = next((c for c in tok.children if c.dep_ in ("compound", "amod") and c.i not in here
                        and (agent_sector(c, agents) or "")[:3] in SOCIETY), None)
            if led is not None:
                # "student leaders", "the opposition leader": who leads a group stands for it
                base = agent_sector(led, agents)[:3]
                marks[tok.i] = Mention(tok.idx, tok.idx + len(tok), (group_id(state, base),), "group", sector=base)
                continue
        sector = agent_sector(tok, agents)
        if sector is None or any(c.dep_ == "amod" and c.lower_ in OUTSIDERS for c in tok.children):
            continue  # ("foreign bloggers help China ...": not China's own)
        base = sector[:3]
        if base in SOCIETY and tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.lemma_.lower() in LEADER_NOUNS \
                and not (tok.head.i in here and here[tok.head.i].actors and here[tok.head.i].how != "person"):
            # "opposition leader Aung San Suu Kyi", "rebel leader John Garang": a person who
            # stands for the group
            marks[tok.head.i] = Mention(tok.head.idx, tok.head.idx + len(tok.head), (group_id(state, base),), "group", sector=sector)
            continue
        if tok.i in here and qualifier is None:
            continue
        if base in SOCIETY and tok.dep_ == "compound" and tok.tag_ == "NN" and tok.head.pos_ == "NOUN" and tok.i not in here \
                and tok.head.i not in here and (agent_sector(tok.head, agents) or "")[:3] not in SOCIETY and not any(
                    c.i in here and not any(discourse.is_state(st, a) for a in here[c.i].actors) for c in tok.head.children):
            # "rebel positions", "opposition strongholds", "an opposition delegation": the group's
            # (unless the head is the group's own word, "opposition supporters", or the compound is
            # an organisation's name, "the UN refugee agency"; "Ugandan rebel positions" are)
            marks[tok.i] = Mention(tok.idx, tok.idx + len(tok), (group_id(state, base),), "group", sector=sector)
            continue
        if base in SOCIETY and tok.dep_ in ("npadvmod", "compound") and tok.head.tag_ == "VBN" and tok.head.dep_ == "amod" \
                and tok.head.lemma_.lower() in HOLDING_PARTICIPLES and tok.i < tok.head.i and tok.i not in here:
            # "rebel-held districts", "opposition-controlled towns": the group holding them
            marks[tok.i] = Mention(tok.idx, tok.idx + len(tok), (group_id(state, base),), "group", sector=sector)
            continue
        if tok.lemma_.lower() in SPEAKER_NOUNS:
            continue  # "a spokesman for President Ghani" speaks for the state (PETRARCH2 files spokesmen as media)
        one_of_them = tok.tag_ == "NN" and tok.lemma_.lower() in PEOPLE_NOUNS | PROTESTER_NOUNS | PERSONS and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        collective = tok.lemma_.lower() in BODY_NOUNS | COLLECTIVES and tok.dep_ != "compound"
        if base in SOCIETY and (_plural(tok) or collective or one_of_them) and not _referring(tok, here):
            # (one of them counts as the group: "jailed a dissident journalist")
            mention = Mention(tok.idx, tok.idx + len(tok), (group_id(state, base),), "group", sector=sector)
            marks[tok.i] = mention
            if qualifier is not None and here[qualifier.i].person is None:
                marks[qualifier.i] = mention  # "Rwandan rebels": the adjective names the group too
        elif base in FORCES and qualifier is None and not any(c.dep_ == "poss" for c in tok.children) \
                and (tok.dep_ in ("nsubj", "nsubjpass") or tok.head.dep_ == "agent"):
            # "Police arrested dozens of protesters": the state's own police
            marks[tok.i] = Mention(tok.idx, tok.idx + len(tok), (state,), "agent", sector=sector)
    for tok in sent:
        if tok.lemma_.lower() in RULERS | {"army", "military", "police"} and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" \
                and tok.i not in here and tok.i not in marks:
            # "a government transport plane", "an army post": the state's own
            marks[tok.i] = Mention(tok.idx, tok.idx + len(tok), (state,), "agent", sector="GOV")
            continue
        if tok.lemma_.lower() in RULERS and tok.i not in here and tok.i not in marks and not any(
                c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children) and (any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.lower_ == "authorities"
                and not any(c.dep_ == "det" for c in tok.children)):
            # (bare "authorities" are the state's too: "Authorities imposed a curfew on ...")
            # "Iranian students accused the government of ...": in a sentence of one state, its own
            # government (the adjective that named the state now names the group)
            marks[tok.i] = Mention(tok.idx, tok.idx + len(tok), (state,), "agent", sector="GOV")
    if not any(is_group(m.actors[0]) for m in marks.values()):
        for tok in _places_struck(st, sent, here):
            # "Russian artillery pounded Grozny", "government forces shelled rebel-held districts
            # of Aleppo": force a state uses on a place of its own falls on its people there
            marks[tok.i] = Mention(tok.idx, tok.idx + len(tok), (group_id(state, "CVL"),), "group", sector="CVL")
    if not any(is_group(m.actors[0]) for m in marks.values()):
        for tok in sent:
            if _counted_acted_on(tok) and tok.i not in here:
                marks[tok.i] = Mention(tok.idx, tok.idx + len(tok), (group_id(state, "CVL"),), "group", sector="CVL")
    if not any(is_group(m.actors[0]) for m in marks.values()):
        # "banned all political rallies", "lifted a curfew", "imposed a state of emergency":
        # with no group named, a gathering or a restriction of the public, as what a verb acts
        # on, stands for the state's people
        for tok in sent:
            acted_on = tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() not in HOLDING_VERBS \
                or tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.dep_ == "dobj" \
                or tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "state" \
                and tok.head.head.dep_ in ("dobj", "nsubjpass") \
                or tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in ("dobj", "nsubjpass") and political_body(tok)
            # ("a ban on rallies", "a state of emergency", "ordered the dissolution of the opposition party")
            crisis = tok.lemma_.lower() == "emergency" and any(c.dep_ in ("amod", "compound") for c in tok.children)
            # ("declared mpox a global health emergency" is a crisis named, no restriction on people)
            if acted_on and tok.i not in here and not crisis and (public_restriction(tok) or tok.lemma_.lower() in NOUNS["PROTEST"]
                                                                  or political_body(tok)):
                # ("banned the Muslim Brotherhood", "dissolved the two political parties": the
                # state's opposition)
                if political_body(tok):
                    marks[tok.i] = Mention(tok.idx, tok.idx + len(tok), (group_id(state, "OPP"),), "group", sector="OPP")
                    break
                marks[tok.i] = Mention(tok.idx, tok.idx + len(tok), (group_id(state, "CVL"),), "group", sector="CVL")
                break
    return marks if any(is_group(m.actors[0]) for m in marks.values()) else {}


#: Participles that name who holds a place: "rebel-held districts", "Taliban-controlled areas".
HOLDING_PARTICIPLES = frozenset({"hold", "control", "occupy", "run", "dominate"})


def _plural(tok) -> bool:
    """Whether a noun is in the plural, as tagged, or as the sentence's first word the tagger
    took for a proper noun for its capital ("Rebels in Mindanao declared ...", "Militiamen
    attacked ...")."""
    return tok.tag_ == "NNS" or tok.i == tok.sent.start and tok.tag_ in ("NNP", "NNPS") and tok.lower_.endswith(("s", "men"))


def read_domestic(st, sent, read: Callable[[], None], only: set[int] | None = None) -> None:
    """Read a one-state sentence again with its groups as actors (``read`` reads it), when the
    first reading found nothing: only events between a group and its own state are kept
    (``domestic``), so that no reading of text that was read before changes. With ``only``,
    the first reading found something, and only what these triggers give is kept."""
    # (a protest noun left for this reading is the protest, not the people who hold it)
    marks = {i: m for i, m in sentence_groups(st, sent).items() if i not in st.deferred_protests}
    if not marks and not st.deferred_protests:
        return
    st.domestic[sent.start] = marks
    saved = {i: st.by_token.get(i) for i in marks}
    st.by_token.update(marks)
    st.domestic_only = True
    st.domestic_triggers = only
    try:
        read()
    finally:
        st.domestic_only = False
        st.domestic_triggers = None
        for i, m in saved.items():
            if m is None:
                st.by_token.pop(i, None)
            else:
                st.by_token[i] = m


#: Nouns of one who speaks for whoever they are named with, never a group of society.
SPEAKER_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})

#: Nouns of a person who leads or speaks for a group: "opposition leader", "rebel commander".
LEADER_NOUNS = frozenset({"chief", "commander", "figure", "head", "leader", "spokesman", "spokeswoman"})

#: Adjectives that say a group is not of the sentence's state.
OUTSIDERS = frozenset({"expatriate", "foreign", "international", "overseas", "western"})

#: Sectors of the state's forces: a bare "police" or "troops" doing something in a one-state
#: sentence are that state's.
FORCES = frozenset({"COP", "MIL", "SPY"})

#: What a group and its own state do to each other, as event data codes domestic events: what
#: the group does to its state, and what the state does to the group.
BY_GROUP = frozenset({"PROTEST", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "ASSAULT", "COERCE", "CONSULT", "AGREE", "RETREAT"})
TO_GROUP = frozenset({"COERCE", "ASSAULT", "CONCEDE", "SUPPORT", "THREATEN", "SANCTION", "RETREAT", "REQUEST", "CONSULT", "AGREE", "REJECT"})


#: Groups of unarmed people: what they block or occupy is a protest (CAMEO 144, obstruction).
UNARMED = frozenset({"CVL", "OPP", "EDU", "LAB"})


def protests(actor_id: str, rtype: str) -> bool:
    """Whether a group's act aimed at no one named is aimed at its own state: a protest, a
    demand ("demanding the resignation of the prime minister"), a rejection ("rejected the
    election results"), or people's obstruction
    (``COERCE`` by the unarmed, a protest), or rebels' force ("Ivorian rebels seized the town of
    Bouake", "ambushed a police convoy": against the state whose ground or forces it is)."""
    return is_group(actor_id) and (rtype in ("PROTEST", "REQUEST", "REJECT") or rtype == "COERCE" and sector_of(actor_id) in UNARMED
                                   or armed_force(actor_id, rtype))


def opposed(st, subject) -> list[str]:
    """Whom a group's own name says it is against: "anti-American protesters" protest to the
    United States, not to their government."""
    if subject is None:
        return []
    doc = subject.doc
    for t in subject.subtree:
        if t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "anti":
            hits = st.res.dict.find(t.text)
            if hits and hits[0].start == 0 and hits[0].end == len(t.text) and hits[0].actor:
                return [hits[0].actor]
    return []


def armed_force(actor_id: str, rtype: str) -> bool:
    """Whether ``rtype`` is force used or stood down by a state's rebels (kept as it is, not
    read as a protest): "seized the town", "declared a unilateral ceasefire"."""
    return sector_of(actor_id) == "REB" and rtype in ("ASSAULT", "COERCE", "RETREAT")


def aimed_at_the_group(st, tok, subject: str, rtype: str) -> list[str]:
    """The one group of the sentence being read again, when ``subject`` is its state, ``rtype``
    something a state does to its people (``TO_GROUP``) and ``tok`` a verb done to nobody or to
    people only counted ("arresting 12", "killing one person"; not "killed 30 terrorists")."""
    found = {a for m in st.domestic.get(st.sent.start, {}).values() for a in m.actors if is_group(a)}
    if rtype not in TO_GROUP or len(found) != 1 or tok.pos_ != "VERB":
        return []
    if any(c.dep_ == "dobj" and c.i not in st.consumed and not (c.like_num or c.lemma_.lower() in COUNTED_NOUNS)
           for c in tok.children):
        return []  # (a light verb's own object, "declared a state of emergency", is no one acted on)
    (group,) = found
    return [group] if state_of(group) == subject else []


def domestic(r: Relation) -> bool:
    """Whether a relation is an event between a group and its own state of a kind event data
    codes inside a state (``BY_GROUP``, ``TO_GROUP``)."""
    if not isinstance(r.object, ActorRef):
        return False
    s, o = r.subject.id, r.object.id
    if is_group(s) and not is_group(o) and r.object.kind == "Organisation":
        # "Gunmen killed six Red Cross workers in Congo", "rebels overran an African Union base":
        # armed men's force on a body's people
        return sector_of(s) in ARMED_GROUPS and r.type in ("ASSAULT", "COERCE") or r.type == "PROTEST"
    if is_group(s) and not is_group(o):
        # (a protest may be aimed abroad by the group's own name: "anti-American protesters")
        return state_of(s) == o and r.type in BY_GROUP or r.type == "PROTEST"
    if is_group(o) and not is_group(s):
        return state_of(o) == s and r.type in TO_GROUP
    if is_group(s) and is_group(o):
        # "Rebels abducted 40 villagers in northern Uganda", "gunmen killed 12 pupils": armed
        # men's force on the state's own people (event data codes the state on both sides)
        return state_of(s) == state_of(o) and s != o and sector_of(s) in ARMED_GROUPS and r.type in ("ASSAULT", "COERCE")
    return False


#: Sectors of armed men who are not the state's: rebels and gunmen unnamed.
ARMED_GROUPS = frozenset({"REB", "UAF"})


#: People of society named one at a time ("a reformist cleric"), beside kg's people nouns.
PERSONS = frozenset({"bishop", "cleric", "doctor", "farmer", "imam", "lawyer", "miner", "monk", "nurse", "priest", "teacher", "unionist"})

#: A state's rulers named with "the": "the government", "the regime", "the authorities".
RULERS = frozenset({"administration", "authorities", "authority", "government", "junta", "regime"})

#: Collective nouns of a group of society, singular: "the Venezuelan opposition".
COLLECTIVES = frozenset({"opposition"})

#: Verbs by which people hold a protest ("staged a sit-in"): the protest is theirs, not people acted on.
HOLDING_VERBS = frozenset({"call", "hold", "join", "lead", "organise", "organize", "stage", "start"})


def public_restriction(tok) -> bool:
    """A restriction of the public: "a curfew", "a lockdown", "a state of emergency" (its
    "emergency"), "martial law", "emergency rule"."""
    lemma = tok.lemma_.lower()
    return lemma in PUBLIC_RESTRICTIONS or lemma == "law" and any(c.lower_ == "martial" for c in tok.children) \
        or lemma == "rule" and any(c.lower_ in {"emergency", "military"} for c in tok.children)


def political_body(tok) -> bool:
    """A political party or movement, or political activity ("banned all political activity",
    "the activities of the Awami League", "the pro-Kurdish People's Democracy Party")."""
    lemma = tok.lemma_.lower()
    if lemma in POLITICAL_BODIES:
        return tok.pos_ == "PROPN" or any(c.lower_ in {"political", "opposition"} or c.pos_ == "PROPN"
                                          for c in tok.children if c.dep_ in ("amod", "compound"))
    if lemma == "activity":
        return any(c.dep_ == "amod" and c.lower_ == "political" for c in tok.children) or any(
            p.dep_ == "prep" and p.lower_ == "of" and any(political_body(g) for g in p.children if g.dep_ == "pobj")
            for p in tok.children)
    return False


def names_people(noun) -> bool:
    """Whether a noun names people or a body of them ("party", "leaders", "supporters",
    "organisers"): a group word or a trigger noun before it only says which ("opposition
    supporters", "the opposition party"), and is no group or act of its own."""
    return noun.lemma_.lower() in BODY_NOUNS | PEOPLE_NOUNS | PROTESTER_NOUNS | OFFICIAL_NOUNS | LEADER_NOUNS | SPEAKER_NOUNS | PEOPLE_LED


#: People named by what they lead, back or organise ("opposition supporters", "protest organisers").
PEOPLE_LED = frozenset({"activist", "bloc", "camp", "candidate", "figure", "fighter", "lawmaker", "legislator", "member",
                        "organiser", "organizer", "politician", "representative", "supporter"})


#: What "X-backed" names X as to a group: its sponsor, not its state.
BACKING = frozenset({"aligned", "allied", "armed", "backed", "funded", "sponsored", "supported"})


def _backer(tok) -> bool:
    """Whether ``tok`` is the X of "X-backed", "X-sponsored"."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in BACKING


def venue(st, tok) -> bool:
    """Whether ``tok`` names a city as where something happened: "in Nairobi", "at Geneva"."""
    mention = st.by_token.get(tok.i)
    return mention is not None and mention.how in (CAPITAL, PLACE) and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at")


#: Nouns of a place a state's name qualifies: "in Qatar's capital", "in the Egyptian resort of ...".
CITY_NOUNS = frozenset({"capital", "city", "town", "resort", "port"})


def venue_actors(st, tokens) -> list[str]:
    """The states of the cities ``tokens`` name as where something happened, in reading order
    ("in Nairobi"; "in Qatar's capital, Doha", "in the Egyptian resort of Sharm el-Sheikh")."""
    out = []
    for t in tokens:
        if venue(st, t):
            out += st.by_token[t.i].actors
        elif t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.lemma_.lower() in CITY_NOUNS:
            out += [a for c in t.children if c.dep_ in ("poss", "amod", "compound", "appos") for x in c.subtree
                    if x.i in st.by_token for a in st.by_token[x.i].actors]
            out += [a for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj" and g.i in st.by_token for a in st.by_token[g.i].actors]
    return list(dict.fromkeys(out))


def _referring(tok, here: dict[int, Mention]) -> bool:
    """"The separatist group", "their supporters": people named before, for the discourse to
    resolve (but "Bangladesh's main opposition party" is named by its state's possessive, and
    "the Venezuelan opposition" by its adjective)."""
    if any(c.dep_ == "amod" and c.i in here and here[c.i].how == DEMONYM for c in tok.children):
        return False
    return any(c.dep_ == "poss" and not (c.i in here and here[c.i].person is None)
               or c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in tok.children)


def _people_of(tok, mention: Mention | None) -> bool:
    """A plural demonym that counts people: "thousands of Nigerians", "young Algerians"
    (a bare "the Americans" is as often the government)."""
    plural = tok.tag_ in ("NNS", "NNPS") or tok.tag_ == "NNP" and tok.lower_.endswith("s")  # (the tagger's "Georgians" NNP)
    if mention is None or mention.how != DEMONYM or not plural or tok.dep_ in ("amod", "compound"):
        return False
    if any(c.dep_ in ("amod", "nummod") or c.dep_ == "compound" and (c.tag_ != "NNP" or c.i == c.sent.start)
           for c in tok.children):  # (a sentence's first word, "Young", is tagged NNP for its capital)
        return True
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "of" and (head.head.like_num or head.head.lemma_.lower() in CROWD_NOUNS)


#: Nouns of people a crowd is counted in: "thousands of people", "200 supporters of ...".
CROWD_PEOPLE = frozenset({"people", "person", "supporter", "sympathiser", "sympathizer", "follower", "loyalist",
                          "resident", "villager"})


def _counted(tok) -> bool:
    """"Several thousand people marched", "thousands of people gathered": a crowd counted, as
    the subject of what it does (people counted as the object, "the arrest of five people",
    are the state's to act on, ``aimed_at_the_group``, or ``_counted_acted_on``)."""
    if tok.lemma_.lower() not in CROWD_PEOPLE or tok.tag_ != "NNS" and tok.lower_ != "people":
        return False
    if tok.dep_ == "nsubj" and any(c.dep_ == "nummod" and (c.like_num or c.lemma_.lower() in CROWD_NOUNS) for c in tok.children):
        return True
    head = tok.head
    return (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "nsubj"
            and (head.head.like_num or head.head.lemma_.lower() in CROWD_NOUNS))


def _places_struck(st, sent, here: dict[int, Mention]) -> list:
    """Places (not capitals: they stand for governments) that a verb of force acts on: its
    object, what it is "on" or "at", or what such a noun is "of" ("districts of Aleppo")."""
    from . import triggers  # (triggers reads groups: imported here, not at the top)
    out = []
    for tok in sent:
        m = here.get(tok.i)
        if m is None or m.how != PLACE:
            continue
        node = tok
        while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
            node = node.head.head
        if node.dep_ == "dobj" and node.head.pos_ == "VERB":
            verb = node.head
        elif node.dep_ == "pobj" and node.head.lower_ in ("on", "at", "against") and node.head.head.pos_ == "VERB":
            verb = node.head.head
        else:
            continue
        if {"ASSAULT", "COERCE"} & set(triggers.trigger_types(st, verb)):
            out.append(tok)
    return out


def _counted_acted_on(tok) -> bool:
    """"Police arrested dozens of people", "troops killed 30 people", "two men were detained":
    people only counted, as what is done to them; with no group named, they are the state's
    own people (its civilians)."""
    if tok.lemma_.lower() not in COUNTED_NOUNS or tok.tag_ != "NNS" and tok.lower_ != "people":
        return False
    if tok.dep_ in ("dobj", "nsubjpass"):
        return any(c.dep_ == "nummod" and (c.like_num or c.lemma_.lower() in CROWD_NOUNS) for c in tok.children)
    head = tok.head
    return (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("dobj", "nsubjpass")
            and (head.head.like_num or head.head.lemma_.lower() in CROWD_NOUNS))
