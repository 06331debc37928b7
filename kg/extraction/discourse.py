"""Stage 5: discourse: what a noun phrase stands for ("it", "the country", "both sides", "its arch-rival").

Resolution is bounded by construction. ``actors_of`` only descends the parse (a noun
phrase's own words, conjuncts, appositions, "of" phrases), so on its own it ends with
the tree. A word that refers elsewhere ("its", "they", "its arch-rival") may look
sideways, at its clause's subject, but only one *level* further: the sideways look is
made at ``level + 1``, and at ``MAX_LEVEL`` a reference resolves from the named
mentions and the story so far alone, never from the parse again. So no chain of
references can come back to where it started ("Washington along with its allies":
"its" looks at "Washington along with its allies" once, which does not look again).
"""

from __future__ import annotations

from ..actors import CAPITAL
from .model import ActorRef, Person, Mention
from .lexicon import (
    AGAIN_DETERMINERS,
    CHARGE_NOUNS,
    DIVIDED,
    GROUP_NOUNS,
    HALVES,
    PLURAL_PAIRS,
    MEMBERSHIP_APPOSITIVES,
    OWNERS_ACTS,
    RECEIVING_VISITORS,
    OFFICIAL_NOUNS,
    ORG_NOUNS,
    HOST_NOUNS,
    STATEMENT_NOUNS,
    PRONOUNS_FIRST_PLURAL,
    PRONOUNS_FIRST_SING,
    PRONOUNS_PERSON,
    REPORTING_VERBS,
    PRONOUNS_PLURAL,
    PRONOUNS_STATE,
    ROLE_RELATION_NOUNS,
    ROYAL_HONORIFICS,
    ROYAL_TITLES,
    STATE_NOUNS,
)
from . import groups, roles


#: How many sideways steps a reference may take (see the module's docstring).
MAX_LEVEL = 1
#: How deep a noun phrase is read: deeper than any real one, shallow enough for Python's stack.
MAX_NESTING = 40


#: "Its neighbour": the other state of the story, as "its rival" is.
NEIGHBOUR_NOUNS = frozenset({"neighbor", "neighbour"})

#: People posted abroad: where they are says nothing of whose they are.
POSTED_NOUNS = frozenset({"ambassador", "attache", "attaché", "consul", "correspondent", "diplomat", "envoy", "inspector", "monitor", "observer"})


def actors_of(st, tok, exclude: set[str] = frozenset(), depth: int = 0, level: int = 0) -> list[str]:
    """The actors a noun phrase headed by ``tok`` stands for (conjuncts included).

    Every call it makes is on a child of ``tok`` (or further down), at the same ``level``;
    answers are kept for the sentence, so each phrase is resolved once ("its rival its
    rival ..." is read in linear time).
    """
    key = ("actors", tok.i, frozenset(exclude), depth, level)
    if key not in st.memo:
        st.memo[key] = _nested(st, _actors_of, st, tok, exclude, depth, level)
    return list(st.memo[key])


