"""Standing relations read from the parse: neutrality, membership, partner/ally/rival role nouns."""

from __future__ import annotations

from .model import Relation
from .lexicon import (
    SOUGHT_NOUNS,
    GROUPING_VERBS,
    NEUTRAL_WORDS,
    PREDICATING_VERBS,
    PRONOUN_WORDS,
)
from . import discourse, qualifiers, roles


def neutral(st, tok) -> list[Relation]:
    """Declared neutrality or non-interference between parties.

    "stayed neutral in the dispute between X and Y", "has no intention to interfere or
    take sides between X and Y", "will not side with either X or Y". The parties are
    the pair named by "between" (or "either ... or") in the sentence.
    """
    lemma = tok.lemma_.lower()
    if qualifiers.in_whether_clause(st, tok):
        return []
    negated = qualifiers.negated(st, tok)
    if lemma in NEUTRAL_WORDS:
        if negated:
            return []
    elif not negated or (lemma == "side" and not any(c.lower_ == "either" for c in tok.subtree)):
        return []  # interfering is no neutrality; "not side with X" alone is not either
    subjects = roles.subjects_of(st, tok)
    if not subjects:
        return []
    parties = dispute_parties(st, tok)
    if not parties and any(t.lemma_.lower() in DISPUTE_NOUNS for t in st.sent):
        # "Brazil does not take sides on the substance of the territorial dispute": the sides
        # of the dispute the story is about
        parties = [a for a in discourse.recent_states(st, tok.idx, 3) if a != subjects[0]][:2]
    return [roles.make(st, tok, "NEUTRAL", subjects[0], p, False) for p in parties if p != subjects[0]]


#: Nouns that name a dispute whose sides the story has named before.
DISPUTE_NOUNS = {"dispute", "conflict", "row", "quarrel", "standoff", "feud", "war", "tension"}


def dispute_parties(st, tok) -> list[str]:
    """The sides of a dispute the trigger is about: "between X and Y", "either X or Y"."""
    for t in st.sent:
        if t.lower_ == "between" and t.dep_ == "prep":
            acts = [a for g in t.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)]
            if len(acts) >= 2:
                return acts
    for t in tok.subtree:
        if t.lower_ == "either":
            acts = discourse.actors_of(st, t.head)
            if len(acts) >= 2:
                return acts
    return []


def shared_preps(tok) -> list:
    """"partners and members of Mercosur", parsed with "of" on the first noun: the
    prepositions of the conjunct's head that follow the conjunct are the conjunct's too."""
    if tok.dep_ != "conj" or any(c.dep_ == "prep" for c in tok.children):
        return []
    return [c for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i]


def raised_preps(tok) -> set[int]:
    """The prepositions of ``tok`` that follow a conjunct of it, so belong to that conjunct."""
    conj = [c.i for c in tok.children if c.dep_ == "conj"]
    return {c.i for c in tok.children if c.dep_ == "prep" and conj and c.i > min(conj)}


