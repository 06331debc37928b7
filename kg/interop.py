"""Formats other tools read and write: GraphML, GEXF and CSV out, RDF files in, SHACL checks.

The RDF formats (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) are written by
``GraphStore.serialize``; this module adds the graph-tool formats, built from one
networkx graph of the actors:

- a node per actor that takes part in a relation, keyed by its actor id (``RUS``,
  ``SCO``, ``sergey-lavrov``), with ``label``, ``kind`` and ``iri``;
- an edge per asserted relation node, from subject to object, keyed by the relation
  node's hash, with ``relation_type``, ``quad_class``, ``date``, ``evidence``,
  ``source``, ``article`` and the optional ``mode``, ``context``, ``speaker``,
  ``modality``, ``confidence``. A relation whose object is another relation (India
  REJECTs Russia's AID to Pakistan) becomes an edge to that relation's subject
  (India -> Russia) with the whole objected relation in ``about`` ("RUS AID PAK").

GraphML and GEXF hold only strings, numbers and booleans: list, tuple, set and dict
attributes are written as JSON text, and the graph attribute ``json_attributes`` names
them (``node:articles``) so that ``decode_attributes`` restores them; missing (None)
values are left out.

``load_file`` reads an RDF file into the store. Named graphs of an N-Quads, TriG or
JSON-LD file replace the graphs of the same name in the store, except the shared
actors and calendar graphs, which are added to; triples outside any named graph (every triple of a
Turtle, N-Triples or RDF/XML file) go into a graph named after the file,
``<base>graph/file/<file name>``, so loading the file again replaces them.
"""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib.namespace import RDF
import pyoxigraph as ox

from .errors import InputError, StoreError
from .ontology import DCTERMS, DEFAULT_BASE, KG, KG_URI, PROV, RELATION_TYPES, shapes_path
from .store import DATASET_FORMATS, FORMATS, PREFIXES, GraphStore, drop_graph_update, xml_safe
from .graph import mint, summary_graph
from .summary import SUMMARY_CLASSES, SUMMARY_PREDICATES, refresh

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_RDFS_SEE_ALSO = "http://www.w3.org/2000/01/rdf-schema#seeAlso"

#: The graph-tool formats ``export_graph`` writes.
GRAPH_FORMATS = ("csv", "gexf", "graphml")

#: The list and dict attributes of the graphs ``to_networkx`` makes, as ``scope:name``.
JSON_ATTRIBUTES = ("node:articles",)

#: Columns of the CSV edge list, in order.
CSV_COLUMNS = (
    "subject", "type", "object", "date", "evidence", "source",
    "about", "article", "mode", "context", "speaker", "modality", "confidence", "relation",
)

#: File extensions ``load_file`` recognises, and the format each means.
EXTENSIONS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig",
    ".jsonld": "jsonld", ".json": "jsonld", ".rdf": "rdfxml", ".owl": "rdfxml", ".xml": "rdfxml",
}


# ---------------------------------------------------------------- the edges of the store


@dataclass(frozen=True)
class ActorNode:
    """An actor as the store describes it."""

    id: str
    label: str
    kind: str  # Country, Organisation or Person ("" when untyped)
    iri: str


@dataclass(frozen=True)
class Edge:
    """One asserted relation node, flattened to actor ids and plain text."""

    relation: str  # IRI of the relation node
    subject: str  # actor id
    type: str  # PARTNER, AID, ...
    object: str  # actor id; for a relation object, that relation's subject
    about: str = ""  # the objected relation ("RUS AID PAK") when the object is a relation
    date: str = ""  # the article's date, "" when it gives none
    evidence: str = ""
    source: str = ""  # the article's source (or URL)
    article: str = ""  # the article's file name
    mode: str = ""
    context: str = ""
    speaker: str = ""
    modality: str = ""
    confidence: float | None = None

    @property
    def key(self) -> str:
        """The relation node's local name: a stable edge id."""
        return self.relation.rsplit("/", 1)[-1]

    def row(self) -> list[str]:
        """The edge as CSV cells, in ``CSV_COLUMNS`` order."""
        conf = "" if self.confidence is None else f"{self.confidence:.2f}"
        return [self.subject, self.type, self.object, self.date, self.evidence, self.source, self.about,
                self.article, self.mode, self.context, self.speaker, self.modality, conf, self.relation]


@dataclass
class GraphData:
    """The actors and asserted relations of a store."""

    actors: dict[str, ActorNode] = field(default_factory=dict)  # by IRI
    edges: list[Edge] = field(default_factory=list)


