"""Every command names actors one way and refuses what it cannot answer (issue 14): saved
questions declare their parameters, an actor is read by any of its names, and a parameter
that matches nothing by mistake is an error instead of an empty answer."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import PARAM_KINDS, saved_queries

import graphfixture


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("agree") / "store"
    graphfixture.build(path)
    return str(path)


def run(store, *args):
    r = CliRunner().invoke(main, [*args, "--store", store])
    return r.exit_code, r.output


def rows(store, *args):
    code, out = run(store, "query", *args, "--format", "json")
    assert code == 0, out
    return json.loads(out)


@pytest.mark.parametrize("name", ["IND", "ind", "India", "india", "New Delhi", "Indian", "indian"])
def test_an_actor_parameter_takes_any_name_of_the_actor(store, name):
    got = [(r["actor"], r["partner"], r["partner_iri"]) for r in rows(store, "partners", "--param", f"actor={name}")]
    assert got == [("IND", "RUS", "https://w3id.org/kg-bilateral/id/actor/RUS")]


@pytest.mark.parametrize("name", ["SCO", "sco", "Shanghai Cooperation Organisation"])
def test_an_organisation_parameter_takes_any_name_of_it(store, name):
    assert [(r["organisation"], r["member"]) for r in rows(store, "members", "--param", f"org={name}")] == [
        ("SCO", "IND"), ("SCO", "RUS")]


def test_the_quad_in_any_case(store):
    assert sorted(r["member"] for r in rows(store, "members", "--param", "org=QUAD")) == ["AUS", "IND", "JPN", "USA"]


def test_a_speaker_by_surname_in_any_case(store):
    assert {r["name"] for r in rows(store, "said", "--param", "name=lavrov")} == {"Sergei Lavrov"}


@pytest.mark.parametrize("args, message", [
    (["partners", "--param", "actor=Narnia"], "Error: --param actor: no actor called 'Narnia'; did you mean "),
    (["partners", "--param", "actor=Rusia"], "Error: --param actor: no actor called 'Rusia'; did you mean Russia (RUS)"),
    (["partners", "--param", "country=IND"],
     "Error: partners has no parameter 'country'; it takes --param actor=ACTOR (kg query partners --help)"),
    (["supplies", "--param", "provider=FRA"],
     "Error: supplies has no parameter 'provider'; it takes --param actor=ACTOR (kg query supplies --help)"),
    (["types", "--param", "actor=RUS"], "Error: types has no parameter 'actor'; it takes none"),
    (["period"], "Error: period needs --param since=DATE and --param until=DATE (kg query period --help)"),
    (["period", "--param", "since=yesterday", "--param", "until=2021-12-31"],
     "Error: bad date 'yesterday' for --param since: give it as YYYY-MM-DD, e.g. 2021-01-01"),
    (["said", "--param", "name=Nobody Atall"], "Error: --param name: no speaker called 'Nobody Atall'"),
    (["-e", "SELECT ?x WHERE { ?x ?p ?o }", "--param", "country=IND"],
     "Error: --param 'country=IND': the query has no variable ?country to bind"),
])
def test_a_parameter_that_cannot_match_is_a_one_line_error(store, args, message):
    code, out = run(store, "query", *args)
    assert code == 1
    assert out.startswith(message) and out.count("\n") == 1, out


def test_saved_questions_list_their_parameters(store):
    code, out = run(store, "query", "--list")
    assert code == 0
    assert "--param since=DATE (required): The first day of the range." in out
    code, out = run(store, "query", "dyad", "--help")
    assert code == 0 and out.splitlines()[2:] == [
        "Parameters:",
        "  --param a=ACTOR (required): One side of the pair.",
        "  --param b=ACTOR (required): The other side.",
    ]


def test_every_parameter_a_description_shows_is_declared():
    import re

    for q in saved_queries().values():
        shown = set(re.findall(r"--param (\w+)=", q.description))
        assert shown <= {p.name for p in q.params}, q.name
        assert all(p.kind in PARAM_KINDS for p in q.params), q.name


@pytest.mark.parametrize("focus", ["IND", "india", "New Delhi", "Indian"])
def test_viz_focus_takes_any_name_of_the_actor(store, tmp_path, focus):
    code, out = run(store, "viz", "--focus", focus, "-o", str(tmp_path / "g.html"))
    assert code == 0, out
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    code, by_id = run(store, "viz", "--focus", "IND", "-o", str(tmp_path / "id.html"))
    assert out.replace("g.html", "id.html") == by_id
    assert page.count('"from"') == (tmp_path / "id.html").read_text(encoding="utf-8").count('"from"') > 0


def test_viz_focus_on_an_actor_without_relations_says_so(store, tmp_path):
    code, out = run(store, "viz", "--focus", "Chile", "-o", str(tmp_path / "g.html"))
    assert (code, out) == (1, "Error: --focus Chile: Chile (CHL) has no relation in the graph\n")
    assert not (tmp_path / "g.html").exists()


def test_analyze_dyad_takes_names(store):
    code, by_name = run(store, "analyze", "timeline", "--dyad", "Russia,New Delhi", "--format", "json")
    assert code == 0, by_name
    code, by_id = run(store, "analyze", "timeline", "--dyad", "RUS,IND", "--format", "json")
    assert by_name == by_id and [t["dyad"] for t in json.loads(by_id)["timelines"]] == [["IND", "RUS"]]


# ---------------------------------------------------------------- the same figures on every surface


def _page_data(path) -> dict:
    raw = path.read_text(encoding="utf-8").split('<script id="kg-data" type="application/json">', 1)[1]
    return json.loads(raw.split("</script>", 1)[0])


def test_every_surface_reports_the_same_figures(tmp_path):
    """One store (the sample: 9 articles, one of them objecting to a relation), every
    command that counts: the ingest's summary line, kg stats, the saved questions counts,
    types, degree and attested, kg analyze, and the page's data and legend."""
    from conftest import DATA

    store = str(tmp_path / "store")
    r = CliRunner().invoke(main, ["ingest", str(DATA), "--store", store])
    assert r.exit_code == 0, r.output
    line = r.stdout.strip().splitlines()[-1]
    articles, relations = (int(x) for x in re.match(r"^(\d+) articles, (\d+) relations, ", line).groups())

    code, out = run(store, "stats", "--json")
    stats = json.loads(out)
    assert (stats["articles"], stats["relations"]) == (articles, relations) == (9, 60)

    [counts] = rows(store, "counts")
    assert (counts["articles"], counts["relations"]) == (articles, relations)

    types = rows(store, "types")
    by_type = {t["type"]: t["relations"] for t in types if t["relations"]}
    assert by_type == stats["by_type"] and sum(by_type.values()) == relations
    ties = sum(t["ties"] for t in types)
    assert sum(t["objections"] for t in types) == 1  # China opposes France's supply to the Philippines

    degree = {d["actor"]: (d["degree"], d["relations"]) for d in rows(store, "degree")}
    # every relation joins two actors: counted once at each end, every dyad twice
    assert sum(n for _, n in degree.values()) == 2 * relations
    dyads = sum(d for d, _ in degree.values()) // 2
    [stored] = rows(store, "-e", "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:Dyad }")
    assert stored["n"] == dyads

    code, out = run(store, "analyze", "--format", "json", "--include-modal")
    report = json.loads(out)
    assert report["relations"] == relations and report["actors"] == len(degree) == stats["actors"] == 29
    assert {c["actor"]: (c["neighbours"], c["relations"]) for c in report["centrality"]} == degree
    # by default kg analyze leaves out what is announced for later or only possible, and says so
    code, out = run(store, "analyze", "--format", "json")
    done = json.loads(out)
    modal = [r for r in rows(store, "relations") if r["modality"] in ("future", "hypothetical")]
    assert done["modal_left_out"] == len(modal) > 0 and done["relations"] + len(modal) == relations

    assert len(rows(store, "attested")) == min(100, ties)

    page = tmp_path / "g.html"
    code, out = run(store, "viz", "-o", str(page))
    assert code == 0, out
    data = _page_data(page)
    drawn = [e for e in data["edges"] if not e.get("link")]
    assert sum(e["relations"] for e in drawn) == relations and len(drawn) == ties
    legend: dict[str, int] = {}
    for e in drawn:
        legend[e["relation"]] = legend.get(e["relation"], 0) + e["relations"]
    assert legend == by_type


