"""Every trigger verb, noun and phrasal verb of the curated lexicon (kg/data/curated/lexicon.toml) read in a
sentence made for it. The sentence frame is chosen by hand for the verb's grammar, and
the expected edge is written from the lexicon's type, not from what the extractor says:
France does the verb's type to Germany (or, for a wrong that is reported, Germany, which
reports it, accuses France)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kg.extraction import Relation
from kg.ingest import Article

LEXICON = tomllib.loads((Path(__file__).resolve().parent.parent / "kg" / "data" / "curated" / "lexicon.toml")
                        .read_text(encoding="utf-8"))
#: relations.md: the types whose direction a sentence leaves open.
EITHER_WAY = {"PARTNER", "ALLY", "RIVAL", "AGREE", "COOPERATE", "CONSULT"}

IRREGULAR = {"meet": "met", "give": "gave", "send": "sent", "lend": "lent", "sell": "sold", "strike": "struck",
             "shoot": "shot", "hit": "hit", "seek": "sought", "freeze": "froze", "ban": "banned", "ship": "shipped",
             "jam": "jammed", "ram": "rammed", "unfreeze": "unfroze"}
#: Verbs that take their other side after a preposition, or need a frame of their own.
WITH = {"co-operate", "collaborate", "cooperate", "coordinate", "confer", "agree", "compromise", "clash", "consult",
        "meet", "negotiate", "settle"}
TO = {"object", "appeal", "yield", "concede", "apologise", "apologize", "relent", "soften"}
FROM = {"retreat", "withdraw", "demobilise", "demobilize"}
REPORTED = {"breach", "destabilise", "destabilize", "flout", "undermine", "violate", "provoke"}  # wrongs someone reports
PEOPLE = {"demonstrate", "protest", "rally", "riot", "picket", "storm"}  # what people at large do

#: Verbs the extractor does not read in their frame yet, with the reason (a gap that starts
#: passing fails the run, so the list stays true).
KNOWN_GAPS: dict[str, str] = {}


def _past(verb: str) -> str:
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _case(rtype: str, verb: str) -> tuple[str, tuple[str, str, str]]:
    did = _past(verb)
    if verb in REPORTED:
        return f"Germany said France {did} its sovereignty.", ("DEU", "ACCUSE", "FRA")
    if verb in PEOPLE:
        return f"French students {did} against Germany.", ("FRA", rtype, "DEU")
    if verb in WITH:
        return f"France {did} with Germany.", ("FRA", rtype, "DEU")
    if verb in TO:
        return f"France {did} to Germany.", ("FRA", rtype, "DEU")
    if verb in FROM:
        return f"France {did} its troops from Germany.", ("FRA", rtype, "DEU")
    return f"France {did} Germany.", ("FRA", rtype, "DEU")


CASES = [(rtype, verb) for rtype, verbs in LEXICON["verbs"].items() for verb in verbs if "_" not in verb]


def _key(s: str, t: str, o) -> tuple:
    return (frozenset((s, o)), t) if t in EITHER_WAY else (s, t, o)


def _params(cases: list[tuple[str, str]], gaps: dict[str, str]) -> list:
    """Each (type, word) as a test case; a known gap is expected to fail, strictly."""
    return [pytest.param(t, w, id=f"{t}-{w}", marks=pytest.mark.xfail(reason=gaps[w], strict=True) if w in gaps else ())
            for t, w in cases]


def _check(extractor, text: str, expected: tuple[str, str, str]) -> None:
    ex = extractor.extract(Article(id="t", name="t.txt", text=text))
    got = {_key(r.subject.id, r.type, r.object.id) for r in ex.asserted if not isinstance(r.object, Relation)}
    assert _key(*expected) in got, (text, got)


@pytest.mark.parametrize("rtype, verb", _params(CASES, KNOWN_GAPS))
def test_every_trigger_verb_of_the_lexicon_reads_in_its_frame(extractor, rtype, verb):
    _check(extractor, *_case(rtype, verb))


def test_the_lexicon_has_the_verbs_this_file_frames():
    framed = WITH | TO | FROM | REPORTED | PEOPLE | set(KNOWN_GAPS)
    assert framed <= {v for _, v in CASES} and len(CASES) > 150


# ---------------------------------------------------------------- nouns

#: What a noun of each event type does to the other side in "France's NOUN PREP Germany".
NOUN_PREP = {"ASSAULT": "on", "COERCE": "of", "SANCTION": "on", "AID": "to", "AGREE": "with", "CONSULT": "with",
             "COOPERATE": "with", "REQUEST": "to", "ACCUSE": "against", "REJECT": "of", "THREATEN": "against",
             "PROTEST": "against", "MOBILIZE": "near", "RETREAT": "from", "SUPPORT": "for", "CONCEDE": "to"}
#: Nouns for a side in a standing relation: "France and Germany are rivals".
SIDE_NOUNS = {"friend", "partner", "ally", "adversary", "arch-enemy", "arch-rival", "archenemy", "archrival", "competitor",
              "enemy", "foe", "nemesis", "rival"}
NOUN_GAPS: dict[str, str] = {}


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x")):
        return noun + "es"
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def _noun_case(rtype: str, noun: str) -> tuple[str, tuple[str, str, str]]:
    if noun in SIDE_NOUNS:
        return f"France and Germany are {_plural(noun)}.", ("FRA", rtype, "DEU")
    if rtype == "NEUTRAL":
        return f"France declared its {noun} in the dispute between Germany and Spain.", ("FRA", rtype, "DEU")
    if rtype in ("PARTNER", "ALLY", "RIVAL"):
        return f"The {noun} between France and Germany has deepened.", ("FRA", rtype, "DEU")
    if rtype == "MEMBER_OF":
        return f"France's {noun} of NATO was discussed.", ("FRA", rtype, "NATO")
    if noun == "call":
        return "France held a phone call with Germany.", ("FRA", rtype, "DEU")
    if noun == "mediation":
        return "Germany and Spain resumed talks through the mediation of France.", ("FRA", rtype, "DEU")
    prep = "of" if noun == "recognition" else NOUN_PREP[rtype]  # (a state recognised, not recognition "for")
    return f"France's {noun} {prep} Germany was reported on Monday.", ("FRA", rtype, "DEU")


NOUN_CASES = [(rtype, noun) for rtype, nouns in LEXICON["nouns"].items() for noun in nouns]


@pytest.mark.parametrize("rtype, noun", _params(NOUN_CASES, NOUN_GAPS))
def test_every_trigger_noun_of_the_lexicon_reads_in_its_frame(extractor, rtype, noun):
    _check(extractor, *_noun_case(rtype, noun))


# ---------------------------------------------------------------- phrasal verbs

#: A sentence for each phrasal verb of the lexicon, written for it: France does the phrase's
#: type to Germany (French and German troops, a French president, a German embassy).
PHRASES: dict[str, str] = {
 "pull back": "France pulled back its troops from Germany.",
 "pull out": "France pulled out of Germany.",
 "draw down": "France drew down its forces in Germany.",
 "back down": "France backed down in its dispute with Germany.",
 "walk out": "The French delegation walked out of its talks with Germany.",
 "turn down": "France turned down Germany's offer.",
 "rule out": "France ruled out talks with Germany.",
 "march on": "French farmers marched on the German embassy.",
 "speak with": "The French president spoke with the German chancellor about the budget.",
 "push out": "French troops pushed out German soldiers from the village.",
 "drive out": "French forces drove out the German garrison.",
 "talk with": "France talked with Germany on Monday.",
 "press ahead": "France pressed ahead with its plan to extend its embassy in Germany.",
 "press on": "France pressed on with its census of the German speakers of Alsace.",
 "press forward": "France pressed forward with its reform of the German-language schools in Alsace.",
 "push ahead": "France pushed ahead with its plan to extend its embassy in Germany.",
 "push on": "France pushed on with its census of the German speakers of Alsace.",
 "push forward": "France pushed forward with its reform of the German-language schools in Alsace.",
 "call on": "France called on Germany to act.",
 "call upon": "France called upon Germany to act.",
 "call for": "France called for Germany to act.",
 "work together": "France and Germany worked together.",
 "team up": "France teamed up with Germany.",
 "join hands": "France joined hands with Germany.",
 "join forces": "France joined forces with Germany.",
 "cut ties": "France cut ties with Germany.",
 "break off": "France broke off relations with Germany.",
 "crack down": "France cracked down on German smugglers.",
 "round up": "French police rounded up German smugglers.",
 "slam into": "French shells slammed into a German border post.",
 "walk away": "France walked away from its talks with Germany.",
 "break up": "French police broke up a rally of German farmers.",
 "stand with": "France stands with Germany.",
 "stand by": "France stood by Germany.",
 "open fire": "French troops opened fire on German troops.",
 "fire on": "French troops fired on German troops.",
 "fire at": "French troops fired at German troops.",
 "lash out": "France lashed out at Germany.",
 "hand over": "France handed over German prisoners to Germany.",
 "give in": "France gave in to Germany.",
 "bow to": "France bowed to German pressure.",
 "cave in": "France caved in to Germany.",
 "give way": "France gave way to Germany.",
 "break into": "French agents broke into the German embassy.",
 "travel to": "The French president travelled to Germany.",
 "fly to": "The French president flew to Germany.",
 "arrive in": "The French president arrived in Berlin.",
 "exchange fire": "French and German troops exchanged fire.",
 "trade fire": "French and German troops traded fire.",
}


def test_every_phrasal_verb_of_the_lexicon_has_its_sentence():
    assert set(PHRASES) == set(LEXICON["phrasal"])


@pytest.mark.parametrize("phrase", sorted(p for p in PHRASES if LEXICON["phrasal"][p] != "NONE"))
def test_every_phrasal_verb_of_the_lexicon_reads_in_its_sentence(extractor, phrase):
    _check(extractor, PHRASES[phrase], ("FRA", LEXICON["phrasal"][phrase], "DEU"))


@pytest.mark.parametrize("phrase", sorted(p for p in PHRASES if LEXICON["phrasal"][p] == "NONE"))
def test_a_phrasal_verb_marked_none_makes_no_relation(extractor, phrase):
    # "pressed ahead with its plan": France goes on with its own plan and asks Germany nothing
    ex = extractor.extract(Article(id="t", name="t.txt", text=PHRASES[phrase]))
    assert [(r.subject.id, r.type, getattr(r.object, "id", None)) for r in ex.relations] == []