def _actors_of(st, tok, exclude: set[str], depth: int, level: int) -> list[str]:
    out: list[str] = []
    for a in own_actors(st, tok, level):
        if a not in out and a not in exclude:
            out.append(a)
    if out:
        # "the Indian and Chinese foreign ministers": the agent phrase names the first state;
        # the coordinated adjectives name the others
        for ch in tok.children:
            if ch.dep_ in ("amod", "compound", "nmod") and ch.i in st.by_token:
                for mod in ch.conjuncts:
                    for a in own_actors(st, mod, level):
                        if a not in out and a not in exclude:
                            out.append(a)
    if not out and not (tok.lemma_.lower() in GROUP_NOUNS and any(
            c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in st.by_token for c in tok.children)):
        # "a resolution drafted by the United States" stands for its author (but "the
        # Philippine navy, backed by U.S. aircraft" is still the Philippines')
        for ch in tok.children:
            if ch.dep_ == "acl":
                for ag in ch.children:
                    if ag.dep_ == "agent":
                        for g in ag.children:
                            if g.dep_ == "pobj":
                                out += [a for a in actors_of(st, g, exclude, depth + 1, level) if a not in out]
    if not out:
        owners: list[str] = []  # states named by a possessive: "Afghanistan's Taliban insurgency"
        for ch in tok.children:
            if ch.dep_ in ("compound", "poss", "amod", "nmod"):
                for mod in [ch] + list(ch.conjuncts):
                    found = own_actors(st, mod, level)
                    if not found and ch.dep_ in ("compound", "poss") and mod.pos_ == "NOUN":
                        # "Chinese coast guard ships", "the Russian Black Sea fleet commander",
                        # "Vietnamese fishermen's boats": the adjective the parser hung on a noun
                        # of the compound or on the possessor
                        found = _hung_in_compound(st, mod, level)
                    if not found and ch.dep_ == "poss" and mod.lemma_.lower() in STATE_NOUNS | GROUP_NOUNS:
                        # "the Colombian government's peace efforts": whose the government is
                        found = [a for g in mod.children if g.dep_ in ("amod", "compound", "poss") for a in own_actors(st, g, level)]
                    for a in found:
                        if a not in out and a not in exclude:
                            out.append(a)
                            if ch.dep_ == "poss" and is_state(st, a):
                                owners.append(a)
        if not out:
            # "the US-led war", "the Saudi-led coalition", "a Liberian-flagged ship", "a Saudi-owned
            # tanker": whoever leads, flags or owns it (not "Russian-backed
            # separatists", who are not Russia)
            out += [a for ch in tok.children if ch.dep_ == "amod" and (ch.lemma_.lower() in ("lead", "flag", "own", "register")
                                                                       or ch.lower_ in ("led", "flagged", "owned", "registered"))
                    for g in ch.children if g.dep_ in ("npadvmod", "amod", "compound") for a in own_actors(st, g, level)
                    if a not in out and a not in exclude]
        if owners and tok.lemma_.lower() in OWNERS_ACTS:
            out = [a for a in out if a in owners]  # "Sweden's NATO membership" is Sweden's bid, of NATO
        elif owners and any(a not in owners for a in out):
            # the nearer modifier says who it is, the possessor whose it is: "Afghanistan's
            # Taliban insurgency" is the Taliban, "his Brazilian counterpart" Brazil's
            out = [a for a in out if a not in owners]
    if not out and tok.lemma_.lower() in FIGHTER_NOUNS and tok.tag_ == "NNS":
        # "Insurgents in Iraq kidnapped two Italian aid workers", "rebels from Sudan": armed men
        # placed in one state are a group of it (the domestic reading's groups, where a second
        # state is named)
        # (a state or a region, not a city, which may be where something else took place:
        # "signed a peace agreement with separatist rebels in Helsinki")
        where = [a for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in ("in", "from") for g in ch.children
                 if g.dep_ == "pobj" and not (g.i in st.by_token and st.by_token[g.i].how == CAPITAL)
                 for a in own_actors(st, g, level) if is_state(st, a)]
        sector = groups.agent_sector(tok, st.res.dict.agents) or "REB"
        if len(set(where)) == 1 and sector[:3] in groups.ARMED_GROUPS:
            out.append(groups.group_id(where[0], sector[:3]))
    if not out and tok.lemma_.lower() in GROUP_NOUNS:
        # "the leaders of Egypt and Jordan", "hundreds of Kenyans", "the navies of India and France"
        for ch in tok.children:
            if ch.dep_ == "prep" and (ch.lower_ in {"of", "in", "from"} or ch.lower_ == "for" and tok.lemma_.lower().startswith("spokes")):
                if ch.lower_ == "in" and tok.lemma_.lower() in POSTED_NOUNS:
                    continue  # "diplomats in Addis Ababa" serve other states there
                for g in ch.children:
                    if g.dep_ == "pobj":
                        out += [a for a in actors_of(st, g, exclude, depth + 1, level) if a not in out]
        if not out and tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECEIVING_VISITORS and tok.lemma_.lower() in OFFICIAL_NOUNS:
            # "received a delegation from Algeria", the "from" hung on the verb
            out += [a for ch in tok.head.children if ch.dep_ == "prep" and ch.lower_ == "from"
                    for g in ch.children if g.dep_ == "pobj" for a in actors_of(st, g, exclude, depth + 1, level) if a not in out]
    if not out and tok.lemma_.lower() in STATEMENT_NOUNS and tok.dep_ == "nsubj":
        # "a statement from the Egyptian foreign ministry condemned ...": the author speaks
        out += [a for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in {"from", "by", "of"}
                for g in ch.children if g.dep_ == "pobj" for a in actors_of(st, g, exclude, depth + 1, level) if a not in out]
    if depth < 3:
        # "A, B, C and D": spaCy chains conjuncts; take them all at once
        for ch in list(tok.conjuncts) if tok.dep_ != "conj" else []:
            for a in actors_of(st, ch, exclude, depth + 1, level):
                if a not in out:
                    out.append(a)
        for a in _list_head_cut_off(st, tok):
            if a not in out and a not in exclude:
                out.insert(0, a)
        for ch in tok.children:
            if ch.dep_ == "appos" and ch.lemma_.lower() in MEMBERSHIP_APPOSITIVES:
                continue  # "Turkey, a NATO member, ...": a description of Turkey, not NATO acting
            if ch.dep_ == "appos":
                for a in actors_of(st, ch, exclude, depth + 1, level):
                    if a not in out:
                        out.append(a)
            elif ch.dep_ == "prep" and ch.lower_ in {"along", "together"}:
                for g in ch.children:
                    for gg in ([g] + [x for x in g.children if x.dep_ == "pobj"]):
                        if gg.dep_ == "pobj":
                            for a in actors_of(st, gg, exclude, depth + 1, level):
                                if a not in out:
                                    out.append(a)
    return out


