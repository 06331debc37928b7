"""Reading one parsed article: the per-article state and the sentence loop that runs the stages."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import lru_cache

from ..actors import Dictionary, load_dictionary
from ..ingest import Article
from ..ontology import RELATION_TYPES
from . import discourse, groups, mentions, qualifiers, roles, triggers
from .lexicon import CAPABILITY_WORDS, DYAD_TYPES, OFFICIAL_NOUNS, infinitives, SPEECH_AFTER_NAME, UNDOING_VERBS, NAME_PATTERN, NOUNS, REPORTED_WRONGS
from .model import ActorRef, Extraction, Mention, Person, Relation


class Resources:
    """What every article is read with: the actor dictionary and the patterns built from it."""

    def __init__(self, dictionary: Dictionary | None = None) -> None:
        self.dict = dictionary or load_dictionary()
        roles_alt = "|".join(re.escape(r) for r in self.dict.roles)
        self.role_re = re.compile(
            rf"\b(?:(?:Deputy|Vice|Acting|Former|Chief|Senior|Special|First)\s+)*(?:{roles_alt}|Chief|Head)\b"
        )
        self.name_re = re.compile(NAME_PATTERN)
        self.group_re = groups.society_pattern(self.dict.agents)

    def ref(self, actor_id: str) -> ActorRef:
        if groups.is_group(actor_id):
            state = self.dict.actor(groups.state_of(actor_id))
            return ActorRef(actor_id, groups.group_label(state.label, actor_id), "Group")
        a = self.dict.actor(actor_id)
        return ActorRef(a.id, a.label, a.kind)


@lru_cache(maxsize=1)
def default_resources() -> Resources:
    """The resources built from the package's own dictionary, made once per process."""
    return Resources()


class SentenceError(Exception):
    """An error while reading one sentence, with the sentence's index in the article."""

    def __init__(self, index: int, error: BaseException) -> None:
        super().__init__(f"sentence {index}: {type(error).__name__}: {error}")
        self.index = index
        self.error = error


class ArticleState:
    """One article being read: its mentions, officials, quotes and the discourse so far.

    The text-level work (officials, actor names, quotes, speaker turns) is done when the
    state is made, before any parse, so that the sentences that cannot hold a relation
    can be left unparsed (``mentions.masked_text``).
    """

    def __init__(self, res: Resources, article: Article) -> None:
        self.res = res
        self.article = article
        self.doc = None
        self.text = article.text
        self.persons: dict[str, Person] = {}
        self.by_token: dict[int, Mention] = {}  # token index -> mention
        self.mentions: list[Mention] = []
        self.history: list[tuple[int, str, str]] = []  # (char, actor id, dep) of state mentions read so far
        self.last_dyad: tuple[str, str] | None = None
        self.last_official: tuple[int, str] | None = None  # (char, state) of "Egypt's foreign minister" as a subject
        self.doers: dict[str, str] = {}  # verb lemma -> the state last named as doing it ("North Korea launched")
        self.last_doers: list[str] = []  # who did what the last sentence with a relation reported ("the move")
        self.group_nouns: dict[str, str] = {}  # "diplomat" -> "RUS" from "Russian diplomats"
        self.relations: list[Relation] = []
        self.speaker: Person | None = None
        self.quotes: list[tuple[int, int, Person | None]] = []
        self.default_speaker: Person | None = None  # whose remarks the article is
        self.labels: list[tuple[int, Person]] = []  # "SECRETARY BLINKEN:" turns of a transcript
        self.subject_token = None
        self.sent = None  # the sentence being read
        self.paragraph_states: list[str] = []
        self.consumed: set[int] = set()  # objects of light verbs, not triggers of their own
        self.governed: set[int] = set()  # triggers inside an objection or a threat
        self.unnamed_doer: set[int] = set()  # condemnations of an act whose doer is not said
        self.group_triggers: set[int] = set()  # triggers whose subject was a group ("they")
        self.forced_subject: list[str] | None = None  # the accused, while reading what they are accused of
        self.verb_subjects: dict[int, list[str]] = {}  # subjects of verbs the tagger read as nouns
        self.light_verb_types: dict[int, str] = {}
        self.memo: dict[tuple, list[str]] = {}  # what phrases of the sentence being read stand for
        self.nesting = 0  # how deep discourse.actors_of is in a noun phrase
        self.readings: dict = {}  # token index -> patterns.VerbReading of verbs the dictionary typed
        self.spans: list[tuple[int, int, Mention]] = []
        self.domestic: dict[int, dict[int, Mention]] = {}  # sentence start -> its groups, once read again (groups.py)
        self.domestic_only = False  # reading a sentence again with its groups
        self.deferred_protests: set[int] = set()  # protest nouns left for that second reading
        self.domestic_triggers: set[int] | None = None  # a second reading kept for these alone
        self.reported_acts: list[Relation] = []  # acts against whoever reports them (roles.relations_for)
        self.unknown_speakers: list[int] = []  # where people kg does not know speak
        title = article.title or ""
        for _, end, person in mentions.find_persons(self, title):
            if re.match(SPEECH_AFTER_NAME, title[end:]) and self.default_speaker is None:
                self.default_speaker = person
        mentions.find_mention_spans(self)
        mentions.find_unknown_speakers(self)
        qualifiers.find_quotes(self)
        mentions.find_transcript_labels(self)


