"""SPARQL at scale: load time, store size, memory and saved-query latency on a large graph.

What it measures
    1. It builds a synthetic graph of N relations (default 1,000,000) in the
       project's own model and through the project's own code: for synthetic
       articles of 10 relations each it makes ``kg.extraction.Extraction`` objects
       (``kg.ingest.Article``, ``ActorRef``, ``Person``, ``Relation``) with the
       real state and organisation ids of ``kg/data/actors.json`` (a few
       prominent ones far more frequent than the rest, as in the news), all 21
       relation types of ``kg.ontology.RELATION_TYPES``, article dates spread
       over 2000-01-01..2026-12-31, a speaker (an official acting for the
       subject state) on 30 % of the relations, a mode and a context on some,
       a modality on a few, and REJECT/ACCUSE relations whose object is another
       relation on about 1 %. The Extractions are made first (timed apart: they
       stand in for the extractor), then loaded into a fresh store in a temporary
       folder with ``kg.pipeline.bulk_ingest``: a forked process writes each
       article as N-Quads (``kg.graph.extraction_nquads``, each actor once) and
       the summary graph (``kg.summary.SummaryBuilder``) into a pipe that
       Oxigraph's bulk loader reads. The corpus is seeded and deterministic.
    2. It reports the load: wall seconds and quads/s (the producer's share of the
       time is printed too, but it runs beside the loader); the quads written
       and the quads the store holds; the store's size on disk, measured after
       the store has been flushed and closed; the time of a full compaction
       (``Store.optimize()``: the bulk loader leaves its files uncompacted, and
       reads on such a store were about 8x slower at 1M) and the size after it;
       and the peak resident memory (``ru_maxrss``) of this process and of the
       query children (VmHWM).
    3. For every saved query of ``queries/`` (``kg.query.saved_queries``) it runs
       ``kg.query.run_query`` with the parameters of ``QUERY_PARAMS`` for the
       questions that take one (partners ``actor=USA``, dyad ``a=RUS b=PAK``,
       period one month, balance ``actor=IND``, frenemies ``actor=PAK``,
       objections ``actor=IND``, triangles ``actor=RUS``, members ``org=SCO``,
       supplies ``actor=RUS``, relations ``day=2021-04-15``, said
       ``name=<the most prominent generated US speaker>``), one
       warm-up run and then R timed runs (default 7), consuming every row with
       ``kg.query.to_table``, and prints p50 and p95 of the wall time (and the
       p50 of the child's CPU time, which other work on the machine does not
       inflate). Each query runs in a child process that opens the store
       read-only itself (so no RocksDB compaction runs beside the queries), so
       that a query that runs away can be stopped (``--timeout``, per run, the
       warm-up included) and does not hold up the others; timed runs stop early
       once they have taken ``--budget`` seconds.
    4. For reference, the same at 100,000 relations (``--rdflib-relations``) with
       rdflib's in-memory engine: the same quads loaded into an
       ``rdflib.Dataset(default_union=True)`` (in a subprocess, with its own
       peak memory), then each saved query timed in a forked child and given up
       after ``--timeout`` seconds ("timeout"). The Oxigraph figures at the same
       size are printed beside it.

The targets of the issue are printed beside the figures: at 1,000,000
relations on the project's 2-core machine, load <= 60 s and every saved
query's p50 <= 200 ms. "Load" is the time from Extraction objects to a flushed
store (``bulk_ingest``); making the synthetic Extractions is reported apart, and
so is the compaction that follows.

How to run (from the repository root, with ``kg`` installed)::

    python bench/sparql.py                      # 1,000,000 relations, then rdflib at 100,000
    python bench/sparql.py --relations 50000 --runs 5 --skip-rdflib
    python bench/sparql.py --rdflib-only        # only the rdflib reference (and Oxigraph at that size)
    python bench/sparql.py --relations 200000 --json --keep /tmp/kg-200k
    python bench/sparql.py --queries-only /tmp/kg-200k   # time the queries again, no load

Options: ``--relations N`` (default 1000000), ``--runs R`` (default 7),
``--json`` (a JSON object instead of the tables), ``--keep DIR`` (build the
store in DIR, which must not exist or be empty, and leave it there),
``--skip-rdflib``, ``--rdflib-only``, ``--rdflib-relations N`` (default
100000), ``--timeout S`` (per run, default 60), ``--budget S`` (timed runs of
one query stop once they add up to S seconds, default 120), ``--seed S``,
``--queries-only DIR`` (time the saved queries again on a store that ``--keep``
left in DIR, e.g. after changing a query; give the same ``--seed``).
Progress goes to stderr, the figures to stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import multiprocessing as mp
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.extraction import ActorRef, Extraction, Person, Relation
from kg.extraction.lexicon import CONTEXT_WORDS, MODE_WORDS
from kg.graph import extraction_nquads
from kg.ingest import Article, article_id
from kg.ontology import RELATION_TYPES, slug
from kg.query import parse_param, run_query, saved_queries, to_table
from kg.pipeline import bulk_ingest
from kg.store import PREFIXES, GraphStore, count_answer
from kg.summary import SummaryBuilder

STARTUP_S = 120.0  # how long a query child may take to start and open the store
ACTORS_JSON = Path(__file__).resolve().parent.parent / "kg" / "data" / "actors.json"

RELATIONS_PER_ARTICLE = 10
TARGET_LOAD_S = 60.0
TARGET_P50_MS = 200.0
TARGET_AT = 1_000_000
DATE_FIRST = dt.date(2000, 1, 1)
DATE_LAST = dt.date(2026, 12, 31)

#: Relative frequency of each relation type (all 21 of RELATION_TYPES).
TYPE_WEIGHTS: dict[str, float] = {
    "PARTNER": 5, "ALLY": 3, "RIVAL": 3, "MEMBER_OF": 3, "NEUTRAL": 1,
    "AGREE": 8, "CONSULT": 12, "SUPPORT": 8, "CONCEDE": 1, "COOPERATE": 7, "AID": 7, "RETREAT": 2,
    "REQUEST": 5, "ACCUSE": 8, "REJECT": 5, "THREATEN": 3,
    "PROTEST": 2, "SANCTION": 4, "MOBILIZE": 3, "COERCE": 3, "ASSAULT": 5,
}
#: Types the extractor gives a mode (kg.extraction._mode_context).
MODE_TYPES = {"AID", "COOPERATE", "AGREE", "MOBILIZE", "ASSAULT", "ALLY", "SANCTION", "SUPPORT", "RETREAT"}
#: Types an objection or accusation points at when its object is a relation.
INNER_TYPES = ["AID", "MOBILIZE", "ASSAULT", "SANCTION", "COOPERATE", "AGREE", "SUPPORT"]
SPEAKER_SHARE = 0.30
MODE_SHARE = 0.50
CONTEXT_SHARE = 0.20
MODALITY_SHARE = 0.05
NESTED_SHARE_OF_OBJECTIONS = 0.10  # of REJECT and ACCUSE: about 1.3 % of all relations
ORG_OBJECT_SHARE = 0.10
ORG_SUBJECT_SHARE = 0.05
PERSONS_PER_STATE = 6

#: States and organisations in the news far more than the rest: ranked first, then the file's order.
PROMINENT_STATES = [
    "USA", "CHN", "RUS", "IND", "GBR", "FRA", "DEU", "JPN", "UKR", "ISR", "IRN", "PAK", "TUR", "SAU",
    "KOR", "PRK", "AUS", "BRA", "CAN", "ITA", "EGY", "ZAF", "IDN", "VNM", "PHL", "POL", "SYR", "AFG",
]
PROMINENT_ORGS = ["UN", "NATO", "EU", "SCO", "BRICS", "ASEAN", "G7", "G20", "Quad", "AU", "UNSC", "IAEA"]
ZIPF_S = 0.8

#: Parameters for the saved queries that need them (said's name is filled in from the corpus).
QUERY_PARAMS: dict[str, list[str]] = {
    "partners": ["actor=USA"],
    "dyad": ["a=RUS", "b=PAK"],
    "period": ["since=2021-03-01", "until=2021-03-31"],
    "balance": ["actor=IND"],
    "frenemies": ["actor=PAK"],
    "objections": ["actor=IND"],
    "triangles": ["actor=RUS"],
    "members": ["org=SCO"],
    "supplies": ["actor=RUS"],
    "relations": ["day=2021-04-15"],
}

VERB = {
    "PARTNER": "described as a strategic partner", "ALLY": "reaffirmed its alliance with",
    "RIVAL": "called a rival", "MEMBER_OF": "took its seat as a member of", "NEUTRAL": "stayed neutral towards",
    "AGREE": "signed an agreement with", "CONSULT": "held talks with", "SUPPORT": "backed",
    "CONCEDE": "made a concession to", "COOPERATE": "cooperated with", "AID": "supplied",
    "RETREAT": "pulled troops back from", "REQUEST": "urged", "ACCUSE": "accused",
    "REJECT": "rejected", "THREATEN": "threatened", "PROTEST": "protested against",
    "SANCTION": "imposed sanctions on", "MOBILIZE": "deployed troops against", "COERCE": "seized vessels of",
    "ASSAULT": "launched strikes on",
}
DETAILS = [
    "after weeks of talks", "at a press conference", "in a joint statement", "during a state visit",
    "according to officials", "in a televised address", "at the sidelines of a summit", "in a written reply",
    "following a cabinet meeting", "in an interview", "at a news briefing", "in a communique",
    "amid rising tensions", "despite objections at home", "in a surprise move", "after a phone call",
]
OUTLETS = ["Reuters", "AP", "AFP", "the BBC", "Xinhua", "TASS", "PTI", "Kyodo", "Al Jazeera", "DW"]
FIRST_NAMES = [
    "Adrian", "Amara", "Boris", "Carmen", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas",
    "Kemal", "Leila", "Marco", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sergio", "Tamar", "Umar",
    "Vera", "Wen", "Ximena", "Yusuf", "Zara", "Anil", "Beatriz", "Chen", "Dalia", "Erik", "Fatima",
    "Goran", "Hana", "Ivan", "Jia", "Kofi", "Lars", "Mei",
]
LAST_NAMES = [
    "Abara", "Benedek", "Castellano", "Delacroix", "Eriksen", "Fonseca", "Galanis", "Halvorsen", "Ibarra",
    "Jankowski", "Kaminski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quiroga", "Rahimi",
    "Sandoval", "Takeda", "Urbanek", "Valdez", "Wojcik", "Xavier", "Yilmaz", "Zelenko", "Achebe", "Bauer",
    "Chowdhury", "Dimitrov", "Esposito", "Ferreira", "Gruber", "Hoang", "Iqbal", "Jensen", "Kowalczyk",
    "Larsen", "Mendoza", "Nakamura", "Osei", "Pereira", "Rossi", "Schmidt", "Tanaka", "Ueda", "Varga",
    "Weber", "Yamamoto", "Zhukov", "Alvarez", "Brandt", "Cortes", "Duarte", "Engel", "Falk", "Garza",
    "Horvat", "Ivanova", "Jovanovic",
]
ROLES = ["Foreign Minister", "Prime Minister", "President", "Defence Minister", "Foreign Ministry spokesperson", "Ambassador"]


# --------------------------------------------------------------------------- the synthetic world


@dataclass
class World:
    """Who can appear in the synthetic news: real actor ids, generated officials."""

    states: list[ActorRef]
    state_cum: list[float]
    orgs: list[ActorRef]
    org_cum: list[float]
    persons: dict[str, list[Person]]  # by state id
    types: list[str]
    type_cum: list[float]

    def lead_speaker(self, state: str = "USA") -> str:
        """The name bound to ``said``: the first generated official of ``state``."""
        return self.persons[state][0].name


def _cumulative(weights: Sequence[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def _ranked(items: list[dict], prominent: list[str]) -> list[dict]:
    by_id = {a["id"]: a for a in items}
    first = [by_id[i] for i in prominent if i in by_id]
    return first + [a for a in items if a["id"] not in set(prominent)]


def build_world(seed: int) -> World:
    """The actors of kg/data/actors.json, ranked by prominence, and six officials per state."""
    data = json.loads(ACTORS_JSON.read_text(encoding="utf-8"))
    countries = _ranked(data["countries"], PROMINENT_STATES)
    orgs = _ranked(data["organisations"], PROMINENT_ORGS)
    states = [ActorRef(c["id"], c["label"], "Country") for c in countries]
    org_refs = [ActorRef(o["id"], o["label"], "Organisation") for o in orgs]
    rng = random.Random(seed ^ 0x5EED)
    names = [f"{f} {last}" for f in FIRST_NAMES for last in LAST_NAMES]
    rng.shuffle(names)
    if len(names) < PERSONS_PER_STATE * len(states):
        raise RuntimeError("not enough generated names for the officials")
    persons: dict[str, list[Person]] = {}
    k = 0
    for s in states:
        people = []
        for j in range(PERSONS_PER_STATE):
            name = names[k]
            k += 1
            people.append(Person(slug(name), name, s.id, ROLES[j % len(ROLES)]))
        persons[s.id] = people
    types = list(RELATION_TYPES)
    missing = set(types) - set(TYPE_WEIGHTS)
    if missing:
        raise RuntimeError(f"no weight for relation types {sorted(missing)}")
    return World(
        states=states,
        state_cum=_cumulative([1.0 / (r + 1) ** ZIPF_S for r in range(len(states))]),
        orgs=org_refs,
        org_cum=_cumulative([1.0 / (r + 1) ** ZIPF_S for r in range(len(org_refs))]),
        persons=persons,
        types=types,
        type_cum=_cumulative([TYPE_WEIGHTS[t] for t in types]),
    )


def _pick(rng: random.Random, items: list[ActorRef], cum: list[float], avoid: str | None = None) -> ActorRef:
    while True:
        a = rng.choices(items, cum_weights=cum)[0]
        if a.id != avoid:
            return a


def _pair(rng: random.Random, world: World, rtype: str) -> tuple[ActorRef, ActorRef]:
    """Subject and object for one relation: states mostly, organisations as members' groupings and sometimes."""
    if rtype == "MEMBER_OF":
        return _pick(rng, world.states, world.state_cum), _pick(rng, world.orgs, world.org_cum)
    if rng.random() < ORG_SUBJECT_SHARE:
        subj = _pick(rng, world.orgs, world.org_cum)
    else:
        subj = _pick(rng, world.states, world.state_cum)
    if rng.random() < ORG_OBJECT_SHARE:
        obj = _pick(rng, world.orgs, world.org_cum, avoid=subj.id)
    else:
        obj = _pick(rng, world.states, world.state_cum, avoid=subj.id)
    return subj, obj


