"""The actor dictionary: states, organisations and official titles, and finding them in text.

kg/data/actors.json and kg/data/officials.json are the curated dictionary;
kg/data/petrarch_actors.json (built from PETRARCH2's dictionaries by
scripts/build_petrarch_actors.py) adds places, organisations, officials and agent
words, never overriding a curated entry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: How a surface form names its actor.
NAME, CAPITAL, METONYM, DEMONYM, ORG, PLACE = "name", "capital", "metonym", "demonym", "org", "place"

#: Place names that contain a state's name or demonym but are not the state.
NOT_ACTORS = (
    "South China Sea", "South China Seas", "East China Sea", "East and South China Seas",
    "China Seas", "Indian Ocean", "Korean Peninsula", "Taiwan Strait", "Sea of Japan",
    "Persian Gulf", "Arabian Sea", "Gulf of Mexico", "New Mexico", "Washington State",
    "Washington, D.C.", "Indo-Pacific", "Latin America", "Latin American", "South Asia",
    "Central Asia", "East Asia", "Southeast Asia", "Middle East", "North America",
    "South America", "Indian Ocean Region", "Cold War", "Russian-speaking",
    # seas and straits named after a place or a state
    "Gulf of Aden", "Gulf of Oman", "Gulf of Guinea", "Gulf of Thailand", "Gulf of Tonkin",
    "Gulf of Aqaba", "Gulf of Suez", "Gulf of Finland", "Gulf of Riga", "Sea of Azov",
    "Bay of Bengal", "Strait of Hormuz", "Strait of Malacca", "Sea of Marmara", "Gulf of Sidra",
)


_FIRST_WORD = re.compile(r"\w+")
_WORD_START = re.compile(r"(?<![\w.])\w+")
_WORD_CHAR = re.compile(r"\w")
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")


#: PETRARCH2's sector codes of armed groups that are no state's: rebels, insurgents,
#: separatists, unidentified armed forces.
ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "UAF"})

#: British and American spellings of words in organisations' names.
SPELLINGS = (("Organisation", "Organization"), ("Defence", "Defense"), ("Programme", "Program"),
             ("Centre", "Center"), ("Labour", "Labor"))


@dataclass(frozen=True)
class Actor:
    """A state or organisation the dictionary knows."""

    id: str
    label: str
    kind: str  # "Country" | "Organisation"


def trie_pattern(words: list[str]) -> str:
    """One regular expression for many literal words, sharing their prefixes.

    Python's ``re`` tries an alternation of two thousand names one by one at every
    position; a prefix tree tries each letter once.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


@dataclass(frozen=True)
class Office:
    """One dated role of a known official."""

    actor: str
    title: str | None  # None where the source gives no title (some PETRARCH roles)
    start: str | None  # ISO date
    end: str | None  # ISO date, None while in office


@dataclass(frozen=True)
class Official:
    """A well-known official and the offices they held (kg/data/officials.json)."""

    name: str
    offices: tuple[Office, ...]
    curated: bool = True  # from kg/data/officials.json; False for PETRARCH's office holders

    def office_on(self, day: str | None) -> Office | None:
        """The office held on ``day``; without a date, the latest office if all were for one actor."""
        if day is None:
            actors = {o.actor for o in self.offices}
            return max(self.offices, key=lambda o: o.start or "") if len(actors) == 1 else None
        held = [o for o in self.offices if (o.start or "0000") <= day <= (o.end or "9999")]
        return max(held, key=lambda o: o.start or "") if held else None

    def latest_office(self) -> Office | None:
        """The office most likely meant when a text has no date: one still held (the latest
        begun of those), else the one begun last."""
        if not self.offices:
            return None
        held = [o for o in self.offices if o.end is None]
        return max(held or self.offices, key=lambda o: o.start or "")

    def actor_on(self, day: str | None) -> str | None:
        """The actor the official acts for on ``day``: that of the office held then, else, when all
        their offices were for one actor, that actor (a former or future office holder is still
        one of its people, as PETRARCH's "elite" roles say); None when that is not known."""
        office = self.office_on(day)
        if office is not None:
            return office.actor
        actors = {o.actor for o in self.offices}
        return next(iter(actors)) if len(actors) == 1 else None


