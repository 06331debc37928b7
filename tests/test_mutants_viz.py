"""kg/viz.py's selection and merging on small graphs built by hand: what --types, --since,
--until, --focus and --depth keep, what they say when they keep nothing, and how evidence
joins an edge. Written to kill the mutants bench/mutation.py found alive; every expected
value is worked out by hand from the graph below."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.ontology import RELATION_TYPES
from kg.viz import BIG_GRAPH, PageEdge, _add_evidence, _ends, check_filters, find_actor, layout, line_style, select


def ev(article: str, date: str | None, text: str = "x", title: str = "t") -> dict:
    return {"article": article, "date": date, "evidence": text, "title": title, "speaker": None, "source": None,
            "modality": None, "mode": None, "context": None}


def graph():
    """RUS -AID-> IND (2021-03-01, and an undated one), IND -REJECT-> [PAK -AID-> AFG]
    (2021-05-01), FRA -SANCTION-> RUS (2020-01-01), CHN -PARTNER- BRA (undated)."""
    nodes = {
        "RUS": {"id": "RUS", "label": "Russia", "kind": "State"},
        "IND": {"id": "IND", "label": "India", "kind": "State"},
        "PAK": {"id": "PAK", "label": "Pakistan", "kind": "State"},
        "AFG": {"id": "AFG", "label": "Afghanistan", "kind": "State"},
        "FRA": {"id": "FRA", "label": "France", "kind": "State"},
        "CHN": {"id": "CHN", "label": "China", "kind": "State"},
        "BRA": {"id": "BRA", "label": "Brazil", "kind": "State"},
        "PAK AID AFG": {"id": "PAK AID AFG", "label": "AID: Pakistan → Afghanistan", "kind": "Relation",
                        "type": "AID", "subject": "PAK", "object": "AFG", "evidence": [], "articles": set()},
    }
    edges = {
        ("RUS", "AID", "IND"): PageEdge("RUS", "IND", "AID", [ev("a1", "2021-03-01"), ev("a2", None)], {"a1", "a2"},
                                        {"r1": "2021-03-01", "r2": None}),
        ("IND", "REJECT", "PAK AID AFG"): PageEdge("IND", "PAK AID AFG", "REJECT", [ev("a3", "2021-05-01")], {"a3"},
                                                  {"r3": "2021-05-01"}),
        ("FRA", "SANCTION", "RUS"): PageEdge("FRA", "RUS", "SANCTION", [ev("a4", "2020-01-01")], {"a4"},
                                             {"r4": "2020-01-01"}),
        ("BRA", "PARTNER", "CHN"): PageEdge("BRA", "CHN", "PARTNER", [ev("a5", None)], {"a5"}, {"r5": None}),
    }
    return nodes, edges


def test_no_filter_keeps_everything():
    nodes, edges = graph()
    n, e = select(nodes, edges)
    assert set(e) == set(edges)
    assert set(n) == set(nodes) - {"PAK", "AFG"}  # the inner relation's actors are no edge's end


def test_types_keep_their_edges_and_the_nodes_they_touch():
    nodes, edges = graph()
    n, e = select(nodes, edges, types="aid, sanction")
    assert set(e) == {("RUS", "AID", "IND"), ("FRA", "SANCTION", "RUS")}
    assert set(n) == {"RUS", "IND", "FRA"}
    n, e = select(nodes, edges, types=["REJECT"])
    assert set(e) == {("IND", "REJECT", "PAK AID AFG")} and set(n) == {"IND", "PAK AID AFG"}


def test_dates_keep_only_the_evidence_within_and_tell_of_the_undated():
    nodes, edges = graph()
    told = []
    n, e = select(nodes, edges, since="2021-03-01", until="2021-03-01", warn=told.append)
    assert set(e) == {("RUS", "AID", "IND")}
    kept = e[("RUS", "AID", "IND")]
    assert kept.evidence == [ev("a1", "2021-03-01")] and kept.articles == {"a1"} and kept.relations == {"r1": "2021-03-01"}
    assert edges[("RUS", "AID", "IND")].relations == {"r1": "2021-03-01", "r2": None}  # the original is left whole
    assert told == ["2 relations from undated articles left out by --since and --until"]
    told.clear()
    n, e = select(nodes, edges, since="2021-04-01", warn=told.append)
    assert set(e) == {("IND", "REJECT", "PAK AID AFG")}
    assert told == ["2 relations from undated articles left out by --since"]
    told.clear()
    n, e = select(nodes, edges, until="2020-12-31", types="SANCTION", warn=told.append)
    assert set(e) == {("FRA", "SANCTION", "RUS")} and told == []  # no undated relation of that type
    told.clear()
    select(nodes, edges, until="2021-03-01", types="PARTNER,SANCTION", warn=told.append)
    assert told == ["1 relation from undated articles left out by --until"]
    # the bounds are inclusive, and no warn is no error
    n, e = select(nodes, edges, since="2020-01-01", until="2021-05-01")
    assert set(e) == {("RUS", "AID", "IND"), ("IND", "REJECT", "PAK AID AFG"), ("FRA", "SANCTION", "RUS")}


def test_focus_and_depth_walk_the_ties():
    nodes, edges = graph()
    n, e = select(nodes, edges, focus="France", depth=1)
    assert set(e) == {("FRA", "SANCTION", "RUS")} and set(n) == {"FRA", "RUS"}
    n, e = select(nodes, edges, focus="FRA", depth=2)
    assert set(e) == {("FRA", "SANCTION", "RUS"), ("RUS", "AID", "IND")}
    with pytest.raises(KgError) as err:  # depth 0 is the actor alone: none of its ties
        select(nodes, edges, focus="fra", depth=0)
    assert str(err.value) == "no relation matches --focus fra; nothing written"
    # an edge to a relation node is one step from both actors of the inner relation
    n, e = select(nodes, edges, focus="Pakistan", depth=1)
    assert set(e) == {("IND", "REJECT", "PAK AID AFG")}
    n, e = select(nodes, edges, focus="AFG", depth=2)
    assert set(e) == {("IND", "REJECT", "PAK AID AFG"), ("RUS", "AID", "IND")}


def test_filters_that_leave_nothing_say_what_was_asked():
    nodes, edges = graph()
    with pytest.raises(KgError) as err:
        select(nodes, edges, since="2022-01-01")
    assert str(err.value) == ("no relation matches --since 2022-01-01; the relations are dated 2020-01-01 to 2021-05-01; "
                              "nothing written")
    with pytest.raises(KgError) as err:
        select(nodes, edges, types="THREATEN,ASSAULT")
    assert str(err.value) == "no relation matches --types ASSAULT,THREATEN; nothing written"
    with pytest.raises(KgError) as err:
        select(nodes, edges, types="PARTNER", until="2021-01-01", focus="China")
    assert str(err.value) == ("no relation matches --types PARTNER --until 2021-01-01 --focus China; "
                              "the relations are dated 2020-01-01 to 2021-05-01; nothing written")
    assert select({}, {}) == ({}, {})  # an empty graph stays empty, without an error


def test_check_filters():
    assert check_filters() == (None, None, None)
    assert check_filters(types="aid", since="2021-01-02", until="2021-01-02", depth=0) == ({"AID"}, "2021-01-02", "2021-01-02")
    with pytest.raises(KgError) as err:
        check_filters(since="2021-01-03", until="2021-01-02")
    assert str(err.value) == "--since 2021-01-03 is after --until 2021-01-02"
    with pytest.raises(KgError) as err:
        check_filters(depth=-1)
    assert str(err.value) == "--depth must be 0 or more, not -1"


def test_find_actor_by_any_name_and_refusal_of_one_without_a_relation():
    nodes, _ = graph()
    assert find_actor(nodes, "Moscow") == "RUS"
    assert find_actor(nodes, "india") == "IND"
    official = dict(nodes, **{"sergei-lavrov": {"id": "sergei-lavrov", "label": "Sergei Lavrov", "kind": "Person"}})
    assert find_actor(official, "Sergei Lavrov") == "sergei-lavrov"  # known to the graph only
    with pytest.raises(KgError) as err:
        find_actor(nodes, "Germany", "--focus")
    assert str(err.value) == "--focus Germany: Germany (DEU) has no relation in the graph"
    with pytest.raises(KgError) as err:
        find_actor(nodes, "AID: Pakistan → Afghanistan", "--actor")  # a relation node is no actor
    assert str(err.value).startswith("--actor: no actor called 'AID: Pakistan → Afghanistan'; ")


def test_ends_of_an_edge():
    nodes, edges = graph()
    assert _ends(edges[("IND", "REJECT", "PAK AID AFG")], nodes) == ["IND", "PAK", "AFG"]
    assert _ends(edges[("RUS", "AID", "IND")], nodes) == ["RUS", "IND"]
    assert _ends(PageEdge("RUS", "XYZ", "AID"), nodes) == ["RUS", "XYZ"]


def test_add_evidence_once_per_sentence_and_the_relation_with_its_date():
    edge = PageEdge("RUS", "IND", "AID")
    _add_evidence(edge, ev("a1", "2021-01-01"), "r1")
    _add_evidence(edge, ev("a1", "2021-01-01"), "r2")
    _add_evidence(edge, ev("a2", None))
    assert edge.evidence == [ev("a1", "2021-01-01"), ev("a2", None)]
    assert edge.articles == {"a1", "a2"} and edge.relations == {"r1": "2021-01-01", "r2": "2021-01-01"}
    node = {"evidence": [], "articles": set()}
    _add_evidence(node, ev("a3", "2021-02-02"), "r3")
    _add_evidence(node, ev("a3", "2021-02-02"))
    assert node == {"evidence": [ev("a3", "2021-02-02")], "articles": {"a3"}}


def test_line_styles():
    assert line_style(RELATION_TYPES["PARTNER"]) == "standing"
    assert line_style(RELATION_TYPES["MEMBER_OF"]) == "standing"
    assert line_style(RELATION_TYPES["ACCUSE"]) == "verbal"
    assert line_style(RELATION_TYPES["ASSAULT"]) == "material"
    assert line_style(RELATION_TYPES["AID"]) == "material"


def test_layout_puts_a_relation_node_halfway_and_is_the_same_every_time():
    nodes, edges = graph()
    pos = layout(nodes, edges)
    (x1, y1), (x2, y2) = pos["PAK"], pos["AFG"]
    assert pos["PAK AID AFG"] == ((x1 + x2) / 2, (y1 + y2) / 2)
    assert set(pos) == set(nodes) and layout(nodes, edges) == pos
    assert layout({}, {}) == {}
    # past BIG_GRAPH nodes the sampled force layout runs, seeded all the same
    ring = {f"N{i}": {"id": f"N{i}", "label": f"N{i}", "kind": "State"} for i in range(BIG_GRAPH + 1)}
    ties = {(f"N{i}", "AID", f"N{(i + 1) % len(ring)}"): PageEdge(f"N{i}", f"N{(i + 1) % len(ring)}", "AID")
            for i in range(len(ring))}
    big = layout(ring, ties)
    assert len(big) == BIG_GRAPH + 1 and layout(ring, ties) == big


def test_network_fans_parallel_edges_out_and_marks_relation_nodes():
    from kg.viz import network_of

    nodes, edges = graph()
    edges[("RUS", "SANCTION", "IND")] = PageEdge("RUS", "IND", "SANCTION", [ev("a6", "2021-06-01")], {"a6"}, {"r6": "2021-06-01"})
    edges[("IND", "ACCUSE", "RUS")] = PageEdge("IND", "RUS", "ACCUSE", [ev("a7", "2021-06-02")], {"a7"}, {"r7": "2021-06-02"})
    net, links, _, _ = network_of(nodes, edges)
    smooth = {(e["from"], e["relation"], e["to"]): e["smooth"] for e in net.edges}
    # IND-RUS: ACCUSE first (straight), then AID and SANCTION on either side
    assert smooth[("IND", "ACCUSE", "RUS")] == {"enabled": False}
    assert smooth[("RUS", "AID", "IND")] == {"enabled": True, "type": "curvedCCW", "roundness": 0.22}
    assert smooth[("RUS", "SANCTION", "IND")] == {"enabled": True, "type": "curvedCW", "roundness": 0.22}
    rel = next(n for n in net.nodes if n["id"] == "PAK AID AFG")
    assert (rel["relation"], rel["subject"], rel["object"], rel["label"]) == ("AID", "PAK", "AFG", "AID: Pakistan → Afghanistan")
    assert [(l["from"], l["to"]) for l in links] == [("PAK", "PAK AID AFG"), ("PAK AID AFG", "AFG")]
    # past BIG_GRAPH nodes a relation node loses its label, and no edge bends
    ring = {f"N{i}": {"id": f"N{i}", "label": f"N{i}", "kind": "State"} for i in range(BIG_GRAPH + 1)}
    big_nodes = dict(ring, **{k: v for k, v in nodes.items() if k in ("PAK", "AFG", "PAK AID AFG")})
    big_edges = {("N0", "AID", "N1"): PageEdge("N0", "N1", "AID", [ev("b1", None)], {"b1"}),
                 ("N1", "SANCTION", "N0"): PageEdge("N1", "N0", "SANCTION", [ev("b2", None)], {"b2"})}
    net, _, _, _ = network_of(big_nodes, big_edges)
    rel = next(n for n in net.nodes if n["id"] == "PAK AID AFG")
    assert "label" not in rel and rel["name"] == "AID: Pakistan → Afghanistan"
    assert next(n for n in net.nodes if n["id"] == "N0")["label"] == "N0"
    assert "smooth" not in net.edges[0] and "smooth" not in net.edges[1]


def test_network_titles_sizes_colours_and_edge_flags_to_the_letter():
    from kg.viz import COMMUNITY_COLOURS, MODAL_DASHES, network_of

    # A and B, one relation between them (one dyad each: singular words); D objects to A's aid
    # to B; E and F, apart, one relation between them
    nodes = {
        "A": {"id": "A", "label": "Aland", "kind": "Country"},
        "B": {"id": "B", "label": "Bland", "kind": "Country"},
        "D": {"id": "D", "label": "Dland", "kind": "Country"},
        "E": {"id": "E", "label": "Eland", "kind": "Country"},
        "F": {"id": "F", "label": "Fland", "kind": "Country"},
        "A AID B": {"id": "A AID B", "label": "AID: Aland → Bland", "kind": "Relation",
                    "type": "AID", "subject": "A", "object": "B", "evidence": [], "articles": set()},
    }
    edges = {
        ("A", "AID", "B"): PageEdge("A", "B", "AID", [ev("a1", "2021-03-01")], {"a1"}, {"r1": "2021-03-01"},
                                    {"r1": "future"}),
        ("D", "REJECT", "A AID B"): PageEdge("D", "A AID B", "REJECT", [ev("a2", "2021-04-01")], {"a2"}, {"r2": "2021-04-01"}),
        ("E", "AID", "F"): PageEdge("E", "F", "AID", [ev("a3", None)], {"a3"}),
    }
    net, _, _, _ = network_of(nodes, edges)
    by_id = {n["id"]: n for n in net.nodes}
    b = by_id["B"]
    assert b["title"].startswith("Bland\nstate · B · 1 dyad, 1 relation")
    assert b["size"] == 15.0  # 10 + 5 * sqrt(1 dyad)
    assert b["color"]["border"] == "#37474f" and b["color"]["highlight"] == {"background": b["color"]["background"], "border": "#000000"}
    rel = by_id["A AID B"]
    assert rel["title"] == "AID: Aland → Bland\nrelation that is the object of another · AID · 1 relation"
    assert rel["font"] == {"size": 11, "color": "#555555", "strokeWidth": 3, "strokeColor": "#ffffff"}
    assert rel["color"]["border"] == "#616161"
    aid = next(e for e in net.edges if e["relation"] == "AID")
    # its one relation is only announced (future): faded and dashed, and counted to A-B
    assert (aid["modal"], aid["dashes"], aid["pair"]) == (True, MODAL_DASHES, ["A", "B"])
    assert set(aid["color"]) == {"color", "highlight", "hover", "opacity"} and aid["color"]["opacity"] == 0.3
    reject = next(e for e in net.edges if e["relation"] == "REJECT")
    assert (reject["modal"], reject["pair"], reject["color"]["opacity"]) == (False, ["A", "D"], 0.9)
    # a community of two or more is coloured and named; A, B and D make one
    assert by_id["A"]["community"] == 1 and by_id["A"]["color"]["background"] == COMMUNITY_COLOURS[0]
    assert by_id["A"]["title"].endswith(" · community 1")
    # and a community of exactly two (E and F, apart from the rest) is one too
    assert (by_id["E"]["community"], by_id["F"]["community"]) == (2, 2)


def test_a_hub_s_size_stops_at_its_cap():
    from kg.viz import network_of

    nodes = {f"S{i}": {"id": f"S{i}", "label": f"S{i}", "kind": "Country"} for i in range(70)}
    nodes["HUB"] = {"id": "HUB", "label": "Hub", "kind": "Country"}
    edges = {("HUB", "AID", f"S{i}"): PageEdge("HUB", f"S{i}", "AID", [ev(f"a{i}", None)], {f"a{i}"}) for i in range(70)}
    net, _, _, _ = network_of(nodes, edges)
    hub = next(n for n in net.nodes if n["id"] == "HUB")
    # 70 dyads: 10 + 5 * sqrt(70) is over the cap of 48
    assert (hub["size"], hub["degree"]) == (48, 70)
    assert hub["title"].startswith("Hub\nstate · HUB · 70 dyads, 70 relations")


def test_the_page_data_escapes_markup_characters_and_names_each_kind():
    from kg.viz import render_graph

    nodes = {
        "TTO": {"id": "TTO", "label": "Trinidad & Tobago <b>", "kind": "Country"},
        "VEN": {"id": "VEN", "label": "Venezuela", "kind": "Country"},
    }
    edges = {("TTO", "AID", "VEN"): PageEdge("TTO", "VEN", "AID", [ev("a1", None, text="fuel & food")], {"a1"})}
    page, n_nodes, n_edges = render_graph(nodes, edges, title="t")
    assert (n_nodes, n_edges) == (2, 1)
    # "<", ">" and "&" of article text and names are escaped inside the page's data
    assert "Trinidad \\u0026 Tobago \\u003cb\\u003e" in page and "Trinidad & Tobago" not in page
    assert "fuel \\u0026 food" in page
    # the legend's kinds, with their colour, shape and name
    assert '"Country":{"colour":"#1565c0","shape":"dot","name":"state"}' in page
    assert '"Group":{"colour":"#2e7d32","shape":"square","name":"a state\'s own people (students, opposition, ...)"}' in page
