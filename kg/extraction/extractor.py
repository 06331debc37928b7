"""Extracting many articles: the parse-only-what-can-hold-a-relation mask, batches, worker processes,
and failures that stay with their article."""

from __future__ import annotations

import collections
import ctypes
import itertools
import logging
import multiprocessing
import os
import signal
import sys
import weakref
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..actors import Dictionary
from ..errors import ExtractionError
from ..ingest import Article
from ..nlp import load_pipeline
from . import components, mentions
from .model import ActorRef, Extraction, Failure
from .reader import ArticleState, Resources, default_resources

log = logging.getLogger("kg.extraction")

OnFailure = Callable[[Failure], None]


def _log_failure(failure: Failure) -> None:
    log.warning("%s; article skipped", failure.describe())


class Extractor:
    """Reads articles with spaCy (kg's pipeline: parser, ``kg_actors``, ``kg_events``); one
    instance serves many articles."""

    def __init__(self, dictionary: Dictionary | None = None, nlp=None) -> None:
        self.res = Resources(dictionary) if dictionary is not None else default_resources()
        self.dict = self.res.dict
        self.nlp = nlp or load_pipeline()
        if "kg_events" not in self.nlp.pipe_names:
            from . import components  # noqa: F401 - registers the factories

            self.nlp.add_pipe("kg_actors")
            self.nlp.add_pipe("kg_events")

    def extract(self, article: Article) -> Extraction:
        """Everything one article yields; ``ExtractionError`` (one line) when it cannot be read."""
        (out,) = self._extract_batch([article])
        if isinstance(out, Failure):
            raise ExtractionError(out.describe())
        return out

    def extract_many(
        self,
        articles: Iterable[Article],
        batch_size: int = 32,
        workers: int | None = None,
        on_failure: OnFailure | None = None,
    ) -> Iterator[Extraction]:
        """Extractions for many articles, in input order.

        Only sentences that can hold a relation are parsed (the others are blanked out,
        offsets kept). With ``workers`` > 1 (by default two, on a two-core machine, once
        there are more than a few batches) whole batches are extracted in forked worker
        processes, so reading the parse runs in parallel too.

        An article that cannot be read is not yielded: it goes to ``on_failure`` as a
        ``Failure`` (by default a warning on the ``kg.extraction`` logger), and the other
        articles of its batch are read as usual.
        """
        report = on_failure or _log_failure
        for out in self._results(articles, batch_size, workers):
            if isinstance(out, Failure):
                report(out)
            else:
                yield out

    def _results(self, articles: Iterable[Article], batch_size: int, workers: int | None) -> Iterator[Extraction | Failure]:
        arts = iter(articles)
        first = [a for _, a in zip(range(batch_size * 2), arts)]
        n = workers if workers is not None else min(2, os.cpu_count() or 1)
        if n <= 1 or len(first) < batch_size * 2:
            yield from self._extract_batch(first)
            for batch in _batches(arts, batch_size):
                yield from self._extract_batch(batch)
            return
        global _WORKER
        _WORKER = self
        pool = _Pool(n)
        finished = False
        try:
            pending: collections.deque = collections.deque()  # (batch, future), in input order
            batches = _batches(itertools.chain(first, arts), batch_size)

            def fill() -> None:
                while len(pending) < 2 * n:
                    batch = next(batches, None)
                    if batch is None:
                        return
                    pending.append((batch, pool.submit(batch)))

            fill()
            while pending:
                batch, future = pending.popleft()
                try:
                    result = future.result()
                except BrokenProcessPool:
                    # a worker died (the out-of-memory killer, a signal): this batch and those in
                    # flight with it go again in a fresh pool, one article at a time, so that the
                    # article that kills its worker twice is the only one reported
                    again = [batch] + [b for b, _ in pending]
                    pending.clear()
                    pool.renew()
                    for art in (a for b in again for a in b):
                        yield from pool.alone(art)
                    fill()
                    continue
                yield from result
                fill()
            finished = True
        finally:
            pool.close(wait=finished)  # stopped early (Ctrl-C, an error): do not wait for the workers

    def _extract_batch(self, batch: list[Article]) -> list[Extraction | Failure]:
        """One batch through the pipeline; an error is pinned on the article that raised it."""
        out: list[Extraction | Failure | None] = [None] * len(batch)
        docs, where = [], []
        for i, art in enumerate(batch):
            try:
                with components.time_limit():
                    st = ArticleState(self.res, art)
                    doc = self.nlp.make_doc(mentions.masked_text(st))
            except components.ReadingTimeout:
                out[i] = Failure(art, None, components.timeout_message())
                continue
            except Exception as exc:  # noqa: BLE001 - this article fails, not the batch
                out[i] = Failure(art, None, _one_line(exc))
                continue
            doc._.kg_article = art
            doc._.kg_state = st
            docs.append(doc)
            where.append(i)
        try:
            parsed = list(self.nlp.pipe(docs, batch_size=len(docs) or 1))
        except Exception as exc:  # noqa: BLE001 - find the article that raised it
            if len(docs) > 1:
                for i in where:
                    out[i] = self._extract_batch([batch[i]])[0]
                return out  # type: ignore[return-value]
            for i in where:
                out[i] = Failure(batch[i], None, _one_line(exc))
            return out  # type: ignore[return-value]
        for i, doc in zip(where, parsed):
            if doc._.kg_failure is not None:
                index, error = doc._.kg_failure
                out[i] = Failure(batch[i], index, error)
            else:
                out[i] = doc._.kg_extraction
        return out  # type: ignore[return-value]

    def ref(self, actor_id: str) -> ActorRef:
        return self.res.ref(actor_id)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}"[:300]