@dataclass
class CorpusCounts:
    """What the generator produced and where its time went."""

    articles: int = 0
    relations: int = 0  # asserted, top-level (the N of --relations)
    nested: int = 0  # relations that are the object of a REJECT/ACCUSE
    with_speaker: int = 0
    with_mode: int = 0
    with_context: int = 0
    quads_emitted: int = 0
    generate_s: float = 0.0  # making the Extraction objects
    quads_s: float = 0.0  # kg.graph.extraction_nquads and the summary (rdflib reference only)


def make_extraction(i: int, n: int, rng: random.Random, world: World, counts: CorpusCounts) -> Extraction:
    """Article ``i`` with ``n`` relations, as the extractor would hand it over."""
    day = DATE_FIRST + dt.timedelta(days=rng.randrange((DATE_LAST - DATE_FIRST).days + 1))
    date_text = f"{day.day} {day:%B %Y}"
    actors: dict[str, ActorRef] = {}
    persons: dict[str, Person] = {}
    relations: list[Relation] = []
    sentences: list[str] = []
    pos = 0
    for _ in range(n):
        rtype = rng.choices(world.types, cum_weights=world.type_cum)[0]
        subj, obj = _pair(rng, world, rtype)
        actors[subj.id] = subj
        actors[obj.id] = obj
        speaker = None
        if subj.kind == "Country" and rng.random() < SPEAKER_SHARE:
            speaker = rng.choice(world.persons[subj.id])
            persons[speaker.id] = speaker
        inner_obj: ActorRef | Relation = obj
        if rtype in ("REJECT", "ACCUSE") and rng.random() < NESTED_SHARE_OF_OBJECTIONS:
            inner_subj = subj
            while inner_subj.id in (subj.id, obj.id):
                inner_subj = _pick(rng, world.states, world.state_cum)
            actors[inner_subj.id] = inner_subj
            inner_type = rng.choice(INNER_TYPES)
            target = f"the {inner_type.lower()} of {inner_subj.label} to {obj.label}"
        else:
            inner_subj = None
            inner_type = ""
            target = obj.label
        text = f"{subj.label} {VERB[rtype]} {target} {rng.choice(DETAILS)}, {rng.choice(OUTLETS)} reported on {date_text}."
        if speaker is not None:
            text = f"{speaker.role} {speaker.name} said {text[0].lower()}{text[1:]}"
        start, end = pos, pos + len(text)
        sentences.append(text)
        pos = end + 1
        if inner_subj is not None:
            inner_obj = Relation(inner_subj, inner_type, obj, text, start, end, confidence=0.7)
            counts.nested += 1
        mode = rng.choice(list(MODE_WORDS)) if rtype in MODE_TYPES and rng.random() < MODE_SHARE else None
        context = None
        if RELATION_TYPES[rtype].family == "event" and rtype != "CONSULT" and rng.random() < CONTEXT_SHARE:
            context = rng.choice(list(CONTEXT_WORDS))
        modality = None
        if RELATION_TYPES[rtype].family == "event" and rng.random() < MODALITY_SHARE:
            modality = rng.choice(["future", "hypothetical"])
        relations.append(
            Relation(
                subj, rtype, inner_obj, text, start, end,
                mode=mode, context=context, speaker=speaker, modality=modality,
                confidence=round(rng.uniform(0.55, 0.95), 2),
            )
        )
        counts.relations += 1
        counts.with_speaker += speaker is not None
        counts.with_mode += mode is not None
        counts.with_context += context is not None
    url = f"https://news.example/synthetic/{i:07d}"
    first = relations[0]
    article = Article(
        id=article_id(url),
        name=f"synthetic-{i:07d}.txt",
        text=" ".join(sentences),
        title=f"{first.subject.label}: {VERB[first.type]} {actors[list(actors)[1]].label}",
        date=day.isoformat(),
        source="Synthetic Wire",
        url=url,
    )
    counts.articles += 1
    return Extraction(article, actors, persons, relations)


