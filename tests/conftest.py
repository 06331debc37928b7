"""Shared fixtures: the extractor (spaCy loads once), paths to ../shared, small stores."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "000_seed_russia_india_pakistan.txt"
SEED_GOLD = SHARED / "gold" / "000_seed_russia_india_pakistan.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DATA = ROOT / "data"

needs_shared = pytest.mark.skipif(
    not SEED.exists(), reason="../shared (the seed article and gold files) is not beside this checkout"
)


@pytest.fixture(scope="session")
def extractor():
    from kg.extraction import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """A store holding the seed article only."""
    if not SEED.exists():
        pytest.skip("../shared is not beside this checkout")
    from kg.pipeline import ingest_paths
    from kg.store import GraphStore

    store = GraphStore(tmp_path_factory.mktemp("seed") / "store")
    ingest_paths([SEED], store)
    return store


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory):
    """A store holding the bundled sample articles of data/."""
    from kg.pipeline import ingest_paths
    from kg.store import GraphStore

    store = GraphStore(tmp_path_factory.mktemp("sample") / "store")
    ingest_paths([DATA], store)
    return store


@pytest.fixture()
def poisoned(monkeypatch):
    """Reading any sentence that says "Ruritanian" raises, as a bug in one rule would."""
    from kg.extraction import roles

    real = roles.relations_for

    def relations_for(st, tok, rtype):
        if "Ruritanian" in tok.sent.text:
            raise RuntimeError("a rule broke on this sentence")
        return real(st, tok, rtype)

    monkeypatch.setattr(roles, "relations_for", relations_for)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def oxigraph_server(tmp_path):
    """A real Oxigraph SPARQL server on a free loopback port, its data in ``tmp_path``."""
    from kg.server import wait_until_up

    port = free_port()
    proc = subprocess.Popen(
        ["oxigraph", "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/query?query=ASK%7B%7D", 20)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def children_of(pid: int) -> list[int]:
    """The process ids whose parent is ``pid`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def process_alive(pid: int) -> bool:
    """Whether ``pid`` is a running process (a zombie awaiting its reaper is not)."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def listening_addresses(port: int) -> set[str]:
    """The local addresses of the TCP sockets listening on ``port``, read from the kernel's
    table (/proc/net/tcp and tcp6), not from kg: "127.0.0.1", "0.0.0.0", "::"..."""
    import ipaddress

    found = set()
    for table, size in (("/proc/net/tcp", 4), ("/proc/net/tcp6", 16)):
        try:
            lines = open(table, encoding="ascii").read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            addr, hexport = local.split(":")
            if state == "0A" and int(hexport, 16) == port:  # 0A: LISTEN
                raw = bytes.fromhex(addr)
                # the kernel writes each 32-bit word in host (little-endian) order
                raw = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
                found.add(str(ipaddress.ip_address(raw if size == 16 else raw[:4])))
    return found