def _hung_in_compound(st, noun, level: int, depth: int = 0) -> list[str]:
    """The actors named by a modifier of a noun inside a compound, down to three nouns deep."""
    found = [a for g in noun.children if g.dep_ in ("amod", "compound", "nmod") and g.i in st.by_token for a in own_actors(st, g, level)]
    if found or depth >= 2:
        return found
    return [a for g in noun.children if g.dep_ == "compound" and g.pos_ in ("NOUN", "PROPN") and g.i not in st.by_token
            for a in _hung_in_compound(st, g, level, depth + 1)]


def own_actors(st, tok, level: int = 0) -> list[str]:
    """Actors named by this very token: a name, a pronoun, "the country", "the minister".

    A look at another part of the sentence is made at ``level + 1``; at ``MAX_LEVEL``
    none is made (the story so far still answers).
    """
    key = ("own", tok.i, level)
    if key not in st.memo:
        st.memo[key] = _nested(st, _own_actors, st, tok, level)
    return list(st.memo[key])


def _nested(st, fn, *args) -> list[str]:
    """``fn(*args)``, or nothing once phrases are nested ``MAX_NESTING`` deep ("its rival
    its rival ..." two hundred times over names nobody)."""
    if st.nesting >= MAX_NESTING:
        return []
    st.nesting += 1
    try:
        return fn(*args)
    finally:
        st.nesting -= 1


