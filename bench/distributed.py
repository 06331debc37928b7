"""Extraction on a Dask LocalCluster against the plain local run (issue 17).

What it measures
    On the seeded synthetic corpus of ``bench/throughput.py`` (N articles in one JSONL
    file), the articles/s of

    1. the plain local extraction (``kg.pipeline.extract_paths``, its own two worker
       processes, spaCy loaded and warmed up before the clock starts);
    2. ``kg.distributed.extract_to_shards`` on a LocalCluster of 1 and of 2 worker
       processes, from the first partition submitted to the last shard written (the
       cluster started and the workers' extractors loaded before the clock starts);

    and the overhead per partition: the wall time of the 1-worker run less the time the
    worker spent extracting (measured inside the tasks), divided by the partitions.
    Shards are N-Quads on local disk; loading them into a store is not timed here (see
    ``bench/throughput.py`` for the store's write rate).

How to run (from the repository root, with ``pip install -e '.[dask]'``)::

    python bench/distributed.py --articles 2000
    python bench/distributed.py --articles 2000 --partition-size 100 --json

It prints one row per run and the figures as JSON with ``--json``. A 2,000-article run
takes about three minutes on two cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import importlib.util

# this file's name is Dask's package's: its folder must not be on the import path
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
_spec = importlib.util.spec_from_file_location("kg_bench_throughput", HERE / "throughput.py")
_throughput = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _throughput  # its dataclasses look themselves up there
_spec.loader.exec_module(_throughput)
warm_up, write_corpus = _throughput.warm_up, _throughput.write_corpus  # the corpus of the throughput bench


def _timed_partition(index, articles, base, path, key):
    """On a worker: a partition as kg extracts it, with the seconds spent in it."""
    from kg.distributed import _extract_partition

    started = time.perf_counter()
    out = _extract_partition(index, articles, base, path, key)
    out["worker_seconds"] = time.perf_counter() - started
    return out


def cluster_run(articles: list, workers: int, partition_size: int, folder: Path) -> dict:
    import distributed

    import kg.distributed as kd

    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address="127.0.0.1:0", silence_logs=40)
    client = distributed.Client(cluster)
    try:
        client.register_plugin(kd._worker_plugin(None, None), name=kd.PLUGIN)  # load before the clock starts
        client.run(lambda: None)
        seconds_in_tasks: list[float] = []
        original = kd._extract_partition
        kd._extract_partition = _timed_partition  # the same work, timed inside the task

        def note(entry: dict) -> None:
            seconds_in_tasks.append(entry.get("worker_seconds", 0.0))

        started = time.perf_counter()
        try:
            run = kd.extract_to_shards(articles, folder, client, partition_size=partition_size, progress=note)
        finally:
            kd._extract_partition = original
        wall = time.perf_counter() - started
    finally:
        client.close()
        cluster.close()
    return {"workers": workers, "articles": run.articles, "relations": run.relations, "partitions": run.partitions,
            "seconds": round(wall, 2), "articles_per_s": round(run.articles / wall, 1),
            "seconds_in_tasks": round(sum(seconds_in_tasks), 2),
            "overhead_per_partition_s": round((wall * workers - sum(seconds_in_tasks)) / run.partitions, 3)}


def plain_run(paths: list[Path]) -> dict:
    from kg.pipeline import extract_paths

    started = time.perf_counter()
    n = relations = 0
    for ex in extract_paths(paths):
        n += 1
        relations += len(ex.asserted)
    wall = time.perf_counter() - started
    return {"workers": "plain", "articles": n, "relations": relations, "partitions": None, "seconds": round(wall, 2),
            "articles_per_s": round(n / wall, 1), "seconds_in_tasks": None, "overhead_per_partition_s": None}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--partition-size", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    from kg.pipeline import iter_articles

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        write_corpus(tmp_path / "corpus", a.articles, True, a.seed)
        paths = sorted((tmp_path / "corpus").glob("*.jsonl"))
        warm_up()
        rows = [plain_run(paths)]
        for workers in (1, 2):
            print(f"LocalCluster of {workers} ...", file=sys.stderr)
            _, articles = iter_articles(paths, lambda m: None)
            rows.append(cluster_run(list(articles), workers, a.partition_size, tmp_path / f"shards-{workers}"))
    result = {"date": dt.date.today().isoformat(), "cpus": os.cpu_count(), "python": platform.python_version(),
              "articles": a.articles, "partition_size": a.partition_size, "runs": rows}
    if a.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"{'run':>8} {'articles':>8} {'relations':>9} {'partitions':>10} {'seconds':>8} {'art/s':>7} {'overhead/partition':>18}")
    for r in rows:
        over = "" if r["overhead_per_partition_s"] is None else f"{r['overhead_per_partition_s']:.3f} s"
        print(f"{str(r['workers']):>8} {r['articles']:>8} {r['relations']:>9} {str(r['partitions'] or ''):>10} "
              f"{r['seconds']:>8.1f} {r['articles_per_s']:>7.1f} {over:>18}")
    print(f"({result['date']}, {result['cpus']} CPUs, Python {result['python']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
