"""Backfills beyond one machine: extraction on a Dask cluster into N-Quads shards.

The articles named (files, folders, JSONL) are read on the client and cut into
partitions of ``partition_size`` articles, sent to the workers a few at a time. Each
worker loads the spaCy pipeline and the compiled lexicons once (``KgWorker``, a Dask
worker plugin), extracts its partition and writes one shard: ``part-NNNNN.nq``, the
N-Quads of its articles in kg's model (each article its own named graph), written to a
temporary name and renamed when whole. The client keeps ``manifest.json`` beside the
shards: per shard its partition, articles, relations, failed articles and SHA-256.

Faults: Dask runs the partition of a worker that dies on another worker; as a shard is
renamed into place only when whole, and a partition always writes the same file, a
retried partition replaces, never adds. A run given the same inputs and shard folder
skips each partition whose shard is complete (its manifest entry, the same articles, the
same checksum on disk).

``load_shards`` puts the shards into a store (the embedded one or a SPARQL server): each
article graph replaces the one of the same name, as ``kg ingest`` does, and the summary
graph is refreshed once at the end.

Dask is optional: ``pip install -e '.[dask]'``.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, KgError
from .ingest import Article
from .ontology import DEFAULT_BASE

MANIFEST = "manifest.json"
PLUGIN = "kg-extractor"
DEFAULT_PARTITION = 100


@dataclass
class ShardRun:
    """What a sharded extraction did."""

    shards: Path
    partitions: int = 0
    skipped: int = 0  # complete shards of an earlier run, not extracted again
    articles: int = 0
    relations: int = 0
    failed: list[str] = field(default_factory=list)
    seconds: float = 0.0
    dashboard: str | None = None

    def __str__(self) -> str:
        failed = f", {len(self.failed)} failed" if self.failed else ""
        skipped = f" ({self.skipped} complete from an earlier run)" if self.skipped else ""
        return (f"{self.partitions} partitions{skipped}, {self.articles} articles, {self.relations} relations{failed}, "
                f"{self.seconds:.1f} s")


def _dask():
    try:
        import distributed
    except ImportError:
        raise KgError("--scheduler needs Dask: pip install -e '.[dask]' (or pip install 'dask[distributed]')") from None
    return distributed


def connect(scheduler: str):
    """A Dask client: ``local:N`` starts a LocalCluster of N worker processes (one thread
    each), anything else is the address of a running scheduler (tcp://host:8786)."""
    distributed = _dask()
    if scheduler.startswith("local:") or scheduler == "local":
        n = scheduler.partition(":")[2] or "2"
        if not n.isdigit() or int(n) < 1:
            raise KgError(f"--scheduler {scheduler}: write local:N with N worker processes, e.g. local:2")
        cluster = distributed.LocalCluster(n_workers=int(n), threads_per_worker=1, processes=True,
                                           dashboard_address="127.0.0.1:0", silence_logs=40)
        return distributed.Client(cluster)
    try:
        return distributed.Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); start one with 'dask scheduler' "
                      "or give --scheduler local:N") from None


def _worker_plugin(time_limit: float | None, max_chars: int | None):
    distributed = _dask()

    class KgWorker(distributed.WorkerPlugin):
        """Loads the extractor (spaCy and the lexicons) once per worker, not per task."""

        name = PLUGIN

        def __init__(self) -> None:
            self.extractor = None

        def setup(self, worker) -> None:
            from .extraction import Extractor
            from .pipeline import set_limits

            set_limits(time_limit, max_chars)
            self.extractor = Extractor()
            self.extractor.extract(Article(id="warm-up", name="warm-up", text="Chile praised Peru."))

    return KgWorker()


def _extract_partition(index: int, articles: list[Article], base: str, path: str, key: str) -> dict:
    """On a worker: the partition's shard, written whole, and what it holds."""
    from distributed import get_worker

    from . import counts
    from .graph import extraction_nquads

    extractor = get_worker().plugins[PLUGIN].extractor
    failed: list[str] = []
    parts: list[str] = []
    done = relations = 0
    for ex in extractor.extract_many(articles, workers=1, on_failure=lambda f: failed.append(f.describe())):
        parts.append(extraction_nquads(ex, base))
        done += 1
        relations += len(counts.relations(ex))
    data = "".join(parts).encode("utf-8")
    tmp = f"{path}.tmp-{uuid.uuid4().hex}"
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)  # whole or not at all: a retried partition replaces it
    return {"partition": index, "file": Path(path).name, "key": key, "articles": done, "relations": relations,
            "failed": failed, "sha256": hashlib.sha256(data).hexdigest()}


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    part: list[Article] = []
    for art in articles:
        part.append(art)
        if len(part) == size:
            yield part
            part = []
    if part:
        yield part