def test_viz_filters_that_leave_nothing_write_nothing(store, tmp_path):
    out = tmp_path / "g.html"
    code, text = run(store, "viz", "--since", "2030-01-01", "-o", str(out))
    assert (code, text) == (1, "Error: no relation matches --since 2030-01-01; the relations are dated "
                               "2021-04-15 to 2023-03-03; nothing written\n")
    assert not out.exists()
    code, text = run(store, "viz", "--types", "THREATEN", "-o", str(out))
    assert (code, text) == (1, "Error: no relation matches --types THREATEN; nothing written\n") and not out.exists()


def test_viz_says_how_many_undated_relations_a_date_filter_leaves_out(tmp_path):
    (tmp_path / "dated.txt").write_text("Title: Pact\nDate: 2024-05-01\n\nChile and Peru signed a fisheries pact.\n",
                                        encoding="utf-8")
    (tmp_path / "undated.txt").write_text("Bolivia and Paraguay signed a trade pact. Bolivia accused Chile of spying.\n",
                                          encoding="utf-8")
    store = str(tmp_path / "store")
    assert CliRunner().invoke(main, ["ingest", str(tmp_path / "dated.txt"), str(tmp_path / "undated.txt"),
                                     "--store", store, "-q"]).exit_code == 0
    r = CliRunner().invoke(main, ["viz", "--since", "2024-01-01", "-o", str(tmp_path / "g.html"), "--store", store])
    assert r.exit_code == 0
    assert r.stderr == "warning: 2 relations from undated articles left out by --since\n"
    assert r.stdout == f"wrote {tmp_path / 'g.html'} (1 relation, 1 dyad, 2 actors)\n"


