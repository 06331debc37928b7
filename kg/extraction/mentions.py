"""Stage 1: actor mentions in the text (states, organisations, officials) and their resolution to actors."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..actors import DEMONYM, NAME, ORG
from ..ingest import long_word_tails, unreadable_stretches
from ..ontology import slug
from . import groups
from .model import Person, Mention
from .lexicon import (
    ETHNIC_DEMONYMS,
    ANAPHOR_RE,
    HALVES_RE,
    VENUE_NAMES,
    PAIR_RE,
    SIDES_RE,
    WE_RE,
    SENTENCE_END,
    NAME_PATTERN,
    OFFICIAL_NOUNS,
)


def find_persons(st, text: str | None = None) -> list[tuple[int, int, Person]]:
    """Officials introduced by a title ("Russian Foreign Minister Sergei Lavrov")."""
    found = []
    text = st.text if text is None else text
    for m in st.res.role_re.finditer(text):
        role, pos, state = m.group(0), m.end(), None
        # the title may go on: "President of Russia", "Deputy Chief of the Russian mission"
        q = re.match(r"\s+of\s+(?:the\s+)?", text[pos:pos + 12])
        if q:
            hits = st.res.dict.find(text[pos + q.end():pos + q.end() + 60])
            if hits and hits[0].start == 0 and hits[0].actor:
                end = pos + q.end() + hits[0].end
                inst = re.match(r"\s+(?:mission|embassy|delegation|government|foreign ministry)\b", text[end:end + 30])
                if inst:
                    end += inst.end()
                elif hits[0].how == DEMONYM:
                    end = -1
                if end > 0:
                    state, role, pos = hits[0].actor, text[m.start():end], end
        nm = st.res.name_re.match(text, pos + 1) if text[pos:pos + 1] == " " else None
        if not nm and text[pos:pos + 2] == ", ":
            # the name in apposition: "the Minister of Foreign Affairs of Iran, Hossein Rahmani"
            # (a full name, so that "the minister, Russia's envoy" is not read as one)
            nm = st.res.name_re.match(text, pos + 2)
            if nm and " " not in nm.group(0).strip():
                nm = None
        if not nm:
            continue
        name = strip_possessive(nm.group(0).strip().rstrip(","))
        if actor_at_text(st, name) or st.res.role_re.fullmatch(name):
            continue
        lo = max(0, m.start() - 40)
        if any(lo + h.start <= m.start() and lo + h.end >= nm.start() + len(name)
               for h in st.res.dict.find(text[lo:nm.start() + len(name) + 1]) if h.actor):
            continue  # "the U.N. General Assembly": the title is a word of a body's name, no person
        if state is None:
            # what stands before the title: "Russian", "India's", "Pakistani Foreign Office"
            window = text[max(0, m.start() - 60):m.start()]
            hits = st.res.dict.find(window)
            hit = hits[-1] if hits else None
            if hit is not None and hit.actor and re.fullmatch(r"(?:['’]s)?(?:\s+[A-Z][\w’'\-]*)*\s+", window[hit.end:]):
                state = hit.actor
                before = hits[-2] if len(hits) > 1 else None
                if before is not None and before.actor and people_of_the_first(window, before.end, before.how, hit):
                    state = before.actor  # "Bosnian Serb leader": Bosnia's
        if state is None:
            # after the name: "Prime Minister Kishida Fumio of Japan"
            tail = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w.’'\-]+(?:\s[A-Z][\w.’'\-]+)?)", text[nm.start() + len(name):nm.start() + len(name) + 60])
            if tail:
                state = actor_at_text(st, tail.group(1))
        person = person_named(st, name, state, role)
        found.append((nm.start(), nm.start() + len(name), person))
    # officials joined by "and" act for the same state when only one says which
    for (s1, e1, p1), (s2, e2, p2) in zip(found, found[1:]):
        if re.match(r"^,?\s+and\s+[^.;“”\"]{0,80}$", text[e1:s2]):
            if p1.actor is None and p2.actor:
                p1.actor = p2.actor
            elif p2.actor is None and p1.actor:
                p2.actor = p1.actor
    return found


#: A name that speaks: "Wine says", "Maimane said", "Bobi Wine told reporters".
SPEAKING_NAME_RE = re.compile(rf"\b({NAME_PATTERN})\s+(?:says|said|told|adds|added|argues|argued|believes|thinks|noted|recalls|recalled)\b")
#: Capitalised words before "said" that name nobody in particular.
NOT_A_NAME = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "who", "what", "which", "there",
              "the", "a", "an", "one", "some", "many", "most", "both", "others", "everyone", "nobody", "all"}


def find_unknown_speakers(st) -> None:
    """Where people kg does not know speak ("Wine says ..."): an opposition candidate, an
    analyst, a resident. A later "he" is theirs rather than an official named before them,
    so these positions end the reach of ``discourse.recent_person``."""
    for m in SPEAKING_NAME_RE.finditer(st.text):
        name = m.group(1).strip()
        words = name.split()
        if words[0].lower() in NOT_A_NAME or words[0].lower() in OFFICIAL_NOUNS or actor_at_text(st, name):
            continue
        if st.res.role_re.match(name) or any(w in p.aliases or w == p.name for p in st.persons.values() for w in (name, words[-1])):
            continue
        st.unknown_speakers.append(m.start())


def actor_at_text(st, s: str) -> str | None:
    s = s.strip()
    if s.lower().startswith("the "):
        s = s[4:]
    hit = st.res.dict.surfaces.get(s)
    return hit[0] if hit else None


def person_named(st, name: str, actor: str | None, role: str | None) -> Person:
    """The article's record of an official, created on first mention.

    A known official (kg/data/officials.json) gets the state of the office held on
    the article's date, and a stable id whatever the spelling; one of PETRARCH2's office
    holders (kg/data/petrarch_actors.json) the state they belong to.
    """
    parts = [p for p in re.split(r"[\s,]+", name) if len(p) > 2 and p[0].isupper() and not p.endswith(".")]
    for p in st.persons.values():
        if p.name == name or (parts and parts[-1] in p.aliases):
            if actor and not p.actor:
                p.actor = actor
            return p
    # (a title may be part of the name: "Pope Francis")
    official = st.res.dict.officials.get(name) or (st.res.dict.officials.get(f"{role} {name}") if role else None)
    if official is None:
        # a surname alone ("Blinken"), or with a given name the official's own names share
        # ("Joseph R. Biden, Jr.", "Kishida Fumio"); "Zhao Lin" is not Zhao Lijian
        for w in parts:
            cand = st.res.dict.officials.get(w)
            if cand is not None and (len(parts) == 1 or all(p in st.res.dict.official_words(cand) for p in parts)):
                official = cand
                break
    if official is None and role and parts:
        # "President Clinton", "Chancellor Kohl": kg's own official of that surname who held
        # that office (on the article's date, when it has one); the surname may be misspelt
        # ("President Francois Mitterand") when the given names are the official's
        named = st.res.dict.titled(role, parts[-1]) if len(parts) == 1 else []
        named = named or [o for o in st.res.dict.titled_near(role, parts[-1])
                          if all(p in st.res.dict.official_words(o) for p in parts[:-1])]
        held = named
        if st.article.date:
            held = [o for o in named if getattr(o.office_on(st.article.date), "title", None) == role]
        if len(held) == 1:
            official = held[0]
        elif len({o.office_on(None).actor for o in held or named if o.office_on(None)}) == 1 and not actor:
            # several of that name, or none in that office on the date (another of that
            # surname, or a date that is not the text's): the title still says whose
            actor = (held or named)[0].office_on(None).actor
    if official is None and role and len(parts) == 1 and not actor and re.search(r"President|Minister|Premier|Chancellor", role):
        # "President Reagan": a head of government's title and a surname that only office
        # holders of one state bear ("Prince Turki" is a given name)
        actor = st.res.dict.surname_states.get(parts[-1])
    pid = slug(name)
    if official is not None:
        pid = slug(official.name)
        office = official.office_on(st.article.date)
        if office is None and st.article.date is None:
            # an undated text (a sentence given to kg.extract): the office held now, or last
            # ("Guterres" is the UN's, "Tusk" Poland's again)
            office = official.latest_office()
        if office is not None and official.curated:
            actor = actor or office.actor
            role = role or office.title
        elif official.curated and role and not actor:
            # out of office on the article's date (or the date is wrong) but called by one
            # of their offices' titles: the text says whose ("President Mitterrand" in 2000)
            titled = {o.actor for o in official.offices if role.lower().endswith(o.title.lower())}
            if len(titled) == 1:
                actor = titled.pop()
        elif not official.curated:
            # PETRARCH's office holders: the state they belong to, in office or not (their
            # titles are sector codes, not titles the text would give)
            actor = actor or official.actor_on(st.article.date)
    person = Person(pid, name, actor, role, set(parts) - {"Jr"})
    st.persons[person.id] = person
    return person


def _named_before(st, text: str, at: int) -> str | None:
    """The actor a name is introduced as acting for: "U.N. mediator Diego Cordovez" (not the
    state of his own earlier offices), "Iranian envoy X"."""
    window = text[max(0, at - 60):at]
    hits = [h for h in st.res.dict.find(window) if h.actor]
    if hits and re.fullmatch(r"(?:['’]s)?(?:\s+[a-z][\w-]*){1,3}\s+", window[hits[-1].end:]):
        return hits[-1].actor
    return None


class _Taken:
    """Stretches of text already claimed, kept as sorted disjoint intervals so that asking
    whether a new span overlaps one costs a binary search, not a scan (an article may name
    forty thousand actors)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e)  # intervals before i start before e
        return i > 0 and self.ends[i - 1] > s

    def add(self, s: int, e: int) -> None:
        i = bisect.bisect_left(self.starts, e)
        j = i
        while j > 0 and self.ends[j - 1] > s:  # merge every interval it overlaps
            j -= 1
        if j < i:
            s, e = min(s, self.starts[j]), max(e, self.ends[i - 1])
        self.starts[j:i] = [s]
        self.ends[j:i] = [e]


