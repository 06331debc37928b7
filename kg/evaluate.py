"""Scoring extractions against gold: annotated articles (precision, recall, F1) and PLOVER
gold-standard event records (recall)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .extraction import ActorRef, Extraction, Relation
from .ontology import UNORDERED_TYPES


def gold_key(item: dict) -> tuple:
    """The comparable key of a gold relation: unordered types sorted, nested objects whole."""
    obj = item["object"]
    obj_key = gold_key(obj) if isinstance(obj, dict) else obj
    return _normalise(item["subject"], item["type"], obj_key)


def relation_key(r: Relation) -> tuple:
    """The comparable key of an extracted relation."""
    obj = r.object
    obj_key = relation_key(obj) if isinstance(obj, Relation) else obj.code
    return _normalise(r.subject.code, r.type, obj_key)


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
    evidence: dict[tuple, str] = field(default_factory=dict)  # (article,) + key -> the sentence

    def as_dict(self) -> dict:
        def s(score: Score) -> dict:
            return {
                # (exact: rounded once where printed, as the shared scorers do)
                "precision": score.precision,
                "recall": score.recall,
                "f1": score.f1,
                "true_positives": len(score.true_positives),
                "false_positives": len(score.false_positives),
                "false_negatives": len(score.false_negatives),
            }

        return {
            "articles": self.articles,
            "relations": s(self.typed),
            "pairs": s(self.pairs),
            "recall_by_type": {
                t: {"found": f, "gold": g, "recall": f / g if g else None}
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
    """Score the extractor on every gold file of ``gold_dir`` against its article in ``corpus_dir``.

    ``corpus_dir`` is a folder of articles (a gold file's ``article`` is a file name
    there) or one file of them, such as a JSONL file (``article`` is then the name kg
    gives each record: ``stories.jsonl#12``). A run where no article is found is an error.
    """
    from .extraction import Extractor

    gold_dir, corpus_dir = Path(gold_dir), Path(corpus_dir)
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: no such folder of gold files")
    if not corpus_dir.exists():
        raise InputError(f"{corpus_dir}: no such corpus folder or file; give --corpus PATH")
    golds = sorted(gold_dir.glob("*.json"))
    if not golds:
        raise InputError(f"{gold_dir}: no .json gold files here")
    find = _corpus_finder(corpus_dir)
    ex = extractor or Extractor()
    typed, pairs = Score(), Score()
    per_type: dict[str, list[int]] = {}
    missing: list[str] = []
    evidence: dict[tuple, str] = {}
    count = 0
    for path in golds:
        gold = load_gold(path)
        wanted = gold.get("article", path.stem + ".txt")
        art = find(wanted)
        if art is None:
            missing.append(wanted)
            continue
        count += 1
        extraction = ex.extract(art)
        score = score_article(extraction, gold)
        name = art.name
        for attr in ("true_positives", "false_positives", "false_negatives", "negatives_emitted"):
            getattr(typed, attr).update((name,) + k for k in getattr(score, attr))
        for g in gold.get("relations", []):
            evidence.setdefault((name,) + gold_key(g), str(g.get("evidence", "")))
        for r in extraction.asserted:
            evidence.setdefault((name,) + relation_key(r), r.evidence)
        predicted = {pair_key(relation_key(r)) for r in extraction.asserted}
        expected = {pair_key(gold_key(g)) for g in gold.get("relations", [])}
        pairs.true_positives.update((name, k) for k in predicted & expected)
        pairs.false_positives.update((name, k) for k in predicted - expected)
        pairs.false_negatives.update((name, k) for k in expected - predicted)
        for k in {gold_key(g) for g in gold.get("relations", [])}:
            found, total = per_type.setdefault(k[1], [0, 0])
            per_type[k[1]] = [found + (k in score.true_positives), total + 1]
    if not count:
        shown = ", ".join(missing[:3]) + (" ..." if len(missing) > 3 else "")
        raise InputError(
            f"none of the {len(golds)} gold files' articles is in {corpus_dir} (looked for {shown}); "
            "give --corpus the folder or file that holds them"
        )
    return Report(count, typed, pairs, {t: (f, g) for t, (f, g) in per_type.items()}, missing, evidence)


def _corpus_finder(corpus: Path):
    """A lookup from a gold file's ``article`` to the article it annotates."""
    from .ingest import expand_paths, read_file

    if corpus.is_dir():
        def find(name: str):
            path = corpus / name
            if not path.is_file():
                return None
            return next(iter(read_file(path)), None)

        return find
    by_name = {a.name: a for f in expand_paths([corpus]) for a in read_file(f)}
    return by_name.get


# --------------------------------------------------------------------------- PLOVER records

#: Older PLOVER names for our types.
PLOVER_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
#: Codes the records use that ISO 3166 spells otherwise.
PLOVER_CODES = {"JAP": "JPN", "ITL": "ITA"}
#: Codes that stand for any actor that is not a state (organisations, groups, companies).
PLOVER_WILDCARDS = {"IGO", "NGO", "IMG", "MNC", "UNK"}
#: Cooperation reported in the future tense, which PLOVER codes AGREE.
FUTURE_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
#: ISO 3166-1 alpha-3 codes of territories that are not in the actor dictionary as states.
ISO_TERRITORIES = frozenset(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF GUM HKG "
    "HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM SXM TCA TKL UMI "
    "VGB VIR WLF".split()
)
#: Codes in the dictionary that are not ISO 3166-1 (Kosovo's user-assigned code).
NOT_ISO = frozenset({"XKX"})


def is_plover_file(path: str | Path) -> bool:
    """Whether ``path`` is a JSON list of PLOVER event records (objects with "event" and "text")."""
    p = Path(path)
    if not p.is_file() or p.suffix.lower() != ".json":
        return False
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, list) and any(isinstance(r, dict) and "event" in r and "text" in r for r in data)


