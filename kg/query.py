"""Saved SPARQL questions (queries/*.rq), parameters as bindings, and result formats."""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.parse
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError
from .graph import mint
from .ontology import DEFAULT_BASE
from .store import PREFIXES, GraphStore, check_query_shape

RESULT_FORMATS = ("table", "csv", "tsv", "json", "sparql-json")
_XSD = "http://www.w3.org/2001/XMLSchema#"


#: What a saved question's parameter holds: how a value given for it is read.
PARAM_KINDS = {
    "actor": "a state or organisation: an id in any case, a name, a capital or a demonym (RUS, Russia, Moscow)",
    "date": "a day, YYYY-MM-DD",
    "person": "an official as the articles name them: a full name or a surname, any case",
    "text": "text, matched exactly",
}
#: ``# param NAME: KIND, required|optional. What it does.`` in a saved question's header.
_PARAM_LINE = re.compile(r"^#\s*param\s+([A-Za-z_]\w*)\s*:\s*(\w+)\s*,\s*(required|optional)\.?\s*(.*)$")


@dataclass(frozen=True)
class Param:
    """One parameter a saved question declares in its header."""

    name: str
    kind: str
    required: bool
    doc: str

    def usage(self) -> str:
        return f"--param {self.name}={self.kind.upper()} ({'required' if self.required else 'optional'}): {self.doc}"


@dataclass(frozen=True)
class SavedQuery:
    """One saved question: its name, what it answers, its SPARQL text and its parameters."""

    name: str
    description: str
    text: str
    params: tuple[Param, ...] = ()


def _declared(name: str, text: str) -> tuple[Param, ...]:
    out = []
    for line in text.splitlines():
        if re.match(r"^#\s*param\b", line):
            m = _PARAM_LINE.match(line)
            if not m or m.group(2) not in PARAM_KINDS:
                raise QueryError(f"{name}.rq: cannot read {line.strip()!r}; write '# param NAME: KIND, required|optional. "
                                 f"What it does.' with KIND one of {', '.join(PARAM_KINDS)}")
            out.append(Param(m.group(1), m.group(2), m.group(3) == "required", m.group(4).strip()))
    return tuple(out)


def _query_dir():
    """queries/ beside the package in a checkout, or the kg.queries package of a wheel."""
    checkout = Path(__file__).resolve().parent.parent / "queries"
    if checkout.is_dir():
        return checkout
    return resources.files("kg.queries")


def saved_queries() -> dict[str, SavedQuery]:
    """The saved questions shipped with kg, by name."""
    out = {}
    for f in sorted(_query_dir().iterdir(), key=lambda p: p.name):
        if f.name.endswith(".rq"):
            text = f.read_text(encoding="utf-8")
            first = next((ln for ln in text.splitlines() if ln.startswith("#")), "# (no description)")
            name = f.name[:-3]
            out[name] = SavedQuery(name, first.lstrip("# ").strip(), text, _declared(name, text))
    return out


def resolve_query(name_or_file: str | None, expression: str | None = None) -> str:
    """The SPARQL text for a saved query name, a .rq file, or an inline expression."""
    if expression:
        return expression
    if not name_or_file:
        raise QueryError("say which query: a saved name (see 'kg query --list'), a FILE.rq, or -e 'SPARQL'")
    saved = saved_queries()
    if name_or_file in saved:
        return saved[name_or_file].text
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.exists():
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError(f"{path}: no such query file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot be read ({exc})") from None
    raise QueryError(f"unknown saved query {name_or_file!r}; known: {', '.join(saved)}")


def parse_param(value: str, base: str = DEFAULT_BASE) -> tuple[str, ox.NamedNode | ox.Literal]:
    """``name=value`` as a variable binding, never spliced into the query text.

    An IRI (``http...`` or ``<...>``) stays an IRI; an actor id (``RUS``, ``SCO``) becomes the
    actor's IRI; a date becomes an ``xsd:date``; a whole number an ``xsd:integer``; anything
    else a plain string.
    """
    if "=" not in value:
        raise QueryError(f"--param {value!r}: write it as NAME=VALUE, e.g. --param actor=RUS")
    name, raw = value.split("=", 1)
    name = name.strip().lstrip("?$")
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"--param {value!r}: {name!r} is not a SPARQL variable name")
    raw = raw.strip()
    try:
        if raw.startswith("<") and raw.endswith(">"):
            return name, ox.NamedNode(raw[1:-1])
        if re.match(r"https?://", raw):
            return name, ox.NamedNode(raw)
    except ValueError:
        raise QueryError(f"--param {value!r}: not a valid IRI") from None
    if re.fullmatch(r"[A-Z][A-Za-z0-9]{1,15}", raw):
        return name, mint("actor", raw, base)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        return name, ox.Literal(raw, datatype=ox.NamedNode(_XSD + "date"))
    if re.fullmatch(r"-?\d+", raw):
        return name, ox.Literal(raw, datatype=ox.NamedNode(_XSD + "integer"))
    return name, ox.Literal(raw)


