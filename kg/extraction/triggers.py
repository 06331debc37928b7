"""Stage 2: triggers: which relation types a word sets off, from the lexicon and its refinements."""

from __future__ import annotations

import re

from .lexicon import (
    infinitives,
    refusing,
    WITHSTANDING_VERBS,
    TIME_WORDS,
    VICTORY_VERBS,
    CLOSABLE,
    ILLS,
    SPORT_WORDS,
    ARMS_NOUNS,
    GATHERING_VERBS,
    BUYING_VERBS,
    MANOEUVRES,
    DECIDING_VERBS,
    DEPORTED_NOUNS,
    CROWD_NOUNS,
    PEOPLE_NOUNS,
    HELPING_PURPOSES,
    EVACUEES,
    HOSTING_VERBS,
    GOAL_NOUNS,
    LOGISTICS_HEADS,
    RELIEF_GOODS,
    CLAIM_NOUNS,
    DEFENCE_PACT_NOUNS,
    JOINT_ACTIVITIES,
    LIGHT_VERBS,
    ADMITTING_VERBS,
    ENTERING_VERBS,
    PROTESTER_NOUNS,
    PEACE_FORCES,
    EXPELLING_VERBS,
    RESPONDING_VERBS,
    VERBAL_TARGETS,
    CONDEMNING_PREDICATES,
    PREDICATING_VERBS,
    MEMBERSHIP_VERBS,
    MILITARY_NOUNS,
    NEUTRAL_VERBS,
    NEUTRAL_WORDS,
    NOUNS,
    OFFICIAL_NOUNS,
    PHRASAL,
    STATE_NOUNS,
    RIGHT_VERBS,
    NOT_PETRARCH_TRIGGERS,
    VERBS,
)
from ..actors import CAPITAL, DEMONYM, METONYM, NAME, ORG, PLACE
from ..ontology import RELATION_TYPES
from . import discourse, groups, patterns, qualifiers

#: Dependencies of a verb that modifies a noun or stands for a preposition ("the disputed
#: frontier", "founding members", "according to"): such a verb is no event of its own.
#: What recognising of a state recognises: "recognized the independence of Kosovo".
STATEHOOD_NOUNS = {"independence", "sovereignty", "statehood", "government", "state", "republic"}

#: Acts whose refusal is a REJECT of whom they were for: help, concessions, and the meeting
#: or agreement a state was asked for ("refused to meet Croatia", CAMEO 12); of verbal
#: support, only recognition ("refused to recognise Kosovo"): declining to praise or defend
#: someone is no rejection of them.
REFUSABLE_TYPES = {"AID", "COOPERATE", "RETREAT", "CONCEDE", "CONSULT", "AGREE"}
RECOGNISING = {"recognise", "recognize"}

#: Every verb kg's own lexicon lists, whatever its type.
CURATED_VERBS = set().union(*VERBS.values())

MODIFIER_DEPS = {"amod", "acl", "prep", "compound", "advmod", "npadvmod", "nmod", "det", "case", "mark", "agent"}


