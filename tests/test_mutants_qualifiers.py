"""The qualifier stage (kg/extraction/qualifiers.py) sentence by sentence: negation, modality,
conditions, demands, quotes and who said them. Written to kill the mutants that
bench/mutation.py found alive. Each expected value is what the sentence says, read by a
person; the parse is spaCy's own (the pinned English model), no stand-in."""

from __future__ import annotations

import pytest

from kg.extraction import Relation, qualifiers as Q
from kg.ingest import Article
from kg.nlp import load_pipeline


def tok(text: str, word: str):
    """The first token ``word`` of ``text`` as the pipeline parses it."""
    return next(t for t in load_pipeline()(text) if t.text == word)


@pytest.mark.parametrize("text, word, expected", [
    ("France did not sanction Russia.", "sanction", True),
    ("France sanctioned Russia.", "sanctioned", False),
    ("France never sanctioned Russia.", "sanctioned", True),
    ("Neither France nor Germany sanctioned Russia.", "sanctioned", True),
    ("No state has recognised Kosovo.", "recognised", True),
    ("Germany has given no aid to Syria.", "given", True),
    ("Russia denied that it attacked Ukraine.", "attacked", True),
    ("Russia denied the report.", "denied", False),  # the denial itself is asserted
    ("Reports that France sanctioned Russia were false.", "sanctioned", True),
    ("Reports that France sanctioned Russia were confirmed.", "sanctioned", False),
    ("France and Germany are partners, not rivals.", "partners", False),
    ("Germany has not said whether it will sanction Iran.", "sanction", True),
    ("Germany said that it will sanction Iran.", "sanction", False),
    ("France refused to sanction Russia.", "sanction", True),
    ("France refused to sanction Russia and Iran.", "refused", False),
    ("The government denied reports that it had attacked Ukraine.", "attacked", True),
    ("France has no plans to sanction Russia.", "sanction", True),
    ("Zhao said sanctions had failed and urged Washington to talk to Beijing.", "urged", False),
])
def test_negated(text, word, expected):
    assert Q.negated(None, tok(text, word)) is expected


@pytest.mark.parametrize("text, word, expected", [
    ("France will sanction Russia.", "sanction", "future"),
    ("France may sanction Russia.", "sanction", "hypothetical"),
    ("France might sign an agreement with Spain.", "sign", "hypothetical"),
    ("France would sanction Russia.", "sanction", "hypothetical"),
    ("Spain would like to attack France.", "attack", "hypothetical"),
    ("Canberra said it would send troops to Fiji.", "send", "future"),  # would: the future seen from then
    ("France plans to sanction Russia.", "sanction", "future"),
    ("Germany said that it will sanction Iran.", "sanction", "future"),
    ("France sanctioned Russia.", "sanctioned", None),
    ("France said it sanctioned Russia.", "sanctioned", None),
    ("Russia would attack Ukraine if Kyiv joined NATO.", "attack", "hypothetical"),
    ("Sudan will return the helicopter.", "return", "future"),
    ("Sudan must return the helicopter.", "return", None),
    ("France shall sanction Russia.", "sanction", "future"),
    ("They'll sanction Russia, France said.", "sanction", "future"),
    ("Japan is considering sending aid to Nepal.", "sending", "hypothetical"),
    ("France will say that it sanctioned Russia.", "sanctioned", None),  # reported as done
    ("Iran vowed it would attack Israel.", "attack", "future"),
    ("France promised it would send aid to Mali.", "send", "future"),
    ("Japan pledged that it would send aid to Nepal.", "send", "future"),
])
def test_modality(text, word, expected):
    assert Q.modality(None, tok(text, word)) == expected


@pytest.mark.parametrize("text, word, clause, mark", [
    ("Russia would attack Ukraine if Kyiv joined NATO.", "attack", "joined", "if"),
    ("Russia would attack Ukraine unless Kyiv withdrew.", "attack", "withdrew", "unless"),
    ("Russia threatened to stop the talks if Kyiv refused.", "threatened", "refused", "if"),
    ("France sanctioned Russia.", "sanctioned", None, ""),
    ("Russia attacked Ukraine because Kyiv joined NATO.", "attacked", None, ""),
])
def test_condition_and_its_mark(text, word, clause, mark):
    t = tok(text, word)
    found = Q.condition(None, t)
    assert (found.text if found is not None else None) == clause
    assert Q.condition_mark(found if found is not None else t) == mark


@pytest.mark.parametrize("text, word, expected", [
    ("Sudan must return the helicopter.", "return", True),
    ("Sudan should return the helicopter.", "return", True),
    ("Sudan will return the helicopter.", "return", False),
    ("Sudan returned the helicopter.", "returned", False),
    ("Sudan must return the helicopter.", "helicopter", False),
])
def test_demanded(text, word, expected):
    assert Q.demanded(tok(text, word)) is expected


def test_a_whether_clause_asserts_nothing():
    assert Q.in_whether_clause(None, tok("Germany has not said whether it will sanction Iran.", "sanction")) is True
    assert Q.in_whether_clause(None, tok("Germany said that it will sanction Iran.", "sanction")) is False
    assert Q.in_whether_clause(None, tok("France will sanction Iran if it tests a missile.", "sanction")) is False


