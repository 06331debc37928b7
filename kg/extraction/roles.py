"""Stage 3: source and target from the parse, and the relations one trigger makes."""

from __future__ import annotations

import dataclasses
import re

from ..actors import DEMONYM, PLACE
from ..ontology import RELATION_TYPES
from .model import ActorRef, Relation
from .lexicon import (
    infinitives,
    ARMS_NOUNS,
    STATEMENT_NOUNS,
    CHARGE_NOUNS,
    RELIEF_GOODS,
    refusing,
    HELP_VERBS,
    OBJECT_CONTROL_VERBS,
    PREDICATING_VERBS,
    RECEIVING_VERBS,
    REPORTER_OWNED,
    ATTRIBUTED_TYPES,
    BOTH_WAYS_TYPES,
    DEEP_OBJECT_TYPES,
    DEFAULT_PREPS,
    EMBASSY_NOUNS,
    GOVERNING_TYPES,
    MEDIATION_NOUNS,
    MILITARY_NOUNS,
    BUYING_VERBS,
    CAPABILITY_WORDS,
    CUSTODY_NOUNS,
    DYING_VERBS,
    HARM_VERBS,
    JOINT_WORDS,
    READY_WORDS,
    UNDERGONE_NOUNS,
    PEOPLE_NOUNS,
    PROTESTER_NOUNS,
    GROUP_NOUNS,
    GATHERING_VERBS,
    ACT_VERBS,
    GENERIC_ACTS,
    CLAIM_NOUNS,
    EXPELLING_VERBS,
    OFFICIAL_NOUNS,
    STATE_NOUNS,
    MUTUAL_NOUNS,
    MUTUAL_VERBS,
    NOUNS,
    PRONOUNS_FIRST_PLURAL,
    PRONOUN_WORDS,
    REPORTED_WRONGS,
    REPORTING_VERBS,
    ROLE_RELATION_NOUNS,
    STATIVE_PASSIVES,
    EXPERIENCER_HEADS,
    TYPE_PREPS,
    VERBS,
)
from . import discourse, groups, qualifiers, standing, triggers


def subjects_of(st, tok, level: int = 0) -> list[str]:
    """Who acts: the trigger's own subject or possessor, else one found up the tree.

    The token that named them is kept in ``st.subject_token`` ("we", "the officials").
    """
    node, seen = tok, 0
    st.subject_token = None
    if st.forced_subject is not None:
        return list(st.forced_subject)
    ctrl = tok if tok.pos_ in ("VERB", "AUX") else (tok.head if tok.dep_ == "dobj" and tok.head.dep_ == "xcomp" else None)
    if ctrl is not None and ctrl.dep_ == "xcomp" and ctrl.head.lemma_.lower() in OBJECT_CONTROL_VERBS \
            and not triggers.phone_call(st, ctrl.head):
        # (but "called his counterpart to demand ...": a telephone call made to demand, by the caller)
        # "Adeyemi invited his Brazilian counterpart to make a state visit": the one invited
        # (asked, urged) is who would act
        for c in ctrl.head.children:
            if c.dep_ == "dobj":
                acts = discourse.actors_of(st, c, level=level)
                if acts:
                    st.subject_token = c
                    return acts
    if tok.i in st.verb_subjects:
        return list(st.verb_subjects[tok.i])
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "by" and tok.head.head.tag_ == "VBN" \
            and tok.head.head.dep_ in ("acl", "amod"):
        # "people displaced by fighting in Somalia": a cause named in a participle's "by" is
        # done by whoever its own phrase names, never by the clause around it
        return [a for c in tok.children if c.dep_ in ("poss", "amod", "compound") for a in discourse.actors_of(st, c, level=level)]
    if (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("over", "for") and tok.head.head.pos_ in ("VERB", "NOUN")
            and not any(c.dep_ == "poss" or c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "of" and any(
                t.i in st.by_token for t in c.subtree)) for c in tok.children)):
        # (an "of" naming no one, "the sale of arms to Taiwan", leaves the doer to be found here)
        # "criticised the United States over arms sales to Taiwan", "sanctions on Lockheed
        # Martin over arms sales": the act a complaint or a measure answers was done by whom
        # it is aimed at, never by its own doer
        # (only a complaint says who did it; a sanction "over the attack on its embassy"
        # asserts no attack by whom it punishes)
        answering = tok.head.head
        answering_types = set(triggers.trigger_types(st, answering))
        lodged = answering.dep_ == "dobj" and (answering.i in st.consumed or any(
            c.dep_ == "conj" and c.i in st.consumed for c in answering.children))  # ("the air and arms embargo")
        if lodged:
            # "lodged a protest with Washington over the sale of arms to Taiwan": the light
            # verb says what the complaint is, and the one it was lodged with did the act
            answering_types = set(triggers.trigger_types(st, answering.head))
        if answering.lemma_.lower() == "responsibility" and answering.dep_ == "dobj":
            # "claimed responsibility for an attack on a British ship": the claimant did it
            return subjects_of(st, answering.head, level=level)
        if not answering_types and answering.i not in st.consumed:
            pass  # (a word that answers nothing, nor a light verb's object, "imposed sanctions": read on)
        elif not answering_types & {"ACCUSE", "REJECT"}:
            return []
        else:
            blamed = [c for c in answering.children if c.dep_ == "dobj"] + [
                g for c in answering.children if c.dep_ == "prep" and c.lower_ in (("on", "against", "with", "to") if lodged else ("on", "against"))
                for g in c.children if g.dep_ == "pobj"]
            return [a for c in blamed for a in discourse.actors_of(st, c, level=level)]
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "against", "over", "into", "of") \
            and tok.head.i > 0 and ANSWERING_NOUNS & {tok.head.head.lemma_.lower(), tok.doc[tok.head.i - 1].lemma_.lower()} \
            and tok.lemma_.lower() not in ANSWERING_NOUNS:
        # (the parser often hangs the "at" or "into" on the verb: the noun just before it says)
        # "recalled its envoy in protest at the air strikes on Yugoslavia", "a probe into the
        # bombings in Kampala": the act protested or looked into is done by whom its own phrase
        # names, never by the protester or the investigator
        return _named_by(st, tok, ("by", "from"))
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("during", "amid", "at") \
            and tok.lemma_.lower() in NOUNS["PROTEST"]:
        # "soldiers wounded three youths during a demonstration against the occupation": a
        # protest the clause happened at is held by whom its own phrase names, never by the
        # clause's subject
        return _named_by(st, tok, ("by", "of"))
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in STATEMENT_NOUNS | {"resolution", "motion", "bill", "law"}:
        # "an Amnesty International report accusing it of ...", "a UN resolution demanding ...":
        # a text that accuses or demands speaks for its author (whoever issued it, when the
        # text names no one: "the Council passed a resolution demanding ...")
        authors = discourse.actors_of(st, tok.head, level=level)
        if authors:
            st.subject_token = tok.head
            return authors
    if tok.dep_ == "acl" and tok.tag_ == "VB" and tok.head.pos_ == "NOUN" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "Moscow's decision to expel ten diplomats", "a U.S. plan to sell jets to Taiwan": the
        # noun's maker does what it is to do
        makers = _named_by(st, tok.head, ("of", "by"))
        if makers:
            return makers
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
        # "fired tear gas at demonstrators protesting a tax increase", "condemned Ukrainian
        # forces shelling Donetsk": a participle describing people is done by them, never by
        # the subject of the clause around it
        doers = discourse.actors_of(st, tok.head, level=level)
        if doers:
            st.subject_token = tok.head
            return doers
    if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
        # "a statement released on Tuesday", "prisoners released by Russia", "troops deployed
        # near the border": a participle's doer is its "by" phrase (or the forces it names),
        # never the subject of the clause around it
        agents = [a for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                  for a in discourse.actors_of(st, g, level=level)]
        if not agents and tok.head.dep_ == "ROOT" and tok.head.pos_ == "NOUN" and tok.i == tok.head.i + 1 \
                and tok.lemma_.lower() in GATHERING_VERBS | {"protest"} and not any(c.dep_ == "dobj" for c in tok.children):
            # "Filipino students protested outside the embassy", parsed as a noun phrase: people
            # do not get protested, they protest
            return discourse.actors_of(st, tok.head, level=level)
        if agents or tok.head.lemma_.lower() not in MILITARY_NOUNS | {"force", "troop", "soldier", "unit"}:
            return agents
        return discourse.actors_of(st, tok.head, level=level)
    if tok.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in tok.children) and not _done_to_of(tok):
        # "the sale of Russian jets", "the withdrawal of Rwandan troops": the theme's nation acts
        # (but "the expulsion of Iraqi diplomats" is done to Iraq)
        for ch in tok.children:
            if ch.dep_ == "prep" and ch.lower_ == "of":
                for g in ch.children:
                    if g.dep_ == "pobj" and g.i not in st.by_token:
                        acts = [a for t in g.subtree if t.i < g.i and t.i in st.by_token for a in st.by_token[t.i].actors]
                        if acts:
                            return acts

    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_SUBJECTS for c in tok.children):
        # "welcomed the Sudanese generals who seized power": the relative word stands for the
        # noun the clause describes, never for the subject of the clause around it
        st.subject_token = tok.head
        return discourse.actors_of(st, tok.head, level=level)
    while seen < 8:
        seen += 1
        if node.pos_ == "VERB" and node.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children):
            stranded = _stranded_subject(st, node)
            if stranded:
                return stranded
        left = _name_left_of_finite_verb(st, node)
        if left is not None:
            st.subject_token = left
            return list(st.by_token[left.i].actors)
        for ch in node.children:
            if ch.dep_ == "npadvmod" and ch.i < node.i and ch.i in st.by_token and node.pos_ == "VERB" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                # the parser's "Turkey/npadvmod massed troops": a name before a verb with no subject is its subject
                st.subject_token = ch
                return list(st.by_token[ch.i].actors)
            if ch.dep_ == "csubj" and ch.tag_ == "VBG" and ch.i != tok.i and triggers.trigger_types(st, ch):
                # "Shelling by Armenian forces killed two civilians": an act the parser made a
                # clause, as the subject, is done by its own maker
                acts = _named_by(st, ch, ("by", "from"))
                if acts:
                    st.subject_token = ch
                    return acts
            if ch.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
                target = ch
                if ch.dep_ == "agent":
                    target = next((g for g in ch.children if g.dep_ == "pobj"), None)
                    if target is None:
                        continue
                acts = discourse.actors_of(st, target, level=level)
                if not acts and ch.dep_ == "nsubj" and target.pos_ == "NOUN" and target.i != tok.i and triggers.trigger_types(st, target):
                    # "Airstrikes by the Saudi-led coalition hit a port": an act as the subject
                    # of a verb is done by its own maker
                    acts = _named_by(st, target, ("by", "from"))
                if acts or target.lower_ in PRONOUNS_FIRST_PLURAL or (
                        ch.dep_ == "nsubj" and target.pos_ == "NOUN" and target.lemma_.lower() in UNNAMED_FORCE):
                    # ("after gunmen shot dead six of its staff": whoever the gunmen were, they
                    # are not the subject of the clause around)
                    st.subject_token = target
                    return acts
        if node.pos_ in ("NOUN", "PROPN") and node.i == tok.i:
            for ch in node.children:
                if ch.dep_ in ("amod", "compound") and ch.i in st.by_token and (
                    st.by_token[ch.i].how == DEMONYM or _abbreviation(st, ch) or _speech_act(st, tok)
                ):
                    # "a Russian request", "a U.S. request", "a United Nations appeal"
                    return list(st.by_token[ch.i].actors)
        if node.dep_ in ("ROOT",) or node.head.i == node.i:
            break
        if node.dep_ in ("ccomp", "relcl", "parataxis") and node.i != tok.i and not (
            tok.dep_ == "conj" and tok.head.i == node.i and node.dep_ == "ccomp"
        ):
            break
        if node.dep_ == "ccomp" and not (tok.dep_ == "conj" and tok.head.i == node.i):
            break
        # (a verb the parser joined to the clause a reporter said, "Zhao said sanctions had
        # failed and urged Washington to ...", whose subject names no actor: the reporter acts)
        finite_conj = tok.head.i == node.i and triggers.finite_after_gerund(tok)
        # ("accused Algeria of shooting down a drone and recalled its ambassador": a finite verb
        # the parser joined to the gerund is the accuser's own second act)
        if node.dep_ == "pcomp" and node.head.lower_ in ("for", "of") and node.head.head.lemma_.lower() in VERBS.get("ACCUSE", ()) \
                and not finite_conj:
            # "blasted South Korea for holding drills": whoever is charged does what the charge names
            accused = [a for c in node.head.head.children if c.dep_ == "dobj" for a in discourse.actors_of(st, c, level=level)]
            if accused:
                return accused
        node = node.head
        if node.lemma_.lower() in EXPERIENCER_HEADS and tok.pos_ in ("NOUN", "PROPN"):
            break  # "India and Japan face threats from China": they are threatened, not threatening
    return []


def _name_left_of_finite_verb(st, verb):
    """The name just before a finite verb that has no subject, when the parser hung it on
    something earlier ("attacked two tankers on Tuesday and Iran/conj retaliated by
    shelling Basra"): nothing else in the clause can have done it."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    left = verb.doc[verb.i - 1]
    if left.i not in st.by_token or left.dep_ not in ("conj", "pobj", "npadvmod", "appos", "dobj") \
            or left.head.i >= left.i or left.head.i == verb.i or left.ent_type_ == "DATE":
        return None
    return left


#: Nouns of answering or looking into an act someone else did: "in protest at", "a probe into".
ANSWERING_NOUNS = frozenset({"protest", "probe", "investigation", "inquiry", "enquiry", "response", "retaliation",
                             "reprisal", "outrage", "anger"})


#: Texts put to a vote: what they would do is proposed by their authors.
DRAFTED_TEXTS = frozenset({"resolution", "draft", "motion", "bill"})

#: Nouns for something proposed, asked or charged: refusing it refuses whoever made it.
PROPOSAL_NOUNS = {"offer", "proposal", "invitation", "request", "appeal", "call", "demand", "plan", "initiative",
                  "accusation", "allegation", "claim", "charge", "ultimatum"}


def _named_by(st, node, preps: tuple[str, ...], modifiers: bool = True) -> list[str]:
    """The actors a noun names as its maker: its possessor or a name modifying it ("Moscow's
    request", "Qatari mediation", "Japanese aid"), then its phrases with ``preps`` ("the
    mediation of China", "aid from Japan"); ``modifiers=False`` for the phrases alone."""
    out = [a for c in node.children if modifiers and (c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.i in st.by_token)
           for a in discourse.actors_of(st, c)]
    out += [a for c in node.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)]
    return out


def _by_in_phrase(st, noun) -> list[str]:
    """Whom a noun's phrase names after "by", wherever the parser hung it ("the deportation of
    thousands of Afghans by Iran": on "thousands")."""
    def in_a_clause(t) -> bool:  # (a "by" inside a clause of the phrase is that clause's)
        node = t.head
        while node.i != noun.i:
            if node.dep_ in ("relcl", "acl", "advcl", "ccomp"):
                return True
            node = node.head
        return False

    return [a for t in noun.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by" and t.i != noun.i and not in_a_clause(t)
            for g in t.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)]


