"""The kg command line: thin click commands over the library functions."""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import click

from .errors import KgError
from .ontology import DEFAULT_BASE
from .store import DEFAULT_STORE, FORMATS

STORE_OPTION = click.option(
    "--store", "store_dir", default=DEFAULT_STORE, show_default=True, envvar="KG_STORE",
    type=click.Path(file_okay=True, dir_okay=True), help="Folder of the embedded Oxigraph store.",
)


INTERRUPTED = "Error: interrupted"
INTERRUPTED_INGEST = "Error: interrupted; the store holds every article finished before that"


def friendly(fn=None, *, interrupted: str = INTERRUPTED):
    """Turn a KgError into a one-line message and a non-zero exit, never a traceback.
    ``interrupted`` is what Ctrl-C prints: the command's own words, since a Ctrl-C can
    come at any point of a command (even while its modules load), not only in its
    long-running part."""
    if fn is None:
        return functools.partial(friendly, interrupted=interrupted)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KgError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            _exit_interrupted(interrupted)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:  # the reader went away (kg query ... | head): stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except Exception as exc:  # a bug, not bad input: say so in one line
            if os.environ.get("KG_DEBUG"):
                raise
            raise click.ClickException(
                f"internal error: {type(exc).__name__}: {exc} (set KG_DEBUG=1 for the traceback, and please report it)"
            ) from None

    return wrapper


