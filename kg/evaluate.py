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




def pair_key(key: tuple) -> tuple:
    """A key with its type dropped and its ends unordered: who relates to whom."""
    subject, _, obj = key
    if isinstance(obj, tuple):
        obj = pair_key(obj)
        return (subject, obj)
    return tuple(sorted([subject, obj]))


@dataclass
class Report:
    """Micro scores over a corpus, pair-only scores, recall per type, negatives emitted."""

    articles: int
    typed: Score
    pairs: Score
    per_type: dict[str, tuple[int, int]]  # type -> (found, in gold)
    missing_articles: list[str]

    def as_dict(self) -> dict:
        def s(score: Score) -> dict:
            return {
                "precision": round(score.precision, 4),
                "recall": round(score.recall, 4),
                "f1": round(score.f1, 4),
                "true_positives": len(score.true_positives),
                "false_positives": len(score.false_positives),
                "false_negatives": len(score.false_negatives),
            }

        return {
            "articles": self.articles,
            "relations": s(self.typed),
            "pairs": s(self.pairs),
            "recall_by_type": {
                t: {"found": f, "gold": g, "recall": round(f / g, 4) if g else None}
                for t, (f, g) in sorted(self.per_type.items())
            },
            "negatives_emitted": sorted(
                [list(map(str, k)) for k in self.typed.negatives_emitted]
            ),
            "errors": {
                "false_positives": sorted(list(map(str, k)) for k in self.typed.false_positives),
                "false_negatives": sorted(list(map(str, k)) for k in self.typed.false_negatives),
            },
            "missing_articles": self.missing_articles,
        }


def evaluate(gold_dir: str | Path, corpus_dir: str | Path, extractor=None) -> Report:
    """Score the extractor on every gold file of ``gold_dir`` against its article in ``corpus_dir``."""
    from .extract import Extractor
    from .ingest import read_file

    gold_dir, corpus_dir = Path(gold_dir), Path(corpus_dir)
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: no such folder of gold files")
    if not corpus_dir.is_dir():
        raise InputError(f"{corpus_dir}: no such corpus folder; give --corpus DIR")
    golds = sorted(gold_dir.glob("*.json"))
    if not golds:
        raise InputError(f"{gold_dir}: no .json gold files here")
    ex = extractor or Extractor()
    typed, pairs = Score(), Score()
    per_type: dict[str, list[int]] = {}
    missing: list[str] = []
    count = 0
    for path in golds:
        gold = load_gold(path)
        article_path = corpus_dir / gold.get("article", path.stem + ".txt")
        if not article_path.exists():
            missing.append(article_path.name)
            continue
        arts = [a for a in read_file(article_path)]
        if not arts:
            missing.append(article_path.name)
            continue
        count += 1
        extraction = ex.extract(arts[0])
        score = score_article(extraction, gold)
        name = article_path.name
        for attr in ("true_positives", "false_positives", "false_negatives", "negatives_emitted"):
            getattr(typed, attr).update((name,) + k for k in getattr(score, attr))
        predicted = {pair_key(relation_key(r)) for r in extraction.asserted}
        expected = {pair_key(gold_key(g)) for g in gold.get("relations", [])}
        pairs.true_positives.update((name, k) for k in predicted & expected)
        pairs.false_positives.update((name, k) for k in predicted - expected)
        pairs.false_negatives.update((name, k) for k in expected - predicted)
        for k in {gold_key(g) for g in gold.get("relations", [])}:
            found, total = per_type.setdefault(k[1], [0, 0])
            per_type[k[1]] = [found + (k in score.true_positives), total + 1]
    return Report(count, typed, pairs, {t: (f, g) for t, (f, g) in per_type.items()}, missing)