def _sought(tok) -> bool:
    """Whether a membership word names a membership sought, offered or blocked, not held:
    "membership bid", "accession talks", "a bid to join", "its veto on Sweden's membership"."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in SOUGHT_NOUNS:
        return True
    if tok.dep_ in ("acl", "xcomp", "relcl") and tok.head.lemma_.lower() in SOUGHT_NOUNS:
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.lemma_.lower() in SOUGHT_NOUNS


def member_of(st, tok) -> list[Relation]:
    """Membership: "X is a member of O", "O, which X is a part of, along with Y", "X joined O"."""
    orgs: list[str] = []
    members: list[str] = []
    lemma = tok.lemma_.lower()
    if lemma in GROUPING_VERBS:
        return grouping(st, tok)
    if _sought(tok):
        return []  # "Albania's bid to join the EU", "Ukraine's EU membership bid": not a member yet
    if lemma == "member" and (
        tok.dep_ == "dobj" and tok.head.lemma_.lower() not in {"found", "have", "include", "comprise", "count", "become", "remain"}
        or tok.dep_ == "pobj" and tok.head.lower_ in {"with", "by", "against"}
        or tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ not in ("attr", "nsubj")
        and (tok.head.head.tag_ == "CD" or tok.head.head.lemma_.lower() in {"dozen", "hundred", "thousand", "score", "number", "group"})
    ):
        return []  # "arrested seven IS members", "killed dozens of al-Shabab members": people, not a state's seat
    # the organisation: "member of O", "joined O", "O's member", "accession to O"
    for ch in list(tok.children) + shared_preps(tok):
        if ch.dep_ in ("prep",) and ch.lower_ in {"of", "in", "to"}:
            for g in ch.children:
                if g.dep_ == "pobj":
                    orgs += [a for a in discourse.actors_of(st, g) if discourse.is_org(st, a)]
        if ch.dep_ in ("dobj", "poss", "compound"):
            orgs += [a for a in discourse.actors_of(st, ch) if discourse.is_org(st, a)]
    if not orgs and tok.dep_ == "compound":
        orgs += [a for c in tok.head.children if c.dep_ in ("poss", "compound") and c.i != tok.i for a in discourse.actors_of(st, c) if discourse.is_org(st, a)]
        orgs += [a for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children for a in discourse.actors_of(st, g) if discourse.is_org(st, a)]
    if lemma == "member" and tok.head.lemma_.lower() in {"include", "comprise", "be"} and (
        not orgs or tok.dep_ in ("nsubj", "nsubjpass")
    ):
        # "ASEAN's ten members are Brunei, Cambodia, ... and Vietnam": one edge per member listed
        listed = grouping(st, tok.head)
        if listed or not orgs:
            return listed
    # "the Quad grouping that India is a part of"
    node = tok
    while not orgs and node.head.i != node.i and node.dep_ not in ("ROOT",):
        if node.dep_ == "relcl":
            orgs += [a for a in discourse.actors_of(st, node.head) if discourse.is_org(st, a)]
            break
        node = node.head
    if not orgs and any(ch.dep_ == "prep" and ch.lower_ == "of" and not any(g.dep_ == "pobj" for g in ch.children) for ch in tok.children):
        # a stranded "of" points back to the organisation named just before
        for t in reversed(list(st.sent)[: tok.i - st.sent.start]):
            m = st.by_token.get(t.i)
            if m and m.actors and discourse.is_org(st, m.actors[0]):
                orgs.append(m.actors[0])
                break
    if not orgs:
        return []
    # the members: the subject and everything listed with it
    subjects = [a for a in roles.subjects_of(st, tok) if not discourse.is_org(st, a)]
    if not subjects:
        subj_tok = discourse.clause_subject_token(st, tok)
        subjects = discourse.actors_of(st, subj_tok) if subj_tok is not None else []
    if lemma in {"accession", "membership"}:
        named = {c.lower_: [a for g in c.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)
                            if not discourse.is_org(st, a)]
                 for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}}
        if named.get("for"):
            return []  # "NATO membership for Ukraine": a membership offered, sought or refused
        subjects = named.get("of") or subjects  # "the accession of Croatia to the EU", whoever speaks
    if lemma in {"accession", "membership"} and not subjects:
        subjects = [a for c in tok.children if c.dep_ == "poss" for a in discourse.actors_of(st, c)]
    passive = roles.passive_roles(st, tok)
    if passive is not None and passive[1]:
        subjects = passive[1]  # "Iran was admitted to the SCO"
    if lemma in {"member", "part"} and not subjects:
        # "ORG members X and Y" / "members of ORG such as X"
        subjects = [a for a in discourse.actors_of(st, tok) if not discourse.is_org(st, a)]
    members += [s for s in subjects if not discourse.is_org(st, s)]
    head = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for node in (tok, head):
        for ch in node.children:
            if ch.dep_ == "prep" and ch.lower_ in {"along", "together", "alongside"}:
                for d in ch.subtree:
                    if d.i in st.by_token:
                        for a in st.by_token[d.i].actors:
                            if a not in members and not discourse.is_org(st, a):
                                members.append(a)
    negated = qualifiers.negated(st, tok)
    out = []
    for o in dict.fromkeys(orgs):
        for m in members:
            out.append(roles.make(st, tok, "MEMBER_OF", m, o, negated))
    return out


def grouping(st, verb) -> list[Relation]:
    """An organisation listing its members: "O brings together A, B and C", "O's members include A"."""
    orgs: list[str] = []
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            orgs += [a for a in discourse.actors_of(st, c) if discourse.is_org(st, a)]
            orgs += [a for g in c.children if g.dep_ in ("poss", "compound") for a in discourse.actors_of(st, g) if discourse.is_org(st, a)]
    if not orgs and verb.dep_ == "relcl":
        orgs = [a for a in discourse.actors_of(st, verb.head) if discourse.is_org(st, a)]
    members: list[str] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "attr", "appos") or (c.dep_ == "prep" and c.lower_ == "of"):
            target = c if c.dep_ != "prep" else next((g for g in c.children if g.dep_ == "pobj"), None)
            if target is not None:
                members += [a for a in discourse.actors_of(st, target) if not discourse.is_org(st, a)]
        if c.dep_ == "prt" or c.dep_ == "advmod":
            for g in c.children:
                if g.dep_ == "pobj":
                    members += [a for a in discourse.actors_of(st, g) if not discourse.is_org(st, a)]
    negated = qualifiers.negated(st, verb)
    return [roles.make(st, verb, "MEMBER_OF", m, o, negated) for o in dict.fromkeys(orgs) for m in dict.fromkeys(members)]


def _unrelativised(subj, verb):
    """The subject of ``verb``, or for a relative pronoun the noun its clause hangs on:
    "China, which has been North Korea's closest ally" is about China."""
    if subj is not None and subj.lower_ in {"which", "who", "that"} and verb.dep_ == "relcl":
        return verb.head
    return subj


#: Verbs whose subject owns the standing noun they take: "share a rival, China", "have an ally in Japan".
SHARING_VERBS = frozenset({"share", "have", "face"})


def role_noun(st, tok, rtype: str) -> list[Relation]:
    """Nouns naming one side of a standing relation: partner, ally, rival, enemy.

    The *holder* is who the noun describes (the subject of "X is a partner", the object
    of "called X a partner" or "described X as a partner", "our Indian partners"); the
    *owner* is whose partner it is ("China's competitor", "an ally of the US", "regarded
    by Ottawa as", the speaker). "X and Y are rivals" and "declared each other
    partners" pair the holders; "its arch-rival" finds the holder in the story.
    """
    negated = qualifiers.negated(st, tok)
    pair = roles.pair_from_between(st, tok)
    if pair:
        return [roles.make(st, tok, rtype, pair[0], pair[1], negated)]
    owner: list[str] = []
    holders: list[str] = []
    raised = raised_preps(tok)
    for ch in tok.children:
        if ch.i in raised:
            continue
        if ch.dep_ == "appos":
            holders += discourse.actors_of(st, ch)  # "its long-time rival India"
        if ch.dep_ == "poss":
            owner = discourse.own_actors(st, ch) if ch.lower_ in PRONOUN_WORDS else discourse.actors_of(st, ch)
        elif ch.dep_ in ("amod", "compound") and ch.i in st.by_token:
            holders += list(st.by_token[ch.i].actors)
        elif ch.dep_ == "prep" and ch.lower_ in {"of", "to", "with", "for", "by"}:
            owner = owner or [a for g in ch.children if g.dep_ == "pobj" for a in discourse.actors_of(st, g)]
    if not holders and tok.dep_ in ("amod", "compound") and tok.head.i in st.by_token:
        # "angering its arch-rival Pakistan", "India and its rival Pakistan": the noun (or the
        # adjective the tagger made of it) qualifies the state it names, whose owner is the
        # state's own possessive
        holders = list(st.by_token[tok.head.i].actors)
        poss = next((c for c in tok.head.children if c.dep_ == "poss"), None)
        if poss is not None and not owner:
            owner = discourse.own_actors(st, poss) if poss.lower_ in PRONOUN_WORDS else discourse.actors_of(st, poss)
    if not holders and owner:
        # "called Azerbaijan Turkey's closest ally", parsed with Azerbaijan inside the possessive
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None:
            holders = [a for c in poss.children if c.dep_ == "compound" for a in discourse.own_actors(st, c)]
    if holders and not owner and tok.dep_ == "dobj" and tok.head.lemma_.lower() in SHARING_VERBS:
        # "Japan and the United States share a rival, China": whose rival it is, the subject's
        sharers = [a for c in tok.head.children if c.dep_ == "nsubj" for a in discourse.actors_of(st, c)]
        if sharers:
            return [roles.make(st, tok, rtype, o, h, negated) for o in sharers for h in holders if h != o]
    head, dep = tok.head, tok.dep_
    if dep == "ccomp" and head.lemma_.lower() in PREDICATING_VERBS:
        # "considers Canberra an indispensable partner", parsed as a clause
        dep = "attr"
    if {"each", "other"} <= {c.lower_ for c in tok.children}:
        # "X and Y declared each other strategic partners"
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        acts = discourse.actors_of(st, subj) if subj is not None else []
        if len(acts) >= 2:
            return [roles.make(st, tok, rtype, acts[0], acts[1], negated)]
    if (dep == "conj" and tok.tag_ == "NNS" and head.i in st.by_token and tok.left_edge.i > 0
            and st.doc[tok.left_edge.i - 1].lower_ == ","
            and not any(c.lower_ in {"other", "fellow"} for c in tok.children)):
        # "Brazil and Argentina, strategic partners and founding members of Mercosur, want
        # ...", parsed as one more conjunct: an apposition to the states before it
        dep = "appos"
    if dep == "pobj" and head.lower_ == "as":
        # "described India as a partner", "is regarded by Ottawa as a key partner"
        head, dep = head.head, "oprd"
    if not holders and dep in ("attr", "oprd", "acomp", "xcomp"):
        verb = head
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
        agent = [a for c in verb.children if c.dep_ == "agent" for g in c.children for a in discourse.actors_of(st, g)]
        subj = _unrelativised(subj, verb)
        if dep == "oprd" or obj is not None and verb.lemma_.lower() in PREDICATING_VERBS:
            if obj is not None and obj.lower_ == "other":  # "declared each other partners"
                holders = discourse.actors_of(st, subj) if subj is not None else []
            else:
                if obj is not None and obj.lower_ in {"which", "who", "whom", "that"} and verb.dep_ == "relcl":
                    obj = verb.head  # "Pakistan, which Chinese officials call their partner"
                holders = discourse.actors_of(st, obj) if obj is not None else []
                owner = owner or agent or (discourse.actors_of(st, subj) if subj is not None else [])
        else:
            own_subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if own_subj is not None:
                holders = discourse.actors_of(st, own_subj)
                owner = owner or (discourse.actors_of(st, subj) if subj is not None else [])
            else:
                holders = discourse.actors_of(st, subj) if subj is not None else roles.subjects_of(st, verb)
            if len(holders) < 2 and not owner:
                # "India is a trusted partner", said by Russian diplomats: the reporter owns it
                for anc in verb.ancestors:
                    up = roles.subjects_of(st, anc)
                    if up:
                        owner = [u for u in up if u not in holders]
                        break
    elif not holders and dep == "appos":
        holders = discourse.actors_of(st, head)
    elif not holders and dep == "conj" and any(c.lower_ in {"other", "fellow"} for c in tok.children):
        # "Israel and other partners": the first conjunct is one of them
        holders = discourse.actors_of(st, head)
        owner = [a for a in roles.subjects_of(st, head.head) if a not in holders]
        if not owner and st.speaker and st.speaker.actor:
            owner = [st.speaker.actor]
    if not holders and owner and dep not in ("attr", "oprd") and tok.tag_ != "NNS":
        cand = discourse.counterpart(st, tok, owner)  # "its arch-rival"; "its allies" are no one in particular
        holders = [cand] if cand else []
    if owner and set(owner) <= set(holders) and dep in ("attr", "oprd"):
        subj = _unrelativised(next((c for c in head.children if c.dep_ == "nsubj"), None), head)
        owner = [a for a in (discourse.actors_of(st, subj) if subj is not None else []) if a not in holders]
    if not holders and not owner and tok.tag_ == "NNS" and any(c.lower_ in {"the", "both", "two"} for c in tok.children):
        # "the long-time foes", "the two rivals": the pair the story is about
        holders = list(st.last_dyad or discourse.recent_states(st, tok.idx, 2))
    if len(holders) >= 2 and not owner:
        return [roles.make(st, tok, rtype, holders[0], holders[1], negated)]
    return [roles.make(st, tok, rtype, o, h, negated) for o in owner[:1] for h in holders if h != o]