def trigger_types(st, tok) -> list[str]:
    """The relation types ``tok`` triggers, from the lexicon and the phrase rules."""
    if tok.i in st.by_token or tok.i in st.consumed:
        return []  # part of an actor's name ("Shanghai Cooperation Organisation"), or a light verb's object
    if tok.text == "March":
        return []  # the month, not a protest march
    if tok.tag_ == "VBN" and any(c.dep_ == "advmod" and c.tag_ == "RBS" for c in tok.children):
        return []  # "the hardest hit", "the worst affected": who suffers most, not an act
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNS" and lemma.endswith("ie") and tok.lower_.endswith("ies"):
        lemma = tok.lower_[:-3] + "y"  # "archenemies": the lemmatizer's "archenemie" for a word it does not know
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].head.i == tok.i:
        lemma = f"{tok.doc[tok.i - 2].lower_}-{lemma}"  # "build-up", "pull-out" split in three
    if tok.pos_ == "NOUN" and tok.i >= 1 and tok.doc[tok.i - 1].dep_ == "compound" and tok.doc[tok.i - 1].head.i == tok.i \
            and any(tok.doc[tok.i - 1].lower_ + lemma in words for words in NOUNS.values()):
        lemma = tok.doc[tok.i - 1].lower_ + lemma  # "war games": the lexicon's "wargame" written in two words
    out: list[str] = []
    misread_adjective = tok.pos_ == "ADJ" and tok.lower_.endswith("ed") and any(c.dep_ == "nsubj" for c in tok.children) \
        and any(c.dep_ == "dobj" for c in tok.children)
    if misread_adjective:
        # "France armed Germany": an adjective takes no direct object; a past tense the tagger
        # took for an adjective, looked up by its stem
        lemma = next((stem for stem in (tok.lower_[:-2], tok.lower_[:-1]) if any(stem in v for v in VERBS.values())), lemma)
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or misread_adjective or (
        tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children)
    ):  # (a verb the tagger took for a plural noun: "The council groups A, B and C")
        words = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "advmod", "dobj", "npadvmod") and not _when(c)}
        # "called for Germany to act": the "for" of a for-to clause belongs to the verb
        words |= {m.lower_ for c in tok.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark" and m.lower_ == "for"}
        if lemma in RESPONDING_VERBS:
            # "Russia retaliated with the expulsion of ten British diplomats": the means says what was done
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "with":
                    for g in c.children:
                        means = trigger_types(st, g) if g.dep_ == "pobj" and g.pos_ == "NOUN" else []
                        if not means and g.dep_ == "pobj" and g.lemma_.lower() == "force" and not any(
                                x.lemma_.lower() == "show" for x in g.ancestors if x.i > tok.i):
                            means = ["ASSAULT"]  # "would respond with overwhelming force": force used
                        if means:
                            st.consumed.add(g.i)
                            return means
        vowed = response_vowed(st, tok)
        if vowed is not None:
            st.consumed.update(vowed)
            return ["THREATEN"]  # "Moscow vowed to retaliate", "warned of serious consequences" (CAMEO 138)
        if lemma == "be" and ruled_out(tok):
            return ["REJECT"]  # "lifting sanctions on Burma is out of the question, officials said"
        light = light_verb(st, tok)
        closure = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "closure" and any(
            g.lemma_.lower() in CLOSABLE for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj")), None)
        if closure is not None and not light:
            st.consumed.add(closure.i)
            return ["SANCTION"]  # "ordered the closure of a Russian consulate": a closing, as "closed" is
        if any(withstood_act(tok, c) for c in tok.children):
            return []  # "repulsed a Russian offensive": the offensive is the act (roles._withstood)
        if incursion(tok):
            return ["ASSAULT"]  # "South African troops crossed into Angola": an incursion (CAMEO 19x)
        if light == "MOBILIZE" and _deployed_to_help(tok):
            _purpose_is_the_help(st, tok)
            return ["AID"]  # "send 150 soldiers to Poland as part of NATO's eastern flank"
        if light == "MOBILIZE" and _weapons_delivered(st, tok):
            return ["AID"]  # "will send cruise missiles to Ukraine": arms handed over, not forces moved
        if light == "ASSAULT" and (any(c.dep_ in ("npadvmod", "compound", "advmod") and c.lower_ == "test" for c in tok.children)
                                   or _into_open_water(tok)):
            return ["MOBILIZE"]  # "test-fired a missile", "fired missiles into waters off Taiwan": a
            # show of force (CAMEO 150), not an attack
        if light:
            return [light]
        if lemma in CARRYING_VERBS and _goods(tok):
            return ["AID"]  # "flew 30 tonnes of food and tents to survivors in Iran": relief carried, no visit
        for (verb, word), t in PHRASAL.items():
            if lemma == verb and word in words and word in {"into", "on", "with", "at", "to"} and any(
                    c.dep_ == "prep" and c.lower_ == word and any(d.dep_ == "dobj" and d.i < c.i for d in tok.children)
                    for c in tok.children):
                continue  # "slammed North Korea's test-firing of a missile into the sea": the
                # preposition after the object goes with the object, no phrasal verb
            if lemma == verb and word in words:
                if t == "NONE":
                    return []  # "pressed ahead with the plan": no request of anyone
                if t == "RETREAT" and lemma == "hand" and _goods(tok):
                    return ["AID"]  # "handed over 700 kg of medicine": relief, not a return
                if t == "RETREAT" and lemma == "hand" and wanted_person_handed(st, tok):
                    return ["COOPERATE"]  # "handed over a senior al-Qaeda suspect to U.S. authorities" (CAMEO 063)
                if t == "SANCTION" and word == "out" and _people_removed(tok):
                    return ["COERCE"]  # "forced out 1,000 refugees": people driven out, not envoys
                return [t]
        for t, lemmas in VERBS.items():
            if lemma in lemmas:
                out.append(t)
        if phone_call(st, tok):
            out.append("CONSULT")  # "called his Iranian counterpart", "phoned President Macron"
        if lemma in {"speak", "talk", "confer", "chat"} and any(
            c.dep_ == "prep" and c.lower_ in {"by", "over", "on"} and any(g.lemma_.lower() in {"phone", "telephone", "video", "videoconference", "videolink"} for g in c.children)
            for c in tok.children
        ):
            out.append("CONSULT")  # "spoke by telephone"
        if lemma in NEUTRAL_VERBS or (lemma == "take" and any(c.lemma_ == "side" for c in tok.children)):
            out.append("NEUTRAL")
        if (lemma in MEMBERSHIP_VERBS or (lemma == "bring" and any(c.lower_ == "together" for c in tok.children))) and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in JOINT_ACTIVITIES for c in tok.children):
            out.append("MEMBER_OF")  # (joining "the UN peacekeeping force" or "a NATO exercise" is no membership of the UN or NATO)
        if lemma in RIGHT_VERBS and any(c.dep_ == "dobj" and c.lemma_ == "right" for c in tok.children):
            out = ["SUPPORT"]
        if lemma in HOSTING_VERBS and any(c.dep_ == "dobj" and _visitor(st, c) for c in tok.children):
            out = ["CONSULT" if t == "SUPPORT" else t for t in out]  # "welcomed the French president": a visit hosted
        if not out and any(c.lower_ in {"jointly", "together"} and c.dep_ == "advmod" for c in tok.children):
            out.append("COOPERATE")  # "are jointly monitoring"
        if lemma in {"charge", "allege"} and not out and any(
            c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.i in st.by_token for g in c.children)
            for c in tok.children
        ):
            out.append("ACCUSE")  # "Syria charged that Turkey had diverted the waters"
        if lemma in {"deny", "refute"} and not out and any(
            c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS
            and _claimant_named(st, c) for c in tok.children
        ):
            out.append("REJECT")  # "denied Greek claims that ...", "charges by Honduras": a denial aimed at the claimant
        deniers = [a for s in tok.children if s.dep_ == "nsubj" for a in discourse.actors_of(st, s)] \
            if lemma in {"deny", "refute"} and not out else []
        if deniers and any(c.dep_ == "dobj" and discourse.charge_maker(st, c, deniers) for c in tok.children):
            out.append("REJECT")  # "Algeria accused Morocco of ... A Moroccan spokesman denied the charge"
        if lemma in {"deny", "refute"} and not out and tok.dep_ == "relcl" and tok.head.lemma_.lower() in CLAIM_NOUNS \
                and tok.head.head.lemma_.lower() in VERBS["ACCUSE"]:
            out.append("REJECT")  # "accused Armenia of shelling ..., a charge its neighbour denied"
        if lemma == "insist" and not out and any(c.dep_ == "ccomp" and _demanded_clause(st, c) for c in tok.children):
            out.append("REQUEST")  # "insisted that North Korea account for ...": a demand, not a claim
        if "COOPERATE" in out and lemma == "train" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in MILITARY_NOUNS | {"police", "policeman", "officer", "pilot", "recruit"}
                and discourse.actors_of(st, c) for c in tok.children):
            out[out.index("COOPERATE")] = "AID"  # "is training Georgian troops": military help to Georgia (CAMEO 072)
        if not out and lemma == "cite" and any(
                c.dep_ == "dobj" and any(t.lemma_.lower() in CONDEMNING_PREDICATES | CITED_WRONGS for t in c.subtree)
                and (any(t.i in st.by_token for t in c.subtree) or discourse.actors_of(st, c)) for c in tok.children):
            out.append("ACCUSE")  # "suspended a loan to Kenya, citing the government's failure to tackle corruption"
        if not out and lemma in PREDICATING_VERBS and _called_wrong(st, tok):
            out.append("ACCUSE")  # "described Eritrea's decision as a hostile act"
        if lemma in PLEDGING_VERBS and "AID" not in out and _sum_of_money(tok):
            out.append("AID")  # "pledged $1 billion to Egypt": money promised is aid announced
        if lemma in {"evacuate", "airlift"} and evacuees(tok):
            out = [t for t in out if t != "RETREAT"] + ["AID"]  # "evacuated the wounded from Gorazde": relief for where they are
        if lemma in {"designate", "list", "proscribe"} and not out and any(
            t.lower_ in {"terrorist", "terror"} for c in tok.children if c.dep_ in ("oprd", "prep", "xcomp", "ccomp", "attr", "dobj") for t in c.subtree
        ):
            out.append("SANCTION")  # "designated the BLA as a terrorist group"
        if lemma == "warn" and any(c.dep_ in ("dobj", "nsubjpass") and (c.i in st.by_token or discourse.actors_of(st, c) and not any(
                g.dep_ == "poss" and g.lower_ in {"its", "their", "our", "his", "her"} for g in c.children))  # (not "its citizens")
                                   for c in tok.children):
            out.append("THREATEN")  # "warned Lithuania that ...": a warning to a state
        elif lemma == "warn" and (qualifiers.condition(st, tok) is not None or consequences_for(st, tok)):
            # "warned that it would take countermeasures if Washington and Seoul continued ...",
            # "warned that Berlin would bear the consequences": a warning aimed at someone
            out.append("THREATEN")
        refused = [c for c in infinitives(tok) if _refusable(st, c)]
        if "REJECT" in out and lemma == "refuse" and not refused and not any(c.dep_ == "dobj" for c in tok.children) \
                and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
            out.remove("REJECT")  # "refused to comment" rejects nothing (a bare "has refused" refuses what was asked)
        elif refusing(tok) and refused and "REJECT" not in out:
            out.append("REJECT")  # ("declined to", "ruled out lifting": not typed by the verb alone)
        # ("refused to deliver drones to Azerbaijan", "declined to lift the curfew": a refusal of
        # the help or the concession to whom it was for, PLOVER's 121-124; the act is denied)
        if "REJECT" in out and any(
            c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS and any(g.dep_ in ("acl", "ccomp", "relcl") for g in c.children)
            and not _claimant_named(st, c)
            for c in tok.children
        ):
            out.remove("REJECT")  # "rejected reports that ..." is a denial, not an objection (but
            # "dismissed Indian charges that ..." rejects India)
        if "AID" in out and lemma in {"send", "give", "extend", "grant"} and not aid_object(st, tok):
            out.remove("AID")
        if lemma == "send" and any(c.dep_ == "dobj" and any(a.dep_ in ("acl", "oprd", "xcomp") and a.lemma_.lower() in FLIGHT_VERBS
                                                            for a in c.children) for c in tok.children):
            out = []  # "sending thousands of refugees fleeing toward the border": flight caused, nothing sent
        if lemma in {"leave", "quit", "exit", "depart", "vacate"} and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in MILITARY_NOUNS | {"force", "contingent", "peacekeeper", "mission", "inspector", "monitor"}
            for c in [*tok.children, *(tok.head.children if tok.dep_ == "xcomp" else ())]
        ):  # ("peacekeepers began leaving Somalia")
            out.append("RETREAT")  # "French special forces left the country"
        if "REQUEST" in out and lemma in {"ask", "inquire", "enquire"} and (
            any(c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in {"if", "whether"} for m in c.children)
                for c in tok.children)
            or tok.tag_ == "VBN" and tok.dep_ == "advcl"
        ):
            out.remove("REQUEST")  # "asked Riyadh whether ...", "Asked by reporters if ..., he said": a question
        if "CONSULT" in out and lemma == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in GOAL_NOUNS for c in tok.children):
            out.remove("CONSULT")  # "pledged to meet the alliance's spending target" meets nobody
        if "CONSULT" in out and lemma == "receive" and not any(
            c.dep_ in ("dobj", "nsubjpass") and (c.i in st.by_token or (c.lemma_.lower() in OFFICIAL_NOUNS and discourse.actors_of(st, c)))
            for c in tok.children
        ):
            out.remove("CONSULT")
        if "SUPPORT" in out and lemma in {"recognise", "recognize"} and not any(
            c.dep_ == "dobj" and (c.i in st.by_token or c.lemma_.lower() in STATEHOOD_NOUNS) for c in tok.children
        ):
            out.remove("SUPPORT")  # diplomatic recognition is of a state (or its independence), not of "the commitment"
        if "PROTEST" in out and lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
            out.remove("PROTEST")  # "demonstrated our commitment" is no demonstration
        if "PROTEST" in out and lemma == "protest" and _official_voice(st, tok):
            out[out.index("PROTEST")] = "ACCUSE"  # "Greece protested to Turkey": a complaint by a
            # government (CAMEO 114), not a demonstration in the street
        if not out and lemma not in NOT_PETRARCH_TRIGGERS and lemma not in CURATED_VERBS and tok.dep_ not in MODIFIER_DEPS:
            out += _dictionary_reading(st, tok)  # (a verb kg's own rules set aside stays set aside)
        if lemma in CROWDING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in PUBLIC_SPACES for c in tok.children) and any(
                c.dep_ == "nsubj" and (_protesters(c) or (_people_in_the_street(st, c) or st.domestic_only and any(
                    h.i in st.by_token for h in [c, *who_is_counted(c)])) and _against(st, tok))
                for c in tok.children):
            out = ["PROTEST"]  # "hundreds of thousands of protesters filled the streets of Caracas",
            # "Egyptians packed Tahrir Square demanding ...": a crowd in the street against someone
            # is a demonstration (not "tourists filled the streets")
        if st.domestic_only and lemma in GATHERING_VERBS and any(
                h.i in st.by_token and any(groups.is_group(a) for a in st.by_token[h.i].actors)
                for c in tok.children if c.dep_ == "nsubj" for h in [c, *who_is_counted(c)]):
            out = ["PROTEST"]  # "students marched in Nairobi", "protesters gathered": a state's own people in the street
        elif set(out) <= {"MEMBER_OF"} and lemma in GATHERING_VERBS and any(
                c.dep_ == "nsubj" and (_people_in_the_street(st, c) or _protesters(c)) for c in tok.children) and _against(st, tok):
            # "thousands of Bangladeshis marched against the United States", "protesters gathered
            # outside the French embassy in Niamey, demanding ..." (people gather; a grouping's
            # members "gathered" in it are another reading)
            out = ["PROTEST"]
        if "ASSAULT" in out and lemma == "strike" and tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.head.tag_ == "NNS":
            out = ["PROTEST"]  # "striking oil workers": people on strike
        if "ASSAULT" in out and any(c.dep_ == "dobj" and c.lemma_.lower() in VERBAL_TARGETS for c in tok.children):
            out[out.index("ASSAULT")] = "ACCUSE"  # "attacked Britain's policy": an attack in words
        if {"ASSAULT", "COERCE"} & set(out) and any(
                h.lemma_.lower() in PROTESTER_NOUNS for c in tok.children if c.dep_ == "nsubj" for h in [c, *who_is_counted(c)]):
            # "demonstrators hurled stones at the embassy", "thousands of demonstrators attacked
            # the embassy": a riot (CAMEO 145)
            out = ["PROTEST"]
        if not out and lemma in RESTRICTING_VERBS and any(
                c.dep_ == "dobj" and (groups.public_restriction(c) or c.lemma_.lower() == "state" and any(
                    p.lower_ == "of" and any(groups.public_restriction(g) for g in p.children) for p in c.children))
                for c in tok.children):
            out = ["COERCE"]  # "declared martial law", "imposed a curfew", "declared a state of emergency" (CAMEO 1723-4)
        if lemma in SUPPRESSING_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in NOUNS["PROTEST"] for c in tok.children) and not any(
                c.dep_ == "nsubj" and (_protesters(c) or _people_in_the_street(st, c)) for c in tok.children):
            out = ["COERCE"]  # "police prevented the demonstration staged by students": a protest
            # stopped by force or order (CAMEO 17x), not a refusal ("broke up" is a phrasal COERCE)
        if set(out) <= {"SANCTION"} and lemma in BANNING_VERBS and any(
                c.dep_ in ("dobj", "nsubjpass") and (groups.political_body(c) or c.lemma_.lower() in NOUNS["PROTEST"])
                for c in tok.children):
            out = ["COERCE"]  # "banned the Muslim Brotherhood", "dissolved the two political parties",
            # "banned all political rallies": political life restricted (CAMEO 1721-2), not a sanction
        if out in ([], ["ASSAULT"]) and lemma in RIOTING_VERBS and tok.pos_ == "VERB" and _rioting(st, tok):
            out = ["PROTEST"]  # "rioters burned cars", "demonstrators set fire to a government
            # office": people's damage to property is a riot, a protest (CAMEO 145)
        if "COERCE" in out and lemma in BLOCKING_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in THOROUGHFARES for c in tok.children) and not any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in FORCE_NOUNS | PERSONNEL | {"police", "policeman", "authority"}
                                       or any(discourse.is_state(st, a) for a in discourse.actors_of(st, c)))
                for c in tok.children):
            out[out.index("COERCE")] = "PROTEST"  # "farmers blocked a highway": people obstructing passage (CAMEO 144)
        if "REQUEST" in out and lemma in ("order", "instruct", "direct", "command", "tell") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in FORCE_NOUNS | PERSONNEL and not any(
                    t.i in st.by_token for t in c.subtree) for c in tok.children):
            # "Moscow ordered its troops to withdraw from Georgia": an order to one's own forces
            # is no demand of anyone; what they are ordered to do is the act
            out.remove("REQUEST")
        if "MOBILIZE" in out and _deployed_to_help(tok):
            _purpose_is_the_help(st, tok)
            out[out.index("MOBILIZE")] = "AID"  # "deployed to Mozambique to fight insurgents": military help
        if lemma in BUYING_VERBS and _arms_bought(st, tok):
            out = ["AID"]  # "bought S-400 missiles from Russia": Russia arms the buyer
        if "SUPPORT" in out and tok.tag_ == "VBN" and any(
                g.lemma_.lower() in MILITARY_NOUNS | ARMS_NOUNS | {"gunship", "warplane", "airpower"}
                and not any(t.i in st.by_token and st.by_token[t.i].how not in ("agent", "group") for t in g.subtree)
                for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"):
            # "troops backed by helicopter gunships": arms in the fight, no state's backing (but
            # "backed by U.S. surveillance aircraft" is the United States')
            out.remove("SUPPORT")
        if "ASSAULT" in out and lemma in {"battle", "combat", "fight", "tackle"} and any(
                g.lemma_.lower() in ILLS for c in tok.children if c.dep_ in ("dobj", "prep")
                for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])):
            out.remove("ASSAULT")  # "battled blazes in Canada", "fought the cholera outbreak": no enemy
        if "PROTEST" in out and lemma == "storm" and any(
                h.lemma_.lower() in FORCE_NOUNS | PERSONNEL | {"commando", "police", "guerrilla", "rebel", "militant", "fighter"}
                for c in tok.children if c.dep_ == "nsubj" for h in [c, *who_is_counted(c)]):
            out[out.index("PROTEST")] = "ASSAULT"  # "Russian troops stormed Grozny": an assault, not a crowd
        if "ASSAULT" in out and _into_open_water(tok):
            out[out.index("ASSAULT")] = "MOBILIZE"  # "launched missiles into waters off Taiwan": a show of force (CAMEO 150)
        if "ASSAULT" in out and lemma == "sink" and tok.tag_ != "VBN" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            out.remove("ASSAULT")  # "a ferry sank off the Philippines": it went down, no one sank it
        if "ASSAULT" in out and lemma in VICTORY_VERBS and _sporting(tok):
            out.remove("ASSAULT")  # "Brazil beat Argentina 3-0 in a World Cup qualifier": a game won
        if "SANCTION" in out and (lemma in EXPELLING_VERBS or "out" in words) and _people_removed(tok):
            out[out.index("SANCTION")] = "COERCE"  # "expelled 2,000 Moroccan nationals": people deported (CAMEO 174), not envoys (166)
    elif verb_taken_for_noun(st, tok):
        return [st.light_verb_types[tok.i]]
    elif tok.pos_ in ("NOUN", "PROPN", "ADJ"):
        if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i + 2 and trigger_types(st, tok.head):
            return []  # "treaty allies", "aid convoy attack": the head noun says what it is
        if tok.dep_ in ("compound", "amod") and tok.head.tag_ in ("NN", "NNS") and groups.names_people(tok.head):
            return []  # "the opposition party", "opposition leaders", "protest organisers": who they are, no act
        if tok.dep_ == "compound" and tok.head.i in st.consumed:
            return []  # "blocked the EU aid package": the light verb and its object say what it is
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in {"violation", "breach"}:
            return []  # "ceasefire violations" are no ceasefire
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in ARMS_NOUNS | MILITARY_NOUNS | FORCE_NOUNS | PERSONNEL:
            return []  # "battle tanks", "attack helicopters", "strike force": a kind of arms or unit, no act
        if tok.dep_ == "compound" and (lemma == "supply" or lemma == "aid" and tok.head.lemma_.lower() in LOGISTICS_HEADS):
            return []  # "a supply convoy", "supply lines", "aid workers": logistics and people, no act
        if lemma in DEFENCE_PACT_NOUNS and {c.lemma_.lower() for c in tok.children} & {"defence", "defense", "security"} \
                and {c.lemma_.lower() for c in tok.subtree} & {"mutual", "joint", "collective", "common"}:
            st.consumed.update(c.i for c in tok.children if c.lemma_.lower() == "joint")
            return ["ALLY"]  # a mutual defence treaty is an alliance
        for t, lemmas in NOUNS.items():
            if lemma in lemmas or tok.lower_ in lemmas:
                out.append(t)
        if lemma in ("responsible", "culpable") and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in NOUNS["ASSAULT"] | NOUNS["COERCE"] for g in c.children)
            for c in tok.children
        ):
            out.append("ACCUSE")  # "said Iran was responsible for the attack": an accusation of Iran
        if lemma == "part" and (any(c.lower_ == "of" for c in tok.children) or tok.head.dep_ == "relcl"):
            out.append("MEMBER_OF")
        if lemma in NEUTRAL_WORDS and "NEUTRAL" not in out:
            out.append("NEUTRAL")
        if tok.pos_ == "ADJ" and lemma in {"joint", "combined"} and (
            tok.head.lemma_.lower() in JOINT_ACTIVITIES and not trigger_types(st, tok.head)
            or set(trigger_types(st, tok.head)) & {"ASSAULT", "MOBILIZE", "COERCE"}
        ):
            out.append("COOPERATE")  # "a joint brigade", "joint patrols", "a joint offensive against ..."
        if "COOPERATE" in out and lemma in MANOEUVRES and _shown_off(st, tok):
            out = ["MOBILIZE"]  # "held military exercises near Taiwan": a show of force (CAMEO 150)
        if "CONSULT" in out and lemma == "call" and not any(c.lower_ in {"phone", "telephone", "video"} for c in tok.children):
            out.remove("CONSULT")
        if lemma == "call" and not out and tok.pos_ == "NOUN" and (
            any(c.lower_ == "for" for c in tok.children)
            or any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)
            or any(c.dep_ == "advcl" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                   for c in list(tok.children) + (list(tok.head.children) if tok.dep_ == "dobj" else []))
        ):
            out.append("REQUEST")  # "its call for China to release ...", "Washington's call for denuclearization",
            # "a call by Cairo to reopen the border"
        if "PROTEST" in out and tok.head.lemma_.lower() in {"lodge", "file", "register", "deliver", "submit"}:
            out = ["ACCUSE"]  # a diplomatic protest
        if out and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in UNCERTAIN_WORDS for c in tok.head.children):
            out = []  # "a new nuclear agreement between Washington and Tehran is unlikely": none made
        if "PROTEST" in out and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB" \
                and set(trigger_types(st, tok.head.head)) - {"PROTEST"}:
            out.remove("PROTEST")  # "suspended aid in protest at the tests": why the act was done, no protest of its own
        if political_ban(tok):
            out = ["COERCE"]  # "ordered the dissolution of the opposition Future Forward Party" (CAMEO 1722)
        if lemma == "recognition" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            out = []  # "in recognition of his efforts": a reason given, no state recognised
        if "AID" in out and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "of", "in") \
                and tok.head.head.lemma_.lower() in STOPPING_NOUNS:
            out = ["SANCTION"]  # "ordered a halt to funding for the WHO": help stopped (CAMEO 162)
        if lemma in ("show", "display", "demonstration") and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in FORCE_SHOWN for g in c.children)
                for c in tok.children):
            out = ["MOBILIZE"]  # "a show of force aimed at North Korea" (CAMEO 150)
        if lemma == "fire" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
            out = ["ASSAULT"]  # "came under fire from ...": shots, not a blaze
        if lemma == "fire" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in WEAPON_FIRE for c in tok.children):
            out = ["ASSAULT"]  # "responded with artillery fire on villages": shots, not a blaze
        if "ASSAULT" in out and lemma == "strike" and (
            any(c.lower_ in LABOUR_STRIKES for c in tok.children) or (tok.dep_ == "pobj" and tok.head.lower_ == "on")
            or tok.dep_ == "dobj" and _called_by_people(st, tok.head)
        ):
            out = ["PROTEST"]  # "a hunger strike", "a nationwide strike", "went on strike", "workers staged a strike"
    return out