def _own_actors(st, tok, level: int) -> list[str]:
    m = st.by_token.get(tok.i)
    if m is not None:
        return list(m.actors)
    low = tok.lower_
    if low in PRONOUNS_FIRST_PLURAL or low in PRONOUNS_FIRST_SING:
        sp = st.speaker
        if sp and sp.actor:
            if low in PRONOUNS_FIRST_PLURAL and has_all(st, tok):
                group = [sp.actor] + [a for a in st.paragraph_states if a != sp.actor]
                return group
            return [sp.actor]
        return []
    if low in PRONOUNS_PERSON:
        speaker = reporting_subject(st, tok, level) if low in ("his", "her") and level < MAX_LEVEL else None
        if speaker:
            return speaker  # "The Afghan army chief said his forces had ...": the speaker's
        if tok.head.lower_ in ROYAL_HONORIFICS:
            p = recent_person(st, tok.idx, royal=True)  # "His Highness": the prince, not his guest
            return [p.actor] if p and p.actor else []
        p = recent_person(st, tok.idx)
        if st.last_official is not None and st.last_official[0] < tok.idx and (
                p is None or not any(m.person is p and st.last_official[0] < m.start < tok.idx for m in st.mentions)):
            return [st.last_official[1]]  # the unnamed official spoken of since the last name
        return [p.actor] if p and p.actor else []
    if low in PRONOUNS_STATE:
        if low == "it" and tok.dep_ in ("dobj", "pobj") and not _charged_or_urged(tok):
            return []  # "vetoed it", "condemned it": a thing, not a state
        return resolve_it(st, tok, level)
    if low == "them" and level < MAX_LEVEL:
        # an object "them" is never its own clause's subject: "expelled two Algerian envoys
        # and accused them of spying" are the envoys
        named = plural_before(st, tok, level + 1)
        if named:
            return named
    if low in PRONOUNS_PLURAL:
        subj = clause_subject_token(st, tok) if level < MAX_LEVEL else None
        if (low == "their" and subj is not None and subj.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subj.children)
                and tok.head.dep_ in ("dobj", "pobj")):
            # "the junta demanded their departure": one subject is no "their"; the people just named are
            named = plural_before(st, tok, level + 1)
            if named:
                return named
        if subj is not None and subj.i != tok.i and subj.lower_ not in PRONOUNS_PLURAL:
            return actors_of(st, subj, level=level + 1)
        return list(st.last_dyad or [])
    if tok.text in HALVES and any(c.lower_ == "the" for c in tok.children):
        # "the North", "the South" in a story about a divided country: its two states
        for pair, halves in DIVIDED.items():
            if any(s < tok.idx and m.actors and m.actors[0] in pair for s, _, m in st.spans):
                return [halves[tok.text]]
    if tok.lower_ in PLURAL_PAIRS and any(c.lower_ in {"two", "both"} for c in tok.children):
        return list(PLURAL_PAIRS[tok.lower_])  # "the two Koreas"
    lemma = tok.lemma_.lower()
    named_own = any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in st.by_token and st.by_token[c.i].actors
                    for c in tok.children)  # "the South Korean ambassador" names whose he is
    if tok.pos_ in ("NOUN", "PROPN") and not named_own and any(
            c.lower_ in {"the", "this", "that", "these", "those", "both", "our", "two"} for c in tok.children):
        if lemma in OFFICIAL_NOUNS:
            if tok.tag_ == "NNS" or any(c.lower_ in {"both", "two"} for c in tok.children):
                if lemma in st.group_nouns:
                    return [st.group_nouns[lemma]]
                return list(st.last_dyad or [])
            p = recent_person(st, tok.idx)
            return [p.actor] if p and p.actor else []
        if lemma in STATE_NOUNS:
            if tok.tag_ == "NNS" and any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in tok.children):
                return []  # "the Southeast Asian states", "the Gulf countries": a kind, not the story's pair
            if tok.tag_ == "NNS" or any(c.lower_ in {"both", "two"} for c in tok.children):
                if any(c.lower_ == "our" for c in tok.children) and st.speaker and st.speaker.actor:
                    me = st.speaker.actor
                    other = next((a for a in (st.last_dyad or ()) if a != me), None) or recent_state(st, tok.idx, exclude={me})
                    return [me, other] if other else [me]
                return list(st.last_dyad or recent_states(st, tok.idx, 2))
            mover = set()
            if tok.dep_ in ("dobj", "pobj") and level < MAX_LEVEL:
                # "French special forces left the country", "Russia invaded the country": the
                # country acted on is not the doer's own (an official's is: "Macron left the country")
                subj = clause_subject_token(st, tok)
                if subj is not None and subj.lemma_.lower() not in OFFICIAL_NOUNS and not (
                        subj.i in st.by_token and st.by_token[subj.i].how == "person"):
                    mover = set(actors_of(st, subj, level=level + 1))
                if tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN":
                    # "the withdrawal of U.S. and NATO troops from the country": the movers are
                    # whom the act is of
                    mover |= {a for c in tok.head.head.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in c.children if g.dep_ == "pobj" for a in actors_of(st, g, level=level + 1)}
            state = recent_state(st, tok.idx, exclude=mover)
            return [state] if state else []
    if lemma in STATE_NOUNS and tok.tag_ == "NN" and any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in tok.children):
        # "his country": the state of the official just named
        p = recent_person(st, tok.idx)
        return [p.actor] if p and p.actor else []
    if lemma in ORG_NOUNS and any(c.lower_ in {"the", "this", "that"} for c in tok.children):
        # ("the group" in a story of an armed group is that group, whatever body came since)
        org = (recent_org(st, tok.idx, armed=True) if lemma in ARMED_GROUP_WORDS else None) or recent_org(st, tok.idx)
        return [org] if org else []
    if lemma in FIGHTER_NOUNS and tok.tag_ == "NNS" and any(c.lower_ == "the" for c in tok.children) and not any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children):
        # "the insurgents", "the militants" in a story of an armed group: that group
        org = recent_org(st, tok.idx, armed=True)
        return [org] if org else []
    if lemma in ROLE_RELATION_NOUNS:
        named = [a for c in tok.children if c.dep_ == "appos" for a in actors_of(st, c, level=level)]
        if named:
            return named  # "its long-time rival India" is India
    if (lemma in ROLE_RELATION_NOUNS or lemma in NEIGHBOUR_NOUNS or lemma in HOST_NOUNS) and tok.tag_ != "NNS" \
            and any(c.dep_ == "poss" for c in tok.children):
        # "its arch-rival" stands for the owner's rival, "its neighbour" for the other state of
        # the story next to it, "his host" for the state he is visiting; "its allies" names no
        # one in particular
        poss = next(c for c in tok.children if c.dep_ == "poss")
        owner = own_actors(st, poss, level) if poss.i not in st.by_token else list(st.by_token[poss.i].actors)
        if owner:
            other = counterpart(st, tok, owner, level)
            return [other] if other else []
    return []