@dataclass(frozen=True)
class Surface:
    """A dictionary hit in text: where it is, which actor, and how it names it."""

    start: int
    end: int
    text: str
    actor: str | None  # None for a NOT_ACTORS place
    how: str


class Dictionary:
    """Actors, their surface forms and official titles, with a fast matcher over text."""

    def __init__(self, data: dict) -> None:
        self.actors: dict[str, Actor] = {}
        self.surfaces: dict[str, tuple[str | None, str]] = {}
        self._respelt: list[tuple[str, str, str]] = []  # names in the other spelling, taken last
        self.members: dict[str, list[str]] = {}
        for c in data.get("countries", []):
            self.actors[c["id"]] = Actor(c["id"], c["label"], "Country")
            for how, key in ((NAME, "names"), (NAME, "codes"), (CAPITAL, "capitals"), (METONYM, "metonyms"), (DEMONYM, "demonyms")):
                for s in c.get(key, []):
                    self._add(s, c["id"], how)
            self._add(c["label"], c["id"], NAME)
        self.armed: set[str] = set()  # the armed groups among the organisations
        for o in data.get("organisations", []):
            self.actors[o["id"]] = Actor(o["id"], o["label"], "Organisation")
            self.members[o["id"]] = list(o.get("members", []))
            if o.get("armed"):
                self.armed.add(o["id"])
            for s in o.get("aliases", []):
                self._add(s, o["id"], ORG)
            self._add(o["label"], o["id"], ORG)
        # kg/data/petrarch_actors.json: only forms no curated entry takes
        extra = data.get("petrarch") or {}
        self.affiliation: dict[str, str] = {}  # organisation -> the state it belongs to
        for org_id, aliases in sorted(extra.get("aliases_for_existing", {}).items()):
            if org_id in self.actors:
                for s in aliases:
                    self._add(s, org_id, ORG)
        for o in extra.get("organisations", []):
            if o["id"] in self.actors:
                continue
            forms = [s for s in (o["label"], *o.get("aliases", [])) if self._free(s)]
            if not forms:
                continue
            self.actors[o["id"]] = Actor(o["id"], o["label"], "Organisation")
            self.members[o["id"]] = []
            for s in forms:
                self._add(s, o["id"], ORG)
            if o.get("country") in self.actors:
                self.affiliation[o["id"]] = o["country"]
            code = o.get("code") or ""
            if code.startswith("IMG") or code[3:6] in ARMED_SECTORS:
                self.armed.add(o["id"])  # PETRARCH2's rebels and militants ("YEMREB", "IMGMUSTAL")
        for country, names in sorted(extra.get("places", {}).items()):
            if country in self.actors and self.actors[country].kind == "Country":
                for s in names:
                    self._add(s, country, PLACE)
        self.agents: dict[str, str] = {}  # "police", "riot police", "soldiers" -> sector code ("COP", "MIL")
        for word, entry in data.get("agents", {}).items():  # the project's own first ("miners")
            self.agents[word] = entry["sector"]
            for plural in entry.get("plural", []):
                self.agents[plural] = entry["sector"]
        for word, entry in extra.get("agents", {}).items():
            self.agents.setdefault(word, entry["sector"])
        for word, entry in extra.get("agents", {}).items():
            for plural in entry.get("plural", []):
                self.agents.setdefault(plural, entry["sector"])
        for form, actor, how in self._respelt:
            self.surfaces.setdefault(form, (actor, how))
        for s in NOT_ACTORS:
            self.surfaces[s] = (None, NAME)
        self.roles: list[str] = sorted(set(data.get("roles", [])), key=len, reverse=True)
        forms = sorted(self.surfaces, key=len, reverse=True)
        self._pattern = re.compile(r"(?<![\w.])(?:" + trie_pattern(forms) + r")(?![\w]|-(?!\w))")
        self._demonym_of = {s: a for s, (a, how) in self.surfaces.items() if how == DEMONYM}
        self._near_names: dict[str, set[str]] | None = None  # (misspelt) one letter less -> states
        self._by_surname: dict[str, list[Official]] | None = None  # (titled) kg's own officials
        self._near_surnames: dict[str, set[str]] | None = None  # (titled_near) one letter less -> surnames
        self.officials: dict[str, Official] = {}  # any alias or surname -> official
        self._official_words: dict[str, set[str]] = {}
        self._official_forms: dict[int, list[str]] | None = None
        for o in data.get("officials", []):
            official = Official(
                o["name"],
                tuple(Office(r["actor"], r["title"], r.get("from"), r.get("to")) for r in o.get("roles", [])),
            )
            for form in [o["name"], *o.get("aliases", []), o.get("surname")]:
                if form:
                    self.officials.setdefault(form, official)
        # PETRARCH's officials: by full name and aliases only, never by a bare surname
        self._uncurated: set[str] = set()  # their forms: part of a longer name is not them
        for o in extra.get("officials", []):
            if o["name"] in self.officials:
                continue
            official = Official(
                o["name"],
                tuple(Office(r["actor"], r["title"], r.get("from"), r.get("to"))
                      for r in o.get("roles", []) if r["actor"] in self.actors),
                curated=False,
            )
            if not official.offices:
                continue
            for form in [o["name"], *o.get("aliases", [])]:
                if self.officials.setdefault(form, official) is official:
                    self._uncurated.add(form)
        # PETRARCH's officials by surname, for a title and a surname ("President Reagan"):
        # taken only when every official of that surname belongs to one state
        self.surname_states: dict[str, str | None] = {}
        given = {f.split()[0] for f in self.officials if len(f.split()) > 1}  # "Turki" in "Turki al-Faisal"
        for form in sorted(self.officials):  # (kg's own officials and PETRARCH's)
            official = self.officials[form]
            words = form.split()
            if len(words) < 2:
                continue
            states = {o.actor for o in official.offices}
            state = next(iter(states)) if len(states) == 1 else None
            if words[-1] in given:
                continue  # a surname that is also a given name says too little
            previous = self.surname_states.get(words[-1], state)
            self.surname_states[words[-1]] = state if previous == state else None
        # officials are found through their first word: one regular expression for tens of
        # thousands of names would take seconds to build
        self._official_index: dict[str, list[str]] = {}  # first word -> forms, longest first
        for form in sorted(self.officials, key=lambda f: (-len(f), f)):
            first = _FIRST_WORD.match(form)
            if first:
                self._official_index.setdefault(first.group(0), []).append(form)

    @staticmethod
    def _key(surface: str) -> str:
        s = surface.strip()
        return s[4:] if s.lower().startswith("the ") else s

    def _free(self, surface: str) -> bool:
        """True if no actor has the form yet."""
        return self._key(surface) not in self.surfaces

    def _add(self, surface: str, actor: str, how: str) -> None:
        s = self._key(surface)
        if len(s) < 2:
            return
        self.surfaces.setdefault(s, (actor, how))
        # "Russia’s" and "Russia's" are found through the boundary rule; curly apostrophes too.
        if "'" in s:
            self.surfaces.setdefault(s.replace("'", "’"), (actor, how))
        if how == ORG:
            # "Organisation of African Unity" as well as "Organization of ...": the body's
            # name in British spelling and in American (taken after every name as written)
            for a, b in SPELLINGS:
                for x, y in ((a, b), (b, a)):
                    if x in s:
                        self._respelt.append((s.replace(x, y), actor, how))

    def find(self, text: str) -> list[Surface]:
        """Every dictionary hit in ``text``, longest first, without overlaps."""
        hits = []
        for m in self._pattern.finditer(text):
            actor, how = self.surfaces[m.group(0)]
            hits.append(Surface(m.start(), m.end(), m.group(0), actor, how))
        return hits

    def misspelt(self, word: str) -> str | None:
        """The state a capitalised word of six letters or more names when it is one letter
        away from the state's name ("Ethopia", "Isreal", "Phillipines"), and from no other
        state's; None when the word is a known form or near none or several."""
        if len(word) < 6 or word in self.surfaces or word in self.officials:
            return None
        if self._near_names is None:
            self._near_names = {}
            for form, (actor, how) in self.surfaces.items():
                if how == NAME and actor and " " not in form and len(form) >= 6 and form[:1].isupper() \
                        and self.actors[actor].kind == "Country":
                    for variant in {form} | _deletions(form):
                        self._near_names.setdefault(variant, set()).add(actor)
        found: set[str] = set()
        for variant in {word} | _deletions(word):
            found |= self._near_names.get(variant, set())
        return next(iter(found)) if len(found) == 1 else None

    def titled(self, title: str, surname: str) -> list[Official]:
        """kg's own officials of that surname who held an office of that title ("President
        Clinton", "Chancellor Kohl"), whichever their date."""
        if self._by_surname is None:
            self._by_surname = {}
            for form, o in self.officials.items():
                if o.curated and form == o.name:
                    self._by_surname.setdefault(form.split()[-1], []).append(o)
        want = title.lower()
        return [o for o in self._by_surname.get(surname, []) if any(f.title and f.title.lower() == want for f in o.offices)]

    def titled_near(self, title: str, surname: str) -> list[Official]:
        """``titled`` for a surname of six letters or more spelt one letter away from the
        official's ("President Mitterand" for Mitterrand), when it is near one surname only."""
        if len(surname) < 6:
            return []
        if self._near_surnames is None:
            self.titled(title, surname)  # (builds the surname index)
            self._near_surnames = {}
            for s in self._by_surname:
                if len(s) >= 6:
                    for variant in {s} | _deletions(s):
                        self._near_surnames.setdefault(variant, set()).add(s)
        near = {s for variant in {surname} | _deletions(surname) for s in self._near_surnames.get(variant, ())} - {surname}
        return self.titled(title, near.pop()) if len(near) == 1 else []

    def official_words(self, official: Official) -> set[str]:
        """Every word of an official's name and aliases."""
        words = self._official_words.get(official.name)
        if words is None:
            if self._official_forms is None:  # one pass over every form, not one per official
                self._official_forms = {}
                for f, o in self.officials.items():
                    self._official_forms.setdefault(id(o), []).append(f)
            forms = self._official_forms.get(id(official), [])
            words = {w.strip(",.") for f in forms for w in f.split()}
            self._official_words[official.name] = words
        return words

    def find_officials(self, text: str) -> list[tuple[int, int, Official]]:
        """Known officials named in ``text`` by full name, alias or distinctive surname.

        At each word (not inside a word or after a dot), the longest form that starts
        there and ends at a word's end; the search goes on after it.  A PETRARCH
        official's name followed by another capitalised word is part of a longer name.
        """
        found = []
        end = 0
        for m in _WORD_START.finditer(text):
            start = m.start()
            if start < end:
                continue
            for form in self._official_index.get(m.group(0), ()):
                stop = start + len(form)
                if text.startswith(form, start) and not _WORD_CHAR.match(text, stop):
                    if form in self._uncurated and _NAME_GOES_ON.match(text, stop):
                        continue  # "Abdul Qadir Mumin" is not PETRARCH's Abdul Qadir
                    found.append((start, stop, self.officials[form]))
                    end = stop
                    break
        return found

    def actor(self, actor_id: str) -> Actor:
        return self.actors[actor_id]


def _deletions(word: str) -> set[str]:
    """The word with one letter left out, each way."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@lru_cache(maxsize=1)
def load_dictionary() -> Dictionary:
    """The dictionary shipped in the package (kg/data/actors.json, officials.json, petrarch_actors.json)."""
    folder = resources.files("kg") / "data"
    data = json.loads((folder / "actors.json").read_text(encoding="utf-8"))
    officials = folder / "officials.json"
    if officials.is_file():
        data["officials"] = json.loads(officials.read_text(encoding="utf-8")).get("officials", [])
    petrarch = folder / "petrarch_actors.json"
    if petrarch.is_file():
        data["petrarch"] = json.loads(petrarch.read_text(encoding="utf-8"))
    return Dictionary(data)