#: A capitalised word that may be a state's name misspelt.
MISSPELT_CANDIDATE = re.compile(r"(?<![\w.'’-])[A-Z][a-z]{5,}(?![\w'’-])")
MISSPELT_CONTEXT_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][\w.’'-]*\s+(?:(?:of|de|del)\s+(?:the\s+)?)?$")
MISSPELT_CONTEXT_AFTER = re.compile(r"\s+[A-Z]")


def people_of_the_first(text: str, before_end: int, before_how: str, hit) -> bool:
    """Whether a demonym right after a state's name or another demonym names people of the
    first ("Kosovo Albanians", "Bosnian Serbs"); after a demonym only an ethnic people living
    elsewhere does ("Turkish Cypriots" are Cyprus's)."""
    return hit.how == DEMONYM and text[before_end:hit.start] == " " and (
        before_how == NAME or before_how == DEMONYM and text[hit.start:hit.end] in ETHNIC_DEMONYMS)


def find_mention_spans(st) -> None:
    """Every span naming an actor or an official, from the dictionaries (no parse needed)."""
    text = st.text
    spans: list[tuple[int, int, Mention]] = []
    for s, e, person in find_persons(st):
        spans.append((s, e, Mention(s, e, (person.actor,) if person.actor else (), "person", person)))
    taken = _Taken()
    for s, e, _ in spans:
        taken.add(s, e)
    for hit in st.res.dict.find(text):
        if taken.overlaps(hit.start, hit.end):
            continue
        if text[max(0, hit.start - 4):hit.start].lower() == "non-":
            continue  # "a major non-NATO ally" names no NATO
        if hit.how == DEMONYM and text[max(0, hit.start - 4):hit.start].lower() == "pan-":
            taken.add(hit.start, hit.end)
            continue  # "the Pan-American Highway", "a pan-Arab channel": a whole region, no state
        if re.match(r"-(?:made|built|designed|manufactured|produced|supplied)\b", text[hit.end:hit.end + 14]):
            taken.add(hit.start, hit.end)
            continue  # "U.S.-made missiles", "Iranian-made drones": where a weapon was made, no actor of the story
        if re.match(r"-(?:brokered|sponsored|mediated)\b", text[hit.end:hit.end + 12]):
            taken.add(hit.start, hit.end)
            continue  # "a Russian-brokered ceasefire", "a U.N.-sponsored truce": the broker is no party to it
        if hit.how == DEMONYM and re.search(r"\b(?:(?:pro|anti)-|ethnic\s+)$", text[max(0, hit.start - 8):hit.start], re.IGNORECASE):
            taken.add(hit.start, hit.end)
            continue  # "pro-Russian separatists", "anti-American protesters", "ethnic Albanian students": a people, or for or against the state, not it
        if re.search(r"\b(?:National|Federal|Supreme|Presidential)\s+$", text[max(0, hit.start - 14):hit.start]):
            taken.add(hit.start, hit.end)
            continue  # "South Korea's National Security Council" is a state's own body, not the UN's
        if hit.actor is None:
            taken.add(hit.start, hit.end)
            continue
        if spans and people_of_the_first(text, spans[-1][1], spans[-1][2].how, hit):
            taken.add(hit.start, hit.end)
            continue  # "Kosovo Albanians", "Bosnian Serb leaders": the first name stands
        spans.append((hit.start, hit.end, Mention(hit.start, hit.end, (hit.actor,), hit.how)))
        taken.add(hit.start, hit.end)
    # a state's name misspelt by one letter ("Ethopia"): capitalised words nothing else took
    for m in MISSPELT_CANDIDATE.finditer(text):
        if taken.overlaps(m.start(), m.end()) or MISSPELT_CONTEXT_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or MISSPELT_CONTEXT_AFTER.match(text, m.end()):
            continue  # ("British Columbia", "District of Columbia", "Columbia University": part of a longer name)
        actor = st.res.dict.misspelt(m.group(0))
        if actor is not None:
            spans.append((m.start(), m.end(), Mention(m.start(), m.end(), (actor,), NAME)))
            taken.add(m.start(), m.end())
    spans.sort(key=lambda t: t[0])
    # well-known officials named without a title ("Blinken said", "Sergey Lavrov")
    for s, e, official in st.res.dict.find_officials(text):
        if taken.overlaps(s, e):
            continue
        before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, s - 30):s])
        if before and not st.res.role_re.search(before.group(1)) and before.group(1) not in {"Mr", "Mrs", "Ms", "Dr"} \
                and f"{before.group(1)} {text[s:e]}" not in st.res.dict.officials:
            continue  # "Hunter Biden" is not Joe Biden
        person = person_named(st, text[s:e], _named_before(st, text, s), None)
        spans.append((s, e, Mention(s, e, (person.actor,) if person.actor else (), "person", person)))
        taken.add(s, e)
    # later bare surnames of known officials ("Lavrov", "Mr Jaishankar")
    for p in st.persons.values():
        for alias in p.aliases:
            for m in re.finditer(rf"(?<![\w]){re.escape(alias)}(?![\w])", text):
                if taken.overlaps(m.start(), m.end()):
                    continue
                spans.append((m.start(), m.end(), Mention(m.start(), m.end(), (p.actor,) if p.actor else (), "person", p)))
                taken.add(m.start(), m.end())
    spans.sort(key=lambda t: t[0])
    st.spans = spans
    st.mentions = [m for _, _, m in spans]