def _received(st, tok, rtype: str) -> list[Relation] | None:
    """An act its subject receives: the giver is who it came from ("from Japan", "Japanese
    aid") and the receiver the subject, never the other way round. ``None`` when the noun is
    not received; no edge when nobody is named as giving it."""
    if tok.pos_ != "NOUN" or rtype not in RELATION_TYPES or RELATION_TYPES[rtype].symmetric:
        return None
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECEIVING_VERBS | PROMPTING_VERBS and not (
            tok.head.lemma_.lower() in PROMPTING_VERBS and rtype not in REACTION_TYPES):
        verb = tok.head  # ("prompting a protest from Beijing": a reaction the subject's act drew)
    elif tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_.lower() in {"come", "be", "remain", "put", "place", "fall"} \
            and not any(c.dep_ == "dobj" for c in tok.head.head.children):
        verb = tok.head.head  # "came under pressure from Washington", "was put under investigation in Italy"
        # (but "placed the opposition leader under house arrest" is done by the subject, read as usual)
    elif tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in RECEIVING_VERBS:
        verb = tok.head.head  # "benefiting from Russia's protection"
    else:
        return None
    receivers = subjects_of(st, verb)
    causes = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and (c.lemma_.lower() in ACT_VERBS or any(c.lemma_.lower() in v for v in NOUNS.values()))]
    if causes and rtype in REACTION_TYPES:
        # "the deportation of Afghan refugees by Iran and Pakistan drew criticism from the UN":
        # the reaction is to the act's doers, not to whom it was done
        receivers = _by_in_phrase(st, causes[0]) or receivers
    givers = [a for a in _named_by(st, tok, ("from", "by")) + _named_by(st, verb, ("from", "by"), modifiers=False)
              if a not in receivers]  # ("received its first loan from China": "its" is the receiver)
    if not givers and rtype in ("ACCUSE", "COERCE") and tok.head.lower_ == "under":
        # "was put under investigation in Italy", "placed under arrest in Iran": by no one
        # named, the state where it happened did it (as with an arrest told in the passive)
        givers = [a for a in _named_by(st, tok, ("in",), modifiers=False) + _named_by(st, verb, ("in",), modifiers=False)
                  if a not in receivers]
    if not givers:
        return []
    negated = qualifiers.negated(st, tok)
    if rtype == "PROTEST" and discourse.is_state(st, givers[0]):
        rtype = "ACCUSE"  # "prompting a protest from Beijing": a government's complaint (CAMEO 114)
    return [make(st, tok, rtype, givers[0], r, negated) for r in receivers if r != givers[0]]


#: Nouns of violence or force whose maker is read from their own phrase only ("Russia's
#: annexation of Crimea", "the killing of a journalist by gunmen"), never from the clause around.
OWN_DOER_NOUNS = frozenset({"abduction", "annexation", "assassination", "crackdown", "deportation", "kidnapping",
                            "killing", "massacre", "occupation", "siege"})

#: Topics that name a relation with whoever follows "with": "discussed their diplomacy with China".
RELATIONAL_TOPICS = frozenset({"diplomacy", "relation", "relationship", "tie", "cooperation", "co-operation", "trade",
                               "dealing", "engagement", "policy", "partnership", "dispute", "talk", "negotiation"})

#: Verbs whose subject does what their object names: "carried out the killing".
PERPETRATING_VERBS = frozenset({"carry", "commit", "conduct", "perpetrate", "launch", "mount", "stage", "order", "impose"})

#: Verbs by which an act brings a reaction: "prompting a protest from Beijing".
PROMPTING_VERBS = frozenset({"prompt", "spark", "provoke", "trigger"})
#: Reactions an act draws from someone, aimed at its doer.
REACTION_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT", "THREATEN", "SANCTION"})


def _held_where_it_happened(st, tok, rtype: str) -> list[Relation] | None:
    """"Two Canadians were detained in China": an arrest told in the passive, with no one
    named as doing it, is the doing of the state where it happened (event coders code the
    place's state), done to the state of the people held."""
    if rtype != "COERCE" or any(c.dep_ == "agent" for c in tok.children):
        return None
    held_tokens = [c for c in tok.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"]
    if held_tokens:
        held = [a for c in held_tokens for a in discourse.actors_of(st, c)]
    elif any(c.dep_ == "auxpass" for c in tok.children) and tok.dep_ in ("pcomp", "advcl", "xcomp", "acl"):
        # "died after being detained in North Korea": the one held is whom the clause is about
        held = subjects_of(st, tok)
    else:
        return None
    places = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)]
    pairs = [(place, h) for place in places[:1] for h in held if h != place]
    if not pairs:
        return None
    return [make(st, tok, rtype, place, h, qualifiers.negated(st, tok)) for place, h in pairs]


def _casualties(st, tok, rtype: str) -> list[Relation] | None:
    """"Two Israeli soldiers were killed in a Syrian attack", "... were wounded when guerrillas
    fired rockets at a post": people harmed in the passive, with no "by", were harmed by the
    doer of the attack named beside the verb. ``None`` when no such attack names its doer."""
    if rtype != "ASSAULT":
        return None
    verb = _harming(tok)
    if verb is not None:
        # the attack itself: its owner did it, to those the verb says were harmed (never the
        # other way round, "died in a Taliban ambush")
        victims = [a for c in verb.children if c.pos_ != "PRON" and (c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and verb.lemma_.lower() in DYING_VERBS)
                   for a in discourse.actors_of(st, c)]
        if not victims:
            return None
        doers = [a for a in _named_by(st, tok, ("by", "from")) + _custodians(st, tok, verb) if a not in victims]
        return [make(st, tok, rtype, d, v, qualifiers.negated(st, tok)) for d in doers[:1] for v in victims]
    if tok.pos_ == "VERB" and tok.dep_ == "advcl" and tok.head.lemma_.lower() in DYING_VERBS \
            and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in tok.children):
        # "five Indian soldiers died when Pakistani troops fired across the line": the attack
        # named in the clause killed those who died
        victims = [a for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON" for a in discourse.actors_of(st, c)]
        doers = [a for c in tok.children if c.dep_ == "nsubj" for a in discourse.actors_of(st, c)]
        pairs = [(d, v) for d in doers[:1] for v in victims if v != d]
        if pairs:
            return [make(st, tok, rtype, d, v, qualifiers.negated(st, tok)) for d, v in pairs]
    if tok.pos_ != "VERB" or any(c.dep_ == "agent" for c in tok.children):
        return None
    victims = [a for c in tok.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON" for a in discourse.actors_of(st, c)]
    if not victims:
        return None
    doers: list[str] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            doers += [a for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in NOUNS["ASSAULT"]
                      for a in _named_by(st, g, ("by", "from"))]
            # "were killed in a clash with Chinese troops": the other side of a fight killed them
            doers += [a for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in MUTUAL_NOUNS | {"battle", "fight", "gunbattle", "firefight"}
                      for a in _named_by(st, g, ("with", "against"), modifiers=False)]
        elif c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in c.children) \
                and "ASSAULT" in triggers.trigger_types(st, c):
            doers += [a for g in c.children if g.dep_ == "nsubj" for a in discourse.actors_of(st, g)]
    doers += _custodians(st, tok)
    pairs = [(d, v) for d in doers[:1] for v in victims if v != d]
    if not pairs:
        return None
    return [make(st, tok, rtype, d, v, qualifiers.negated(st, tok)) for d, v in pairs]


#: Verbs that allow, forbid or lift what they govern: a protest under them is not held.
PERMITTING_VERBS = frozenset({"allow", "authorise", "authorize", "bar", "forbid", "lift", "outlaw", "permit", "prohibit"})

#: Nouns of a protest that can be named with no one holding it: "a general strike", "street protests".
PROTEST_EVENT_NOUNS = frozenset({"protest", "demonstration", "rally", "strike", "riot", "rioting", "unrest", "march",
                                 "sit-in", "walkout", "boycott", "uprising"})

#: Nouns of force whose user is not said: "a roadside bomb killed ...", "gunmen ambushed ...".
UNNAMED_FORCE = frozenset({"assailant", "attacker", "blast", "bomb", "bomber", "bombing", "device", "explosion", "gunman",
                           "kidnapper", "landmine", "mine", "mortar", "rocket", "shell", "sniper"})

#: Prepositions that say where force was used: "in Basra", "near Samarra", "outside Kabul".
WHERE_PREPS = ("in", "near", "outside")


#: Mishaps people are killed or hurt in, with no one's force.
MISHAPS = frozenset({"accident", "avalanche", "collision", "crash", "earthquake", "flood", "flooding", "landslide",
                     "mudslide", "stampede", "storm", "tsunami", "typhoon", "hurricane", "cyclone", "quake"})


def _unnamed_attackers(st, tok, rtype: str) -> list[Relation] | None:
    """"An American journalist was abducted in Baghdad", "A roadside bomb killed two British
    soldiers in Basra", "A car bomb exploded outside a police station in Karachi, killing four
    policemen": force used on people by no one named is the doing of armed men of the state
    where it happened (the event coders code the place; kg keeps them a group of it,
    ``IRQ:UAF``, not its government). Victims with no name of their own are that state's:
    its police and soldiers the state, anyone else its people (``PAK:CVL``). None when the
    verb names its doer, or no place and no victim's state are said."""
    if rtype != "ASSAULT" or tok.pos_ != "VERB" or any(
            t.lemma_.lower() in MISHAPS for c in tok.children if c.dep_ == "prep" for t in c.subtree):
        return None  # ("killed in a bus crash in Egypt": no one used force)
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents and not all(_unnamed_force(st, g) for g in agents):
        return None
    hit = [c for c in tok.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"]
    where_said = [tok, *hit, *agents]
    # (people of the place killed with no force named, "two Iraqi soldiers were killed in
    # Basra", may have died in its own fighting: only a bomb, a mine or gunmen make it this)
    own_people = bool(agents) or not hit
    struck = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in UNNAMED_FORCE), None)
    if struck is not None and tok.lemma_.lower() in ("hit", "strike", "trigger"):
        # "their vehicle hit a mine": whoever was in it was hit, by whoever laid the mine
        hit = [c for c in tok.children if c.dep_ == "nsubj"]
        where_said = [tok, struck, *hit]
    elif not hit:
        doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        clause = tok
        if doer is None and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp"):
            # "A car bomb exploded ..., killing four policemen": the blast did the killing
            clause = tok.head
            doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if doer is None or not _unnamed_force(st, doer):
            return None
        hit = [c for c in tok.children if c.dep_ == "dobj"]
        where_said = [tok, clause, doer, *hit]  # ("a roadside bombing near Samarra killed ...")
    wheres = [p for node in where_said for p in node.children if p.dep_ == "prep" and p.lower_ in WHERE_PREPS]
    places = [a for p in wheres for t in p.subtree if t.i in st.by_token and st.by_token[t.i].how != DEMONYM
              for a in st.by_token[t.i].actors if discourse.is_state(st, a)]
    victims = []
    for c in [h for x in hit for h in ([x] if discourse.actors_of(st, x) else [x, *triggers.who_is_counted(x)])]:
        # ("shot dead six of its foreign staff": whom the number counts)
        named = list(discourse.actors_of(st, c))  # (a state's people, or a body's: "an African Union base")
        if not named and places and c.lemma_.lower() in VICTIM_NOUNS | FORCE_VICTIMS:
            # "killing four policemen", "shot dead a congressman" in a place of one state
            named = [places[0] if c.lemma_.lower() in FORCE_VICTIMS else groups.group_id(places[0], "CVL")]
        victims.extend(named)
    pairs = [(place, v) for place in places[:1] for v in dict.fromkeys(victims)
             if own_people or groups.state_of(v) != place]
    if not pairs:
        return [] if struck is not None else None
    negated = qualifiers.negated(st, tok)
    return [make(st, tok, rtype, groups.group_id(place, groups.UNKNOWN_ARMED), v, negated) for place, v in pairs]


#: Who force by no one named falls on, as the state where it happened: its police and soldiers.
FORCE_VICTIMS = frozenset({"policeman", "policemen", "police", "officer", "soldier", "trooper", "paratrooper", "guard",
                           "serviceman", "servicemen", "commando", "marine", "convoy", "patrol", "post", "station", "checkpoint"})
#: ... and its people.
VICTIM_NOUNS = frozenset({"civilian", "villager", "youth", "worshipper", "passer-by", "passerby", "shopper", "child", "pilgrim",
                          "congressman", "lawmaker", "politician", "mayor", "judge", "official", "leader", "man", "woman",
                          "people", "person", "student", "journalist", "farmer", "worker", "resident", "voter"})


def _unnamed_force(st, noun) -> bool:
    """A noun of force whose user it does not name: "gunmen on motorcycles", "a car bomb"."""
    wheres = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in WHERE_PREPS]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in UNNAMED_FORCE and not any(
        t.i in st.by_token for t in noun.subtree if not any(t in p.subtree for p in wheres))


def _protesters_where(st, verb) -> list[str]:
    """"Protesters rallied outside the US embassy in Baghdad", "Demonstrators stormed the
    Danish embassy in Damascus": people no one names protest where they are, so are of the
    state whose city or place the clause names (as "protesters in Baghdad" are)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(h.lemma_.lower() in PROTESTER_NOUNS | PEOPLE_NOUNS for h in [subj, *triggers.who_is_counted(subj)]):
        return []
    said = {t.i for t in subj.subtree}
    return groups.venue_actors(st, (t for t in verb.subtree if t.i not in said))[:1]


def _protests_erupted(st, tok, rtype: str) -> list[Relation] | None:
    """"Protests erupted in Tehran against the United States", "Anti-American protests broke
    out in Cairo": protests as the subject of their own breaking out are by the people of
    the city or place the clause names, against whom they are said to be. None when the
    noun is no such subject, or no place or no target is named."""
    if rtype != "PROTEST" or tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.head.pos_ != "VERB":
        return None
    verb = tok.head
    where = groups.venue_actors(st, verb.subtree)
    against = [a for h in (tok, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "against"
               for g in c.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)] or groups.opposed(st, tok)
    pairs = [(w, a) for w in where[:1] for a in dict.fromkeys(against) if a != w]
    if not pairs:
        return None
    negated = qualifiers.negated(st, verb)
    return [make(st, tok, rtype, w, a, negated) for w, a in pairs]


def _protest_of_one_state(st, tok, rtype: str) -> list[Relation] | None:
    """"as a nationwide general strike turned violent", "sparking the biggest street protests
    in Turkey", "broke up an opposition rally in Lahore": a protest only named, by no one the
    sentence names, in a sentence of one state, is its people's (or the group its own words
    name: "an opposition rally", "student protests") against their state, or against whom
    its own name says ("anti-American protests"). None for any other noun or sentence."""
    if rtype != "PROTEST" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in PROTEST_EVENT_NOUNS \
            or any(c.dep_ == "poss" for c in tok.children):
        return None
    makers = _named_by(st, tok, ("by", "of"))
    if makers and not (len(makers) == 1 and groups.is_group(makers[0])):
        return None  # (held by whom it names: the usual reading)
    if any(a.lemma_.lower() in PERMITTING_VERBS | {"ban"} for a in list(tok.ancestors)[:4]):
        return None  # ("banned opposition parties from holding rallies", "lifted a ban on rallies": none held)
    if not makers and any(groups.is_group(a) for a in subjects_of(st, tok)):
        return None  # ("opposition parties organised a general strike": the usual reading)
    sent = tok.sent
    if not st.domestic_only and groups.sentence_groups(st, sent):
        if not _staged_by_people(st, tok):
            st.deferred_protests.add(tok.i)  # (read again for it alone if the sentence told of more)
        return None  # (a sentence with people of its own is read again with them: groups.read_domestic)
    named = [a for t in sent if t.i in st.by_token for a in st.by_token[t.i].actors]
    states = {groups.state_of(a) for a in named}
    if len(states) != 1 or not all(discourse.is_state(st, s) for s in states):
        return None  # (a body or a second state in the sentence may be who holds it)
    (state,) = states
    against = groups.opposed(st, tok)
    if against and state in against:
        return None
    sector = next((groups.agent_sector(c, st.res.dict.agents) for c in tok.children if c.dep_ in ("compound", "amod")
                   and (groups.agent_sector(c, st.res.dict.agents) or "")[:3] in groups.SOCIETY), None)
    own = {a for a in named if groups.is_group(a) and groups.sector_of(a) in groups.SOCIETY}
    # (the one group of people the sentence names: "detained several Tibetan monks after a protest")
    holder = makers[0] if makers else groups.group_id(state, sector[:3]) if sector else next(iter(own)) if len(own) == 1 \
        else groups.group_id(state, "CVL")
    return [make(st, tok, rtype, holder, a, qualifiers.negated(st, tok)) for a in (against or [state])]


def _staged_by_people(st, tok) -> bool:
    """"Pakistani lawyers staged a sit-in": a protest noun whose verb has people for its
    subject (words of the agent dictionary or of people) is theirs, named or not."""
    verb = tok.head if tok.dep_ == "dobj" else None
    return verb is not None and any(
        c.dep_ == "nsubj" and (groups.agent_sector(c, st.res.dict.agents) or c.lemma_.lower() in PEOPLE_NOUNS)
        for c in verb.children)


def _harming(tok):
    """The verb of harm an attack noun is the cause of: "killed in a raid", "died under
    torture", "died of torture", "died as a result of beatings"; None if it is not one."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return None
    prep, head = tok.head, tok.head.head
    if prep.lower_ in ("in", "during", "under", "from") and head.lemma_.lower() in HARM_VERBS:
        return head
    if prep.lower_ == "of" and head.lemma_.lower() in DYING_VERBS:
        return head
    if prep.lower_ == "of" and head.lemma_.lower() in ("result", "consequence") and head.dep_ == "pobj" \
            and head.head.lower_ == "as" and head.head.head.lemma_.lower() in HARM_VERBS:
        return head.head.head
    return None