#: Wrongs a measure is said to answer ("citing Kenya's failure to tackle corruption").
CITED_WRONGS = frozenset({"failure", "corruption", "abuse", "breach", "misconduct", "mismanagement", "fraud", "repression"})
#: Verbs of people in flight: where they flee to is no one's target ("sent refugees fleeing toward the border").
FLIGHT_VERBS = frozenset({"flee", "run", "scurry", "scramble", "stream", "pour", "escape"})
#: Verbs of carrying, whose load says whether they bring relief ("flew food to ...").
CARRYING_VERBS = frozenset({"fly", "airlift", "airdrop", "truck", "ferry", "rush", "ship", "dispatch"})


#: Words that make a strike a stoppage, not an attack: "a general strike", "a 48-hour strike".
LABOUR_STRIKES = frozenset({"hunger", "general", "nationwide", "national", "labour", "labor", "indefinite", "wildcat",
                            "sit-down", "transport", "rail", "one-day", "24-hour", "48-hour", "72-hour"})


def _called_by_people(st, verb) -> bool:
    """Whether a verb's subject is people of society (workers, unions, students, doctors),
    not armed men or rebels: what they stage or call is a stoppage."""
    return any(c.dep_ == "nsubj" and (groups.agent_sector(c, st.res.dict.agents) or "")[:3] in groups.SOCIETY.keys() - {"REB", "UAF"}
               for c in verb.children)


