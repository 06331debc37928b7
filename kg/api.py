"""The Python surface of kg, for notebooks and scripts: what ``import kg`` offers.

Every function here runs the code the command line runs (the same extractor, store,
saved questions, parameter checks, page and analyses), so a notebook and ``kg`` give the
same answers. Errors are ``kg.KgError`` with a one-line message saying what to do.

Examples
--------
>>> import kg
>>> [r.key() for r in kg.extract("Russia and India signed a defence pact in New Delhi.")]
[('RUS', 'AGREE', 'IND')]
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pyoxigraph as ox

from . import analyze as _analyze
from . import resolve
from .errors import InputError, KgError
from .extraction import Relation
from .ingest import Article, article_id, read_file, text_article
from .interop import GraphData, graph_data, to_networkx
from .ontology import DEFAULT_BASE
from .pipeline import IngestSummary, ingest_paths, set_limits
from .query import actor_id, run_query, saved_queries, to_table
from .store import DEFAULT_STORE, open_store

if TYPE_CHECKING:
    import pandas

__all__ = ["Page", "Result", "Store", "extract", "open"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong")}
_DECIMALS = {_XSD + t for t in ("decimal", "double", "float")}


# ---------------------------------------------------------------- extraction


def extract(text_or_article: str | os.PathLike | Article, *, date: str | dt.date | None = None,
            title: str | None = None) -> list[Relation]:
    """The relations one article states, as ``kg extract`` finds them.

    Parameters
    ----------
    text_or_article
        The article's text (a ``str``), a file (a ``pathlib.Path``: .txt, .html or a
        one-line .jsonl, read as ``kg ingest`` reads it), or a ``kg.ingest.Article``.
    date, title
        The article's date (``YYYY-MM-DD`` or a ``datetime.date``) and title, for text.

    Returns
    -------
    list[Relation]
        Frozen dataclasses with ``subject``, ``type``, ``object`` (an actor, or the
        relation objected to), ``modality``, ``negated``, ``speaker``, ``evidence``, its
        offsets ``start`` and ``end`` in the text, and ``to_dict()``: the JSONL line of
        ``kg extract``. Negated relations are included (``negated=True``), as in the JSONL.

    Examples
    --------
    >>> rs = kg.extract("Moscow will supply arms to Islamabad, Lavrov said.", date="2021-04-07")
    >>> [(r.subject.id, r.type, r.object.id, r.modality) for r in rs]
    [('RUS', 'AID', 'PAK', 'future')]
    """
    from .extraction import Extractor

    article = _article_of(text_or_article, date, title)
    return list(Extractor().extract(article).relations)


def _article_of(given: str | os.PathLike | Article, date: str | dt.date | None, title: str | None) -> Article:
    if isinstance(given, Article):
        return given
    if isinstance(given, os.PathLike):
        path = Path(given)
        if not path.is_file():
            raise InputError(f"{path}: no such file; give kg.extract a file, or the article's text as a str")
        from .ingest import SUFFIXES

        if path.suffix.lower() not in SUFFIXES:
            raise InputError(f"{path}: kg reads {', '.join(sorted(SUFFIXES))} files")
        articles = list(read_file(path))
        if len(articles) != 1:
            raise InputError(f"{path} holds {len(articles)} articles; kg.extract reads one "
                             "(use Store.ingest for many, or kg extract on the command line)")
        return articles[0]
    if not isinstance(given, str):
        raise InputError(f"kg.extract reads text (str), a file (pathlib.Path) or an Article, not {type(given).__name__}")
    day = resolve.day(date, "date")
    art = text_article("text", given)
    art.id = article_id(given)
    art.date = day or art.date
    art.title = title or art.title
    return art


# ---------------------------------------------------------------- the store


def open(path: str | os.PathLike = DEFAULT_STORE, *, endpoint: str | None = None,  # noqa: A001 - kg.open
         update_endpoint: str | None = None, gsp_endpoint: str | None = None) -> Store:
    """The store in the folder ``path`` (made when missing), or a SPARQL server at ``endpoint``.

    Examples
    --------
    >>> store = kg.open("notebook.kg")
    >>> store.stats()["articles"]
    0
    """
    remote = {"endpoint": endpoint, "update_endpoint": update_endpoint, "gsp_endpoint": gsp_endpoint} if endpoint else {}
    return Store(open_store(path, **remote), endpoint or str(path))


class Store:
    """A kg store: the embedded one in a folder, or a SPARQL server (``kg.open``).

    Use it as a context manager, or call ``close()``, to let the command line write to the
    folder again.
    """

    def __init__(self, backend, where: str) -> None:
        self._backend = backend
        self.where = where

    def __repr__(self) -> str:
        return f"<kg.Store {self.where}>"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Release the store's folder (queries after this are an error).

        Examples
        --------
        >>> with kg.open("scratch.kg") as scratch:
        ...     scratch.stats()["relations"]
        0
        """
        self._backend = None

    @property
    def backend(self):  # noqa: ANN201 - a GraphStore or a RemoteStore
        if self._backend is None:
            raise KgError(f"the store {self.where} is closed; open it again with kg.open")
        return self._backend

    # ------------------------------------------------------------ writing

    def ingest(self, paths_or_urls: str | os.PathLike | Iterable[str | os.PathLike], *, progress: bool = True,
               base: str = DEFAULT_BASE, time_limit: float = 30.0, max_chars: int = 1_000_000,
               rate: float = 1.0, offline: bool = False) -> IngestSummary:
        """Extract the articles under the paths and URLs and write each into the store, as
        ``kg ingest`` does.

        Paths are files and folders; URLs are article pages, RSS and Atom feeds and
        sitemaps, fetched politely (robots.txt, ``rate`` requests a second per host) and
        incrementally (a page or feed item read before is not fetched again; the record
        lives in the store folder); ``offline`` refuses them. An article read again
        replaces its earlier graph. Returns the summary ``kg ingest`` prints (``str()`` of
        it is that line): articles, relations, seconds, warnings, and the articles that
        failed (the others are written). ``progress`` shows a bar on stderr.

        Examples
        --------
        >>> summary = store.ingest("data/", progress=False)
        >>> summary.articles, summary.relations
        (9, 60)
        """
        paths = [paths_or_urls] if isinstance(paths_or_urls, (str, os.PathLike)) else list(paths_or_urls)
        from tqdm import tqdm

        from .fetch import RECORD_FILE, Fetcher, FetchRecord

        fetcher = None
        if not offline:
            folder = getattr(self.backend, "path", None)
            fetcher = Fetcher(rate=rate, record=FetchRecord(Path(folder) / RECORD_FILE if folder else None))
        set_limits(time_limit, max_chars)
        bar = tqdm(unit=" articles", disable=not progress, file=sys.stderr)
        try:
            return ingest_paths([str(p) for p in paths], self.backend, base=base, fetcher=fetcher,
                                progress=lambda ex: bar.update(1), on_failure=lambda f: bar.update(1))
        except KgError as exc:
            raise type(exc)(str(exc).replace("with --offline; drop the option", "offline; drop offline=True")) from None
        finally:
            bar.close()

    # ------------------------------------------------------------ reading

    def stats(self) -> dict:
        """Articles, actors, relations, relations by type and quads: ``kg stats --json``.

        Examples
        --------
        >>> store.stats()["relations"]
        60
        """
        from .query import stats

        return stats(self.backend)

    def query(self, name_or_sparql: str, **params: str | int | dt.date) -> Result:
        """A saved question by name (``kg query --list``), a ``.rq`` file, or SPARQL text.

        Keyword parameters are those the saved question declares, checked and read as
        ``kg query --param`` reads them: an actor by id, name, capital or demonym, a date
        as ``YYYY-MM-DD`` or a ``datetime.date``. For SPARQL text they are bound to the
        variables of the same name.

        Examples
        --------
        >>> members = store.query("members", org="ASEAN")
        >>> members.columns, len(members), members[0]
        (['organisation', 'member', 'articles'], 11, ('ASEAN', 'BRN', 1))
        """
        saved = saved_queries().get(name_or_sparql)
        if saved is not None:
            sparql = saved.text
        elif re.search(r"\b(select|ask|construct|describe)\b", name_or_sparql, re.IGNORECASE):
            sparql = name_or_sparql
        else:
            from .query import resolve_query

            sparql = resolve_query(name_or_sparql)
        given = [f"{k}={v.isoformat() if isinstance(v, dt.date) else v}" for k, v in params.items()]
        try:
            return Result(to_table(run_query(self.backend, sparql, given, saved=saved)))
        except KgError as exc:
            # the same checks as the command line, told with Python's words
            raise type(exc)(str(exc).replace("--param ", "")) from None

    def data(self, *, since: str | dt.date | None = None, until: str | dt.date | None = None,
             types: str | Iterable[str] | None = None, include_modal: bool = True) -> GraphData:
        """The actors and asserted relations (``kg.interop.GraphData``), filtered: relations
        of ``types`` from articles dated within [``since``, ``until``]; without
        ``include_modal``, only those reported as done.

        Examples
        --------
        >>> len(store.data(types="MEMBER_OF").edges)
        14
        """
        wanted = resolve.relation_types(types, "types")
        lo, hi = resolve.day(since, "since"), resolve.day(until, "until")
        if lo and hi and lo > hi:
            raise KgError(f"since {lo} is after until {hi}")
        data = graph_data(self.backend)
        edges = [e for e in data.edges
                 if (wanted is None or e.type in wanted)
                 and (not lo or (e.date and e.date[:10] >= lo)) and (not hi or (e.date and e.date[:10] <= hi))]
        out = GraphData(data.actors, edges)
        if not include_modal:
            return _analyze.done_only(out)
        used = {a for e in edges for a in (e.subject, e.object)}
        return GraphData({iri: a for iri, a in data.actors.items() if a.id in used}, edges)

    def to_networkx(self, *, since: str | dt.date | None = None, until: str | dt.date | None = None,
                    types: str | Iterable[str] | None = None, dyads: bool = False) -> nx.MultiDiGraph | nx.Graph:
        """The graph as networkx: a MultiDiGraph with one edge per relation (the data the
        GraphML export writes), or with ``dyads=True`` a Graph with one edge per pair of
        actors carrying ``relations`` (how many), ``score`` and ``sign`` (the balance of
        ``kg analyze``, relations reported as done), and ``types`` (relations per type).

        Examples
        --------
        >>> g = store.to_networkx()
        >>> g.number_of_nodes(), g.number_of_edges()
        (29, 60)
        >>> store.to_networkx(dyads=True).edges["ARM", "AZE"]["types"]
        {'ACCUSE': 2, 'CONSULT': 1, 'ASSAULT': 1}
        """
        data = self.data(since=since, until=until, types=types)
        if not dyads:
            return to_networkx(data)
        g = nx.Graph(name="kg-dyads")
        for a in sorted(data.actors.values(), key=lambda a: a.id):
            g.add_node(a.id, label=a.label, kind=a.kind, iri=a.iri)
        done = _analyze.done_only(data).edges
        for (a, b), d in _analyze.dyads(data.edges).items():
            signed = _analyze.Dyad(a, b, [e for e in d.edges if e in done])
            per_type: dict[str, int] = {}
            for e in d.edges:
                per_type[e.type] = per_type.get(e.type, 0) + 1
            g.add_edge(a, b, relations=len(d.edges), score=signed.score, sign=signed.sign, types=per_type)
        return g

    def centrality(self, **filters) -> list[dict]:
        """Per actor: relations, neighbours, degree and betweenness, most central first
        (``kg analyze centrality``; filters as ``data``).

        Examples
        --------
        >>> store.centrality()[0]["actor"]
        'ASEAN'
        """
        return _analyze.centrality(self.data(include_modal=False, **filters))

    def communities(self, **filters) -> list[list[str]]:
        """Groups of actors more tied to one another than to the rest, largest first
        (``kg analyze communities``; filters as ``data``).

        Examples
        --------
        >>> store.communities()[0][:3]
        ['ASEAN', 'BRN', 'KHM']
        """
        return _analyze.communities(self.data(include_modal=False, **filters))

    def balance(self, **filters) -> dict:
        """Signed dyads and triads with their counts (``kg analyze balance --format json``;
        filters as ``data``).

        Examples
        --------
        >>> [(d["dyad"], d["score"]) for d in store.balance()["dyads"]][:1]
        [(['ARM', 'AZE'], -3)]
        """
        return _analyze.balance(self.data(include_modal=False, **filters).edges)

    def timeline(self, a: str, b: str, period: str = "month", **filters) -> list[dict]:
        """The pair's cooperation and conflict per period (``kg analyze --dyad A,B``), one
        dict per period; actors by any of their names.

        Examples
        --------
        >>> store.timeline("Armenia", "Azerbaijan")
        [{'period': '2025-05', 'relations': 4, 'cooperation': 1, 'conflict': -4, 'score': -3, 'cumulative': -3}]
        """
        data = self.data(include_modal=False, **filters)
        x, y = _analyze.resolve_dyad(f"{a},{b}", data)
        return [p.__dict__.copy() for p in _analyze.timeline(data.edges, x, y, period).points]

    # ------------------------------------------------------------ drawing

    def viz(self, *, title: str = "kg: relations between states", focus: str | None = None, depth: int = 1,
            types: str | Iterable[str] | None = None, since: str | dt.date | None = None,
            until: str | dt.date | None = None, edges: str = "dyads") -> Page:
        """The interactive page of ``kg viz``, opening on one edge per pair of actors
        (``edges="dyads"``) or on the typed edges (``edges="typed"``); shown inline in
        Jupyter, ``save()`` writes it.

        Examples
        --------
        >>> page = store.viz(focus="China")
        >>> page
        <kg.Page 6 nodes, 8 edges>
        >>> page.save("china.html").name
        'china.html'
        """
        from .viz import render_html

        warnings: list[str] = []
        text, nodes, n_edges = render_html(self.backend, title=title, focus=focus, depth=depth, types=types,
                                           since=since, until=until, warn=warnings.append, edges=edges)
        return Page(text, nodes, n_edges, warnings)


