"""Extraction: actors, officials and typed relations from an article's sentences.

The rules read spaCy's dependency parse. Each relation type has a small trigger
lexicon (verb and noun lemmas, in kg/lexicon.py); a trigger's subject is found
by climbing the parse, its object by descending it. Negation, modality and the
speaker are a layer of their own, and pronouns, role nouns ("the minister", "the
officials"), "our two nations" and "its arch-rival" are resolved against what the
article said before.
"""

from __future__ import annotations

import bisect
import itertools
import multiprocessing
import os
import re
from collections.abc import Iterable, Iterator
import dataclasses
from dataclasses import dataclass, field

from .actors import DEMONYM, Dictionary, load_dictionary
from .ingest import Article
from .lexicon import (
    ANAPHOR_RE,
    ATTRIBUTED_TYPES,
    BOTH_WAYS_TYPES,
    CLAIM_NOUNS,
    CONTEXT_WORDS,
    DEEP_OBJECT_TYPES,
    DEFAULT_PREPS,
    DEFENCE_PACT_NOUNS,
    DYAD_TYPES,
    EMBASSY_NOUNS,
    FALSE_WORDS,
    FUTURE_MARKERS,
    GOVERNING_TYPES,
    GROUPING_VERBS,
    GROUP_NOUNS,
    HYPOTHETICAL_MARKERS,
    JOINT_ACTIVITIES,
    LIGHT_VERBS,
    MEMBERSHIP_VERBS,
    MILITARY_NOUNS,
    MODE_WORDS,
    MUTUAL_NOUNS,
    MUTUAL_VERBS,
    NEGATING_HEADS,
    NEGATING_NOUNS,
    NEUTRAL_VERBS,
    NEUTRAL_WORDS,
    NOUNS,
    OFFICIAL_NOUNS,
    ORG_NOUNS,
    PAIR_RE,
    PHRASAL,
    PREDICATING_VERBS,
    PRONOUNS_FIRST_PLURAL,
    PRONOUNS_FIRST_SING,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    PRONOUNS_STATE,
    PRONOUN_WORDS,
    REPORTED_WRONGS,
    REPORTING_VERBS,
    RIGHT_VERBS,
    ROLE_RELATION_NOUNS,
    SPEECH_AFTER_NAME,
    STATE_NOUNS,
    TYPE_PREPS,
    UNDOING_VERBS,
    VERBS,
    WE_RE,
    _NAME,
    _SENTENCE_END,
)
from .nlp import load_pipeline
from .ontology import RELATION_TYPES, slug

# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class ActorRef:
    """An actor as the output knows it: id, label and kind (Country, Organisation, Person)."""

    id: str
    label: str
    kind: str

    def as_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "kind": self.kind}


@dataclass
class Person:
    """An official named in the article, with the state or organisation they act for."""

    id: str
    name: str
    actor: str | None  # the state or organisation id
    role: str | None
    aliases: set[str] = field(default_factory=set)

    def ref(self) -> ActorRef:
        return ActorRef(self.id, self.name, "Person")


@dataclass
class Relation:
    """One extracted edge, with its evidence and provenance."""

    subject: ActorRef
    type: str
    object: ActorRef | Relation
    evidence: str
    start: int
    end: int
    mode: str | None = None
    context: str | None = None
    speaker: Person | None = None
    negated: bool = False
    modality: str | None = None
    confidence: float = 0.8
    trigger: int = field(default=-1, compare=False, repr=False)  # token index of the trigger word

    def key(self) -> tuple:
        """(subject, type, object) with nested objects as their own key."""
        obj = self.object.key() if isinstance(self.object, Relation) else self.object.id
        return (self.subject.id, self.type, obj)

    def as_dict(self, article: str | None = None) -> dict:
        """The JSON form of relations.md (nested objects as {"relation": ...})."""
        out: dict = {}
        if article is not None:
            out["article"] = article
        out["subject"] = self.subject.as_dict()
        out["type"] = self.type
        if isinstance(self.object, Relation):
            out["object"] = {"relation": self.object.as_dict()}
        else:
            out["object"] = self.object.as_dict()
        if self.mode:
            out["mode"] = self.mode
        if self.context:
            out["context"] = self.context
        if article is not None:
            out["evidence"] = self.evidence
            out["speaker"] = self.speaker.name if self.speaker else None
            out["negated"] = self.negated
            if self.modality:
                out["modality"] = self.modality
            out["confidence"] = self.confidence
        return out


@dataclass
class Extraction:
    """What one article yields: its actors, officials and relations."""

    article: Article
    actors: dict[str, ActorRef]
    persons: dict[str, Person]
    relations: list[Relation]

    @property
    def asserted(self) -> list[Relation]:
        """The relations the text asserts (negated ones are kept only for inspection)."""
        return [r for r in self.relations if not r.negated]


@dataclass
class Mention:
    """A span of the article that stands for one or more actors."""

    start: int
    end: int
    actors: tuple[str, ...]  # state/organisation ids it stands for
    how: str
    person: Person | None = None


# --------------------------------------------------------------------------- the extractor


def _one_act(verb, obj) -> bool:
    """Whether a verb and its object name one act together ("open fire", "fire rockets")."""
    v, o = verb.lemma_.lower(), obj.lemma_.lower()
    return (v, o) in PHRASAL or any(v in verbs and o in objects for verbs, objects, _ in LIGHT_VERBS)


class Extractor:
    """Reads articles with spaCy and the actor dictionary; one instance serves many articles."""

    def __init__(self, dictionary: Dictionary | None = None, nlp=None) -> None:
        self.dict = dictionary or load_dictionary()
        self.nlp = nlp or load_pipeline()
        roles = "|".join(re.escape(r) for r in self.dict.roles)
        self._role_re = re.compile(
            rf"\b(?:(?:Deputy|Vice|Acting|Former|Chief|Senior|Special|First)\s+)*(?:{roles}|Chief|Head)\b"
        )
        self._name_re = re.compile(_NAME)

    # ----------------------------------------------------------------- public

    def extract(self, article: Article) -> Extraction:
        """Everything one article yields."""
        reader = _ArticleReader(self, article)
        return reader.read(self.nlp(reader.masked_text()))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32, workers: int | None = None) -> Iterator[Extraction]:
        """Extractions for many articles, in input order.

        Only sentences that can hold a relation are parsed (the others are blanked out,
        offsets kept). With ``workers`` > 1 (by default two, on a two-core machine, once
        there are more than a few batches) whole batches are extracted in forked worker
        processes, so reading the parse runs in parallel too.
        """
        arts = iter(articles)
        first = [a for _, a in zip(range(batch_size * 2), arts)]
        n = workers if workers is not None else min(2, os.cpu_count() or 1)
        if n <= 1 or len(first) < batch_size * 2:
            yield from self._extract_batch(first)
            for batch in _batches(arts, batch_size):
                yield from self._extract_batch(batch)
            return
        global _WORKER
        _WORKER = self
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(n) as pool:
            batches = _batches(itertools.chain(first, arts), batch_size)
            for result in pool.imap(_extract_in_worker, batches):
                yield from result

    def _extract_batch(self, batch: list[Article]) -> list[Extraction]:
        readers = [_ArticleReader(self, a) for a in batch]
        docs = self.nlp.pipe([r.masked_text() for r in readers], batch_size=len(batch) or 1)
        return [reader.read(doc) for reader, doc in zip(readers, docs)]

    def ref(self, actor_id: str) -> ActorRef:
        a = self.dict.actor(actor_id)
        return ActorRef(a.id, a.label, a.kind)


_WORKER: Extractor | None = None  # the extractor a forked worker inherits


def _extract_in_worker(batch: list[Article]) -> list[Extraction]:
    return _WORKER._extract_batch(batch)


def _batches(items: Iterator, size: int) -> Iterator[list]:
    while True:
        batch = [x for _, x in zip(range(size), items)]
        if not batch:
            return
        yield batch


