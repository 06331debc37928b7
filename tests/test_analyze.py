"""`kg analyze`: centrality, communities, structural balance with its reasons, dyad timelines and their plot."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from kg.analyze import (
    WEIGHTS, analyze, balance, centrality, communities, dyads, parse_dyad, timeline, timeline_svg, triads,
)
from kg.cli import main
from kg.errors import InputError
from kg.interop import Edge, graph_data

import graphfixture
from conftest import needs_shared

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    return graphfixture.build(tmp_path_factory.mktemp("small") / "store")


@pytest.fixture(scope="module")
def small(small_store):
    return graph_data(small_store)


def _e(s: str, t: str, o: str, date: str = "2020-01-01", about: str = "") -> Edge:
    return Edge(f"x:{s}{t}{o}{date}", s, t, o, about=about, date=date)


def test_weights_follow_the_quad_classes():
    assert {t: WEIGHTS[t] for t in ("AID", "COOPERATE", "AGREE", "CONSULT", "ACCUSE", "REJECT", "SANCTION", "ASSAULT")} == {
        "AID": 2, "COOPERATE": 2, "AGREE": 1, "CONSULT": 1, "ACCUSE": -1, "REJECT": -1, "SANCTION": -2, "ASSAULT": -2,
    }
    assert {t: WEIGHTS[t] for t in ("PARTNER", "ALLY", "RIVAL", "MEMBER_OF", "NEUTRAL")} == {
        "PARTNER": 1, "ALLY": 1, "RIVAL": -1, "MEMBER_OF": 0, "NEUTRAL": 0,
    }
    assert len(WEIGHTS) == 21


def test_centrality_and_communities_of_the_hand_made_graph(small):
    rows = centrality(small)
    assert [(r["actor"], r["relations"], r["neighbours"], r["degree"], r["betweenness"]) for r in rows[:4]] == [
        ("Quad", 5, 5, 0.625, 0.6429), ("IND", 8, 5, 0.625, 0.3214), ("CHN", 4, 4, 0.5, 0.1429), ("RUS", 7, 4, 0.5, 0.0357),
    ]
    assert len(rows) == 9
    assert communities(small) == [["CHN", "IND", "PAK", "RUS", "SCO"], ["AUS", "JPN", "Quad", "USA"]]


def test_signed_dyads_count_both_directions_and_objections(small):
    ds = dyads(small.edges)
    rus_ind = ds[("IND", "RUS")]
    # PARTNER twice (+2), Russia's ACCUSE (-1) and India's REJECT of Russia's AID to Pakistan (-1): a tie
    assert (rus_ind.score, rus_ind.sign) == (0, "0")
    assert rus_ind.behind() == "RUS PARTNER IND x2 (+2), IND REJECT (RUS AID PAK) (-1), RUS ACCUSE IND (-1)"
    signed = {tuple(d["dyad"]): (d["sign"], d["score"]) for d in balance(small.edges)["dyads"]}
    assert signed == {
        ("CHN", "IND"): ("-", -2), ("CHN", "PAK"): ("+", 1), ("CHN", "Quad"): ("-", -1), ("CHN", "RUS"): ("+", 1),
        ("IND", "PAK"): ("-", -1), ("PAK", "RUS"): ("+", 2),
    }


def test_triads_of_the_hand_made_graph(small, small_store):
    b = balance(small.edges)
    assert (b["balanced"], b["unbalanced"]) == (2, 0)
    assert [(t["triad"], t["signs"], t["reading"]) for t in b["triads"]] == [
        (["CHN", "IND", "PAK"], {"CHN-IND": "-", "CHN-PAK": "+", "IND-PAK": "-"}, "CHN and PAK share an adversary, IND"),
        (["CHN", "PAK", "RUS"], {"CHN-PAK": "+", "CHN-RUS": "+", "PAK-RUS": "+"}, "all three on good terms"),
    ]
    # the relation node behind the sign, found in the store by its sentence
    [node] = [r["r"].value for r in small_store.query(
        'SELECT ?r WHERE { ?r kg:evidence "Chinese troops attacked Indian posts." ; kg:relationType "ASSAULT" }')]
    behind = b["triads"][0]["dyads"][0]["relations"]
    assert behind == [{
        "relation": "CHN ASSAULT IND", "weight": -2, "quad_class": "material conflict", "date": "2022-06-01",
        "article": "two.txt", "evidence": "Chinese troops attacked Indian posts.", "iri": node,
    }]


def test_every_kind_of_triad_reads_right():
    edges = [
        _e("A", "AID", "B"), _e("A", "PARTNER", "C"), _e("B", "RIVAL", "C"),  # ++-
        _e("D", "ASSAULT", "E"), _e("E", "THREATEN", "F"), _e("D", "SANCTION", "F"),  # ---
    ]
    got = [(t.actors, t.signs, t.balanced, t.reading()) for t in triads(edges)]
    assert got == [
        (("A", "B", "C"), "++-", False, "A is on good terms with both B and C, who are at odds"),
        (("D", "E", "F"), "---", False, "all three at odds"),
    ]


def test_timeline_of_a_dyad_by_month_and_year(small):
    tl = timeline(small.edges, "RUS", "IND")
    assert (tl.a, tl.b, tl.undated) == ("IND", "RUS", 0)
    assert [tuple(p.__dict__.values()) for p in tl.points] == [
        ("2021-04", 3, 1, -2, -1, -1), ("2022-06", 1, 1, 0, 1, 0),
    ]
    assert [p.period for p in timeline(small.edges, "IND", "RUS", "year").points] == ["2021", "2022"]
    with pytest.raises(InputError, match=r"^no relation between RUS and AUS in the store; give two actor ids"):
        timeline(small.edges, "RUS", "AUS")


def test_undated_relations_are_counted_apart():
    tl = timeline([_e("A", "AID", "B", "2020-01-02"), _e("B", "ACCUSE", "A", "")], "A", "B", "day")
    assert ([(p.period, p.score) for p in tl.points], tl.undated) == ([("2020-01-02", 2)], 1)


def test_the_timeline_plot_is_an_svg_with_a_bar_per_signed_period(small):
    svg = timeline_svg(timeline(small.edges, "RUS", "IND"))
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    rects = [r for r in root.iter(f"{SVG}rect") if r.get("class")]
    assert [r.get("class") for r in rects] == ["cooperation", "conflict", "cooperation"]
    tips = [r.find(f"{SVG}title").text for r in rects]
    assert tips[0] == "2021-04: 3 relations, cooperation +1, conflict -2, score -1, running -1"
    # the months between the two articles keep their place on the axis: 15 months, 2 of them with relations
    labels = [t.text for t in root.iter(f"{SVG}text") if t.text and t.text[:2] == "20"]
    assert labels == ["2021-04", "2021-06", "2021-08", "2021-10", "2021-12", "2022-02", "2022-04", "2022-06"]
    assert len(root.find(f"{SVG}polyline").get("points").split()) == 2


def test_report_as_json_and_bad_input(small):
    report = analyze(small, ["balance", "timeline"], ("RUS", "IND"), "year")
    assert set(report) == {"actors", "relations", "modal_left_out", "balance", "timelines"}
    assert (report["actors"], report["relations"]) == (9, 16)
    assert report["timelines"] == [{"dyad": ["IND", "RUS"], "period": "year", "undated": 0, "points": [
        {"period": "2021", "relations": 3, "cooperation": 1, "conflict": -2, "score": -1, "cumulative": -1},
        {"period": "2022", "relations": 1, "cooperation": 1, "conflict": 0, "score": 1, "cumulative": 0},
    ]}]
    json.dumps(report)
    assert parse_dyad("RUS,IND") == parse_dyad("RUS-IND") == ("RUS", "IND")
    assert parse_dyad("sergey-lavrov,IND") == ("sergey-lavrov", "IND")
    with pytest.raises(InputError, match=r"^cannot read 'RUS' as a dyad; give two actors separated by a comma, such as RUS,IND or Russia,India"):
        parse_dyad("RUS")
    with pytest.raises(InputError, match=r"^unknown section 'graph'; choose from: centrality, communities, balance, timeline"):
        analyze(small, ["graph"])


@needs_shared
def test_analyze_on_the_seed_lists_the_russia_india_pakistan_triad(seed_store):
    data = graph_data(seed_store)
    (triad,) = triads(data.edges)
    assert (triad.actors, triad.signs, triad.balanced) == (("IND", "PAK", "RUS"), "-++", False)
    assert triad.reading() == "RUS is on good terms with both IND and PAK, who are at odds"
    behind = {d.name: {f"{e.subject} {e.type} {e.about or e.object}" for e in d.edges} for d in triad.dyads}
    assert behind == {
        "IND-PAK": {"IND RIVAL PAK"},
        "IND-RUS": {"RUS PARTNER IND", "RUS NEUTRAL IND", "RUS CONSULT IND", "RUS COOPERATE IND", "IND REJECT RUS AID PAK"},
        "PAK-RUS": {"RUS NEUTRAL PAK", "RUS CONSULT PAK", "RUS AGREE PAK", "RUS COOPERATE PAK", "RUS AID PAK"},
    }


@needs_shared
def test_analyze_command_on_the_seed(seed_store, tmp_path):
    # the session's seed store is open in this process: analyse a copy loaded from its export
    nq = tmp_path / "seed.nq"
    nq.write_bytes(seed_store.serialize("nquads"))
    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(main, ["load", str(nq), "--store", store]).exit_code == 0
    r = runner.invoke(main, ["analyze", "--store", store])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert "structural balance: 1 triad, 0 balanced, 1 unbalanced" in lines
    assert ("IND-PAK-RUS  unbalanced  IND-PAK -  IND-RUS +  PAK-RUS +  "
            "(RUS is on good terms with both IND and PAK, who are at odds)") in lines
    assert "  IND-PAK -1: IND RIVAL PAK (-1)" in lines
    data = graph_data(seed_store)
    done = [e for e in data.edges if e.modality not in ("future", "hypothetical")]
    actors = {a for e in done for a in (e.subject, e.object)}
    assert lines[0] == (f"{len(actors)} actors, {len(done)} relations ({len(data.edges) - len(done)} future or "
                        "hypothetical left out; --include-modal counts them)") and len(done) < len(data.edges)
    r = runner.invoke(main, ["analyze", "--store", store, "--include-modal"])
    assert r.output.splitlines()[0] == f"{len(data.actors)} actors, {len(data.edges)} relations"
    r = runner.invoke(main, ["analyze", "balance", "--format", "json", "--store", store])
    report = json.loads(r.stdout)
    assert [(t["triad"], t["signs"], t["balanced"]) for t in report["balance"]["triads"]] == [
        (["IND", "PAK", "RUS"], {"IND-PAK": "-", "IND-RUS": "+", "PAK-RUS": "+"}, False),
    ]
    plot = tmp_path / "rus-ind.svg"
    r = runner.invoke(main, ["analyze", "timeline", "--dyad", "RUS,IND", "--plot", str(plot), "--store", store])
    assert r.exit_code == 0 and r.stderr == f"wrote {plot}\n"
    assert ET.parse(plot).getroot().tag == f"{SVG}svg"
    r = runner.invoke(main, ["analyze", "--plot", str(plot), "--store", store])
    assert r.exit_code == 1
    assert r.output == "Error: --plot draws one dyad's timeline; give --dyad A,B as well, such as --dyad RUS,IND\n"
