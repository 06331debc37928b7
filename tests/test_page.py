"""The page an analyst reads (issue 15), in headless Chromium, on a small graph made by hand.

Every expected figure below is worked out by hand from the graph in :func:`extractions`
(dates, types, directions, modalities), not read from kg's code:

========  ==========  ===========================================  ===============
article   date        relation                                     modality
========  ==========  ===========================================  ===============
jan       2022-01-10  RUS ACCUSE USA (said by Lavrov)   verbal -1  done
jan       2022-01-10  RUS AID SYR                    material +2   done
jan       2022-01-10  GBR PARTNER USA                  standing +1  done
jan       2022-01-10  USA AID GBR                      (negated: never stored, never drawn)
feb       2022-02-15  USA SANCTION RUS               material -2   done
feb       2022-02-15  RUS THREATEN USA                 verbal -1   hypothetical
feb       2022-02-15  RUS AID SYR                    material +2   future
mar       2022-03-20  USA CONSULT RUS                  verbal +1   done
may       2022-05-05  CHN AID IRN                    material +2   future
========  ==========  ===========================================  ===============

8 relations, 7 ties (RUS AID SYR twice), 4 dyads (RUS-USA 4 relations, RUS-SYR 2, GBR-USA
1, CHN-IRN 1), 6 actors; months 2022-01 to 2022-05 with none in April.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extraction import ActorRef, Extraction, Person, Relation
from kg.graph import article_iri, extraction_quads
from kg.ingest import Article
from kg.store import GraphStore
from kg.summary import refresh
from kg.viz import render_graph, render_html

from test_browser import CHROMIUM, Chromium, Page, _offline_and_clean, _write

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

NAMES = {"RUS": "Russia", "USA": "United States", "SYR": "Syria", "GBR": "United Kingdom", "CHN": "China", "IRN": "Iran"}
LAVROV = Person("sergey-lavrov", "Sergei Lavrov", "RUS", "Foreign Minister")


def _rel(s: str, t: str, o: str, sentence: str, **kw) -> Relation:
    return Relation(ActorRef(s, NAMES[s], "Country"), t, ActorRef(o, NAMES[o], "Country"), sentence, 0, len(sentence), **kw)


def extractions() -> list[Extraction]:
    def article(id_: str, date: str) -> Article:
        return Article(id=id_, name=f"{id_}.txt", text="...", title=f"The {id_} story", date=date,
                       source=f"https://news.example.org/{id_}")

    found = [
        Extraction(article("jan", "2022-01-10"), {}, {"sergey-lavrov": LAVROV}, [
            _rel("RUS", "ACCUSE", "USA", "Lavrov accused Washington of meddling.", speaker=LAVROV),
            _rel("RUS", "AID", "SYR", "Russia delivered grain to Syria."),
            _rel("GBR", "PARTNER", "USA", "Britain and the United States are partners."),
            _rel("USA", "AID", "GBR", "The United States did not send arms to Britain.", negated=True),
        ]),
        Extraction(article("feb", "2022-02-15"), {}, {}, [
            _rel("USA", "SANCTION", "RUS", "Washington imposed sanctions on Moscow."),
            _rel("RUS", "THREATEN", "USA", "Moscow could threaten Washington with reprisals.", modality="hypothetical"),
            _rel("RUS", "AID", "SYR", "Russia will send more grain to Syria.", modality="future"),
        ]),
        Extraction(article("mar", "2022-03-20"), {}, {}, [
            _rel("USA", "CONSULT", "RUS", "American envoys met Russian officials in Geneva."),
        ]),
        Extraction(article("may", "2022-05-05"), {}, {}, [
            _rel("CHN", "AID", "IRN", "China will supply Iran with turbines.", modality="future"),
        ]),
    ]
    for e in found:
        for r in e.relations:
            e.actors[r.subject.id] = r.subject
            e.actors[r.object.id] = r.object
    return found


@pytest.fixture(scope="module")
def hand_store(tmp_path_factory) -> GraphStore:
    store = GraphStore(tmp_path_factory.mktemp("page") / "store")
    for e in extractions():
        store.replace_graph(article_iri(e.article.id), extraction_quads(e))
    refresh(store)
    return store


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium = Chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()


@pytest.fixture
def page(browser):
    tab = Page(browser)
    yield tab
    tab.close()


@pytest.fixture
def opened(hand_store, page, tmp_path):
    """The page kg viz writes by default, open in Chromium."""
    html, _, _ = render_html(hand_store)
    page.open(_write(html, tmp_path / "hand.html"))
    return page


def drawn(page: Page) -> list[dict]:
    """The edges the vis Network draws (its data view), as plain data."""
    return page.evaluate("""kg.network.body.data.edges.get().map(e => ({
        id: e.id, from: e.from, to: e.to, dyad: !!e.dyad, link: !!e.link, relation: e.relation || null,
        balance: e.balance, relations: e.relations, colour: e.color.color, opacity: e.color.opacity,
        dashes: e.dashes, arrows: e.arrows, label: e.label, smooth: e.smooth || null, width: e.width}))""")


def pairs(edges: list[dict]) -> dict[tuple[str, str], dict]:
    return {tuple(sorted((e["from"], e["to"]))): e for e in edges}


def header(page: Page) -> str:
    return page.evaluate("document.getElementById('counts').textContent")


def screen_point(page: Page, a: str, b: str, share: float = 0.5) -> tuple[float, float]:
    """Where on the screen the straight line from node ``a`` to node ``b`` is at ``share``."""
    return tuple(page.evaluate(f"""(() => {{
      const p = kg.network.getPositions(['{a}', '{b}']), s = {share};
      const dom = kg.network.canvasToDOM({{x: p['{a}'].x + s * (p['{b}'].x - p['{a}'].x), y: p['{a}'].y + s * (p['{b}'].y - p['{a}'].y)}});
      const box = document.getElementById('network').getBoundingClientRect();
      return [dom.x + box.left, dom.y + box.top];
    }})()"""))


# ---------------------------------------------------------------- 1. one edge per pair, by default


def test_the_dyad_view_draws_one_edge_per_pair_coloured_by_balance(opened):
    edges = drawn(opened)
    assert all(e["dyad"] for e in edges)
    assert len(edges) == 4  # exactly one edge per pair
    by_pair = pairs(edges)
    assert set(by_pair) == {("RUS", "USA"), ("RUS", "SYR"), ("GBR", "USA"), ("CHN", "IRN")}
    assert {k: e["relations"] for k, e in by_pair.items()} == {
        ("RUS", "USA"): 4, ("RUS", "SYR"): 2, ("GBR", "USA"): 1, ("CHN", "IRN"): 1}
    # balance without the future and hypothetical relations: RUS-USA -1 -2 +1 (the threat is only
    # possible), RUS-SYR +2 (the second delivery is announced), GBR-USA +1, CHN-IRN nothing done yet
    assert {k: e["balance"] for k, e in by_pair.items()} == {
        ("RUS", "USA"): -2, ("RUS", "SYR"): 2, ("GBR", "USA"): 1, ("CHN", "IRN"): 0}
    # colour: -2 of 4 weighed is halfway to conflict (#e08268 on the scale), all cooperation is the
    # blue end, only a standing relation is grey, and so is a pair with nothing done yet
    assert {k: e["colour"] for k, e in by_pair.items()} == {
        ("RUS", "USA"): "#e08268", ("RUS", "SYR"): "#1f5fa8", ("GBR", "USA"): "#9e9e9e", ("CHN", "IRN"): "#9e9e9e"}
    assert all(e["arrows"] == "" for e in edges)
    # width on a log scale of the number of relations: 1 + 1.8 log2(1 + n)
    assert by_pair["RUS", "USA"]["width"] == pytest.approx(1 + 1.8 * 2.3219, abs=0.01)
    assert by_pair["GBR", "USA"]["width"] == pytest.approx(2.8, abs=0.01)
    assert header(opened) == "8 relations, 4 dyads, 6 actors shown"
    tip = opened.evaluate(f"kg.edges.get('{by_pair['RUS', 'USA']['id']}').title")
    assert "4 relations: ACCUSE 1, CONSULT 1, SANCTION 1, THREATEN 1" in tip and "balance −2" in tip
    _offline_and_clean(opened)


def test_the_typed_view_bundles_parallel_edges_and_the_toggle_goes_back(opened):
    opened.evaluate("document.getElementById('view-typed').click()")
    edges = [e for e in drawn(opened) if not e["link"]]
    assert not any(e["dyad"] for e in edges)
    assert sorted((e["from"], e["relation"], e["to"]) for e in edges) == [
        ("CHN", "AID", "IRN"), ("GBR", "PARTNER", "USA"), ("RUS", "ACCUSE", "USA"), ("RUS", "AID", "SYR"),
        ("RUS", "THREATEN", "USA"), ("USA", "CONSULT", "RUS"), ("USA", "SANCTION", "RUS")]  # no negated USA AID GBR
    assert header(opened) == "8 relations, 7 ties, 6 actors shown"
    # the four edges between Russia and the United States curve apart: no two drawn alike
    between = [e["smooth"] for e in edges if {e["from"], e["to"]} == {"RUS", "USA"}]
    shapes = {(s.get("enabled"), s.get("type"), s.get("roundness")) for s in between}
    assert len(between) == len(shapes) == 4 and sum(1 for s in between if s.get("enabled")) == 3
    opened.evaluate("document.getElementById('view-dyads').click()")
    assert len(drawn(opened)) == 4 and header(opened) == "8 relations, 4 dyads, 6 actors shown"
    _offline_and_clean(opened)


# ---------------------------------------------------------------- 2. modality


def test_future_relations_are_faded_dashed_and_left_out_of_the_balance(opened):
    by_pair = pairs(drawn(opened))
    china = by_pair["CHN", "IRN"]  # only announced: faded and dashed
    assert (china["opacity"], china["dashes"]) == (0.35, [3, 9])
    assert by_pair["RUS", "SYR"]["opacity"] == 0.9 and by_pair["RUS", "SYR"]["dashes"] is False
    # counted when asked for: RUS-SYR +2 +2, RUS-USA -1 -2 -1 +1, CHN-IRN +2 (colours as weighed)
    opened.evaluate("document.getElementById('include-modal').click()")
    by_pair = pairs(drawn(opened))
    assert {k: e["balance"] for k, e in by_pair.items()} == {
        ("RUS", "USA"): -3, ("RUS", "SYR"): 4, ("GBR", "USA"): 1, ("CHN", "IRN"): 2}
    assert by_pair["CHN", "IRN"]["colour"] == "#1f5fa8" and by_pair["RUS", "USA"]["colour"] == "#d76d5c"  # -3 of 5
    opened.evaluate("document.getElementById('include-modal').click()")
    assert pairs(drawn(opened))["RUS", "SYR"]["balance"] == 2
    opened.evaluate("document.getElementById('view-typed').click()")
    typed = {(e["from"], e["relation"], e["to"]): e for e in drawn(opened) if not e["link"]}
    assert (typed["CHN", "AID", "IRN"]["opacity"], typed["CHN", "AID", "IRN"]["dashes"]) == (0.3, [3, 9])
    assert typed["RUS", "AID", "SYR"]["opacity"] == 0.9 and typed["RUS", "AID", "SYR"]["dashes"] is False  # one done
    _offline_and_clean(opened)


# ---------------------------------------------------------------- 3. the panel of a pair


def test_clicking_a_pair_lists_its_relations_newest_first_with_their_modality(opened, tmp_path):
    x, y = screen_point(opened, "RUS", "USA")
    opened.click(x, y)
    opened.wait_for("kg.shown && kg.shown.dyad === kg.dyadOf('RUS', 'USA')", 5)
    listed = opened.evaluate("""Array.from(document.querySelectorAll('#details ol.rels li')).map(li =>
        [li.dataset.date, li.dataset.type, li.dataset.from, li.dataset.to, li.dataset.modality])""")
    assert listed == [
        ["2022-03-20", "CONSULT", "USA", "RUS", ""],
        ["2022-02-15", "SANCTION", "USA", "RUS", ""],
        ["2022-02-15", "THREATEN", "RUS", "USA", "hypothetical"],
        ["2022-01-10", "ACCUSE", "RUS", "USA", ""],
    ]
    text = opened.evaluate("document.getElementById('details').textContent")
    for part in ("Russia — United States", "2022-01-10 · ACCUSE (accuses) · Russia → United States",
                 "“Lavrov accused Washington of meddling.”", "said by Sergei Lavrov", "only possible (hypothetical)",
                 "reported as done", "balance−2 (cooperation +1, conflict −3)"):
        assert part in text, part
    links = opened.evaluate("Array.from(document.querySelectorAll('#details ol.rels a')).map(a => [a.textContent, a.href])")
    assert links[-1] == ["The jan story", "https://news.example.org/jan"]
    # its timeline, drawn in the page: January one conflict down, February one conflict down and
    # the possible threat grey, March one cooperation up
    bars = opened.evaluate("""Array.from(document.querySelectorAll('#details svg.dyad-timeline rect')).map(r =>
        [r.getAttribute('class'), r.dataset.month, +r.dataset.count])""")
    assert sorted(bars) == [["down", "2022-01", 1], ["down", "2022-02", 1], ["other", "2022-02", 1], ["up", "2022-03", 1]]
    opened.screenshot(tmp_path / "pair.png")
    _offline_and_clean(opened)


# ---------------------------------------------------------------- 4. the timeline strip and its brush


def test_brushing_february_to_march_filters_the_graph_in_place(opened, tmp_path):
    months = opened.evaluate("Array.from(document.querySelectorAll('#strip rect.month')).map(r => [r.dataset.month, +r.dataset.count])")
    assert months == [["2022-01", 3], ["2022-02", 3], ["2022-03", 1], ["2022-04", 0], ["2022-05", 1]]
    url = opened.evaluate("location.href")

    def centre(month: str) -> tuple[float, float]:
        return tuple(opened.evaluate(f"""(() => {{ const b = document.querySelector('#strip rect.month[data-month="{month}"]')
            .getBoundingClientRect(); return [b.left + b.width / 2, b.bottom - 2]; }})()"""))

    (x1, y1), (x2, _) = centre("2022-02"), centre("2022-03")
    send = opened.send
    send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x1, "y": y1})
    send("Input.dispatchMouseEvent", {"type": "mousePressed", "x": x1, "y": y1, "button": "left", "clickCount": 1})
    for k in range(1, 6):
        send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x1 + (x2 - x1) * k / 5, "y": y1, "buttons": 1})
    send("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": x2, "y": y1, "button": "left", "clickCount": 1})
    opened.wait_for("kg.state.since === '2022-02-01' && kg.state.until === '2022-03-31'", 5)
    # February and March: USA SANCTION RUS, RUS THREATEN USA (possible), RUS AID SYR (announced),
    # USA CONSULT RUS; the pairs RUS-USA (3) and RUS-SYR (1)
    by_pair = pairs(drawn(opened))
    assert {k: e["relations"] for k, e in by_pair.items()} == {("RUS", "USA"): 3, ("RUS", "SYR"): 1}
    assert by_pair["RUS", "USA"]["balance"] == -1 and by_pair["RUS", "SYR"]["colour"] == "#9e9e9e"
    assert header(opened) == "4 relations, 2 dyads, 3 actors shown (of 8, 4 and 6)"
    assert set(opened.evaluate("kg.network.body.data.nodes.getIds()")) == {"RUS", "USA", "SYR"}
    assert opened.evaluate("[document.getElementById('since').value, document.getElementById('until').value]") == [
        "2022-02-01", "2022-03-31"]
    assert opened.evaluate("document.querySelector('#types label[title^=SANCTION]').textContent") == "SANCTION (1)"
    assert opened.evaluate("document.querySelector('#types label[title^=ACCUSE]').textContent") == "ACCUSE (0)"
    assert opened.evaluate("location.href") == url  # in place, no reload
    opened.evaluate("document.getElementById('view-typed').click()")
    assert header(opened) == "4 relations, 4 ties, 3 actors shown (of 8, 7 and 6)"
    # of Russia's two deliveries to Syria, the one shown is only announced: faded and dashed
    typed = {(e["from"], e["relation"], e["to"]): e for e in drawn(opened) if not e["link"]}
    assert (typed["RUS", "AID", "SYR"]["opacity"], typed["RUS", "AID", "SYR"]["dashes"]) == (0.3, [3, 9])
    assert (typed["USA", "SANCTION", "RUS"]["opacity"], typed["USA", "SANCTION", "RUS"]["dashes"]) == (0.9, False)
    opened.screenshot(tmp_path / "brushed.png")
    opened.evaluate("document.getElementById('strip-clear').click()")
    assert header(opened) == "8 relations, 7 ties, 6 actors shown"
    assert drawn(opened)[0]["id"] and {(e["opacity"], e["dashes"] is False) for e in drawn(opened)
                                       if e["relation"] == "AID" and e["to"] == "SYR"} == {(0.9, True)}
    _offline_and_clean(opened)


# ---------------------------------------------------------------- 5. labels on hover and for the selected node


def test_edge_labels_show_on_hover_and_for_the_selected_node(opened):
    assert all(e["label"] == "" for e in drawn(opened))
    x, y = screen_point(opened, "RUS", "SYR")
    opened.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
    rus_syr = opened.evaluate("kg.dyadOf('RUS', 'SYR')")
    opened.wait_for(f"kg.edges.get('{rus_syr}').label !== ''", 5)
    assert opened.evaluate(f"kg.edges.get('{rus_syr}').label") == "2 relations, balance +2"
    x, y = screen_point(opened, "USA", "USA")
    opened.click(x, y)  # select the United States: its pairs are labelled
    opened.wait_for("kg.shown && kg.shown.node === 'USA'", 5)
    assert opened.evaluate("kg.labelled()") == sorted([opened.evaluate("kg.dyadOf('RUS', 'USA')"),
                                                       opened.evaluate("kg.dyadOf('GBR', 'USA')")])
    _offline_and_clean(opened)


def drawn_looks(page: Page) -> dict[str, tuple]:
    """What vis-network itself will paint for each pair (its Edge objects, not the data set)."""
    return {k: tuple(v) for k, v in page.evaluate("""(() => { const out = {};
      Object.values(kg.network.body.edges).forEach(e => { const o = e.options;
        out[e.id] = [o.width, o.color.color, o.color.opacity, o.dashes, (o.label || '').trim()]; });
      return out; })()""").items()}


def test_a_pair_put_back_by_the_brush_is_drawn_as_it_is_now(opened):
    # the page keeps vis-network's edge objects while a filter hides them (building them
    # again is most of the cost of clearing a range); one whose look changed meanwhile (here,
    # its label, cleared while hidden) must come back with the new look, not the old one
    at_load = drawn_looks(opened)
    gbr_usa, chn_irn, rus_usa = (opened.evaluate(f"kg.dyadOf('{a}', '{b}')") for a, b in
                                 [("GBR", "USA"), ("CHN", "IRN"), ("RUS", "USA")])
    assert set(at_load) == {gbr_usa, chn_irn, rus_usa, opened.evaluate("kg.dyadOf('RUS', 'SYR')")}
    assert all(look[4] == "" for look in at_load.values())
    x, y = screen_point(opened, "USA", "USA")
    opened.click(x, y)  # select the United States: its two pairs are labelled
    opened.wait_for("kg.labelled().length === 2", 5)
    assert drawn_looks(opened)[gbr_usa][4] == "1 relation, balance +1"
    opened.evaluate(f"kg.network.body.edges['{chn_irn}'].kgTag = 'kept'")
    opened.evaluate("kg.brushMonths('2022-02', '2022-03')")  # Britain-US (January) and China-Iran (May) go
    assert set(drawn_looks(opened)) == {rus_usa, opened.evaluate("kg.dyadOf('RUS', 'SYR')")}
    assert drawn_looks(opened)[rus_usa][4] == "3 relations, balance \u22121"
    box = opened.evaluate("(() => { const b = document.getElementById('network').getBoundingClientRect(); "
                          "return [b.left + 8, b.top + 8]; })()")
    opened.click(*box)  # an empty corner: the selection and its labels go, Britain-US's while hidden
    opened.wait_for("kg.labelled().length === 0", 5)
    opened.evaluate("kg.setDates('', '')")
    assert drawn_looks(opened) == at_load
    # China-Iran did not change while hidden: the same object came back; Britain-US was built again
    assert opened.evaluate(f"kg.network.body.edges['{chn_irn}'].kgTag") == "kept"
    _offline_and_clean(opened)


# ---------------------------------------------------------------- 6 and 7. communities; the same counts everywhere


def test_nodes_by_community_and_the_counts_agree_with_kg_stats(opened, hand_store):
    nodes = {n["id"]: n for n in opened.evaluate("kg.nodes.get()")}
    colour = {k: n["color"]["background"] for k, n in nodes.items()}
    # China and Iran are a component of their own: one community, apart from the others
    assert colour["CHN"] == colour["IRN"] and colour["CHN"] not in {colour[k] for k in ("RUS", "USA", "SYR", "GBR")}
    assert {n["shape"] for n in nodes.values()} == {"dot"}
    assert (nodes["RUS"]["degree"], nodes["USA"]["degree"], nodes["IRN"]["degree"]) == (2, 2, 1)  # pairs
    assert nodes["RUS"]["size"] > nodes["IRN"]["size"]
    legend = opened.evaluate("document.getElementById('communities').textContent")
    assert "China, Iran" in legend
    r = CliRunner().invoke(main, ["stats", "--json", "--store", str(hand_store.path)])
    stats = json.loads(r.output)
    assert (stats["relations"], stats["dyads"], stats["actors"]) == (8, 4, 6)
    assert header(opened) == f"{stats['relations']} relations, {stats['dyads']} dyads, {stats['actors']} actors shown"


def test_kg_viz_edges_option(hand_store, tmp_path):
    runner = CliRunner()
    out = tmp_path / "g.html"
    r = runner.invoke(main, ["viz", "--store", str(hand_store.path), "-o", str(out)])
    assert r.output == f"wrote {out} (8 relations, 4 dyads, 6 actors)\n"
    r = runner.invoke(main, ["viz", "--store", str(hand_store.path), "-o", str(out), "--edges", "typed", "--since", "2022-02-01"])
    assert r.output == f"wrote {out} (5 nodes, 5 edges, 5 relations)\n"  # February on: 5 relations in 5 ties
    assert '"view":"typed"' in out.read_text(encoding="utf-8")
    r = runner.invoke(main, ["viz", "--store", str(hand_store.path), "-o", str(out), "--edges", "pairs"])
    assert r.exit_code == 2 and "Invalid value for '--edges'" in r.output


def test_node_labels_do_not_cover_one_another_at_100_actors(page, tmp_path):
    # the generated news-like graph of bench/page.py, at 100 actors and 3,000 relations: the
    # boxes vis-network draws the actors' names in, after the layout has settled, never meet
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_page", Path(__file__).parents[1] / "bench" / "page.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    nodes, edges = bench.synthetic_page_graph(100, 3000)
    html, n_nodes, _ = render_graph(nodes, edges, title="100 actors")
    assert n_nodes == 100
    page.open(_write(html, tmp_path / "hundred.html"))
    boxes = page.evaluate("""kg.network.body.data.nodes.getIds().map(id => {
      const b = kg.network.body.nodes[id].labelModule.size; return [id, b.left, b.top, b.left + b.width, b.top + b.height]; })""")
    assert len(boxes) == 100 and all(b[3] - b[1] > 10 for b in boxes)  # every name measured
    meet = [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]
    assert meet == []
    _offline_and_clean(page)
