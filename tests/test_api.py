"""The Python surface (issue 19), through public names only: ``kg.extract``, ``kg.open``,
``kg.Store``, ``kg.Result``, ``kg.Page``, ``kg.Relation``, ``kg.KgError``.

Expected values are written from the sample articles in data/ by hand (which states
ASEAN's article names as members, what the Armenia-Azerbaijan wire story says), from the
gold file of the seed article, or read through another program: the ``kg`` command line
in a subprocess, pandas' own dtypes, html.parser for the iframe.
"""

from __future__ import annotations

import datetime as dt
import doctest
import html
import inspect
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "000_seed_russia_india_pakistan.txt"
SEED_GOLD = SHARED / "gold" / "000_seed_russia_india_pakistan.json"
KG_BIN = str(Path(sys.executable).with_name("kg"))
#: relations.md: these types match in either order.
EITHER_ORDER = {"PARTNER", "ALLY", "RIVAL", "AGREE", "COOPERATE", "CONSULT"}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    d = tmp_path_factory.mktemp("api")
    shutil.copytree(ROOT / "data", d / "data")
    return d


@pytest.fixture(scope="module")
def store(workdir):
    s = kg.open(workdir / "sample.kg")
    summary = s.ingest(workdir / "data", progress=False)
    assert (summary.articles, summary.relations, summary.failures) == (9, 60, [])
    yield s
    s.close()


# ---------------------------------------------------------------- extract


def _key(subject: str, rtype: str, obj) -> tuple:
    if isinstance(obj, dict):
        obj = _key(obj["subject"], obj["type"], obj["object"])
    if rtype in EITHER_ORDER and isinstance(obj, str) and obj < subject:
        subject, obj = obj, subject
    return (subject, rtype, obj)


def _line_key(d: dict) -> tuple:
    obj = d["object"]
    obj = _line_key(obj["relation"]) if "relation" in obj else obj["id"]
    return _key(d["subject"]["id"], d["type"], obj)


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared (the seed article and its gold) beside the checkout")
def test_extract_the_seed_gives_the_cli_lines_and_its_gold():
    relations = kg.extract(SEED)
    assert all(isinstance(r, kg.Relation) for r in relations)
    cli = subprocess.run([KG_BIN, "extract", str(SEED), "--format", "jsonl"], capture_output=True, text=True, check=True)
    lines = [json.loads(x) for x in cli.stdout.splitlines()]
    assert [r.to_dict() for r in relations] == lines  # to_dict() is the JSONL contract, line for line
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    expected = {_key(g["subject"], g["type"], g["object"]) for g in gold["relations"]}
    found = {_line_key(r.to_dict()) for r in relations if not r.negated}
    assert len(expected) == 19
    assert found == expected


def test_extract_text_gives_typed_frozen_relations_with_offsets():
    text = "Talks were short. Moscow will supply arms to Islamabad, Lavrov said."
    (r,) = kg.extract(text, date=dt.date(2021, 4, 7), title="A test")
    assert (r.subject.id, r.type, r.object.id, r.modality, r.negated) == ("RUS", "AID", "PAK", "future", False)
    assert r.speaker.name == "Lavrov"
    assert text[r.start:r.end] == "Moscow will supply arms to Islamabad, Lavrov said."
    with pytest.raises(AttributeError):
        r.type = "ASSAULT"  # frozen
    d = r.to_dict()
    assert list(d) == ["article", "subject", "type", "object", "mode", "evidence", "speaker", "negated", "modality",
                       "confidence"]
    assert d["subject"] == {"id": "RUS", "label": "Russia", "kind": "Country"}
    assert d["object"] == {"id": "PAK", "label": "Pakistan", "kind": "Country"}
    assert (d["mode"], d["speaker"], d["negated"], d["modality"]) == ("military", "Lavrov", False, "future")


def test_extract_keeps_negated_relations_marked():
    rels = kg.extract("India did not sign the agreement with Pakistan.")
    assert [(r.subject.id, r.type, r.object.id, r.negated) for r in rels] == [("IND", "AGREE", "PAK", True)]