def _exit_interrupted(message: str) -> None:
    """Ctrl-C: say so and leave at once, exit status 130. What was written is flushed (an
    ingest refreshes its summary graph on the way out); worker processes, a query's engine
    thread and the store's background threads are not waited on: they are as safe to cut
    as a crash."""
    extractor = sys.modules.get("kg.extraction.extractor")
    if extractor is not None:
        extractor.stop_workers()
    click.echo(message, err=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(130)


def remote_options(fn):
    """--endpoint, --update-endpoint and --gsp-endpoint: keep the graph in a SPARQL server."""
    fn = click.option("--gsp-endpoint", envvar="KG_GSP_ENDPOINT", help="Graph Store Protocol URL; writes go there as one PUT per article graph.")(fn)
    fn = click.option("--update-endpoint", envvar="KG_UPDATE_ENDPOINT", help="SPARQL Update URL (default: the query URL ending in /update).")(fn)
    fn = click.option("--endpoint", envvar="KG_ENDPOINT", help="SPARQL query URL of a server to use instead of the embedded store.")(fn)
    return fn


def _open_store(store_dir: str, create: bool, remote: dict | None = None):
    from .store import open_store

    # reading commands open the store read-only, so they work while an ingest writes to it
    return open_store(store_dir, **(remote or {}), create=create, read_only=not create)


def write_output(path: str, data: bytes | str, option: str = "-o") -> None:
    """Write a command's output file, making its missing folders; one line if it cannot."""
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            out.write_text(data, encoding="utf-8")
        else:
            out.write_bytes(data)
    except OSError as exc:
        raise KgError(f"cannot write {path} ({exc.strerror or exc}); give {option} a file in a folder you can write to") from None


def _remote(endpoint: str | None, update_endpoint: str | None, gsp_endpoint: str | None) -> dict:
    return {"endpoint": endpoint, "update_endpoint": update_endpoint, "gsp_endpoint": gsp_endpoint} if endpoint else {}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Turn news about relations between states into a typed, sourced knowledge graph.

    \b
    Example:
      kg ingest data/                 # read the sample articles into ./.kg
      kg query supplies               # who supplies whom, with evidence
      kg export -o graph.ttl          # the graph as Turtle
      kg viz -o graph.html            # the interactive page
    """


def budget_options(f):
    """--time-limit and --max-chars: what one article may cost."""
    f = click.option("--max-chars", type=click.IntRange(1000), default=1_000_000, show_default=True,
                     help="Characters read per article; a longer one is cut at a paragraph, with a warning.")(f)
    f = click.option("--time-limit", type=click.FloatRange(0), default=30.0, show_default=True, metavar="SECONDS",
                     help="Seconds of reading per article (0: none); a slower one is skipped and reported.")(f)
    return f


def fetch_options(f):
    """--rate, --fetch-timeout, --max-bytes and --offline: how URLs and feeds are read."""
    f = click.option("--offline", is_flag=True, help="Read local files only: a URL or feed is an error at once.")(f)
    f = click.option("--max-bytes", type=click.IntRange(1000), default=5_000_000, show_default=True,
                     help="Largest page read; a larger one is a warning.")(f)
    f = click.option("--fetch-timeout", type=click.FloatRange(0.1), default=20.0, show_default=True, metavar="SECONDS",
                     help="Seconds a server may take to answer.")(f)
    f = click.option("--rate", type=click.FloatRange(0.01), default=1.0, show_default=True,
                     help="Requests a second to one host, robots.txt included.")(f)
    return f


def scheduler_options(f):
    """--scheduler, --shards and --partition-size: extraction on a Dask cluster (kg.distributed)."""
    f = click.option("--partition-size", type=click.IntRange(1), default=100, show_default=True,
                     help="Articles per partition (one shard each).")(f)
    f = click.option("--shards", type=click.Path(file_okay=False),
                     help="Folder of the N-Quads shards and their manifest; a re-run skips complete shards.")(f)
    f = click.option("--scheduler", metavar="ADDRESS|local:N",
                     help="Extract on a Dask cluster: a scheduler's address (tcp://10.0.0.5:8786) or local:N worker "
                          "processes (needs pip install -e '.[dask]').")(f)
    return f


def _sharded(paths, scheduler: str, shards: str, partition_size: int, base: str, time_limit: float, max_chars: int,
             quiet: bool = False):
    """Extract ``paths`` on the cluster into ``shards``; the ShardRun."""
    from tqdm import tqdm

    from .distributed import connect, extract_to_shards
    from .pipeline import iter_articles

    warnings: list[str] = []
    _, articles = iter_articles(list(paths), warnings.append)
    client = connect(scheduler)
    try:
        if getattr(client, "dashboard_link", None):
            click.echo(f"Dask dashboard: {client.dashboard_link}", err=True)
        bar = tqdm(unit=" partitions", disable=quiet or not sys.stderr.isatty(), file=sys.stderr)
        run = extract_to_shards(articles, shards, client, base=base, partition_size=partition_size,
                                time_limit=time_limit, max_chars=max_chars, progress=lambda e: bar.update(1))
        bar.close()
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()
    if not quiet:
        for w in warnings:
            click.echo(f"warning: {w}", err=True)
    for f in run.failed:
        click.echo(f"error: {f}; article skipped", err=True)
    return run


def _fetcher(store_dir: str | None, rate: float, fetch_timeout: float, max_bytes: int, offline: bool):
    """The fetcher of a run (kg.fetch), its record kept in the store folder; None offline."""
    if offline:
        return None
    from .fetch import RECORD_FILE, FetchRecord, Fetcher

    record = FetchRecord(Path(store_dir) / RECORD_FILE if store_dir else None)
    return Fetcher(rate=rate, timeout=fetch_timeout, max_bytes=max_bytes, record=record,
                   warn=lambda m: click.echo(f"warning: {m}", err=True))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@STORE_OPTION
@click.option("--base", default=DEFAULT_BASE, show_default=True, envvar="KG_BASE", help="Base IRI for actors, articles and relations.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or warnings, only the summary.")
@budget_options
@fetch_options
@scheduler_options
@remote_options
@friendly(interrupted=INTERRUPTED_INGEST)
def ingest(paths: tuple[str, ...], store_dir: str, base: str, quiet: bool, time_limit: float, max_chars: int,
           rate: float, fetch_timeout: float, max_bytes: int, offline: bool, scheduler: str | None,
           shards: str | None, partition_size: int, endpoint, update_endpoint, gsp_endpoint) -> None:
    """Extract relations from articles and write them into the store.

    PATHS are .txt, .html/.htm or .jsonl files (one article per line: text, and optional
    title, date, url), or folders of them; http(s) URLs of article pages, RSS or Atom
    feeds and sitemaps (each item's page is read as an article); and local .rss, .atom
    or .xml feed files. Each article gets a named graph of its own; ingesting an article
    again replaces its graph. Fetching is polite (robots.txt, --rate per host, retries
    with back-off) and incremental: a page read before is asked for with its ETag and
    Last-Modified, and a feed item read before is not fetched again.

    \b
    Examples:
      kg ingest data/ --store .kg
      kg ingest https://www.example.org/world/rss.xml
      kg ingest data/ --endpoint http://127.0.0.1:7878/query   # an Oxigraph server
      kg ingest archive/ --scheduler local:2                    # on a Dask cluster, through shards
    """
    from tqdm import tqdm

    from .pipeline import ingest_paths, set_limits

    if scheduler:
        from .distributed import load_shards

        folder = shards or str(Path(store_dir) / "shards")
        run = _sharded(paths, scheduler, folder, partition_size, base, time_limit, max_chars, quiet)
        _, quads = load_shards(_open_store(store_dir, True, _remote(endpoint, update_endpoint, gsp_endpoint)), folder, base)
        click.echo(f"{run} (shards: {folder}; store: {endpoint or store_dir})")
        if run.failed:
            raise SystemExit(1)
        return
    if shards:
        raise click.UsageError("--shards goes with --scheduler (extraction on a Dask cluster)")
    set_limits(time_limit, max_chars)
    fetcher = _fetcher(store_dir, rate, fetch_timeout, max_bytes, offline)
    bar = tqdm(unit=" articles", disable=quiet or not sys.stderr.isatty(), file=sys.stderr)
    remote = _remote(endpoint, update_endpoint, gsp_endpoint)
    target = _open_store(store_dir, True, remote) if remote else store_dir
    summary = ingest_paths(list(paths), target, base=base, progress=lambda ex: bar.update(1),
                           on_failure=lambda f: (bar.update(1), _report_failure(f)), fetcher=fetcher)
    bar.close()
    if not quiet:
        for w in summary.warnings:
            click.echo(f"warning: {w}", err=True)
    click.echo(f"{summary} (store: {endpoint or store_dir})")
    if summary.failures:
        raise SystemExit(1)


def parse_period(text: str) -> float:
    """Seconds in a period written ``90s``, ``15m``, ``1h`` or ``1d`` (a bare number is seconds)."""
    import re

    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text or "")
    if not m or float(m.group(1)) <= 0:
        raise click.BadParameter(f"{text!r} is not a period; write it as 90s, 15m, 1h or 1d", param_hint="--every")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--every", default="15m", show_default=True, help="Time between the starts of two rounds: 90s, 15m, 1h.")
@STORE_OPTION
@click.option("--base", default=DEFAULT_BASE, show_default=True, envvar="KG_BASE", help="Base IRI for actors, articles and relations.")
@budget_options
@fetch_options
@friendly(interrupted=INTERRUPTED_INGEST)
def watch(sources: tuple[str, ...], every: str, store_dir: str, base: str, time_limit: float, max_chars: int,
          rate: float, fetch_timeout: float, max_bytes: int, offline: bool) -> None:
    """Re-read feeds (or pages) on a period and ingest what is new.

    Each round reads SOURCES as kg ingest does (only items and pages not read before,
    or changed), writes them into the store, refreshes its summary graph and logs one
    line: new articles, relations, failures. Ctrl-C or SIGTERM stops it between two
    articles; a kg serve on the same store sees the new articles as they are written.

    \b
    Example:
      kg watch https://www.example.org/world/rss.xml https://www.example.org/sitemap-news.xml --every 15m
    """
    import datetime as dt
    import signal
    import threading

    from .pipeline import ingest_paths, set_limits

    period = parse_period(every)
    if offline:
        raise click.UsageError("kg watch reads feeds and pages over the network; it cannot run --offline")
    set_limits(time_limit, max_chars)
    stopping = threading.Event()

    def stop(signum, frame) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    rounds = 0
    click.echo(f"watching {len(sources)} source(s) every {every} into {store_dir}; Ctrl-C stops")
    while not stopping.is_set():
        started = dt.datetime.now(dt.timezone.utc)
        rounds += 1
        fetcher = _fetcher(store_dir, rate, fetch_timeout, max_bytes, False)
        summary = ingest_paths(list(sources), store_dir, base=base, on_failure=_report_failure, fetcher=fetcher,
                               stop=stopping.is_set)
        for w in summary.warnings:
            click.echo(f"warning: {w}", err=True)
        failed = len(summary.failures)
        n, r = summary.articles, summary.relations
        click.echo(f"{started:%Y-%m-%d %H:%M:%S}Z round {rounds}: {n} new article{'' if n == 1 else 's'}, "
                   f"{r} relation{'' if r == 1 else 's'}, {failed} failed, {fetcher.requests} requests, "
                   f"{summary.seconds:.1f} s")
        sys.stdout.flush()
        spent = (dt.datetime.now(dt.timezone.utc) - started).total_seconds()
        stopping.wait(max(0.0, period - spent))
    click.echo(f"stopped after {rounds} round(s)")


def _report_failure(failure) -> None:
    """One line on stderr for an article that could not be read."""
    click.echo(f"error: {failure.describe()}; article skipped", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--negated/--no-negated", default=True, show_default=True, help="Include edges the text denies (marked negated).")
@budget_options
@fetch_options
@scheduler_options
@click.option("--base", default=DEFAULT_BASE, show_default=True, envvar="KG_BASE", help="Base IRI of the shards' graphs.")
@friendly
def extract(paths: tuple[str, ...], fmt: str, negated: bool, time_limit: float, max_chars: int,
            rate: float, fetch_timeout: float, max_bytes: int, offline: bool, scheduler: str | None,
            shards: str | None, partition_size: int, base: str) -> None:
    """Print the relations found in articles, touching no store.

    PATHS are files, folders, URLs and feeds, as for kg ingest (a URL is fetched each
    time: kg extract keeps no record). jsonl prints one JSON object per edge (the
    contract of relations.md); table prints them for reading.

    \b
    With --scheduler and --shards DIR the articles are extracted on a Dask cluster into
    N-Quads shards with a manifest, for kg load DIR (or a QLever index).

    \b
    Examples:
      kg extract data/01_idn_kor_strategic_partnership_energy.txt --format table
      kg extract archive/ --scheduler tcp://10.0.0.5:8786 --shards shards/
    """
    from .pipeline import extract_paths, set_limits

    if scheduler or shards:
        if not (scheduler and shards):
            raise click.UsageError("on a Dask cluster kg extract writes shards: give both --scheduler and --shards DIR")
        run = _sharded(paths, scheduler, shards, partition_size, base, time_limit, max_chars)
        click.echo(f"{run} (shards: {shards}; load them with kg load {shards})")
        if run.failed:
            raise SystemExit(1)
        return
    set_limits(time_limit, max_chars)
    rows = []
    failures = []
    done = 0

    def failed(f) -> None:
        failures.append(f)
        _report_failure(f)

    fetcher = _fetcher(None, rate, fetch_timeout, max_bytes, offline)
    for ex in extract_paths(list(paths), warn=lambda m: click.echo(f"warning: {m}", err=True), on_failure=failed,
                            fetcher=fetcher):
        done += 1
        for r in ex.relations:
            if r.negated and not negated:
                continue
            if fmt == "jsonl":
                click.echo(json.dumps(r.to_dict(), ensure_ascii=False))
            else:
                obj = r.object
                o = f"({obj.subject.id} {obj.type} {obj.object.id if hasattr(obj.object, 'id') else '…'})" if hasattr(obj, "type") else obj.id
                rows.append([ex.article.name, r.subject.id, ("not " if r.negated else "") + r.type, o,
                             r.modality or "", r.mode or "", r.context or "", r.speaker.name if r.speaker else "", r.evidence])
    if fmt == "table":
        from .query import format_table, text_table

        click.echo(format_table(text_table(
            ["article", "subject", "type", "object", "modality", "mode", "context", "speaker", "evidence"], rows), "table"))
    if failures:
        click.echo(f"{len(failures)} of {done + len(failures)} articles failed (listed above)", err=True)
        raise SystemExit(1)


@main.command(add_help_option=False)
@click.argument("name", required=False)
@click.option("-e", "--expression", help="A SPARQL query given inline.")
@click.option("--param", "-p", "params", multiple=True,
              help="NAME=VALUE bound to ?NAME: for a saved query, one of the parameters it declares (see --list).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "sparql-json"]), default="table",
              show_default=True, help="Tables, CSV and TSV print an actor by its id (RUS); json gives typed values "
              "and each actor's IRI beside its id; sparql-json the W3C SPARQL results format.")
@click.option("--list", "list_", is_flag=True, help="List the saved queries with what each answers and its parameters.")
@click.option("-h", "--help", "help_", is_flag=True, help="Show this message (with NAME, that saved query's parameters) and exit.")
@STORE_OPTION
@remote_options
@friendly
def query(name: str | None, expression: str | None, params: tuple[str, ...], fmt: str, list_: bool, help_: bool,
          store_dir: str, endpoint, update_endpoint, gsp_endpoint) -> None:
    """Ask the store a SPARQL question: a saved NAME, a FILE.rq, or -e 'SPARQL'.

    Queries see the union of all article graphs. Values given with --param are bound
    as variables, never pasted into the query text. A saved query takes only the
    parameters it declares (an actor by id, name, capital or demonym; a date as
    YYYY-MM-DD); an unknown or missing one is an error.

    \b
    Examples:
      kg query --list
      kg query supplies
      kg query partners --param actor=Russia --format csv
      kg query period --help
      kg query -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    from .query import format_table, resolve_query, run_query, saved_queries, sparql_json, to_table

    saved = saved_queries().get(name) if name and not expression else None
    if help_:
        ctx = click.get_current_context()
        if saved is None:
            click.echo(ctx.get_help())
        else:
            click.echo(f"kg query {saved.name}: {saved.description}\n")
            click.echo("Parameters:" if saved.params else "Parameters: none")
            for p in saved.params:
                click.echo(f"  {p.usage()}")
        return
    if list_:
        for q in saved_queries().values():
            click.echo(f"{q.name:12}  {q.description}")
            for p in q.params:
                click.echo(f"{'':14}  {p.usage()}")
        return
    sparql = resolve_query(name, expression)
    remote = _remote(endpoint, update_endpoint, gsp_endpoint)
    # (the store is opened in the interruptible thread too: an open that waits on a busy store
    # is as deaf to Ctrl-C as the engine)
    # the answer is read into text or a table in the same thread as the query
    read = sparql_json if fmt == "sparql-json" else to_table
    answer = _interruptible(lambda: read(run_query(_open_store(store_dir, False, remote), sparql, list(params), saved=saved)))
    click.echo(answer if fmt == "sparql-json" else format_table(answer, fmt))


def _interruptible(work):
    """``work()`` in a thread, so that Ctrl-C stops the command at once even while Oxigraph
    evaluates (its engine does not look at signals); the store is only read, so nothing is
    left half-done."""
    import threading

    box: dict = {}

    def run() -> None:
        try:
            box["value"] = work()
        except KgError as exc:
            # without its traceback: the frames it holds (and the engine's result objects in
            # them, which may not be dropped by another thread) are freed here
            box["error"] = exc.with_traceback(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread as it is
            box["error"] = exc

    thread = threading.Thread(target=run, name="kg-query", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.1)
    except KeyboardInterrupt:
        _exit_interrupted(INTERRUPTED)  # the engine's thread cannot be stopped
    if "error" in box:
        raise box["error"]
    return box["value"]


@main.command()
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS) + ["csv", "gexf", "graphml"]), default="turtle", show_default=True,
              help="turtle, ntriples, jsonld and rdfxml merge the article graphs; nquads and trig keep them; "
                   "graphml and gexf (Gephi, Cytoscape) and csv write the actors and their relations.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default: standard output).")
