"""End-to-end throughput of ``kg ingest`` on a synthetic news corpus.

What it measures
    1. It writes a deterministic (seeded) corpus of N news-like articles about
       relations between states into a temporary folder: one ``.txt`` file per
       article with ``Title:``/``Date:``/``Source:`` header lines, or a single
       JSONL file with ``--jsonl``. About two thirds of the sentences are filler
       (economy, weather, sport, domestic politics) naming no state or only one;
       the rest describe visits, agreements, aid and arms supplies, sanctions,
       accusations, memberships and attacks between states taken from
       ``kg/data/actors.json``, with officials' titles, capitals used as metonyms
       and quotes attributed with "said X".
    2. It loads the spaCy pipeline and the actor dictionary once (timed apart),
       then times ``kg.pipeline.extract_paths`` alone (extraction, no store).
    3. It times ``kg.pipeline.ingest_paths(paths, store_dir)`` into a fresh
       Oxigraph store in a temporary folder: the code path of ``kg ingest``
       (reading, extraction and writing to the store). The difference between the
       two runs is the cost of building the graph and writing the store.

It prints articles, sentences, relations, wall seconds, articles/s and
sentences/s for both runs, the size of the store on disk, the peak resident
memory (``ru_maxrss`` of the process and of its children), the versions of
Python, spaCy and pyoxigraph, the CPU count and the date.

Sentences are counted by this script, not by spaCy: a sentence ends at ``.``,
``!`` or ``?`` (optionally followed by closing quotes) that is followed by
whitespace and an upper-case letter or an opening quote, or by the end of the
text. The header lines are not counted.

How to run (from the repository root, with ``kg`` installed)::

    python bench/throughput.py --articles 2000
    python bench/throughput.py --articles 200 --jsonl --json
    python bench/throughput.py --articles 500 --keep /tmp/kg-corpus

Options: ``--articles N`` (default 2000), ``--jsonl`` (one JSONL file instead of
.txt files), ``--json`` (print a JSON object instead of the table),
``--keep DIR`` (write the corpus to DIR and leave it there), ``--seed S``.
Progress goes to stderr, the figures to stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import random
import re
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ACTORS_JSON = Path(__file__).resolve().parent.parent / "kg" / "data" / "actors.json"

# ----------------------------------------------------------------------------- actors


@dataclass(frozen=True)
class State:
    """A country as the generator uses it."""

    name: str  # as written mid-sentence, with "the" when it takes one
    capital: str
    demonym: str


#: Country names that read with a definite article in running text.
_THE_PREFIXES = (
    "United ", "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives",
    "Democratic Republic", "Republic of", "Central African", "Dominican Republic",
    "Marshall Islands", "Solomon Islands", "Holy See", "Comoros", "Seychelles",
)


def load_states(path: Path = ACTORS_JSON) -> list[State]:
    """Countries from the kg actor file that have a capital and a demonym."""
    data = json.loads(path.read_text(encoding="utf-8"))
    states: list[State] = []
    for c in data["countries"]:
        if not c.get("capitals") or not c.get("demonyms"):
            continue
        label = c["label"]
        name = f"the {label}" if label.startswith(_THE_PREFIXES) else label
        # the adjective, not a plural noun ("Swedish", not "Swedes"; "Swiss" is fine)
        adjectives = [d for d in c["demonyms"] if not d.endswith("s") or d.endswith(("ss", "ois"))]
        demonym = (adjectives or c["demonyms"])[0]
        states.append(State(name=name, capital=c["capitals"][0], demonym=demonym))
    return states


def load_organisations(path: Path = ACTORS_JSON) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [o["label"] for o in data["organisations"]]


# ----------------------------------------------------------------------------- words

TITLES = (
    "Foreign Minister", "Defence Minister", "Prime Minister", "President",
    "Trade Minister", "Finance Minister", "Ambassador", "Deputy Foreign Minister",
    "Energy Minister", "Interior Minister",
)
GIVEN = (
    "Amara", "Tomas", "Leila", "Viktor", "Nadia", "Rafael", "Ines", "Kenji", "Olga",
    "Samir", "Maren", "Diego", "Anika", "Pavel", "Yara", "Jonas", "Teodora", "Idris",
    "Lucia", "Arjun", "Hana", "Mateo", "Sofia", "Emeka", "Irina", "Kwame", "Elif",
)
FAMILY = (
    "Varga", "Okonkwo", "Lindqvist", "Haddad", "Moreau", "Castellano", "Novak",
    "Takeda", "Petrenko", "Mensah", "Ferreira", "Kowalczyk", "Rahimi", "Solberg",
    "Andrade", "Demir", "Nakamura", "Obi", "Marquez", "Kovalenko", "Bianchi",
    "Aziz", "Holm", "Santos", "Ivanova", "Achebe", "Lund",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
TOPICS = (
    "energy cooperation", "maritime security", "visa-free travel", "fisheries",
    "renewable power", "port construction", "customs procedures", "health research",
    "critical minerals", "digital trade", "civil aviation", "water management",
)
ARMS = (
    "air-defence systems", "patrol vessels", "armoured vehicles", "artillery shells",
    "surveillance drones", "fighter jets", "anti-tank missiles",
)
AID = (
    "humanitarian aid", "emergency food aid", "medical supplies", "tents and blankets",
    "water purification equipment", "development aid",
)
ISSUES = (
    "its nuclear programme", "human rights abuses", "the disputed border",
    "election interference", "a crackdown on protesters", "cyber attacks",
)
ACCUSATIONS = (
    "interfering in its internal affairs", "arming rebel groups", "violating the ceasefire",
    "spying on its officials", "smuggling weapons across the border",
    "spreading disinformation",
)
SPORTS = ("football", "basketball", "cricket", "rugby", "volleyball", "handball")
SECTORS = ("manufacturing", "retail", "construction", "tourism", "agriculture", "mining")
REGIONS = ("northern", "southern", "eastern", "western", "central", "coastal")
#: Neutral clauses appended to some sentences to reach news-like sentence lengths.
EXTENSIONS = (
    "according to figures published on the government's website late in the day",
    "in a development that took many observers in the region by surprise",
    "although officials cautioned that a great deal of work remained to be done",
    "a step that analysts and diplomats had widely expected for several weeks",
    "people briefed on the matter said on condition of anonymity",
    "as pressure mounted on the government ahead of next year's budget debate",
    "in remarks broadcast live on national television and radio",
    "after several rounds of talks that had stalled over the summer",
    "while critics said the timing had more to do with domestic politics",
    "the latest in a series of similar announcements since the start of the year",
    "though no figures were given for the cost or the timetable involved",
    "with both sides keen to show progress before the end of the year",
    "even as business groups warned of higher costs for smaller firms",
    "a decision that is likely to be challenged in the courts",
    "citing concerns that had been raised repeatedly by local officials",
    "in a statement that gave few details beyond the headline figures",
)


# ----------------------------------------------------------------------------- sentences

Ctx = dict[str, str]
Template = Callable[[random.Random, Ctx], str]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def relation_templates() -> list[Template]:
    """Sentences that put two states (or a state and an organisation) in relation."""
    t: list[Template] = [
        lambda r, c: f"{c['demA']} {c['titleA']} {c['personA']} arrived in {c['capB']} on {c['day']} for two days of talks with {c['pron']} {c['demB']} counterpart, the first such visit in {r.randint(3, 15)} years.",
        lambda r, c: f"{_cap(c['A'])} and {c['B']} signed an agreement on {r.choice(TOPICS)} during the visit, and officials said a joint working group would meet before the end of the year.",
        lambda r, c: f"{_cap(c['A'])} will supply {c['B']} with {r.choice(ARMS)} under a contract worth about {r.randint(2, 90) * 10} million dollars, the defence ministry said on {c['day']}.",
        lambda r, c: f"{c['capA']} announced fresh sanctions against {c['B']} over {r.choice(ISSUES)}, freezing the assets of {r.randint(4, 40)} officials and businesses.",
        lambda r, c: f"{_cap(c['A'])} accused {c['B']} of {r.choice(ACCUSATIONS)}, a charge the government in {c['capB']} denied.",
        lambda r, c: f"{_cap(c['B'])} formally joined the {c['org']} on {c['day']}, becoming its newest member after years of negotiations.",
        lambda r, c: f"{_cap(c['A'])} launched drone strikes on targets inside {c['B']} overnight, the military said, adding that the operation had ended.",
        lambda r, c: f"{c['capA']} sent {r.randint(20, 900)} tonnes of {r.choice(AID)} to {c['B']} after floods displaced thousands of people in the {r.choice(REGIONS)} provinces.",
        lambda r, c: f"\u201cWe will not accept pressure from {c['capB']} on matters that concern only our own people,\u201d said {c['personA']}.",
        lambda r, c: f"\u201c{_cap(c['B'])} has been a reliable partner for decades, and we intend to keep it that way,\u201d said {c['demA']} {c['titleA']} {c['personA']}.",
        lambda r, c: f"{_cap(c['A'])} condemned the attack and called on {c['B']} to show restraint and return to the negotiating table.",
        lambda r, c: f"{_cap(c['A'])} expelled two {c['demB']} diplomats on {c['day']}, saying their activities were incompatible with their status.",
        lambda r, c: f"{_cap(c['A'])} and {c['B']} agreed to hold joint naval exercises in {c['month']}, their first since the two navies signed a cooperation pact.",
        lambda r, c: f"{c['capA']} rejected the proposal from {c['capB']} and said it would not sign any deal that ignored its security concerns.",
        lambda r, c: f"{_cap(c['A'])} recalled its ambassador from {c['capB']} for consultations after the remarks, the foreign ministry said.",
        lambda r, c: f"The {c['demA']} government said it would suspend economic aid to {c['B']} until an independent inquiry had been completed.",
        lambda r, c: f"{c['demA']} {c['titleA']} {c['personA']} met {c['demB']} {c['titleB']} {c['personB']} on the sidelines of the {c['org']} meeting, and the two discussed trade and security.",
        lambda r, c: f"{_cap(c['A'])} welcomed the decision and said it supported the bid by {c['B']} to join the {c['org']}.",
        lambda r, c: f"{_cap(c['C'])} criticised the arms deal between {c['A']} and {c['B']}, warning that it would destabilise the region.",
        lambda r, c: f"\u201cOur door remains open to dialogue with {c['capB']}, but dialogue cannot be a cover for aggression,\u201d {c['personA']} told reporters in {c['capA']}.",
        lambda r, c: f"{_cap(c['A'])} pledged {r.randint(5, 500)} million dollars in reconstruction aid to {c['B']} at a donors' conference on {c['day']}.",
        lambda r, c: f"{_cap(c['A'])} threatened to impose tariffs on goods from {c['B']} if the dispute over fishing rights was not settled by {c['month']}.",
    ]
    return t


def filler_templates() -> list[Template]:
    """Ordinary news sentences that name no state or only one."""
    t: list[Template] = [
        lambda r, c: f"Inflation eased to {r.randint(2, 9)}.{r.randint(0, 9)} percent in {c['month']}, the statistics office said, as fuel and food prices fell for a second month.",
        lambda r, c: f"The central bank left its benchmark interest rate unchanged at {r.randint(2, 12)} percent, citing uncertainty over global demand.",
        lambda r, c: f"Heavy rain is expected across the {r.choice(REGIONS)} region through the weekend, and forecasters warned of flooding in low-lying areas.",
        lambda r, c: f"Temperatures are forecast to climb above {r.randint(30, 44)} degrees in the capital later this week, prompting health warnings for the elderly.",
        lambda r, c: f"The national {r.choice(SPORTS)} team beat its rivals {r.randint(1, 5)}-{r.randint(0, 3)} on {c['day']} evening to reach the semi-finals of the regional championship.",
        lambda r, c: "Thousands of fans gathered in the main square to watch the final on giant screens, and police reported no serious incidents.",
        lambda r, c: "The opposition said it would table a motion of no confidence in the government over the rising cost of living.",
        lambda r, c: f"Parliament approved the budget for next year by {r.randint(120, 220)} votes to {r.randint(40, 110)} after a debate that lasted late into the night.",
        lambda r, c: f"Output in the {r.choice(SECTORS)} sector grew by {r.randint(1, 8)} percent in the last quarter, according to preliminary figures.",
        lambda r, c: f"Shares on the local stock exchange closed slightly higher on {c['day']}, led by banks and energy companies.",
        lambda r, c: f"Unions called a {r.randint(1, 3)}-day strike at the country's largest ports to demand higher wages and safer working conditions.",
        lambda r, c: f"The health ministry said the number of measles cases had doubled since {c['month']} and urged parents to vaccinate their children.",
        lambda r, c: f"Local elections will be held in {c['month']}, and polls suggest the ruling party could lose several large cities.",
        lambda r, c: "Analysts said the announcement was unlikely to change the outlook for growth, which they expect to remain modest this year.",
        lambda r, c: "The meeting lasted about two hours, according to a person familiar with the talks who spoke on condition of anonymity.",
        lambda r, c: "Details of the arrangement were not made public, and a spokesperson declined to say when it would take effect.",
        lambda r, c: "Officials said further talks were planned but gave no date.",
        lambda r, c: f"Airport operators cancelled dozens of flights as fog settled over the {r.choice(REGIONS)} plains for a third straight day.",
        # one state named
        lambda r, c: f"Tourist arrivals in {c['A']} rose by {r.randint(3, 30)} percent last year, with visitors spending more on hotels and restaurants.",
        lambda r, c: f"The {c['demA']} currency weakened against the dollar for a fourth consecutive session on worries about the trade deficit.",
        lambda r, c: f"In {c['capA']}, the city council approved a plan to extend the metro by {r.randint(5, 40)} kilometres over the next decade.",
        lambda r, c: f"{c['demA']} farmers expect a record wheat harvest after good rains in the spring, the agriculture ministry said.",
        lambda r, c: f"The {c['demA']} cabinet met on {c['day']} to discuss a reform of the pension system that has divided the governing coalition.",
        lambda r, c: f"Energy prices in {c['B']} have risen sharply since {c['month']}, adding to pressure on households and small businesses.",
    ]
    return t


# ----------------------------------------------------------------------------- corpus


@dataclass
class GeneratedArticle:
    title: str
    date: str
    source: str
    paragraphs: list[str]
    sentences: int  # as generated

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class Corpus:
    paths: list[Path]
    articles: int
    sentences: int  # by SENTENCE_END over the bodies
    words: int
    generated_sentences: int
    files: list[Path] = field(default_factory=list)


#: End of a sentence: terminal punctuation, optional closing quotes, then whitespace
#: and an upper-case letter or opening quote, or the end of the text.
SENTENCE_END = re.compile(r"[.!?]+[\u201d\"\u2019')]*(?=\s+[\u201c\"\u2018(A-Z]|\s*$)")


def count_sentences(text: str) -> int:
    """Sentences in ``text`` by the simple rule of SENTENCE_END."""
    return len(SENTENCE_END.findall(text.strip()))


def make_article(r: random.Random, states: Sequence[State], orgs: Sequence[str], index: int) -> GeneratedArticle:
    """One article: 8-25 sentences, about a third of them relational, in short paragraphs."""
    rel, fill = relation_templates(), filler_templates()
    a, b, c3 = r.sample(list(states), 3)
    ctx: Ctx = {
        "A": a.name, "B": b.name, "C": c3.name,
        "capA": a.capital, "capB": b.capital,
        "demA": a.demonym, "demB": b.demonym,
        "titleA": r.choice(TITLES), "titleB": r.choice(TITLES),
        "personA": f"{r.choice(GIVEN)} {r.choice(FAMILY)}",
        "personB": f"{r.choice(GIVEN)} {r.choice(FAMILY)}",
        "pron": r.choice(("his", "her")),
        "org": r.choice(orgs),
        "day": r.choice(DAYS), "month": r.choice(MONTHS),
    }
    target_words = r.randint(250, 600)
    n = min(25, max(8, round(target_words / 26) + r.randint(-2, 2)))
    share = r.uniform(0.30, 0.40)  # relational share: 60-70% filler
    n_rel = max(1, round(n * share))
    kinds = [True] * n_rel + [False] * (n - n_rel)
    r.shuffle(kinds)
    lead = kinds.index(True)
    kinds[0], kinds[lead] = True, kinds[0]  # the lead is about the relation, as in news
    rel_pick = iter(r.sample(rel, n_rel))  # no template twice in one article
    fill_pick = iter(r.sample(fill, n - n_rel))
    sentences: list[str] = []
    for k, is_rel in enumerate(kinds):
        if is_rel and k > 0 and r.random() < 0.25:  # sometimes another pair of states
            a2, b2 = r.sample(list(states), 2)
            local = dict(ctx, A=a2.name, B=b2.name, capA=a2.capital, capB=b2.capital, demA=a2.demonym, demB=b2.demonym)
        else:
            local = ctx
        sentences.append(next(rel_pick if is_rel else fill_pick)(r, local))
    # lengthen random sentences with a neutral clause until the article reaches its length
    order = [i for i, s in enumerate(sentences) if s.endswith(".") and not s.endswith("\u201d.")]
    r.shuffle(order)
    words = sum(len(s.split()) for s in sentences)
    for i in order:
        if words >= target_words:
            break
        ext = r.choice(EXTENSIONS)
        sentences[i] = f"{sentences[i][:-1]}, {ext}."
        words += len(ext.split())
    if r.random() < 0.5:
        sentences[0] = f"{a.capital.upper()} \u2014 {sentences[0]}"
    paragraphs: list[str] = []
    i = 0
    while i < len(sentences):
        k = r.randint(1, 4)
        paragraphs.append(" ".join(sentences[i : i + k]))
        i += k
    day = dt.date(2024, 1, 1) + dt.timedelta(days=r.randint(0, 600))
    title = f"{a.demonym} and {b.demonym} officials discuss {r.choice(TOPICS)} (report {index + 1})"
    return GeneratedArticle(title=title, date=day.isoformat(), source="Synthetic Wire (kg benchmark)", paragraphs=paragraphs, sentences=n)


def write_corpus(folder: Path, n: int, jsonl: bool, seed: int) -> Corpus:
    """Write ``n`` articles under ``folder`` and count what was written."""
    r = random.Random(seed)
    states, orgs = load_states(), load_organisations()
    folder.mkdir(parents=True, exist_ok=True)
    sentences = words = generated = 0
    files: list[Path] = []
    records: list[str] = []
    width = len(str(n))
    for i in range(n):
        art = make_article(r, states, orgs, i)
        body = art.body
        sentences += count_sentences(body)
        words += len(body.split())
        generated += art.sentences
        if jsonl:
            records.append(json.dumps({"title": art.title, "date": art.date, "source": art.source, "text": body}, ensure_ascii=False))
        else:
            f = folder / f"article_{i:0{width}d}.txt"
            f.write_text(f"Title: {art.title}\nDate: {art.date}\nSource: {art.source}\n\n{body}\n", encoding="utf-8")
            files.append(f)
    if jsonl:
        f = folder / "corpus.jsonl"
        f.write_text("\n".join(records) + "\n", encoding="utf-8")
        files.append(f)
        paths = [f]
    else:
        paths = [folder]
    return Corpus(paths=paths, articles=n, sentences=sentences, words=words, generated_sentences=generated, files=files)


# ----------------------------------------------------------------------------- measuring


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its waited-for children, in MB."""
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 1e6
    return own, kids


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