def masked_text(st) -> str:
    """The article with sentences that cannot hold a relation blanked out (offsets kept).

    A relation needs two actors: a sentence is parsed when its names, officials and
    words that refer back ("we", "the two sides", "the minister") add up to two.
    """
    text = st.text
    starts = [s for s, _, _ in st.spans]
    out = []
    last = 0
    for start, end in rough_sentences(text):
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        named = hi - lo
        referring = named + len(ANAPHOR_RE.findall(text, start, end)) + len(HALVES_RE.findall(text, start, end))
        if named and SIDES_RE.search(text, start, end):
            referring += 1  # "Brazil does not take sides": the sides are the story's
        if PAIR_RE.search(text, start, end):
            referring += 1  # "the two sides", "both countries", "each other" stand for two
        if ANTI_RE.search(text, start, end):
            referring += 1  # "anti-American protests": whom they are against (no mention: groups.opposed)
        if WE_RE.search(text, start, end):
            referring += 1  # "we" may be the speaker's state, or both sides of the story
        elif not named and not PAIR_RE.search(text, start, end):
            referring = 0  # pronouns alone, with nothing named, hold no relation
        if named == 1 and referring == 1 and (st.res.group_re.search(text, start, end) or _people_named(st, lo)
                                              or groups.counted_people_acted_on(text, start, end)
                                              or groups.unnamed_force_used(text, start, end)
                                              or groups.protest_named(text, start, end)
                                              or groups.restriction_named(text, start, end)):
            referring += 1  # a state and its own people: "police dispersed the protesters" (groups.py)
        if referring < 2 and end > start:
            out.append(text[last:start])
            # blank it out, ending in a line break so the next sentence starts afresh
            out.append(re.sub(r"[^\n]", " ", text[start:end - 1]) + "\n")
            last = end
    out.append(text[last:])
    masked = fold_acronyms(st, blank_datelines("".join(out)))
    # what the parser cannot take in linear time: stretches without a sentence end, over-long words
    cuts = unreadable_stretches(masked) + long_word_tails(masked)
    if cuts:
        chars = list(masked)
        for s, e in cuts:
            chars[s:e] = [c if c == "\n" else " " for c in chars[s:e]]
        masked = "".join(chars)
    return masked