@dataclass
class PloverMiss:
    """A record kg did not code: the gold event and what kg emitted for its sentence."""

    id: str
    source: list[str]
    type: str
    target: list[str]
    text: str
    emitted: list[tuple[str, str, str]]
    inter_state: bool = False


@dataclass
class PloverReport:
    """Recall on PLOVER gold-standard records, as ``../shared/tools/score_plover.py`` counts it."""

    records: int = 0
    inter_state: int = 0
    hits: int = 0
    inter_hits: int = 0
    pair_hits: int = 0
    edges: int = 0
    by_type: Counter = field(default_factory=Counter)
    by_type_hits: Counter = field(default_factory=Counter)
    misses: list[PloverMiss] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0  # (exact: rounded once where printed, as the shared scorer does)

        return {
            "records": self.records,
            "inter_state_records": self.inter_state,
            "recall": ratio(self.hits, self.records),
            "inter_state_recall": ratio(self.inter_hits, self.inter_state),
            "pair_recall": ratio(self.pair_hits, self.records),
            "type_accuracy_where_pair_found": ratio(self.hits, self.pair_hits),
            "edges_per_sentence": ratio(self.edges, self.records),
            "recall_by_type": {t: {"found": self.by_type_hits[t], "gold": n} for t, n in sorted(self.by_type.items())},
            "failed": self.failed,
        }


def _plover_codes(actors) -> list[str]:
    if not isinstance(actors, list):
        return []
    out = []
    for a in actors:
        code = a.get("code") if isinstance(a, dict) else None
        if code:
            out.append(PLOVER_CODES.get(code, code))
    return out


def evaluate_plover(path: str | Path, extractor=None) -> PloverReport:
    """Recall of the extractor on PLOVER records: each record's sentence is read as an article
    of its own, and the record is found when a non-negated edge has the gold type and joins a
    gold source to a gold target (either way round for symmetric types and CONSULT; with no
    target, two different source actors). IGO/NGO/IMG/MNC/UNK match any actor that is not a
    state; a future CONSULT, SUPPORT, COOPERATE or AID counts as AGREE, as PLOVER codes it."""
    from .actors import load_dictionary
    from .extraction import Extractor
    from .ingest import text_article

    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a readable file of PLOVER records ({exc})") from None
    records = [r for r in records if isinstance(r, dict) and r.get("event") not in (None, "DOCUMENT") and r.get("text")]
    if not records:
        raise InputError(f"{path}: no PLOVER event records (objects with \"event\" and \"text\") in it")
    states = {a.id for a in load_dictionary().actors.values() if a.kind == "Country"} - NOT_ISO | ISO_TERRITORIES

    def is_state(code: str | None) -> bool:
        return bool(code) and code.upper() in states

    def match(code: str, actor: str | None) -> bool:
        if actor is None:
            return False
        if code in PLOVER_WILDCARDS:
            return not is_state(actor)
        return code.upper() == actor.upper()

    def joins(src: list[str], tgt: list[str], s: str | None, o: str | None, either_way: bool) -> bool:
        def one(a, b):
            if tgt:
                return any(match(c, a) for c in src) and any(match(c, b) for c in tgt)
            return a != b and any(match(c, a) for c in src) and any(match(c, b) for c in src)

        return one(s, o) or (either_way and one(o, s))

    ex = extractor or Extractor()
    articles = [text_article(f"{r.get('id', i)}.txt", str(r["text"]) + "\n") for i, r in enumerate(records)]
    failed: list[str] = []
    emitted: dict[str, list] = {}
    for extraction in ex.extract_many(articles, on_failure=lambda f: failed.append(f.describe())):
        emitted[extraction.article.name] = [r for r in extraction.relations if not r.negated]
    report = PloverReport(failed=failed)
    for art, rec in zip(articles, records):
        src, tgt = _plover_codes(rec.get("source")), _plover_codes(rec.get("target"))
        gtype = PLOVER_TYPES.get(rec["event"], rec["event"])
        edges = emitted.get(art.name, [])
        report.edges += len(edges)
        got_pair = got = False
        for r in edges:
            s = r.subject.code
            o = r.object.code if isinstance(r.object, ActorRef) else None
            if not joins(src, tgt, s, o, True):
                continue
            got_pair = True
            etype = r.type
            if gtype == "AGREE" and etype in FUTURE_AGREE and r.modality == "future":
                etype = "AGREE"
            if etype == gtype and joins(src, tgt, s, o, gtype in UNORDERED_TYPES):
                got = True
        inter = bool(tgt) and all(is_state(c) for c in src + tgt) and not set(src) & set(tgt)
        report.records += 1
        report.hits += got
        report.pair_hits += got_pair
        report.by_type[gtype] += 1
        report.by_type_hits[gtype] += got
        if inter:
            report.inter_state += 1
            report.inter_hits += got
        if not got:
            report.misses.append(PloverMiss(
                str(rec.get("id", "")), src, gtype, tgt, str(rec["text"]),
                [(r.subject.code, r.type, r.object.code if isinstance(r.object, ActorRef) else "(relation)") for r in edges],
                inter,
            ))
    return report
