"""Extraction on a Dask cluster (issue 17), with a LocalCluster of two worker processes:
the shards make the same graph as a plain ingest, a worker killed mid-run changes nothing,
a re-run skips complete shards, and shards load into the embedded store and into a real
Oxigraph server alike. The reference is the plain `kg ingest` of the same articles."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="Dask is an optional extra: pip install -e '.[dask]'")

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).with_name("kg"))
#: the sample articles and the devset's: 21 articles
INPUTS = [str(ROOT / "data"), str(ROOT / "tests" / "fixtures" / "devset" / "corpus")]


def kg(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([KG, *args], capture_output=True, text=True, timeout=timeout)


def nquads(store: Path) -> set[str]:
    out = kg("export", "--format", "nquads", "--store", str(store))
    assert out.returncode == 0, out.stderr
    lines = {x for x in out.stdout.splitlines() if x.strip()}
    assert not any("_:" in x for x in lines)  # no blank nodes: equal lines are an isomorphism
    return lines


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("plain") / "kg"
    out = kg("ingest", *INPUTS, "--store", str(store), "-q")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("21 articles, 192 relations, ")
    return store


def test_local_cluster_gives_the_plain_graph_and_a_rerun_skips_its_shards(plain, tmp_path):
    shards = tmp_path / "shards"
    first = kg("extract", *INPUTS, "--scheduler", "local:2", "--shards", str(shards), "--partition-size", "4")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("6 partitions, 21 articles, 192 relations, ")
    assert "Dask dashboard: http://127.0.0.1:" in first.stderr
    manifest = json.loads((shards / "manifest.json").read_text())["shards"]
    assert sorted(manifest) == [f"part-{i:05d}.nq" for i in range(6)]
    assert sum(e["articles"] for e in manifest.values()) == 21
    assert sum(e["relations"] for e in manifest.values()) == 192
    stamps = {f.name: f.stat().st_mtime_ns for f in shards.glob("part-*.nq")}

    again = kg("extract", *INPUTS, "--scheduler", "local:2", "--shards", str(shards), "--partition-size", "4")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("6 partitions (6 complete from an earlier run), 21 articles, 192 relations, ")
    assert {f.name: f.stat().st_mtime_ns for f in shards.glob("part-*.nq")} == stamps  # not written again

    store = tmp_path / "kg"
    loaded = kg("load", str(shards), "--store", str(store))
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.startswith("loaded ") and " from 6 shards " in loaded.stdout
    assert nquads(store) == nquads(plain)


def test_ingest_with_a_scheduler_gives_the_plain_graph(plain, tmp_path):
    store = tmp_path / "kg"
    out = kg("ingest", *INPUTS, "--scheduler", "local:2", "--partition-size", "5", "--store", str(store), "-q")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("5 partitions, 21 articles, 192 relations, ")
    assert nquads(store) == nquads(plain)


def test_a_worker_killed_mid_run_changes_nothing(plain, tmp_path):
    from kg.distributed import connect, extract_to_shards, load_shards
    from kg.pipeline import iter_articles
    from kg.store import GraphStore

    shards = tmp_path / "shards"
    client = connect("local:2")
    try:
        pids = client.run(os.getpid)  # worker address -> its process
        assert len(pids) == 2
        _, articles = iter_articles(INPUTS, lambda m: None)
        result: dict = {}

        def run() -> None:
            try:
                result["run"] = extract_to_shards(articles, shards, client, partition_size=1)
            except BaseException as exc:  # noqa: BLE001 - reported below
                result["error"] = exc

        t = threading.Thread(target=run)
        t.start()
        deadline = time.monotonic() + 120
        while len(list(shards.glob("part-*.nq"))) < 3 and time.monotonic() < deadline and t.is_alive():
            time.sleep(0.05)
        assert t.is_alive(), "the run ended before a worker could be killed"
        os.kill(next(iter(pids.values())), signal.SIGKILL)
        t.join(300)
        assert "error" not in result, result.get("error")
        run = result["run"]
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()
    assert (run.partitions, run.articles, run.relations) == (21, 21, 192)
    assert not list(shards.glob("*.tmp-*"))
    store = GraphStore(tmp_path / "kg")
    load_shards(store, shards)
    articles = sum(1 for _ in store.query("SELECT DISTINCT ?a WHERE { ?a a kg:Article }"))
    del store
    assert articles == 21  # no article twice
    assert nquads(tmp_path / "kg") == nquads(plain)


@pytest.mark.skipif(shutil.which("oxigraph") is None, reason="the oxigraph server (pip install oxigraph) is not installed")
def test_shards_load_into_an_oxigraph_server_with_the_same_counts(plain, tmp_path, oxigraph_server):
    shards = tmp_path / "shards"
    out = kg("extract", *INPUTS, "--scheduler", "local:2", "--shards", str(shards), "--partition-size", "8")
    assert out.returncode == 0, out.stderr
    loaded = kg("load", str(shards), "--endpoint", oxigraph_server + "/query")
    assert loaded.returncode == 0, loaded.stderr
    remote = kg("query", "counts", "--format", "json", "--endpoint", oxigraph_server + "/query")
    local = kg("query", "counts", "--format", "json", "--store", str(plain))
    assert remote.returncode == 0, remote.stderr
    assert json.loads(remote.stdout) == json.loads(local.stdout)
    assert json.loads(local.stdout)[0]["articles"] == 21 and json.loads(local.stdout)[0]["relations"] == 192


def test_without_dask_the_option_says_how_to_install_it(tmp_path):
    code = "import sys; sys.modules['distributed'] = None; from kg.cli import main; main()"
    out = subprocess.run([sys.executable, "-c", code, "extract", str(ROOT / "data"), "--scheduler", "local:2",
                          "--shards", str(tmp_path / "s")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    assert out.stderr.strip() == "Error: --scheduler needs Dask: pip install -e '.[dask]' (or pip install 'dask[distributed]')"