LAVROV = "Russian Foreign Minister Sergei Lavrov met Indian officials in Delhi. "
SWARAJ = "Indian Foreign Minister Sushma Swaraj met Russian officials in Delhi. "


def _aid(extractor, text: str):
    ex = extractor.extract(Article(id="t", name="s", text=text))
    return [r for r in ex.relations if r.type == "AID"]


@pytest.mark.parametrize("text, speaker", [
    # a quote of two sentences: the first one names no reporting verb of its own, so its
    # speaker comes from the words around the quote alone
    (LAVROV + '"Russia will send aid to Syria. It is our duty," the minister said.', "Sergei Lavrov"),
    (LAVROV + '"Russia will send aid to Syria. It is our duty," he said.', "Sergei Lavrov"),
    (SWARAJ + '"India will send aid to Nepal. It is our duty," she said.', "Sushma Swaraj"),
    (LAVROV + '"Russia will send aid to Syria. It is our duty," Sergei Lavrov said.', "Sergei Lavrov"),
    (LAVROV + '"Russia will send aid to Syria. It is our duty," said Lavrov.', "Sergei Lavrov"),
    (LAVROV + '"Russia will send aid to Syria. It is our duty," said Minister Lavrov.', "Sergei Lavrov"),
    (LAVROV + '"Russia will send aid to Syria. It is our duty," said the diplomat.', "Sergei Lavrov"),
    (LAVROV + '"Russia will send aid to Syria. It is our duty," said Vladimir Putin.', "Vladimir Putin"),
    (LAVROV + 'He added, "Russia will send aid to Syria. It is our duty."', "Sergei Lavrov"),
    (LAVROV + 'The minister told reporters: "Russia will send aid to Syria. It is our duty."', "Sergei Lavrov"),
    (LAVROV + "The minister said Russia would send aid to Syria.", "Sergei Lavrov"),
    (LAVROV + "He said Russia would send aid to Syria.", "Sergei Lavrov"),
    ('"We will send aid to Nepal," said Lavrov.', "Lavrov"),
])
def test_the_speaker_of_a_quote_or_a_report(extractor, text, speaker):
    aid = _aid(extractor, text)
    assert len(aid) == 1 and aid[0].modality == "future" and not aid[0].negated
    assert aid[0].speaker is not None and aid[0].speaker.name == speaker


def _relations(extractor, text: str) -> set[tuple]:
    def key(r):
        return (r.subject.id, r.type, key(r.object) if isinstance(r.object, Relation) else r.object.id)

    return {key(r) for r in extractor.extract(Article(id="t", name="s", text=text)).asserted}


@pytest.mark.parametrize("text", [
    "France said that Germany attacked Spain.",
    "France claimed that Germany attacked Spain.",
    "France warned that Germany had attacked Spain.",
    "Germany attacked Spain, France said.",  # the report after the fact (parataxis)
])
def test_a_reported_attack_is_the_reporters_accusation(extractor, text):
    assert ("FRA", "ACCUSE", ("DEU", "ASSAULT", "ESP")) in _relations(extractor, text)
    assert ("DEU", "ASSAULT", "ESP") not in _relations(extractor, text)


@pytest.mark.parametrize("text, mode, context", [
    ("China signed a trade agreement with Brazil.", "economic", None),
    ("Japan sent humanitarian aid to Nepal.", "humanitarian", None),
    ("Russia and China held military exercises.", "military", None),
    ("Russia and China held joint drills.", "military", None),  # "drills": the word's lemma
    ("China signed an agreement with Brazil.", None, None),
    ("Russia and China signed an agreement on energy.", "economic", "energy"),
    ("Russia and China signed an agreement on counter-terrorism.", None, "counterterrorism"),
    ("Russia and China signed a security agreement on the border.", "security", "territory"),
    ("France and Germany are partners in energy.", None, None),  # a standing tie has no context
    ("France and Germany are allies on energy.", "economic", None),
    ("Russia mobilized troops and military equipment on the border with Ukraine.", "military", "territory"),
    ("Russia attacked Ukraine with army units.", "military", None),
    ("France and Germany are military allies.", "military", None),
    ("The United States imposed economic sanctions on Iran.", "economic", None),
    ("France voiced diplomatic support for Ukraine.", "diplomatic", None),
    ("Russia withdrew its army from Georgia.", "military", None),
    ("Russia accused Ukraine of economic sabotage.", None, None),  # an accusation has no mode
    ("Russia and China held talks on energy.", None, None),  # nor a meeting a context
])
def test_the_mode_and_context_of_an_act(extractor, text, mode, context):
    rels = extractor.extract(Article(id="t", name="s", text=text)).asserted
    assert len(rels) == 1 and rels[0].mode == mode and rels[0].context == context


@pytest.mark.parametrize("who, speaker", [
    ("Lavrov", "Sergei Lavrov"),
    ("She", "Sergei Lavrov"),
    ("The ministers", None),  # several people: no one speaker
    ("The Kremlin", None),
    ("Reporters", None),
])
def test_the_subject_of_a_reporting_verb_as_speaker(extractor, who, speaker):
    aid = _aid(extractor, LAVROV + f"{who} said Russia would send aid to Syria.")
    assert len(aid) == 1
    assert (aid[0].speaker.name if aid[0].speaker else None) == speaker