@STORE_OPTION
@remote_options
@friendly
def export(fmt: str, output: str | None, store_dir: str, endpoint, update_endpoint, gsp_endpoint) -> None:
    """Write the graph in an RDF format, or as GraphML, GEXF or a CSV of edges.

    \b
    Examples:
      kg export --format turtle -o graph.ttl
      kg export --format nquads -o graph.nq     # keeps one graph per article
      kg export --format gexf -o graph.gexf     # for Gephi
    """
    store = _open_store(store_dir, False, _remote(endpoint, update_endpoint, gsp_endpoint))
    if fmt in ("csv", "gexf", "graphml"):
        from .interop import export_graph

        data = export_graph(store, fmt)
    else:
        data = store.serialize(fmt)
    if output:
        write_output(output, data)
        count = f"{store.triple_count()} triples" if fmt in FORMATS else fmt
        click.echo(f"wrote {output} ({len(data)} bytes, {count})", err=True)
    else:
        sys.stdout.buffer.write(data)


@main.command()
@click.option("-o", "--output", default="graph.html", show_default=True, type=click.Path(dir_okay=False))
@click.option("--focus", metavar="ACTOR", help="Draw only this actor (id or name: RUS, Russia) and its neighbourhood.")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0), help="Steps from --focus.")
@click.option("--types", metavar="TYPE,...", help="Only these relation types, e.g. AID,REJECT.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only evidence from articles dated on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only evidence from articles dated on or before this day.")
@click.option("--title", default="kg: relations between states", show_default=True, help="Title of the page.")
@click.option("--edges", "edges_view", type=click.Choice(["dyads", "typed"]), default="dyads", show_default=True,
              help="What the page opens on: one edge per pair of actors, coloured by its balance, or one per "
                   "(subject, type, object), coloured by type (the page switches between them).")
