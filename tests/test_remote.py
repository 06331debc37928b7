"""A store in a real SPARQL server: an Oxigraph server started on a free loopback port."""

from __future__ import annotations

import shutil

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from kg.cli import main
from kg.pipeline import ingest_paths
from kg.remote import RemoteStore, bind_inline
from kg.store import GraphStore

from conftest import DATA, free_port as _free_port

#: Only the tests that start the server need its command; the others run anywhere.
needs_oxigraph = pytest.mark.skipif(shutil.which("oxigraph") is None, reason="the oxigraph server (pip install oxigraph) is not installed")


def _rdflib(data: bytes) -> rdflib.Graph:
    return rdflib.Graph().parse(data=data.decode("utf-8"), format="nt")


@needs_oxigraph
def test_ingest_query_and_export_through_sparql_update(oxigraph_server, tmp_path):
    remote = RemoteStore(oxigraph_server + "/query", batch=4)
    summary = ingest_paths([DATA], remote)
    local = GraphStore(tmp_path / "local")
    ingest_paths([DATA], local)
    assert summary.articles == 9
    assert remote.graph_count() == 9
    assert isomorphic(_rdflib(remote.serialize("ntriples")), _rdflib(local.serialize("ntriples")))
    n = remote.triple_count()
    assert n == local.triple_count() and remote.quad_count() == local.quad_count() == len(local.quads())
    ingest_paths([DATA], remote)  # again: each article graph is replaced, nothing doubles
    assert remote.triple_count() == n and remote.quad_count() == local.quad_count()


@needs_oxigraph
def test_graph_store_protocol_writes(oxigraph_server, tmp_path):
    remote = RemoteStore(oxigraph_server + "/query", gsp_endpoint=oxigraph_server + "/store")
    ingest_paths([DATA / "07_wire.jsonl"], remote)
    local = GraphStore(tmp_path / "local")
    ingest_paths([DATA / "07_wire.jsonl"], local)
    assert remote.graph_count() == 3
    assert isomorphic(_rdflib(remote.serialize("ntriples")), _rdflib(local.serialize("ntriples")))


@needs_oxigraph
def test_the_cli_with_an_endpoint(oxigraph_server):
    runner = CliRunner()
    r = runner.invoke(main, ["ingest", str(DATA), "--endpoint", oxigraph_server + "/query"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["query", "members", "--format", "csv", "--endpoint", oxigraph_server + "/query"])
    assert "ASEAN,TLS,1" in r.output.splitlines()
    r = runner.invoke(main, ["query", "partners", "-p", "actor=IDN", "--format", "csv", "--endpoint", oxigraph_server + "/query"])
    assert r.output.splitlines()[1].startswith("IDN,KOR,PARTNER,")


def test_an_unreachable_server_is_one_line():
    r = CliRunner().invoke(main, ["query", "supplies", "--endpoint", f"http://127.0.0.1:{_free_port()}/query"])
    assert r.exit_code == 1
    assert r.output.startswith("Error: cannot reach http://127.0.0.1:") and r.output.count("\n") == 1


def test_parameters_travel_as_escaped_terms():
    import pyoxigraph as ox

    q = bind_inline("SELECT ?x WHERE { ?x ?p ?name }", {"name": ox.Literal('x" } ; DROP ALL ; #')})
    assert q == 'SELECT ?x WHERE { VALUES (?name) { ("x\\" } ; DROP ALL ; #") }  ?x ?p ?name }'
