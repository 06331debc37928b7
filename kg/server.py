"""A read-only SPARQL 1.1 Protocol endpoint over the store, and the live graph page."""

from __future__ import annotations

import json
import queue
import re
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .errors import KgError, QueryError
from .store import PREFIXES, GraphStore, check_query_shape

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}


@dataclass
class Reply:
    """What the endpoint answers: a status, a content type and a body."""

    status: int
    content_type: str
    body: bytes

    @classmethod
    def error(cls, status: int, message: str) -> Reply:
        return cls(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def _negotiate(accept: str, offered: dict) -> str | None:
    """The offered media type the Accept header prefers (q-values honoured), or None."""
    if not accept:
        return next(iter(offered))
    choices, refused = [], set()
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q <= 0:
            refused.add(media)  # q=0: "not this one", even where a wildcard would allow it
        else:
            choices.append((-q, i, media))
    for _, _, media in sorted(choices):
        if media in offered and media not in refused:
            return media
        if media in ("*/*", "application/*", "text/*"):
            for m in offered:
                if (media == "*/*" or m.startswith(media[:-1])) and m not in refused:
                    return m
    return None


def answer(store: GraphStore, query: str, accept: str, max_bytes: int) -> Reply:
    """One query's reply from ``store``: results in the media type ``accept`` prefers."""
    try:
        results = store.query(query)
    except QueryError as exc:
        return Reply.error(HTTPStatus.BAD_REQUEST, str(exc))
    if isinstance(results, ox.QueryTriples):
        media = _negotiate(accept, GRAPH_TYPES)
        if media is None:
            return Reply.error(HTTPStatus.NOT_ACCEPTABLE, f"CONSTRUCT and DESCRIBE answer as {', '.join(GRAPH_TYPES)}")
        body = ox.serialize(list(results), format=GRAPH_TYPES[media], **({"prefixes": PREFIXES} if media == "text/turtle" else {}))
    else:
        media = _negotiate(accept, RESULT_TYPES)
        if media is None:
            return Reply.error(HTTPStatus.NOT_ACCEPTABLE, f"SELECT and ASK answer as {', '.join(RESULT_TYPES)}")
        body = results.serialize(format=RESULT_TYPES[media])
    if len(body) > max_bytes:
        return Reply.error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the result is larger than {max_bytes} bytes; add a LIMIT")
    charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
    return Reply(HTTPStatus.OK, media + charset, body)


def _query_worker(path: str, conn, max_memory: int) -> None:
    """A query process: opens the store read-only and answers queries sent down ``conn``
    until it is closed. Its address space is capped, so a runaway query ends this process
    (the server starts another), never the server."""
    import resource
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us
    if max_memory:
        resource.setrlimit(resource.RLIMIT_AS, (max_memory, max_memory))
    store = GraphStore(path, create=False, read_only=True)
    conn.send("ready")
    checked = time.monotonic()
    while True:
        try:
            query, accept, max_bytes = conn.recv()
        except (EOFError, OSError):
            return
        if time.monotonic() - checked >= 1.0:
            store.refresh()  # pick up what an ingest has written since
            checked = time.monotonic()
        try:
            reply = answer(store, query, accept, max_bytes)
        except MemoryError:
            reply = Reply.error(HTTPStatus.SERVICE_UNAVAILABLE, "the query needed more memory than the server allows; narrow it or add a LIMIT")
        except Exception as exc:  # noqa: BLE001 - a bug must not leave the client hanging
            reply = Reply.error(HTTPStatus.INTERNAL_SERVER_ERROR, f"internal error: {type(exc).__name__}: {exc}")
        conn.send((reply.status, reply.content_type, reply.body))


class _Worker:
    """One query process and the pipe to it."""

    def __init__(self, ctx, path: str, max_memory: int) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_query_worker, args=(path, child, max_memory), daemon=True, name="kg-query")
        self.proc.start()
        child.close()

    def ready(self, seconds: float) -> bool:
        try:
            return self.conn.poll(seconds) and self.conn.recv() == "ready"
        except (EOFError, OSError):
            return False

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class QueryWorkers:
    """Processes that evaluate queries: one that overruns its time is killed at the
    timeout and one that dies (out of memory, a crash in the engine) is replaced; the
    server and the other queries carry on."""

    def __init__(self, path: str, n: int, max_memory: int) -> None:
        import multiprocessing

        self.path, self.max_memory = path, max_memory
        self.ctx = multiprocessing.get_context("spawn")  # the server has threads: no fork
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all: set[_Worker] = set()
        self._lock = threading.Lock()
        self.closed = False
        starting = [self._spawn() for _ in range(n)]
        for w in starting:
            self._admit(w)

    def _spawn(self) -> _Worker:
        w = _Worker(self.ctx, self.path, self.max_memory)
        with self._lock:
            self.all.add(w)
        return w

    def _admit(self, w: _Worker) -> None:
        if w.ready(60) and not self.closed:
            self.idle.put(w)
        else:
            self._retire(w)

    def _retire(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            self.all.discard(w)

    def _replace(self, w: _Worker) -> None:
        self._retire(w)
        if not self.closed:
            fresh = self._spawn()
            threading.Thread(target=self._admit, args=(fresh,), daemon=True).start()

    def ask(self, query: str, accept: str, max_bytes: int, timeout: float) -> Reply:
        try:
            w = self.idle.get(timeout=0.5)
        except queue.Empty:
            return Reply.error(HTTPStatus.SERVICE_UNAVAILABLE, "too many queries running; try again shortly")
        try:
            w.conn.send((query, accept, max_bytes))
            if not w.conn.poll(timeout):
                self._replace(w)  # killed: its memory goes back to the system now
                return Reply.error(HTTPStatus.SERVICE_UNAVAILABLE,
                                   f"the query ran longer than the {timeout:g} s limit and was stopped; narrow it or add a LIMIT")
            status, ctype, body = w.conn.recv()
        except (EOFError, OSError):
            self._replace(w)
            return Reply.error(HTTPStatus.SERVICE_UNAVAILABLE,
                               "the query stopped the process evaluating it (out of memory, or a crash in the engine); narrow it")
        self.idle.put(w)
        return Reply(status, ctype, body)

    def close(self) -> None:
        self.closed = True
        with self._lock:
            workers = list(self.all)
        for w in workers:
            w.kill()


class Endpoint:
    """Answers SPARQL protocol requests against a store, within a time, size and memory limit."""

    def __init__(self, store: GraphStore, timeout: float = 10.0, max_bytes: int = 50_000_000, max_running: int = 4,
                 allow_service: bool = False, max_memory: int = 2_000_000_000) -> None:
        self.store = store
        self.allow_service = allow_service
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.workers = QueryWorkers(str(store.path), max_running, max_memory)
        self._refreshed = time.monotonic()
        self._lock = threading.Lock()
        self._page: tuple[tuple, bytes] | None = None
        self._pages = threading.BoundedSemaphore(2)
        self.page_wait = 30.0  # seconds a page request waits for a drawing in progress

    def close(self) -> None:
        """Stop the query processes."""
        self.workers.close()

    def sparql(self, query: str | None, update: str | None, accept: str) -> Reply:
        """One protocol request: a query runs; an update is refused."""
        if update is not None:
            return Reply.error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused; change the store with 'kg ingest' or 'kg load'")
        if not query:
            return Reply.error(HTTPStatus.BAD_REQUEST, "no query: send ?query=... (GET), a form field 'query' or an application/sparql-query body (POST)")
        try:
            skeleton = check_query_shape(query)  # before the engine: some shapes crash it
        except QueryError as exc:
            return Reply.error(HTTPStatus.BAD_REQUEST, str(exc))
        if not self.allow_service and re.search(r"\bSERVICE\b", skeleton, re.I):
            return Reply.error(HTTPStatus.BAD_REQUEST, "SERVICE is refused: this endpoint does not query other servers "
                                                       "(start kg serve with --allow-service to permit it)")
        return self.workers.ask(query, accept, self.max_bytes, self.timeout)

    def _maybe_refresh(self) -> None:
        """At most once a second, pick up what an ingest has written since."""
        now = time.monotonic()
        if now - self._refreshed >= 1.0 and hasattr(self.store, "refresh"):
            self._refreshed = now
            with self._lock:
                self.store.refresh()

    def page(self) -> Reply:
        """The live graph page, drawn once per change of the store, two at a time at most."""
        from .viz import render_html

        self._maybe_refresh()
        key = self.store._signature()
        cached = self._page
        if cached is not None and cached[0] == key:
            return Reply(HTTPStatus.OK, "text/html; charset=utf-8", cached[1])
        if not self._pages.acquire(timeout=self.page_wait):
            return Reply.error(HTTPStatus.SERVICE_UNAVAILABLE, "the page is being drawn; try again shortly")
        try:
            cached = self._page
            if cached is not None and cached[0] == key:
                return Reply(HTTPStatus.OK, "text/html; charset=utf-8", cached[1])
            page, _, _ = render_html(self.store, title="kg: the live graph")
            body = page.encode("utf-8")
            self._page = (key, body)
            return Reply(HTTPStatus.OK, "text/html; charset=utf-8", body)
        finally:
            self._pages.release()


SERVICE_DESCRIPTION = {
    "endpoint": "/sparql",
    "methods": ["GET", "POST"],
    "query results": list(RESULT_TYPES),
    "graph results": list(GRAPH_TYPES),
    "update": "refused (read-only)",
    "page": "/",
}


def _handler(endpoint: Endpoint, idle_timeout: float):
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql"
        protocol_version = "HTTP/1.1"

        #: seconds a client may take to send its request: a silent one does not hold a thread
        timeout = idle_timeout

        def log_message(self, fmt: str, *args) -> None:  # quiet: the CLI prints one line at start
            return

        def _send(self, reply: Reply) -> None:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply.body)

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            params = parse_qs(url.query)
            if url.path in ("/", "/index.html"):
                self._send(endpoint.page())
            elif url.path in ("/sparql", "/query"):
                if "update" in params:
                    self._send(endpoint.sparql(None, params["update"][0], ""))
                elif "query" not in params:
                    self._send(Reply(HTTPStatus.OK, "application/json", json.dumps(SERVICE_DESCRIPTION).encode()))
                else:
                    self._send(endpoint.sparql(params["query"][0], None, self.headers.get("Accept", "")))
            else:
                self._send(Reply.error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql and the page is /"))

        do_HEAD = do_GET

        def do_POST(self) -> None:
            url = urlsplit(self.path)
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if length < 0:
                self._send(Reply.error(HTTPStatus.BAD_REQUEST, "Content-Length must be a whole number of bytes"))
                return
            if length > 10_000_000:
                self._send(Reply.error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body over 10 MB"))
                return
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if url.path not in ("/sparql", "/query", "/update"):
                self._send(Reply.error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql"))
                return
            query = update = None
            if ctype == "application/sparql-update" or url.path == "/update":
                update = body
            elif ctype == "application/sparql-query":
                query = body
            elif ctype == "application/x-www-form-urlencoded":
                form = parse_qs(body)
                query = form.get("query", [None])[0]
                update = form.get("update", [None])[0]
            else:
                self._send(Reply.error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "POST application/sparql-query or an application/x-www-form-urlencoded form"))
                return
            self._send(endpoint.sparql(query, update, self.headers.get("Accept", "")))

        def do_PUT(self) -> None:
            self._send(Reply.error(HTTPStatus.FORBIDDEN, "this endpoint is read-only"))

        do_DELETE = do_PATCH = do_PUT

    return Handler


class _HTTPServer(ThreadingHTTPServer):
    """The standard threading server with a listen backlog for a hundred clients at once
    (the default, 5, made the kernel drop connections at fifty)."""

    request_queue_size = 128


class Server:
    """A running endpoint: ``url``, ``port`` and ``stop()``; use as a context manager."""

    def __init__(self, store: GraphStore, host: str = "127.0.0.1", port: int = 0, timeout: float = 10.0, max_bytes: int = 50_000_000,
                 allow_service: bool = False, max_memory: int = 2_000_000_000, idle_timeout: float = 15.0) -> None:
        self.endpoint = Endpoint(store, timeout, max_bytes, allow_service=allow_service, max_memory=max_memory)
        try:
            self.httpd = _HTTPServer((host, port), _handler(self.endpoint, idle_timeout))
        except OSError as exc:
            self.endpoint.close()
            raise KgError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another --port") from None
        self.httpd.daemon_threads = True
        self.host, self.port = self.httpd.server_address[:2]
        self._served = False

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/sparql"

    def start(self) -> Server:
        self._served = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def serve_forever(self) -> None:
        self._served = True
        self.httpd.serve_forever()

    def stop(self) -> None:
        if self._served:  # shutdown() waits for a serving loop: one never started would hang it
            self.httpd.shutdown()
        self.httpd.server_close()
        self.endpoint.close()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def wait_until_up(url: str, seconds: float = 10.0) -> None:
    """Block until ``url`` answers (for tests and scripts)."""
    import urllib.request

    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