def _rows(store, sparql: str) -> list[tuple]:
    res = store.query(sparql)
    names = [v.value for v in res.variables]
    return [tuple(sol[n] for n in names) for sol in res]


def graph_data(store) -> GraphData:
    """Read the actors and the asserted relations (not the ones objected to) of ``store``.

    Works on a ``GraphStore`` or a ``RemoteStore``; edges come sorted by date, subject,
    type, object and relation node.
    """
    actors: dict[str, ActorNode] = {}
    for node, aid, label, typ in sorted(
        _rows(store, f"SELECT DISTINCT ?n ?id ?label ?type WHERE {{ ?n <{KG.actorId}> ?id "
                     f"OPTIONAL {{ ?n <{_RDFS_LABEL}> ?label }} OPTIONAL {{ ?n a ?type }} }}"),
        key=lambda r: tuple("" if t is None else t.value for t in r),
    ):
        if node.value in actors:  # the first (smallest) label and type win
            continue
        kind = typ.value[len(KG_URI):] if typ is not None and typ.value.startswith(KG_URI) else ""
        actors[node.value] = ActorNode(aid.value, label.value if label is not None else aid.value, kind, node.value)

    props: dict[str, dict[str, list]] = {}
    for r, p, o in _rows(store, f"SELECT DISTINCT ?r ?p ?o WHERE {{ ?r <{KG.relationType}> ?t ; ?p ?o }}"):
        props.setdefault(r.value, {}).setdefault(p.value, []).append(o)
    for values in props.values():
        for v in values.values():
            v.sort(key=lambda t: t.value)

    articles: dict[str, dict[str, str]] = {}
    for a, p, o in _rows(store, f"SELECT DISTINCT ?a ?p ?o WHERE {{ ?a a <{KG.Article}> ; ?p ?o }}"):
        articles.setdefault(a.value, {}).setdefault(p.value, o.value)

    def one(r: str, prop) -> str:
        vals = props.get(r, {}).get(str(prop))
        return vals[0].value if vals else ""

    def actor_id(iri: str) -> str:
        a = actors.get(iri)
        return a.id if a else iri.rsplit("/", 1)[-1]

    def describe(r: str, depth: int = 0) -> str:
        o = one(r, KG.object)
        inner = f"({describe(o, depth + 1)})" if o in props and depth < 5 else actor_id(o)
        return f"{actor_id(one(r, KG.subject))} {one(r, KG.relationType)} {inner}"

    objected = {o.value for p in props.values() for o in p.get(str(KG.object), [])}
    edges: list[Edge] = []
    for r in props:
        rtype, subj, obj = one(r, KG.relationType), one(r, KG.subject), one(r, KG.object)
        if r in objected or not (rtype and subj and obj):
            continue
        about = ""
        if obj in props:
            # an objection joins the objector to whoever does what it objects to (to whom
            # it is done, when that is the objector itself): the tie it counts towards
            about = describe(obj)
            inner_subject = one(obj, KG.subject)
            obj = inner_subject if inner_subject != subj else one(obj, KG.object)
        art = articles.get(one(r, PROV.wasDerivedFrom), {})
        speaker = one(r, KG.speaker)
        conf = one(r, KG.confidence)
        edges.append(Edge(
            relation=r, subject=actor_id(subj), type=rtype, object=actor_id(obj), about=about,
            date=art.get(str(DCTERMS.date), ""), evidence=one(r, KG.evidence),
            source=art.get(str(DCTERMS.source), art.get(_RDFS_SEE_ALSO, "")),
            article=art.get(str(KG.fileName), ""), mode=one(r, KG.mode), context=one(r, KG.context),
            speaker=actors[speaker].label if speaker in actors else speaker.rsplit("/", 1)[-1],
            modality=one(r, KG.modality), confidence=float(conf) if conf else None,
        ))
    edges.sort(key=lambda e: (e.date, e.subject, e.type, e.object, e.relation))
    used = {a for e in edges for a in (e.subject, e.object)}
    return GraphData({iri: a for iri, a in actors.items() if a.id in used}, edges)


# ---------------------------------------------------------------- networkx, GraphML, GEXF, CSV


def quad_class(rtype: str) -> str:
    """The PLOVER quad class of a type ("material cooperation"), or "standing" for PARTNER and the like."""
    rt = RELATION_TYPES.get(rtype)
    return (rt.quad_class or "standing") if rt else ""