#: Weapons whose "fire" is shooting: "artillery fire", "rocket fire", "sniper fire".
WEAPON_FIRE = frozenset({"artillery", "rocket", "mortar", "tank", "gun", "machine-gun", "machinegun", "sniper", "naval",
                         "cannon", "missile", "small-arms"})

#: What a show of force shows: "a show of force", "a display of military might".
FORCE_SHOWN = frozenset({"force", "strength", "might", "power", "resolve"})

#: Verbs of leaving a country: what someone is ordered to do when put out.
LEAVING_VERBS = frozenset({"leave", "quit", "depart", "exit"})
#: Nouns of stopping something: "a halt to funding", "a cut in aid", "the suspension of loans".
STOPPING_NOUNS = frozenset({"halt", "cut", "cutoff", "cut-off", "suspension", "freeze", "end", "stop", "termination"})

#: Verbs of obstructing passage, and what people block when they protest by it.
BLOCKING_VERBS = frozenset({"barricade", "block", "blockade", "obstruct"})
#: Verbs that put a restriction on the public ("imposed a curfew", "declared martial law").
RESTRICTING_VERBS = frozenset({"impose", "reimpose", "declare", "proclaim", "introduce", "enforce", "extend"})
#: Damage to property, which people (not armed men) do in a riot; "set" with "fire" or "ablaze".
RIOTING_VERBS = frozenset({"burn", "torch", "loot", "ransack", "smash", "vandalise", "vandalize", "firebomb", "trash", "wreck",
                           "overturn", "set"})