def ruled_out_relations(st, verb) -> list[Relation]:
    """"Lifting sanctions on North Korea is out of the question, Japan said": whoever says so
    rejects whom the act in the subject was for (CAMEO 12); the act is not done."""
    rejecter = qualifiers.reporter(st, verb)
    acts = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "nsubjpass")]
    if rejecter is None or not acts:
        return []
    act = acts[0]
    st.governed.update(t.i for t in act.subtree)
    if act.pos_ in ("VERB", "AUX"):
        kinds = triggers.trigger_types(st, act)
        aimed = objects_of(st, act, kinds[0] if kinds else "REJECT", exclude={rejecter})
    else:  # "talks with Iran are off the table", "NATO membership for Ukraine is out of the question"
        aimed = [a for c in act.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
                 for a in discourse.actors_of(st, g)]
    negated = qualifiers.negated(st, verb)
    return [make(st, verb, "REJECT", rejecter, a, negated) for a in dict.fromkeys(aimed) if a != rejecter]


def _custodians(st, *nodes) -> list[str]:
    """Who held the people harmed: "tortured in Libyan custody", "died under torture in the
    custody of Syrian police"."""
    return [a for n in nodes for c in n.children if c.dep_ == "prep" and c.lower_ in ("in", "under")
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in CUSTODY_NOUNS
            for a in _named_by(st, g, ("of",))]


def _undergone_by_owner(st, tok, rtype: str) -> list[Relation] | None:
    """"his release from detention", "her arrest by Iranian police": a person's possessive on
    such a noun names whom it was done to; the doer is the "by" phrase, else nobody named.
    ``None`` when the noun has no personal possessor."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in UNDERGONE_NOUNS:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    m = st.by_token.get(owner.i)
    if not (owner.lower_ in {"his", "her", "their"} or m is not None and m.how == "person"):
        return None  # "Iran's release of the tanker": a state's possessive is the doer
    patients = discourse.actors_of(st, owner)
    agents = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
              for g in c.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)]
    negated = qualifiers.negated(st, tok)
    return [make(st, tok, rtype, a, p, negated) for a in agents[:1] for p in patients if p != a]


def _at_the_request_of(st, tok) -> list[Relation] | None:
    """"released the prisoners at the request of the Vatican", "at Moscow's invitation": the
    asker is the noun's owner and the asked is whoever did what was asked (the clause's subject),
    not the other way round. ``None`` when the noun is not in such a phrase."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on", "upon") and tok.head.head.pos_ in ("VERB", "AUX")):
        return None
    askers = _named_by(st, tok, ("of", "from"))
    if not askers:
        return None
    asked = subjects_of(st, tok.head.head)
    negated = qualifiers.negated(st, tok)
    return [make(st, tok, "REQUEST", askers[0], o, negated) for o in asked[:1] if o != askers[0]]


def _stranded_subject(st, verb) -> list[str]:
    """The names just before a subjectless main verb, after the comma that ends an opening
    phrase: the parser's "After talks in Geneva, Iran and the United States agreed ...", which
    joins the two states to Geneva as a list."""
    sent = verb.sent
    comma = next((t.i for t in reversed(sent[: verb.i - sent.start]) if t.text == ","), None)
    if comma is None:
        return []
    between = verb.doc[comma + 1: verb.i]
    if not len(between) or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") for t in between):
        return []
    found: list[str] = []
    for t in between:
        m = st.by_token.get(t.i)
        if m is not None and m.actors and m.actors[0] not in found:
            found.append(m.actors[0])
    return found


def _rejected_proposal(st, tok):
    """The proposal, request or charge a refusal is of, when it names who made it."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            target = c
        elif c.dep_ == "prep" and c.lower_ in ("to", "of"):
            target = next((g for g in c.children if g.dep_ == "pobj"), None)
        else:
            continue
        if target is not None and target.lemma_.lower() in PROPOSAL_NOUNS and target.i not in st.by_token and any(
            t.i in st.by_token for t in target.subtree
        ):
            return target
    return None


def _aimed_at_a_speaker(st, tok, rtype: str, subjects: list[str]) -> list[Relation] | None:
    """A blame or a refusal aimed at whoever blamed, proposed, asked or charged; None when the
    trigger is neither."""
    blamed = _blamed_on(st, tok) if rtype == "ACCUSE" else []
    if blamed:
        # "Islamabad blamed the attacks on militants on Afghan soil": the accused is who the
        # blame is put on; the attacks are what it is about
        st.governed.update(t.i for c in tok.children if c.dep_ == "dobj" for t in c.subtree)
        negated = qualifiers.negated(st, tok)
        return [make(st, tok, rtype, s, o, negated) for s in subjects[:1] for o in blamed if o != s]
    proposal = _rejected_proposal(st, tok) if rtype == "REJECT" else None
    if proposal is None:
        return None
    # "Iran turned down an offer of talks with the United States", "rebuffed calls by France
    # for a ceasefire", "dismissed the accusations by the Philippines": refusing what someone
    # proposed, asked or charged is refusing them
    makers = [a for t in proposal.subtree if t.i in st.by_token for a in st.by_token[t.i].actors]
    # the talks offered are not held, what is asked or charged not done; but a demand or a
    # charge refused was made all the same (``_demand_answered``)
    named = bool(_named_by(st, proposal, ("of", "from", "by")))
    made = proposal.i if named and (proposal.lemma_.lower() in NOUNS["REQUEST"] | NOUNS["ACCUSE"] or _a_charge(proposal)
                                    or "REQUEST" in triggers.trigger_types(st, proposal)) else None  # ("a call to reopen ...")
    # ("rejected an Amnesty report accusing it of ...": the report's charge was made too)
    said = {c.i for c in proposal.children if named and c.dep_ == "acl" and c.tag_ == "VBG"
            and c.lemma_.lower() in VERBS["ACCUSE"] | VERBS["REQUEST"]}
    st.governed.update(t.i for t in proposal.subtree if t.i != made and t.i not in said)
    passive = passive_roles(st, tok)
    if passive is not None and passive[0]:
        subjects = passive[0]  # "Chile's proposal was rejected by Argentina"
    negated = qualifiers.negated(st, tok)
    joint = list(dict.fromkeys(_named_by(st, proposal, ("from", "by"))))
    # (each of makers named together, "a demand by France, Britain and Germany"; else the first
    # name in the phrase)
    out = [make(st, tok, rtype, s, o, negated) for s in subjects[:1]
           for o in (joint if len(joint) > 1 else list(dict.fromkeys(makers))[:1]) if o != s]
    if out and made is not None and _a_charge(proposal) and proposal.lemma_.lower() not in NOUNS["ACCUSE"]:
        # "denied Kyiv's claims that Russian forces shelled the plant": the charge was made (a
        # charge the lexicon names, "accusations", makes its own, ``_demand_answered``)
        out.append(make(st, proposal, "ACCUSE", out[0].object.id, out[0].subject.id, False, modality=None))
    return out


def _blamed_on(st, tok) -> list[str]:
    """Who "blame X on ..." puts the blame on."""
    if tok.lemma_.lower() != "blame":
        return []
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]  # (the parser may hang "on" on the object)
    out = []
    for g in (g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
              for g in c.children if g.dep_ == "pobj"):
        # "on militants based on Afghan soil": blame on people harboured somewhere is blame on
        # where they are
        out += discourse.actors_of(st, g) or [a for t in g.subtree if t.i != g.i and t.i in st.by_token
                                              for a in st.by_token[t.i].actors][:1]
    return out


def _origin(prep) -> bool:
    """Whether a "from" phrase says where people come from ("refugees from Ethiopia"), the parser
    having hung it on the noun or on the verb before it."""
    if prep.lower_ != "from":
        return False
    if prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in VERBS["RETREAT"]:
        return False  # "withdraw inspectors and aid workers from Iraq": where they leave
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return prep.head.lemma_.lower() in PEOPLE_NOUNS or before.lemma_.lower() in PEOPLE_NOUNS


def _done_to_of(tok) -> bool:
    """Whether "the N of X's people" is done to X: expulsions, arrests, attacks, sanctions,
    releases ("the release of 100 Palestinian prisoners")."""
    lemma = tok.lemma_.lower()
    return lemma in UNDERGONE_NOUNS or any(lemma in NOUNS.get(t, set()) for t in ("SANCTION", "COERCE", "ASSAULT", "ACCUSE"))


def _speech_act(st, tok) -> bool:
    """Whether a noun names something said (a request, an appeal, a threat): a name before it
    is who said it ("a United Nations appeal"), where before "aid" or "sanctions" it may be
    the recipient ("Ukraine aid", "Iran sanctions")."""
    return tok.lemma_.lower() in NOUNS.get("REQUEST", set()) | NOUNS.get("THREATEN", set()) | NOUNS.get("ACCUSE", set())


def _maker_hung_low(st, tok) -> list[str]:
    """A speech noun's "from" phrase the parser hung on the noun's own complement: "appeals for
    clemency from Canberra", "calls for restraint from Washington"."""
    return [a for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "on") for g in c.children if g.dep_ == "pobj"
            for p in g.children if p.dep_ == "prep" and p.lower_ == "from" for x in p.children if x.dep_ == "pobj"
            for a in discourse.actors_of(st, x)]


#: Words that say a clause was done against what someone said: "despite appeals", "ignored calls".
DEFYING_PREPS = {"despite"}
DEFYING_VERBS = {"ignore", "defy", "disregard", "flout"}


def _defied_by(st, tok) -> list[str]:
    """Who acted against a speech noun ("despite appeals from ...", "ignored calls from ..."):
    the subject of the clause that defied it."""
    if tok.dep_ == "pobj" and tok.head.lower_ in DEFYING_PREPS and tok.head.head.pos_ in ("VERB", "AUX"):
        return subjects_of(st, tok.head.head)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "spite" \
            and tok.head.head.head.lower_ == "in" and tok.head.head.head.head.pos_ in ("VERB", "AUX"):
        return subjects_of(st, tok.head.head.head.head)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in DEFYING_VERBS:
        return subjects_of(st, tok.head)
    return []


def _abbreviation(st, tok) -> bool:
    """"U.S.", "UN", "EU": a name written as an abbreviation, used before a noun as an adjective is
    (as the article writes it: the parser's text folds the case of organisations' acronyms)."""
    written = st.text[tok.idx:tok.idx + len(tok.text)]
    return written.isupper() and len(written.replace(".", "")) <= 4


#: Types whose target may be the doer of an act named again: "condemned the launch".
ANAPHORIC_ACT_TYPES = {"ACCUSE", "PROTEST", "REJECT", "SUPPORT"}