@STORE_OPTION
@friendly
def viz(output: str, focus: str | None, depth: int, types: str | None, since: str | None, until: str | None,
        title: str, edges_view: str, store_dir: str) -> None:
    """Draw the graph as one self-contained interactive HTML page (works offline).

    Nodes are states, organisations and officials, coloured by community. By default one
    edge joins each pair of actors (a dyad), coloured from conflict (red) to cooperation
    (blue) by its balance, and a click lists its relations with their evidence, speaker,
    article, date and modality; --edges typed draws one edge per relation type instead.
    A strip of relations per month under the graph selects months by dragging. The page
    filters by type, date and actor itself; the options below choose what goes into it.

    \b
    Examples:
      kg viz -o graph.html
      kg viz --focus RUS --depth 1 --types AID,REJECT --since 2021-01-01 -o russia.html
    """
    from .viz import check_filters, render_html

    check_filters(depth=depth, types=types, since=since, until=until)  # before the store is opened
    store = _open_store(store_dir, False)
    counts: dict = {}
    page, nodes, edges = render_html(store, title=title, focus=focus, depth=depth, types=types, since=since, until=until,
                                     warn=lambda m: click.echo(f"warning: {m}", err=True), edges=edges_view, counts=counts)
    write_output(output, page)

    def n(k: int, word: str) -> str:
        return f"{k} {word}{'' if k == 1 else 's'}"

    if edges_view == "dyads":  # what the page's header says, for the whole page
        click.echo(f"wrote {output} ({n(counts['relations'], 'relation')}, {n(counts['dyads'], 'dyad')}, "
                   f"{n(counts['actors'], 'actor')})")
    else:
        click.echo(f"wrote {output} ({nodes} nodes, {edges} edges, {n(counts['relations'], 'relation')})")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback unless told otherwise).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1), help="Seconds a query may run.")