def reporting_subject(st, tok, level: int) -> list[str]:
    """The actor of the one who speaks, when ``tok`` ("his") sits in what that one is reported
    to say and the speaker is named just before it as a singular noun phrase."""
    node = tok.head
    while node.head.i != node.i and node.dep_ != "ccomp":
        node = node.head
    verb = node.head
    if node.dep_ != "ccomp" or verb.lemma_.lower() not in REPORTING_VERBS:
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > tok.i or subj.tag_ not in ("NN", "NNP") or subj.lower_ in PRONOUNS_PERSON:
        return []
    return actors_of(st, subj, level=level + 1)[:1]


def plural_before(st, tok, level: int) -> list[str]:
    """The actors of the nearest plural noun phrase before ``tok`` in its sentence that is not
    the subject of ``tok``'s clause."""
    subj = clause_subject_token(st, tok)
    for t in reversed(st.sent[: tok.i - st.sent.start]):
        if subj is not None and subj.left_edge.i <= t.i <= subj.right_edge.i:
            continue
        listed = t.i in st.by_token and any(c.dep_ == "conj" and c.i in st.by_token for c in t.children)
        if (t.tag_ in ("NNS", "NNPS") or listed) and t.dep_ != "conj":
            # (names joined by "and" are plural too: "the bids of Finland and Sweden, accusing them")
            acts = actors_of(st, t, level=level)
            if acts:
                return acts
    return []


def recent_org(st, at: int, armed: bool = False) -> str | None:
    """The organisation (an armed group, when ``armed``) named last before ``at`` ("the bloc",
    "the alliance"; "the insurgents")."""
    best = None
    for s, _, m in st.spans:
        if s >= at:
            break
        if m.actors and is_org(st, m.actors[0]) and (not armed or m.actors[0] in st.res.dict.armed):
            best = m.actors[0]
    return best


#: Words for a body that mean an armed group when the story has one ("the group").
ARMED_GROUP_WORDS = frozenset({"group", "movement"})

#: Plural nouns for the fighters of an armed group ("the insurgents", "the militants").
FIGHTER_NOUNS = frozenset({"insurgent", "militant", "rebel", "guerrilla", "fighter", "separatist", "jihadist",
                           "extremist", "militia", "militiaman", "gunman"})


def counterpart(st, tok, owner: list[str], level: int = 0) -> str | None:
    """Whom "its rival" means: the nearest state before it that is neither the owner nor the clause's agent."""
    agents: set[str] = set()
    if tok.dep_ == "pobj" and level < MAX_LEVEL:
        saved = st.subject_token
        agents |= set(roles.subjects_of(st, tok.head, level=level + 1))
        agents |= set(roles.subjects_of(st, tok.head.head, level=level + 1))
        st.subject_token = saved
    return recent_state(st, tok.idx, exclude=set(owner) | agents)


def has_all(st, tok) -> bool:
    head = tok.head
    return any(c.lower_ == "all" for c in list(tok.children) + list(head.children))


