"""The store: an embedded Oxigraph database on disk, one named graph per article."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterable
from typing import IO
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError, StoreError
from .ontology import DEFAULT_BASE, KG, KG_URI

DEFAULT_STORE = ".kg"

PREFIXES = {
    "kg": KG_URI,
    "id": DEFAULT_BASE,
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "json-ld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
#: Formats that keep the per-article named graphs.
DATASET_FORMATS = {ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG}


#: Prefixes written into exports (entity IRIs stay whole: their paths hold slashes).
EXPORT_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "id"}


def bind_inline(sparql: str, bindings: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """``sparql`` with ``bindings`` as a VALUES block opening each WHERE group.

    The values are terms serialised by pyoxigraph (escaped, so a value cannot break out of
    its term), never text pasted into the query. A VALUES block, unlike a substitution
    after planning, lets the query planner start from the bound variables: a dyad's
    timeline at a million relations takes 0.15 s instead of 70 s. It opens every WHERE
    group, subqueries included, so that a subquery, which is evaluated on its own, starts
    from the bound value too; where the variable is not used the block binds nothing new.
    """
    if not bindings:
        return sparql
    names = " ".join(f"?{k}" for k in bindings)
    row = " ".join(str(v) for v in bindings.values())
    block = f" VALUES ({names}) {{ ({row}) }} "
    code = re.sub(r"(?m)^\s*#.*$", lambda m: " " * len(m.group(0)), sparql)  # comments, kept in length
    ends = [m.end() for m in re.finditer(r"\bWHERE\s*\{", code, re.I)]
    if not ends:
        m = re.search(r"\{", code)
        if m is None:
            raise QueryError("cannot bind parameters: the query has no WHERE group")
        ends = [m.end()]
    out, last = [], 0
    for end in ends:
        out += [sparql[last:end], block]
        last = end
    return "".join(out) + sparql[last:]


def replace_graph_update(graph: ox.NamedNode, quads: Iterable[ox.Quad] | str) -> str:
    """The SPARQL update that replaces one article's graph: retire its old version
    (``retire_update``), drop it, insert the new quads (Quad objects or N-Quads text)."""
    by_graph: dict[str, list[str]] = {}
    if isinstance(quads, str):
        # N-Quads lines end in "\n" only: a literal may hold U+2028, U+0085, a form feed...,
        # which str.splitlines() would take for line ends and cut the literal in two
        for line in quads.split("\n"):
            if line.strip():
                head, g = line.rstrip(" .").rsplit(" ", 1)
                by_graph.setdefault(g, []).append(head + " .")
    else:
        for q in quads:
            by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    body = " ".join(f"GRAPH {g} {{ {' '.join(ts)} }}" for g, ts in by_graph.items())
    return f"{drop_graph_update(graph)} ;\nINSERT DATA {{ {body} }}"


def drop_graph_update(graph: ox.NamedNode) -> str:
    """The SPARQL update that takes one graph out: its ties marked stale, then dropped."""
    return f"{retire_update(graph)} ;\nDROP SILENT GRAPH {graph}"


#: The size of the merged graph (what ``kg export --format turtle`` writes), counted in the store.
TRIPLE_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


def count_answer(rows) -> int:
    """The number a ``SELECT (COUNT(...) AS ?n)`` query answered."""
    rows = list(rows)
    return int(rows[0]["n"].value) if rows else 0


def graph_base(graph: ox.NamedNode) -> str:
    """The base IRI of the store a graph of kg's belongs to: ``<base>article/...`` for an
    article, ``<base>graph/...`` for a loaded file (any other name: the default base)."""
    if "/article/" in graph.value:
        return graph.value.rsplit("/article/", 1)[0] + "/"
    if "/graph/" in graph.value:
        return graph.value.split("/graph/", 1)[0] + "/"
    return DEFAULT_BASE


def retire_update(graph: ox.NamedNode) -> str:
    """The SPARQL update to run before an article graph is replaced or dropped: it marks
    stale, in the summary graph, the ties that the relations of ``graph`` count towards and
    the type classes of its objections, and takes the article's day out of the calendar
    when no other article is published on it (the new version puts its day back)."""
    from .graph import calendar_graph, summary_graph  # here, not at the top: kg query need not load the extractor

    base = graph_base(graph)
    summary, calendar = f"<{summary_graph(base).value}>", f"<{calendar_graph(base).value}>"
    return (
        f"INSERT {{ GRAPH {summary} {{ ?t <{KG.stale}> true }} }} "
        f"WHERE {{ GRAPH {graph} {{ ?r <{KG.tie}> ?t }} }} ;\n"
        f"INSERT {{ GRAPH {summary} {{ ?c <{KG.stale}> true }} }} "
        f"WHERE {{ GRAPH {graph} {{ ?e a <{KG.EmbeddedRelation}> . ?r <{KG.object}> ?e ; a ?c }} }} ;\n"
        f"DELETE {{ GRAPH {calendar} {{ ?d ?p ?v }} }} "
        f"WHERE {{ GRAPH {graph} {{ {graph} <{KG.publishedOn}> ?d }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?other <{KG.publishedOn}> ?d }} FILTER(?other != {graph}) }} "
        f"GRAPH {calendar} {{ ?d ?p ?v }} }}"
    )


#: Characters XML 1.0 cannot hold at all, not even as character references.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML 1.0 forbids (text from PDFs and terminals
    carries them); every other character is kept."""
    return XML_ILLEGAL.sub("", text)