FIRE_WORDS = frozenset({"fire", "ablaze", "alight"})
THOROUGHFARES = frozenset({"road", "highway", "street", "railway", "railroad", "rail", "bridge", "traffic", "route",
                           "motorway", "junction", "intersection", "thoroughfare", "roadway", "avenue"})


def _claimant_named(st, claim) -> bool:
    """Whether a claim noun names who made it: "Greek claims", "Moscow's allegations",
    "charges by Honduras", "accusations from Kabul"."""
    return any(g.dep_ in ("poss", "amod", "compound") and g.i in st.by_token
               or g.dep_ == "prep" and g.lower_ in ("by", "from") and any(x.i in st.by_token for x in g.children)
               for g in claim.children)


def _people_in_the_street(st, subj) -> bool:
    """Whether a subject names people at large of a state, who march or rally in protest:
    "thousands of Bangladeshis", "Greek students", "Pakistanis" (not troops, not officials)."""
    for h in [subj, *who_is_counted(subj)]:
        m = st.by_token.get(h.i)
        if m is not None and m.actors and m.how == DEMONYM and h.text.endswith("s"):
            return True  # "Bangladeshis", "Greeks"
        if m is not None and m.actors and groups.sector_of(m.actors[0]) in groups.UNARMED:
            return True  # (read again as a state's own people: "thousands of Venezuelans")
        if h.lemma_.lower() in PEOPLE_NOUNS | PROTESTER_NOUNS and discourse.actors_of(st, h):
            return True  # "Greek students", "Indonesian workers"
    return False


def _protesters(subj) -> bool:
    """Whether a subject is protesters, counted or not ("thousands of demonstrators")."""
    return any(h.lemma_.lower() in PROTESTER_NOUNS for h in [subj, *who_is_counted(subj)])


def _against(st, verb) -> bool:
    """Whether a gathering is against someone: "marched against", "rallied to denounce ...",
    "gathered to protest ..." (not "gathered to welcome the premier")."""
    return any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children) or any(
        c.dep_ in ("advcl", "xcomp") and {"PROTEST", "ACCUSE", "REJECT", "REQUEST"} & set(trigger_types(st, c))
        for c in verb.children)