def read(st: ArticleState, doc) -> Extraction:
    """Read the parsed (masked) article sentence by sentence.

    An error in one sentence raises ``SentenceError`` with the sentence's index.
    """
    st.doc = doc
    if not st.by_token:
        mentions.map_mentions(st, doc)
    paragraph_states: list[str] = []
    done = 0  # mention spans already taken into the discourse state
    prev_end = 0
    for index, sent in enumerate(doc.sents):
        if sent.text.isspace() or not sent.text:
            continue
        if "\n\n" in st.text[prev_end:sent.start_char]:
            paragraph_states = []
        prev_end = sent.end_char
        # mentions in the blanked sentences before this one still count as "named before"
        while done < len(st.spans) and st.spans[done][0] < sent.start_char:
            discourse.note_states(st, st.spans[done][2], st.spans[done][0], "", paragraph_states)
            done += 1
        try:
            before = len(st.relations)
            st.deferred_protests = set()
            read_sentence(st, sent, paragraph_states)
            if len(st.relations) == before:
                groups.read_domestic(st, sent, lambda: read_sentence(st, sent, paragraph_states))
            elif st.deferred_protests:
                # "police detained the mayor, sparking protests across Turkey": the sentence told
                # of something else too, so it is read again for its protests alone
                groups.read_domestic(st, sent, lambda: read_sentence(st, sent, paragraph_states), only=st.deferred_protests)
        except Exception as exc:  # noqa: BLE001 - the sentence is named, and the article fails alone
            raise SentenceError(index, exc) from exc
        while done < len(st.spans) and st.spans[done][0] < sent.end_char:
            discourse.note_states(st, st.spans[done][2], st.spans[done][0], None, paragraph_states)
            done += 1
    drop_denied_acts(st)
    actors: dict[str, ActorRef] = {}
    for r in st.relations:
        for rel in walk(r):
            for ref in (rel.subject, rel.object):
                if isinstance(ref, ActorRef):
                    actors[ref.id] = ref
                    if ref.kind == "Group":
                        actors.setdefault(ref.code, st.res.ref(ref.code))  # the state it belongs to
    for p in st.persons.values():
        if p.actor:
            actors[p.actor] = st.res.ref(p.actor)
    named = [dataclasses.replace(r, article=st.article.name) for r in dedupe(st.relations)]
    return Extraction(st.article, actors, dict(st.persons), named)


#: Verbs of talking about something, and nouns of what is planned for something (the nouns
#: of talks are roles.TALKS).
TALKING_VERBS = frozenset({"discuss", "debate", "consider", "negotiate", "review"})
PLANNING_NOUNS = frozenset({"timetable", "schedule", "plan", "roadmap", "blueprint", "framework"})