@dataclass
class Phase:
    articles: int
    relations: int
    seconds: float
    sentences: int

    def as_dict(self) -> dict[str, float | int]:
        return {
            "articles": self.articles,
            "sentences": self.sentences,
            "relations": self.relations,
            "seconds": round(self.seconds, 3),
            "articles_per_s": round(self.articles / self.seconds, 2) if self.seconds else None,
            "sentences_per_s": round(self.sentences / self.seconds, 1) if self.seconds else None,
        }


def warm_up() -> float:
    """Load the spaCy pipeline and the actor dictionary once; seconds taken."""
    from kg.actors import load_dictionary
    from kg.nlp import load_pipeline

    t0 = time.perf_counter()
    nlp = load_pipeline()
    load_dictionary()
    nlp("Warm-up sentence so that lazy initialisation is not timed.")
    return time.perf_counter() - t0


def time_extraction(paths: list[Path], sentences: int) -> Phase:
    from kg.pipeline import extract_paths

    gc.collect()
    t0 = time.perf_counter()
    n = rels = 0
    for ex in extract_paths(list(paths)):
        n += 1
        rels += len(ex.asserted)
    return Phase(articles=n, relations=rels, seconds=time.perf_counter() - t0, sentences=sentences)


def time_ingest(paths: list[Path], store_dir: Path, sentences: int) -> Phase:
    from kg.pipeline import ingest_paths

    gc.collect()
    t0 = time.perf_counter()
    summary = ingest_paths(list(paths), store_dir)
    seconds = time.perf_counter() - t0
    return Phase(articles=summary.articles, relations=summary.relations, seconds=seconds, sentences=sentences)


