"""Stage 4: qualifiers: negation, modality, attribution and the speaker of a claim."""

from __future__ import annotations

import re

from ..ontology import RELATION_TYPES
from .model import Person
from .lexicon import (
    refusing,
    CLAIM_NOUNS,
    CONTEXT_WORDS,
    FALSE_WORDS,
    FUTURE_MARKERS,
    HYPOTHETICAL_MARKERS,
    MODE_WORDS,
    NEGATING_HEADS,
    OFFICIAL_NOUNS,
    PRONOUNS_FIRST_PLURAL,
    PRONOUNS_FIRST_SING,
    PRONOUNS_PERSON,
    REPORTING_VERBS,
)
from . import discourse, roles


def negated(st, tok) -> bool:
    """Negation on the trigger or up its clause chain ("denied", "no intention to")."""
    if in_whether_clause(st, tok):
        return True  # not asserted: "would not say whether ..."
    if tok.lemma_.lower() in CLAIM_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in NEGATING_HEADS \
            and not any(c.dep_ == "neg" for c in tok.head.children) and roles._named_by(st, tok, ("by", "from")):
        return False  # "denied accusations by Kinshasa that ...": the charge denied was made, by whom it names
    node, steps, sibling = tok, 0, -1
    while True:
        for ch in node.children:
            if _contrasted(node, ch):
                continue  # "partners, not rivals": the "not" is the rivals'
            if ch.dep_ == "neg" or (ch.lower_ in {"no", "never", "neither", "nor"} and ch.dep_ in ("det", "advmod", "neg", "preconj")):
                return True
        if node.i != tok.i and node.i != sibling and node.lemma_.lower() in NEGATING_HEADS:
            return True
        if (node.pos_ in ("VERB", "AUX") or node.pos_ == "ADJ" and node.i != tok.i) and any(
            c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in {"no", "neither"} and d.dep_ in ("det", "preconj") for d in c.children)
            for c in node.children
        ):
            return True  # "No state has recognised ...", "No post was attacked", "with neither side willing to pull back"
        if node.i == tok.i and node.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "dobj" and any(d.lower_ == "no" and d.dep_ == "det" for d in c.children) for c in node.children
        ):
            return True  # "has given no aid", "issued no ultimatum"
        if node.i != tok.i and node.lemma_.lower() in CLAIM_NOUNS and (
            node.head.lemma_.lower() in {"be", "prove"} and any(c.lemma_.lower() in FALSE_WORDS for c in node.head.children)
        ):
            return True  # "Reports that ... were false"
        if node.head.i == node.i or steps > 6:
            return False
        if node.dep_ == "advcl" and node.tag_ == "VBG" and node.i > 0 and node.doc[node.i - 1].text == ",":
            return False  # "refused to suspend enrichment, defying a deadline set by the Council":
            # a participle after a comma tells what the refusal did, and is not refused itself
        if node.dep_ == "xcomp" and node.pos_ == "VERB" and refusing(node.head):
            return True  # "rejected lifting the embargo", "ruled out sending troops"
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in NEGATING_HEADS and any(
                c.dep_ == "dobj" and c.i > node.i and c.lemma_.lower() in CLAIM_NOUNS and node.doc[c.left_edge.i - 1].text == ","
                for c in node.head.children):
            return False  # "Khartoum accused N'Djamena of arming rebels, a charge Chad denied": the
            # parser made the clause the denial's; the charge was made, and what denies it is apart
        if node.dep_ == "conj":
            # "sanctions had failed and urged ...", "stopped and searched a ship": the sibling
            # verb does not negate this one
            node = node.head
            steps += 1
            sibling = node.i
            if node.lemma_.lower() in NEGATING_HEADS and node.head.i != node.i:
                node = node.head
                steps += 1
            continue
        node = node.head
        steps += 1


def _contrasted(node, neg) -> bool:
    """A "not" after ``node`` that opens a contrasted phrase beside it: "partners, not
    rivals" negates the rivals only."""
    return neg.i > node.i and any(
        c.dep_ in ("appos", "conj") and c.left_edge.i == neg.i + 1 for c in node.children
    )