def test_modality_is_shown_wherever_a_relation_is(tmp_path):
    text = tmp_path / "m.txt"
    text.write_text("Title: Plans\nDate: 2024-05-01\n\nRussia will supply fighter jets to Pakistan. "
                    "India could pave the way for talks with China. Japan signed a trade pact with Vietnam.\n",
                    encoding="utf-8")
    store = str(tmp_path / "store")
    assert CliRunner().invoke(main, ["ingest", str(text), "--store", store, "-q"]).exit_code == 0
    expected = {("RUS", "AID", "PAK", "future"), ("IND", "CONSULT", "CHN", "hypothetical"), ("JPN", "AGREE", "VNM", "")}

    listed = {(r["subject"], r["type"], r["object"], r["modality"] or "") for r in rows(store, "relations")}
    assert listed == expected
    code, csv_text = run(store, "query", "relations", "--format", "csv")
    assert csv_text.splitlines()[0].split(",")[:5] == ["day", "subject", "type", "object", "modality"]
    r = CliRunner().invoke(main, ["extract", str(text), "--format", "table"])
    table = {tuple(line.split()[1:5]) for line in r.output.splitlines()[2:-1]}
    assert {("RUS", "AID", "PAK", "future"), ("IND", "CONSULT", "CHN", "hypothetical")} <= table
    [supply] = rows(store, "supplies")
    assert supply["modality"] == "future"

    page = tmp_path / "g.html"
    assert run(store, "viz", "-o", str(page))[0] == 0
    shown = {(e["from"], e["relation"], e["to"], ev.get("modality", ""))
             for e in _page_data(page)["edges"] for ev in e.get("evidence", [])}
    assert {(s, t, o, m) for s, t, o, m in expected} == shown

    code, out = run(store, "analyze", "--format", "json")
    assert (json.loads(out)["relations"], json.loads(out)["modal_left_out"]) == (1, 2)
    # the balance of a pair counts what was done: a supply announced is no cooperation yet
    balance = {(r["x"], r["y"]): (r["materialCooperation"], r["verbalCooperation"], r["balance"])
               for r in rows(store, "balance")}
    assert ("PAK", "RUS") not in balance and ("IND", "CHN") not in balance and balance[("JPN", "VNM")] == (0, 1, 1)