def extractions(n_relations: int, seed: int, counts: CorpusCounts, world: World | None = None) -> list[Extraction]:
    """The synthetic corpus as Extraction objects, made before the load is timed."""
    world = world or build_world(seed)
    rng = random.Random(seed)
    out: list[Extraction] = []
    done = 0
    t0 = time.perf_counter()
    report_every = max(1, (n_relations // RELATIONS_PER_ARTICLE) // 10)
    while done < n_relations:
        n = min(RELATIONS_PER_ARTICLE, n_relations - done)
        out.append(make_extraction(len(out), n, rng, world, counts))
        done += n
        if len(out) % report_every == 0:
            _progress(f"  {done:,} relations made")
    counts.generate_s = time.perf_counter() - t0
    return out


def quad_stream(corpus: list[Extraction], counts: CorpusCounts) -> Iterator[ox.Quad]:
    """The quads that ``bulk_ingest`` writes for ``corpus`` (each actor once, the summary
    graph last), as Oxigraph objects: the rdflib reference loads exactly what Oxigraph holds."""
    described: set[str] = set()
    builder = SummaryBuilder()
    for ex in corpus:
        t0 = time.perf_counter()
        text = extraction_nquads(ex, ties=False, described=described)
        builder.add(ex)
        counts.quads_s += time.perf_counter() - t0
        counts.quads_emitted += text.count("\n")
        yield from ox.parse(text, format=ox.RdfFormat.N_QUADS)
    t0 = time.perf_counter()
    text = builder.nquads()
    counts.quads_s += time.perf_counter() - t0
    counts.quads_emitted += text.count("\n")
    yield from ox.parse(text, format=ox.RdfFormat.N_QUADS)


# --------------------------------------------------------------------------- measuring


def _progress(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _cpu_s() -> float:
    """CPU seconds of this process so far, all threads (the bulk loader writes in threads)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # Linux: kilobytes


def percentile(samples: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation between the closest ranks."""
    xs = sorted(samples)
    if len(xs) == 1:
        return xs[0]
    k = (len(xs) - 1) * q / 100.0
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


@dataclass
class QueryTiming:
    name: str
    params: list[str]
    status: str = "ok"  # ok, timeout, error: ..., crashed
    rows: int | None = None
    warmup_ms: float | None = None
    samples_ms: list[float] = field(default_factory=list)  # wall clock
    cpu_ms: list[float] = field(default_factory=list)  # CPU time of the child during each timed run
    child_peak_rss_mb: float | None = None

    @property
    def p50_ms(self) -> float | None:
        return percentile(self.samples_ms, 50) if self.samples_ms else None

    @property
    def p95_ms(self) -> float | None:
        return percentile(self.samples_ms, 95) if self.samples_ms else None

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["runs"] = len(self.samples_ms)
        d["p50_ms"] = self.p50_ms
        d["p95_ms"] = self.p95_ms
        d["cpu_p50_ms"] = percentile(self.cpu_ms, 50) if self.cpu_ms else None
        return d


def own_peak_rss_mb() -> float:
    """This process's peak resident memory since it started (VmHWM; ``ru_maxrss`` survives exec and
    would report the parent's peak for a spawned child)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return peak_rss_mb()


def _measure(conn: Connection, run_once: Callable[[], int], runs: int, budget: float) -> None:
    """In a child: one warm-up run, then up to ``runs`` timed runs, each reported (wall, CPU) as it ends."""
    try:
        t, c = time.perf_counter(), time.process_time()
        rows = run_once()
        conn.send(("warm", (time.perf_counter() - t, time.process_time() - c), rows))
        spent = 0.0
        for _ in range(runs):
            t, c = time.perf_counter(), time.process_time()
            rows = run_once()
            took = time.perf_counter() - t
            conn.send(("run", (took, time.process_time() - c), rows))
            spent += took
            if spent > budget:
                break
        conn.send(("done", own_peak_rss_mb(), 0))
    except Exception as exc:  # reported to the parent, which prints it in the table
        conn.send(("error", f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}", 0))
    finally:
        conn.close()


def _oxigraph_child(conn: Connection, store_dir: str, sparql: str, params: list[str], runs: int, budget: float) -> None:
    # read-only: the compacted store, with no background work beside the query
    store = GraphStore(store_dir, create=False, read_only=True)
    conn.send(("ready", 0.0, 0))

    def once() -> int:
        return len(to_table(run_query(store, sparql, params)).rows)

    _measure(conn, once, runs, budget)


def timed_in_child(
    ctx: Any, target: Callable[..., None], args: tuple, name: str, params: list[str], timeout: float
) -> QueryTiming:
    """Run ``target(conn, *args)`` in a child process; give up on a run that takes over ``timeout`` s."""
    timing = QueryTiming(name, params)
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=target, args=(send, *args), daemon=True)
    proc.start()
    send.close()
    deadline = time.monotonic() + STARTUP_S  # until the child has started and opened the store
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not recv.poll(left):
            if timing.warmup_ms is None:
                timing.status = "timeout"
            break
        try:
            kind, value, rows = recv.recv()
        except EOFError:
            timing.status = f"crashed (exit {proc.exitcode})" if not timing.samples_ms else timing.status
            break
        if kind == "ready":
            pass
        elif kind == "warm":
            timing.warmup_ms = value[0] * 1000.0
            timing.rows = rows
        elif kind == "run":
            timing.samples_ms.append(value[0] * 1000.0)
            timing.cpu_ms.append(value[1] * 1000.0)
        elif kind == "error":
            timing.status = f"error: {value}"
            break
        else:
            timing.child_peak_rss_mb = value
            break
        deadline = time.monotonic() + timeout
    if timing.status == "ok" and not timing.samples_ms:
        timing.status = "timeout"  # the warm-up ended, the first timed run did not
    if proc.is_alive():
        proc.kill()
    proc.join()
    recv.close()
    return timing


def query_plan(world: World) -> list[tuple[str, str, list[str]]]:
    """(name, SPARQL, params) for every saved query."""
    params = dict(QUERY_PARAMS, said=[f"name={world.lead_speaker()}"])
    return [(name, q.text, params.get(name, [])) for name, q in saved_queries().items()]


# --------------------------------------------------------------------------- Oxigraph


def time_queries(args: argparse.Namespace, world: World, store_dir: Path) -> list[QueryTiming]:
    """Every saved query on the store in ``store_dir``, each in a child process of its own."""
    ctx = mp.get_context("spawn")  # a fresh process per query: RocksDB and fork do not mix
    timings = []
    for name, sparql, params in query_plan(world):
        _progress(f"oxigraph: query {name} {' '.join(params)}")
        t = timed_in_child(ctx, _oxigraph_child, (str(store_dir), sparql, params, args.runs, args.budget), name, params, args.timeout)
        _progress(f"  -> {_fmt_timing(t)}")
        timings.append(t)
    return timings


def requery_oxigraph(args: argparse.Namespace, store_dir: Path) -> dict[str, Any]:
    """Time the saved queries again on a store an earlier run left (``--keep``), without loading."""
    if not (store_dir / "CURRENT").exists():
        raise SystemExit(f"--queries-only {store_dir}: not an Oxigraph store; give a folder that --keep made "
                         "(such as DIR/oxigraph-1000000)")
    store = GraphStore(store_dir, create=False, read_only=True)
    # the asserted relations, from the per-type figures of the summary graph
    relations = count_answer(store.query(
        "SELECT (SUM(?k) AS ?n) WHERE { ?c kg:ploverType ?t ; kg:relationCount|kg:objectionCount ?k }"))
    del store
    _progress(f"oxigraph: timing the saved queries on {store_dir} ({relations:,} relations)")
    timings = time_queries(args, build_world(args.seed), store_dir)
    return {"engine": "oxigraph", "relations": relations, "store": str(store_dir), "queries": [t.as_dict() for t in timings]}


def bench_oxigraph(args: argparse.Namespace, n_relations: int, store_dir: Path) -> dict[str, Any]:
    """Load ``n_relations`` into a fresh store in ``store_dir`` and time every saved query."""
    world = build_world(args.seed)
    counts = CorpusCounts()
    _progress(f"oxigraph: loading {n_relations:,} relations into {store_dir}")
    corpus = extractions(n_relations, args.seed, counts, world)
    _progress(f"oxigraph: {len(corpus):,} articles made in {counts.generate_s:.1f} s; bulk_ingest")
    rss_before = peak_rss_mb()
    store = GraphStore(store_dir)
    cpu0 = _cpu_s()
    t0 = time.perf_counter()
    loaded = bulk_ingest(corpus, store)
    wall = time.perf_counter() - t0
    cpu = _cpu_s() - cpu0
    counts.quads_emitted = loaded.quads
    counts.quads_s = loaded.produce_seconds
    del store, corpus
    gc.collect()
    size = dir_size(store_dir)
    reopened = GraphStore(store_dir, create=False)
    _progress(f"oxigraph: loaded in {wall:.1f} s; compacting (Store.optimize)")
    t0 = time.perf_counter()
    reopened.store.optimize()  # a full compaction: GraphStore.bulk_load leaves the bulk-loaded files as they are
    optimize_s = time.perf_counter() - t0
    stored = len(reopened.store)
    graphs = reopened.graph_count()
    del reopened
    gc.collect()
    size_optimized = dir_size(store_dir)
    rss_load = peak_rss_mb()
    _progress(f"oxigraph: compacted in {optimize_s:.1f} s; {counts.quads_emitted:,} quads emitted, {stored:,} stored")

    timings = time_queries(args, world, store_dir)
    return {
        "engine": "oxigraph",
        "relations": n_relations,
        "corpus": asdict(counts),
        "quads_stored": stored,
        "article_graphs": graphs,
        "load_s": wall,  # from Extraction objects (made before) to a flushed store
        "load_cpu_s": cpu,
        "quads_per_s": counts.quads_emitted / wall if wall else None,
        "optimize_s": optimize_s,
        "store_bytes": size,
        "store_bytes_measured": "after flush() and closing the store",
        "store_bytes_optimized": size_optimized,
        "store_bytes_optimized_measured": "after Store.optimize() and closing the store",
        "peak_rss_mb_before_load": rss_before,
        "peak_rss_mb_after_load": rss_load,
        "peak_rss_mb": peak_rss_mb(),
        "peak_rss_mb_query_child": max((t.child_peak_rss_mb or 0.0 for t in timings), default=None),
        "queries": [t.as_dict() for t in timings],
    }


# --------------------------------------------------------------------------- rdflib

_RDFLIB_DATASET: Any = None  # the loaded Dataset, inherited by the forked query children
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _to_rdflib(term: Any, cache: dict[str, Any]) -> Any:
    from rdflib import Literal, URIRef

    if isinstance(term, ox.NamedNode):
        node = cache.get(term.value)
        if node is None:
            node = cache[term.value] = URIRef(term.value)
        return node
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=_to_rdflib(term.datatype, cache))
    raise TypeError(f"unexpected term {term!r}")


def _rdflib_child(conn: Connection, sparql: str, params: list[str], runs: int, budget: float) -> None:
    cache: dict[str, Any] = {}
    bindings = {name: _to_rdflib(value, cache) for name, value in (parse_param(p) for p in params)}
    conn.send(("ready", 0.0, 0))

    def once() -> int:
        res = _RDFLIB_DATASET.query(sparql, initBindings=bindings or None, initNs=PREFIXES)
        rows = [["" if v is None else str(v) for v in row] for row in res]
        return len(rows)

    _measure(conn, once, runs, budget)


def rdflib_worker(args: argparse.Namespace) -> dict[str, Any]:
    """In a subprocess of its own: load the corpus into rdflib and time each saved query."""
    global _RDFLIB_DATASET
    import rdflib
    from rdflib import Dataset

    n_relations = args.rdflib_relations
    world = build_world(args.seed)
    counts = CorpusCounts()
    _progress(f"rdflib: loading {n_relations:,} relations into an in-memory Dataset")
    ds = Dataset(default_union=True)
    cache: dict[str, Any] = {}
    graphs: dict[str, Any] = {}

    def graph_of(name: ox.NamedNode) -> Any:
        g = graphs.get(name.value)
        if g is None:
            g = graphs[name.value] = ds.graph(_to_rdflib(name, cache))
        return g

    corpus = extractions(n_relations, args.seed, counts, world)
    t0 = time.perf_counter()
    ds.addN(
        (_to_rdflib(q.subject, cache), _to_rdflib(q.predicate, cache), _to_rdflib(q.object, cache), graph_of(q.graph_name))
        for q in quad_stream(corpus, counts)
    )
    wall = time.perf_counter() - t0
    del corpus
    stored = sum(len(g) for g in ds.graphs())  # quads: a triple in two graphs counts twice
    _RDFLIB_DATASET = ds
    gc.collect()
    gc.freeze()  # keep the forked children from touching every page for the collector
    rss_load = peak_rss_mb()
    _progress(f"rdflib: loaded in {wall:.1f} s; {counts.quads_emitted:,} quads emitted, {stored:,} stored")
    ctx = mp.get_context("fork")  # pure Python, no threads: forking shares the loaded Dataset
    timings = []
    for name, sparql, params in query_plan(world):
        _progress(f"rdflib: query {name} {' '.join(params)}")
        t = timed_in_child(ctx, _rdflib_child, (sparql, params, args.runs, args.budget), name, params, args.timeout)
        _progress(f"  -> {_fmt_timing(t)}")
        timings.append(t)
    return {
        "engine": f"rdflib {rdflib.__version__}",
        "relations": n_relations,
        "corpus": asdict(counts),
        "quads_stored": stored,
        "load_s": wall,  # from Extraction objects (made before) to the Dataset
        "quads_per_s": counts.quads_emitted / wall if wall else None,
        "peak_rss_mb_after_load": rss_load,
        "peak_rss_mb": peak_rss_mb(),
        "peak_rss_mb_query_child": max((t.child_peak_rss_mb or 0.0 for t in timings), default=None),
        "queries": [t.as_dict() for t in timings],
    }


def run_rdflib_subprocess(args: argparse.Namespace) -> dict[str, Any]:
    """The rdflib reference in a fresh interpreter, so that its memory is its own."""
    cmd = [
        sys.executable, str(Path(__file__).resolve()), "--_rdflib-worker",
        "--rdflib-relations", str(args.rdflib_relations), "--runs", str(args.runs),
        "--timeout", str(args.timeout), "--budget", str(args.budget), "--seed", str(args.seed),
    ]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        return {"engine": "rdflib", "error": f"worker exited with {proc.returncode}"}
    return json.loads(proc.stdout)


# --------------------------------------------------------------------------- output


def _ms(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}"


def _fmt_timing(t: QueryTiming) -> str:
    if t.status != "ok":
        return t.status
    return f"rows {t.rows}, warm-up {_ms(t.warmup_ms)} ms, p50 {_ms(t.p50_ms)} ms, p95 {_ms(t.p95_ms)} ms over {len(t.samples_ms)}"


def _verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("ok" if ok else "MISS")


def _query_rows(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {q["name"]: q for q in result.get("queries", [])}


def format_report(report: dict[str, Any]) -> str:
    env = report["environment"]
    out = [
        f"kg SPARQL at scale, {env['date']}: {env['machine']}, {env['cpus']} CPUs, Python {env['python']}, "
        f"pyoxigraph {env['pyoxigraph']}, rdflib {env['rdflib']}, seed {report['seed']}, runs {report['runs']}",
        f"load average (1/5/15 min) at start {_loadavg(env['loadavg_start'])}, at end {_loadavg(env.get('loadavg_end'))}"
        " (other work on the machine inflates wall times; cpu p50 is the query child's own CPU time)",
        f"targets (at {TARGET_AT:,} relations): load <= {TARGET_LOAD_S:.0f} s, every saved query p50 <= {TARGET_P50_MS:.0f} ms",
        "",
    ]
    again = report.get("oxigraph_requery")
    if again:
        out.append(f"Saved queries on Oxigraph, timed again on the store in {again['store']} "
                   f"({again['relations']:,} relations): ms over timed runs after one warm-up")
        out += _query_table(again["queries"], target=again["relations"] >= TARGET_AT)
        out.append("")
    ox_res = report.get("oxigraph")
    if ox_res:
        c = ox_res["corpus"]
        at_target = ox_res["relations"] == TARGET_AT
        out += [
            f"Load into Oxigraph (kg.pipeline.bulk_ingest: N-Quads made in a forked process, read by "
            f"Oxigraph's bulk loader), {ox_res['relations']:,} relations",
            f"  articles                 {c['articles']:>14,}",
            f"  relations (asserted)     {c['relations']:>14,}   + {c['nested']:,} relations as objects of REJECT/ACCUSE",
            f"  with speaker/mode/context{c['with_speaker']:>14,} / {c['with_mode']:,} / {c['with_context']:,}",
            f"  quads emitted            {c['quads_emitted']:>14,}",
            f"  quads in the store       {ox_res['quads_stored']:>14,}   ({ox_res['article_graphs']:,} article graphs, the actors, calendar and summary graphs)",
            f"  making Extractions       {c['generate_s']:>12.1f} s   (synthetic, before the load; stands in for the extractor)",
            f"    N-Quads and summary    {c['quads_s']:>12.1f} s   (in the producer process, beside the loader; "
            "includes waiting on the pipe)",
            f"  load (Extractions->store){ox_res['load_s']:>12.1f} s   {ox_res['quads_per_s']:>10,.0f} quads/s   "
            f"({ox_res['load_cpu_s']:.1f} CPU s, all threads)   target <= {TARGET_LOAD_S:.0f} s: {_verdict(ox_res['load_s'] <= TARGET_LOAD_S) if at_target else '(not at 1M)'}",
            f"  compaction (optimize)    {ox_res['optimize_s']:>12.1f} s   (Store.optimize() before the queries; "
            f"load + compaction {ox_res['load_s'] + ox_res['optimize_s']:.1f} s)",
            f"  store on disk            {ox_res['store_bytes'] / 1e6:>12,.0f} MB ({ox_res['store_bytes_measured']})",
            f"                           {ox_res['store_bytes_optimized'] / 1e6:>12,.0f} MB "
            f"({ox_res['store_bytes_optimized_measured']})",
            f"  peak RSS, this process   {ox_res['peak_rss_mb_after_load']:>12,.0f} MB after the load "
            f"(before the load {ox_res['peak_rss_mb_before_load']:,.0f} MB)",
            f"  peak RSS, query children {ox_res['peak_rss_mb_query_child']:>12,.0f} MB (the largest; VmHWM)",
            "",
            f"Saved queries on Oxigraph at {ox_res['relations']:,} relations: ms over timed runs after one warm-up",
        ]
        out += _query_table(ox_res["queries"], target=at_target)
        out.append("")
    rd = report.get("rdflib")
    if rd:
        if "error" in rd:
            out.append(f"rdflib reference: {rd['error']}")
        else:
            ref_ox = report.get("oxigraph_at_rdflib_size") or (
                ox_res if ox_res and ox_res["relations"] == rd["relations"] else None
            )
            out += [
                f"Reference: {rd['engine']} in-memory Dataset(default_union=True), {rd['relations']:,} relations",
                f"  quads emitted / stored   {rd['corpus']['quads_emitted']:>14,} / {rd['quads_stored']:,}",
                f"  load (Extractions->Dataset){rd['load_s']:>10.1f} s   {rd['quads_per_s']:>10,.0f} quads/s",
                f"  peak RSS, worker process {rd['peak_rss_mb']:>12,.0f} MB",
            ]
            if ref_ox:
                out.append(
                    f"  Oxigraph, same corpus    {ref_ox['load_s']:>12.1f} s load, "
                    f"{ref_ox['store_bytes'] / 1e6:,.0f} MB on disk, peak RSS {ref_ox['peak_rss_mb_after_load']:,.0f} MB"
                )
            out += ["", f"Saved queries at {rd['relations']:,} relations, p50 ms (per-run timeout {report['timeout']:.0f} s)"]
            ox_rows = _query_rows(ref_ox) if ref_ox else {}
            head = f"{'query':<12}{'rows':>9}{'rdflib p50':>12}{'runs':>6}{'oxigraph p50':>14}{'ratio':>8}"
            out += [head, "-" * len(head)]
            for q in rd["queries"]:
                o = ox_rows.get(q["name"], {})
                r50 = q["p50_ms"] if q["status"] == "ok" else None
                o50 = o.get("p50_ms") if o.get("status") == "ok" else None
                ratio = (f"{r50 / o50:,.0f}x" if r50 / o50 >= 10 else f"{r50 / o50:.1f}x") if r50 and o50 else "-"
                rcell = _ms(r50) if q["status"] == "ok" else q["status"][:11]
                out.append(
                    f"{q['name']:<12}{_rows(q):>9}{rcell:>12}{q['runs']:>6}{_ms(o50) if o else '-':>14}{ratio:>8}"
                )
            out.append("")
    return "\n".join(out).rstrip("\n")


def _loadavg(v: Sequence[float] | None) -> str:
    return "-" if not v else "/".join(f"{x:.1f}" for x in v)


def _rows(q: dict[str, Any]) -> str:
    return "-" if q.get("rows") is None else f"{q['rows']:,}"


def _query_table(queries: list[dict[str, Any]], target: bool) -> list[str]:
    head = (
        f"{'query':<12}{'params':<34}{'rows':>9}{'warm-up':>10}{'p50':>10}{'p95':>10}{'cpu p50':>10}{'runs':>6}"
        f"  p50<={TARGET_P50_MS:.0f}"
    )
    lines = [head, "-" * len(head)]
    for q in queries:
        ok = None
        if target:
            ok = q["status"] == "ok" and q["p50_ms"] is not None and q["p50_ms"] <= TARGET_P50_MS
        p50 = _ms(q["p50_ms"]) if q["status"] == "ok" else q["status"][:10]
        lines.append(
            f"{q['name']:<12}{' '.join(q['params'])[:33]:<34}{_rows(q):>9}{_ms(q['warmup_ms']):>10}{p50:>10}"
            f"{_ms(q['p95_ms']):>10}{_ms(q['cpu_p50_ms']):>10}{q['runs']:>6}  {_verdict(ok) if target else '(not at 1M)'}"
        )
        if q["status"].startswith("error"):
            lines.append(f"    {q['status']}")
    return lines


def environment() -> dict[str, Any]:
    import rdflib

    return {
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()} {platform.system()}",
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "pyoxigraph": ox.__version__,
        "rdflib": rdflib.__version__,
        "loadavg_start": os.getloadavg(),
    }


# --------------------------------------------------------------------------- main


def _store_dir(keep: str | None, tmp: Path, label: str) -> Path:
    if keep:
        d = Path(keep) / label if label else Path(keep)
        if d.exists() and any(d.iterdir()):
            raise SystemExit(f"--keep {keep}: {d} exists and is not empty; give a new or empty folder")
        d.parent.mkdir(parents=True, exist_ok=True)
        return d
    return tmp / (label or "store")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--relations", type=int, default=1_000_000, help="relations in the Oxigraph graph (default 1,000,000)")
    p.add_argument("--runs", type=int, default=7, help="timed runs per query after one warm-up (default 7)")
    p.add_argument("--json", action="store_true", help="print a JSON object instead of the tables")
    p.add_argument("--keep", metavar="DIR", help="build the store(s) in DIR and leave them there")
    p.add_argument("--skip-rdflib", action="store_true", help="no rdflib reference")
    p.add_argument("--rdflib-only", action="store_true", help="only the rdflib reference (and Oxigraph at its size)")
    p.add_argument("--rdflib-relations", type=int, default=100_000, help="relations for the rdflib reference (default 100,000)")
    p.add_argument("--timeout", type=float, default=60.0, help="give up on a query run after S seconds (default 60)")
    p.add_argument("--budget", type=float, default=120.0, help="stop timing a query once its runs add up to S seconds (default 120)")
    p.add_argument("--queries-only", metavar="DIR", help="only time the saved queries on a store an earlier --keep run left in DIR")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--_rdflib-worker", dest="rdflib_worker", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.relations < 1 or args.rdflib_relations < 1 or args.runs < 1:
        p.error("--relations, --rdflib-relations and --runs must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.rdflib_worker:
        print(json.dumps(rdflib_worker(args)))
        return 0
    report: dict[str, Any] = {"environment": environment(), "seed": args.seed, "runs": args.runs, "timeout": args.timeout}
    if args.queries_only:
        report["oxigraph_requery"] = requery_oxigraph(args, Path(args.queries_only))
        report["environment"]["loadavg_end"] = os.getloadavg()
        print(json.dumps(report, indent=1) if args.json else format_report(report))
        return 0
    with tempfile.TemporaryDirectory(prefix="kg-sparql-bench-") as tmp:
        both = not args.rdflib_only and not args.skip_rdflib and args.relations != args.rdflib_relations
        if not args.rdflib_only:
            d = _store_dir(args.keep, Path(tmp), f"oxigraph-{args.relations}" if both else "")
            report["oxigraph"] = bench_oxigraph(args, args.relations, d)
        if not args.skip_rdflib:
            if args.rdflib_only or both:
                d = _store_dir(args.keep, Path(tmp), f"oxigraph-{args.rdflib_relations}" if both else "")
                report["oxigraph_at_rdflib_size"] = bench_oxigraph(args, args.rdflib_relations, d)
            report["rdflib"] = run_rdflib_subprocess(args)
    report["environment"]["loadavg_end"] = os.getloadavg()
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
