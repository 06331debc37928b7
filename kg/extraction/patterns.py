"""PETRARCH2's verb patterns matched on spaCy's parse: a verb's type refined by its object and prepositions.

A pattern (``scripts/build_lexicon.py`` says how they are compiled) names phrases the
verb's subject, object or prepositional phrases must hold: "ask for humanitarian aid"
is REQUEST (mode assist, context humanitarian) by the pattern ``* (FOR {HUMANITARIAN
AID})`` of the ASK block. A phrase matches a part of the parse when its last word is
that part's head word (its text or lemma, or a member of a named word set such as
``&food``) and its other words are somewhere in that part. Among the patterns that
match, the one that asks most wins; with none, the verb's own code decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import PETRARCH_GENERIC_CODES, PETRARCH_PATTERNS, PETRARCH_SYNSETS, PETRARCH_VERBS


@dataclass(frozen=True)
class VerbReading:
    """What the dictionary makes of one verb in its sentence."""

    type: str | None
    code: str | None
    mode: str | None
    context: str | None
    key: str  # the dictionary entry: "ask", "ask for"
    pattern: bool  # whether a pattern (not the verb alone) decided
    object_token: int | None = None  # the object noun the pattern read ("halted aid": aid)


@lru_cache(maxsize=1)
def _entries_by_verb() -> dict[str, list[tuple[str, dict]]]:
    out: dict[str, list[tuple[str, dict]]] = {}
    for key, entry in PETRARCH_VERBS.items():
        out.setdefault(entry["verb"], []).append((key, entry))
    for entries in out.values():
        entries.sort(key=lambda ke: -(len(ke[1]["before"]) + len(ke[1]["after"])))
    return out


@lru_cache(maxsize=None)
def _synset_heads(name: str) -> frozenset[str]:
    """The one-word members of a named set ("&food": food, nutrient, ...); a member of more
    words ("armed forces") matches only with its other words there, so its last word alone
    ("forces", as in "use force") is no member."""
    return frozenset(p[0] for p in PETRARCH_SYNSETS.get(name, []) if len(p) == 1)


@lru_cache(maxsize=None)
def _synset_words(name: str) -> frozenset[str]:
    return frozenset(w for p in PETRARCH_SYNSETS.get(name, []) for w in p)


def _word_matches(word: str, forms: set[str]) -> bool:
    if word.startswith("&"):
        return bool(_synset_words(word[1:]) & forms)
    return word in forms


def _word_forms(tok) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


class _Part:
    """A part of the parse a pattern phrase may match: its head and the words under it."""

    __slots__ = ("head", "words", "i")

    def __init__(self, head) -> None:
        self.i = head.i
        self.head = _word_forms(head)
        self.words = {f for t in head.subtree for f in _word_forms(t)}

    def matches(self, phrase: list[str]) -> bool:
        *rest, last = phrase
        if last.startswith("&"):
            if len(phrase) == 1:
                heads = _synset_heads(last[1:])
                return bool(heads & self.head) or any(
                    p[-1] in self.head and all(w in self.words for w in p[:-1])
                    for p in PETRARCH_SYNSETS.get(last[1:], []) if len(p) > 1
                )
            if not _word_matches(last, self.head):
                return False
        elif last not in self.head:
            return False
        return all(_word_matches(w, self.words) for w in rest)


def _first(parts: list[_Part], phrases: list[list[str]]) -> _Part | None:
    """The first part that one of the phrases matches."""
    for part in parts:
        if any(part.matches(p) for p in phrases):
            return part
    return None


def _entry_for(tok) -> tuple[str, dict, object | None] | None:
    """The dictionary entry of a verb token, a phrasal one first ("ask for", "call off"),
    with the preposition a phrasal verb ends in (its object is that preposition's object)."""
    entries = _entries_by_verb().get(tok.lemma_.lower())
    if not entries:
        return None
    children = list(tok.children)
    for key, entry in entries:
        if entry["after"]:
            word = entry["after"][0]
            particle = next((c for c in children if c.dep_ in ("prt", "prep", "advmod", "dative") and c.lower_ == word), None)
            if particle is None:
                continue
        else:
            particle = None
        before = entry["before"]
        if before:
            doc = tok.doc
            start = tok.i - len(before)
            if start < 0 or [t.lower_ for t in doc[start:tok.i]] != before:
                continue
        return key, entry, particle
    return None


def read_verb(tok) -> VerbReading | None:
    """The dictionary's reading of ``tok`` as a verb, refined by its patterns; None when the
    dictionary does not know the verb."""
    found = _entry_for(tok)
    if found is None:
        return None
    key, entry, particle = found
    children = list(tok.children)
    objects = [_Part(c) for c in children if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "dative")]
    preps: dict[str, list[_Part]] = {}
    for c in children + [g for c in children if c.dep_ in ("dobj", "nsubjpass") for g in c.children]:
        if c.dep_ in ("prep", "agent") and c is not particle:
            preps.setdefault(c.lower_, []).extend(_Part(g) for g in c.children if g.dep_ in ("pobj", "pcomp"))
    if particle is not None:
        objects += [_Part(g) for g in particle.children if g.dep_ in ("pobj", "pcomp")]
    subjects = [_Part(c) for c in children if c.dep_ in ("nsubj", "csubj")]
    best, best_score, best_object = None, 0, None
    for pattern in PETRARCH_PATTERNS[entry["block"]]:
        if not pattern["object"] and all(not alts for _, alts in pattern["preps"]):
            continue  # a subject or a bare preposition alone ("&MILITARY *", "* (WITH)") says too little
        score, obj = 0, None
        if pattern["subject"]:
            if _first(subjects, pattern["subject"]) is None:
                continue
            score += 1
        if pattern["object"]:
            obj = _first(objects, pattern["object"])
            if obj is None:
                continue
            score += 2
        ok = True
        for prep, alts in pattern["preps"]:
            parts = preps.get(prep)
            if parts is None or (alts and _first(parts, alts) is None):
                ok = False
                break
            score += 2 if alts else 1
        if ok and score > best_score:
            best, best_score, best_object = pattern, score, obj
    if best is not None:
        return VerbReading(best["type"], best["code"], best["mode"], best["context"], key, True,
                           best_object.i if best_object is not None else None)
    if entry["code"] in PETRARCH_GENERIC_CODES:
        return VerbReading(None, entry["code"], None, None, key, False)
    return VerbReading(entry["type"], entry["code"], entry["mode"], entry["context"], key, False)