@pytest.mark.parametrize("given, message", [
    (12, "kg.extract reads text (str), a file (pathlib.Path) or an Article, not int"),
    (Path("/nonexistent/x.txt"), "/nonexistent/x.txt: no such file; give kg.extract a file, or the article's text as a str"),
])
def test_extract_refuses_what_it_cannot_read(given, message):
    with pytest.raises(kg.KgError) as err:
        kg.extract(given)
    assert str(err.value) == message


def test_extract_refuses_a_bad_date():
    with pytest.raises(kg.KgError, match=r"^bad date 'yesterday' for date: give it as YYYY-MM-DD"):
        kg.extract("Russia praised India.", date="yesterday")


# ---------------------------------------------------------------- store and saved questions


def test_ingest_summary_is_the_cli_line(store, workdir):
    again = store.ingest([workdir / "data"], progress=False)  # an article read again replaces its graph
    assert re.fullmatch(r"9 articles, 60 relations, \d+\.\d s", str(again))
    assert store.stats()["relations"] == 60


def test_ingest_offline_refuses_urls_in_one_line(store):
    with pytest.raises(kg.KgError) as err:
        store.ingest("https://www.example.org/world/", progress=False, offline=True)
    assert str(err.value) == ("https://www.example.org/world/: URLs and feeds are not read offline; "
                              "drop offline=True or the URL")


