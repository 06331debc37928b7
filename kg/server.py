"""A read-only SPARQL 1.1 Protocol endpoint over the store, and the live graph page."""

from __future__ import annotations

import json
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
    choices = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        choices.append((-q, i, media))
    for _, _, media in sorted(choices):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            for m in offered:
                if media == "*/*" or m.startswith(media[:-1]):
                    return m
    return None


class Endpoint:
    """Answers SPARQL protocol requests against a store, within a time and size limit."""

    def __init__(self, store: GraphStore, timeout: float = 10.0, max_bytes: int = 50_000_000, max_running: int = 8,
                 allow_service: bool = False) -> None:
        self.store = store
        self.allow_service = allow_service
        self.timeout = timeout
        self.max_bytes = max_bytes
        # queries run in daemon threads: one that overruns its limit cannot be cancelled in
        # Oxigraph, so it is left to finish on its own, and it never holds up shutdown
        self._running = threading.BoundedSemaphore(max_running)
        self._refreshed = time.monotonic()
        self._lock = threading.Lock()

    def close(self) -> None:
        """Nothing to wait for: overrunning queries are daemon threads."""

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
        self._maybe_refresh()
        if not self._running.acquire(blocking=False):
            return Reply.error(HTTPStatus.SERVICE_UNAVAILABLE, "too many queries running; try again shortly")
        done = threading.Event()
        box: list[Reply] = []

        def work() -> None:
            try:
                box.append(self._run(query, accept))
            except Exception as exc:  # a bug must not leave the client hanging
                box.append(Reply.error(HTTPStatus.INTERNAL_SERVER_ERROR, f"internal error: {type(exc).__name__}: {exc}"))
            finally:
                self._running.release()
                done.set()

        threading.Thread(target=work, name="kg-query", daemon=True).start()
        if not done.wait(self.timeout):
            return Reply.error(HTTPStatus.SERVICE_UNAVAILABLE, f"the query ran longer than the {self.timeout:g} s limit; narrow it or add a LIMIT")
        return box[0]

    def _maybe_refresh(self) -> None:
        """At most once a second, pick up what an ingest has written since."""
        now = time.monotonic()
        if now - self._refreshed >= 1.0 and hasattr(self.store, "refresh"):
            self._refreshed = now
            with self._lock:
                self.store.refresh()

    def _run(self, query: str, accept: str) -> Reply:
        try:
            results = self.store.query(query)
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
        if len(body) > self.max_bytes:
            return Reply.error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the result is larger than {self.max_bytes} bytes; add a LIMIT")
        charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
        return Reply(HTTPStatus.OK, media + charset, body)

    def page(self) -> Reply:
        from .viz import render_html

        self._maybe_refresh()
        page, _, _ = render_html(self.store, title="kg: the live graph")
        return Reply(HTTPStatus.OK, "text/html; charset=utf-8", page.encode("utf-8"))


SERVICE_DESCRIPTION = {
    "endpoint": "/sparql",
    "methods": ["GET", "POST"],
    "query results": list(RESULT_TYPES),
    "graph results": list(GRAPH_TYPES),
    "update": "refused (read-only)",
    "page": "/",
}


def _handler(endpoint: Endpoint):
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql"
        protocol_version = "HTTP/1.1"

        #: seconds a client may take to send its request: a silent one does not hold a thread
        timeout = 15

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
                 allow_service: bool = False) -> None:
        self.endpoint = Endpoint(store, timeout, max_bytes, allow_service=allow_service)
        try:
            self.httpd = _HTTPServer((host, port), _handler(self.endpoint))
        except OSError as exc:
            raise KgError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another --port") from None
        self.httpd.daemon_threads = True
        self.host, self.port = self.httpd.server_address[:2]
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/sparql"

    def start(self) -> Server:
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
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