def ruled_out(verb) -> bool:
    """Whether ``verb`` ("is", "was") says its subject is "out of the question" or "off the
    table": an act ruled out by whoever says so."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "out" and any(
                p.lower_ == "of" and any(g.lower_ == "question" for g in p.children) for p in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "off" and any(g.dep_ == "pobj" and g.lower_ == "table" for g in c.children):
            return True
    return False


def _rioting(st, tok) -> bool:
    """Whether a verb of damage (RIOTING_VERBS) has people of society, not armed men, for its
    subject ("set" only with "fire" or "ablaze")."""
    if tok.lemma_.lower() == "set" and not any(c.lower_ in FIRE_WORDS for c in tok.children):
        return False
    verb = tok.head if tok.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in tok.children) else tok
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # (shared: "looted shops and torched cars")
    mention = st.by_token.get(subject.i) if subject is not None else None
    return mention is not None and any(groups.sector_of(a) in groups.UNARMED for a in mention.actors)


def _refusable(st, act) -> bool:
    """Whether refusing ``act`` (a verb after "refused to") rejects whom it was for: help, a
    concession, a meeting, recognition, or an untyped verb of such a noun ("refused to commit
    to any assistance to ...")."""
    types = set(trigger_types(st, act))
    if types:
        return bool(types & REFUSABLE_TYPES) or act.lemma_.lower() in RECOGNISING
    if any(g.pos_ == "NOUN" and set(trigger_types(st, g)) & REFUSABLE_TYPES
           for p in act.children if p.dep_ in ("prep", "dobj")
           for g in ([p, *(c for c in p.children if c.dep_ == "compound")] if p.dep_ == "dobj" else p.children)):
        return True  # ("refused to disburse a loan installment to Argentina")
    # an act of no type done to someone named ("refused to hand Indian investigators the
    # records", "refused to take part in a Russian-backed project"): refused to them
    return any(discourse.actors_of(st, g) for c in act.children if c.dep_ in ("dobj", "dative", "prep")
               for g in ([c] if c.dep_ != "prep" else [x for x in c.children if x.dep_ == "pobj"]))


def political_ban(tok) -> bool:
    """A noun of banning or dissolving a political body: "the dissolution of the opposition party"."""
    return tok.lemma_.lower() in ("dissolution", "ban", "banning") and any(
        p.dep_ == "prep" and p.lower_ in ("of", "on") and any(groups.political_body(g) for g in p.children if g.dep_ == "pobj")
        for p in tok.children)


#: Open water a missile is fired into in a show of force, hitting no one.
OPEN_WATERS = frozenset({"sea", "water", "waters", "ocean"})


def _into_open_water(verb) -> bool:
    """Whether a firing or launch is into the sea: "fired two missiles into the sea"."""
    return verb.lemma_.lower() in {"fire", "launch"} and any(
        p.dep_ == "prep" and p.lower_ in ("into", "in") and any(g.lemma_.lower() in OPEN_WATERS for g in p.children)
        for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")] for p in h.children)


#: Verbs of a crowd filling a public place, and the places: "packed Tahrir Square".
CROWDING_VERBS = frozenset({"fill", "pack", "jam", "throng", "flood", "crowd", "choke"})
PUBLIC_SPACES = frozenset({"street", "square", "avenue", "boulevard", "plaza", "road", "centre", "center", "downtown"})

#: Verbs of stopping a protest: "prevented the demonstration", "stopped a rally".
SUPPRESSING_VERBS = frozenset({"prevent", "block", "stop", "halt", "forbid", "thwart", "foil", "bar", "suppress",
                               "crush", "quell"})

#: Verbs of banning or dissolving a body or an activity.
BANNING_VERBS = frozenset({"ban", "outlaw", "dissolve", "proscribe", "prohibit", "suspend"})

#: Verbs whose object is what is talked about: "discussed the crisis with Schroeder" (the
#: "with" after the object names the other party).
TOPIC_VERBS = frozenset({"discuss"})


def _dictionary_reading(st, tok) -> list[str]:
    """The type PETRARCH2's verb dictionary gives a verb kg's own lexicon does not know.

    When the pattern that decided read an object noun that kg's lexicon makes a trigger of
    the same leaning ("approved a loan": loan is AID, approving it cooperation too), the
    noun speaks instead; a pattern that turns the noun round ("halted aid", SANCTION)
    speaks for both."""
    reading = patterns.read_verb(tok)
    if reading is None or not reading.type:
        return []
    if tok.lemma_.lower() in DECIDING_VERBS and any(c.dep_ == "dobj" and political_ban(c) for c in tok.children):
        return []  # "ordered the dissolution of the opposition party": the order is the ban itself
    if reading.object_token is not None:
        obj = tok.doc[reading.object_token]
        noun_types = [t for t, nouns in NOUNS.items() if obj.lemma_.lower() in nouns or obj.lower_ in nouns]
        if any(_leaning(t) == _leaning(reading.type) for t in noun_types) or (noun_types and tok.lemma_.lower() in DECIDING_VERBS):
            return []  # (a decision to do it is the act itself: "authorized the deployment")
        st.consumed.add(obj.i)  # "halted aid" is no aid
    st.readings[tok.i] = reading
    return [reading.type]


def _leaning(rtype: str) -> str:
    """"cooperation", "conflict" or "" (standing relations), from the type's PLOVER quad class."""
    quad = RELATION_TYPES[rtype].quad_class or ""
    return quad.split()[-1] if quad else ""


#: What someone is warned they will pay or suffer: "Berlin would bear the consequences".
CONSEQUENCE_VERBS = {"bear", "face", "pay", "suffer", "regret"}


#: Verbs of promising a response, and what is promised: "vowed to retaliate", "warned of
#: serious consequences", "vowed resolute countermeasures".
VOWING_VERBS = frozenset({"vow", "pledge", "promise", "swear", "threaten", "warn"})
RESPONSE_NOUNS = frozenset({"consequence", "countermeasure", "counter-measure", "reprisal", "retaliation", "retribution",
                            "revenge", "response"})


def response_vowed(st, tok) -> list[int] | None:
    """The tokens of a response vowed ("vowed to retaliate", "to respond in kind", "warned of
    serious consequences", "vowed resolute countermeasures"), or None when ``tok`` vows none."""
    if tok.lemma_.lower() not in VOWING_VERBS:
        return None
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in RESPONDING_VERBS and not any(
                g.dep_ in ("nsubj", "dobj") and g.i in st.by_token for g in c.children):
            return [c.i]  # (not "vowed to respond to China's demands": a reply to someone named is its own reading)
        if c.dep_ == "dobj" and c.lemma_.lower() in RESPONSE_NOUNS or c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in RESPONSE_NOUNS for g in c.children):
            return [c.i] + [g.i for g in c.children if g.dep_ == "pobj"]
    return None


def consequences_for(st, tok) -> list:
    """The clause of a warning that someone will suffer for it, if there is one: "Berlin would
    bear the consequences", or something done to them later, if they do something ("Seoul
    would be turned into a sea of fire if war broke out")."""
    return [c for c in tok.children if c.dep_ == "ccomp" and (
        c.lemma_.lower() in CONSEQUENCE_VERBS and any(g.dep_ == "nsubj" and g.i in st.by_token for g in c.children)
        or any(g.dep_ == "nsubjpass" and g.i in st.by_token for g in c.children)
        and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll") for a in c.children)
        and any(m.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in ("if", "unless") for k in m.children) for m in c.children))]


def verb_taken_for_noun(st, tok) -> bool:
    """"Japan and the Philippines share intelligence": a light verb right after the actors
    that the tagger read as a noun modifying its own object."""
    if tok.i in st.light_verb_types:
        return True
    if tok.pos_ != "NOUN" or tok.dep_ != "compound" or tok.i == 0 or any(c.dep_ == "det" for c in tok.children):
        return False
    before = tok.doc[tok.i - 1]
    if before.i not in st.by_token:
        return False
    lemma = tok.lemma_.lower()
    for verbs, nouns, rtype in LIGHT_VERBS:
        if lemma in verbs and tok.head.lemma_.lower() in nouns:
            first = before
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            while first.dep_ == "compound" and first.head.i > first.i:
                first = first.head
            st.verb_subjects[tok.i] = discourse.actors_of(st, first)
            st.light_verb_types[tok.i] = rtype
            st.consumed.add(tok.head.i)
            return True
    return False


#: Where a show of force is aimed: "near Taiwan", "off the coast of Japan".
NEAR_PREPS = {"near", "around", "off", "close"}


def _shown_off(st, tok) -> bool:
    """Whether exercises are held alone near another state: a "near", "around" or "off" phrase
    (on the noun or on the verb that holds it) names someone, and no partner is named ("with",
    "joint", a second subject)."""
    holders = [tok] + ([tok.head] if tok.dep_ in ("dobj", "nsubjpass") else [])
    if any(c.lower_ in {"joint", "combined", "bilateral", "trilateral"} for c in tok.children):
        return False
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    if any(p.lower_ == "with" for p in preps):
        return False
    if any(s.dep_ == "nsubj" and any(c.dep_ == "conj" for c in s.children) for h in holders for s in h.children):
        return False
    return any(t.i in st.by_token for p in preps if p.lower_ in NEAR_PREPS for t in p.subtree)


#: Verbs that promise what they name: a sum of money as their object is aid to come.
PLEDGING_VERBS = {"pledge", "promise", "offer", "commit", "earmark", "announce"}
#: Currency words and signs of a sum of money ("500 million dollars", "$1 billion", "EUR 20 million").
CURRENCY_WORDS = {"dollar", "euro", "yen", "pound", "yuan", "rupee", "franc", "riyal", "dirham", "rouble", "ruble",
                  "$", "€", "£", "¥", "usd", "eur"}


def _sum_of_money(tok) -> bool:
    """Whether the direct object of ``tok`` is a sum of money: a number with a currency
    word or sign ("$1 billion", "500 million euros")."""
    return any(c.dep_ == "dobj" and any(t.like_num for t in c.subtree)
               and any(t.tag_ == "$" or t.lemma_.lower() in CURRENCY_WORDS for t in c.subtree)
               for c in tok.children)