def run_query(store: GraphStore, sparql: str, params: list[str] | None = None, base: str = DEFAULT_BASE,
              saved: SavedQuery | None = None):
    """Run ``sparql`` with ``params`` (NAME=VALUE) bound as variables; a query shaped to crash
    the engine (``check_query_shape``) is refused first.

    For a ``saved`` question the parameters are those its header declares: an unknown or
    missing one is a QueryError, and each value is read by its kind (an actor by any of its
    names, a checked date, an official by name). For other queries a value is read by its
    look (``parse_param``), and a name the query has no variable for is an error."""
    check_query_shape(sparql)
    if saved is not None:
        return store.query(sparql, bind_params(store, saved, params or [], base))
    bindings = {}
    for p in params or []:
        name, term = parse_param(p, base)
        if not re.search(rf"[?$]{re.escape(name)}\b", sparql):
            raise QueryError(f"--param {p!r}: the query has no variable ?{name} to bind")
        bindings[name] = term
    return store.query(sparql, bindings)


def bind_params(store: GraphStore, saved: SavedQuery, params: list[str], base: str = DEFAULT_BASE
                ) -> dict[str, ox.NamedNode | ox.Literal]:
    """The bindings of a saved question's parameters, each value read by its declared kind."""
    declared = {p.name: p for p in saved.params}
    given: dict[str, str] = {}
    for raw in params:
        if "=" not in raw:
            raise QueryError(f"--param {raw!r}: write it as NAME=VALUE, e.g. --param actor=RUS")
        name, value = (x.strip() for x in raw.split("=", 1))
        name = name.lstrip("?$")
        if name not in declared:
            takes = " or ".join(f"--param {p.name}={p.kind.upper()}" for p in saved.params)
            raise QueryError(f"{saved.name} has no parameter {name!r}; "
                             + (f"it takes {takes} (kg query {saved.name} --help)" if takes else "it takes none"))
        given[name] = value
    missing = [p for p in saved.params if p.required and p.name not in given]
    if missing:
        needs = " and ".join(f"--param {p.name}={p.kind.upper()}" for p in missing)
        raise QueryError(f"{saved.name} needs {needs} (kg query {saved.name} --help)")
    out: dict[str, ox.NamedNode | ox.Literal] = {}
    for name, value in given.items():
        out[name] = _term(store, declared[name], value, base)
    return out


def _term(store: GraphStore, p: Param, value: str, base: str) -> ox.NamedNode | ox.Literal:
    from . import resolve

    option = f"--param {p.name}"
    if p.kind == "actor":
        if re.match(r"<?https?://", value):
            return parse_param(f"{p.name}={value}", base)[1]
        return mint("actor", resolve.actor(value, option), base)
    if p.kind == "date":
        return ox.Literal(resolve.day(value, option) or "", datatype=ox.NamedNode(_XSD + "date"))
    if p.kind == "person":
        return ox.Literal(_speaker(store, value, option))
    return ox.Literal(value)


def _speakers(store: GraphStore) -> list[str]:
    """The names of the speakers in the store (the engine's rows live and die in here: they
    may not cross threads)."""
    return sorted({r["name"].value for r in store.query("SELECT DISTINCT ?name WHERE { ?r kg:speaker ?p . ?p rdfs:label ?name }")})


def _speaker(store: GraphStore, value: str, option: str) -> str:
    """The name an official is stored under, from their full name or surname in any case."""
    names = _speakers(store)
    wanted = value.strip().casefold()
    exact = [n for n in names if n.casefold() == wanted]
    if exact:
        return exact[0]
    by_surname = [n for n in names if n.casefold().split()[-1:] == wanted.split()[-1:] and len(wanted.split()) == 1]
    if len(by_surname) == 1:
        return by_surname[0]
    if by_surname:
        raise QueryError(f"{option}: {value!r} could be {' or '.join(by_surname)}; give the full name")
    import difflib

    close = difflib.get_close_matches(value.strip(), names, n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(close)}?" if close else (
        f"; the speakers in the store include {', '.join(names[:5])}" if names else "; no statement in the store has a speaker")
    raise QueryError(f"{option}: no speaker called {value!r}{hint}")