def _doer_of(st, noun) -> str | None:
    """Who did the act a definite noun names again ("the launch", "this decision"), when the
    story named a state doing it before and the noun names nobody itself."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in noun.children):
        return None
    if any(t.i in st.by_token for t in noun.subtree):
        return None
    lemma = noun.lemma_.lower()
    if lemma in GENERIC_ACTS and not any(c.dep_ in ("prep", "acl", "relcl") for c in noun.children):
        return st.last_doers[0] if st.last_doers else None  # "Pyongyang condemned the move": what was just reported
    verb = ACT_VERBS.get(lemma, lemma)
    for t in st.sent:
        if t.i < noun.i and t.pos_ == "VERB" and t.lemma_.lower() == verb:
            # "U.S. troops invaded Panama, and Moscow condemned the invasion": done earlier in the sentence
            doers = [a for a in subjects_of(st, t) if discourse.is_state(st, a)]
            if doers:
                return doers[0]
    return st.doers.get(lemma) or st.doers.get(verb)


#: One-way types whose doers, named together, never aim them at one another without "each
#: other" ("condemned attacks on their embassies"); a pullback "of their troops" or talks
#: between them are the pair's own.
SELF_AIMED_TYPES = {"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT", "PROTEST"}


#: Types whose target, when none is named, is the other state of the story's pair.
COUNTERPART_TYPES = {"CONCEDE", "REJECT"}


def objects_of(st, tok, rtype: str, exclude: set[str], deep: bool = True, not_deep: set[str] = frozenset()) -> list[str]:
    """Whom the trigger acts on, in three tiers: its own objects (direct object, the type's
    prepositions, complements), then prepositions of the phrase a noun trigger sits in,
    then (when ``deep``), for types whose target may hide in the predicate ("protested
    outside the Chinese embassy"), the first other actor in the predicate."""
    preps = TYPE_PREPS.get(rtype, DEFAULT_PREPS)
    exclude = set(exclude) | _pact_venues(st, tok)
    out: list[str] = []
    against: list[str] = []  # who a phrase "against X" names: the target before any other

    def add(acts: list[str]) -> None:
        for a in acts:
            if a not in out and a not in exclude:
                out.append(a)

    def visit(node, depth: int) -> None:
        for ch in node.children:
            if ch.dep_ == "dative" and ch.pos_ == "ADP":
                add([a for g in ch.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g, exclude)])
            elif ch.dep_ in ("dobj", "dative", "iobj", "oprd") or (ch.dep_ == "attr" and rtype == "MEMBER_OF"):
                add(discourse.actors_of(st, ch, exclude) or _holders(st, ch, rtype, exclude))
                if depth == 0 and "against" in preps:
                    # "filed a WTO complaint against China's duties": whom the object is against
                    named = [a for p in ch.children if p.dep_ == "prep" and p.lower_ == "against"
                             for g in p.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g, exclude)]
                    add(named)
                    against.extend(named)
                if not out and depth < 2:
                    visit(ch, depth + 1)
            elif ch.dep_ == "prep" and (ch.lower_ in preps or ch.lower_ in {"compared", "than"}) and not _origin(ch) \
                            and not (node.i != tok.i and _target_of_a_cause(st, node, ch)):
                # ("refugees from Ethiopia" come from there; aid for them is not for Ethiopia)
                for g in ch.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in MEDIATION_NOUNS and ch.lower_ in {"with", "through", "via", "under", "after", "by"}:
                        continue  # "restored ties with Chinese mediation": the mediator is no target
                    if g.dep_ == "pobj" and _brokered(g):
                        continue  # "signed a truce in talks mediated by the AU": the broker is no party
                    if g.dep_ == "pobj":
                        add(discourse.actors_of(st, g, exclude) or _holders(st, g, rtype, exclude))
                        if ch.lower_ == "against" and depth <= 1:
                            # (not an "against" deep in another phrase: "assistance to the
                            # US-led war against Iraq" is assistance to the United States)
                            against.extend(discourse.actors_of(st, g, exclude))
                        for gg in g.children:  # ("with the Council against Israel", hung on the Council)
                            if gg.dep_ == "prep" and gg.lower_ == "against" and "against" in preps and depth <= 1:
                                named = [a for x in gg.children if x.dep_ == "pobj" for a in discourse.actors_of(st, x, exclude)]
                                add(named)
                                against.extend(named)
                        if not out and depth < 2:
                            visit(g, depth + 1)
                    elif g.dep_ == "prep":
                        for gg in g.children:
                            if gg.dep_ == "pobj":
                                add(discourse.actors_of(st, gg, exclude))
            elif ch.dep_ in ("advmod", "prt") and ch.lower_ in ("back", "away", "out") and depth == 0:
                visit(ch, depth + 1)  # "pulled troops back from the border": the parser hangs "from" on "back"
            elif (ch.dep_ in ("ccomp", "acl") or ch.dep_ == "advcl" and rtype == "REQUEST" and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in ch.children)) and depth == 0 and (
                rtype in ("REQUEST", "ACCUSE") or (rtype == "AID" and node.lemma_.lower() in HELP_VERBS and ch.dep_ == "ccomp")
                or ch.dep_ == "ccomp" and node.lemma_.lower() in OBJECT_CONTROL_VERBS
            ):
                # ("agreed to allow Lebanese troops to take over": whom the clause of an
                # object-control verb is about)
                # ("called for Germany to act": who is asked is the subject of the for-to clause)
                # ("helped Vietnam rebuild its ports": the help is for who rebuilds)
                add([a for g in ch.children if g.dep_ in ("nsubj", "nsubjpass") for a in discourse.actors_of(st, g)])
            elif ch.dep_ in ("xcomp", "ccomp", "advcl") and depth < 2 and not has_own_subject(st, ch) and (
                rtype in GOVERNING_TYPES or ch.lemma_.lower() in VERBS.get(rtype, set()) | {"aid", "help", "support"}
                or rtype == "AID" and node.lemma_.lower() in HELP_VERBS and ch.dep_ == "xcomp"
            ) and not (out and rtype in GOVERNING_TYPES) and not _own_people_asked(node):
                # ("help rebuild Libya's armed forces": the help is for whose forces are rebuilt)
                # ("urged the United States to veto the resolution": the request is of the US)
                visit(ch, depth + 1)

    for c in tok.children:
        for g in [c] + [x for x in c.children if x.dep_ == "nsubj"]:
            if g.i in st.consumed:
                add(discourse.actors_of(st, g, exclude))  # "allowed OSCE observers": the light verb's noun
                if not out and g.dep_ == "dobj":
                    # "lodged a strong protest with the United States on Tuesday": the parser
                    # hangs whom it was lodged with on the noun
                    add([a for p in g.children if p.dep_ == "prep" and p.lower_ in preps & {"with", "to", "against", "on"}
                         for x in p.children if x.dep_ == "pobj" for a in discourse.actors_of(st, x, exclude)])
    visit(tok, 0)
    if rtype == "REQUEST":
        # ("demanding a ceasefire between Iran and Iraq", "called for talks between India and Pakistan")
        add([a for c in tok.children for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"]
                                               if c.dep_ == "prep" and c.lower_ == "for" else [])
             for a in _asked_between(st, g, exclude)])
    if not out and tok.pos_ == "NOUN":
        # "sanctions imposed by the EU on Belarus", "an attack launched by Russian forces on
        # Kharkiv": the parser hangs the target on the doer of the participle; a doer is not
        # "on" anyone, the act is
        add([a for acl in tok.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
             for ag in acl.children if ag.dep_ == "agent" for doer in ag.children if doer.dep_ == "pobj"
             for p in doer.children if p.dep_ == "prep" and p.lower_ in preps & {"on", "against", "upon", "to"}
             for g in p.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g, exclude)])
    if not out and _object_gap(tok):
        # "released the Ukrainian sailors it had seized", "the diplomats it accused of spying":
        # a relative clause with a subject of its own and no object acts on the noun it describes
        add(discourse.actors_of(st, tok.head, exclude))
        if not out and tok.head.lemma_.lower() in CLAIM_NOUNS and tok.head.head.lemma_.lower() in VERBS["ACCUSE"]:
            # "accused Armenia of shelling ..., a charge its neighbour denied": the charge's maker
            add([a for c in tok.head.head.children if c.dep_ == "nsubj" for a in discourse.actors_of(st, c, exclude)])
    if not out and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        # "made concessions to Egypt", "approved a loan to Kenya", "expressed solidarity with Cuba"
        for ch in tok.head.children:
            if ch.dep_ in ("prep", "dative") and ch.lower_ in preps:
                for g in ch.children:
                    if g.dep_ == "pobj":
                        add(discourse.actors_of(st, g, exclude))
    # "with Pakistan as compared to India": comparisons add objects
    scope = list(tok.subtree) + ([c for c in tok.head.children if c.i != tok.i] if tok.dep_ in ("attr", "dobj", "nsubj") else [])
    for ch in scope:
        if ch.lower_ in {"compared", "than"}:
            # (not through a clause of its own: "more interested in disrupting X than in
            # protecting the liberties of Americans" compares two acts, not two targets)
            stack = list(ch.children)
            while stack:
                g = stack.pop()
                if g.pos_ == "VERB":
                    continue
                if g.dep_ == "pobj":
                    add(discourse.actors_of(st, g, exclude))
                stack.extend(g.children)
    if not out and rtype == "CONSULT" and len(not_deep) < 2 and not (
            st.subject_token is not None and any(c.dep_ == "conj" for c in st.subject_token.children)):
        # (nor when the subject is a pair kg knows one of: "Colombia's government and leftist
        # rebels resumed peace talks in Havana")
        # "met in Islamabad", "talks in Montevideo" only when nobody else is the object (a
        # capital stands for its government; another city is only where it happened), and
        # the subjects are not already the pair ("Sudan and South Sudan met in Addis Ababa")
        for ch in tok.children:
            if ch.dep_ == "prep" and ch.lower_ in {"in", "at"}:
                for g in ch.children:
                    if g.dep_ == "pobj" and not (g.i in st.by_token and st.by_token[g.i].how == PLACE):
                        add(discourse.actors_of(st, g, exclude))
    if out:
        # "filed a complaint with the Security Council against Israel": the complaint is of
        # Israel alone; the Council is where it was filed
        return [a for a in out if a in against] or out
    # tier 2: "$50 million in food aid for Haiti": prepositions of the phrase around a noun trigger
    node = tok
    while node.pos_ in ("NOUN", "NUM", "PROPN") and node.dep_ in ("pobj", "compound", "dobj", "nmod", "appos") and node.head.i != node.i:
        head = node.head.head if node.dep_ == "pobj" else node.head
        if head.pos_ in ("VERB", "AUX"):
            # "announced $50 million in aid for Haiti", "bound to the US by a treaty"
            for ch in head.children:
                if ch.dep_ in ("prep", "dative") and ch.lower_ in preps and ch.i != node.head.i:
                    add([a for g in ch.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)])
            break
        if head.pos_ not in ("NOUN", "NUM", "PROPN", "SYM"):
            break
        for ch in head.children:
            if ch.dep_ == "prep" and ch.lower_ in preps and ch.i != node.head.i:
                for g in ch.children:
                    if g.dep_ == "pobj":
                        add(discourse.actors_of(st, g, exclude))
        node = head
    if not out:
        add(_means_target(st, tok, exclude))
    if not out and rtype == "REQUEST":
        # "renewed its call for China to release ...", the clause on the noun or hung on the verb;
        # the same when the verb carries the request ("repeated its call for China to ...")
        nouns = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        for noun in nouns:
            for ch in list(noun.children) + (list(noun.head.children) if noun.dep_ == "dobj" else []):
                if ch.i > noun.i and (ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in ch.children)
                                      or ch.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in ch.children)):
                    # ("reiterated its demand today that Israel ease ...": the parser hangs the
                    # that-clause on the verb when a word comes between)
                    add([a for g in ch.children if g.dep_ == "nsubj" for a in discourse.actors_of(st, g, exclude)])
    if not out and rtype == "PROTEST":
        # "walked out when the Russian envoy began to speak": the protest is at the speaker
        for ch in tok.children:
            if ch.dep_ == "advcl" and any(g.lower_ in {"when", "as", "while"} for g in ch.children):
                add([a for g in ch.children if g.dep_ == "nsubj" for a in discourse.actors_of(st, g)])
    if out or rtype not in DEEP_OBJECT_TYPES or not deep or _own_people_asked(tok):
        return out
    # tier 3: the first other actor named anywhere in the predicate (not one of the doers:
    # "the withdrawal of U.S. and NATO troops")
    for cand in predicate_actors(st, tok, places=RELATION_TYPES[rtype].quad_class == "material conflict", reach=rtype != "ASSAULT"):
        if cand not in exclude and cand not in not_deep:
            return [cand]
    return out


def _asked_between(st, noun, exclude) -> list[str]:
    """"demanding an immediate ceasefire between Iran and Iraq": what is asked for between two
    sides is asked of both."""
    return [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "between"
            for g in p.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g, exclude)]


def _holders(st, noun, rtype: str, exclude) -> list[str]:
    """Force used on a place "held" by someone falls on them: "pounded rebel-held districts",
    "an assault on Taliban-controlled areas"."""
    if RELATION_TYPES[rtype].quad_class != "material conflict":
        return []
    return [a for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in groups.HOLDING_PARTICIPLES
            for h in c.children if h.dep_ in ("npadvmod", "compound", "nmod") and h.i < c.i
            for a in discourse.actors_of(st, h, exclude)]


#: Words that open a relative clause as its subject ("the sailors who seized ..."): no gap for an object.
RELATIVE_SUBJECTS = {"who", "which", "that", "whose"}


def _object_gap(tok) -> bool:
    """Whether ``tok`` is the verb of a relative clause whose object is the noun it describes:
    its own subject is named ("it had seized") and it has no object of its own."""
    if tok.dep_ != "relcl" or tok.pos_ != "VERB" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE_SUBJECTS:
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") and c.lower_ not in RELATIVE_SUBJECTS | {"whom"}
                   for c in tok.children)


def _pact_venues(st, tok) -> set[str]:
    """"signed a ceasefire in Rome": the city a pact was signed in is where, not a party to it
    (the actors of such cities, for a pact noun signed or the signing verb)."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
        verb = tok.head.head  # ("agreed to a ceasefire at talks in Havana")
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUNS["AGREE"] and verb.lemma_.lower() not in VERBS["AGREE"]:
        # "the pact the United States negotiated with the insurgents in Qatar's capital": where
        # the pact's own clause says it was made
        return set(groups.venue_actors(st, (g for r in tok.children if r.dep_ in ("relcl", "acl") for c in r.subtree
                                            if c.dep_ == "prep" for g in c.children)))
    if verb.lemma_.lower() not in VERBS["AGREE"]:
        return set()
    # (also a meeting's city the pact was reached at: "agreed to a ceasefire at talks in Havana")
    meetings = [g for c in verb.subtree if c.dep_ == "prep" and c.lower_ in ("at", "during") for g in c.children
                if g.dep_ == "pobj" and g.lemma_.lower() in NOUNS["CONSULT"]]
    return set(groups.venue_actors(st, (g for h in (verb, tok, *meetings) for c in h.children if c.dep_ == "prep"
                                        for g in c.children)))


def _own_people_asked(verb) -> bool:
    """"Britain urged its citizens to leave Lebanon": who is asked is the asker's own people,
    not the state the act they are asked to do is aimed at."""
    return verb.lemma_.lower() in OBJECT_CONTROL_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PEOPLE_NOUNS | {"diplomat", "expatriate", "staff"}
        and any(g.dep_ == "poss" and g.lower_ in ("its", "their", "our") for g in c.children)
        for c in verb.children)


def _means_target(st, tok, exclude: set[str]) -> list[str]:
    """"we help Pakistan by providing equipment and holding exercises": an act named as the
    means ("by ...") of another is done to that act's object."""
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            return []
        if node.dep_ == "pcomp" and node.head.lower_ == "by" and node.head.dep_ == "prep":
            verb = node.head.head
            return [a for c in verb.children if c.dep_ in ("dobj", "dative") for a in discourse.actors_of(st, c, exclude)]
        if node.dep_ not in ("dobj", "conj", "pobj", "compound", "amod", "xcomp"):
            return []
        node = node.head
    return []


def has_own_subject(st, clause) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


#: Prepositions that give an act noun's target ("sales to Taiwan", "an attack on Kyiv").
ACT_TARGET_PREPS = {"to", "for", "against", "on", "into", "with", "toward", "towards"}


def _target_of_a_cause(st, node, prep) -> bool:
    """Whether ``prep`` gives the target of an act named as a cause ("sanctions on a firm
    over arms sales to Taiwan"): whom that act was aimed at is not the target of the act it
    caused (who did it may be: "protested over China's incursion")."""
    return (prep.dep_ == "prep" and prep.lower_ in ACT_TARGET_PREPS and node.pos_ == "NOUN"
            and node.dep_ == "pobj" and node.head.lower_ in ("over", "about")
            and bool(triggers.trigger_types(st, node)))


def predicate_actors(st, tok, places: bool = True, reach: bool = True) -> list[str]:
    """Actors in the trigger's predicate, outside its subject, in reading order;
    the nation behind an embassy first ("outside the Croatian embassy"). A place other
    than a capital ("in Tel Aviv", "in the West Bank") counts only when ``places``: where
    an attack or a blockade happens is whom it is against, where aid is handed out is not
    who it is for. What a weapon is "capable of" reaching is a target only when ``reach``
    (troops massed, not a missile fired)."""
    skip = {"nsubj", "nsubjpass", "csubj", "agent", "poss", "relcl", "parataxis", "mark", "punct"}
    instruments = {"through", "via", "using", "despite"}
    found: list[tuple[int, int, str]] = []

    def walk(node, depth: int) -> None:
        for ch in node.children:
            if ch.dep_ in skip or (ch.dep_ == "prep" and (ch.lower_ in instruments or ch.lower_ == "by" and node.i == tok.i or _origin(ch))):
                continue  # "lodged a protest through its embassy in Beijing" names no target
            if ch.dep_ in ("ccomp", "advcl") and has_own_subject(st, ch):
                continue
            if ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in ch.children):
                continue  # "killed 14 militants in Kashmir, and New Delhi accused Pakistan ...": a clause of its own
            if not reach and ch.dep_ in ("amod", "acl") and ch.lemma_.lower() in CAPABILITY_WORDS:
                continue  # "fired a missile capable of reaching India": what it can reach, not what it hit
            if ch.dep_ == "acl" and ch.tag_ == "VBN" and ch.lemma_.lower() in VERBS["AGREE"]:
                continue  # "under a peace deal signed in South Africa": where a pact was made, no target
            if node.dep_ == "acl" and node.lemma_.lower() in triggers.FLIGHT_VERBS and ch.dep_ == "prep" \
                    and ch.lower_ in {"toward", "towards", "to", "into", "across"}:
                continue  # "refugees fleeing toward the Turkish border": where people flee to is no target
            if node.i != tok.i and _target_of_a_cause(st, node, ch):
                continue
            m = st.by_token.get(ch.i)
            if m is not None and m.actors and (places or m.how != PLACE):
                rank = 0 if ch.head.lemma_.lower() in EMBASSY_NOUNS else 1
                named_head = ch.head.head if ch.dep_ == "npadvmod" and ch.head.dep_ == "amod" else ch.head
                if ch.dep_ in ("npadvmod", "amod", "compound") and named_head.i in st.by_token and st.by_token[named_head.i].actors:
                    rank = 2  # "the Russian-led CSTO": the name the phrase is about comes first
                found.append((rank, ch.i, m.actors[0]))
            if depth < 6:
                walk(ch, depth + 1)

    walk(tok, 0)
    return [a for _, _, a in sorted(found)]


#: Types whose passive subject is what the doer sends or moves ("warships were deployed").
SENT_TYPES = {"MOBILIZE", "RETREAT", "AID"}