#: A state named as what something is against: "anti-American", "anti-Japanese".
ANTI_RE = re.compile(r"\b[Aa]nti-[A-Z]")


def fold_acronyms(st, text: str) -> str:
    """The text for the parser with each organisation's name written in capitals folded to a
    capital and small letters, offsets kept: the tagger takes "IAEA" or "ECOWAS" opening a
    sentence for a common noun or a verb ("The IAEA called on Iran ..." parsed as "the IAEA
    [that was] called"), "Iaea" for the name it is. The article's own text stays as written
    (evidence is taken from it)."""
    chars = None
    for s, e, m in st.spans:
        word = text[s:e]
        if m.how == ORG and len(word) >= 3 and word.isalpha() and word.isupper():
            chars = chars if chars is not None else list(text)
            chars[s + 1:e] = word[1:].lower()
    return "".join(chars) if chars is not None else text


#: A dateline opening a paragraph: "BAKU/YEREVAN, April 22 - ", "Riyadh, 13 May 2025 - ",
#: "WASHINGTON (Reuters) - ": a place in capitals or a date, then a dash.
DATELINE = re.compile(
    r"(?m)^[ \t]*(?:"
    r"[A-Z]{3}[A-Z.'’/ -]{0,40}(?:\s*\([^)\n]{1,30}\))?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"|[A-Z][A-Za-z.'’/ -]{2,40},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?"
    r")[ \t]*[-–—]{1,2}[ \t]+(?=[A-Z“\"])"
)


#: A sentence opening with its source: "According to the Egyptian news agency, ...".
ACCORDING_TO = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*According to [^,.;\n]{1,80}, (?=[A-Z])")


def _people_named(st, index: int) -> bool:
    """Whether a sentence's one name is a plural demonym ("Algerians"): people who may act
    towards their own state."""
    s, e, m = st.spans[index]
    return m.how == DEMONYM and st.text[e - 1:e] == "s"


def blank_datelines(text: str) -> str:
    """The text with paragraph-opening datelines, and "According to X, " before a sentence,
    blanked (offsets kept): the parser would read "BAKU/YEREVAN, April 22 - Azerbaijan and
    Armenia accused ..." as Baku accusing, and "According to the news agency, Egypt and
    Libya agreed" as an agency named Egypt and Libya."""
    text = DATELINE.sub(lambda m: " " * len(m.group(0)), text)
    return ACCORDING_TO.sub(lambda m: " " * len(m.group(0)), text)


def map_mentions(st, doc) -> None:
    """Tie each mention to its tokens, and note the agent a mention qualifies ("Pakistani
    troops", "the Israeli army", "Iranian state media"): the mention stands for the state,
    and the agent's sector (PETRARCH2's agent dictionary) is kept on the mention."""
    agents = st.res.dict.agents
    for s, e, mention in st.spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        if mention.person is None and _names_a_venue(span):
            mention.actors = ()  # "the Beijing Agreement": where a text was made, not who acts
            continue
        for tok in span:
            if not tok.is_space:
                st.by_token[tok.i] = mention
        if mention.person is None and mention.sector is None:
            mention.sector = _agent_sector(span, agents)


def _names_a_venue(span) -> bool:
    """A place in the proper name of a text or process: "the Beijing Agreement", "the Minsk Protocol",
    also written in lower case after "the" ("under the Lusaka accord")."""
    root = span.root
    head = root.head
    if root.dep_ == "compound" and head.i > span.end - 1 and head.lemma_.lower() in SEAT_NOUNS:
        return True  # "the Vienna headquarters of the IAEA", "the alliance's Brussels headquarters": where a body sits
    return (root.dep_ == "compound" and head.i > span.end - 1 and head.lower_ in VENUE_NAMES
            and (head.text[:1].isupper() or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)))