def _goods(tok) -> bool:
    """Whether the object of ``tok`` (or what a quantity of it is of) is relief goods."""
    for c in tok.children:
        if c.dep_ == "dobj":
            heads = [c] + [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            if any(h.lemma_.lower() in RELIEF_GOODS or h.lower_ in RELIEF_GOODS for h in heads):
                return True
    return False


#: People one state hands to another for trial: "a suspect", "the fugitive", "his half-brother".
WANTED_PEOPLE = frozenset({"suspect", "fugitive", "mastermind", "dealer", "smuggler", "trafficker", "financier",
                           "brother", "half-brother", "son", "nephew", "cousin", "aide", "militant", "terrorist"})


def wanted_person_handed(st, tok) -> bool:
    """Whether a verb of handing over gives a person (a suspect, a fugitive, someone named) to
    someone named after "to": judicial cooperation, not a release or a return."""
    to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    if not any(discourse.actors_of(st, g) for g in to):
        return False
    for c in tok.children:
        if c.dep_ == "dobj":
            if c.lemma_.lower() in WANTED_PEOPLE:
                return True
            if c.pos_ == "PROPN" and c.ent_type_ == "PERSON":
                return True  # ("extradited Ramzi Ahmed Yousef to the United States")
    return False


def evacuees(tok) -> bool:
    """Whether a verb's object is people taken out of harm's way ("the wounded"), not troops."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in EVACUEES or c.lower_ in EVACUEES) for c in tok.children)


def _people_removed(tok) -> bool:
    """Whether the object of an expelling verb is people at large ("2,000 Moroccan
    nationals", "1,000 Palestinian refugees"), whom a state deports (CAMEO 174)."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.lemma_.lower() in DEPORTED_NOUNS for o in objects for c in [o, *who_is_counted(o)])


def who_is_counted(noun) -> list:
    """Who a count names: "thousands of Egyptian workers", "200 of the refugees" -> the
    noun after "of"; nothing for a noun that counts no one."""
    if noun.lemma_.lower() not in CROWD_NOUNS and noun.tag_ != "CD":
        return []
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def withstood_act(verb, obj) -> bool:
    """Whether ``verb`` withstands the act ``obj`` names: "repelled an attack", "fended off an
    assault" (the verb is then no act of its own; the act is aimed at its subject)."""
    lemma = verb.lemma_.lower()
    if lemma not in WITHSTANDING_VERBS or obj.head.i != verb.i or obj.dep_ != "dobj":
        return False
    if lemma in ("fend", "beat") and not any(c.dep_ == "prt" and c.lower_ in ("off", "back") for c in verb.children):
        return False
    return any(obj.lemma_.lower() in NOUNS.get(t, ()) for t in ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN"))


def _when(prep) -> bool:
    """Whether a preposition only says when: "on Friday", "in March" ("called Putin on
    Friday" is no "call on")."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in TIME_WORDS and (g.lower_ != "may" or g.pos_ == "PROPN")
                                       for g in prep.children)


#: Whom one calls on the telephone by title (an ambassador called in is summoned instead).
CALLED_TITLES = {"chancellor", "counterpart", "head", "leader", "minister", "premier", "president", "secretary"}


def phone_call(st, tok) -> bool:
    """Whether ``tok`` is "call" with a leader as its object and no "on", "for" or "off": a
    telephone call ("called his Iranian counterpart"), not a call on someone to act."""
    if tok.lemma_.lower() != "call" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "prt" or c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in ("on", "upon", "for")
           for c in tok.children):
        return False  # ("called on Russia", "called in the ambassador", but "called Putin on Friday")
    for c in tok.children:
        if c.dep_ == "dobj":
            mention = st.by_token.get(c.i)
            return (mention is not None and mention.how == "person") or c.lemma_.lower() in CALLED_TITLES
    return False


def _visitor(st, tok) -> bool:
    """Whether ``tok`` names people who can be received: an official by name or by title,
    a delegation ("the French president", "Narendra Modi", "a Chinese trade delegation")."""
    mention = st.by_token.get(tok.i)
    return (mention is not None and mention.how == "person") or tok.lemma_.lower() in OFFICIAL_NOUNS


def _official_voice(st, tok) -> bool:
    """Whether the one who does ``tok`` is a state, an organisation or an official speaking for
    one ("Greece", "Tokyo", "the foreign ministry"), rather than people at large ("students",
    "thousands of Koreans")."""
    verb = tok
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for s in subjects:
        m = st.by_token.get(s.i)
        if m is not None and m.how in (NAME, CAPITAL, METONYM, ORG, "person"):
            return True
        if m is None and s.lemma_.lower() in OFFICIAL_NOUNS | STATE_NOUNS | {"ministry"}:
            return True
    return False


def _purpose_is_the_help(st, tok) -> None:
    """Troops sent to help: what they are sent to do ("to fight insurgents in Mali") is the
    help itself, no act of its own against where it happens."""
    for c in tok.children:
        if c.dep_ not in ("advcl", "xcomp"):
            continue
        if c.lemma_.lower() in {"help", "assist", "aid", "support"}:
            # "sent 3,000 troops to help President Kabila fight the rebels": the help names whom
            # it is for and stands; what is done with it does not
            st.governed.update(t.i for g in c.children if g.dep_ in ("ccomp", "xcomp", "advcl") for t in g.subtree)
            continue
        st.governed.update(t.i for t in c.subtree)


#: Verbs of forces going into a place, and the forces that can: troops entering a state uninvited.
INCURSION_VERBS = {"advance", "cross", "enter", "march", "move", "pour", "push", "roll", "sweep"}
FORCE_NOUNS = {"army", "force", "forces", "paratrooper", "soldier", "tank", "troop", "troops", "unit", "commando", "marine"}


def incursion(tok) -> bool:
    """Whether ``tok`` tells of forces going into a place uninvited: "South African troops
    crossed into Angola", "Israeli forces entered Lebanon" (not to help, to drill, or on request)."""
    if tok.lemma_.lower() not in INCURSION_VERBS or tok.pos_ != "VERB":
        return False
    into = any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children) or (
        tok.lemma_.lower() == "enter" and any(c.dep_ == "dobj" for c in tok.children))
    forces = any(c.dep_ == "nsubj" and c.lemma_.lower() in FORCE_NOUNS for c in tok.children)
    if not (into and forces) or _deployed_to_help(tok):
        return False
    asked = any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon") and any(
        g.lemma_.lower() in ("request", "invitation") for g in c.subtree) for c in tok.children)
    drilling = any(g.lemma_.lower() in MANOEUVRES for g in tok.subtree)
    return not asked and not drilling


def _deployed_to_help(tok) -> bool:
    """Whether troops are sent somewhere to help: a purpose clause of help ("to fight
    insurgents", "to help stabilise") or "as part of" a force or a mission."""
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELPING_PURPOSES and any(g.lower_ == "to" for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() == "part" for g in c.children):
            return True
        if c.dep_ in ("advcl", "xcomp") and any(g.lemma_.lower() in PEACE_FORCES for g in c.subtree):
            return True  # "to join the UN peacekeeping force"
    return False


#: What a state sends that are its own forces, not arms it hands over.
PERSONNEL = frozenset({"army", "battalion", "brigade", "division", "force", "navy", "reservist", "soldier", "troop", "unit"})


def _weapons_delivered(st, tok) -> bool:
    """Whether a verb of sending sends weapons (no forces) to a state named by its name
    ("sent tanks to Ukraine"; not "to the border", nor "warships to the Gulf")."""
    if tok.lemma_.lower() not in ("send", "dispatch", "rush", "fly"):
        return False
    things = [c for c in tok.children if c.dep_ == "dobj"]
    if not things or any(t.lemma_.lower() in PERSONNEL | {"carrier", "destroyer", "frigate", "submarine", "warship"}
                         for c in things for t in c.subtree):
        return False
    to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    # ("will send Ukraine more missiles": a second object, which the parser may leave unlabelled)
    to += [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"
           or c.dep_ == "dep" and c.pos_ == "PROPN" and any(c.i < t.i for t in things)]
    return any(g.i in st.by_token and st.by_token[g.i].how not in (PLACE, DEMONYM) and st.by_token[g.i].actors for g in to)


def _arms_bought(st, tok) -> bool:
    """Whether a buying verb's object is weapons and a "from" phrase names a seller."""
    arms = any(c.dep_ == "dobj" and (c.lemma_.lower() in MILITARY_NOUNS | ARMS_NOUNS or any(
        g.lemma_.lower() in MILITARY_NOUNS | ARMS_NOUNS for g in c.children if g.dep_ == "compound")) for c in tok.children)
    return arms and bool(sellers(st, tok))


#: What an act named as a subject may be said to be without having happened.
UNCERTAIN_WORDS = frozenset({"doubtful", "improbable", "impossible", "likely", "possible", "uncertain", "unlikely"})


SCORE = re.compile(r"^\d+[-–]\d+$")


