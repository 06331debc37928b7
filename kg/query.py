"""Saved SPARQL questions (queries/*.rq), parameters as bindings, and result formats."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError
from .graph import mint
from .ontology import DEFAULT_BASE
from .store import PREFIXES, GraphStore, check_query_shape

RESULT_FORMATS = ("table", "csv", "tsv", "json")
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class SavedQuery:
    """One saved question: its name, what it answers, and its SPARQL text."""

    name: str
    description: str
    text: str


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
            out[f.name[:-3]] = SavedQuery(f.name[:-3], first.lstrip("# ").strip(), text)
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


def run_query(store: GraphStore, sparql: str, params: list[str] | None = None, base: str = DEFAULT_BASE):
    """Run ``sparql`` with ``params`` (NAME=VALUE) bound as variables; a query shaped to crash
    the engine (``check_query_shape``) is refused first."""
    check_query_shape(sparql)
    bindings = dict(parse_param(p, base) for p in params or [])
    return store.query(sparql, bindings)


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


@dataclass
class Table:
    """Rows of a SELECT (or the answer of an ASK, or the triples of a CONSTRUCT)."""

    columns: list[str]
    rows: list[list[str]]
    raw: object = None


def to_table(results, compact: bool = True) -> Table:
    """Query results as plain columns and rows of text; ``compact`` writes IRIs with a
    prefix (for reading), otherwise in full (for CSV, TSV and JSON that other tools read)."""
    cell = short if compact else (lambda t: "" if t is None else t.value if isinstance(t, (ox.Literal, ox.NamedNode)) else str(t))
    if isinstance(results, ox.QueryBoolean):
        return Table(["answer"], [["true" if bool(results) else "false"]], results)
    if isinstance(results, (ox.QueryTriples, list)):
        rows = [[cell(t.subject), cell(t.predicate), cell(t.object)] for t in results]
        return Table(["subject", "predicate", "object"], rows, None)
    cols = [v.value for v in results.variables]
    rows = [[cell(sol[c]) for c in cols] for sol in results]
    return Table(cols, rows, None)


def format_table(table: Table, fmt: str) -> str:
    """``table`` as text: an aligned table, CSV, TSV, or JSON rows."""
    if fmt == "json":
        return json.dumps([dict(zip(table.columns, r)) for r in table.rows], ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(table.columns)
        w.writerows(table.rows)
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}; choose one of: {', '.join(RESULT_FORMATS)}")
    width = 60
    cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in r] for r in table.rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(table.columns)]
    line = "  ".join(h.ljust(w) for h, w in zip(table.columns, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells]
    out.append(f"({len(table.rows)} row{'s' if len(table.rows) != 1 else ''})")
    return "\n".join(out)


def stats(store: GraphStore) -> dict:
    """Articles, actors and relations by type, from the saved count questions, and the
    quads the store holds."""
    saved = saved_queries()
    counts = to_table(store.query(saved["counts"].text))
    types = to_table(store.query(saved["types"].text))
    out = {c: int(v) for c, v in zip(counts.columns, counts.rows[0])} if counts.rows else {}
    out["by_type"] = {r[0]: int(r[1]) for r in types.rows}
    out["quads"] = store.quad_count()  # counting distinct merged triples takes a minute at a million relations
    return out