def _xml_safe_triple(t: ox.Triple) -> ox.Triple:
    o = t.object
    if isinstance(o, ox.Literal) and XML_ILLEGAL.search(o.value):
        clean = xml_safe(o.value)
        o = ox.Literal(clean, language=o.language) if o.language else ox.Literal(clean, datatype=o.datatype)
        return ox.Triple(t.subject, t.predicate, o)
    return t


#: Longest query text taken; longer ones are refused before they reach the engine.
MAX_QUERY_CHARS = 100_000
#: Deepest nesting of brackets, and most || and && operators, in one query: Oxigraph's
#: parser recurses on both, and a few thousand (a 10 KB query) overflow its stack and kill
#: the process (SIGSEGV), which no exception handler can catch.
MAX_QUERY_DEPTH = 200
MAX_QUERY_OPERATORS = 1_000

# what carries no syntax: string literals (long forms first), IRIs, comments
_QUERY_OPAQUE = re.compile(
    r"\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\"|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'"
    r"|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*")


def query_skeleton(sparql: str) -> str:
    """``sparql`` with its strings, IRIs and comments taken out: what is left is syntax."""
    return _QUERY_OPAQUE.sub(" ", sparql)


def check_query_shape(sparql: str) -> str:
    """``QueryError`` for a query too long or too deeply nested for the engine to parse
    safely; the query's skeleton (see ``query_skeleton``) otherwise."""
    if len(sparql) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(sparql):,} characters, over the {MAX_QUERY_CHARS:,} allowed; "
                         "shorten it (a VALUES block instead of long FILTERs)")
    skeleton = query_skeleton(sparql)
    depth = deepest = 0
    for c in skeleton:
        if c in "({[":
            depth += 1
            deepest = max(deepest, depth)
        elif c in ")}]":
            depth -= 1
    if deepest > MAX_QUERY_DEPTH:
        raise QueryError(f"the query nests brackets {deepest} deep, over the {MAX_QUERY_DEPTH} allowed; flatten it")
    operators = skeleton.count("||") + skeleton.count("&&")
    if operators > MAX_QUERY_OPERATORS:
        raise QueryError(f"the query has {operators} || and && operators, over the {MAX_QUERY_OPERATORS} allowed; "
                         "use VALUES or IN (...) for a long list of alternatives")
    return skeleton


def serialize_as(fmt: str, quads: Callable[[], list[ox.Quad]], triples: Callable[[], list[ox.Triple]]) -> bytes:
    """Serialise a store's graph as ``fmt``: dataset formats from its quads, the others from
    its merged triples."""
    try:
        rdf_format = FORMATS[fmt.lower()]
    except KeyError:
        raise StoreError(f"unknown format {fmt!r}; choose one of: {', '.join(sorted(FORMATS))}") from None
    prefixed = rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML)
    kwargs = {"prefixes": EXPORT_PREFIXES} if prefixed else {}
    data = quads() if rdf_format in DATASET_FORMATS else triples()
    if rdf_format == ox.RdfFormat.RDF_XML:
        data = [_xml_safe_triple(t) for t in data]
    return ox.serialize(data, format=rdf_format, **kwargs)