def passive_roles(st, tok) -> tuple[list[str], list[str]] | None:
    """(agents, patients) of a passive trigger, "Y was attacked by X"; None when active.

    When the patient is a thing ("aid was delivered to Sudan by the UAE", "Russian
    troops were withdrawn from Georgia"), the patients come from the trigger's other
    objects and, with no "by", the agent from the thing's own nationality.
    """
    if tok.pos_ not in ("VERB", "AUX"):
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None) or next(
            (b for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
             for b in g.children if b.dep_ == "prep" and b.lower_ == "by"), None)  # ("the arrest of journalists by Israel", hung low)
        if by is None and tok.dep_ == "dobj" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children):
            # ("condemned the arrest of reporters by Azerbaijan", hung on the active verb, which
            # has no agent of its own)
            by = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > tok.i
                       and any(g.dep_ == "pobj" and g.pos_ != "VERB" for g in c.children)), None)
        if tok.pos_ == "NOUN" and by is not None:
            agents = [a for g in by.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)]
            if agents:
                rest = objects_of(st, tok, triggers.type_of(st, tok), exclude=set(agents))
                return agents, rest
        return None
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
        # "a meeting of the Security Council requested by the United States": the agent acts on
        # what the participle describes (its actors, or those of its "of" phrase)
        agents = [a for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                  for a in discourse.actors_of(st, g)]
        head = tok.head
        # (the head alone stands for the participle's agent, "a resolution drafted by the United
        # States": what it is of comes first)
        patients = [a for a in discourse.actors_of(st, head) if a not in agents] or [
            a for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)] or [
            # ("a Chinese captain seized by Japanese police": the head read as its agent's, its
            # own demonym says whose it is)
            a for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i
            for t in c.subtree if t.i in st.by_token for a in st.by_token[t.i].actors if a not in agents]
        if agents and patients:
            return agents, [p for p in patients if p not in agents]
    if tok.dep_ == "advcl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "Backed by Russian air power, Syrian troops recaptured the town": the agent acts on
        # the main clause's subject
        agents = [a for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                  for a in discourse.actors_of(st, g)]
        # (or on what the passive main clause is about: "Seized by Iranian commandos, the
        # British-flagged tanker was held at Bandar Abbas")
        patients = [a for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") for a in discourse.actors_of(st, c)]
        if agents and patients:
            return agents, [p for p in patients if p not in agents]
    patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if patient is None:
        return None
    if tok.lemma_.lower() in STATIVE_PASSIVES and not any(c.dep_ == "agent" for c in tok.children):
        return None  # "Israel is opposed to French mediation": Israel opposes
    agents: list[str] = []
    for c in tok.children:
        if c.dep_ == "agent":
            agents += [a for g in c.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)]
    if not agents:
        # "threatened with a blockade by Beijing": a "by" that the parser hung lower down
        for t in tok.subtree:
            if t.dep_ == "prep" and t.lower_ == "by" and not (patient.left_edge.i <= t.i <= patient.right_edge.i):
                agents += [a for g in t.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)]
    patients = discourse.actors_of(st, patient)
    if not agents and tok.lemma_.lower() in EXPELLING_VERBS | {"suspend"}:
        # "two Chinese diplomats were expelled from India": the state they were put out of did
        # it; "Nigeria was suspended from the Commonwealth": the body it was put out of
        agents = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                  if g.dep_ == "pobj" for a in discourse.actors_of(st, g) if a not in patients
                  and not (tok.lemma_.lower() == "suspend" and discourse.is_state(st, a))]  # (suspended from a body only)
        if agents:
            return agents[:1], patients
    if patients and (agents or patient.i in st.by_token or patient.lower_ in PRONOUN_WORDS):
        return agents, patients
    rtype = triggers.type_of(st, tok)
    if not agents and patients and rtype in SENT_TYPES and not _people_at_large(st, patient):
        # "Chinese warships were deployed near Taiwan": the ships' nation acts (but "US
        # servicemen were killed" are the victims: whoever killed them is not said, and "the
        # Australian journalist was freed" was freed by someone else)
        agents, patients = patients, []
    elif not agents and patients:
        return [], patients
    objects = objects_of(st, tok, rtype, exclude=set(agents))
    if agents and not objects and not patients:
        # "Sanctions on Syria were lifted by the United States", "an embargo against Iraq was
        # imposed by the Council": the thing done names whom it is aimed at, as it would as
        # the object of the active verb
        preps = TYPE_PREPS.get(rtype, DEFAULT_PREPS)
        objects = [a for c in patient.children if c.dep_ == "prep" and c.lower_ in preps and not _origin(c)
                   for g in c.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g, set(agents))][:1]
    return agents, objects


def with_the_help_of(st, tok) -> str | None:
    """The Y of "with the (active) support/help/assistance of Y"."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return None
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.lower_ == "of":
            for g in ch.children:
                if g.dep_ == "pobj":
                    acts = discourse.actors_of(st, g)
                    if acts:
                        return acts[0]
    return None


def pair_from_between(st, tok) -> tuple[str, str] | None:
    """"between X and Y", or a clause about the noun naming two actors ("that joins X and Y")."""
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.lower_ == "between":
            for g in ch.children:
                if g.dep_ == "pobj":
                    acts = discourse.actors_of(st, g)
                    if len(acts) >= 2:
                        return acts[0], acts[1]
        if ch.dep_ == "relcl" and tok.pos_ == "NOUN":
            # (not where the clause says it happened: "the pact the United States negotiated
            # with the insurgents in Qatar's capital")
            venues = set(groups.venue_actors(st, (g for c in ch.subtree if c.dep_ == "prep" for g in c.children)))
            acts = list(dict.fromkeys(a for t in ch.subtree if t.i in st.by_token for a in st.by_token[t.i].actors
                                      if a not in venues))
            if len(acts) == 2:
                return acts[0], acts[1]
    return _hyphenated_pair(st, tok)


def _hyphenated_pair(st, tok) -> tuple[str, str] | None:
    """"the U.S.-Japan alliance", "the India-Russia partnership": two names joined by a
    hyphen, dash or slash before the noun are its pair (the parser may keep "U.S.-Japan"
    as one token, so the names are read from the text)."""
    if tok.pos_ != "NOUN":
        return None
    mods = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i]
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if before is not None and before.dep_ == "dep" and before.head.i != tok.i and before.head.head.i == tok.i:
        mods.append(before)  # ("the U.S.-Japan/dep alliance": the one token the parser hung on "the")
    if not mods:
        return None
    start, end = min(c.left_edge.idx for c in mods), tok.idx
    spans = [(s, e, m) for s, e, m in st.spans if start <= s and e <= end and m.actors]
    if len(spans) != 2 or not re.fullmatch(r"\s*[-‐–—/]\s*", st.text[spans[0][1]:spans[1][0]]):
        return None
    first, second = spans[0][2].actors[0], spans[1][2].actors[0]
    return (first, second) if first != second else None


def _agent_named(st, tok, actor: str) -> bool:
    """Whether ``actor`` is named in the object phrases of ``tok`` (its own act condemned:
    "condemned its own army's attack")."""
    return any(actor in discourse.actors_of(st, d) for ch in tok.children if ch.dep_ in ("dobj", "prep", "nsubjpass")
               for d in ch.subtree if d.dep_ in ("poss", "nsubj", "agent", "pobj", "compound", "amod") and d.i in st.by_token)


def nested_relation(st, tok, rtype: str) -> Relation | None:
    """An object that is itself a relation: "opposed Moscow's efforts to ship arms to X"."""
    for ch in tok.children:
        if ch.dep_ in ("dobj", "nsubjpass") or (ch.dep_ == "prep" and ch.lower_ in {"to", "against", "over", "of", "about"}):
            for d in ch.subtree:
                if d.i == tok.i:
                    continue
                if d.dep_ in ("compound", "amod") and d.head.i != tok.i and not triggers.trigger_types(st, d.head):
                    continue  # "over the ceasefire violations": the phrase is about its head
                types = triggers.trigger_types(st, d)
                if types and (set(types) & {"MEMBER_OF", "NEUTRAL", "PARTNER", "ALLY", "RIVAL", rtype}):
                    return None  # the first act named is no relation to nest ("of undermining the talks")
                for t2 in types:
                    # "accused Armenia of shelling ...": the accused does the inner act
                    accused = [a for c in tok.children if c.dep_ == "dobj" for a in discourse.actors_of(st, c)]
                    st.forced_subject = accused if accused and ch.dep_ == "prep" and ch.lower_ in {"of", "for"} else None
                    try:
                        inner = relations_of(st, d, t2)
                    finally:
                        st.forced_subject = None
                    inner = [r for r in inner if not r.negated]
                    if inner and d.pos_ == "NOUN" and not any(t.i in st.by_token for t in d.subtree):
                        # "Uruguay and Paraguay oppose the embargo": an act naming no one is no
                        # relation between the objectors themselves, nor asserted by them
                        st.governed.add(d.i)
                        return None
                    if inner:
                        st.governed.add(d.i)  # an objection to a supply asserts no supply
                        return inner[0]
                if types:
                    # the first act named is what is objected to; when it cannot be read as a
                    # relation ("opposed to French mediation"), its actors are the object, not
                    # a later act ("... in peace negotiations with Syria")
                    return None
    return None


#: Dependents of a verb that are clauses of their own: their names are not the verb's roles.
OWN_CLAUSES = {"ccomp", "advcl", "conj", "parataxis", "xcomp", "csubj", "relcl"}
#: Dependents that name no role.
NO_ROLE = {"nsubj", "nsubjpass", "agent", "punct", "aux", "auxpass", "neg", "mark", "advmod", "cc", "prt"}
#: Inside a phrase, what describes a noun rather than says who it is: "hackers capable of
#: launching attacks against X", "a plan adopted by Y", "of launching ...".
DESCRIBING = OWN_CLAUSES | {"acl", "pcomp", "appos"}
#: Prepositions that name a channel or a place passed through, never whom an act is aimed at.
CHANNELS = {"through", "via"}


def _named_in(st, node) -> list[str]:
    """The actors named anywhere in ``node``'s phrase, in the order of the text, leaving out
    clauses of their own inside it."""
    out: list[str] = []
    stack = [node]
    while stack:
        t = stack.pop()
        m = st.by_token.get(t.i)
        if m is not None and m.actors and m.actors[0] not in out:
            out.append(m.actors[0])
        stack.extend(c for c in reversed(list(t.children)) if c.dep_ not in DESCRIBING
                     and not (c.dep_ == "amod" and any(True for _ in c.children))
                     and not (c.dep_ == "prep" and c.lower_ in CHANNELS) and not _target_of_a_cause(st, t, c))
    return out


#: Nouns for people at large, who travel and settle but do not visit for a state.
TRAVELLERS = PEOPLE_NOUNS | {"tourist", "visitor", "immigrant", "emigrant", "settler", "protester", "demonstrator"}


def _people_at_large(st, tok, depth: int = 0) -> bool:
    """Whether a subject names people at large: "Chinese tourists", "Somalis" (a plural
    demonym), "a wave of Somalis", "a group of Chinese immigrants"."""
    if tok is None or depth > 2:
        return False
    if tok.lemma_.lower() in TRAVELLERS:
        return True
    m = st.by_token.get(tok.i)
    if m is not None and m.how == DEMONYM and tok.tag_ in ("NNS", "NNPS"):
        return True
    return any(_people_at_large(st, g, depth + 1) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj")


def _goods_arriving(tok) -> bool:
    """Whether a subject names things, not visitors: "French weapons arrived in Athens", "the
    first shipment of vaccines reached Kabul" make no visit."""
    if tok is None:
        return False
    heads = [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any((h.lemma_.lower() in ARMS_NOUNS | RELIEF_GOODS or h.lower_ in ARMS_NOUNS | RELIEF_GOODS
                or h.lemma_.lower() in ("shipment", "consignment", "cargo", "delivery")) and h.pos_ != "PROPN"
               for h in heads)  # ("Condoleezza Rice held talks": a name, not the grain)


def _agentive(st, tok, rtype: str) -> bool:
    """Whether a subject phrase's head can act: a name, a noun for officials, forces, people
    or a state ("a group of Yoruba leaders", "Serb forces"), not "a batch of vaccine" nor
    "a roadside bombing near Samarra" (an attack by no one named is not the doing of the
    state where it happened)."""
    if _people_at_large(st, tok):
        # people at large riot and protest; they do not meet, agree or help for a state
        return "conflict" in (RELATION_TYPES[rtype].quad_class or "")
    if tok.i in st.by_token:
        return True
    lemma = tok.lemma_.lower()
    if lemma in OFFICIAL_NOUNS | GROUP_NOUNS | STATE_NOUNS | MILITARY_NOUNS:
        return True
    if lemma in NOUNS["ASSAULT"] and _named_by(st, tok, ("by",)):
        return True  # "airstrikes by the Somali army killed ...", "a Russian missile strike": the
        # attack names its doer (not only where it happened)
    return any(g.dep_ == "pobj" and _agentive(st, g, rtype) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children)


#: Prepositions that say what talk is about.
TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "concerning"})


def _loose_roles(st, tok, rtype: str) -> list[Relation]:
    """When the close reading of a verb's roles finds nobody, the names anywhere in its subject
    phrase act on the names anywhere in the rest of its clause ("A group of Yoruba leaders
    ...", "... the property rights of Croatian Serb refugees"): the event coders' shallow
    reading, kept as the last resort."""
    reading = st.readings.get(tok.i)
    if reading is not None and not reading.pattern:
        return []  # a verb the dictionary alone typed needs its close reading
    if tok.pos_ != "VERB" or rtype not in RELATION_TYPES or RELATION_TYPES[rtype].family != "event" or tok.dep_ in ("amod", "acl", "relcl"):
        return []
    verb = tok
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ in ("xcomp", "conj") \
            and verb.head is not verb:
        verb = verb.head
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].pos_ == "PRON" or not _agentive(st, subj[0], rtype):
        return []
    doers = _named_in(st, subj[0])
    # (only what follows the verb: an opening phrase, "At Moscow's request, Minsk ...", is
    # circumstance, not a role)
    talk = RELATION_TYPES[rtype].quad_class == "verbal cooperation" or rtype == "COOPERATE"
    done_to = [a for c in tok.children if c.i > tok.i and c.dep_ not in NO_ROLE and c.dep_ not in OWN_CLAUSES
               and not (c.dep_ == "prep" and c.lower_ in CHANNELS)
               # (what talk is about is no party to it: "spoke with Putin about eastern Ukraine")
               and not (talk and c.dep_ == "prep" and c.lower_ in TOPIC_PREPS) for a in _named_in(st, c)]
    if subj[0].dep_ == "nsubjpass":
        agents = [a for c in tok.children if c.dep_ == "agent" for a in _named_in(st, c)]
        doers, done_to = agents, doers
    if not doers:
        return []
    if talk:
        # "signed a peace agreement with southern rebels in Nairobi": a city an agreement or
        # a meeting took place in is where, not with whom
        venues = set(groups.venue_actors(st, tok.subtree))
        done_to = [a for a in done_to if a not in venues]
    negated = qualifiers.negated(st, tok)
    return [make(st, tok, rtype, doers[0], o, negated) for o in dict.fromkeys(done_to) if o != doers[0]][:2]