class _ArticleReader:
    """Reads one parsed article, sentence by sentence, keeping discourse state."""

    def __init__(self, ex: Extractor, article: Article) -> None:
        self.ex = ex
        self.article = article
        self.doc = None
        self.text = article.text
        self.persons: dict[str, Person] = {}
        self.by_token: dict[int, Mention] = {}  # token index -> mention
        self.mentions: list[Mention] = []
        self.history: list[tuple[int, str, str]] = []  # (char, actor id, dep) of state mentions read so far
        self.last_dyad: tuple[str, str] | None = None
        self.group_nouns: dict[str, str] = {}  # "diplomat" -> "RUS" from "Russian diplomats"
        self.relations: list[Relation] = []
        self.speaker: Person | None = None
        self.quotes: list[tuple[int, int, Person | None]] = []
        self._resolving: set[int] = set()
        self.default_speaker: Person | None = None  # whose remarks the article is
        self.labels: list[tuple[int, Person]] = []  # "SECRETARY BLINKEN:" turns of a transcript
        self.subject_token = None
        self._consumed: set[int] = set()  # objects of light verbs, not triggers of their own
        self._governed: set[int] = set()  # triggers inside an objection or a threat
        self._group_triggers: set[int] = set()  # triggers whose subject was a group ("they")
        self._forced_subject: list[str] | None = None  # the accused, while reading what they are accused of
        self._verb_subjects: dict[int, list[str]] = {}  # subjects of verbs the tagger read as nouns
        self._light_verb_types: dict[int, str] = {}
        self.spans: list[tuple[int, int, Mention]] = []
        # the text-level work, before any parse: officials, actor names, quotes, speaker turns
        title = article.title or ""
        for _, end, person in self._find_persons(title):
            if re.match(SPEECH_AFTER_NAME, title[end:]) and self.default_speaker is None:
                self.default_speaker = person
        self._find_mention_spans()
        self._find_quotes()
        self._find_transcript_labels()

    # ----------------------------------------------------------------- mentions

    def _find_persons(self, text: str | None = None) -> list[tuple[int, int, Person]]:
        """Officials introduced by a title ("Russian Foreign Minister Sergei Lavrov")."""
        found = []
        text = self.text if text is None else text
        for m in self.ex._role_re.finditer(text):
            role, pos, state = m.group(0), m.end(), None
            # the title may go on: "President of Russia", "Deputy Chief of the Russian mission"
            q = re.match(r"\s+of\s+(?:the\s+)?", text[pos:pos + 12])
            if q:
                hits = self.ex.dict.find(text[pos + q.end():pos + q.end() + 60])
                if hits and hits[0].start == 0 and hits[0].actor:
                    end = pos + q.end() + hits[0].end
                    inst = re.match(r"\s+(?:mission|embassy|delegation|government|foreign ministry)\b", text[end:end + 30])
                    if inst:
                        end += inst.end()
                    elif hits[0].how == DEMONYM:
                        end = -1
                    if end > 0:
                        state, role, pos = hits[0].actor, text[m.start():end], end
            nm = self.ex._name_re.match(text, pos + 1) if text[pos:pos + 1] == " " else None
            if not nm:
                continue
            name = _strip_possessive(nm.group(0).strip().rstrip(","))
            if self._actor_at_text(name) or self.ex._role_re.fullmatch(name):
                continue
            if state is None:
                # what stands before the title: "Russian", "India's", "Pakistani Foreign Office"
                window = text[max(0, m.start() - 60):m.start()]
                for hit in reversed(self.ex.dict.find(window)):
                    if hit.actor and re.fullmatch(r"(?:['’]s)?(?:\s+[A-Z][\w’'\-]*)*\s+", window[hit.end:]):
                        state = hit.actor
                    break
            if state is None:
                # after the name: "Prime Minister Kishida Fumio of Japan"
                tail = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w.’'\-]+(?:\s[A-Z][\w.’'\-]+)?)", text[nm.start() + len(name):nm.start() + len(name) + 60])
                if tail:
                    state = self._actor_at_text(tail.group(1))
            person = self._person(name, state, role)
            found.append((nm.start(), nm.start() + len(name), person))
        # officials joined by "and" act for the same state when only one says which
        for (s1, e1, p1), (s2, e2, p2) in zip(found, found[1:]):
            if re.match(r"^,?\s+and\s+[^.;“”\"]{0,80}$", text[e1:s2]):
                if p1.actor is None and p2.actor:
                    p1.actor = p2.actor
                elif p2.actor is None and p1.actor:
                    p2.actor = p1.actor
        return found

    def _actor_at_text(self, s: str) -> str | None:
        s = s.strip()
        if s.lower().startswith("the "):
            s = s[4:]
        hit = self.ex.dict.surfaces.get(s)
        return hit[0] if hit else None

    def _person(self, name: str, actor: str | None, role: str | None) -> Person:
        """The article's record of an official, created on first mention.

        A known official (kg/data/officials.json) gets the state of the office held on
        the article's date, and a stable id whatever the spelling.
        """
        parts = [p for p in re.split(r"[\s,]+", name) if len(p) > 2 and p[0].isupper() and not p.endswith(".")]
        for p in self.persons.values():
            if p.name == name or (parts and parts[-1] in p.aliases):
                if actor and not p.actor:
                    p.actor = actor
                return p
        official = self.ex.dict.officials.get(name)
        if official is None:
            # a surname alone ("Blinken"), or with a given name the official's own names share
            # ("Joseph R. Biden, Jr.", "Kishida Fumio"); "Zhao Lin" is not Zhao Lijian
            for w in parts:
                cand = self.ex.dict.officials.get(w)
                if cand is not None and (len(parts) == 1 or all(p in self.ex.dict.official_words(cand) for p in parts)):
                    official = cand
                    break
        pid = slug(name)
        if official is not None:
            pid = slug(official.name)
            office = official.office_on(self.article.date)
            if office is not None:
                actor = actor or office.actor
                role = role or office.title
        person = Person(pid, name, actor, role, set(parts) - {"Jr"})
        self.persons[person.id] = person
        return person

    def _find_mention_spans(self) -> None:
        """Every span naming an actor or an official, from the dictionaries (no parse needed)."""
        text = self.text
        spans: list[tuple[int, int, Mention]] = []
        for s, e, person in self._find_persons():
            spans.append((s, e, Mention(s, e, (person.actor,) if person.actor else (), "person", person)))
        taken = [(s, e) for s, e, _ in spans]
        for hit in self.ex.dict.find(text):
            if any(s < hit.end and hit.start < e for s, e in taken):
                continue
            if text[max(0, hit.start - 4):hit.start].lower() == "non-":
                continue  # "a major non-NATO ally" names no NATO
            if hit.actor is None:
                taken.append((hit.start, hit.end))
                continue
            spans.append((hit.start, hit.end, Mention(hit.start, hit.end, (hit.actor,), hit.how)))
            taken.append((hit.start, hit.end))
        # well-known officials named without a title ("Blinken said", "Sergey Lavrov")
        for s, e, official in self.ex.dict.find_officials(text):
            if any(s < e2 and s2 < e for s2, e2 in taken):
                continue
            before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, s - 30):s])
            if before and not self.ex._role_re.search(before.group(1)) and before.group(1) not in {"Mr", "Mrs", "Ms", "Dr"} \
                    and f"{before.group(1)} {text[s:e]}" not in self.ex.dict.officials:
                continue  # "Hunter Biden" is not Joe Biden
            person = self._person(text[s:e], None, None)
            spans.append((s, e, Mention(s, e, (person.actor,) if person.actor else (), "person", person)))
            taken.append((s, e))
        # later bare surnames of known officials ("Lavrov", "Mr Jaishankar")
        for p in self.persons.values():
            for alias in p.aliases:
                for m in re.finditer(rf"(?<![\w]){re.escape(alias)}(?![\w])", text):
                    if any(s < m.end() and m.start() < e for s, e in taken):
                        continue
                    spans.append((m.start(), m.end(), Mention(m.start(), m.end(), (p.actor,) if p.actor else (), "person", p)))
                    taken.append((m.start(), m.end()))
        spans.sort(key=lambda t: t[0])
        self.spans = spans
        self.mentions = [m for _, _, m in spans]

    def masked_text(self) -> str:
        """The article with sentences that cannot hold a relation blanked out (offsets kept).

        A relation needs two actors: a sentence is parsed when its names, officials and
        words that refer back ("we", "the two sides", "the minister") add up to two.
        """
        text = self.text
        starts = [s for s, _, _ in self.spans]
        out = []
        last = 0
        for start, end in _rough_sentences(text):
            lo = bisect.bisect_left(starts, start)
            hi = bisect.bisect_left(starts, end)
            named = hi - lo
            referring = named + len(ANAPHOR_RE.findall(text, start, end))
            if WE_RE.search(text, start, end):
                referring += 1  # "we" may be the speaker's state, or both sides of the story
            elif not named and not PAIR_RE.search(text, start, end):
                referring = 0  # pronouns alone, with nothing named, hold no relation
            if referring < 2 and end > start:
                out.append(text[last:start])
                # blank it out, ending in a line break so the next sentence starts afresh
                out.append(re.sub(r"[^\n]", " ", text[start:end - 1]) + "\n")
                last = end
        out.append(text[last:])
        return "".join(out)

    def _map_mentions(self, doc) -> None:
        for s, e, mention in self.spans:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                if not tok.is_space:
                    self.by_token[tok.i] = mention

    def _find_quotes(self) -> None:
        """Quoted passages and who said them ("...,” said Babushkin", "He added, “...")."""
        text = self.text
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
                speaker = self._speaker_named(who, s)
            if speaker is not None:
                self.quotes.append((s, e, speaker))

    def _speaker_named(self, who: str, at: int) -> Person | None:
        w = who.strip()
        low = w.lower().removeprefix("the ").strip()
        if low in {"he", "she"} or low in OFFICIAL_NOUNS:
            return self._recent_person(at)
        for p in self.persons.values():
            if w in p.aliases or w == p.name or w.split()[-1] in p.aliases:
                return p
        return None

    def _recent_person(self, at: int) -> Person | None:
        best = None
        for m in self.mentions:
            if m.start >= at:
                break
            if m.person is not None:
                best = m.person
        return best

    # ----------------------------------------------------------------- reading

    def read(self, doc) -> Extraction:
        """Read the parsed (masked) article sentence by sentence."""
        self.doc = doc
        self._map_mentions(doc)
        paragraph_states: list[str] = []
        done = 0  # mention spans already taken into the discourse state
        prev_end = 0
        for sent in doc.sents:
            if sent.text.isspace() or not sent.text:
                continue
            if "\n\n" in self.text[prev_end:sent.start_char]:
                paragraph_states = []
            prev_end = sent.end_char
            # mentions in the blanked sentences before this one still count as "named before"
            while done < len(self.spans) and self.spans[done][0] < sent.start_char:
                self._note_states(self.spans[done][2], self.spans[done][0], "", paragraph_states)
                done += 1
            self._read_sentence(sent, paragraph_states)
            while done < len(self.spans) and self.spans[done][0] < sent.end_char:
                self._note_states(self.spans[done][2], self.spans[done][0], None, paragraph_states)
                done += 1
        actors: dict[str, ActorRef] = {}
        for r in self.relations:
            for rel in _walk(r):
                for ref in (rel.subject, rel.object):
                    if isinstance(ref, ActorRef):
                        actors[ref.id] = ref
        for p in self.persons.values():
            if p.actor:
                actors[p.actor] = self.ex.ref(p.actor)
        return Extraction(self.article, actors, dict(self.persons), _dedupe(self.relations))

    def _find_transcript_labels(self) -> None:
        """Speaker turns of a transcript: a paragraph opening "SECRETARY BLINKEN:" or "MR PRICE:"."""
        for m in re.finditer(r"(?m)^((?:[A-Z][A-Z.’'\-]+ ){0,4}[A-Z][A-Z’'\-]{2,}):\s", self.text):
            words = m.group(1).split()
            surname = words[-1].title()
            role = " ".join(w.title() for w in words[:-1] if w.rstrip(".") not in {"MR", "MRS", "MS", "DR"}) or None
            person = next((p for p in self.persons.values() if surname in p.aliases), None)
            if person is None:
                person = self._person(surname, None, role)
            self.labels.append((m.start(), person))

    def _sentence_speaker(self, sent) -> Person | None:
        for s, e, sp in self.quotes:
            if s <= sent.start_char < e or s < sent.end_char <= e or (sent.start_char <= s and e <= sent.end_char and e - s > 0.5 * len(sent.text)):
                return sp
        turn = None
        for start, person in self.labels:
            if start <= sent.start_char:
                turn = person
        if turn is not None:
            return turn
        if self.default_speaker is not None and any(t.lower_ in PRONOUNS_FIRST_PLURAL | PRONOUNS_FIRST_SING for t in sent):
            return self.default_speaker
        return None

    def _read_sentence(self, sent, paragraph_states: list[str]) -> None:
        self.speaker = self._sentence_speaker(sent)
        self._sent = sent
        self._paragraph_states = paragraph_states
        # remember plural role nouns qualified by a state: "Russian diplomats"
        for tok in sent:
            if tok.lemma_.lower() in OFFICIAL_NOUNS and tok.tag_ in ("NNS", "NN"):
                for ch in tok.children:
                    m = self.by_token.get(ch.i)
                    if m and m.actors and ch.dep_ in ("amod", "compound", "poss", "nmod"):
                        self.group_nouns[tok.lemma_.lower()] = m.actors[0]
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX"):
                self._light_verb(tok)  # mark light-verb objects before reading triggers
        produced: list[Relation] = []
        self._governed = set()
        for tok in sent:
            if tok.lemma_.lower() in UNDOING_VERBS:
                # a boycotted meeting or a cancelled visit did not take place as a meeting
                self._governed.update(t.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree)
            for rtype in self._trigger_types(tok):
                if rtype in ("THREATEN", "REQUEST"):
                    # what is threatened or asked for is not done: "threatened to expel diplomats"
                    self._governed.update(t.i for c in tok.children if c.dep_ in ("xcomp", "ccomp", "prep", "dobj") for t in c.subtree)
                elif rtype == "ACCUSE":
                    # the act one is accused of is alleged, not reported as done ("accused
                    # Baku of shelling"); what that act is about keeps its own reading
                    # ("of undermining the peace talks between them": the talks are going on)
                    self._governed.update(t.i for c in self._charges(tok) for t in self._charged_acts(c))
                produced.extend(self._relations_for(tok, rtype))
        produced = [r for r in produced if r.trigger not in self._governed]
        for r in produced:
            self.relations.append(r)
            if (r.type in DYAD_TYPES and not r.negated and isinstance(r.object, ActorRef)
                    and r.object.kind == "Country" and r.trigger not in self._group_triggers):
                self.last_dyad = (r.subject.id, r.object.id)

    def _note_states(self, m: Mention, start: int, dep: str | None, paragraph_states: list[str]) -> None:
        """Remember a state named at ``start`` for "it", "the country", "we all"."""
        if not m.actors:
            return
        a = m.actors[0]
        actor = self.ex.dict.actors.get(a)
        if actor is None or actor.kind != "Country":
            return
        if m.how != "person":
            if dep is None:
                tok = self.doc.char_span(start, start + 1, alignment_mode="expand")
                dep = tok[0].dep_ if tok is not None and len(tok) else ""
            self.history.append((start, a, dep))
        if a not in paragraph_states:
            paragraph_states.append(a)

    # ----------------------------------------------------------------- triggers

    def _trigger_types(self, tok) -> list[str]:
        """The relation types ``tok`` triggers, from the lexicon and the phrase rules."""
        if tok.i in self.by_token or tok.i in self._consumed:
            return []  # part of an actor's name ("Shanghai Cooperation Organisation"), or a light verb's object
        lemma = tok.lemma_.lower()
        if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].head.i == tok.i:
            lemma = f"{tok.doc[tok.i - 2].lower_}-{lemma}"  # "build-up", "pull-out" split in three
        out: list[str] = []
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or (
            tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children)
        ):  # (a verb the tagger took for a plural noun: "The council groups A, B and C")
            words = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "advmod", "dobj", "npadvmod")}
            light = self._light_verb(tok)
            if light:
                return [light]
            for (verb, word), t in PHRASAL.items():
                if lemma == verb and word in words:
                    return [t]
            for t, lemmas in VERBS.items():
                if lemma in lemmas:
                    out.append(t)
            if lemma in {"speak", "talk", "confer", "chat"} and any(
                c.dep_ == "prep" and c.lower_ in {"by", "over", "on"} and any(g.lemma_.lower() in {"phone", "telephone", "video", "videoconference", "videolink"} for g in c.children)
                for c in tok.children
            ):
                out.append("CONSULT")  # "spoke by telephone"
            if lemma in NEUTRAL_VERBS or (lemma == "take" and any(c.lemma_ == "side" for c in tok.children)):
                out.append("NEUTRAL")
            if lemma in MEMBERSHIP_VERBS or (lemma == "bring" and any(c.lower_ == "together" for c in tok.children)):
                out.append("MEMBER_OF")
            if lemma in RIGHT_VERBS and any(c.dep_ == "dobj" and c.lemma_ == "right" for c in tok.children):
                out = ["SUPPORT"]
            if not out and any(c.lower_ in {"jointly", "together"} and c.dep_ == "advmod" for c in tok.children):
                out.append("COOPERATE")  # "are jointly monitoring"
            if lemma == "warn" and any(c.dep_ == "dobj" and c.i in self.by_token for c in tok.children):
                out.append("THREATEN")  # "warned Lithuania that ...": a warning to a state
            if "REJECT" in out and lemma == "refuse" and not any(c.dep_ == "dobj" for c in tok.children):
                out.remove("REJECT")  # "refused to deliver" denies the delivery; it rejects nothing
            if "REJECT" in out and any(
                c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS and any(g.dep_ in ("acl", "ccomp", "relcl") for g in c.children)
                for c in tok.children
            ):
                out.remove("REJECT")  # "rejected reports that ..." is a denial, not an objection
            if "AID" in out and lemma in {"send", "give", "extend", "grant"} and not self._aid_object(tok):
                out.remove("AID")
            if lemma in {"leave", "quit", "exit", "depart", "vacate"} and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in MILITARY_NOUNS | {"force", "contingent", "peacekeeper", "mission"} for c in tok.children
            ):
                out.append("RETREAT")  # "French special forces left the country"
            if "CONSULT" in out and lemma == "receive" and not any(c.dep_ in ("dobj", "nsubjpass") and c.i in self.by_token for c in tok.children):
                out.remove("CONSULT")
            if "SUPPORT" in out and lemma in {"recognise", "recognize"} and not any(c.dep_ == "dobj" and c.i in self.by_token for c in tok.children):
                out.remove("SUPPORT")  # diplomatic recognition is of a state, not of "the commitment"
            if "PROTEST" in out and lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
                out.remove("PROTEST")  # "demonstrated our commitment" is no demonstration
        elif self._verb_taken_for_noun(tok):
            return [self._light_verb_types[tok.i]]
        elif tok.pos_ in ("NOUN", "PROPN", "ADJ"):
            if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i + 2 and self._trigger_types(tok.head):
                return []  # "treaty allies", "aid convoy attack": the head noun says what it is
            if lemma in DEFENCE_PACT_NOUNS and {c.lemma_.lower() for c in tok.children} & {"defence", "defense", "security"} \
                    and {c.lemma_.lower() for c in tok.subtree} & {"mutual", "joint", "collective", "common"}:
                self._consumed.update(c.i for c in tok.children if c.lemma_.lower() == "joint")
                return ["ALLY"]  # a mutual defence treaty is an alliance
            for t, lemmas in NOUNS.items():
                if lemma in lemmas or tok.lower_ in lemmas:
                    out.append(t)
            if lemma == "part" and (any(c.lower_ == "of" for c in tok.children) or tok.head.dep_ == "relcl"):
                out.append("MEMBER_OF")
            if lemma in NEUTRAL_WORDS and "NEUTRAL" not in out:
                out.append("NEUTRAL")
            if tok.pos_ == "ADJ" and lemma in {"joint"} and tok.head.lemma_.lower() in JOINT_ACTIVITIES and not self._trigger_types(tok.head):
                out.append("COOPERATE")  # "a joint brigade", "joint patrols"
            if "CONSULT" in out and lemma == "call" and not any(c.lower_ in {"phone", "telephone", "video"} for c in tok.children):
                out.remove("CONSULT")
            if "PROTEST" in out and tok.head.lemma_.lower() in {"lodge", "file", "register", "deliver", "submit"}:
                out = ["ACCUSE"]  # a diplomatic protest
        return out

    def _verb_taken_for_noun(self, tok) -> bool:
        """"Japan and the Philippines share intelligence": a light verb right after the actors
        that the tagger read as a noun modifying its own object."""
        if tok.i in self._light_verb_types:
            return True
        if tok.pos_ != "NOUN" or tok.dep_ != "compound" or tok.i == 0 or any(c.dep_ == "det" for c in tok.children):
            return False
        before = tok.doc[tok.i - 1]
        if before.i not in self.by_token:
            return False
        lemma = tok.lemma_.lower()
        for verbs, nouns, rtype in LIGHT_VERBS:
            if lemma in verbs and tok.head.lemma_.lower() in nouns:
                first = before
                while first.dep_ == "conj" and first.head.i < first.i:
                    first = first.head
                while first.dep_ == "compound" and first.head.i > first.i:
                    first = first.head
                self._verb_subjects[tok.i] = self._actors_of(first)
                self._light_verb_types[tok.i] = rtype
                self._consumed.add(tok.head.i)
                return True
        return False

    def _light_verb(self, tok) -> str | None:
        """A light verb with its object noun ("shared intelligence", "lifted sanctions")."""
        lemma = tok.lemma_.lower()
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [g for c in tok.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        for verbs, nouns, rtype in LIGHT_VERBS:
            if lemma in verbs:
                for c in objects:
                    if c.lemma_.lower() in nouns:
                        self._consumed.add(c.i)
                        return rtype
        return None

    def _aid_object(self, tok) -> bool:
        """"sent aid", "extended a loan": the thing given is aid, not troops or a message."""
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                if c.lemma_.lower() in MILITARY_NOUNS or c.lemma_.lower() in {"message", "letter", "invitation", "condolence", "greeting", "signal", "delegation", "envoy"}:
                    return False
        return True

    # ----------------------------------------------------------------- resolution

    def _actors_of(self, tok, exclude: set[str] = frozenset(), depth: int = 0) -> list[str]:
        """The actors a noun phrase headed by ``tok`` stands for (conjuncts included)."""
        out: list[str] = []
        for a in self._own_actors(tok):
            if a not in out and a not in exclude:
                out.append(a)
        if not out:
            # "a resolution drafted by the United States" stands for its author
            for ch in tok.children:
                if ch.dep_ == "acl":
                    for ag in ch.children:
                        if ag.dep_ == "agent":
                            for g in ag.children:
                                if g.dep_ == "pobj":
                                    out += [a for a in self._actors_of(g, exclude, depth + 1) if a not in out]
        if not out:
            for ch in tok.children:
                if ch.dep_ in ("compound", "poss", "amod", "nmod"):
                    for mod in [ch] + list(ch.conjuncts):
                        for a in self._own_actors(mod):
                            if a not in out and a not in exclude:
                                out.append(a)
        if not out and tok.lemma_.lower() in GROUP_NOUNS:
            # "the leaders of Egypt and Jordan", "hundreds of Kenyans", "the navies of India and France"
            for ch in tok.children:
                if ch.dep_ == "prep" and ch.lower_ in {"of", "in", "from"}:
                    for g in ch.children:
                        if g.dep_ == "pobj":
                            out += [a for a in self._actors_of(g, exclude, depth + 1) if a not in out]
        if depth < 3:
            # "A, B, C and D": spaCy chains conjuncts; take them all at once
            for ch in list(tok.conjuncts) if tok.dep_ != "conj" else []:
                for a in self._actors_of(ch, exclude, depth + 1):
                    if a not in out:
                        out.append(a)
            for ch in tok.children:
                if ch.dep_ == "appos":
                    for a in self._actors_of(ch, exclude, depth + 1):
                        if a not in out:
                            out.append(a)
                elif ch.dep_ == "prep" and ch.lower_ in {"along", "together"}:
                    for g in ch.children:
                        for gg in ([g] + [x for x in g.children if x.dep_ == "pobj"]):
                            if gg.dep_ == "pobj":
                                for a in self._actors_of(gg, exclude, depth + 1):
                                    if a not in out:
                                        out.append(a)
        return out

    def _own_actors(self, tok) -> list[str]:
        """Actors named by this very token: a name, a pronoun, "the country", "the minister"."""
        m = self.by_token.get(tok.i)
        if m is not None:
            return list(m.actors)
        low = tok.lower_
        if low in PRONOUNS_FIRST_PLURAL or low in PRONOUNS_FIRST_SING:
            sp = self.speaker
            if sp and sp.actor:
                if low in PRONOUNS_FIRST_PLURAL and self._has_all(tok):
                    group = [sp.actor] + [a for a in self._paragraph_states if a != sp.actor]
                    return group
                return [sp.actor]
            return []
        if low in PRONOUNS_PERSON:
            p = self._recent_person(tok.idx)
            return [p.actor] if p and p.actor else []
        if low in PRONOUNS_STATE:
            if low == "it" and tok.dep_ in ("dobj", "pobj"):
                return []  # "vetoed it", "condemned it": a thing, not a state
            return self._resolve_it(tok)
        if low in PRONOUNS_PLURAL:
            subj = self._clause_subject_token(tok)
            if subj is not None and subj.i != tok.i and subj.lower_ not in PRONOUNS_PLURAL:
                return self._actors_of(subj)
            return list(self.last_dyad or [])
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("NOUN", "PROPN") and any(c.lower_ in {"the", "this", "that", "these", "those", "both", "our", "two"} for c in tok.children):
            if lemma in OFFICIAL_NOUNS:
                if tok.tag_ == "NNS" or any(c.lower_ in {"both", "two"} for c in tok.children):
                    if lemma in self.group_nouns:
                        return [self.group_nouns[lemma]]
                    return list(self.last_dyad or [])
                p = self._recent_person(tok.idx)
                return [p.actor] if p and p.actor else []
            if lemma in STATE_NOUNS:
                if tok.tag_ == "NNS" or any(c.lower_ in {"both", "two"} for c in tok.children):
                    if any(c.lower_ == "our" for c in tok.children) and self.speaker and self.speaker.actor:
                        me = self.speaker.actor
                        other = next((a for a in (self.last_dyad or ()) if a != me), None) or self._recent_state(tok.idx, exclude={me})
                        return [me, other] if other else [me]
                    return list(self.last_dyad or self._recent_states(tok.idx, 2))
                st = self._recent_state(tok.idx, exclude=set())
                return [st] if st else []
        if lemma in ORG_NOUNS and any(c.lower_ in {"the", "this", "that"} for c in tok.children):
            org = self._recent_org(tok.idx)
            return [org] if org else []
        if lemma in ROLE_RELATION_NOUNS:
            named = [a for c in tok.children if c.dep_ == "appos" for a in self._actors_of(c)]
            if named:
                return named  # "its long-time rival India" is India
        if lemma in ROLE_RELATION_NOUNS and any(c.dep_ == "poss" for c in tok.children):
            # "its arch-rival" stands for the owner's rival
            poss = next(c for c in tok.children if c.dep_ == "poss")
            owner = self._own_actors(poss) if poss.i not in self.by_token else list(self.by_token[poss.i].actors)
            if owner:
                other = self._counterpart(tok, owner)
                return [other] if other else []
        return []

    def _recent_org(self, at: int) -> str | None:
        """The organisation named last before ``at`` ("the bloc", "the alliance")."""
        best = None
        for s, _, m in self.spans:
            if s >= at:
                break
            if m.actors and self._is_org(m.actors[0]):
                best = m.actors[0]
        return best

    def _counterpart(self, tok, owner: list[str]) -> str | None:
        """Whom "its rival" means: the nearest state before it that is neither the owner nor the clause's agent."""
        agents: set[str] = set()
        if tok.dep_ == "pobj":
            agents |= set(self._subjects(tok.head))
            agents |= set(self._subjects(tok.head.head))
        return self._recent_state(tok.idx, exclude=set(owner) | agents)

    def _has_all(self, tok) -> bool:
        head = tok.head
        return any(c.lower_ == "all" for c in list(tok.children) + list(head.children))

    def _resolve_it(self, tok) -> list[str]:
        """"it"/"its": a state in subject position just before, else the nearest state."""
        if tok.i in self._resolving:
            return []
        self._resolving.add(tok.i)
        try:
            return self._resolve_it_once(tok)
        finally:
            self._resolving.discard(tok.i)

    def _resolve_it_once(self, tok) -> list[str]:
        before = [(c, a, d) for c, a, d in self.history if c < tok.idx]
        in_sent = [(t.idx, self.by_token[t.i].actors[0], t.dep_) for t in self._sent if t.idx < tok.idx and t.i in self.by_token and self.by_token[t.i].actors and self.by_token[t.i].how != "person"]
        cands = before + in_sent
        if tok.lower_ == "its":
            # the subject of its own clause when that is a resolved pronoun/actor
            subj = self._clause_subject_token(tok)
            if subj is not None and subj.i != tok.i:
                acts = self._own_actors(subj) if subj.lower_ in PRONOUNS_STATE else self._actors_of(subj)
                if acts:
                    return acts[:1]
        if cands:
            return [cands[-1][1]]
        return []

    def _clause_subject_token(self, tok):
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

    def _recent_state(self, at: int, exclude: set[str]) -> str | None:
        for c, a, d in reversed(self.history + [(t.idx, self.by_token[t.i].actors[0], t.dep_) for t in self._sent if t.i in self.by_token and self.by_token[t.i].actors and self.by_token[t.i].how != "person"]):
            if c < at and a not in exclude and self.ex.dict.actors.get(a) and self.ex.dict.actors[a].kind == "Country":
                return a
        return None

    def _recent_states(self, at: int, n: int) -> list[str]:
        out: list[str] = []
        in_sent = [(t.idx, self.by_token[t.i].actors[0], t.dep_) for t in self._sent
                   if t.i in self.by_token and self.by_token[t.i].actors and self.by_token[t.i].how != "person"]
        for c, a, d in reversed(self.history + in_sent):
            if c < at and a not in out and self._is_state(a):
                out.append(a)
            if len(out) == n:
                break
        return out

    # ----------------------------------------------------------------- one trigger

    def _relations_for(self, tok, rtype: str) -> list[Relation]:
        """The relations one trigger word makes, after attribution.

        "Kyiv said Russian troops shelled Kharkiv" is an accusation by Ukraine, not an
        assault asserted by kg: a conflict event reported by another state becomes that
        state's ACCUSE of the event. Wrongdoing words ("violated the ruling") are
        accusations by whoever reports them.
        """
        if rtype == "ACCUSE" and tok.lemma_.lower() in REPORTED_WRONGS | {"pose", "represent"}:
            return self._reported_wrong(tok)
        out = self._relations_of(tok, rtype)
        if rtype not in ATTRIBUTED_TYPES or not out:
            return out
        reporter = self._reporter(tok)
        if reporter is None:
            return out
        kept = []
        for r in out:
            if reporter != r.subject.id and self._is_state(reporter):
                kept.append(self._make(tok, "ACCUSE", reporter, r, r.negated))
            else:
                kept.append(r)
        return kept

    def _reporter(self, tok) -> str | None:
        """The state that reports the clause ``tok`` is in: "X said (that) ...".

        A speaker's own words in a quote or a transcript stay a statement of fact, with the
        speaker kept as its source (as the gold files read them)."""
        node = tok
        for _ in range(8):
            if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in REPORTING_VERBS | {"claim", "allege"}:
                acts = self._subjects(node.head)
                return acts[0] if acts else None
            if node.head.i == node.i:
                break
            node = node.head
        return None

    def _reported_wrong(self, tok) -> list[Relation]:
        """"The ministry said China had violated the ruling": the reporter accuses the doer."""
        doers = [a for c in tok.children if c.dep_ in ("nsubj",) for a in self._actors_of(c)] or self._subjects(tok)
        node, reporter = tok, None
        for _ in range(8):
            if node.lemma_.lower() in REPORTING_VERBS | {"warn"} and node.i != tok.i:
                acts = self._subjects(node)
                reporter = acts[0] if acts else None
                break
            if node.head.i == node.i:
                break
            node = node.head
        if reporter is None and self.speaker is not None:
            reporter = self.speaker.actor
        negated = self._negated(tok)
        return [self._make(tok, "ACCUSE", reporter, d, negated) for d in doers if reporter and d != reporter]

    def _is_state(self, actor_id: str) -> bool:
        a = self.ex.dict.actors.get(actor_id)
        return bool(a and a.kind == "Country")

    def _relations_of(self, tok, rtype: str) -> list[Relation]:
        if rtype == "NEUTRAL":
            return self._neutral(tok)
        if rtype == "MEMBER_OF":
            return self._member_of(tok)
        if rtype in ("PARTNER", "ALLY", "RIVAL") and tok.lemma_.lower() in ROLE_RELATION_NOUNS:
            return self._role_noun(tok, rtype)
        subjects = self._subjects(tok)
        nested = None
        objects: list[str] = []
        helper = self._with_the_help_of(tok)
        if helper:
            # "Israel, with the support of the United States, ...": the helper acts on the clause's subject
            subjects, objects = [helper], [a for a in subjects if a != helper]
            if objects:
                return [self._make(tok, rtype, helper, o, self._negated(tok)) for o in objects]
        if rtype in ("REJECT", "ACCUSE"):
            nested = self._nested(tok, rtype)
        passive = self._passive(tok)
        if passive is not None:
            # "Ukraine was attacked by Russia": the agent acts on the passive subject
            subjects, objects = passive
            if not subjects or not objects:
                return []
        if nested is None and passive is None:
            objects = self._objects(tok, rtype, exclude=set(subjects[:1]))
        pair = self._pair_from_between(tok)
        if pair and tok.pos_ == "NOUN":
            # a noun's own "between X and Y" outranks the clause around it
            subjects, objects = [pair[0]], [pair[1]]
            if tok.lemma_.lower() in MUTUAL_NOUNS:
                return [self._make(tok, rtype, a, b, self._negated(tok)) for a, b in (pair, pair[::-1])]
        if not subjects and pair:
            subjects, objects = [pair[0]], [pair[1]]
        if not subjects and RELATION_TYPES[rtype].symmetric and len(objects) >= 2:
            subjects, objects = objects[:1], objects[1:2]
        unordered = RELATION_TYPES[rtype].symmetric or rtype == "CONSULT"
        first_person = self.subject_token is not None and self.subject_token.lower_ in PRONOUNS_FIRST_PLURAL
        if not objects and nested is None and unordered:
            if len(subjects) == 2:
                # "the two sides agreed", "the officials met": a pair acting together (never a larger group)
                subjects, objects = subjects[:1], subjects[1:]
            elif first_person and len(subjects) == 1:
                # "we agreed", "our cooperation": the speaker's state and its counterpart
                other = self._counterpart_of(subjects[0], tok.idx)
                objects = [other] if other else []
            elif first_person and not subjects and self.last_dyad:
                # an unattributed "we share a partnership" in a two-state story
                subjects, objects = [self.last_dyad[0]], [self.last_dyad[1]]
        if not subjects and not objects and nested is None:
            return []
        if not subjects:
            return []
        out = []
        negated = self._negated(tok)
        subj = subjects[0]
        extra_subjects = [s for s in subjects[1:] if s != subj]
        targets: list = [nested] if nested is not None else [o for o in objects if o != subj]
        named = self.subject_token is not None and self.subject_token.i in self.by_token
        if not targets and len(subjects) >= 2 and (RELATION_TYPES[rtype].symmetric or rtype == "CONSULT") and named and len(subjects) <= 4:
            # "Burkina Faso, Mali and Niger signed a mutual defence pact": a few named states, pairwise
            return [self._make(tok, rtype, a, b, negated) for i, a in enumerate(subjects) for b in subjects[i + 1:]]
        if len(extra_subjects) > 1 and RELATION_TYPES[rtype].symmetric:
            extra_subjects = []  # a grouping acts as one: no pairwise edges among its members
        reciprocal = any(c.lower_ == "other" and any(g.lower_ in {"each", "one"} for g in c.children) or c.lower_ == "each" for c in tok.subtree if c.dep_ in ("dobj", "pobj", "det", "amod"))
        if not targets and len(subjects) == 2 and (tok.lemma_.lower() in MUTUAL_VERBS or reciprocal or rtype in BOTH_WAYS_TYPES):
            # "exchanged fire", "accused each other", "Indian and Chinese troops completed their withdrawal"
            return [self._make(tok, rtype, a, b, negated) for a, b in (subjects, subjects[::-1])]
        if (reciprocal and nested is not None and len(subjects) == 2 and isinstance(nested.object, ActorRef)
                and {nested.subject.id, nested.object.id} == set(subjects)):
            # "X and Y accused each other of shelling": each accuses the other of shelling it
            return [self._make(tok, rtype, a, dataclasses.replace(nested, subject=self._ref(b), object=self._ref(a)), negated)
                    for a, b in (subjects, subjects[::-1])]
        if extra_subjects:
            self._group_triggers.add(tok.i)  # "they agreed with Korea" keeps "they" as the pair
        for s in [subj] + extra_subjects:
            for o in targets:
                if isinstance(o, str) and o == s:
                    continue
                out.append(self._make(tok, rtype, s, o, negated))
        return out

    def _passive(self, tok) -> tuple[list[str], list[str]] | None:
        """(agents, patients) of a passive trigger, "Y was attacked by X"; None when active.

        When the patient is a thing ("aid was delivered to Sudan by the UAE", "Russian
        troops were withdrawn from Georgia"), the patients come from the trigger's other
        objects and, with no "by", the agent from the thing's own nationality.
        """
        if tok.pos_ not in ("VERB", "AUX"):
            by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            if tok.pos_ == "NOUN" and by is not None:
                agents = [a for g in by.children if g.dep_ == "pobj" for a in self._actors_of(g)]
                if agents:
                    rest = self._objects(tok, self._type_of(tok), exclude=set(agents))
                    return agents, rest
            return None
        patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if patient is None:
            return None
        agents: list[str] = []
        for c in tok.children:
            if c.dep_ == "agent":
                agents += [a for g in c.children if g.dep_ == "pobj" for a in self._actors_of(g)]
        if not agents:
            # "threatened with a blockade by Beijing": a "by" that the parser hung lower down
            for t in tok.subtree:
                if t.dep_ == "prep" and t.lower_ == "by" and not (patient.left_edge.i <= t.i <= patient.right_edge.i):
                    agents += [a for g in t.children if g.dep_ == "pobj" for a in self._actors_of(g)]
        patients = self._actors_of(patient)
        if patients and (agents or patient.i in self.by_token or patient.lower_ in PRONOUN_WORDS):
            return agents, patients
        if not agents and patients:
            # "Chinese warships were deployed near Taiwan": the ships' nation acts
            agents, patients = patients, []
        rtype = self._type_of(tok)
        return agents, self._objects(tok, rtype, exclude=set(agents))

    def _type_of(self, tok) -> str:
        types = self._trigger_types(tok)
        return types[0] if types else "ASSAULT"

    def _with_the_help_of(self, tok) -> str | None:
        """The Y of "with the (active) support/help/assistance of Y"."""
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "with":
            return None
        for ch in tok.children:
            if ch.dep_ == "prep" and ch.lower_ == "of":
                for g in ch.children:
                    if g.dep_ == "pobj":
                        acts = self._actors_of(g)
                        if acts:
                            return acts[0]
        return None

    def _counterpart_of(self, state: str, at: int) -> str | None:
        """The other side of the story's current pair, else the latest other state named."""
        if self.last_dyad and state in self.last_dyad:
            return next(a for a in self.last_dyad if a != state)
        return self._recent_state(at, exclude={state})

    def _make(self, tok, rtype: str, subj: str, obj, negated: bool) -> Relation:
        sent = self._sent
        mode, context = self._mode_context(sent, rtype)
        speaker = self.speaker or self._reporting_speaker(tok)
        return Relation(
            subject=self._ref(subj),
            type=rtype,
            object=obj if isinstance(obj, Relation) else self._ref(obj),
            evidence=sent.text.strip(),
            start=sent.start_char,
            end=sent.end_char,
            mode=mode,
            context=context,
            speaker=speaker,
            negated=negated,
            modality=self._modality(tok),
            confidence=0.9 if speaker else 0.8,
            trigger=tok.i,
        )

    def _ref(self, actor_id: str) -> ActorRef:
        return self.ex.ref(actor_id)

    def _subjects(self, tok) -> list[str]:
        """Who acts: the trigger's own subject or possessor, else one found up the tree.

        The token that named them is kept in ``self.subject_token`` ("we", "the officials").
        """
        node, seen = tok, 0
        self.subject_token = None
        if self._forced_subject is not None:
            return list(self._forced_subject)
        if tok.i in self._verb_subjects:
            return list(self._verb_subjects[tok.i])
        if tok.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in tok.children):
            # "the sale of Russian jets", "the withdrawal of Rwandan troops": the theme's nation acts
            for ch in tok.children:
                if ch.dep_ == "prep" and ch.lower_ == "of":
                    for g in ch.children:
                        if g.dep_ == "pobj" and g.i not in self.by_token:
                            acts = [a for t in g.subtree if t.i < g.i and t.i in self.by_token for a in self.by_token[t.i].actors]
                            if acts:
                                return acts
        while seen < 8:
            seen += 1
            for ch in node.children:
                if ch.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
                    target = ch
                    if ch.dep_ == "agent":
                        target = next((g for g in ch.children if g.dep_ == "pobj"), None)
                        if target is None:
                            continue
                    acts = self._actors_of(target)
                    if acts or target.lower_ in PRONOUNS_FIRST_PLURAL:
                        self.subject_token = target
                        return acts
            if node.pos_ in ("NOUN", "PROPN") and node.i == tok.i:
                for ch in node.children:
                    if ch.dep_ in ("amod", "compound") and ch.i in self.by_token and self.by_token[ch.i].how == DEMONYM:
                        return list(self.by_token[ch.i].actors)
            if node.dep_ in ("ROOT",) or node.head.i == node.i:
                break
            if node.dep_ in ("ccomp", "relcl", "parataxis") and node.i != tok.i:
                break
            if node.dep_ == "ccomp":
                break
            node = node.head
        return []

    def _objects(self, tok, rtype: str, exclude: set[str]) -> list[str]:
        """Whom the trigger acts on, in three tiers: its own objects (direct object, the type's
        prepositions, complements), then prepositions of the phrase a noun trigger sits in,
        then, for types whose target may hide in the predicate ("protested outside the
        Chinese embassy"), the first other actor in the predicate."""
        preps = TYPE_PREPS.get(rtype, DEFAULT_PREPS)
        out: list[str] = []

        def add(acts: list[str]) -> None:
            for a in acts:
                if a not in out and a not in exclude:
                    out.append(a)

        def visit(node, depth: int) -> None:
            for ch in node.children:
                if ch.dep_ == "dative" and ch.pos_ == "ADP":
                    add([a for g in ch.children if g.dep_ == "pobj" for a in self._actors_of(g, exclude)])
                elif ch.dep_ in ("dobj", "dative", "iobj", "oprd") or (ch.dep_ == "attr" and rtype == "MEMBER_OF"):
                    add(self._actors_of(ch, exclude))
                    if not out and depth < 2:
                        visit(ch, depth + 1)
                elif ch.dep_ == "prep" and (ch.lower_ in preps or ch.lower_ in {"compared", "than"}):
                    for g in ch.children:
                        if g.dep_ == "pobj":
                            add(self._actors_of(g, exclude))
                            if not out and depth < 2:
                                visit(g, depth + 1)
                        elif g.dep_ == "prep":
                            for gg in g.children:
                                if gg.dep_ == "pobj":
                                    add(self._actors_of(gg, exclude))
                elif ch.dep_ == "ccomp" and rtype == "REQUEST" and depth == 0:
                    add([a for g in ch.children if g.dep_ in ("nsubj", "nsubjpass") for a in self._actors_of(g)])
                elif ch.dep_ in ("xcomp", "ccomp", "advcl") and depth < 2 and not self._has_own_subject(ch) and (
                    rtype in GOVERNING_TYPES or ch.lemma_.lower() in VERBS.get(rtype, set()) | {"aid", "help", "support"}
                ):
                    visit(ch, depth + 1)

        for c in tok.children:
            for g in [c] + [x for x in c.children if x.dep_ == "nsubj"]:
                if g.i in self._consumed:
                    add(self._actors_of(g, exclude))  # "allowed OSCE observers": the light verb's noun
        visit(tok, 0)
        if not out and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX"):
            # "made concessions to Egypt", "approved a loan to Kenya", "expressed solidarity with Cuba"
            for ch in tok.head.children:
                if ch.dep_ in ("prep", "dative") and ch.lower_ in preps:
                    for g in ch.children:
                        if g.dep_ == "pobj":
                            add(self._actors_of(g, exclude))
        # "with Pakistan as compared to India": comparisons add objects
        scope = list(tok.subtree) + ([c for c in tok.head.children if c.i != tok.i] if tok.dep_ in ("attr", "dobj", "nsubj") else [])
        for ch in scope:
            if ch.lower_ in {"compared", "than"}:
                for g in ch.subtree:
                    if g.dep_ == "pobj":
                        add(self._actors_of(g, exclude))
        if not out and rtype == "CONSULT":
            # "met in Islamabad", "talks in Montevideo" only when nobody else is the object
            for ch in tok.children:
                if ch.dep_ == "prep" and ch.lower_ in {"in", "at"}:
                    for g in ch.children:
                        if g.dep_ == "pobj":
                            add(self._actors_of(g, exclude))
        if out:
            return out
        # tier 2: "$50 million in food aid for Haiti": prepositions of the phrase around a noun trigger
        node = tok
        while node.pos_ in ("NOUN", "NUM", "PROPN") and node.dep_ in ("pobj", "compound", "dobj", "nmod", "appos") and node.head.i != node.i:
            head = node.head.head if node.dep_ == "pobj" else node.head
            if head.pos_ in ("VERB", "AUX"):
                # "announced $50 million in aid for Haiti", "bound to the US by a treaty"
                for ch in head.children:
                    if ch.dep_ in ("prep", "dative") and ch.lower_ in preps and ch.i != node.head.i:
                        add([a for g in ch.children if g.dep_ == "pobj" for a in self._actors_of(g)])
                break
            if head.pos_ not in ("NOUN", "NUM", "PROPN", "SYM"):
                break
            for ch in head.children:
                if ch.dep_ == "prep" and ch.lower_ in preps and ch.i != node.head.i:
                    for g in ch.children:
                        if g.dep_ == "pobj":
                            add(self._actors_of(g, exclude))
            node = head
        if not out and rtype == "PROTEST":
            # "walked out when the Russian envoy began to speak": the protest is at the speaker
            for ch in tok.children:
                if ch.dep_ == "advcl" and any(g.lower_ in {"when", "as", "while"} for g in ch.children):
                    add([a for g in ch.children if g.dep_ == "nsubj" for a in self._actors_of(g)])
        if out or rtype not in DEEP_OBJECT_TYPES:
            return out
        # tier 3: the first other actor named anywhere in the predicate
        for cand in self._predicate_actors(tok):
            if cand not in exclude:
                return [cand]
        return out

    def _has_own_subject(self, clause) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)

    def _predicate_actors(self, tok) -> list[str]:
        """Actors in the trigger's predicate, outside its subject, in reading order;
        the nation behind an embassy first ("outside the Croatian embassy")."""
        skip = {"nsubj", "nsubjpass", "csubj", "agent", "poss", "relcl", "parataxis", "mark", "punct"}
        instruments = {"through", "via", "using", "despite"}
        found: list[tuple[int, int, str]] = []

        def walk(node, depth: int) -> None:
            for ch in node.children:
                if ch.dep_ in skip or (ch.dep_ == "prep" and (ch.lower_ in instruments or ch.lower_ == "by" and node.i == tok.i)):
                    continue  # "lodged a protest through its embassy in Beijing" names no target
                if ch.dep_ in ("ccomp", "advcl") and self._has_own_subject(ch):
                    continue
                m = self.by_token.get(ch.i)
                if m is not None and m.actors:
                    rank = 0 if ch.head.lemma_.lower() in EMBASSY_NOUNS else 1
                    found.append((rank, ch.i, m.actors[0]))
                if depth < 6:
                    walk(ch, depth + 1)

        walk(tok, 0)
        return [a for _, _, a in sorted(found)]

    @staticmethod
    def _charges(tok) -> list:
        """The "of"/"for" phrases that say what an accusation charges: "accused X of
        shelling", also when the parser hangs them on a time or place adjunct ("accused
        each other on Tuesday of opening fire")."""
        out = []
        for ch in tok.children:
            if ch.dep_ == "prep" and ch.lower_ in {"of", "for"}:
                out.append(ch)
            elif ch.dep_ == "prep":
                out += [g for p in ch.children if p.dep_ == "pobj" for g in p.children
                        if g.dep_ == "prep" and g.lower_ in {"of", "for"} and any(t.pos_ == "VERB" for t in g.subtree)]
        return out

    @staticmethod
    def _charged_acts(prep) -> list:
        """The act a charge names: the head under "of"/"for" and the verbs it chains to
        ("of trying to undermine", "of shelling and blockading")."""
        out = []
        todo = [g for g in prep.children if g.dep_ in ("pcomp", "pobj")]
        while todo:
            g = todo.pop()
            out.append(g)
            todo += [c for c in g.children if c.dep_ in ("xcomp", "conj") or (c.dep_ == "dobj" and _one_act(g, c))]
        return out

    def _nested(self, tok, rtype: str) -> Relation | None:
        """An object that is itself a relation: "opposed Moscow's efforts to ship arms to X"."""
        for ch in tok.children:
            if ch.dep_ in ("dobj", "nsubjpass") or (ch.dep_ == "prep" and ch.lower_ in {"to", "against", "over", "of", "about"}):
                for d in ch.subtree:
                    if d.i == tok.i:
                        continue
                    types = self._trigger_types(d)
                    if types and (set(types) & {"MEMBER_OF", "NEUTRAL", "PARTNER", "ALLY", "RIVAL", rtype}):
                        return None  # the first act named is no relation to nest ("of undermining the talks")
                    for t2 in types:
                        # "accused Armenia of shelling ...": the accused does the inner act
                        accused = [a for c in tok.children if c.dep_ == "dobj" for a in self._actors_of(c)]
                        self._forced_subject = accused if accused and ch.dep_ == "prep" and ch.lower_ in {"of", "for"} else None
                        try:
                            inner = self._relations_of(d, t2)
                        finally:
                            self._forced_subject = None
                        inner = [r for r in inner if not r.negated]
                        if inner:
                            self._governed.add(d.i)  # an objection to a supply asserts no supply
                            return inner[0]
        return None

    def _pair_from_between(self, tok) -> tuple[str, str] | None:
        """"between X and Y", or a clause about the noun naming two actors ("that joins X and Y")."""
        for ch in tok.children:
            if ch.dep_ == "prep" and ch.lower_ == "between":
                for g in ch.children:
                    if g.dep_ == "pobj":
                        acts = self._actors_of(g)
                        if len(acts) >= 2:
                            return acts[0], acts[1]
            if ch.dep_ == "relcl" and tok.pos_ == "NOUN":
                acts = list(dict.fromkeys(a for t in ch.subtree if t.i in self.by_token for a in self.by_token[t.i].actors))
                if len(acts) == 2:
                    return acts[0], acts[1]
        return None

    # ----------------------------------------------------------------- special families

    def _neutral(self, tok) -> list[Relation]:
        """Declared neutrality or non-interference between parties.

        "stayed neutral in the dispute between X and Y", "has no intention to interfere or
        take sides between X and Y", "will not side with either X or Y". The parties are
        the pair named by "between" (or "either ... or") in the sentence.
        """
        lemma = tok.lemma_.lower()
        if self._in_whether_clause(tok):
            return []
        negated = self._negated(tok)
        if lemma in NEUTRAL_WORDS:
            if negated:
                return []
        elif not negated or (lemma == "side" and not any(c.lower_ == "either" for c in tok.subtree)):
            return []  # interfering is no neutrality; "not side with X" alone is not either
        subjects = self._subjects(tok)
        if not subjects:
            return []
        parties = self._parties(tok)
        return [self._make(tok, "NEUTRAL", subjects[0], p, False) for p in parties if p != subjects[0]]

    def _parties(self, tok) -> list[str]:
        """The sides of a dispute the trigger is about: "between X and Y", "either X or Y"."""
        for t in self._sent:
            if t.lower_ == "between" and t.dep_ == "prep":
                acts = [a for g in t.children if g.dep_ == "pobj" for a in self._actors_of(g)]
                if len(acts) >= 2:
                    return acts
        for t in tok.subtree:
            if t.lower_ == "either":
                acts = self._actors_of(t.head)
                if len(acts) >= 2:
                    return acts
        return []

    def _member_of(self, tok) -> list[Relation]:
        """Membership: "X is a member of O", "O, which X is a part of, along with Y", "X joined O"."""
        orgs: list[str] = []
        members: list[str] = []
        lemma = tok.lemma_.lower()
        if lemma in GROUPING_VERBS:
            return self._grouping(tok)
        # the organisation: "member of O", "joined O", "O's member", "accession to O"
        for ch in tok.children:
            if ch.dep_ in ("prep",) and ch.lower_ in {"of", "in", "to"}:
                for g in ch.children:
                    if g.dep_ == "pobj":
                        orgs += [a for a in self._actors_of(g) if self._is_org(a)]
            if ch.dep_ in ("dobj", "poss", "compound"):
                orgs += [a for a in self._actors_of(ch) if self._is_org(a)]
        if not orgs and tok.dep_ == "compound":
            orgs += [a for c in tok.head.children if c.dep_ in ("poss", "compound") and c.i != tok.i for a in self._actors_of(c) if self._is_org(a)]
            orgs += [a for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children for a in self._actors_of(g) if self._is_org(a)]
        if not orgs and lemma == "member" and tok.head.lemma_.lower() in {"include", "comprise", "be"}:
            return self._grouping(tok.head)
        # "the Quad grouping that India is a part of"
        node = tok
        while not orgs and node.head.i != node.i and node.dep_ not in ("ROOT",):
            if node.dep_ == "relcl":
                orgs += [a for a in self._actors_of(node.head) if self._is_org(a)]
                break
            node = node.head
        if not orgs and any(ch.dep_ == "prep" and ch.lower_ == "of" and not any(g.dep_ == "pobj" for g in ch.children) for ch in tok.children):
            # a stranded "of" points back to the organisation named just before
            for t in reversed(list(self._sent)[: tok.i - self._sent.start]):
                m = self.by_token.get(t.i)
                if m and m.actors and self._is_org(m.actors[0]):
                    orgs.append(m.actors[0])
                    break
        if not orgs:
            return []
        # the members: the subject and everything listed with it
        subjects = [a for a in self._subjects(tok) if not self._is_org(a)]
        if not subjects:
            subj_tok = self._clause_subject_token(tok)
            subjects = self._actors_of(subj_tok) if subj_tok is not None else []
        if lemma in {"accession", "membership"} and not subjects:
            subjects = [a for c in tok.children if c.dep_ == "poss" for a in self._actors_of(c)]
        passive = self._passive(tok)
        if passive is not None and passive[1]:
            subjects = passive[1]  # "Iran was admitted to the SCO"
        if lemma in {"member", "part"} and not subjects:
            # "ORG members X and Y" / "members of ORG such as X"
            subjects = [a for a in self._actors_of(tok) if not self._is_org(a)]
        members += [s for s in subjects if not self._is_org(s)]
        head = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        for node in (tok, head):
            for ch in node.children:
                if ch.dep_ == "prep" and ch.lower_ in {"along", "together", "alongside"}:
                    for d in ch.subtree:
                        if d.i in self.by_token:
                            for a in self.by_token[d.i].actors:
                                if a not in members and not self._is_org(a):
                                    members.append(a)
        negated = self._negated(tok)
        out = []
        for o in dict.fromkeys(orgs):
            for m in members:
                out.append(self._make(tok, "MEMBER_OF", m, o, negated))
        return out

    def _grouping(self, verb) -> list[Relation]:
        """An organisation listing its members: "O brings together A, B and C", "O's members include A"."""
        orgs: list[str] = []
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                orgs += [a for a in self._actors_of(c) if self._is_org(a)]
                orgs += [a for g in c.children if g.dep_ in ("poss", "compound") for a in self._actors_of(g) if self._is_org(a)]
        if not orgs and verb.dep_ == "relcl":
            orgs = [a for a in self._actors_of(verb.head) if self._is_org(a)]
        members: list[str] = []
        for c in verb.children:
            if c.dep_ in ("dobj", "attr", "appos") or (c.dep_ == "prep" and c.lower_ == "of"):
                target = c if c.dep_ != "prep" else next((g for g in c.children if g.dep_ == "pobj"), None)
                if target is not None:
                    members += [a for a in self._actors_of(target) if not self._is_org(a)]
            if c.dep_ == "prt" or c.dep_ == "advmod":
                for g in c.children:
                    if g.dep_ == "pobj":
                        members += [a for a in self._actors_of(g) if not self._is_org(a)]
        negated = self._negated(verb)
        return [self._make(verb, "MEMBER_OF", m, o, negated) for o in dict.fromkeys(orgs) for m in dict.fromkeys(members)]

    def _is_org(self, actor_id: str) -> bool:
        a = self.ex.dict.actors.get(actor_id)
        return bool(a and a.kind == "Organisation")

    def _role_noun(self, tok, rtype: str) -> list[Relation]:
        """Nouns naming one side of a standing relation: partner, ally, rival, enemy.

        The *holder* is who the noun describes (the subject of "X is a partner", the object
        of "called X a partner" or "described X as a partner", "our Indian partners"); the
        *owner* is whose partner it is ("China's competitor", "an ally of the US", "regarded
        by Ottawa as", the speaker). "X and Y are rivals" and "declared each other
        partners" pair the holders; "its arch-rival" finds the holder in the story.
        """
        negated = self._negated(tok)
        pair = self._pair_from_between(tok)
        if pair:
            return [self._make(tok, rtype, pair[0], pair[1], negated)]
        owner: list[str] = []
        holders: list[str] = []
        for ch in tok.children:
            if ch.dep_ == "appos":
                holders += self._actors_of(ch)  # "its long-time rival India"
            if ch.dep_ == "poss":
                owner = self._own_actors(ch) if ch.lower_ in PRONOUN_WORDS else self._actors_of(ch)
            elif ch.dep_ in ("amod", "compound") and ch.i in self.by_token:
                holders += list(self.by_token[ch.i].actors)
            elif ch.dep_ == "prep" and ch.lower_ in {"of", "to", "with", "for", "by"}:
                owner = owner or [a for g in ch.children if g.dep_ == "pobj" for a in self._actors_of(g)]
        if not holders and owner:
            # "called Azerbaijan Turkey's closest ally", parsed with Azerbaijan inside the possessive
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None:
                holders = [a for c in poss.children if c.dep_ == "compound" for a in self._own_actors(c)]
        head, dep = tok.head, tok.dep_
        if dep == "ccomp" and head.lemma_.lower() in PREDICATING_VERBS:
            # "considers Canberra an indispensable partner", parsed as a clause
            dep = "attr"
        if {"each", "other"} <= {c.lower_ for c in tok.children}:
            # "X and Y declared each other strategic partners"
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            acts = self._actors_of(subj) if subj is not None else []
            if len(acts) >= 2:
                return [self._make(tok, rtype, acts[0], acts[1], negated)]
        if dep == "pobj" and head.lower_ == "as":
            # "described India as a partner", "is regarded by Ottawa as a key partner"
            head, dep = head.head, "oprd"
        if not holders and dep in ("attr", "oprd", "acomp", "xcomp"):
            verb = head
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
            subj = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
            agent = [a for c in verb.children if c.dep_ == "agent" for g in c.children for a in self._actors_of(g)]
            if dep == "oprd" or obj is not None and verb.lemma_.lower() in PREDICATING_VERBS:
                if obj is not None and obj.lower_ == "other":  # "declared each other partners"
                    holders = self._actors_of(subj) if subj is not None else []
                else:
                    if obj is not None and obj.lower_ in {"which", "who", "whom", "that"} and verb.dep_ == "relcl":
                        obj = verb.head  # "Pakistan, which Chinese officials call their partner"
                    holders = self._actors_of(obj) if obj is not None else []
                    owner = owner or agent or (self._actors_of(subj) if subj is not None else [])
            else:
                own_subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if own_subj is not None:
                    holders = self._actors_of(own_subj)
                    owner = owner or (self._actors_of(subj) if subj is not None else [])
                else:
                    holders = self._actors_of(subj) if subj is not None else self._subjects(verb)
                if len(holders) < 2 and not owner:
                    # "India is a trusted partner", said by Russian diplomats: the reporter owns it
                    for anc in verb.ancestors:
                        up = self._subjects(anc)
                        if up:
                            owner = [u for u in up if u not in holders]
                            break
        elif not holders and dep == "appos":
            holders = self._actors_of(head)
        elif not holders and dep == "conj" and any(c.lower_ in {"other", "fellow"} for c in tok.children):
            # "Israel and other partners": the first conjunct is one of them
            holders = self._actors_of(head)
            owner = [a for a in self._subjects(head.head) if a not in holders]
            if not owner and self.speaker and self.speaker.actor:
                owner = [self.speaker.actor]
        if not holders and owner and dep not in ("attr", "oprd"):
            cand = self._counterpart(tok, owner)  # "its arch-rival"
            holders = [cand] if cand else []
        if owner and set(owner) <= set(holders) and dep in ("attr", "oprd"):
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            owner = [a for a in (self._actors_of(subj) if subj is not None else []) if a not in holders]
        if not holders and not owner and tok.tag_ == "NNS" and any(c.lower_ in {"the", "both", "two"} for c in tok.children):
            # "the long-time foes", "the two rivals": the pair the story is about
            holders = list(self.last_dyad or self._recent_states(tok.idx, 2))
        if len(holders) >= 2 and not owner:
            return [self._make(tok, rtype, holders[0], holders[1], negated)]
        return [self._make(tok, rtype, o, h, negated) for o in owner[:1] for h in holders if h != o]

    # ----------------------------------------------------------------- layers

    def _negated(self, tok) -> bool:
        """Negation on the trigger or up its clause chain ("denied", "no intention to")."""
        if self._in_whether_clause(tok):
            return True  # not asserted: "would not say whether ..."
        node, steps = tok, 0
        while True:
            for ch in node.children:
                if ch.dep_ == "neg" or (ch.lower_ in {"no", "never", "neither", "nor"} and ch.dep_ in ("det", "advmod", "neg", "preconj")):
                    return True
            if node.i != tok.i and node.lemma_.lower() in NEGATING_HEADS:
                return True
            if node.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in {"no", "neither"} and d.dep_ in ("det", "preconj") for d in c.children)
                for c in node.children
            ):
                return True  # "No state has recognised ...", "No post was attacked"
            if node.i == tok.i and node.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "dobj" and any(d.lower_ == "no" and d.dep_ == "det" for d in c.children) for c in node.children
            ):
                return True  # "has given no aid", "issued no ultimatum"
            if node.i != tok.i and node.lemma_.lower() in CLAIM_NOUNS and (
                node.head.lemma_.lower() in {"be", "prove"} and any(c.lemma_.lower() in FALSE_WORDS for c in node.head.children)
            ):
                return True  # "Reports that ... were false"
            if node.lemma_.lower() in NEGATING_NOUNS and any(c.lower_ == "no" for c in node.children):
                return True
            if node.head.i == node.i or steps > 6:
                return False
            if node.dep_ == "conj":
                # "sanctions had failed and urged ...": the sibling verb does not negate this one
                node = node.head
                steps += 1
                if node.lemma_.lower() in NEGATING_HEADS and node.head.i != node.i:
                    node = node.head
                    steps += 1
                continue
            node = node.head
            steps += 1

    def _in_whether_clause(self, tok) -> bool:
        """"has not said whether it will take sides": the clause asserts nothing."""
        node = tok
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in node.children):
                return True
            if node.dep_ in ("ccomp", "advcl", "ROOT") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _modality(self, tok) -> str | None:
        node = tok
        for _ in range(5):
            for ch in node.children:
                if ch.dep_ == "aux" and ch.lower_ in HYPOTHETICAL_MARKERS:
                    return "hypothetical"
                if ch.dep_ == "aux" and ch.lower_ in {"will", "shall", "'ll"}:
                    return "future"
            lemma = node.lemma_.lower()
            if node.i != tok.i and lemma in HYPOTHETICAL_MARKERS:
                return "hypothetical"
            if node.i != tok.i and lemma in FUTURE_MARKERS:
                return "future"
            if node.head.i == node.i or node.dep_ in ("ccomp", "ROOT"):
                return None
            node = node.head
        return None

    def _reporting_speaker(self, tok) -> Person | None:
        for anc in [tok] + list(tok.ancestors):
            if anc.lemma_.lower() in REPORTING_VERBS:
                for ch in anc.children:
                    if ch.dep_ == "nsubj":
                        m = self.by_token.get(ch.i)
                        if m and m.person:
                            return m.person
                        if ch.lower_ in PRONOUNS_PERSON or (ch.lemma_.lower() in OFFICIAL_NOUNS and ch.tag_ == "NN"):
                            return self._recent_person(ch.idx)
        return None

    def _mode_context(self, sent, rtype: str) -> tuple[str | None, str | None]:
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


def _rough_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence spans by punctuation, good enough to decide what to parse."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        word = re.search(r"(\S+)$", text[max(start, m.start() - 12):m.start()])
        if word and "\n" not in m.group(0) and (re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", word.group(1))):
            continue  # "S. Jaishankar", "U.S. officials", "Mr. Zhao", "Gen. Smith"
        yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name)


def _walk(r: Relation) -> Iterator[Relation]:
    yield r
    if isinstance(r.object, Relation):
        yield from _walk(r.object)


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per (key, sentence, polarity); symmetric types in one order."""
    seen: set = set()
    out = []
    for r in relations:
        k = (_unordered_key(r), r.start, r.negated)
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out


def _unordered_key(r: Relation) -> tuple:
    k = r.key()
    if RELATION_TYPES[r.type].symmetric and isinstance(r.object, ActorRef):
        a, b = sorted([k[0], k[2]])
        return (a, k[1], b)
    return k


def extract_articles(articles: Iterable[Article], extractor: Extractor | None = None) -> Iterator[Extraction]:
    """Extractions for ``articles`` with a shared extractor."""
    ex = extractor or Extractor()
    yield from ex.extract_many(articles)
