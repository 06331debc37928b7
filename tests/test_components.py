"""The extractor as spaCy components: kg_actors and kg_events in a pipeline that is not kg's."""

from __future__ import annotations

import pytest
import spacy

import kg.extraction  # noqa: F401 - registers the components
from kg.nlp import MODEL_PACKAGES


@pytest.fixture(scope="module")
def nlp():
    """A plain English pipeline, as someone else would load it, with kg's two components added."""
    for name in MODEL_PACKAGES:
        try:
            pipeline = spacy.load(name)
            break
        except OSError:
            continue
    else:  # pragma: no cover - the model is a declared dependency
        pytest.skip("no English spaCy model installed")
    pipeline.add_pipe("kg_actors")
    pipeline.add_pipe("kg_events")
    return pipeline


def test_add_pipe_in_another_pipeline_gives_relations_and_actor_spans(nlp):
    doc = nlp("Pakistani troops shelled Afghan border posts on Monday. Kabul condemned Islamabad.")
    assert sorted((r.subject.id, r.type, r.object.id) for r in doc._.kg_relations) == [
        ("AFG", "ACCUSE", "PAK"), ("PAK", "ASSAULT", "AFG"),
    ]
    spans = [(s.text, s.label_, s._.kg_sector) for s in doc.spans["kg_actors"]]
    assert spans == [("Pakistani", "PAK", "MIL"), ("Afghan", "AFG", None), ("Kabul", "AFG", None), ("Islamabad", "PAK", None)]
    first, second = list(doc.sents)
    assert [r.type for r in first._.kg_relations] == ["ASSAULT"]
    assert [r.type for r in second._.kg_relations] == ["ACCUSE"]
    assert [t._.kg_actors for t in doc[:2]] == [("PAK",), ()]
    assert doc._.kg_failure is None
    assert doc._.kg_state is None  # the reading state is not left on the document


def test_a_document_that_fails_is_marked_and_the_pipe_goes_on(nlp, poisoned):
    bad, good = nlp.pipe(["The Ruritanian envoy said Chile and Peru signed a pact.", "Chile and Peru signed a pact."])
    assert bad._.kg_failure == (0, "RuntimeError: a rule broke on this sentence") and bad._.kg_relations == []
    assert [(r.subject.id, r.type, r.object.id) for r in good._.kg_relations] == [("CHL", "AGREE", "PER")]
