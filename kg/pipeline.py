"""The main job: read paths, extract, and write each article's graph into the store."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import counts
from .extraction import Extraction, Extractor, Failure
from .graph import article_iri, extraction_nquads
from .errors import InputError, KgError, StoreError
from .ingest import Article, expand_paths, read_file
from .ontology import DEFAULT_BASE
from .store import GraphStore
from .summary import SummaryBuilder, refresh

#: Articles between two refreshes of the summary graph during a long ingest.
REFRESH_EVERY = 500


def set_limits(time_limit: float | None = None, max_chars: int | None = None) -> None:
    """The per-article budget for this process and the workers it forks: seconds of reading
    (0: none) and characters read (a longer article is cut at a paragraph, with a warning)."""
    from . import ingest
    from .extraction import components

    if time_limit is not None:
        components.READ_SECONDS = float(time_limit)
    if max_chars is not None:
        ingest.MAX_ARTICLE_CHARS = int(max_chars)


@dataclass
class IngestSummary:
    """What an ingest did."""

    articles: int = 0
    relations: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)  # articles that could not be read

    def __str__(self) -> str:
        """The line ``kg ingest`` ends with: "9 articles, 59 relations, 1.7 s"."""
        failed = f", {len(self.failures)} failed" if self.failures else ""
        return f"{self.articles} articles, {self.relations} relations{failed}, {self.seconds:.1f} s"


def iter_articles(paths: list[str | Path], warn: Callable[[str], None], fetcher=None) -> tuple[list[Path], Iterator[Article]]:
    """The files under ``paths`` (checked before anything is read) and their articles,
    then the articles of the http(s) URLs and local feed files (.rss, .atom, .xml) among
    ``paths``, read with ``fetcher`` (a ``kg.fetch.Fetcher``; ``None`` refuses them)."""
    from .fetch import FEED_SUFFIXES, read_sources
    from .ingest import is_url

    sources = [str(p) for p in paths if is_url(str(p)) or (Path(p).suffix.lower() in FEED_SUFFIXES and Path(p).is_file())]
    local = [p for p in paths if str(p) not in sources]
    if sources and fetcher is None:
        raise InputError(f"{sources[0]}: URLs and feeds are not read with --offline; drop the option or the URL")
    files = expand_paths(local, warn) if local or not sources else []

    def local_articles() -> Iterator[Article]:
        for f in files:
            arts = read_file(f, warn)
            while True:
                try:
                    yield next(arts)
                except StopIteration:
                    break
                except InputError as exc:
                    if len(files) == 1 and not sources:
                        raise
                    warn(f"{exc}; skipped")  # one bad file in a folder does not stop the others
                    break

    def gen() -> Iterator[Article]:
        fetched = read_sources(sources, fetcher, warn) if sources else ()
        for art in itertools.chain(local_articles(), fetched):
            for w in art.warnings:
                warn(w)
            if not art.text.strip():
                warn(f"{art.name}: no article text, skipped")
                continue
            yield art

    return files, gen()


def extract_paths(
    paths: list[str | Path],
    warn: Callable[[str], None] = lambda m: None,
    on_failure: Callable[[Failure], None] | None = None,
    fetcher=None,
) -> Iterator[Extraction]:
    """Extractions of every article under ``paths`` (and URLs and feeds, with ``fetcher``),
    touching no store.

    An article that cannot be read goes to ``on_failure`` and the others are read on.
    """
    _, articles = iter_articles(paths, warn, fetcher)
    yield from Extractor().extract_many(articles, on_failure=on_failure)


def ingest_paths(
    paths: list[str | Path],
    store,
    base: str = DEFAULT_BASE,
    progress: Callable[[Extraction], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    fetcher=None,
    stop: Callable[[], bool] | None = None,
) -> IngestSummary:
    """Extract every article under ``paths`` and replace its named graph in ``store``.

    ``store`` is a GraphStore, a RemoteStore, or the folder of a GraphStore; the paths
    are checked before the store is opened, so a bad path leaves no trace. An article
    that cannot be read is left out (its earlier version, if any, stays), listed in the
    summary's ``failures`` and passed to ``on_failure``; the rest are written.

    URLs and feed files among ``paths`` are read with ``fetcher`` (``kg.fetch``), whose
    record of what was fetched is saved once the run has written everything. ``stop``,
    asked between articles, ends the run early (what was written stays, summary refreshed).
    """
    summary = IngestSummary()
    started = time.perf_counter()
    _, articles = iter_articles(paths, summary.warnings.append, fetcher)
    if stop is not None:
        articles = _until(articles, stop)
    if isinstance(store, (str, Path)):
        store = GraphStore(store)
    def failed(f: Failure) -> None:
        summary.failures.append(f)
        if on_failure:
            on_failure(f)

    finished = False
    try:
        for ex in Extractor().extract_many(articles, on_failure=failed):
            try:
                store.replace_graph(article_iri(ex.article.id, base), extraction_nquads(ex, base))
            except KgError:
                raise  # the store itself failed (disk, lock, server): no later article would fare better
            except Exception as exc:  # noqa: BLE001 - one article's text the store refused fails alone
                first = str(exc).strip().split("\n")[0][:300]
                failed(Failure(ex.article, None, f"not written: {type(exc).__name__}: {first}"))
                continue
            summary.articles += 1
            summary.relations += len(counts.relations(ex))
            if progress:
                progress(ex)
            if summary.articles % REFRESH_EVERY == 0:
                store.flush()
                refresh(store, base)
        finished = True
        if fetcher is not None and not (stop and stop()):
            fetcher.record.save()
    finally:
        # the summary graph always describes what was written, even when the run stopped early
        # (an error, Ctrl-C); a refresh that fails then must not hide why the run stopped
        if finished:
            _refresh_all(store, base)
        else:
            with contextlib.suppress(Exception):
                _refresh_all(store, base)
    summary.seconds = time.perf_counter() - started
    return summary


def _until(articles: Iterator[Article], stop: Callable[[], bool]) -> Iterator[Article]:
    for art in articles:
        if stop():
            return
        yield art


def _refresh_all(store, base: str) -> None:
    store.flush()
    refresh(store, base)
    store.flush()


def count_files(paths: list[str | Path]) -> int:
    """How many input files ``paths`` name (for a progress bar)."""
    return len(expand_paths(paths))


@dataclass
class BulkSummary:
    """What a bulk load did, and where its time went (seconds)."""

    articles: int = 0
    relations: int = 0
    quads: int = 0  # N-Quads lines written, the summary graph's included
    seconds: float = 0.0
    produce_seconds: float = 0.0  # making N-Quads text and the summary, in the producer process
    source_seconds: float = 0.0  # waiting on the extractions (the extractor, or a generator)


def bulk_ingest(
    extractions: Iterable[Extraction],
    store: GraphStore,
    base: str = DEFAULT_BASE,
    progress: Callable[[int], None] | None = None,
) -> BulkSummary:
    """A first load into an empty store, as fast as Oxigraph's bulk loader goes.

    A forked producer process turns the extractions into N-Quads (each actor described
    once, the summary graph computed as they pass, by ``kg.summary.SummaryBuilder``) and
    writes them into a pipe that Oxigraph's bulk loader reads in this process: text-making
    and loading run on two cores at once. Not transactional and not for a store that
    already holds articles (``StoreError``); ``ingest_paths`` is the way to add to one.
    """
    if len(store.store) or any(True for _ in store.store.named_graphs()):
        raise StoreError(f"the store at {store.path} is not empty; bulk loading is for a new store (use kg ingest)")
    started = time.perf_counter()
    data_r, data_w = os.pipe()
    stats_r, stats_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the producer: never touches the store
        code = 0
        try:
            os.close(data_r)
            os.close(stats_r)
            out = _producer(extractions, base, data_w)
            with os.fdopen(stats_w, "w") as f:
                json.dump(out, f)
        except BaseException:  # noqa: BLE001 - reported through the exit status
            import traceback

            traceback.print_exc()
            code = 1
        finally:
            os._exit(code)
    os.close(data_w)
    os.close(stats_w)
    try:
        with os.fdopen(data_r, "rb", buffering=1 << 20) as stream:
            store.bulk_load(stream)
    finally:
        with os.fdopen(stats_r) as f:
            raw = f.read()
        _, status = os.waitpid(pid, 0)
    if status != 0 or not raw:
        raise StoreError("the bulk load's producer process failed (see above); the store may be partly loaded: delete it and retry")
    got = json.loads(raw)
    store.flush()
    out = BulkSummary(**got)
    out.seconds = time.perf_counter() - started
    if progress:
        progress(out.articles)
    return out


def _producer(extractions: Iterable[Extraction], base: str, fd: int) -> dict:
    clock = time.perf_counter
    builder = SummaryBuilder(base)
    described: set[str] = set()
    stats = {"articles": 0, "relations": 0, "quads": 0, "produce_seconds": 0.0, "source_seconds": 0.0}
    with os.fdopen(fd, "wb", buffering=1 << 20) as out:
        it = iter(extractions)
        chunk: list[str] = []
        while True:
            t0 = clock()
            ex = next(it, None)
            t1 = clock()
            stats["source_seconds"] += t1 - t0
            if ex is None:
                break
            text = extraction_nquads(ex, base, ties=False, described=described)
            builder.add(ex)
            chunk.append(text)
            stats["articles"] += 1
            stats["relations"] += len(counts.relations(ex))
            if len(chunk) >= 256:
                data = "".join(chunk)
                stats["quads"] += data.count("\n")
                out.write(data.encode("utf-8"))
                chunk = []
            stats["produce_seconds"] += clock() - t1
        t1 = clock()
        data = "".join(chunk) + builder.nquads()
        stats["quads"] += data.count("\n")
        out.write(data.encode("utf-8"))
        stats["produce_seconds"] += clock() - t1
    return stats