def read_manifest(shards: Path) -> dict[str, dict]:
    path = shards / MANIFEST
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))["shards"]
    except (OSError, ValueError, KeyError, TypeError):
        raise InputError(f"{path}: not a kg shard manifest; give an empty folder or one kg wrote") from None


def _write_manifest(shards: Path, entries: dict[str, dict], base: str) -> None:
    tmp = shards / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps({"base": base, "shards": dict(sorted(entries.items()))}, indent=1), encoding="utf-8")
    tmp.replace(shards / MANIFEST)


def extract_to_shards(
    articles: Iterable[Article], shards: str | Path, client, *, base: str = DEFAULT_BASE,
    partition_size: int = DEFAULT_PARTITION, time_limit: float | None = None, max_chars: int | None = None,
    progress: Callable[[dict], None] | None = None,
) -> ShardRun:
    """Extract ``articles`` on the workers of ``client`` into shards in the folder ``shards``
    (see the module text); complete shards of an earlier run are kept."""
    distributed = _dask()
    started = time.perf_counter()
    folder = Path(shards)
    folder.mkdir(parents=True, exist_ok=True)
    manifest = read_manifest(folder)
    run = ShardRun(folder, dashboard=getattr(client, "dashboard_link", None))
    client.register_plugin(_worker_plugin(time_limit, max_chars), name=PLUGIN)
    window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    pending = distributed.as_completed()
    in_flight = 0

    def take(entry: dict) -> None:
        manifest[entry["file"]] = entry
        run.articles += entry["articles"]
        run.relations += entry["relations"]
        run.failed += entry["failed"]
        if progress:
            progress(entry)

    for index, part in enumerate(_partitions(articles, partition_size)):
        run.partitions += 1
        name = f"part-{index:05d}.nq"
        key = hashlib.sha1(("\n".join([base] + [a.id + hashlib.sha1(a.text.encode()).hexdigest() for a in part])).encode()).hexdigest()
        done = manifest.get(name)
        if done and done.get("key") == key and (folder / name).exists() and _sha256(folder / name) == done.get("sha256"):
            run.skipped += 1
            take(done)
            continue
        pending.add(client.submit(_extract_partition, index, part, base, str(folder / name), key,
                                  key=f"kg-{key[:16]}-{index}", pure=False, retries=2))
        in_flight += 1
        while in_flight >= window:
            take(next(pending).result())
            in_flight -= 1
            _write_manifest(folder, manifest, base)
    for fut in pending:
        take(fut.result())
        _write_manifest(folder, manifest, base)
    _write_manifest(folder, manifest, base)
    for stray in folder.glob("part-*.nq.tmp-*"):  # left by a worker killed while writing
        stray.unlink(missing_ok=True)
    run.seconds = time.perf_counter() - started
    return run


def load_shards(store, shards: str | Path, base: str = DEFAULT_BASE, progress: Callable[[str], None] | None = None
                ) -> tuple[int, int]:
    """Load the shards listed in the folder's manifest into ``store`` (each article graph
    replacing its namesake), refresh the summary graph once; (shards, quads) loaded. A shard
    whose checksum is not its manifest's is an error, before anything is written."""
    from .interop import load_file
    from .summary import refresh

    folder = Path(shards)
    entries = read_manifest(folder)
    if not entries:
        raise InputError(f"{folder}: no {MANIFEST}; give a folder of shards written by kg extract --shards")
    for name, entry in entries.items():
        if not (folder / name).exists():
            raise InputError(f"{folder / name}: listed in the manifest but missing; run the extraction again")
        if _sha256(folder / name) != entry["sha256"]:
            raise InputError(f"{folder / name}: its checksum is not the manifest's (changed or cut short); run the extraction again")
    quads = 0
    for name, entry in entries.items():
        if entry["articles"]:
            quads += load_file(store, folder / name, "nquads", None, base, refresh_summary=False).quads
        if progress:
            progress(name)
    store.flush()
    refresh(store, base)
    store.flush()
    return len(entries), quads