def resolve_it(st, tok, level: int = 0) -> list[str]:
    """"it"/"its": a state in subject position just before, else the nearest state."""
    before = [(c, a, d) for c, a, d in st.history if c < tok.idx]
    in_sent = [(t.idx, st.by_token[t.i].actors[0], t.dep_) for t in st.sent if t.idx < tok.idx and t.i in st.by_token and st.by_token[t.i].actors and st.by_token[t.i].how != "person"]
    cands = before + in_sent
    if tok.lower_ == "its" and level < MAX_LEVEL:
        # the subject of its own clause when that is a resolved pronoun/actor
        subj = clause_subject_token(st, tok)
        if subj is not None and subj.tag_ == "NNS":
            # a plural subject is no "its": "Baku said Armenian units had fired on its positions"
            # are the speaker's positions
            speaker = reporting_subject(st, tok, level)
            if speaker:
                return speaker
            subj = None
        if subj is not None and subj.i != tok.i:
            up = level + 1
            acts = own_actors(st, subj, up) if subj.lower_ in PRONOUNS_STATE else actors_of(st, subj, level=up)
            if acts:
                return acts[:1]
    doc = tok.doc
    if tok.lower_ == "its" and tok.i >= 2 and doc[tok.i - 1].text == "," and doc[tok.i - 2].i in st.by_token:
        # "through AUKUS, its pact with Washington and London": the phrase describes AUKUS, so
        # "its" is someone else's (Canberra's)
        described = set(st.by_token[doc[tok.i - 2].i].actors)
        cands = [c for c in cands if c[1] not in described]
    if tok.lower_ == "it" and tok.dep_ == "dobj" and tok.head.dep_ == "acl" and cands:
        # "an Amnesty International report accusing it of ...": the text's author, named in the
        # noun the clause hangs on, is not whom it accuses
        author = tok.head.head
        own = {st.by_token[t.i].actors[0] for t in author.subtree if t.i < author.i and t.i in st.by_token and st.by_token[t.i].actors}
        cands = [c for c in cands if c[1] not in own] or cands
    if tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass") and cands:
        # a subject "it" is the state last named as a subject (or a subject's owner) when that
        # is as recent as the sentence before: "Baku said ... The ministry also said it had
        # detained an Armenian serviceman ... and that it had moved ..."
        recent = [c for c in cands if c[0] >= _previous_sentence_start(st)]
        subj = [c for c in recent if c[2] in ("nsubj", "nsubjpass", "poss")]
        if subj:
            return [subj[-1][1]]
    if cands:
        return [cands[-1][1]]
    return []


def _list_head_cut_off(st, subj) -> list[str]:
    """The first of a list of subjects that the parser cut off: "Malaysia, Indonesia and the
    Philippines agreed ..." is parsed with "Malaysia" as a modifier of the verb and
    "Indonesia and the Philippines" as its subject; the name before the comma is one more."""
    if subj.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "conj" for c in subj.children):
        return []
    doc, left = subj.doc, subj.left_edge.i
    if left < 2 or doc[left - 1].text != ",":
        return []
    first = doc[left - 2]
    if first.i not in st.by_token or first.head.i != subj.head.i or first.dep_ not in ("npadvmod", "nmod", "dep", "nsubj"):
        return []
    return [a for a in st.by_token[first.i].actors]


def _charged_or_urged(it) -> bool:
    """Whether an object "it" is told to do something or charged with a deed, as only an
    actor is: "accusing it of supporting terrorism", "blamed it for the attack on ...",
    "urged it to halt enrichment" (the deed is a gerund or a to-clause after it)."""
    if it.dep_ != "dobj":
        return False
    verb = it.head
    return any(c.dep_ == "xcomp" and c.i > it.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               or c.dep_ == "prep" and c.i > it.i and c.lower_ in ("of", "for") and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
               for c in verb.children)


def _previous_sentence_start(st) -> int:
    """Where the sentence before the current one starts (characters)."""
    start = st.sent.start_char
    prev = st.doc[st.sent.start - 1].sent if st.sent.start > 0 else st.sent
    return min(start, prev.start_char)