def to_networkx(data: GraphData) -> nx.MultiDiGraph:
    """The actors and relations as a networkx multigraph (one edge per relation node)."""
    g = nx.MultiDiGraph(name="kg-bilateral")
    by_id: dict[str, list[str]] = {}
    for e in data.edges:
        for a in (e.subject, e.object):
            if e.article and e.article not in by_id.setdefault(a, []):
                by_id[a].append(e.article)
    for a in sorted(data.actors.values(), key=lambda a: a.id):
        if a.id not in g:
            g.add_node(a.id, label=a.label, kind=a.kind, iri=a.iri, articles=by_id.get(a.id, []))
    for e in data.edges:
        for a in (e.subject, e.object):
            if a not in g:  # an endpoint with no description in the store
                g.add_node(a, label=a, kind="", iri="", articles=by_id.get(a, []))
        attrs = {
            "id": e.key, "label": e.type, "relation_type": e.type, "quad_class": quad_class(e.type),
            "date": e.date, "evidence": e.evidence, "source": e.source, "article": e.article,
            "about": e.about, "mode": e.mode, "context": e.context, "speaker": e.speaker,
            "modality": e.modality, "confidence": e.confidence, "relation": e.relation, "weight": 1.0,
        }
        g.add_edge(e.subject, e.object, key=e.key, **{k: v for k, v in attrs.items() if v not in (None, "")})
    return g


def _is_json(v: object) -> bool:
    return isinstance(v, (list, tuple, set, frozenset, dict))


def _jsonable(v: object) -> object:
    return sorted(v) if isinstance(v, (set, frozenset)) else v


def encode_attributes(g: nx.Graph) -> nx.Graph:
    """A copy of ``g`` that GraphML and GEXF can hold: lists, sets and dicts as JSON text,
    None values left out, the control characters XML 1.0 forbids dropped from text; the
    graph attribute ``json_attributes`` names what was encoded."""
    h = g.copy()
    unsafe = {n: xml_safe(n) for n in h if isinstance(n, str) and xml_safe(n) != n}
    if unsafe:
        h = nx.relabel_nodes(h, unsafe)
    encoded: set[str] = set()

    def fix(scope: str, attrs: dict) -> None:
        for k in list(attrs):
            v = attrs[k]
            if v is None:
                del attrs[k]
            elif _is_json(v):
                attrs[k] = json.dumps(_jsonable(v), ensure_ascii=False, sort_keys=True)  # (escapes control characters)
                encoded.add(f"{scope}:{k}")
            elif isinstance(v, str):
                attrs[k] = xml_safe(v)  # both formats are XML 1.0

    fix("graph", h.graph)
    for _, attrs in h.nodes(data=True):
        fix("node", attrs)
    for *_, attrs in h.edges(data=True):
        fix("edge", attrs)
    if encoded:
        h.graph["json_attributes"] = " ".join(sorted(encoded))
    return h


def decode_attributes(g: nx.Graph, names: Iterable[str] | None = None) -> nx.Graph:
    """Undo ``encode_attributes`` on a graph read back from GraphML or GEXF (in place).

    ``names`` ("node:articles") default to the graph's ``json_attributes`` (GraphML keeps
    it), else to ``JSON_ATTRIBUTES``, the ones ``to_networkx`` makes (GEXF has no graph
    attributes).
    """
    stored = g.graph.pop("json_attributes", None)
    names = list(names) if names is not None else (str(stored).split() if stored else list(JSON_ATTRIBUTES))
    wanted = {tuple(n.split(":", 1)) for n in names if ":" in n}

    def fix(scope: str, attrs: dict) -> None:
        for s, k in wanted:
            if s == scope and isinstance(attrs.get(k), str):
                attrs[k] = json.loads(attrs[k])

    fix("graph", g.graph)
    for _, attrs in g.nodes(data=True):
        fix("node", attrs)
    for *_, attrs in g.edges(data=True):
        fix("edge", attrs)
    return g


def graphml_bytes(g: nx.Graph) -> bytes:
    """``g`` as GraphML (for Cytoscape, yEd, igraph, Gephi)."""
    buf = io.BytesIO()
    nx.write_graphml(encode_attributes(g), buf, encoding="utf-8", named_key_ids=True)
    return buf.getvalue()


def gexf_bytes(g: nx.Graph) -> bytes:
    """``g`` as GEXF 1.2 (for Gephi)."""
    buf = io.BytesIO()
    nx.write_gexf(encode_attributes(g), buf, encoding="utf-8", version="1.2draft")
    return buf.getvalue()