class GraphStore:
    """An Oxigraph store in a folder; queries see the union of the article graphs."""

    def __init__(self, path: str | Path = DEFAULT_STORE, *, create: bool = True, read_only: bool = False) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"no store at {self.path}; run 'kg ingest PATH' first or give --store DIR")
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} is a file, not a store folder; give --store DIR")
        self.read_only = read_only
        self._seen = self._signature() if read_only else None
        if create and not read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder of the store {self.path} ({exc.strerror}); "
                                 "give --store a folder you can write to") from None
        try:
            self.store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except (OSError, RuntimeError) as exc:
            msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if "lock" in msg.lower():
                raise StoreError(f"the store at {self.path} is in use by another kg process; wait for it to finish") from None
            if read_only and "column family not found" in msg.lower():
                # opened read-only in the instant another process creates it
                raise StoreError(f"the store at {self.path} is being created by another kg process; try again in a moment") from None
            raise StoreError(f"cannot open the store at {self.path}: {msg}") from None

    def _signature(self) -> tuple:
        try:
            return tuple(sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in os.scandir(self.path)))
        except OSError:
            return ()

    def refresh(self) -> bool:
        """Reopen a read-only store when another process has written to it since; True if it did.

        A read-only store sees the data as it was when opened: a server calls this so that
        queries answer from the latest whole articles while an ingest runs.
        """
        if not self.read_only:
            return False
        now = self._signature()
        if now == self._seen:
            return False
        try:
            self.store = ox.Store.read_only(str(self.path))
        except (OSError, RuntimeError):
            # mid-write: a compaction can remove a file between listing and opening it (RocksDB
            # then says "Corruption: ... No such file"); keep answering from the snapshot we have
            return False
        self._seen = now
        return True

    # ------------------------------------------------------------ writing

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad] | str) -> None:
        """Swap one article's graph for ``quads`` (Quad objects or N-Quads text) in a single
        transaction.

        One SPARQL update marks the ties of the old graph stale in the summary graph, drops
        the old graph and inserts the new one, so a crash leaves either the old article or
        the new one, never half of it; ``kg.summary.refresh`` recounts the stale ties.
        """
        self._update(replace_graph_update(graph, quads))

    def update(self, sparql: str) -> None:
        """Run one SPARQL update (one transaction)."""
        self._update(sparql)

    def _update(self, sparql: str) -> None:
        try:
            self.store.update(sparql)
        except OSError as exc:
            raise StoreError(f"writing to the store at {self.path} failed: {exc}") from None

    def bulk_load(self, quads: Iterable[ox.Quad] | IO[bytes] | bytes) -> None:
        """Load many quads fast, for a first load into an empty store (not transactional:
        use ``replace_graph`` to update articles one at a time). ``quads`` is an iterable
        of Quad objects, or N-Quads as bytes or a binary stream, which Oxigraph parses
        without a Python object per quad."""
        try:
            if isinstance(quads, (bytes, io.IOBase)) or hasattr(quads, "read"):
                self.store.bulk_load(quads, format=ox.RdfFormat.N_QUADS)
            else:
                self.store.bulk_extend(quads)
        except OSError as exc:
            raise StoreError(f"bulk load into {self.path} failed: {exc}") from None

    def flush(self) -> None:
        self.store.flush()

    # ------------------------------------------------------------ reading

    def query(self, sparql: str, bindings: dict[str, ox.NamedNode | ox.Literal] | None = None):
        """Run a SPARQL query over the union of the article graphs (kg's own queries: a
        user's text goes through ``check_query_shape`` first, in kg.query and kg.server)."""
        try:
            return self.store.query(bind_inline(sparql, bindings or {}), use_default_graph_as_union=True, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {str(exc).splitlines()[0]}") from None
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(f"the query failed: {str(exc).splitlines()[0]}") from None

    def triples(self) -> list[ox.Triple]:
        """The merged graph: every distinct triple of every article graph."""
        seen = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in self.store.quads_for_pattern(None, None, None))
        return list(seen)

    def quads(self) -> list[ox.Quad]:
        return list(self.store.quads_for_pattern(None, None, None))

    def triple_count(self) -> int:
        """How many distinct triples the merged graph has, counted by the store itself."""
        return count_answer(self.query(TRIPLE_COUNT))

    def quad_count(self) -> int:
        """How many quads the store holds (every graph), without reading them out."""
        return len(self.store)

    def graph_count(self) -> int:
        """How many article graphs the store holds."""
        return sum(1 for g in self.store.named_graphs() if "/article/" in g.value)

    def serialize(self, fmt: str) -> bytes:
        """The graph as ``fmt``: N-Quads and TriG keep the article graphs, the others merge them."""
        return serialize_as(fmt, self.quads, self.triples)


def open_store(
    store_dir: str | Path = DEFAULT_STORE,
    endpoint: str | None = None,
    update_endpoint: str | None = None,
    gsp_endpoint: str | None = None,
    *,
    create: bool = True,
    read_only: bool = False,
):
    """The embedded store in ``store_dir``, or a SPARQL server when ``endpoint`` is given."""
    if endpoint:
        from .remote import RemoteStore

        return RemoteStore(endpoint, update_endpoint, gsp_endpoint)
    return GraphStore(store_dir, create=create, read_only=read_only)
