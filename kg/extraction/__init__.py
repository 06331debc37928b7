"""Extraction: actors, officials and typed relations from an article's sentences.

A package of stages, one module each, run by two spaCy components (``components``):

- ``mentions``: the states, organisations and officials the text names (the actor
  dictionary, ``kg/data/actors.json``), found before any parse;
- ``triggers``: the words that set off a relation type, from the compiled lexicon
  (``kg/data/lexicon.json``) and its refinements by a verb's object and preposition;
- ``roles`` and ``standing``: source and target read from the dependency parse;
- ``qualifiers``: negation, modality, attribution and the speaker;
- ``discourse``: "it", "the country", "both sides", "its arch-rival", surnames;
- ``reader``: the sentence loop that runs them over one article;
- ``extractor``: many articles at once, in batches and worker processes.
"""

from __future__ import annotations

from . import components  # noqa: F401 - registers kg_actors and kg_events with spaCy
from .extractor import Extractor, extract_articles
from .model import ActorRef, Extraction, Failure, Mention, Person, Relation

__all__ = ["ActorRef", "Extraction", "Extractor", "Failure", "Mention", "Person", "Relation", "extract_articles"]