def in_whether_clause(st, tok) -> bool:
    """"has not said whether it will take sides": the clause asserts nothing."""
    node = tok
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if", "unless"} for c in node.children):
            return True
        if node.dep_ in ("ccomp", "advcl", "ROOT") or node.head.i == node.i:
            return False
        node = node.head
    return False


def modality(st, tok) -> str | None:
    """"future" or "hypothetical" when the act is not reported as done.

    "would" in what someone said or announced is the future seen from then ("Canberra said
    it would send troops"); elsewhere it is hypothetical."""
    if tok.pos_ == "NOUN":
        # "a possible ground offensive", "a planned visit": an act named as not yet done
        kinds = {c.lower_ for c in tok.children if c.dep_ == "amod"}
        if kinds & (HYPOTHETICAL_MARKERS | {"potential", "prospective"}):
            return "hypothetical"
        if kinds & {"planned", "proposed", "upcoming", "imminent", "future"}:
            return "future"
    node = tok
    for _ in range(5):
        if node.pos_ == "NOUN" and node.dep_ == "pobj" and node.head.lower_ in ("after", "following", "during"):
            return None  # "agreed to reopen embassies after talks hosted by China": the talks were held
        for ch in node.children:
            if ch.dep_ == "aux" and ch.lower_ == "would" and node.dep_ in ("ccomp", "xcomp") and (
                node.head.lemma_.lower() in REPORTING_VERBS | {"announce", "promise", "pledge", "vow"}
            ) and condition(st, node) is None:
                return "future"
            if ch.dep_ == "aux" and ch.lower_ in HYPOTHETICAL_MARKERS:
                return "hypothetical"
            if ch.dep_ == "aux" and ch.lower_ in {"will", "shall", "'ll"}:
                return "future"
            if node.dep_ == "advcl" and ch.dep_ == "aux" and ch.tag_ == "TO" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                return "future"  # "making bombs to carry out attacks": a purpose, not an act done
        lemma = node.lemma_.lower()
        if node.i != tok.i and lemma in HYPOTHETICAL_MARKERS:
            return "hypothetical"
        if node.i != tok.i and lemma in FUTURE_MARKERS:
            return "future"
        if node.head.i == node.i or node.dep_ in ("ccomp", "ROOT"):
            return None
        node = node.head
    return None


def reporting_speaker(st, tok) -> Person | None:
    for anc in [tok] + list(tok.ancestors):
        if anc.lemma_.lower() in REPORTING_VERBS:
            for ch in anc.children:
                if ch.dep_ == "nsubj":
                    m = st.by_token.get(ch.i)
                    if m and m.person:
                        return m.person
                    if ch.lower_ in PRONOUNS_PERSON or (ch.lemma_.lower() in OFFICIAL_NOUNS and ch.tag_ == "NN"):
                        return discourse.recent_person(st, ch.idx)
    return None


def mode_context(st, sent, rtype: str) -> tuple[str | None, str | None]:
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    mode = None
    if rtype in ("AID", "COOPERATE", "AGREE", "MOBILIZE", "ASSAULT", "ALLY", "SANCTION", "SUPPORT", "RETREAT"):
        for m, ws in MODE_WORDS.items():
            if words & ws:
                mode = m
                break
    context = None
    if RELATION_TYPES[rtype].family == "state" or rtype == "CONSULT":
        return mode, None
    for c, ws in CONTEXT_WORDS.items():
        if words & ws:
            context = c
            break
    return mode, context


def sentence_speaker(st, sent) -> Person | None:
    for s, e, sp in st.quotes:
        if s <= sent.start_char < e or s < sent.end_char <= e or (sent.start_char <= s and e <= sent.end_char and e - s > 0.5 * len(sent.text)):
            return sp
    turn = None
    for start, person in st.labels:
        if start <= sent.start_char:
            turn = person
    if turn is not None:
        return turn
    if st.default_speaker is not None and any(t.lower_ in PRONOUNS_FIRST_PLURAL | PRONOUNS_FIRST_SING for t in sent):
        return st.default_speaker
    return None


