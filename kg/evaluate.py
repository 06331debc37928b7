"""Scoring extractions against gold files: matching keys, precision, recall and F1."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .extract import Extraction, Relation
from .ontology import UNORDERED_TYPES


def gold_key(item: dict) -> tuple:
    """The comparable key of a gold relation: unordered types sorted, nested objects whole."""
    obj = item["object"]
    obj_key = gold_key(obj) if isinstance(obj, dict) else obj
    return _normalise(item["subject"], item["type"], obj_key)


def relation_key(r: Relation) -> tuple:
    """The comparable key of an extracted relation."""
    obj = r.object
    obj_key = relation_key(obj) if isinstance(obj, Relation) else obj.id
    return _normalise(r.subject.id, r.type, obj_key)


def _normalise(subject: str, rtype: str, obj) -> tuple:
    if rtype in UNORDERED_TYPES and isinstance(obj, str):
        a, b = sorted([subject, obj])
        return (a, rtype, b)
    return (subject, rtype, obj)


@dataclass
class Score:
    """Counts for one article (or a whole corpus, summed)."""

    true_positives: set = field(default_factory=set)
    false_positives: set = field(default_factory=set)
    false_negatives: set = field(default_factory=set)
    negatives_emitted: set = field(default_factory=set)

    @property
    def precision(self) -> float:
        n = len(self.true_positives) + len(self.false_positives)
        return len(self.true_positives) / n if n else 1.0

    @property
    def recall(self) -> float:
        n = len(self.true_positives) + len(self.false_negatives)
        return len(self.true_positives) / n if n else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: str | Path) -> dict:
    """One gold file (relations.md's format)."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable gold file ({exc})") from None


def score_article(extraction: Extraction, gold: dict) -> Score:
    """Compare the asserted relations of one article with its gold file, as sets of keys."""
    predicted = {relation_key(r) for r in extraction.asserted}
    expected = {gold_key(g) for g in gold.get("relations", [])}
    negatives = {gold_key(g) for g in gold.get("negatives", [])}
    return Score(
        true_positives=predicted & expected,
        false_positives=predicted - expected,
        false_negatives=expected - predicted,
        negatives_emitted=predicted & negatives,
    )