def versions() -> dict[str, str]:
    import pyoxigraph
    import spacy

    from kg.nlp import load_pipeline

    meta = load_pipeline().meta
    return {
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "spacy_model": f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}",
        "pyoxigraph": pyoxigraph.__version__,
    }


# ----------------------------------------------------------------------------- report


def render_table(res: dict) -> str:
    ex, ing = res["extract"], res["ingest"]
    lines = [
        f"kg ingest throughput  ({res['corpus']['articles']} articles, {res['corpus']['format']}, seed {res['corpus']['seed']})",
        "",
        f"{'':<22}{'extract only':>16}{'ingest + store':>16}",
    ]
    rows = (
        ("articles", "articles", "{:d}"),
        ("sentences", "sentences", "{:d}"),
        ("relations", "relations", "{:d}"),
        ("wall seconds", "seconds", "{:.2f}"),
        ("articles/s", "articles_per_s", "{:.2f}"),
        ("sentences/s", "sentences_per_s", "{:.1f}"),
    )
    for label, key, fmt in rows:
        lines.append(f"{label:<22}{fmt.format(ex[key]):>16}{fmt.format(ing[key]):>16}")
    c, env = res["corpus"], res["environment"]
    share = 100 * (ing["seconds"] - ex["seconds"]) / ing["seconds"] if ing["seconds"] else 0.0
    lines += [
        "",
        f"{'store overhead':<22}{ing['seconds'] - ex['seconds']:.2f} s = {share:.1f}% of ingest (ingest minus extract; within run-to-run noise when small)",
        f"{'corpus':<22}{c['words']} words, {c['words'] / c['articles']:.0f} words/article, {c['sentences'] / c['articles']:.1f} sentences/article, {c['bytes'] / 1e6:.2f} MB, written in {c['seconds']:.2f} s",
        f"{'model load':<22}{res['model_load_seconds']:.2f} s (not in the timings above)",
        f"{'store size on disk':<22}{res['store_bytes'] / 1e6:.2f} MB",
        f"{'peak RSS':<22}self {res['peak_rss_mb']['self']:.0f} MB (after extract {res['peak_rss_mb']['after_extract']:.0f} MB), children {res['peak_rss_mb']['children']:.0f} MB",
        f"{'python / spaCy':<22}{env['python']} / {env['spacy']} ({env['spacy_model']})",
        f"{'pyoxigraph':<22}{env['pyoxigraph']}",
        f"{'CPUs':<22}{env['cpus']} ({env['machine']})",
        f"{'date':<22}{env['date']}",
        "",
        "sentences: counted by the script with a regex, ends at . ! ? (plus closing quotes)",
        "followed by whitespace and a capital or opening quote, or end of text; headers excluded.",
    ]
    return "\n".join(lines)