# ---------------------------------------------------------------- plausible mistakes, one line each


def _mistakes(tmp_path, store):
    a_file = tmp_path / "a_file"
    a_file.write_text("x", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Chile and Peru signed a fisheries pact.", encoding="utf-8")
    missing = str(tmp_path / "missing")
    return [
        ["ingest", missing, "--store", str(tmp_path / "s1")],
        ["ingest", str(a_file), "--store", str(tmp_path / "s2")],
        ["ingest", str(article), "--store", str(a_file)],
        ["ingest", str(article), "--store", "/proc/no/store"],
        ["ingest", str(article), "--store", str(tmp_path / "s3"), "--time-limit", "-1"],
        ["extract", missing],
        ["extract", str(article), "--format", "xml"],
        ["query", "nope", "--store", store],
        ["query", "-e", "SELECT WHERE {", "--store", store],
        ["query", "partners", "--param", "actor", "--store", store],
        ["query", "partners", "--store", missing],
        ["export", "--format", "pdf", "--store", store],
        ["export", "-o", str(a_file / "g.ttl"), "--store", store],
        ["export", "-o", "/proc/no/g.ttl", "--store", store],
        ["viz", "--since", "2021-02-30", "-o", str(tmp_path / "v.html"), "--store", store],
        ["viz", "--focus", "Atlantis", "-o", str(tmp_path / "v.html"), "--store", store],
        ["viz", "--depth", "-1", "--store", store],
        ["viz", "-o", str(tmp_path), "--store", store],
        ["viz", "-o", str(a_file / "v.html"), "--store", store],
        ["analyze", "--dyad", "RUS", "--store", store],
        ["analyze", "--dyad", "RUS,Atlantis", "--store", store],
        ["analyze", "--plot", str(tmp_path / "p.svg"), "--store", store],
        ["analyze", "--dyad", "RUS,IND", "--plot", str(tmp_path / "p.png"), "--store", store],
        ["analyze", "--dyad", "RUS,IND", "--plot", str(a_file / "p.svg"), "--store", store],
        ["analyze", "graph", "--store", store],
        ["load", missing, "--store", str(tmp_path / "s4")],
        ["load", str(article), "--store", str(tmp_path / "s5")],
        ["load", str(article), "--format", "turtle", "--store", str(tmp_path / "s6")],
        ["stats", "--store", missing],
        ["validate", missing],
        ["eval", missing],
        ["serve", "--port", "70000", "--store", store],
    ]


def test_plausible_mistakes_get_one_line_and_status_1_or_2(store, tmp_path):
    for args in _mistakes(tmp_path, store):
        r = CliRunner().invoke(main, args)
        errors = [line for line in r.output.splitlines() if line.startswith("Error:")]
        assert r.exit_code in (1, 2) and len(errors) == 1, (args, r.exit_code, r.output)
        assert "internal error" not in r.output and "Traceback" not in r.output, (args, r.output)
        assert not r.output.startswith("Error:") or r.output.count("\n") == 1, (args, r.output)


def test_file_writing_commands_make_missing_folders(store, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Chile and Peru signed a fisheries pact.", encoding="utf-8")
    runs = [
        (["export", "--format", "turtle", "-o", str(tmp_path / "n1/deep/g.ttl"), "--store", store], tmp_path / "n1/deep/g.ttl"),
        (["export", "--format", "csv", "-o", str(tmp_path / "n2/g.csv"), "--store", store], tmp_path / "n2/g.csv"),
        (["viz", "-o", str(tmp_path / "n3/deep/g.html"), "--store", store], tmp_path / "n3/deep/g.html"),
        (["analyze", "--dyad", "RUS,IND", "--plot", str(tmp_path / "n4/p.svg"), "--store", store], tmp_path / "n4/p.svg"),
        (["ingest", str(article), "--store", str(tmp_path / "n5/deep/store")], tmp_path / "n5/deep/store"),
    ]
    for args, made in runs:
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 0, (args, r.output)
        assert made.exists() and (made.is_dir() or made.stat().st_size > 100), args