def topic_of_talks(noun) -> bool:
    """Whether a noun is what talks are about: the object of "discussed", what talks are
    "on", "about" or "over", or what a timetable or plan under discussion is "for"."""
    node = noun
    for _ in range(3):
        if node.dep_ == "dobj" and node.head.lemma_.lower() in TALKING_VERBS:
            return True
        if node.dep_ != "pobj":
            return False
        prep, owner = node.head, node.head.head
        if prep.lower_ in ("on", "about", "over") and owner.lemma_.lower() in roles.TALKS | {"discussion", "consultation"}:
            return True
        if not (prep.lower_ == "for" and owner.lemma_.lower() in PLANNING_NOUNS):
            return False
        node = owner
    return False


def drop_denied_acts(st: ArticleState) -> None:
    """An act a state reports against itself ("Baku said Armenian units had fired on its
    positions") is kept as told, beside the accusation, unless the doer rejects, denies or
    blames back anything of the reporter's anywhere in the article ("accused each other"):
    then it is a contested claim, and only the accusation stands."""
    if not st.reported_acts:
        return
    denials = {(r.subject.id, o.id if isinstance(o, ActorRef) else o.subject.id)
               for r in st.relations if r.type in ("REJECT", "ACCUSE") for o in [r.object]}
    contested = {id(r) for r in st.reported_acts
                 if isinstance(r.object, ActorRef) and (r.subject.id, r.object.id) in denials}
    if contested:
        st.relations = [r for r in st.relations if id(r) not in contested]


def _asked_for(node):
    """The words of what is asked for or threatened, less what describes someone in it as
    already done to them: "demanded the release of a captain seized by the coast guard" asks
    for a release; the seizure has happened."""
    described = {t.i for d in node.subtree if d.i != node.i and d.dep_ in ("acl", "relcl") and d.tag_ in ("VBN", "VBD")
                 and d.head.pos_ in ("NOUN", "PROPN") and d.head.i != node.i and any(c.dep_ in ("agent", "nsubj") for c in d.children)
                 for t in d.subtree}
    return [t for t in node.subtree if t.i not in described]


#: Adjectives that make an act a charge: "its alleged support", "a suspected attack".
ALLEGED_WORDS = frozenset({"alleged", "suspected", "purported", "supposed"})