def relations_for(st, tok, rtype: str) -> list[Relation]:
    """The relations one trigger word makes, after attribution.

    "Kyiv said Russian troops shelled Kharkiv" is an accusation by Ukraine, not an
    assault asserted by kg: a conflict event reported by another state becomes that
    state's ACCUSE of the event. Wrongdoing words ("violated the ruling") are
    accusations by whoever reports them.
    """
    if rtype == "ACCUSE" and tok.lemma_.lower() in REPORTED_WRONGS | {"pose", "represent", "responsible", "culpable"}:
        return reported_wrong(st, tok)
    if rtype == "REJECT" and tok.lemma_.lower() == "be":
        return ruled_out_relations(st, tok)
    if rtype == "ALLY" and tok.lemma_.lower() == "alliance" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            and not pair_from_between(st, tok) and any(
                discourse.is_org(st, a) for t in st.sent if t.i in st.by_token for a in st.by_token[t.i].actors):
        return []  # "joined NATO, becoming the first former Warsaw Pact members in the alliance": the body named
    cond = qualifiers.condition(st, tok)
    if cond is not None and (rtype in THREATENED_TYPES or rtype == "RETREAT" and qualifiers.condition_mark(cond) == "unless"):
        found = conditional_threat(st, tok, rtype, cond)
        if found or rtype != "THREATEN" or not triggers.consequences_for(st, tok):
            return found
        cond = None  # ("warned that Seoul would be turned into a sea of fire if war broke out": whom it befalls, below)
    if rtype in THREATENED_TYPES - {"THREATEN", "REJECT"} and tok.dep_ == "xcomp" and (
            tok.head.lemma_.lower() in VOWING_VERBS or tok.head.pos_ == "ADJ" and tok.head.lemma_.lower() in READY_WORDS):
        # "Iran vowed to retaliate against Israel", "is ready to strike": a vow of force is a threat
        return conditional_threat(st, tok, rtype, None)
    if rtype in THREATENED_TYPES - {"THREATEN", "REJECT"} and (tok.pos_ == "VERB" or tok.dep_ == "dobj" and tok.head.pos_ == "VERB") \
            and _announced_future(st, tok if tok.pos_ == "VERB" else tok.head):
        # "Palestinian leaders said they would boycott all contact with the United States": a
        # conflict act announced for later by its own doer is a threat (PLOVER codes it so)
        return conditional_threat(st, tok, rtype, None)
    if rtype == "SUPPORT" and tok.lemma_.lower() in DEFENDING_VERBS:
        found = _defended(st, tok)
        if found is not None:
            return found
    if rtype == "CONSULT" and tok.pos_ == "NOUN" and tok.lemma_.lower() in MEDIATION_NOUNS:
        found = mediation(st, tok)
        if found is not None:
            return found
    out = relations_of(st, tok, rtype)
    if cond is not None and rtype in OFFERABLE_TYPES and qualifiers.condition_mark(cond) == "if":
        # "said they would meet the UN mediator if he gave them a veto": help or talks offered
        # on a condition are an offer, PLOVER's AGREE (with the condition, a hypothetical)
        offering = set(subjects_of(st, tok))
        out = [dataclasses.replace(r, type="AGREE") if r.subject.id in offering and not r.negated else r for r in out]
    if rtype in YIELDING_TYPES:
        # "Syria says it is willing to withdraw its troops from Lebanon": a yielding promised
        # for later is also an agreement made now (CAMEO 035, "express intent to yield", is
        # PLOVER's AGREE); the act itself stays, with its modality
        out = out + [dataclasses.replace(r, type="AGREE", modality=None) for r in out if r.modality == "future" and not r.negated]
    if not out and rtype in ("ASSAULT", "COERCE"):
        out = _against_the_reporter(st, tok, rtype)
    if not out and rtype in ("REQUEST", "ACCUSE"):
        out = _demand_answered(st, tok, rtype)
    if not out and tok.i not in st.unnamed_doer:
        out = _loose_roles(st, tok, rtype)
    refused = any(c.dep_ == "neg" for c in tok.children) or tok.pos_ == "NOUN" and tok.dep_ == "dobj" and any(
        c.dep_ == "neg" for c in tok.head.children)  # ("will not hold talks with")
    if (rtype in YIELDING_TYPES | {"AID", "COOPERATE"} or rtype == "CONSULT" and tok.lemma_.lower() in TALKS) and refused:
        # "Russia will not extradite the suspects to Britain", "Seoul would not allow the ship
        # in", "Tehran would never negotiate with Washington": help, a yielding or talks refused
        # for later are a rejection now (CAMEO 12, 125)
        out = out + [dataclasses.replace(r, type="REJECT", negated=False, modality=None) for r in out
                     if r.negated and r.modality in ("future", "hypothetical") and isinstance(r.object, ActorRef)]
    if rtype == "THREATEN" and not out and cond is not None:
        return conditional_threat(st, tok, rtype, cond)
    if rtype == "THREATEN" and not out:
        # "warned that Berlin would bear the consequences": a threat to whoever will bear them
        warned = [a for c in triggers.consequences_for(st, tok) for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                  for a in discourse.actors_of(st, g)]
        negated = qualifiers.negated(st, tok)
        if not warned and triggers.response_vowed(st, tok) is not None:
            warned = _provokers(st, tok) or _answered_doer(st, tok)
        return [make(st, tok, rtype, s, o, negated, modality=None) for s in subjects_of(st, tok)[:1] for o in warned if o != s]
    if rtype not in ATTRIBUTED_TYPES or not out:
        return out
    reporter = qualifiers.reporter(st, tok)
    if reporter is None:
        return out
    kept = []
    for r in out:
        if reporter != r.subject.id and discourse.is_state(st, reporter) and groups.sector_of(r.subject.id) != groups.UNKNOWN_ARMED:
            # (armed men no one names are accused of nothing: the act is kept as told)
            # an act against the reporter itself is an accusation of the doer; an act against
            # a third party is kept whole as what the accusation is about
            against_reporter = isinstance(r.object, ActorRef) and r.object.id == reporter
            kept.append(make(st, tok, "ACCUSE", reporter, r.subject.id if against_reporter else r, r.negated))
            if against_reporter and not r.negated:
                # the act the victim reports is kept as told too, unless the doer denies it
                # somewhere in the article (``reader.drop_denied_acts``)
                kept.append(r)
                st.reported_acts.append(r)
            elif not against_reporter and not r.negated and r.type in OBSERVED_TYPES:
                # "Russia massed 100,000 troops near Ukraine's borders, U.S. officials said": forces
                # moved are seen, not only alleged; the move is kept as told beside the report
                kept.append(r)
        else:
            kept.append(r)
    return kept


def _own_person_held(st, tok, state: str) -> bool:
    """Whether the verb's object (or passive subject) names a person of ``state``."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [g for h in list(heads) for g in h.conjuncts]
    return any(t.i in st.by_token and st.by_token[t.i].how == "person" and state in st.by_token[t.i].actors
               for h in heads for t in h.subtree if t.dep_ not in ("relcl", "acl") and t.head.dep_ not in ("relcl", "acl"))


#: Acts a third party's report keeps as told beside its accusation: forces moved or massed are seen.
OBSERVED_TYPES = frozenset({"MOBILIZE"})


#: What a response is vowed to: "would respond with force to any provocation by Seoul".
PROVOCATIONS = frozenset({"provocation", "aggression", "attack", "attempt", "intervention", "incursion", "violation", "move"})


def _provokers(st, tok) -> list[str]:
    """Whom a vowed response is aimed at, when the response is "to" (or "against") an act of
    theirs: "warned it would respond with overwhelming force to any provocation by the United
    States and South Korea", "vowed to retaliate against any aggression by Israel"."""
    response = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in triggers.RESPONDING_VERBS] or [tok]
    out: list[str] = []
    for verb in response:
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ in ("to", "against"):
                for g in p.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in PROVOCATIONS:
                        out += [a for a in _named_by(st, g, ("by", "from")) if a not in out]
    mine = set(subjects_of(st, tok))
    return [a for a in out if a not in mine]


def _answered_doer(st, tok) -> list[str]:
    """Whom a response vowed answers: the doer of the act the sentence tells beside it ("Britain
    expelled 25 diplomats, and Moscow vowed to retaliate"; "Lithuania restricted transit,
    prompting Moscow to warn of serious consequences")."""
    node = tok
    while node.dep_ in ("xcomp", "ccomp") and node.head.i != node.i and node.head.lemma_.lower() not in REPORTING_VERBS:
        node = node.head  # ("prompting Moscow to warn": the prompting clause)
    answered = node.head if node.dep_ in ("conj", "advcl") else None
    if answered is None or answered.i == node.i:
        return []
    mine = set(subjects_of(st, tok))
    return [a for a in subjects_of(st, answered) if a not in mine][:1]


def _against_the_reporter(st, tok, rtype: str) -> list[Relation]:
    """"Sudanese officials said Ugandan troops had attacked a military post": an attack a state
    reports on a post, soldiers or a village nobody else owns is on the reporter, who accuses
    the doer of it (as for any act against the reporter)."""
    hit = [g for c in tok.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("on", "at", "against")
           for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])]
    if not any(g.lemma_.lower() in REPORTER_OWNED and not any(t.i in st.by_token for t in g.subtree) for g in hit):
        return []
    reporter = qualifiers.reporter(st, tok)
    if reporter is None or not discourse.is_state(st, reporter):
        return []
    negated = qualifiers.negated(st, tok)
    return [make(st, tok, "ACCUSE", reporter, d, negated) for d in subjects_of(st, tok)[:1] if d != reporter]


#: Verbs of meeting someone: what a meeting is held "to" say is said to whom was met.
MEETING_VERBS = frozenset({"meet", "visit", "receive", "host", "summon", "telephone", "phone"})


def _demand_answered(st, tok, rtype: str) -> list[Relation]:
    """"Manila rejected Beijing's demand that it remove the warship", "Iraq bowed to U.N.
    demands", "Rwanda denied accusations by Kinshasa that ...": a demand or a charge someone
    answers (rejects, yields to, accepts) was made of them by whoever the noun names as
    making it."""
    if tok.pos_ != "NOUN":
        return []
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.pos_ == "VERB":
        verb = tok.head.head  # "bowed to", "caved in to", "gave in to"
    else:
        return []
    if not set(triggers.trigger_types(st, verb)) & {"REJECT", "CONCEDE", "AGREE"}:
        return []
    askers = _named_by(st, tok, ("of", "from", "by"))
    # (made all the same when it is denied or not heeded: "denied Kyiv's claims")
    # (every one of makers named together: "a demand by France, Britain and Germany")
    return [make(st, tok, rtype, a, o, False, modality=None) for a in dict.fromkeys(askers)
            for o in subjects_of(st, verb) if o != a]


def _a_charge(noun) -> bool:
    """A claim noun that says what someone is charged with: "Kyiv's claims that Russian forces
    shelled the plant" (not "China's claims to the sea")."""
    return noun.lemma_.lower() in CHARGE_NOUNS and any(
        c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in noun.children)


def mediation(st, tok) -> list[Relation] | None:
    """"Iran and Saudi Arabia restored ties through the mediation of China", "Qatari
    mediation between Israel and Hamas": the mediator consults each party. ``None`` when
    the noun names no mediator of its own ("Egypt offered mediation": the clause says)."""
    mediators = _named_by(st, tok, ("of", "by"))
    if not mediators:
        return None
    pair = pair_from_between(st, tok)
    if pair:
        parties = list(pair)
    elif tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
        parties = subjects_of(st, tok.head.head)  # the parties did what was mediated
    elif tok.dep_ == "pobj" and tok.head.head.dep_ == "dobj" and tok.head.head.head.pos_ in ("VERB", "AUX"):
        # "resumed talks through the mediation of X", the phrase hung on the talks: the
        # parties are who resumed them
        parties = subjects_of(st, tok.head.head.head)
    else:
        parties = []
    negated = qualifiers.negated(st, tok)
    st.group_triggers.add(tok.i)  # the mediator and one party are not the story's pair
    return [make(st, tok, "CONSULT", mediators[0], p, negated) for p in parties if p not in mediators]


def _announced_future(st, tok) -> bool:
    """Whether the act at ``tok`` is one its doer says it will do: "Ankara said it would close
    the border", "Moscow will expel ten diplomats, the ministry said"."""
    if qualifiers.modality(st, tok) not in ("future", "hypothetical") or qualifiers.negated(st, tok):
        return False
    warned = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in {"warn", "threaten"}
    if not any(c.dep_ == "aux" and (c.lower_ in {"will", "would", "'ll", "shall"} or warned and c.lower_ in {"could", "might", "may"})
               for c in tok.children):
        return False  # (what one warns one could do is threatened too: "warned it could launch a strike")
    if any(a.lemma_.lower() in {"announce", "confirm", "decide"} for a in tok.ancestors):
        return False  # "announced it would prohibit all aid": a decision taken, not a threat
    reporter = qualifiers.reporter(st, tok)
    doers = subjects_of(st, tok)
    return reporter is not None and bool(doers) and reporter == doers[0]


#: Verbs whose complement is vowed: "vowed to retaliate".
VOWING_VERBS = {"vow", "swear", "pledge", "promise"}

#: Acts that, made to hang on a condition, are threats: "would close the border if ...".
THREATENED_TYPES = {"REJECT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "THREATEN"}


#: Words of talks, whose refusal for later is a rejection ("will not negotiate", "will not hold
#: talks"; a visit not made is not).
TALKS = {"dialogue", "meet", "meeting", "negotiate", "negotiation", "talk"}


#: Verbs that put someone "under" a state: "placed under arrest", "kept under guard".
CUSTODY_VERBS = {"place", "put", "keep", "hold"}


#: Verbs of defending: whom they name "against" or "from" is the adversary, never the one helped.
DEFENDING_VERBS = {"defend", "protect", "shield", "guard", "safeguard"}


def _defended(st, tok) -> list[Relation] | None:
    """"Poland will defend its borders against Russia", "vowed to defend the country's waters
    against Chinese incursions": a defence of one's own against a named adversary is a threat
    to it when promised, and nothing said of it otherwise; "defend Taiwan against any Chinese
    attack" supports Taiwan alone. ``None`` when no adversary is named."""
    holders = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    adversaries = [a for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("against", "from")
                   for g in c.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)]
    if not adversaries:
        return None
    subjects = subjects_of(st, tok)
    defended = [a for c in tok.children if c.dep_ == "dobj" and not any(
                    g.dep_ == "poss" and g.lower_ in ("its", "their", "our") for g in c.children)
                for a in discourse.actors_of(st, c) if a not in adversaries and a not in subjects]
    negated = qualifiers.negated(st, tok)
    if defended:
        return [make(st, tok, "SUPPORT", s, o, negated) for s in subjects[:1] for o in defended[:1]]
    vowed = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in VOWING_VERBS
    if vowed or qualifiers.modality(st, tok) == "future":
        return [make(st, tok, "THREATEN", s, o, negated, modality=None) for s in subjects[:1] for o in adversaries[:1] if o != s]
    return []


def conditional_threat(st, tok, rtype: str, cond) -> list[Relation]:
    """"Belarus would close the border if Vilnius did not lift ...": a THREATEN by whoever
    would act, at the act's own target, else at whoever the condition is about."""
    acts = [] if rtype == "THREATEN" else relations_of(st, tok, rtype)
    targets = [r.object.id for r in acts if isinstance(r.object, ActorRef)]
    subjects = [r.subject.id for r in acts] or subjects_of(st, tok)
    if not targets and rtype == "THREATEN":
        # "warned Helsinki of consequences if it joined NATO": the one warned is threatened
        targets = [a for c in tok.children if c.dep_ == "dobj" for a in discourse.actors_of(st, c) if a not in subjects[:1]]
    if not targets and rtype == "THREATEN":
        # "threatened to attack Kuwait if ...": the threat is at whom the act threatened is aimed
        for x in (c for c in tok.children if c.dep_ == "xcomp"):
            kinds = triggers.trigger_types(st, x)
            targets += objects_of(st, x, kinds[0] if kinds else rtype, exclude=set(subjects[:1]), deep=False)
    if not targets and cond is not None:
        targets = [a for c in cond.children if c.dep_ in ("nsubj", "nsubjpass") for a in discourse.actors_of(st, c)]
    if not targets and cond is not None:
        targets = objects_of(st, cond, "THREATEN", exclude=set(subjects[:1]), deep=False)
    negated = qualifiers.negated(st, tok)
    out = []
    for s in dict.fromkeys(subjects):
        for o in dict.fromkeys(targets):
            if o != s:
                out.append(make(st, tok, "THREATEN", s, o, negated, modality=None))
    return out


def demand_by_modal(st, tok) -> list[Relation]:
    """"Russia said Sudan must return the helicopter": whoever says it REQUESTs it of the
    clause's subject; the act itself is demanded, not done."""
    demandees = [a for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for a in discourse.actors_of(st, c)]
    if not demandees:
        return []
    demander = qualifiers.reporter(st, tok) or _governing_subject(st, tok)
    if demander is None and st.speaker is not None:
        demander = st.speaker.actor
    if demander is None:
        return []
    negated = qualifiers.negated(st, tok)
    return [make(st, tok, "REQUEST", demander, d, negated, modality=None) for d in demandees if d != demander]