def find_quotes(st) -> None:
    """Quoted passages and who said them ("...,” said Babushkin", "He added, “...")."""
    text = st.text
    for m in re.finditer(r"“([^”]{3,})”|\"([^\"]{3,})\"", text):
        s, e = m.span()
        after = text[e:e + 80]
        before = text[max(0, s - 80):s]
        speaker = None
        am = re.match(r"\s*,?\s*(?:said|added|says|stressed|noted|told\s+\w+)\s+(?:the\s+)?([A-Z][\w.’'\- ]+?|minister|official|diplomat|envoy|ambassador)\b", after) or re.match(
            r"\s*,?\s*((?:the\s+)?[A-Za-z][\w.’'\-]+(?:\s[A-Z][\w.’'\-]+)?|he|she)\s+(?:said|added|says|stressed|noted|told)\b", after
        )
        bm = re.search(r"((?:the\s+)?[A-Za-z][\w.’'\-]+(?:\s[A-Z][\w.’'\-]+)?)\s+(?:\w+\s+)?(?:said|added|says|stressed|noted|told \w+)\s*[,:]\s*$", before)
        who = (am.group(1) if am else None) or (bm.group(1) if bm else None)
        if who:
            speaker = speaker_named(st, who, s)
        if speaker is not None:
            st.quotes.append((s, e, speaker))


def speaker_named(st, who: str, at: int) -> Person | None:
    w = who.strip()
    low = w.lower().removeprefix("the ").strip()
    if low in {"he", "she"} or low in OFFICIAL_NOUNS:
        return discourse.recent_person(st, at)
    for p in st.persons.values():
        if w in p.aliases or w == p.name or w.split()[-1] in p.aliases:
            return p
    return None


def reporter(st, tok) -> str | None:
    """The state that reports the clause ``tok`` is in: "X said (that) ...".

    A speaker's own words in a quote or a transcript stay a statement of fact, with the
    speaker kept as its source (as the gold files read them)."""
    node = tok
    for _ in range(8):
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in REPORTING_VERBS | {"claim", "allege"}:
            if any(c.dep_ == "nsubj" and c.lemma_.lower() in BYSTANDERS for c in node.head.children):
                return None  # "..., Palestinian witnesses said": people who saw it, no state's voice
            acts = roles.subjects_of(st, node.head)
            return acts[0] if acts else None
        if node.head.i == node.i:
            break
        node = node.head
    return None


#: People who tell what they saw, not a state's voice: "residents said", "witnesses said".
BYSTANDERS = frozenset({"witness", "eyewitness", "resident", "villager", "survivor", "relative", "local", "bystander",
                        "passenger", "onlooker"})

#: Words that open a condition: "would close the border if Vilnius did not lift ...".
CONDITION_MARKS = {"if", "unless"}


def condition(st, tok):
    """The conditional clause ("if ...", "unless ...") the act at ``tok`` hangs on, or None.

    Looks at the clause of ``tok`` and up through the verbs that govern it ("threatened to
    stop negotiations if ...", "warned that it would take countermeasures if ...")."""
    def conditional(node):
        for ch in node.children:
            if ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in ch.children):
                return ch
        return None

    # what a threat is about may carry the condition: "threatened to stop the talks if ..."
    for comp in [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]:
        found = conditional(comp)
        if found is not None:
            return found
    node = tok
    for _ in range(4):
        found = conditional(node)
        if found is not None:
            return found
        if node.head.i == node.i or node.dep_ in ("advcl", "relcl"):
            return None
        node = node.head
    return None


def condition_mark(clause) -> str:
    """"if" or "unless"."""
    return next((m.lower_ for m in clause.children if m.dep_ == "mark" and m.lower_ in CONDITION_MARKS), "")


def demanded(tok) -> bool:
    """Whether the verb at ``tok`` is put as an obligation: "Sudan must return the helicopter"."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in tok.children)


#: Modal verbs that make a clause a demand on its subject.
DEMAND_MODALS = {"must", "should"}