def read_sentence(st, sent, paragraph_states: list[str]) -> None:
    st.memo = {}
    st.speaker = qualifiers.sentence_speaker(st, sent)
    st.sent = sent
    st.paragraph_states = paragraph_states
    # remember plural role nouns qualified by a state: "Russian diplomats"
    for tok in sent:
        if tok.lemma_.lower() in OFFICIAL_NOUNS and tok.tag_ in ("NNS", "NN"):
            for ch in tok.children:
                m = st.by_token.get(ch.i)
                if m and m.actors and ch.dep_ in ("amod", "compound", "poss", "nmod"):
                    st.group_nouns[tok.lemma_.lower()] = m.actors[0]
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX"):
            triggers.light_verb(st, tok)  # mark light-verb objects before reading triggers
    produced: list[Relation] = []
    st.governed = set()
    demands: list[Relation] = []
    for tok in sent:
        if qualifiers.demanded(tok):
            # "Sudan must return the helicopter", Russia said: a demand on Sudan; the return
            # is asked for, not done
            found = roles.demand_by_modal(st, tok)
            if found:
                demands.extend(found)
                st.governed.update(t.i for t in tok.subtree)
        if tok.lemma_.lower() in REPORTED_WRONGS or tok.lemma_.lower() == "break" and not any(c.dep_ == "prt" for c in tok.children):
            # ("broke the ceasefire", not "broke off talks")
            # "accused each other of violating the truce": a truce broken is no retreat (an
            # embargo broken is still an embargo)
            st.governed.update(c.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                               and c.lemma_.lower() in NOUNS["RETREAT"] | NOUNS["AGREE"])
        if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ALLEGED_WORDS for c in tok.children):
            # "over its alleged support for insurgents in Somalia": a charge, not an act told as done
            st.governed.add(tok.i)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUNS["RETREAT"] and topic_of_talks(tok):
            # "discussed a ceasefire in Syria", "talks on a timetable for the Soviet withdrawal":
            # a pullback or a truce talked about has not happened
            st.governed.add(tok.i)
        if tok.lemma_.lower() in UNDOING_VERBS or any(
                f"{tok.lemma_.lower()} {c.lower_}" in UNDOING_VERBS for c in tok.children if c.dep_ == "prt"):
            # a boycotted meeting or a cancelled visit did not take place as a meeting
            st.governed.update(t.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree)
        for rtype in triggers.trigger_types(st, tok):
            found = roles.relations_for(st, tok, rtype)
            reading = st.readings.get(tok.i)
            if not found and reading is not None and not reading.pattern:
                if rtype == "ACCUSE":  # (what someone unnamed is charged with is alleged all the same)
                    st.governed.update(t.i for c in triggers.charges(tok) for t in triggers.charged_acts(c))
                continue  # a verb the dictionary alone typed, with nobody to act on: no event
            if rtype in ("THREATEN", "REQUEST"):
                # what is threatened or asked for is not done: "threatened to expel diplomats"
                st.governed.update(t.i for c in tok.children if c.dep_ in ("xcomp", "ccomp", "prep", "dobj", "acl") for t in _asked_for(c))
                # ("threatened on Thursday to sever relations": the to-clause the parser hangs apart)
                st.governed.update(t.i for c in infinitives(tok) for t in _asked_for(c))
                if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
                    # "reiterated its demand today that Israel ease ...": the clause hung on the verb
                    st.governed.update(t.i for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i
                                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for t in c.subtree)
            elif rtype in ("MOBILIZE", "ASSAULT") and found:
                # "massed troops capable of attacking Lebanon": what the forces could do is
                # part of the show of force, not an act of its own
                st.governed.update(t.i for c in tok.children if c.dep_ == "dobj" for a in c.children
                                   if a.dep_ in ("amod", "acl") and a.lemma_.lower() in CAPABILITY_WORDS for t in a.subtree)
            elif rtype == "REJECT" and any(c.dep_ == "dobj" and c.lemma_.lower() in roles.PROPOSAL_NOUNS for c in tok.children):
                # "rebuffed U.S. appeals to free the student": what was asked and refused is not
                # done, though the parser hangs the to-clause on the verb
                st.governed.update(t.i for c in infinitives(tok) for t in c.subtree)
            elif rtype == "COERCE" and found:
                # "a London court convicted a Jordanian of trying to blow up an Israeli airliner",
                # "arrested two men for spying": what someone is held or tried for is alleged
                held_for = triggers.charges(tok) + [p for d in tok.children if d.dep_ == "dobj" for p in d.children
                                                     if p.dep_ == "prep" and p.lower_ in ("of", "for")
                                                     and any(g.dep_ == "pcomp" for g in p.children)]
                st.governed.update(t.i for c in held_for for t in c.subtree)
            elif rtype == "ACCUSE":
                # the act one is accused of is alleged, not reported as done ("accused
                # Baku of shelling"); what that act is about keeps its own reading
                # ("of undermining the peace talks between them": the talks are going on)
                st.governed.update(t.i for c in triggers.charges(tok) for t in triggers.charged_acts(c))
            produced.extend(found)
    produced = [r for r in produced if r.trigger not in st.governed] + demands
    # "students marched through Santiago, demanding free education": a protest's demand is what
    # the protest is for, not a request of its own (CAMEO codes the demonstration)
    protests = {(r.trigger, r.subject.id, r.object.id) for r in produced if r.type == "PROTEST" and isinstance(r.object, ActorRef)}
    produced = [r for r in produced if not (
        r.type == "REQUEST" and isinstance(r.object, ActorRef) and 0 <= r.trigger < len(st.doc)
        and st.doc[r.trigger].dep_ in ("advcl", "xcomp", "conj") and (st.doc[r.trigger].head.i, r.subject.id, r.object.id) in protests)]
    if st.domestic_only:
        produced = [r for r in produced if groups.domestic(r)
                    and (st.domestic_triggers is None or r.trigger in st.domestic_triggers)]
        # ("Rebels burned villages in Darfur": armed men's act on their state is told once,
        # not again on the people of the places struck)
        on_state = {(r.trigger, r.subject.id, r.type) for r in produced if not groups.is_group(r.object.id)}
        produced = [r for r in produced if not (groups.is_group(r.subject.id) and groups.is_group(r.object.id)
                                                and (r.trigger, r.subject.id, r.type) in on_state)]
        # ("Rebels attacked a UN convoy in eastern Congo": on the UN's convoy, not on Congo)
        on_body = {(r.trigger, r.subject.id, r.type) for r in produced if r.object.kind == "Organisation"}
        produced = [r for r in produced if not (r.object.kind != "Organisation" and not groups.is_group(r.object.id)
                                                and (r.trigger, r.subject.id, r.type) in on_body)]
    # a group acting ("they agreed with Korea") is no pair, unless two states are all it names
    # ("South Korean and US jets staged a drill with a US bomber")
    involved: dict[int, set[str]] = {}
    for r in produced:
        if isinstance(r.object, ActorRef):
            involved.setdefault(r.trigger, set()).update((r.subject.id, r.object.id))
    # a sentence about "the two ministers" keeps them as the pair: "the talks between the
    # United States and Iran" they discussed are a topic, not the story's new pair
    root = sent.root
    pair_subject = st.last_dyad is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ in {"both", "two"} for g in c.children) for c in root.children
    )
    named_now: set[str] = set()
    for tok in sent:
        if tok.pos_ == "VERB":
            for c in tok.children:
                if c.dep_ == "nsubj" and c.i in st.by_token and st.by_token[c.i].actors and st.by_token[c.i].how != "person":
                    st.doers[tok.lemma_.lower()] = st.by_token[c.i].actors[0]
                    named_now.add(tok.lemma_.lower())
    for r in produced:
        # ("U.S. troops invaded Panama": the doer the reading found, when no name is the subject)
        trigger = st.doc[r.trigger] if 0 <= r.trigger < len(st.doc) else None
        if trigger is not None and trigger.pos_ == "VERB" and trigger.lemma_.lower() not in named_now \
                and not r.negated and r.modality is None and discourse.is_state(st, r.subject.id):
            st.doers[trigger.lemma_.lower()] = r.subject.id
    for tok in sent:
        # "Egypt's foreign minister arrived ... He met ...": an official unnamed, for a later "he"
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in OFFICIAL_NOUNS and tok.i not in st.by_token:
            acts = discourse.actors_of(st, tok)
            if len(acts) == 1 and discourse.is_state(st, acts[0]):
                st.last_official = (tok.idx, acts[0])
    done = [r.subject.id for r in produced if not r.negated and r.modality is None]
    if done:
        st.last_doers = list(dict.fromkeys(done))
    for r in produced:
        st.relations.append(r)
        if (r.type in DYAD_TYPES and not pair_subject and not r.negated and isinstance(r.object, ActorRef)
                and r.object.kind == "Country" and r.subject.kind != "Group"
                and (r.trigger not in st.group_triggers or len(involved[r.trigger]) == 2)):
            st.last_dyad = (r.subject.id, r.object.id)


def walk(r: Relation) -> Iterator[Relation]:
    """A relation and the relations nested in its object."""
    yield r
    if isinstance(r.object, Relation):
        yield from walk(r.object)


def dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per (key, sentence, polarity); symmetric types in one order."""
    seen: set = set()
    out = []
    for r in relations:
        k = (unordered_key(r), r.start, r.negated)
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out


def unordered_key(r: Relation) -> tuple:
    k = r.key()
    if RELATION_TYPES[r.type].symmetric and isinstance(r.object, ActorRef):
        a, b = sorted([k[0], k[2]])
        return (a, k[1], b)
    return k