def csv_text(edges: Iterable[Edge]) -> str:
    """The edge list as CSV with a header row (``CSV_COLUMNS``)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    w.writerows(e.row() for e in edges)
    return buf.getvalue()


def export_graph(store, fmt: str) -> bytes:
    """The store as ``csv``, ``gexf`` or ``graphml``."""
    fmt = fmt.lower()
    if fmt not in GRAPH_FORMATS:
        raise StoreError(f"unknown graph format {fmt!r}; choose one of: {', '.join(GRAPH_FORMATS)}")
    data = graph_data(store)
    if fmt == "csv":
        return csv_text(data.edges).encode("utf-8")
    g = to_networkx(data)
    return graphml_bytes(g) if fmt == "graphml" else gexf_bytes(g)


# ---------------------------------------------------------------- loading RDF files


@dataclass(frozen=True)
class LoadSummary:
    """What ``load_file`` wrote."""

    quads: int
    graphs: list[str]  # IRIs of the graphs written, sorted


def file_graph(path: str | Path, base: str = DEFAULT_BASE) -> ox.NamedNode:
    """The graph that holds the triples of ``path`` that name no graph: ``<base>graph/file/<name>``."""
    return mint("graph", f"file/{urllib.parse.quote(Path(path).name)}", base)


def guess_format(path: str | Path) -> str:
    """The RDF format of ``path`` from its extension."""
    fmt = EXTENSIONS.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputError(
            f"cannot tell the RDF format of {path} from its extension; give --format "
            "(turtle, ntriples, nquads, trig, jsonld, rdfxml)"
        )
    return fmt


def _checked_format(p: Path, fmt: str | None) -> tuple[str, ox.RdfFormat]:
    if not p.is_file():
        raise InputError(f"no file {p}; give the path of a Turtle, N-Triples, N-Quads, TriG or JSON-LD file")
    fmt = (fmt or guess_format(p)).lower()
    try:
        return fmt, FORMATS[fmt]
    except KeyError:
        raise InputError(f"unknown format {fmt!r}; choose one of: {', '.join(sorted(FORMATS))}") from None


def iter_file(path: str | Path, fmt: str | None = None, graph: ox.NamedNode | None = None,
              base: str = DEFAULT_BASE) -> Iterator[ox.Quad]:
    """The quads of an RDF file as they are parsed (the file is never held in memory);
    triples outside a named graph are put in ``graph`` (default: ``file_graph(path)``).
    A syntax error raises ``InputError`` when the parse reaches it."""
    p = Path(path)
    fmt, rdf_format = _checked_format(p, fmt)
    target = graph or file_graph(p, base)
    try:
        with p.open("rb") as f:
            for q in ox.parse(f, format=rdf_format, base_iri=p.resolve().as_uri()):
                if isinstance(q, ox.Triple) or isinstance(q.graph_name, ox.DefaultGraph):
                    q = ox.Quad(q.subject, q.predicate, q.object, target)
                yield q
    except SyntaxError as exc:
        raise InputError(f"{p} is not valid {fmt}: {str(exc).splitlines()[0]}; fix the file or give the right --format") from None
    except ValueError as exc:
        raise InputError(f"{p} cannot be read as {fmt}: {str(exc).splitlines()[0]}") from None


def parse_file(path: str | Path, fmt: str | None = None, graph: ox.NamedNode | None = None,
               base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """The quads of an RDF file, all in memory (see ``iter_file``)."""
    return list(iter_file(path, fmt, graph, base))


def _is_shared(graph: ox.NamedNode) -> bool:
    """The graphs that every article adds to: the actors and the calendar."""
    return graph.value.endswith(("/graph/actors", "/graph/calendar"))


def _is_summary(graph: ox.NamedNode) -> bool:
    return graph.value.endswith("/graph/summary")


#: What a file's summary graph contributes: which ties exist. Their figures are recounted.
_TIE_DESCRIPTION = {str(KG.tieSubject), str(KG.tieType), str(KG.tieObject)}


#: Files up to this size are loaded graph by graph in one transaction each; larger ones are
#: streamed (memory stays bounded whatever the file's size; see ``_stream_load``).
IN_MEMORY_LOAD_BYTES = 10_000_000
#: Quads handed to Oxigraph's bulk loader at a time when streaming (about 300 MB at most).
STREAM_CHUNK = 200_000


def _tie_quads(q: ox.Quad, summary: ox.NamedNode) -> list[ox.Quad]:
    """What one quad of a file's summary figures contributes: the tie it names, put in the
    store's ``summary`` graph and marked stale so that ``kg.summary.refresh`` recounts it
    from the relations actually loaded."""
    if q.predicate.value not in _TIE_DESCRIPTION:
        return []
    return [ox.Quad(q.subject, q.predicate, q.object, summary),
            ox.Quad(q.subject, ox.NamedNode(str(KG.stale)), ox.Literal(True), summary),
            ox.Quad(q.subject, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.Tie)), summary)]


def _derived(q: ox.Quad) -> bool:
    """Whether ``q`` is one of the summary's figures (a tie, a dyad, an actor's degree, a
    type's count), in whatever graph the file has it: a Turtle or N-Triples export holds
    them beside the relations, and loading them as they are would count every relation
    twice once the summary is recounted."""
    if _is_summary(q.graph_name) or q.predicate.value in SUMMARY_PREDICATES:
        return True
    return q.predicate.value == _RDF_TYPE and q.object.value in SUMMARY_CLASSES


def load_file(store, path: str | Path, fmt: str | None = None, graph: str | None = None,
              base: str = DEFAULT_BASE, *, refresh_summary: bool = True) -> LoadSummary:
    """Load an RDF file into ``store`` (see the module docstring for where triples go).

    Each named graph is swapped in one transaction, as ``kg ingest`` does for an article.
    A file over :data:`IN_MEMORY_LOAD_BYTES` going into the embedded store is streamed
    instead (``_stream_load``). Without ``refresh_summary`` the summary graph is left for
    the caller to refresh (once, after many files).
    """
    target = ox.NamedNode(graph) if graph else None
    p = Path(path)
    if isinstance(store, GraphStore) and p.is_file() and p.stat().st_size > IN_MEMORY_LOAD_BYTES:
        return _stream_load(store, p, fmt, target, base, refresh_summary)
    quads = parse_file(path, fmt, target, base)
    if not quads:
        raise InputError(f"{path} holds no triples; nothing to load")
    summary = summary_graph(base)
    by_graph: dict[str, list[ox.Quad]] = {}
    shared: list[ox.Quad] = []
    for q in quads:
        if _derived(q):
            # the summary is derived: the ties it names are added, marked stale, and recounted
            # from the relations actually loaded (kg.summary.refresh), never copied figure by figure
            shared += _tie_quads(q, summary)
        elif _is_shared(q.graph_name):
            shared.append(q)
        else:
            by_graph.setdefault(q.graph_name.value, []).append(q)
    own = list(by_graph)
    for i, name in enumerate(own):
        # the shared graphs are added to along with the last graph, never replaced: replacing
        # an article takes its day out of the calendar when no other article has it, and
        # the last graph puts back the days of all of them
        store.replace_graph(ox.NamedNode(name), by_graph[name] + (shared if i == len(own) - 1 else []))
    if shared and not own:
        store.bulk_load(shared)
    store.flush()
    if refresh_summary:
        refresh(store, base)
        store.flush()
    return LoadSummary(len(quads), sorted(set(by_graph) | {q.graph_name.value for q in shared}))


def _stream_load(store: GraphStore, p: Path, fmt: str | None, target: ox.NamedNode | None, base: str,
                 refresh_summary: bool = True) -> LoadSummary:
    """A big file in bounded memory: a first pass checks the whole file and lists its
    graphs (nothing is written if it does not parse), the store's graphs of those names are
    dropped, and a second pass hands the quads to Oxigraph's bulk loader a chunk at a time.

    Not one transaction per graph, as small files get: a load stopped half-way leaves the
    file's graphs partly loaded, and running it again replaces them whole.
    """
    names: set[str] = set()
    shared: list[ox.Quad] = []
    count = 0
    summary = summary_graph(base)
    for q in iter_file(p, fmt, target, base):
        count += 1
        g = q.graph_name
        if _derived(q):
            shared += _tie_quads(q, summary)
        elif _is_shared(g):
            shared.append(q)
        else:
            names.add(g.value)
    if not count:
        raise InputError(f"{p} holds no triples; nothing to load")
    own = sorted(names)
    for i in range(0, len(own), 200):
        store.update(" ;\n".join(drop_graph_update(ox.NamedNode(n)) for n in own[i:i + 200]))
    chunk: list[ox.Quad] = []
    for q in iter_file(p, fmt, target, base):
        if _is_shared(q.graph_name) or _derived(q):
            continue
        chunk.append(q)
        if len(chunk) >= STREAM_CHUNK:
            store.bulk_load(chunk)
            chunk = []
    store.bulk_load(chunk + shared)
    store.flush()
    if refresh_summary:
        refresh(store, base)
        store.flush()
    return LoadSummary(count, sorted(names | {q.graph_name.value for q in shared}))


def is_dataset_format(fmt: str) -> bool:
    """Whether ``fmt`` keeps named graphs when written."""
    return FORMATS.get(fmt.lower()) in DATASET_FORMATS


# ---------------------------------------------------------------- SHACL validation

_SH = "http://www.w3.org/ns/shacl#"

#: What each SHACL constraint component means, in plain words.
PROBLEMS = {
    "MinCountConstraintComponent": "missing or too few values",
    "MaxCountConstraintComponent": "too many values",
    "DatatypeConstraintComponent": "wrong datatype",
    "NodeKindConstraintComponent": "wrong kind of node",
    "InConstraintComponent": "not one of the allowed values",
    "PatternConstraintComponent": "does not match the pattern",
    "ClassConstraintComponent": "not of the required class",
    "MinInclusiveConstraintComponent": "below the minimum",
    "MaxInclusiveConstraintComponent": "above the maximum",
    "MinLengthConstraintComponent": "too short",
    "OrConstraintComponent": "fits none of the alternatives",
}


@dataclass(frozen=True)
class Violation:
    """One broken rule: which node, which rule, what is wrong, what the rule says."""

    focus: str  # the node, prefixed ("id:relation/...")
    rule: str  # the shape's sh:name ("evidence")
    problem: str  # plain words for the constraint ("missing or too few values")
    message: str  # the shape's sh:message
    value: str = ""  # the offending value, when there is one

    def __str__(self) -> str:
        found = f", found {self.value}" if self.value else ""
        return f'{self.focus} breaks the rule "{self.rule}" ({self.problem}{found}): {self.message}'


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of checking a graph against the package's shapes."""

    conforms: bool
    violations: list[Violation]
    triples: int