@click.option("--allow-service", is_flag=True, help="Let queries use SERVICE, which makes this server send requests to the addresses they name.")
@click.option("--max-memory", default=2000, show_default=True, type=click.IntRange(200), metavar="MB",
              help="Memory a query process may take; a query that needs more is stopped (503).")
@STORE_OPTION
@friendly
def serve(host: str, port: int, timeout: float, store_dir: str, allow_service: bool, max_memory: int) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol, and the live graph page.

    Queries go to /sparql (GET or POST; results as SPARQL JSON, XML, CSV or TSV by
    Accept header; CONSTRUCT as Turtle or N-Triples); updates are refused. The page of
    the graph is at /. Queries run in separate processes: one that overruns --timeout
    or --max-memory is stopped and answered 503, and the server carries on.

    \b
    Example:
      kg serve --port 7878 &
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' http://127.0.0.1:7878/sparql
    """
    from .server import Server

    store = _open_store_read_only(store_dir)
    server = Server(store, host, port, timeout, allow_service=allow_service, max_memory=max_memory * 1_000_000)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}, reachable from other machines", err=True)
    click.echo(f"serving {store_dir} at {server.url} (page at http://{server.host}:{server.port}/); Ctrl-C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


def _open_store_read_only(store_dir: str):
    from .store import GraphStore

    return GraphStore(store_dir, create=False, read_only=True)


@main.command(name="eval")
@click.argument("gold", type=click.Path())
@click.option("--corpus", "corpus", type=click.Path(), help="Folder (or JSONL file) of the articles the gold files annotate; not needed for PLOVER records.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List every miss and every false positive beside its sentence.")
@friendly
def eval_(gold: str, corpus: str | None, as_json: bool, verbose: bool) -> None:
    """Score the extractor against gold: annotated articles, or PLOVER event records.

    GOLD is a folder of gold files (relations.md's format; give --corpus) or a JSON
    file of PLOVER gold-standard records. For gold files: precision, recall and F1 of
    (subject, type, object), symmetric types and CONSULT in either order, nested
    objects whole; pair-only scores, recall per type, negatives emitted. For PLOVER
    records: recall over all records and over those between two states, as
    ../shared/tools/score_plover.py counts it. -v lists what was missed (and, for gold
    files, what was found that the gold does not hold) with the sentence.

    \b
    Examples:
      kg eval ../shared/gold --corpus ../shared/corpus -v
      kg eval ../shared/plover/plover_gsr_dev.json
      kg eval tests/fixtures/devset/voa/gold --corpus ../shared/voa/voa_stories.jsonl
    """
    from .evaluate import evaluate, evaluate_plover, is_plover_file

    if is_plover_file(gold):
        _print_plover(evaluate_plover(gold), as_json, verbose)
        return
    if corpus is None:
        raise click.UsageError("give --corpus, the folder (or JSONL file) of the articles the gold files annotate")
    full = evaluate(gold, corpus)
    report = full.as_dict()
    if as_json:
        click.echo(json.dumps(report, indent=1, ensure_ascii=False))
        return
    r, p = report["relations"], report["pairs"]
    click.echo(f"articles            {report['articles']}")
    click.echo(f"relations  P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
               f"(tp {r['true_positives']}, fp {r['false_positives']}, fn {r['false_negatives']})")
    click.echo(f"pairs      P {p['precision']:.3f}  R {p['recall']:.3f}  F1 {p['f1']:.3f}")
    click.echo(f"negatives emitted   {len(report['negatives_emitted'])}")
    click.echo("recall by type:")
    for t, v in report["recall_by_type"].items():
        click.echo(f"  {t:12} {v['found']}/{v['gold']}")
    for k in report["negatives_emitted"]:
        click.echo(f"negative emitted: {' '.join(k)}")
    if report["missing_articles"]:
        click.echo(f"articles not found: {', '.join(report['missing_articles'])}")
    if verbose:
        for label, keys in (("MISS", full.typed.false_negatives), ("FALSE", full.typed.false_positives)):
            for k in sorted(keys, key=str):
                click.echo(f"{label:5} {k[0]}: {_key_text(k[1:])}")
                click.echo(f"      {full.evidence.get(k, '')}")


def _key_text(key: tuple) -> str:
    subject, rtype, obj = key
    return f"{subject} {rtype} " + (f"({_key_text(obj)})" if isinstance(obj, tuple) else str(obj))


def _print_plover(report, as_json: bool, verbose: bool) -> None:
    d = report.as_dict()
    if as_json:
        click.echo(json.dumps(d, indent=1, ensure_ascii=False))
        return
    if verbose:
        for m in report.misses:
            click.echo(f"MISS {m.id} {'+'.join(m.source)} {m.type} {'+'.join(m.target) or '-'}: {m.text}")
            for s, t, o in m.emitted:
                click.echo(f"     got {s} {t} {o}")
    for f in report.failed:
        click.echo(f"error: {f}", err=True)
    click.echo(f"records             {d['records']} ({d['inter_state_records']} between two states)")
    click.echo(f"recall              {d['recall']:.3f}  (between states {d['inter_state_recall']:.3f})")
    click.echo(f"pair recall         {d['pair_recall']:.3f}  (type ignored)")
    click.echo(f"type accuracy       {d['type_accuracy_where_pair_found']:.3f}  (where the pair was found)")
    click.echo(f"edges per sentence  {d['edges_per_sentence']:.2f}")
    click.echo("recall by type:     " + ", ".join(f"{t} {v['found']}/{v['gold']}" for t, v in d["recall_by_type"].items()))


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@STORE_OPTION
@friendly
def stats(as_json: bool, store_dir: str) -> None:
    """Count articles, actors and relations by type.

    \b
    Example:
      kg stats --json
    """
    from .query import stats as compute

    figures = compute(_open_store(store_dir, False))
    if as_json:
        click.echo(json.dumps(figures, indent=1))
        return
    for k, v in figures.items():
        if k != "by_type":
            click.echo(f"{k:14} {v}")
    click.echo("relations by type:")
    for t, c in figures["by_type"].items():
        click.echo(f"  {t:12} {c}")


@main.command()
@click.argument("file", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), help="The file's RDF format (default: from its extension).")
@click.option("--graph", "graph", help="IRI of the graph for triples outside any named graph (default: <base>graph/file/FILE-NAME).")
@click.option("--base", default=DEFAULT_BASE, show_default=True, envvar="KG_BASE", help="Base IRI of the store's graphs.")
@STORE_OPTION
@remote_options
@friendly
def load(file: str, fmt: str | None, graph: str | None, base: str, store_dir: str, endpoint, update_endpoint,
         gsp_endpoint) -> None:
    """Load an RDF file (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML), or a folder of
    shards written by kg extract --shards, into the store (or a SPARQL server).

    Named graphs of an N-Quads, TriG or JSON-LD file replace the store's graphs of the
    same name (the shared actors graph is added to); triples outside a named graph go
    into a graph named after the file, so loading the file again replaces them. The
    summary's figures a file holds (ties, dyads, degrees) are recounted from the relations
    loaded, never copied: loading a file twice leaves the store as loading it once. A
    shard folder is loaded shard by shard (each checked against its manifest first) and
    the summary refreshed once at the end.

    \b
    Examples:
      kg export --format nquads -o graph.nq && kg load graph.nq --store copy
      kg load other.ttl                          # into <base>graph/file/other.ttl
      kg load shards/ --endpoint http://127.0.0.1:7878/query
    """
    from .interop import load_file

    store = _open_store(store_dir, True, _remote(endpoint, update_endpoint, gsp_endpoint))
    if Path(file).is_dir():
        from .distributed import load_shards

        shards, quads = load_shards(store, file, base)
        click.echo(f"loaded {quads} quads from {shards} shard{'s' if shards != 1 else ''} (store: {endpoint or store_dir})")
        return
    if not Path(file).exists():
        raise click.BadParameter(f"{file}: no such file or folder", param_hint="FILE")
    summary = load_file(store, file, fmt, graph, base)
    click.echo(f"loaded {summary.quads} quads into {len(summary.graphs)} graph{'s' if len(summary.graphs) != 1 else ''} (store: {endpoint or store_dir})")


@main.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), help="FILE's RDF format (default: from its extension).")
@STORE_OPTION
@remote_options
@friendly
def validate(file: str | None, fmt: str | None, store_dir: str, endpoint, update_endpoint, gsp_endpoint) -> None:
    """Check the graph (or an RDF FILE) against the package's SHACL shapes.

    Each broken rule is printed as one line: the node, the rule, what is wrong, and what
    the rule asks for. Exits with status 1 when the graph does not conform.

    \b
    Examples:
      kg validate
      kg validate graph.ttl
    """
    from .interop import validate_file, validate_store

    if file:
        report = validate_file(file, fmt)
    else:
        report = validate_store(_open_store(store_dir, False, _remote(endpoint, update_endpoint, gsp_endpoint)))
    if report.conforms:
        click.echo(f"conforms: {report.triples} triples follow the kg shapes")
        return
    for v in report.violations:
        click.echo(str(v))
    n = len(report.violations)
    click.echo(f"does not conform: {n} violation{'s' if n != 1 else ''} in {report.triples} triples", err=True)
    sys.exit(1)


@main.command()
@click.argument("sections", nargs=-1, type=click.Choice(["centrality", "communities", "balance", "timeline"]))
@click.option("--dyad", help="Two actors, such as RUS,IND or Russia,India: the timeline of that pair.")
@click.option("--period", type=click.Choice(["day", "month", "year"]), default="month", show_default=True, help="Period of the timelines.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--plot", type=click.Path(dir_okay=False), help="Draw the --dyad timeline as an SVG picture in this file.")
@click.option("--include-modal", is_flag=True,
              help="Count relations announced for later or only possible ('will supply', 'could') as done.")
@STORE_OPTION
@remote_options
@friendly
def analyze(sections: tuple[str, ...], dyad: str | None, period: str, fmt: str, plot: str | None, include_modal: bool,
            store_dir: str, endpoint, update_endpoint, gsp_endpoint) -> None:
    """Network analysis: centrality, communities, structural balance, dyad timelines.

    Without SECTIONS prints centrality, communities and balance (and the timeline of
    --dyad when given). Balance signs each pair of actors by its cooperative (+) and
    conflictual (-) relations, weighted by PLOVER quad class (material +-2, verbal +-1,
    PARTNER/ALLY +1, RIVAL -1), and lists balanced and unbalanced triads with the
    relations behind each sign.

    \b
    Examples:
      kg analyze
      kg analyze balance --format json
      kg analyze timeline --dyad RUS,IND --period year --plot rus-ind.svg
    """
    from .analyze import analyze as run, done_only, parse_dyad, render_text, resolve_dyad, timeline, timeline_svg
    from .errors import InputError
    from .interop import graph_data

    if dyad:
        parse_dyad(dyad)  # (its form is checked before the store is opened)
    if plot and not dyad:
        raise InputError("--plot draws one dyad's timeline; give --dyad A,B as well, such as --dyad RUS,IND")
    if plot and not plot.lower().endswith(".svg"):
        raise InputError(f"--plot writes SVG; give a file name ending in .svg, not {plot}")
    data = graph_data(_open_store(store_dir, False, _remote(endpoint, update_endpoint, gsp_endpoint)))
    pair = resolve_dyad(dyad, data) if dyad else None
    chosen = list(sections) or ["centrality", "communities", "balance"] + (["timeline"] if pair else [])
    report = run(data, chosen, pair, period, include_modal=include_modal)
    shown = data if include_modal else done_only(data)
    if fmt == "json":
        click.echo(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        click.echo(render_text(report, shown))
    if plot:
        write_output(plot, timeline_svg(timeline(shown.edges, *pair, period)), "--plot")
        click.echo(f"wrote {plot}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