def short(term) -> str:
    """A term as a person reads it: literal values bare, IRIs with a known prefix."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        for p, ns in PREFIXES.items():
            if term.value.startswith(ns):
                return f"{p}:{term.value[len(ns):]}"
        return term.value
    return str(term)


#: An actor's IRI (``<base>actor/RUS``): tables print its id, JSON its id and the IRI.
_ACTOR_IRI = re.compile(r"^.+/actor/([^/]+)$")
_JSON_NUMBERS = {_XSD + t: int for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger",
                                         "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong")} | {
    _XSD + t: float for t in ("decimal", "double", "float")}


def actor_id(term) -> str | None:
    """The id of an actor IRI (``RUS``), None for any other term."""
    if isinstance(term, ox.NamedNode):
        m = _ACTOR_IRI.match(term.value)
        if m:
            return urllib.parse.unquote(m.group(1))
    return None


def cell_text(term, compact: bool = True) -> str:
    """A term as a cell of a table, CSV or TSV: an actor by its id, a literal by its value,
    another IRI with a known prefix (``compact``) or in full."""
    if term is None:
        return ""
    aid = actor_id(term)
    if aid is not None:
        return aid
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return short(term) if compact else term.value
    return str(term)


def json_value(term):
    """A term as a JSON value: numbers and booleans typed, dates and text as strings, an
    IRI in full (an actor's id comes beside it, see ``Table.records``)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt == _XSD + "boolean":
            return term.value in ("true", "1")
        kind = _JSON_NUMBERS.get(dt)
        if kind is not None:
            try:
                return kind(term.value)
            except ValueError:
                return term.value
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


@dataclass
class Table:
    """Rows of a SELECT (or the answer of an ASK, or the triples of a CONSTRUCT), as the
    engine's terms."""

    columns: list[str]
    terms: list[list]
    raw: object = None

    def text_rows(self, compact: bool = True) -> list[list[str]]:
        return [[cell_text(t, compact) for t in r] for r in self.terms]

    @property
    def rows(self) -> list[list[str]]:
        """The rows as text, as a table prints them."""
        return self.text_rows()

    def records(self) -> list[dict]:
        """The rows as JSON objects: typed values, and for a column holding an actor its id
        with the IRI beside it under ``COLUMN_iri``."""
        out = []
        for r in self.terms:
            rec: dict = {}
            for c, t in zip(self.columns, r):
                aid = actor_id(t)
                if aid is not None:
                    rec[c], rec[f"{c}_iri"] = aid, t.value
                else:
                    rec[c] = json_value(t)
            out.append(rec)
        return out


def to_table(results) -> Table:
    """Query results as columns and rows of terms (the form of each cell is chosen when the
    table is formatted)."""
    if isinstance(results, ox.QueryBoolean):
        return Table(["answer"], [[ox.Literal(bool(results))]], results)
    if isinstance(results, (ox.QueryTriples, list)):
        rows = [[t.subject, t.predicate, t.object] for t in results]
        return Table(["subject", "predicate", "object"], rows, None)
    cols = [v.value for v in results.variables]
    rows = [[sol[c] for c in cols] for sol in results]
    return Table(cols, rows, None)


def sparql_json(results) -> str:
    """SELECT or ASK results in the W3C SPARQL 1.1 Query Results JSON Format."""
    if isinstance(results, (ox.QueryTriples, list)):
        raise QueryError("sparql-json holds the answers of SELECT and ASK; a CONSTRUCT or DESCRIBE gives triples: "
                         "use --format table, csv, tsv or json")
    return results.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")


def text_table(columns: list[str], rows: list[list[str]]) -> Table:
    """A table of plain text cells (for rows made outside a query)."""
    return Table(columns, [[ox.Literal(c) for c in r] for r in rows])


def format_table(table: Table, fmt: str) -> str:
    """``table`` as text: an aligned table, CSV, TSV, or JSON rows."""
    if fmt == "json":
        if table.columns == ["answer"] and isinstance(table.raw, ox.QueryBoolean):
            return json.dumps({"answer": bool(table.raw)})
        return json.dumps(table.records(), ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(table.columns)
        w.writerows(table.text_rows(compact=False))
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}; choose one of: {', '.join(RESULT_FORMATS)}")
    width = 60
    cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in r] for r in table.text_rows()]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(table.columns)]
    line = "  ".join(h.ljust(w) for h, w in zip(table.columns, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells]
    out.append(f"({len(table.rows)} row{'s' if len(table.rows) != 1 else ''})")
    return "\n".join(out)


def stats(store: GraphStore) -> dict:
    """The store's figures (``kg.counts.figures``)."""
    from .counts import figures

    return figures(store)