def _short(term) -> str:
    import rdflib

    if isinstance(term, rdflib.URIRef):
        for p, ns in PREFIXES.items():
            if str(term).startswith(ns):
                return f"{p}:{str(term)[len(ns):]}"
        return f"<{term}>"
    if isinstance(term, rdflib.Literal):
        plain = term.datatype is None or str(term.datatype).endswith("#string") or str(term.datatype).endswith("#langString")
        return json.dumps(str(term), ensure_ascii=False) if plain else str(term)
    return str(term)


def validate_graph(data) -> ValidationReport:
    """Check an rdflib graph against the SHACL shapes of the package (no inference)."""
    import rdflib
    from pyshacl import validate

    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    conforms, results, _ = validate(data, shacl_graph=shapes, inference="none", advanced=False)
    sh = rdflib.Namespace(_SH)
    violations = []
    for res in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        shape = results.value(res, sh.sourceShape)
        component = str(results.value(res, sh.sourceConstraintComponent) or "")
        name = shapes.value(shape, sh.name) or results.value(res, sh.resultPath) or shape
        message = results.value(res, sh.resultMessage) or shapes.value(shape, sh.message) or ""
        value = results.value(res, sh.value)
        violations.append(Violation(
            focus=_short(results.value(res, sh.focusNode)),
            rule=str(name),
            problem=PROBLEMS.get(component.rsplit("#", 1)[-1], component.rsplit("#", 1)[-1]),
            message=str(message),
            value=_short(value) if value is not None else "",
        ))
    violations.sort(key=lambda v: (v.focus, v.rule, v.value))
    return ValidationReport(bool(conforms), violations, len(data))


def rdflib_graph(store) -> object:
    """The merged graph of ``store`` as an rdflib Graph."""
    import rdflib

    return rdflib.Graph().parse(data=store.serialize("ntriples").decode("utf-8"), format="nt")


def validate_store(store) -> ValidationReport:
    """Check the merged graph of ``store`` against the package's shapes."""
    return validate_graph(rdflib_graph(store))


def validate_file(path: str | Path, fmt: str | None = None) -> ValidationReport:
    """Check the triples of an RDF file (all its graphs merged) against the package's shapes."""
    import rdflib

    quads = parse_file(path, fmt)
    nt = ox.serialize(list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads)),
                      format=ox.RdfFormat.N_TRIPLES)
    return validate_graph(rdflib.Graph().parse(data=nt.decode("utf-8"), format="nt"))