def test_members_of_asean_by_keyword(store):
    r = store.query("members", org="ASEAN")
    assert isinstance(r, kg.Result)
    assert r.columns == ["organisation", "member", "articles"]
    # the article: "ASEAN's ten existing members are Brunei, Cambodia, Indonesia, Laos,
    # Malaysia, Myanmar, the Philippines, Singapore, Thailand and Vietnam", and Timor-Leste joins
    members = {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS"}
    assert sorted(r) == sorted(("ASEAN", m, 1) for m in members)
    assert all(type(v) is int for v in (row[2] for row in r))
    assert store.query("members", org="Association of Southeast Asian Nations").rows == r.rows


def test_a_dyad_by_names_in_any_case(store):
    r = store.query("dyad", a="armenia", b="Baku")
    assert r.columns == ["a", "b", "date", "subject", "type", "object", "modality", "evidence"]
    got = sorted((row[3], row[4], row[5], row[2]) for row in r)
    day = dt.date(2025, 5, 19)
    # Armenia's ministry reports the attack on its posts (an accusation, and the attack as told:
    # Baku did not deny it), Yerevan accuses Baku, and the two hold peace talks
    assert got == [("ARM", "ACCUSE", "AZE", day), ("ARM", "ACCUSE", "AZE", day), ("ARM", "CONSULT", "AZE", day),
                   ("AZE", "ASSAULT", "ARM", day)]
    assert all(type(row[2]) is dt.date for row in r)


def test_supplies_of_france_with_python_types(store):
    (row,) = store.query("supplies", actor="FRA").records()
    assert row["provider"] == "FRA" and row["recipient"] == "PHL"
    assert row["articles"] == 1 and type(row["articles"]) is int
    assert row["modality"] == "future"
    assert row["date"] == dt.date(2025, 3, 20)
    assert row["evidence"].startswith("France will supply the Philippines with four offshore patrol vessels")


def test_ask_and_sparql_text_with_bound_keywords(store):
    assert store.query("ASK { ?s ?p ?o }").rows == [(True,)]
    # a value is read by its look, as kg query --param reads it: ARM is the actor's IRI
    r = store.query("SELECT ?id ?label WHERE { ?a kg:actorId ?id ; rdfs:label ?label }", a="ARM")
    assert r.rows == [("ARM", "Armenia")]


@pytest.mark.parametrize("name, params, message", [
    ("partners", {"country": "India"}, "partners has no parameter 'country'; it takes actor=ACTOR (kg query partners --help)"),
    ("period", {"since": "2025-01-01"}, "period needs until=DATE (kg query period --help)"),
    ("period", {"since": "yesterday", "until": "2025-12-31"},
     "bad date 'yesterday' for since: give it as YYYY-MM-DD, e.g. 2021-01-01"),
    ("nosuchquestion", {}, None),
])
def test_query_mistakes_are_one_line_errors(store, name, params, message):
    with pytest.raises(kg.KgError) as err:
        store.query(name, **params)
    assert "\n" not in str(err.value)
    if message is not None:
        assert str(err.value) == message


def test_query_an_unknown_actor_suggests_one(store):
    with pytest.raises(kg.KgError, match=r"^actor: no actor called 'Narnia'; did you mean"):
        store.query("partners", actor="Narnia")


def test_to_pandas_dtypes(store):
    pd = pytest.importorskip("pandas")
    frame = store.query("supplies").to_pandas()
    assert list(frame.columns) == ["provider", "recipient", "articles", "modality", "mode", "context", "evidence",
                                   "speaker", "article", "date"]
    assert str(frame["articles"].dtype) == "int64"
    assert isinstance(frame["provider"].dtype, pd.StringDtype)
    assert isinstance(frame["context"].dtype, pd.StringDtype)  # some missing: <NA>, not None
    assert pd.api.types.is_datetime64_any_dtype(frame["date"].dtype)
    assert frame.loc[frame["provider"] == "FRA", "date"].iloc[0] == pd.Timestamp("2025-03-20")
    types = store.query("types").to_pandas()
    assert types.set_index("type").loc["MEMBER_OF"].tolist() == [14, 14, 0]


def test_to_pandas_without_pandas_names_the_extra(store, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError) as err:
        store.query("types").to_pandas()
    assert "pip install 'kg[pandas]'" in str(err.value)


def test_to_csv_is_the_cli_csv(store, workdir):
    out = workdir / "csv" / "types.csv"
    text = store.query("types").to_csv(out)
    cli = subprocess.run([KG_BIN, "query", "types", "--format", "csv", "--store", str(workdir / "sample.kg")],
                         capture_output=True, text=True, check=True)
    assert out.read_text(encoding="utf-8") == text == cli.stdout


# ---------------------------------------------------------------- networkx, analyses, page


def test_to_networkx_counts_equal_kg_stats(store, workdir):
    cli = subprocess.run([KG_BIN, "stats", "--json", "--store", str(workdir / "sample.kg")],
                         capture_output=True, text=True, check=True)
    stats = json.loads(cli.stdout)
    g = store.to_networkx()
    assert (g.number_of_nodes(), g.number_of_edges()) == (stats["actors"], stats["relations"]) == (29, 60)
    member_edges = [(u, v) for u, v, d in g.edges(data=True) if d["relation_type"] == "MEMBER_OF"]
    assert len(member_edges) == stats["by_type"]["MEMBER_OF"] == 14


def test_to_networkx_filters_and_dyads(store):
    only = store.to_networkx(types="MEMBER_OF")
    assert only.number_of_edges() == 14
    assert {v for _, v in only.edges()} == {"ASEAN", "SCO"}
    dyads = store.to_networkx(dyads=True)
    edge = dyads.edges["ARM", "AZE"]
    # two accusations (-1 each), an attack (-2) and a consultation (+1), as kg analyze weighs them
    assert (edge["relations"], edge["score"], edge["sign"], edge["types"]) == (4, -3, "-", {"ACCUSE": 2, "ASSAULT": 1, "CONSULT": 1})
    assert store.to_networkx(until="2000-01-01").number_of_edges() == 0
    with pytest.raises(kg.KgError, match=r"^since 2025-06-01 is after until 2025-01-01$"):
        store.to_networkx(since="2025-06-01", until="2025-01-01")


def test_analyses_return_plain_data(store):
    (point,) = store.timeline("ARM", "Azerbaijan")
    assert point == {"period": "2025-05", "relations": 4, "cooperation": 1, "conflict": -4, "score": -3, "cumulative": -3}
    assert store.centrality()[0]["actor"] == "ASEAN"
    communities = store.communities()
    assert sorted(a for c in communities for a in c) == sorted(store.to_networkx().nodes)  # a partition
    # ASEAN and the members only it ties to are one group
    assert any({"ASEAN", "BRN", "KHM", "LAO", "MMR", "SGP", "THA", "TLS", "VNM"} <= set(c) for c in communities)
    dyads = {tuple(d["dyad"]): d["score"] for d in store.balance()["dyads"]}
    assert dyads[("ARM", "AZE")] == -3


class _Frames(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.frames: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.frames.append(dict(attrs))


def test_viz_page_shows_in_an_iframe_and_saves(store, workdir):
    page = store.viz(focus="China")
    assert isinstance(page, kg.Page)
    assert (page.nodes, page.edges) == (6, 8)
    parser = _Frames()
    parser.feed(page._repr_html_())
    (frame,) = parser.frames
    assert frame["srcdoc"] == page.html  # the whole page, unescaped by an HTML parser
    assert frame["sandbox"] == "allow-scripts"
    assert "<script" in page.html and "China" in html.unescape(page.html)
    saved = page.save(workdir / "pages" / "china.html")
    assert saved.read_text(encoding="utf-8") == page.html
    with pytest.raises(kg.KgError, match=r"^--since 2030-01-01"):
        store.viz(since="2030-01-01", until="2029-01-01")


def test_a_closed_store_says_so(workdir):
    s = kg.open(workdir / "closed.kg")
    s.close()
    with pytest.raises(kg.KgError, match=r"closed; open it again with kg.open$"):
        s.stats()


# ---------------------------------------------------------------- the surface itself


def test_public_names_are_typed_and_documented():
    assert (Path(kg.__file__).parent / "py.typed").exists()
    publics = [kg.extract, kg.open] + [m for c in (kg.Store, kg.Result, kg.Page)
                                       for n, m in vars(c).items() if callable(m) and not n.startswith("_")]
    assert len(publics) >= 15
    for fn in publics:
        sig = inspect.signature(fn)
        unannotated = [p for p in sig.parameters.values() if p.name != "self" and p.annotation is inspect.Parameter.empty
                       and p.kind not in (p.VAR_KEYWORD,)]
        assert not unannotated, f"{fn.__qualname__}: {unannotated}"
        assert sig.return_annotation is not inspect.Signature.empty, fn.__qualname__
        assert fn.__doc__ and ">>>" in fn.__doc__, f"{fn.__qualname__} has no example"
    assert sorted(kg.__all__) == ["KgError", "Page", "Relation", "Result", "Store", "extract", "open"]


def _run_doctests(text: str, name: str, globs: dict, cwd: Path, monkeypatch) -> doctest.TestResults:
    monkeypatch.chdir(cwd)
    test = doctest.DocTestParser().get_doctest(text, globs, name, name, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    return runner.summarize(verbose=False)


def test_readme_from_python_runs_as_a_doctest(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## From Python", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```pycon\n(.*?)```", section, re.S)
    assert blocks and sum(b.count(">>>") for b in blocks) >= 15
    shutil.copytree(ROOT / "data", tmp_path / "data")
    result = _run_doctests("\n".join(blocks), "README From Python", {}, tmp_path, monkeypatch)
    assert result.attempted >= 15 and result.failed == 0


def test_the_docstring_examples_run(store, workdir, monkeypatch):
    globs = {"kg": kg, "store": store}
    finder = doctest.DocTestFinder()
    attempted = 0
    found = [t for obj in (inspect.getmodule(kg.Store), kg.extract, kg.open, kg.Store, kg.Result, kg.Page)
             for t in finder.find(obj, globs=globs)]
    for test in {t.name: t for t in found}.values():
        result = _run_doctests(test.docstring, test.name, dict(globs), workdir, monkeypatch)
        assert result.failed == 0, test.name
        attempted += result.attempted
    assert attempted >= 25
