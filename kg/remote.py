"""A store that lives in a SPARQL server, reached through the standard protocols.

Queries go through the SPARQL 1.1 Protocol; writes through SPARQL 1.1 Update (in
batches, one DROP and INSERT DATA per article graph) or, when a Graph Store Protocol
URL is given, one PUT per article graph. The server's default graph must be the union
of its named graphs (Oxigraph: ``--union-default-graph``; Fuseki: ``unionDefaultGraph``;
Virtuoso and GraphDB do this by default).
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable

import pyoxigraph as ox

from .errors import QueryError, StoreError
from .store import PREFIXES, TRIPLE_COUNT, bind_inline, count_answer, replace_graph_update, retire_update, serialize_as

_RESULTS_JSON = "application/sparql-results+json"


def _prologue() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


class RemoteStore:
    """The GraphStore interface over HTTP: query, replace article graphs, export."""

    def __init__(
        self,
        endpoint: str,
        update_endpoint: str | None = None,
        gsp_endpoint: str | None = None,
        batch: int = 50,
        timeout: float = 60.0,
    ) -> None:
        if not re.match(r"https?://", endpoint or ""):
            raise StoreError(f"--endpoint {endpoint!r} is not an http(s) URL")
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or re.sub(r"/(query|sparql)$", "/update", endpoint)
        self.gsp_endpoint = gsp_endpoint
        self.batch = batch
        self.timeout = timeout
        self.path = endpoint
        self._pending: list[str] = []

    # ------------------------------------------------------------ HTTP

    def _request(self, url: str, data: bytes | None, headers: dict[str, str], method: str | None = None) -> tuple[str, bytes]:
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", errors="replace").strip().splitlines()
            msg = detail[0] if detail else exc.reason
            if exc.code == 400:
                raise QueryError(f"the server rejected the request: {msg}") from None
            raise StoreError(f"{url} answered {exc.code}: {msg}") from None
        except urllib.error.URLError as exc:
            raise StoreError(f"cannot reach {url} ({exc.reason}); is the SPARQL server running?") from None
        except TimeoutError:
            raise StoreError(f"{url} did not answer within {self.timeout:g} s") from None

    # ------------------------------------------------------------ writing

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad] | str) -> None:
        """Queue one article's graph (Quad objects or N-Quads text); sent with the next batch
        (or at flush)."""
        if not self.gsp_endpoint:
            self._pending.append(replace_graph_update(graph, quads))
            if len(self._pending) >= self.batch:
                self.flush()
            return
        if isinstance(quads, str):
            quads = list(ox.parse(quads, format=ox.RdfFormat.N_QUADS))
        by_graph: dict[str, list[ox.Quad]] = {}
        for q in quads:
            by_graph.setdefault(q.graph_name.value, []).append(q)
        # the ties of the old graph are marked stale (and its day released) before the graph is replaced
        self._pending.append(retire_update(graph))
        self.flush()
        for name, qs in by_graph.items():
            body = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in qs], format=ox.RdfFormat.N_TRIPLES)
            url = f"{self.gsp_endpoint}?{urllib.parse.urlencode({'graph': name})}"
            # the article graph is replaced; the shared actors and summary graphs are added to
            self._request(url, body, {"Content-Type": "application/n-triples"}, method="PUT" if name == graph.value else "POST")

    def update(self, sparql: str) -> None:
        """Send one SPARQL update now (after what is queued)."""
        self._pending.append(sparql)
        self.flush()

    def flush(self) -> None:
        """Send the queued article graphs in one SPARQL Update request."""
        if not self._pending:
            return
        update = " ;\n".join(self._pending)
        self._pending = []
        self._request(self.update_endpoint, update.encode("utf-8"), {"Content-Type": "application/sparql-update"})

    # ------------------------------------------------------------ reading

    def query(self, sparql: str, bindings: dict[str, ox.NamedNode | ox.Literal] | None = None):
        """Run a query on the server; results come back as pyoxigraph result objects."""
        text = bind_inline(sparql, bindings or {})
        if not re.search(r"^\s*PREFIX\s+kg:", text, re.I | re.M):
            text = _prologue() + text
        ctype, body = self._request(
            self.endpoint,
            urllib.parse.urlencode({"query": text}).encode("utf-8"),
            {
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": f"{_RESULTS_JSON}, application/n-triples;q=0.9",
            },
        )
        ctype = ctype.split(";")[0].strip().lower()
        if ctype in (_RESULTS_JSON, "application/json"):
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if ctype in ("application/n-triples", "text/plain"):
            return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        raise StoreError(f"{self.endpoint} answered with {ctype or 'no content type'}, not SPARQL results")

    def quads(self) -> list[ox.Quad]:
        rows = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]

    def triples(self) -> list[ox.Triple]:
        return list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in self.quads()))

    def triple_count(self) -> int:
        """How many distinct triples the merged graph has, counted by the server."""
        return count_answer(self.query(TRIPLE_COUNT))

    def quad_count(self) -> int:
        """How many quads the server holds in its named graphs."""
        return count_answer(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))

    def graph_count(self) -> int:
        """How many article graphs the server holds."""
        rows = list(self.query('SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), "/article/")) }'))
        return int(rows[0]["n"].value) if rows else 0

    def serialize(self, fmt: str) -> bytes:
        return serialize_as(fmt, self.quads, self.triples)