def clause_subject_token(st, tok):
    """The nearest subject up the tree from ``tok``."""
    node = tok
    for _ in range(8):
        for ch in node.children:
            if ch.dep_ in ("nsubj", "nsubjpass") and ch.left_edge.i <= ch.i and not (ch.left_edge.i <= tok.i <= ch.right_edge.i):
                return ch
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def recent_state(st, at: int, exclude: set[str]) -> str | None:
    """The state named last before ``at``; when that was the last of a list ("Pakistan and
    the United States have designated ..."), the one of the list the story names most."""
    named = [(c, a, d) for c, a, d in st.history + [
        (t.idx, st.by_token[t.i].actors[0], t.dep_) for t in st.sent
        if t.i in st.by_token and st.by_token[t.i].actors and st.by_token[t.i].how != "person"]
        if c < at and a not in exclude and is_state(st, a)]
    if not named:
        return None
    c, a, d = named[-1]
    if d != "conj":
        return a
    listed = {x for cx, x, _ in named if c - cx < 60}
    counts = {x: sum(1 for _, y, _ in named if y == x) for x in listed}
    return max(listed, key=lambda x: (counts[x], x == a))


def recent_states(st, at: int, n: int) -> list[str]:
    """The ``n`` states the story is about so far, for "the two sides" when no pair has acted
    yet: the most often named before ``at``, the latest first among equals (a state named
    once in passing, "through the mediation of China", is not one of "the two sides")."""
    # the officials named count for their states ("received the Minister of Foreign Affairs
    # of Iran, Hossein Rahmani")
    named = [a for c, a in sorted(
        [(c, a) for c, a, d in st.history]
        + [(m.start, m.actors[0]) for m in st.mentions if m.how == "person" and m.actors]
        + [(t.idx, st.by_token[t.i].actors[0]) for t in st.sent
           if t.i in st.by_token and st.by_token[t.i].actors and st.by_token[t.i].how != "person"]
    ) if c < at and is_state(st, a)]
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for i, a in enumerate(named):
        counts[a] = counts.get(a, 0) + 1
        last[a] = i
    return sorted(counts, key=lambda a: (-counts[a], -last[a]))[:n]


def charge_maker(st, noun, answering: list[str]) -> str | None:
    """Who made the charge a definite claim noun names again ("Rabat rejected the
    accusations", "a Taliban spokesman denied the charge"): the latest accuser, in the story
    so far, of one of ``answering``; None when the noun names its maker or none is found."""
    if noun.lemma_.lower() not in CHARGE_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in AGAIN_DETERMINERS for c in noun.children):
        return None
    if any(t.i in st.by_token for t in noun.subtree):
        return None
    for r in reversed(st.relations):
        if r.type != "ACCUSE" or r.negated:
            continue
        accused = r.object.id if isinstance(r.object, ActorRef) else r.object.subject.id
        if accused in answering and r.subject.id not in answering:
            return r.subject.id
    return None


def counterpart_of(st, state: str, at: int) -> str | None:
    """The other side of the story's current pair, else the latest other state named."""
    if st.last_dyad and state in st.last_dyad:
        return next(a for a in st.last_dyad if a != state)
    return recent_state(st, at, exclude={state})


def recent_person(st, at: int, royal: bool = False) -> Person | None:
    """The official named last before ``at`` (with ``royal``, the last one titled as a monarch or prince).

    None when someone kg does not know has spoken since ("Wine says ... he said"): the
    "he" is more likely theirs than an earlier official's."""
    best, best_at = None, -1
    for m in st.mentions:
        if m.start >= at:
            break
        if m.person is not None and (not royal or is_royal(m.person)):
            best, best_at = m.person, m.start
    if best is not None and any(best_at < u < at for u in st.unknown_speakers):
        return None
    return best


def is_royal(p: Person) -> bool:
    role = (p.role or "").lower()
    return any(role == t or role.startswith(t + " ") for t in ROYAL_TITLES)


def note_states(st, m: Mention, start: int, dep: str | None, paragraph_states: list[str]) -> None:
    """Remember a state named at ``start`` for "it", "the country", "we all"."""
    if not m.actors:
        return
    a = m.actors[0]
    actor = st.res.dict.actors.get(a)
    if actor is None or actor.kind != "Country":
        return
    if m.how != "person":
        if dep is None:
            span = st.doc.char_span(start, max(m.end, start + 1), alignment_mode="expand")
            dep = span.root.dep_ if span is not None and len(span) else ""
        st.history.append((start, a, dep))
    if a not in paragraph_states:
        paragraph_states.append(a)


def is_state(st, actor_id: str) -> bool:
    a = st.res.dict.actors.get(actor_id)
    return bool(a and a.kind == "Country")


def is_org(st, actor_id: str) -> bool:
    a = st.res.dict.actors.get(actor_id)
    return bool(a and a.kind == "Organisation")
