"""The main job: read paths, extract, and write each article's graph into the store."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .extract import Extraction, Extractor
from .graph import article_iri, extraction_quads
from .errors import InputError
from .ingest import Article, expand_paths, read_file
from .ontology import DEFAULT_BASE
from .store import GraphStore


@dataclass
class IngestSummary:
    """What an ingest did."""

    articles: int = 0
    relations: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


def iter_articles(paths: list[str | Path], warn: Callable[[str], None]) -> tuple[list[Path], Iterator[Article]]:
    """The files under ``paths`` (checked before anything is read) and their articles."""
    files = expand_paths(paths)

    def gen() -> Iterator[Article]:
        for f in files:
            arts = read_file(f, warn)
            while True:
                try:
                    art = next(arts)
                except StopIteration:
                    break
                except InputError as exc:
                    if len(files) == 1:
                        raise
                    warn(f"{exc}; skipped")  # one bad file in a folder does not stop the others
                    break
                for w in art.warnings:
                    warn(w)
                if not art.text.strip():
                    warn(f"{art.name}: no article text, skipped")
                    continue
                yield art

    return files, gen()


def extract_paths(paths: list[str | Path], warn: Callable[[str], None] = lambda m: None) -> Iterator[Extraction]:
    """Extractions of every article under ``paths``, touching no store."""
    _, articles = iter_articles(paths, warn)
    yield from Extractor().extract_many(articles)


def ingest_paths(
    paths: list[str | Path],
    store,
    base: str = DEFAULT_BASE,
    progress: Callable[[Extraction], None] | None = None,
) -> IngestSummary:
    """Extract every article under ``paths`` and replace its named graph in ``store``.

    ``store`` is a GraphStore, a RemoteStore, or the folder of a GraphStore; the paths
    are checked before the store is opened, so a bad path leaves no trace.
    """
    summary = IngestSummary()
    started = time.perf_counter()
    _, articles = iter_articles(paths, summary.warnings.append)
    if isinstance(store, (str, Path)):
        store = GraphStore(store)
    for ex in Extractor().extract_many(articles):
        store.replace_graph(article_iri(ex.article.id, base), extraction_quads(ex, base))
        summary.articles += 1
        summary.relations += len(ex.asserted)
        if progress:
            progress(ex)
    store.flush()
    summary.seconds = time.perf_counter() - started
    return summary


def count_files(paths: list[str | Path]) -> int:
    """How many input files ``paths`` name (for a progress bar)."""
    return len(expand_paths(paths))