# ---------------------------------------------------------------- answers


def _value(term) -> object:
    """A query's term as a Python value: an actor by its id, another IRI in full, numbers
    as int or float, booleans, ``xsd:date`` as ``datetime.date`` and ``xsd:dateTime`` as
    ``datetime.datetime``, any other literal as its text; ``None`` when unbound."""
    if term is None:
        return None
    aid = actor_id(term)
    if aid is not None:
        return aid
    if isinstance(term, ox.Literal):
        kind, value = term.datatype.value, term.value
        try:
            if kind in _INTEGERS:
                return int(value)
            if kind in _DECIMALS:
                return float(value)
            if kind == _XSD + "boolean":
                return value in ("true", "1")
            if kind == _XSD + "date":
                return dt.date.fromisoformat(value[:10])
            if kind == _XSD + "dateTime":
                return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        return value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


class Result(Sequence):
    """The answer of a query: ``columns``, and rows (tuples of Python values) when iterated
    or indexed. An ASK gives one row with the column ``answer``; a CONSTRUCT its triples.

    Examples
    --------
    >>> r = store.query("types")
    >>> r.columns
    ['type', 'relations', 'ties', 'objections']
    >>> r[0]
    ('MEMBER_OF', 14, 14, 0)
    """

    def __init__(self, table) -> None:
        self._table = table
        self.columns: list[str] = list(table.columns)
        self.rows: list[tuple] = [tuple(_value(t) for t in row) for row in table.terms]

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i):
        return self.rows[i]

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.rows)

    def __repr__(self) -> str:
        return f"<kg.Result {len(self.rows)} rows: {', '.join(self.columns)}>"

    def records(self) -> list[dict]:
        """The rows as dicts, column name to value.

        Examples
        --------
        >>> store.query("supplies", actor="France").records()[0]["date"]
        datetime.date(2025, 3, 20)
        """
        return [dict(zip(self.columns, r)) for r in self.rows]

    def to_csv(self, path: str | os.PathLike | None = None) -> str:
        """The rows as CSV, as ``kg query --format csv`` writes them (actors by id); written
        to ``path`` when given (its folders made), and returned.

        Examples
        --------
        >>> print(store.query("types").to_csv("out/types.csv").splitlines()[1])
        MEMBER_OF,14,14,0
        """
        from .query import format_table

        text = format_table(self._table, "csv") + "\n"
        if path is not None:
            out = Path(path)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
        return text

    def to_pandas(self) -> pandas.DataFrame:
        """The rows as a pandas DataFrame: whole numbers as int64 (Int64 when some are
        missing), decimals as float64, booleans as bool, dates as datetime64, text as
        pandas' ``string`` (missing values ``<NA>``). Needs pandas: ``pip install 'kg[pandas]'``.

        Examples
        --------
        >>> frame = store.query("supplies").to_pandas()
        >>> str(frame["articles"].dtype), str(frame["provider"].dtype)
        ('int64', 'string')
        """
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("Result.to_pandas needs pandas: pip install 'kg[pandas]' (or pip install pandas)") from None
        frame = pd.DataFrame.from_records(self.rows, columns=self.columns)
        for i, col in enumerate(self.columns):
            values = [r[i] for r in self.rows if r[i] is not None]
            missing = len(values) < len(self.rows)
            if values and all(isinstance(v, bool) for v in values):
                frame[col] = frame[col].astype("boolean" if missing else bool)
            elif values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
                frame[col] = frame[col].astype("Int64" if missing else "int64")
            elif values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
                frame[col] = frame[col].astype("float64")
            elif values and all(isinstance(v, dt.date) for v in values):
                frame[col] = pd.to_datetime(frame[col])
            elif all(isinstance(v, str) for v in values):
                frame[col] = frame[col].astype("string")  # missing text as <NA>, not None
        return frame


@dataclass(frozen=True)
class Page:
    """The interactive page of ``Store.viz``: ``html`` (self-contained, no request leaves
    it), its ``nodes`` and ``edges`` counts and any ``warnings`` (relations of undated
    articles a date filter left out)."""

    html: str
    nodes: int
    edges: int
    warnings: Sequence[str] = ()

    def save(self, path: str | os.PathLike) -> Path:
        """Write the page to ``path`` (its folders made) and return the path.

        Examples
        --------
        >>> store.viz(types="MEMBER_OF").save("pages/members.html").read_text().startswith("<!DOCTYPE html>")
        True
        """
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(self.html, encoding="utf-8")
        return out

    def _repr_html_(self) -> str:
        """An iframe holding the page, so its script and styles stay apart from the notebook's."""
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
                f'style="width:100%;height:640px;border:1px solid #ddd" title="kg graph"></iframe>')

    def __repr__(self) -> str:
        return f"<kg.Page {self.nodes} nodes, {self.edges} edges>"