def _governing_subject(st, tok) -> str | None:
    """The actor of the clause that governs ``tok``'s clause: "issued a reminder to Iraq that it must ..."."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            saved = st.subject_token
            acts = subjects_of(st, node, level=1)
            st.subject_token = saved
            if acts:
                return acts[0]
    return None


def _bought(st, tok, rtype: str) -> list[Relation] | None:
    """"Turkey bought S-400 missiles from Russia": the seller arms the buyer. ``None`` when
    ``tok`` is no buying verb."""
    if rtype != "AID" or tok.lemma_.lower() not in BUYING_VERBS:
        return None
    sellers = triggers.sellers(st, tok)
    negated = qualifiers.negated(st, tok)
    return [make(st, tok, rtype, s, b, negated) for s in sellers[:1] for b in subjects_of(st, tok) if b != s]


#: Readings of a trigger whose roles are not subject and object: each answers ``None`` when it
#: does not apply, else the trigger's relations (possibly none).
def _withstood(st, tok, rtype: str) -> list[Relation] | None:
    """"Indian troops repelled an attack by Pakistani soldiers", "foiled a raid by ...": the act
    is its maker's, aimed at whoever withstood it (not the clause's subject acting). ``None``
    when the noun is not what such a verb withstood."""
    if not (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and rtype in ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN")):
        return None
    if not triggers.withstood_act(tok.head, tok):
        return None
    makers = _named_by(st, tok, ("by", "from"))
    targets = [a for a in subjects_of(st, tok.head) if a not in makers]
    negated = qualifiers.negated(st, tok.head)
    return [make(st, tok, rtype, m, o, negated) for m in makers[:1] for o in targets[:1]]


#: Participles of a third party's part in talks or a deal: "a deal brokered by China".
BROKERING_VERBS = frozenset({"broker", "host", "mediate", "facilitate", "sponsor", "chair"})


def _brokered(tok) -> bool:
    """Whether ``tok`` is talks or a deal with a participle naming who brokered or hosted them."""
    return _settles(tok) and any(a.dep_ == "acl" and a.lemma_.lower() in BROKERING_VERBS and any(c.dep_ == "agent" for c in a.children)
                                 for a in tok.children)


def _brokers(st, sent) -> set[str]:
    """Who a sentence names as brokering or hosting talks or a deal ("mediated by the AU")."""
    return {a for t in sent if t.dep_ == "agent" and t.head.dep_ == "acl" and t.head.lemma_.lower() in BROKERING_VERBS
            and _settles(t.head.head) for g in t.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)}


def _settles(noun) -> bool:
    """Talks, a deal or a truce (not a summit one may boycott)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in TALKS or lemma in NOUNS["AGREE"] | NOUNS["RETREAT"])


def _mediator(st, tok, rtype: str) -> list[Relation] | None:
    """"Saudi Arabia and Iran agreed to restore ties in a deal brokered by China", "signed a
    truce in talks mediated by the AU": the broker or host consults each party (CAMEO 045),
    the parties being who did what the talks or the deal are the setting of. ``None`` when
    ``tok`` is no such participle."""
    if not (rtype == "CONSULT" and tok.dep_ == "acl" and tok.lemma_.lower() in BROKERING_VERBS and _settles(tok.head)):
        return None
    brokers = [a for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)]
    noun = tok.head
    # (only talks or a deal that are the setting of what the clause tells, not a topic: "the
    # two ministers discussed the talks between the US and Iran hosted by Oman")
    setting = noun.dep_ == "pobj" and noun.head.lower_ in ("in", "after", "following", "under", "through", "at", "during")
    verb = noun.head.head if setting else None
    parties = subjects_of(st, verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else []
    negated = qualifiers.negated(st, tok)
    # (the talks or the deal were held, whatever the clause around them promises)
    return [make(st, tok, rtype, b, p, negated, modality=None) for b in brokers[:1] for p in dict.fromkeys(parties) if p != b]


SPECIAL_READINGS = (_mediator, _held_where_it_happened, _casualties, _unnamed_attackers, _protests_erupted, _protest_of_one_state,
                    _undergone_by_owner, _received,
                    _bought, _withstood)


def relations_of(st, tok, rtype: str) -> list[Relation]:
    if rtype == "NEUTRAL":
        return standing.neutral(st, tok)
    if rtype == "MEMBER_OF":
        return standing.member_of(st, tok)
    if rtype in ("PARTNER", "ALLY", "RIVAL") and tok.lemma_.lower() in ROLE_RELATION_NOUNS:
        return standing.role_noun(st, tok, rtype)
    for reading in SPECIAL_READINGS:
        found = reading(st, tok, rtype)
        if found is not None:
            return found
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in OWN_DOER_NOUNS and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in PERPETRATING_VERBS) \
            and not _named_by(st, tok, ()) and not _by_in_phrase(st, tok):
        return []  # "a vote on the 1915 killings of Armenians", "to curb kidnappings by
        # guerrillas": a killing told as a noun is its maker's only when its phrase names one
    subjects = subjects_of(st, tok)
    if tok.pos_ == "NOUN" and not subjects:
        subjects = _named_by(st, tok, ("by",), modifiers=False)  # "a protest by Nepalese students"
    if rtype == "PROTEST" and not subjects and tok.pos_ == "VERB":
        subjects = _protesters_where(st, tok)
    if tok.pos_ == "NOUN" and _speech_act(st, tok):
        # "rejected accusations from Honduras", "charges by Honduras": the noun's own maker
        # speaks, not the clause's subject (who may be the one it is aimed at)
        makers = _named_by(st, tok, ("from", "by"), modifiers=False) or _maker_hung_low(st, tok)
        if makers:
            subjects = makers
        defied = _defied_by(st, tok)
        if defied and subjects and not set(defied) & set(subjects):
            # "executed the smugglers despite appeals for clemency from Canberra", "ignored
            # calls from Paris to ...": the appeal was made to whoever acted against it
            negated = qualifiers.negated(st, tok)
            return [make(st, tok, rtype, subjects[0], o, negated) for o in defied[:1]]
    nested = None
    objects: list[str] = []
    helper = with_the_help_of(st, tok)
    if helper:
        # "Israel, with the support of the United States, ...": the helper acts on the clause's subject
        subjects, objects = [helper], [a for a in subjects if a != helper]
        if objects:
            return [make(st, tok, rtype, helper, o, qualifiers.negated(st, tok)) for o in objects]
    if rtype == "AID" and tok.pos_ == "NOUN":
        # "transfers of munitions from North Korea to Russia": the provider is where it comes from
        providers = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                     for g in c.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)]
        subjects = providers or subjects
    if rtype == "REQUEST" and tok.pos_ == "NOUN":
        asked = _at_the_request_of(st, tok)
        if asked is not None:
            return asked
    aimed = _aimed_at_a_speaker(st, tok, rtype, subjects)
    if aimed is not None:
        return aimed
    if rtype in ("REJECT", "ACCUSE"):
        nested = nested_relation(st, tok, rtype)
        if (rtype == "ACCUSE" and nested is not None and isinstance(nested.object, ActorRef)
                and nested.object.id in subjects):
            # "Azerbaijan accused Armenia of shelling its positions": the act is against the
            # accuser, so the accusation is of Armenia (the act stays unasserted); an act
            # against a third party stays the object ("accused Iran of supplying drones to Russia")
            nested = None
        if rtype == "ACCUSE" and nested is not None and nested.subject.id in subjects and not _agent_named(st, tok, nested.subject.id):
            # "Saudi Arabia condemned the attack on the Egyptian embassy": an act named with no
            # agent is not the condemner's own; who did it is not said, so no one is accused
            st.unnamed_doer.add(tok.i)
            return []
        if rtype == "REJECT" and nested is not None and (nested.type == "REQUEST" or isinstance(
                nested.object, ActorRef) and nested.object.id in subjects or tok.lemma_.lower() == "veto" or any(
                c.dep_ == "dobj" and c.lemma_.lower() in PROPOSAL_NOUNS | DRAFTED_TEXTS for c in tok.children)):
            # "rejected a U.S. request to ...", "rejected a UN appeal for ...": a refusal of
            # whoever asked, not an objection to a relation between others; so is a rejection
            # of criticism of oneself ("rejected US criticism of its record") or of any act aimed
            # at oneself ("Sudan rejected the deployment of UN peacekeepers in Darfur"), and a veto of a
            # draft ("vetoed a Security Council resolution threatening sanctions on Syria"):
            # what the text would do is its authors' proposal
            return [make(st, tok, rtype, s, nested.subject.id, qualifiers.negated(st, tok))
                    for s in dict.fromkeys(subjects) if s != nested.subject.id]
    passive = passive_roles(st, tok)
    if passive is not None:
        # "Ukraine was attacked by Russia": the agent acts on the passive subject
        subjects, objects = passive
        if subjects and not objects and nested is not None:
            passive = None  # "The shipment of Iranian drones to Russia was condemned by the EU": of the act
        elif not subjects or not objects and not (len(subjects) == 1 and groups.protests(subjects[0], rtype)):
            return []  # (a group's protest aimed at no one named is its government's, below)
    if (passive is None and tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.dep_ == "ccomp"
            and tok.head.head.lemma_.lower() in REPORTING_VERBS and subjects):
        # "the ministry said Hungary had blocked the package, accusing Budapest of ...": a
        # participle aimed at the reported clause's own subject is the reporter's
        aimed = [a for c in tok.children if c.dep_ == "dobj" for a in discourse.actors_of(st, c)]
        if aimed and set(aimed) <= set(subjects):
            reporters = subjects_of(st, tok.head.head)
            if reporters and not set(reporters) & set(aimed):
                subjects = reporters
    weak = tok.i in st.readings and not st.readings[tok.i].pattern
    if nested is None and passive is None:
        objects = objects_of(st, tok, rtype, exclude=set(subjects[:1]), deep=not weak, not_deep=set(subjects))
    if (rtype == "AGREE" and tok.lemma_.lower() == "agree" or rtype == "REJECT" and refusing(tok)) \
            and not objects and nested is None and len(subjects) == 1:
        # "Congress agreed to lift embargoes on Iran", "refused to lift the curfew on the
        # Palestinians": an agreement with (a refusal of) whoever the act is for (the act itself
        # is then only promised, or denied)
        for comp in infinitives(tok):
            kinds = triggers.trigger_types(st, comp)
            objects = objects_of(st, comp, kinds[0] if kinds else rtype, exclude=set(subjects))
            if objects:
                break
    if rtype == "CONSULT" and nested is None and tok.lemma_.lower() in triggers.TOPIC_VERBS:
        # "discussed the Iraq crisis by telephone with Schroeder": the other party is named
        # after "with" (on the verb, its topic, or the phone); the topic names none
        holders = [tok] + [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() not in RELATIONAL_TOPICS
                           and not any(g.dep_ == "poss" for g in c.children)] + [
            g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("by", "over", "in") for g in p.children if g.dep_ == "pobj"]
        objects = [a for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                   for g in p.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g) if a not in subjects]
    if rtype == "COOPERATE" and nested is None and (tok.lemma_.lower() == "extradite" or tok.lemma_.lower() == "hand"
                                                     and triggers.wanted_person_handed(st, tok)):
        # "Thailand extradited Russian arms dealer Viktor Bout to the United States": the
        # cooperation is with the state that receives, not with whose national was sent
        received = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
                    for a in discourse.actors_of(st, g) if a not in subjects]
        objects = received or objects
    if rtype == "AGREE" and not objects and nested is None and len(subjects) >= 2 and tok.lemma_.lower() in triggers.PLEDGING_VERBS \
            and (tok.dep_ == "acl" or any(objects_of(st, comp, kinds[0], exclude=set(subjects)) for comp in infinitives(tok)
                                          for kinds in [triggers.trigger_types(st, comp)] if kinds)):
        return []  # "France, Germany and Italy pledged to deliver air-defence systems to Ukraine",
        # "aid pledged by Japan and South Korea": each promises the act (or the thing) to whom it
        # is for (that edge is the act's, announced), not to the others
    if rtype == "AID" and not objects and tok.lemma_.lower() in {"evacuate", "airlift"} and triggers.evacuees(tok):
        # "evacuated the wounded from the besieged town of Gorazde": the relief is for where they were
        objects = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree
                   if t.i in st.by_token for a in st.by_token[t.i].actors if a not in subjects][:1]
    if not objects and nested is None and tok.dep_ in ("advcl", "xcomp") and rtype in ("REQUEST", "ACCUSE", "THREATEN", "SUPPORT", "REJECT") \
            and (triggers.phone_call(st, tok.head) or tok.head.lemma_.lower() in MEETING_VERBS
                 and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        # "called Putin on Friday to urge restraint", "met Netanyahu in Jerusalem to press for a
        # pullback": what the call or the meeting was held to say is said to whoever was met
        objects = [a for c in tok.head.children if c.dep_ == "dobj" for a in discourse.actors_of(st, c) if a not in subjects]
    if not objects and nested is None and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        # "placed the opposition leader under house arrest", "kept them under guard": done to
        # whoever was placed there (the parser hangs the "under" on the verb or on its object)
        holder = tok.head.head
        placed = [c for c in holder.children if c.dep_ == "dobj"] if holder.lemma_.lower() in CUSTODY_VERBS else (
            [holder] if holder.dep_ == "dobj" and holder.head.lemma_.lower() in CUSTODY_VERBS else [])
        objects = [a for c in placed for a in discourse.actors_of(st, c) if a not in subjects]
    if weak and not objects and nested is None:
        return []  # a verb typed by the dictionary alone acts on an actor it names, or on nobody
    if not objects and nested is None and rtype in COUNTERPART_TYPES and len(subjects) == 1 and st.last_dyad \
            and subjects[0] in st.last_dyad and tok.pos_ in ("VERB", "AUX") and all(
                any(g.dep_ == "poss" and g.lower_ in {"its", "their", "his", "her", "our"} for g in c.children)
                for c in tok.children if c.dep_ == "dobj"):
        # "Beijing had dropped its insistence on a buffer zone", "Berlin has so far refused": in
        # a story of two states, a concession or a refusal of nothing (or of one's own stand)
        # aimed at nobody named is the other's
        objects = [a for a in st.last_dyad if a != subjects[0]]
    if nested is None and rtype in ANAPHORIC_ACT_TYPES:
        # "condemned the annexation of Crimea by Moscow", "opened an investigation into the
        # sinking of the ship by New Zealand": the act's doer is who is condemned
        acts = [c for c in tok.children if c.dep_ == "dobj"]
        holders = [tok] + ([tok.head] if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else [])
        acts += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("into", "of", "over", "about", "for")
                 for g in c.children if g.dep_ == "pobj"]
        acts += [g for c in acts for p in c.children if p.dep_ == "prep" and p.lower_ == "of"  # ("of a ship by ...")
                 for g in p.children if g.dep_ == "pobj"]
        doers = [a for c in acts for p in c.children if p.dep_ == "prep" and p.lower_ == "by"
                 for g in p.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g) if a not in subjects]
        if doers:
            objects = doers[:1]
    if not objects and nested is None and rtype == "REJECT" and tok.pos_ == "VERB" and subjects:
        # "Algeria accused Morocco of hostile actions. Rabat rejected the accusations": the
        # charge named again was made by the latest accuser of the one who rejects it
        objects = [m for c in tok.children if c.dep_ == "dobj" for m in [discourse.charge_maker(st, c, subjects)] if m][:1]
    if not objects and nested is None and rtype in ANAPHORIC_ACT_TYPES and tok.pos_ == "VERB" and subjects:
        # "North Korea launched a missile ... Seoul condemned the launch": the act named again
        # is the doer's named before
        objects = [a for a in (_doer_of(st, c) for c in tok.children if c.dep_ == "dobj") if a and a not in subjects][:1]
    if not objects and nested is None and rtype in ANAPHORIC_ACT_TYPES and tok.dep_ == "relcl" and subjects \
            and tok.head.lemma_.lower() in GENERIC_ACTS | {"decision"} and not any(c.dep_ == "dobj" for c in tok.children):
        # "halted imports of Georgian wine, in a move Tbilisi denounced as punishment", "a
        # decision Canberra called unjustified": the act the noun names is the clause's it
        # hangs on, and its doer is whom the relative clause is aimed at
        act = next((a for a in tok.head.ancestors if a.pos_ == "VERB"), None)
        # (each doer: "Spain, Ireland and Norway recognised a Palestinian state, a move Israel condemned")
        objects = [a for a in (subjects_of(st, act) if act is not None else []) if discourse.is_state(st, a) and a not in subjects]
    if not objects and nested is None and rtype == "ACCUSE" and tok.lemma_.lower() in PREDICATING_VERBS and subjects:
        # "over what it called hostile remarks by French officials": the wrong's doer is named
        # in what it is called (the parser may hang the "by" on the verb)
        objects = [a for c in triggers.called_predicates(tok) for t in c.subtree if t.i in st.by_token
                   for a in st.by_token[t.i].actors if a not in subjects][:1]
    pair = pair_from_between(st, tok)
    if not pair and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in VERBS["CONSULT"]:
        parties = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                   for t in c.subtree if t.i in st.by_token for a in st.by_token[t.i].actors]
        if parties and not set(parties) & set(subjects):
            return []  # "Norway brokered a ceasefire between Colombo and Tamil rebels": the
            # broker is no party to the ceasefire (whose other party kg does not know)
    if pair and tok.pos_ == "NOUN":
        # a noun's own "between X and Y" outranks the clause around it
        subjects, objects = [pair[0]], [pair[1]]
        if tok.lemma_.lower() in MUTUAL_NOUNS:
            return [make(st, tok, rtype, a, b, qualifiers.negated(st, tok)) for a, b in (pair, pair[::-1])]
    if not subjects and pair:
        subjects, objects = [pair[0]], [pair[1]]
    if not subjects and RELATION_TYPES[rtype].symmetric and len(objects) >= 2:
        subjects, objects = objects[:1], objects[1:2]
    unordered = RELATION_TYPES[rtype].symmetric or rtype == "CONSULT"
    first_person = st.subject_token is not None and st.subject_token.lower_ in PRONOUNS_FIRST_PLURAL
    if not objects and nested is None and unordered:
        if len(subjects) == 2:
            # "the two sides agreed", "the officials met": a pair acting together (never a larger group)
            subjects, objects = subjects[:1], subjects[1:]
        elif first_person and len(subjects) == 1:
            # "we agreed", "our cooperation": the speaker's state and its counterpart
            other = discourse.counterpart_of(st, subjects[0], tok.idx)
            objects = [other] if other else []
        elif first_person and not subjects and st.last_dyad:
            # an unattributed "we share a partnership" in a two-state story
            subjects, objects = [st.last_dyad[0]], [st.last_dyad[1]]
    if st.domestic_only and not objects and nested is None and subjects:
        # "police opened fire to disperse demonstrators, killing one and arresting 12": in a
        # sentence of a state and one group of its people, what the state does to people
        # no one names is done to that group
        objects = groups.aimed_at_the_group(st, tok, subjects[0], rtype)
    if nested is None and len(subjects) == 1 and groups.protests(subjects[0], rtype) and set(objects) <= {groups.state_of(subjects[0])}:
        # "students staged demonstrations", "opposition parties called a general strike",
        # "young Algerians blocked roads": a state's own people protest to its government when
        # no one else is named, or only where it happened (what they block or occupy is
        # obstruction, a protest)
        if rtype not in ("REQUEST", "REJECT") and not groups.armed_force(subjects[0], rtype):
            rtype = "PROTEST"
        objects = groups.opposed(st, st.subject_token) or [groups.state_of(subjects[0])]
    if not subjects:
        return []
    # ("signed a truce in talks mediated by the AU": the broker is no party)
    if objects:
        objects = [o for o in objects if o not in _brokers(st, tok.sent)]
    if groups.is_group(subjects[0]) and groups.state_of(subjects[0]) in objects \
            and any(groups.state_of(o) != groups.state_of(subjects[0]) for o in objects):
        # "Insurgents in Iraq kidnapped two Italian aid workers in Baghdad": on the Italians,
        # not on the group's own state where it happened
        objects = [o for o in objects if o != groups.state_of(subjects[0])]
    if rtype in ("REJECT", "ACCUSE") and not objects and nested is None and tok.pos_ == "NOUN" and tok.dep_ == "pobj" \
            and tok.head.lower_ in ("over", "despite") and any(c.dep_ == "poss" for c in tok.children):
        # "voted to open an investigation into abuses in Sri Lanka over Colombo's objections":
        # the objection is to whoever acts despite it
        objects = [a for a in subjects_of(st, tok.head.head) if a not in subjects]
    if rtype == "PROTEST" and not objects and nested is None and st.subject_token is not None:
        # "Palestinian prisoners in Israeli jails began a hunger strike": prisoners protest to
        # whoever holds them
        objects = [a for t in st.subject_token.subtree if t.dep_ == "pobj" and t.head.lower_ == "in"
                   and t.lemma_.lower() in CUSTODY_NOUNS for c in t.children if c.dep_ in ("amod", "compound", "poss")
                   for a in discourse.actors_of(st, c) if a not in subjects][:1]
    if rtype == "REQUEST" and not objects and nested is None:
        # "Russia detained a French citizen, and Paris called for his immediate release": a
        # release asked for is asked of whoever holds them
        objects = [a for a in _holders_of_the_released(st, tok) if a not in subjects][:1]
    if rtype in ("COERCE", "ASSAULT", "RETREAT") and nested is None and not [o for o in objects if o != subjects[0]] \
            and discourse.is_state(st, subjects[0]) and _own_person_held(st, tok, subjects[0]):
        # "Myanmar's military detained Aung San Suu Kyi", "Turkish police detained the mayor of
        # Istanbul Ekrem Imamoglu": custody or force on a person of the state's own, as event
        # data codes it (the state on its own political figures)
        objects = [groups.group_id(subjects[0], "OPP")]
    if rtype == "CONSULT" and (_people_at_large(st, st.subject_token) or _goods_arriving(st.subject_token)):
        return []  # "2.8 million Chinese tourists visited Vietnam", "another wave of Somalis
        # arrived in Kenya": people travelling, not a state visit
    edges = _edges(st, tok, rtype, subjects, objects, nested)
    guests = [o for o in objects if o not in subjects]
    if rtype == "CONSULT" and tok.lemma_.lower() == "host" and len(guests) == 2 and all(discourse.is_state(st, g) for g in guests):
        # "Kenya hosted the foreign ministers of Ethiopia and Somalia for talks": the guests meet
        # each other too, and are the story's pair from then on
        edges.append(make(st, tok, rtype, guests[0], guests[1], qualifiers.negated(st, tok)))
    return edges


