"""kg/server.py's answers to the letter: content negotiation, the reply to each kind of
query, the errors and limits, and the requests the endpoint refuses. A real Oxigraph store
holds a few quads written here; the endpoint is a real one (its query processes run).
Written to kill the mutants bench/mutation.py found alive (``answer`` and ``_negotiate``
run in the query processes, where mutmut cannot see which test reached them)."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
import rdflib

from kg.server import GRAPH_TYPES, RESULT_TYPES, Endpoint, Reply, _negotiate, answer
from kg.store import GraphStore

E = "http://e.org/"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = GraphStore(tmp_path_factory.mktemp("srv") / "store")
    g = ox.NamedNode(E + "article/1")
    s.bulk_load([ox.Quad(ox.NamedNode(E + f"s{i}"), ox.NamedNode(E + "p"), ox.Literal(f"v{i}"), g) for i in range(3)])
    s.flush()
    return s


@pytest.mark.parametrize("accept, media", [
    ("", "application/sparql-results+json"),
    ("text/csv", "text/csv"),
    ("TEXT/CSV", "text/csv"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv;q=0.9, text/tab-separated-values;q=0.9", "text/csv"),
    ("text/tab-separated-values;q=0.9, text/csv;q=0.9", "text/tab-separated-values"),
    ("*/*", "application/sparql-results+json"),
    ("text/*", "text/csv"),
    ("application/*", "application/sparql-results+json"),
    ("*/*, application/sparql-results+json;q=0", "application/json"),
    ("text/*, text/csv;q=0", "text/tab-separated-values"),
    ("image/png", None),
    ("text/csv;q=abc", None),
    ("text/csv;q=0", None),
    ("image/png, text/csv;q=0.1", "text/csv"),
    ("text/csv; charset=utf-8; q=0.2, application/xml;q=0.3", "application/xml"),
    ("text/csv;q=1, application/xml", "text/csv"),  # no q is q=1: the first of equals wins
])
def test_negotiate_results(accept, media):
    assert _negotiate(accept, RESULT_TYPES) == media


def test_negotiate_graphs():
    assert _negotiate("", GRAPH_TYPES) == "text/turtle"
    assert _negotiate("text/plain", GRAPH_TYPES) == "text/plain"
    assert _negotiate("*/*;q=0.1, application/n-triples", GRAPH_TYPES) == "application/n-triples"
    assert _negotiate("application/*", GRAPH_TYPES) == "application/n-triples"
    assert _negotiate("application/sparql-results+json", GRAPH_TYPES) is None


def test_an_error_reply():
    assert Reply.error(400, "bad") == Reply(400, "text/plain; charset=utf-8", b"bad\n")


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://e.org/p> ?o }"


def test_answers_in_each_results_format(store):
    r = answer(store, COUNT, "text/csv", 1000)
    assert (r.status, r.content_type, r.body) == (200, "text/csv; charset=utf-8", b"n\r\n3\r\n")
    r = answer(store, COUNT, "application/json", 1000)
    assert r.status == 200 and r.content_type == "application/json; charset=utf-8"
    assert json.loads(r.body)["results"]["bindings"][0]["n"]["value"] == "3"
    r = answer(store, COUNT, "application/sparql-results+xml", 1000)
    assert r.content_type == "application/sparql-results+xml; charset=utf-8" and b">3<" in r.body
    r = answer(store, "ASK { ?s ?p ?o }", "", 1000)
    assert r.content_type == "application/sparql-results+json; charset=utf-8" and json.loads(r.body)["boolean"] is True


def test_answers_a_construct(store):
    q = "CONSTRUCT { ?s <http://e.org/q> ?o } WHERE { ?s <http://e.org/p> ?o }"
    r = answer(store, q, "application/n-triples", 10_000)
    assert r.status == 200 and r.content_type == "application/n-triples"
    g = rdflib.Graph().parse(data=r.body.decode(), format="nt")
    assert set(g) == {(rdflib.URIRef(E + f"s{i}"), rdflib.URIRef(E + "q"), rdflib.Literal(f"v{i}")) for i in range(3)}
    r = answer(store, q, "text/turtle", 10_000)
    assert r.content_type == "text/turtle; charset=utf-8" and b"@prefix kg: <https://w3id.org/kg-bilateral/ontology#>" in r.body
    assert len(rdflib.Graph().parse(data=r.body.decode(), format="turtle")) == 3
    r = answer(store, q, "text/csv", 10_000)
    assert r == Reply(406, "text/plain; charset=utf-8",
                      b"CONSTRUCT and DESCRIBE answer as text/turtle, application/n-triples, text/plain\n")


def test_answers_errors_and_limits(store):
    r = answer(store, COUNT, "image/png", 1000)
    assert r == Reply(406, "text/plain; charset=utf-8", (
        "SELECT and ASK answer as application/sparql-results+json, application/json, "
        "application/sparql-results+xml, application/xml, text/csv, text/tab-separated-values\n").encode())
    r = answer(store, "SELECT WHERE", "", 1000)
    assert r.status == 400 and r.body.startswith(b"malformed SPARQL: ")
    r = answer(store, COUNT, "text/csv", 5)  # "n\r\n3\r\n" is 6 bytes
    assert r == Reply(413, "text/plain; charset=utf-8", b"the result is larger than 5 bytes; add a LIMIT\n")
    assert answer(store, COUNT, "text/csv", 6).status == 200


@pytest.fixture(scope="module")
def endpoint(store):
    ep = Endpoint(store, timeout=5, max_running=1)
    yield ep
    ep.close()


def test_the_endpoint_refuses_updates_empty_queries_and_service(endpoint):
    r = endpoint.sparql(None, "DROP ALL", "")
    assert r == Reply(403, "text/plain; charset=utf-8", (
        "this endpoint is read-only: SPARQL Update is refused; change the store with 'kg ingest' or 'kg load'\n").encode())
    r = endpoint.sparql("", None, "")
    assert r == Reply(400, "text/plain; charset=utf-8", (
        "no query: send ?query=... (GET), a form field 'query' or an application/sparql-query body (POST)\n").encode())
    r = endpoint.sparql("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", None, "")
    assert r == Reply(400, "text/plain; charset=utf-8", (
        "SERVICE is refused: this endpoint does not query other servers "
        "(start kg serve with --allow-service to permit it)\n").encode())
    # the word in a string or an IRI is no SERVICE clause
    r = endpoint.sparql('SELECT ?s ?p WHERE { ?s ?p "SERVICE" }', None, "text/csv")
    assert (r.status, r.body) == (200, b"s,p\r\n")
    r = endpoint.sparql("SELECT * WHERE " + "{" * 201 + "}" * 201, None, "")
    assert r.status == 400 and r.body == b"the query nests brackets 201 deep, over the 200 allowed; flatten it\n"
    r = endpoint.sparql(COUNT, None, "text/csv")
    assert (r.status, r.content_type, r.body) == (200, "text/csv; charset=utf-8", b"n\r\n3\r\n")


@pytest.fixture(scope="module")
def http(store):
    from kg.server import Server

    with Server(store, "127.0.0.1", 0, timeout=5) as srv:
        yield f"http://127.0.0.1:{srv.port}"


def _call(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers.get("Content-Type"), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type"), exc.read()


def test_http_routes_and_methods(http):
    import urllib.parse

    status, ctype, body = _call(http + "/sparql")
    assert (status, ctype) == (200, "application/json")
    assert json.loads(body) == {"endpoint": "/sparql", "methods": ["GET", "POST"],
                                "query results": list(RESULT_TYPES), "graph results": list(GRAPH_TYPES),
                                "update": "refused (read-only)", "page": "/"}
    q = urllib.parse.quote(COUNT)
    assert _call(http + "/query?query=" + q, headers={"Accept": "text/csv"}) == (200, "text/csv; charset=utf-8", b"n\r\n3\r\n")
    assert _call(http + "/sparql?query=" + q)[1] == "application/sparql-results+json; charset=utf-8"
    status, _, body = _call(http + "/sparql?update=" + urllib.parse.quote("DROP ALL"))
    assert status == 403 and body.startswith(b"this endpoint is read-only: SPARQL Update is refused")
    status, ctype, body = _call(http + "/")
    assert (status, ctype) == (200, "text/html; charset=utf-8") and body.startswith(b"<!DOCTYPE html>")
    assert _call(http + "/index.html")[:2] == (200, "text/html; charset=utf-8")
    assert _call(http + "/")[2] == body  # drawn once, then served from the cache
    assert _call(http + "/nothing") == (404, "text/plain; charset=utf-8",
                                        b"not found: the endpoint is /sparql and the page is /\n")
    # POST and the refused methods, in the same test: mutmut credits the handler to the
    # test that started the (module-wide) server, and runs only that test on its mutants
    form = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"}

    assert _call(http + "/sparql", urllib.parse.urlencode({"query": COUNT}).encode(), form)[2] == b"n\r\n3\r\n"
    assert _call(http + "/sparql", COUNT.encode(), {"Content-Type": "application/sparql-query; charset=utf-8",
                                                    "Accept": "text/csv"})[2] == b"n\r\n3\r\n"
    assert _call(http + "/sparql", b"DROP ALL", {"Content-Type": "application/sparql-update"})[0] == 403
    assert _call(http + "/update", b"DROP ALL", {"Content-Type": "text/plain"})[0] == 403
    assert _call(http + "/sparql", urllib.parse.urlencode({"update": "DROP ALL"}).encode(), form)[0] == 403
    assert _call(http + "/sparql", b"x", {"Content-Type": "text/plain"}) == (
        415, "text/plain; charset=utf-8", b"POST application/sparql-query or an application/x-www-form-urlencoded form\n")
    assert _call(http + "/other", b"x", {"Content-Type": "application/sparql-query"}) == (
        404, "text/plain; charset=utf-8", b"not found: the endpoint is /sparql\n")
    for method in ("PUT", "DELETE", "PATCH"):
        assert _call(http + "/sparql", b"x", {}, method) == (403, "text/plain; charset=utf-8", b"this endpoint is read-only\n")


def test_a_query_process_killed_at_the_limit_is_replaced(store):
    # one query process: the slow query takes it down at the time limit, and the queries
    # after it are answered once the fresh process is ready (a few seconds), not refused
    # as "too many queries running" for ever
    import time

    ep = Endpoint(store, timeout=1, max_running=1)
    try:
        slow = "SELECT (COUNT(*) AS ?n) WHERE { " + " . ".join(f"?a{i} ?b{i} ?c{i}" for i in range(24)) + " }"
        r = ep.sparql(slow, None, "text/csv")
        assert r.status == 503 and r.body == (
            b"the query ran longer than the 1 s limit and was stopped; narrow it or add a LIMIT\n")
        deadline, r = time.monotonic() + 60, None
        while time.monotonic() < deadline:
            r = ep.sparql(COUNT, None, "text/csv")
            if r.status == 200:
                break
            assert r.body == b"too many queries running; try again shortly\n"
        assert (r.status, r.body) == (200, b"n\r\n3\r\n")
        assert len(ep.workers.all) == 1  # the killed one is forgotten, the fresh one counted
    finally:
        ep.close()


def test_a_query_process_that_dies_is_reported_and_replaced(store):
    import os
    import signal
    import time

    ep = Endpoint(store, timeout=5, max_running=1)
    try:
        (worker,) = ep.workers.all
        os.kill(worker.proc.pid, signal.SIGKILL)  # as the out-of-memory killer would
        worker.proc.join(10)
        r = ep.sparql(COUNT, None, "text/csv")
        assert r == Reply(503, "text/plain; charset=utf-8", (
            b"the query stopped the process evaluating it (out of memory, or a crash in the engine); narrow it\n"))
        deadline = time.monotonic() + 60
        while (r := ep.sparql(COUNT, None, "text/csv")).status != 200 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert (r.status, r.body) == (200, b"n\r\n3\r\n")
        assert worker not in ep.workers.all and len(ep.workers.all) == 1
    finally:
        ep.close()


def test_pages_a_second_apart_pick_up_the_store_again(store):
    # the page refreshes the endpoint's view of the store at most once a second, on the
    # next request: three requests over two seconds go through two refreshes and all answer
    import time

    ep = Endpoint(store, timeout=5, max_running=1)
    try:
        for _ in range(3):
            r = ep.page()
            assert r.status == 200 and r.body.startswith(b"<!DOCTYPE html>")
            time.sleep(1.05)
    finally:
        ep.close()


def test_the_page_is_drawn_once_and_served_again_from_memory(store):
    ep = Endpoint(store, timeout=5, max_running=1)
    try:
        first, second = ep.page(), ep.page()
        assert first.status == second.status == 200 and first.body.startswith(b"<!DOCTYPE html>")
        assert second.body is first.body  # the same bytes, not drawn again
    finally:
        ep.close()


def test_the_page_waits_for_drawings_in_progress_and_says_so(store):
    # two pages are drawn at a time at most; a third request waits (30 s, shortened here)
    # and then gets a 503 that says why
    ep = Endpoint(store, timeout=5, max_running=1)
    try:
        assert ep.page_wait == 30.0
        ep.page_wait = 0.1
        assert ep._pages.acquire(timeout=1) and ep._pages.acquire(timeout=1)  # two drawings in progress
        r = ep.page()
        assert r == Reply(503, "text/plain; charset=utf-8", b"the page is being drawn; try again shortly\n")
    finally:
        ep.close()


def test_a_client_that_sends_nothing_is_let_go(store):
    # a connection that never sends its request is closed after the idle time (15 s by
    # default, 1 s here), so that silent clients cannot hold the server's threads
    import socket
    import time

    from kg.server import Server

    with Server(store, "127.0.0.1", 0, timeout=5, idle_timeout=1.0) as srv:
        with socket.create_connection(("127.0.0.1", srv.port), timeout=10) as sock:
            start = time.monotonic()
            assert sock.recv(1024) == b""  # closed by the server, nothing sent
            assert 0.8 < time.monotonic() - start < 5


def test_the_server_s_defaults_are_the_documented_ones(store):
    # the README: 10 s a query, 50 MB a result, 2,000 MB a query process, 15 s for a silent
    # client
    from kg.server import Server

    with Server(store, port=0) as srv:
        assert (srv.endpoint.timeout, srv.endpoint.max_bytes, srv.endpoint.workers.max_memory,
                srv.httpd.RequestHandlerClass.timeout) == (10.0, 50_000_000, 2_000_000_000, 15.0)


def test_answers_are_not_cached_by_the_client(http):
    import urllib.parse
    import urllib.request

    with urllib.request.urlopen(http + "/sparql?" + urllib.parse.urlencode({"query": COUNT}), timeout=30) as r:
        assert (r.status, r.headers["Cache-Control"], r.headers["Content-Length"]) == (200, "no-store", str(len(r.read())))


def test_a_server_never_started_stops_at_once(store):
    import time

    from kg.server import Server

    srv = Server(store, port=0)
    start = time.monotonic()
    srv.stop()  # it used to wait for a serving loop that never ran
    assert time.monotonic() - start < 10


def test_a_query_process_run_here_answers_refreshes_and_ends_with_its_pipe(tmp_path):
    # _query_worker normally runs in a query process of its own, where mutmut sees no test
    # reach it; here it runs in this process (no memory cap), fed by a thread
    import multiprocessing
    import signal
    import threading
    import time

    from kg.server import _query_worker

    writer = GraphStore(tmp_path / "store")
    g = ox.NamedNode(E + "article/1")
    writer.bulk_load([ox.Quad(ox.NamedNode(E + f"s{i}"), ox.NamedNode(E + "p"), ox.Literal(f"v{i}"), g) for i in range(3)])
    writer.flush()
    parent, child = multiprocessing.Pipe()
    said: list = []
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"

    def client():
        said.append(parent.recv())
        for query, accept, max_bytes in ((count, "text/csv", 1000), ("SELECT nonsense", "text/csv", 1000),
                                         (count, "text/csv", "not a number")):
            parent.send((query, accept, max_bytes))
            said.append(parent.recv())
        # written after the process opened the store: seen once a second has passed
        writer.bulk_load([ox.Quad(ox.NamedNode(E + "s9"), ox.NamedNode(E + "p"), ox.Literal("v9"), g)])
        writer.flush()
        time.sleep(1.2)
        parent.send((count, "text/csv", 1000))
        said.append(parent.recv())
        parent.close()

    thread = threading.Thread(target=client, daemon=True)
    thread.start()
    before = signal.getsignal(signal.SIGINT)
    try:
        _query_worker(str(tmp_path / "store"), child, 0)  # returns when the pipe closes
        ignored = signal.getsignal(signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, before)
    thread.join(10)
    assert ignored == signal.SIG_IGN  # Ctrl-C is the server's to handle
    assert said[0] == "ready"
    assert said[1] == (200, "text/csv; charset=utf-8", b"n\r\n3\r\n")
    assert said[2][0] == 400 and said[2][1] == "text/plain; charset=utf-8"
    assert said[3][0] == 500 and said[3][2].startswith(b"internal error: TypeError")
    assert said[4] == (200, "text/csv; charset=utf-8", b"n\r\n4\r\n")
