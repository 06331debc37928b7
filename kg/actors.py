"""The actor dictionary: states, organisations and official titles, and finding them in text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: How a surface form names its actor.
NAME, CAPITAL, METONYM, DEMONYM, ORG = "name", "capital", "metonym", "demonym", "org"

#: Place names that contain a state's name or demonym but are not the state.
NOT_ACTORS = (
    "South China Sea", "South China Seas", "East China Sea", "East and South China Seas",
    "China Seas", "Indian Ocean", "Korean Peninsula", "Taiwan Strait", "Sea of Japan",
    "Persian Gulf", "Arabian Sea", "Gulf of Mexico", "New Mexico", "Washington State",
    "Washington, D.C.", "Indo-Pacific", "Latin America", "Latin American", "South Asia",
    "Central Asia", "East Asia", "Southeast Asia", "Middle East", "North America",
    "South America", "Indian Ocean Region", "Cold War", "Russian-speaking",
)


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
    title: str
    start: str | None  # ISO date
    end: str | None  # ISO date, None while in office


@dataclass(frozen=True)
class Official:
    """A well-known official and the offices they held (kg/data/officials.json)."""

    name: str
    offices: tuple[Office, ...]

    def office_on(self, day: str | None) -> Office | None:
        """The office held on ``day``; without a date, the latest office if all were for one actor."""
        if day is None:
            actors = {o.actor for o in self.offices}
            return max(self.offices, key=lambda o: o.start or "") if len(actors) == 1 else None
        held = [o for o in self.offices if (o.start or "0000") <= day <= (o.end or "9999")]
        return max(held, key=lambda o: o.start or "") if held else None


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
        self.members: dict[str, list[str]] = {}
        for c in data.get("countries", []):
            self.actors[c["id"]] = Actor(c["id"], c["label"], "Country")
            for how, key in ((NAME, "names"), (NAME, "codes"), (CAPITAL, "capitals"), (METONYM, "metonyms"), (DEMONYM, "demonyms")):
                for s in c.get(key, []):
                    self._add(s, c["id"], how)
            self._add(c["label"], c["id"], NAME)
        for o in data.get("organisations", []):
            self.actors[o["id"]] = Actor(o["id"], o["label"], "Organisation")
            self.members[o["id"]] = list(o.get("members", []))
            for s in o.get("aliases", []):
                self._add(s, o["id"], ORG)
            self._add(o["label"], o["id"], ORG)
        for s in NOT_ACTORS:
            self.surfaces[s] = (None, NAME)
        self.roles: list[str] = sorted(set(data.get("roles", [])), key=len, reverse=True)
        forms = sorted(self.surfaces, key=len, reverse=True)
        self._pattern = re.compile(r"(?<![\w.])(?:" + trie_pattern(forms) + r")(?![\w]|-(?!\w))")
        self._demonym_of = {s: a for s, (a, how) in self.surfaces.items() if how == DEMONYM}
        self.officials: dict[str, Official] = {}  # any alias or surname -> official
        self._official_words: dict[str, set[str]] = {}
        for o in data.get("officials", []):
            official = Official(
                o["name"],
                tuple(Office(r["actor"], r["title"], r.get("from"), r.get("to")) for r in o.get("roles", [])),
            )
            for form in [o["name"], *o.get("aliases", []), o.get("surname")]:
                if form:
                    self.officials.setdefault(form, official)
        names = sorted(self.officials, key=len, reverse=True)
        self._official_pattern = (
            re.compile(r"(?<![\w.])(?:" + trie_pattern(names) + r")(?![\w])") if names else None
        )

    def _add(self, surface: str, actor: str, how: str) -> None:
        s = surface.strip()
        if s.lower().startswith("the "):
            s = s[4:]
        if len(s) < 2:
            return
        self.surfaces.setdefault(s, (actor, how))
        # "Russia’s" and "Russia's" are found through the boundary rule; curly apostrophes too.
        if "'" in s:
            self.surfaces.setdefault(s.replace("'", "’"), (actor, how))

    def find(self, text: str) -> list[Surface]:
        """Every dictionary hit in ``text``, longest first, without overlaps."""
        hits = []
        for m in self._pattern.finditer(text):
            actor, how = self.surfaces[m.group(0)]
            hits.append(Surface(m.start(), m.end(), m.group(0), actor, how))
        return hits

    def official_words(self, official: Official) -> set[str]:
        """Every word of an official's name and aliases."""
        words = self._official_words.get(official.name)
        if words is None:
            forms = [f for f, o in self.officials.items() if o is official]
            words = {w.strip(",.") for f in forms for w in f.split()}
            self._official_words[official.name] = words
        return words

    def find_officials(self, text: str) -> list[tuple[int, int, Official]]:
        """Known officials named in ``text`` by full name, alias or distinctive surname."""
        if self._official_pattern is None:
            return []
        return [(m.start(), m.end(), self.officials[m.group(0)]) for m in self._official_pattern.finditer(text)]

    def actor(self, actor_id: str) -> Actor:
        return self.actors[actor_id]


@lru_cache(maxsize=1)
def load_dictionary() -> Dictionary:
    """The dictionary shipped in the package (kg/data/actors.json)."""
    folder = resources.files("kg") / "data"
    data = json.loads((folder / "actors.json").read_text(encoding="utf-8"))
    officials = folder / "officials.json"
    if officials.is_file():
        data["officials"] = json.loads(officials.read_text(encoding="utf-8")).get("officials", [])
    return Dictionary(data)