#: Nouns of setting free: what a demand for them asks of whoever holds the people or things.
RELEASE_NOUNS = frozenset({"release", "freeing", "return"})


def _holders_of_the_released(st, tok) -> list[str]:
    """Who holds the people (or the ship) whose release ``tok`` asks for: the doer of an
    arrest or seizure told earlier in the sentence, else the state last named as doing one,
    else, for one of a state's own officials ("the release of President Alpha Conde"), that
    state."""
    asked = [c for c in tok.children if c.dep_ == "dobj"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    release = next((a for a in asked if a.lemma_.lower() in RELEASE_NOUNS), None)
    if release is None:
        return []
    for verb in reversed([t for t in tok.sent if t.i < tok.i and t.pos_ == "VERB" and t.lemma_.lower() in VERBS["COERCE"]]):
        holders = subjects_of(st, verb)
        if holders:
            return holders
    for lemma in reversed(list(st.doers)):
        if lemma in VERBS["COERCE"]:
            return [st.doers[lemma]]
    return [a for t in release.subtree if t.i in st.by_token and st.by_token[t.i].how == "person"
            for a in st.by_token[t.i].actors if discourse.is_state(st, a)][:1]


def _heads_of_named(st, tok) -> bool:
    """"The leaders of Egypt, Jordan and Syria": people of the states named after "of"."""
    return tok.lemma_.lower() in GROUP_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.i in st.by_token for g in c.children)
        for c in tok.children)


def _edges(st, tok, rtype: str, subjects: list[str], objects: list[str], nested: Relation | None) -> list[Relation]:
    """The edges a trigger's subjects and targets make: one per subject and target, pairwise
    among a few named states that act together, both ways for what two do to each other."""
    out = []
    negated = qualifiers.negated(st, tok)
    subj = subjects[0]
    extra_subjects = [s for s in subjects[1:] if s != subj]
    reciprocal = any(c.lower_ == "other" and any(g.lower_ in {"each", "one"} for g in c.children) or c.lower_ == "each" for c in tok.subtree if c.dep_ in ("dobj", "pobj", "det", "amod"))
    # the doers are no targets of their own one-way act ("India, Japan and the Philippines
    # face ... threats to their integrity"), unless they act on each other
    targets: list = [nested] if nested is not None else [
        o for o in objects if o != subj and (reciprocal or o not in subjects or rtype not in SELF_AIMED_TYPES)]
    if not targets and any(o != subj and o in subjects for o in objects) and not (
            RELATION_TYPES[rtype].symmetric or rtype == "CONSULT"):
        return []  # ("Brazil and Argentina condemned attacks on their embassies": of neither by the other;
        # but "Iran, Russia and China held their joint exercise" is theirs together)
    named = st.subject_token is not None and (st.subject_token.i in st.by_token or _heads_of_named(st, st.subject_token))
    if not named and st.subject_token is not None and st.subject_token.lower_ == "their" and tok.dep_ == "dobj":
        # "Iran, Russia and China held their joint exercise": "their" is the named subjects'
        named = any(c.dep_ == "nsubj" and (c.i in st.by_token or _heads_of_named(st, c)) for c in tok.head.children)
    if not targets and len(subjects) >= 2 and (RELATION_TYPES[rtype].symmetric or rtype == "CONSULT") and named and len(subjects) <= 4:
        # "Burkina Faso, Mali and Niger signed a mutual defence pact": a few named states, pairwise
        return [make(st, tok, rtype, a, b, negated) for i, a in enumerate(subjects) for b in subjects[i + 1:]]
    if len(extra_subjects) > 1 and RELATION_TYPES[rtype].symmetric:
        extra_subjects = []  # a grouping acts as one: no pairwise edges among its members
    if targets and nested is None and len(subjects) == 2 and tok.lemma_.lower() in MUTUAL_VERBS and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "against") for c in tok.children):
        targets = []  # "Ecuadorean and Peruvian troops clashed in Colombia": where, not with whom
    aimed_elsewhere = tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children) or any(
        c.dep_ == "amod" and c.lower_ in JOINT_WORDS for c in tok.children)  # ("a joint offensive": side by side)
    if not targets and len(subjects) == 2 and (tok.lemma_.lower() in MUTUAL_VERBS or reciprocal or (
        rtype in BOTH_WAYS_TYPES and all(discourse.is_state(st, a) for a in subjects) and not aimed_elsewhere
    )):  # ("Britain and France condemned the election", "Canada and Belgium banned imports of
        # trophies": what they act on is not each other)  # ("the withdrawal of U.S. and NATO troops" is no retreat of one before the other)
        # "exchanged fire", "accused each other", "Indian and Chinese troops completed their withdrawal"
        return [make(st, tok, rtype, a, b, negated) for a, b in (subjects, subjects[::-1])]
    if (reciprocal and nested is not None and len(subjects) == 2 and isinstance(nested.object, ActorRef)
            and {nested.subject.id, nested.object.id} == set(subjects)):
        # "X and Y accused each other of shelling": each accuses the other of shelling it
        return [make(st, tok, rtype, a, dataclasses.replace(nested, subject=ref(st, b), object=ref(st, a)), negated)
                for a, b in (subjects, subjects[::-1])]
    if (tok.lemma_.lower() in MUTUAL_NOUNS and nested is None and not extra_subjects and len(targets) == 1
            and rtype in ("MOBILIZE", "ASSAULT") and discourse.is_state(st, subj) and discourse.is_state(st, targets[0])
            and not any(c.lower_ in {"unilateral", "one-sided"} for c in tok.children)):
        # "India has been locked in a border standoff with China": a standoff, a clash, a war
        # with someone is waged by both
        return [make(st, tok, rtype, a, b, negated) for a, b in ((subj, targets[0]), (targets[0], subj))]
    if extra_subjects:
        st.group_triggers.add(tok.i)  # "they agreed with Korea" keeps "they" as the pair
    owned = any(c.dep_ == "dobj" and any(g.dep_ == "poss" for g in c.children) for c in tok.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("from", "along", "near", "across", "at")
        for h in [tok, *(x for x in tok.children if x.dep_ in ("advmod", "prt"))] for c in h.children)
    if nested is None and len(subjects) == 2 and targets == subjects[1:] and rtype in BOTH_WAYS_TYPES and not owned:
        # (not "Chile and Colombia recalled their ambassadors for consultations": their own
        # envoys, no place between them; but "withdraw their troops from the border" is mutual)
        # "Kyrgyzstan and Tajikistan pulled troops back from their shared border": the one
        # target is the other doer, so each does it to the other
        return [make(st, tok, rtype, a, b, negated) for a, b in (subjects, subjects[::-1])]
    for s in [subj] + extra_subjects:
        for o in targets:
            if isinstance(o, str) and o == s:
                continue
            out.append(make(st, tok, rtype, s, o, negated))
            if rtype == "ACCUSE" and isinstance(o, Relation) and o.subject.id != s:
                # "condemned Turkey's incursion into Syria": an accusation of the act is one of
                # its doer too, so that the pair's balance counts it
                out.append(make(st, tok, rtype, s, o.subject.id, negated))
    return out


#: Cooperation a state may offer on a condition ("would send aid if asked"): an AGREE.
OFFERABLE_TYPES = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
#: Acts of yielding: promised, they are an agreement as well (PLOVER's AGREE for CAMEO 035).
YIELDING_TYPES = frozenset({"RETREAT", "CONCEDE"})

#: ``make`` works the modality out from the parse unless it is given.
FROM_PARSE = object()


def make(st, tok, rtype: str, subj: str, obj, negated: bool, modality=FROM_PARSE) -> Relation:
    sent = st.sent
    mode, context = qualifiers.mode_context(st, sent, rtype)
    speaker = st.speaker or qualifiers.reporting_speaker(st, tok)
    return Relation(
        subject=ref(st, subj),
        type=rtype,
        object=obj if isinstance(obj, Relation) else ref(st, obj),
        evidence=_as_written(st, sent),
        start=sent.start_char,
        end=sent.end_char,
        mode=mode,
        context=context,
        speaker=speaker,
        negated=negated,
        modality=qualifiers.modality(st, tok) if modality is FROM_PARSE else modality,
        confidence=0.9 if speaker else 0.8,
        trigger=tok.i,
    )


def _as_written(st, sent) -> str:
    """A sentence's text as the article writes it: the parser's copy folds the case of
    organisations' acronyms ("Iaea"), and only those letters differ from the article's."""
    own = st.text[sent.start_char:sent.end_char]
    return "".join(o if p != o and p.lower() == o.lower() else p for p, o in zip(sent.text, own)).strip()


def ref(st, actor_id: str) -> ActorRef:
    return st.res.ref(actor_id)


def reported_wrong(st, tok) -> list[Relation]:
    """"The ministry said China had violated the ruling": the reporter accuses the doer."""
    doers = [a for c in tok.children if c.dep_ in ("nsubj",) for a in discourse.actors_of(st, c)] or subjects_of(st, tok)
    node, reporter = tok, None
    for _ in range(8):
        if node.lemma_.lower() in REPORTING_VERBS | {"warn"} and node.i != tok.i:
            acts = subjects_of(st, node)
            reporter = acts[0] if acts else None
            break
        if node.head.i == node.i:
            break
        node = node.head
    if reporter is None and st.speaker is not None:
        reporter = st.speaker.actor
    negated = qualifiers.negated(st, tok)
    return [make(st, tok, "ACCUSE", reporter, d, negated) for d in doers if reporter and d != reporter]