def run(n: int, jsonl: bool, keep: Path | None, seed: int) -> dict:
    log = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmpdir = Path(tmp)
        corpus_dir = keep if keep is not None else tmpdir / "corpus"
        if keep is not None and keep.exists() and any(keep.iterdir()):
            raise SystemExit(f"--keep {keep}: folder is not empty; give a new or empty folder")
        log(f"writing {n} articles to {corpus_dir} ...")
        t0 = time.perf_counter()
        corpus = write_corpus(corpus_dir, n, jsonl, seed)
        corpus_seconds = time.perf_counter() - t0
        corpus_bytes = sum(f.stat().st_size for f in corpus.files)
        if corpus.sentences != corpus.generated_sentences:
            log(f"note: regex counts {corpus.sentences} sentences, generator wrote {corpus.generated_sentences}")

        log("loading spaCy pipeline ...")
        load_s = warm_up()
        log("timing extraction (no store) ...")
        ex = time_extraction(corpus.paths, corpus.sentences)
        after_extract = peak_rss_mb()[0]
        log(f"  {ex.seconds:.1f} s; timing ingest into a fresh store ...")
        store_dir = tmpdir / "store"
        ing = time_ingest(corpus.paths, store_dir, corpus.sentences)
        log(f"  {ing.seconds:.1f} s")
        store_bytes = folder_size(store_dir)
        own, kids = peak_rss_mb()

        return {
            "corpus": {
                "articles": corpus.articles,
                "format": "jsonl" if jsonl else "txt",
                "seed": seed,
                "sentences": corpus.sentences,
                "words": corpus.words,
                "bytes": corpus_bytes,
                "seconds": round(corpus_seconds, 3),
                "kept_in": str(keep) if keep is not None else None,
            },
            "model_load_seconds": round(load_s, 3),
            "extract": ex.as_dict(),
            "ingest": ing.as_dict(),
            "store_bytes": store_bytes,
            "peak_rss_mb": {"self": round(own, 1), "after_extract": round(after_extract, 1), "children": round(kids, 1)},
            "environment": {
                **versions(),
                "cpus": os.cpu_count(),
                "machine": platform.machine(),
                "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            },
            "sentence_counting": "regex: [.!?]+ and closing quotes, followed by whitespace and a capital or opening quote, or end of text",
        }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Measure the end-to-end throughput of kg ingest on a synthetic corpus.")
    p.add_argument("--articles", type=int, default=2000, metavar="N", help="articles to generate (default 2000)")
    p.add_argument("--jsonl", action="store_true", help="write one JSONL file instead of .txt files")
    p.add_argument("--json", action="store_true", help="print a JSON object instead of the table")
    p.add_argument("--keep", type=Path, metavar="DIR", help="write the corpus to DIR and keep it")
    p.add_argument("--seed", type=int, default=20240611, help="seed of the corpus generator")
    args = p.parse_args(argv)
    if args.articles < 1:
        p.error("--articles must be at least 1")
    res = run(args.articles, args.jsonl, args.keep, args.seed)
    print(json.dumps(res, indent=2) if args.json else render_table(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