#: Nouns of the seat of a body, which a city before them only places.
SEAT_NOUNS = frozenset({"headquarters", "headquarter", "hq", "secretariat"})


def _agent_sector(span, agents: dict[str, str]) -> str | None:
    """The sector of the agent noun phrase a mention modifies, if any."""
    head = span.root.head
    if head.i == span.root.i or span.root.dep_ not in ("amod", "compound", "poss", "nmod"):
        return None
    return groups.agent_sector(head, agents)


def find_transcript_labels(st) -> None:
    """Speaker turns of a transcript: a paragraph opening "SECRETARY BLINKEN:" or "MR PRICE:"."""
    for m in re.finditer(r"(?m)^((?:[A-Z][A-Z.’'\-]+ ){0,4}[A-Z][A-Z’'\-]{2,}):\s", st.text):
        words = m.group(1).split()
        surname = words[-1].title()
        role = " ".join(w.title() for w in words[:-1] if w.rstrip(".") not in {"MR", "MRS", "MS", "DR"}) or None
        person = next((p for p in st.persons.values() if surname in p.aliases), None)
        if person is None:
            person = person_named(st, surname, None, role)
        st.labels.append((m.start(), person))


def rough_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence spans by punctuation, good enough to decide what to parse."""
    start = 0
    for m in SENTENCE_END.finditer(text):
        word = re.search(r"(\S+)$", text[max(start, m.start() - 12):m.start()])
        if word and "\n" not in m.group(0) and (re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", word.group(1))):
            continue  # "S. Jaishankar", "U.S. officials", "Mr. Zhao", "Gen. Smith"
        yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def strip_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name)