_WORKER: Extractor | None = None  # the extractor a forked worker inherits


def _extract_in_worker(batch: list[Article]) -> list[Extraction | Failure]:
    return _WORKER._extract_batch(batch)


class _Pool:
    """Forked worker processes whose death is noticed: a killed worker breaks the pool
    (``BrokenProcessPool``) instead of leaving its task waited on for ever."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.executor = self._new()
        _LIVE_POOLS.add(self)

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.n, mp_context=multiprocessing.get_context("fork"), initializer=_quiet_worker,
                                   initargs=(os.getpid(),))

    def terminate(self) -> None:
        for proc in list((getattr(self.executor, "_processes", None) or {}).values()):
            proc.terminate()

    def submit(self, batch: list[Article]) -> Future:
        try:
            return self.executor.submit(_extract_in_worker, batch)
        except BrokenProcessPool as exc:  # broken since the last submit: the caller sees it on result()
            failed: Future = Future()
            failed.set_exception(exc)
            return failed

    def renew(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def alone(self, art: Article) -> list[Extraction | Failure]:
        """One article in a worker of its own; a second death is that article's failure."""
        try:
            return self.submit([art]).result()
        except BrokenProcessPool:
            self.renew()
            return [Failure(art, None, "its worker process died twice (killed, or out of memory)")]

    def close(self, wait: bool = True) -> None:
        if not wait:
            self.terminate()
        self.executor.shutdown(wait=wait, cancel_futures=True)
        _LIVE_POOLS.discard(self)


_LIVE_POOLS: weakref.WeakSet[_Pool] = weakref.WeakSet()


def _quiet_worker(parent: int) -> None:
    """Workers leave Ctrl-C to the main process, which stops them (``stop_workers``), and die
    with it: a main process killed outright (SIGKILL, the OOM killer) leaves no worker behind
    holding its memory."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):
            return
        if os.getppid() != parent:
            os._exit(0)  # the parent died before the request could be made


#: prctl(2) option: the signal this process gets when its parent dies.
PR_SET_PDEATHSIG = 1


def stop_workers() -> None:
    """Terminate every extraction worker process of this process (on Ctrl-C)."""
    for pool in list(_LIVE_POOLS):
        pool.terminate()


def _batches(items: Iterator, size: int) -> Iterator[list]:
    while True:
        batch = [x for _, x in zip(range(size), items)]
        if not batch:
            return
        yield batch


def extract_articles(
    articles: Iterable[Article], extractor: Extractor | None = None, on_failure: OnFailure | None = None
) -> Iterator[Extraction]:
    """Extractions for ``articles`` with a shared extractor."""
    ex = extractor or Extractor()
    yield from ex.extract_many(articles, on_failure=on_failure)