def _sporting(verb) -> bool:
    """Whether a clause tells of a game: a word of sport or a score in it ("3-0", "by six wickets")."""
    return any(t.lemma_.lower() in SPORT_WORDS or SCORE.match(t.text) for t in verb.subtree)


def sellers(st, tok) -> list[str]:
    """Who a buying verb names as selling: its "from" phrase, on the verb or on its object
    ("drones from Israel", the parser's choice)."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    return [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)]



def light_verb(st, tok) -> str | None:
    """A light verb with its object noun ("shared intelligence", "lifted sanctions")."""
    lemma = tok.lemma_.lower()
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in tok.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
    # (an object the parser took for a clause of its own: "allowed African Union troops into Darfur")
    objects += [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("NOUN", "PROPN")]
    # ("declared a state of emergency": what the state is of)
    objects += [g for c in objects if c.lemma_.lower() == "state" for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    # ("sent dozens of warplanes": what is counted)
    objects += [g for c in list(objects) if c.dep_ == "dobj" for g in who_is_counted(c)]
    # ("tighten the air and arms embargo": the parser's object is the first of two nouns)
    # ("impose a sweeping trade and financial embargo": "trade and financial" modify the embargo)
    objects += [g for c in list(objects) if c.dep_ == "dobj" and all(x.dep_ in ("det", "cc", "conj", "amod", "prep") for x in c.children)
                for g in c.children if g.dep_ == "conj" and g.pos_ == "NOUN" and any(x.dep_ in ("compound", "amod") for x in g.children)]
    for verbs, nouns, rtype in LIGHT_VERBS:
        if lemma in verbs:
            for c in objects:
                if c.lemma_.lower() in nouns:
                    st.consumed.add(c.i)
                    return rtype
    if lemma == "order" and any(c.dep_ == "dobj" and c.lemma_.lower() in FORCE_NOUNS | PERSONNEL for c in objects) and any(
            p.dep_ == "prep" and p.lower_ in ("to", "into") for h in [tok, *objects] for p in h.children):
        # "ordered 3,200 troops to Honduras": forces sent somewhere (not "ordered troops to withdraw")
        st.consumed.update(c.i for c in objects if c.dep_ == "dobj")
        return "MOBILIZE"
    if lemma in ("order", "tell", "instruct", "give") and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in LEAVING_VERBS for c in tok.children) and any(
            c.dep_ == "dobj" and discourse.actors_of(st, c) and not any(
                g.dep_ == "poss" and g.lower_ in {"its", "their", "his", "her", "our"} for g in c.children) for c in objects):
        # "ordered IAEA inspectors to leave the country", "told the head of the OSCE mission to
        # leave": put out (CAMEO 166), not a request of those put out
        return "SANCTION"
    if lemma in ADMITTING_VERBS and any(discourse.actors_of(st, c) and _let_in(tok, c) for c in objects):
        return "RETREAT"  # "allowed African Union troops into Darfur": access granted to the AU
    return None


def called_predicates(verb) -> list:
    """What a verb of calling calls its object: "a provocation" (oprd), a second object
    ("branded Israel a racist state"), an "as" phrase ("described it as a hostile act"), and
    after "what" the "by" phrase the parser hangs on the verb ("what it called hostile remarks
    by French officials")."""
    things = [c for c in verb.children if c.dep_ == "dobj"]
    return [c for c in verb.children if c.dep_ == "oprd"] + things[1:] + [
        c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and any(t.lower_ == "what" for t in things)] + [
        g for h in [verb, *things] for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]


def _called_wrong(st, verb) -> bool:
    """Whether a verb of calling names something of an actor's a wrong: its object names an
    actor, or what it is called does, and that (``called_predicates``) is a condemning word."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and discourse.actors_of(st, c)]
    predicates = called_predicates(verb)
    if not objects and not any(t.i in st.by_token for p in predicates for t in p.subtree):
        return False  # (the wrong's doer may be named in what it is called: "the text a provocation by Washington")
    return any(t.lemma_.lower() in CONDEMNING_PREDICATES for p in predicates for t in p.subtree)


def _demanded_clause(st, clause) -> bool:
    """Whether a that-clause says what someone must do, not what is so: an actor as its
    subject, and its verb bare ("that Iraq comply", "that North Korea account for", which the
    tagger may take for a noun) or with "should" or "must"."""
    if not any(g.dep_ == "nsubj" and g.i in st.by_token for g in clause.children):
        return False
    auxes = [a for a in clause.children if a.dep_ in ("aux", "auxpass")]
    if auxes:
        return any(a.lower_ in ("should", "must") for a in auxes)
    return clause.tag_ in ("VB", "NN") or clause.tag_ == "VBP" and any(
        g.dep_ == "nsubj" and g.tag_ in ("NNP", "NN") for g in clause.children)  # (a singular subject and no -s)


def _let_in(verb, obj) -> bool:
    """Whether someone let in by ``verb`` comes in: "into" a place, or a clause of entering
    or visiting ("allowed a UN team to visit the camp")."""
    if any(c.dep_ == "prep" and c.lower_ in ("into", "onto") for c in (*verb.children, *obj.children)):
        return True
    return obj.dep_ == "nsubj" and obj.head.lemma_.lower() in ENTERING_VERBS


def aid_object(st, tok) -> bool:
    """"sent aid", "extended a loan": the thing given is aid, not troops or a message."""
    for c in tok.children:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in {"day", "week", "hour", "month"}:
            return False  # ("gave the agency 14 days", the days parsed as an adverb)
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.lemma_.lower() in MILITARY_NOUNS or c.lemma_.lower() in {"message", "letter", "invitation", "condolence", "greeting", "signal", "delegation", "envoy",
                                                                       "day", "week", "hour", "month", "deadline", "ultimatum"}:  # "gave the agency 14 days"
                return False
    return True


def type_of(st, tok) -> str:
    types = trigger_types(st, tok)
    return types[0] if types else "ASSAULT"


def charges(tok) -> list:
    """The "of"/"for" phrases that say what an accusation charges: "accused X of
    shelling", also when the parser hangs them on a time or place adjunct ("accused
    each other on Tuesday of opening fire")."""
    out = []
    for ch in tok.children:
        if ch.dep_ == "prep" and (ch.lower_ in {"of", "for"} or ch.lower_ == "with" and tok.lemma_.lower() in {"charge", "indict"}):
            out.append(ch)  # ("charged him with terrorizing residents")
        elif ch.dep_ == "prep":
            out += [g for p in ch.children if p.dep_ == "pobj" for g in p.children
                    if g.dep_ == "prep" and g.lower_ in {"of", "for"} and any(t.pos_ == "VERB" for t in g.subtree)]
    return out


def charged_acts(prep) -> list:
    """The act a charge names: the head under "of"/"for" and the verbs it chains to
    ("of trying to undermine", "of shelling and blockading")."""
    out = []
    todo = [g for g in prep.children if g.dep_ in ("pcomp", "pobj")]
    while todo:
        g = todo.pop()
        out.append(g)
        todo += [c for c in g.children if c.dep_ == "xcomp" or c.dep_ == "conj" and not finite_after_gerund(c)
                 or (c.dep_ == "dobj" and one_act(g, c))]
    return out


def finite_after_gerund(verb) -> bool:
    """Whether a verb the parser joined to a gerund is a finite verb of its own ("accused
    Algeria of shooting down a drone and recalled its ambassador": the recall is the
    accuser's, not part of the charge)."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.tag_ == "VBG"


def one_act(verb, obj) -> bool:
    """Whether a verb and its object name one act together ("open fire", "fire rockets")."""
    v, o = verb.lemma_.lower(), obj.lemma_.lower()
    return (v, o) in PHRASAL or any(v in verbs and o in objects for verbs, objects, _ in LIGHT_VERBS)
