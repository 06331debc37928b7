"""How the ``kg viz`` page behaves at scale, in headless Chromium (issue 15).

What it measures
    1. It generates a news-like graph directly as page data (the ``nodes`` and
       ``PageEdge`` dictionaries that :func:`kg.viz.page_data` returns, so no store
       and no extraction): 300 actors (40 states, 60 organisations, 200 officials)
       and 20,000 relations, spread over 24 months (2023-01 to 2024-12), over 12
       relation types, with skewed degrees (a few hub states, most actors seldom
       named); about 8 % of the relations are announced for later (future) and 3 %
       only possible (hypothetical). Relations of the same (subject, type, object)
       merge into one typed edge, as in a real store; the page opens, as ``kg viz``
       does, on one edge per pair of actors.
    2. It builds the page with :func:`kg.viz.render_graph` (timed: layout,
       communities, JSON) and writes the HTML.
    3. For each repetition it opens a fresh tab of one headless Chromium
       (``--headless --no-sandbox --disable-gpu``, window 1400x900, network off,
       driven over ``--remote-debugging-pipe`` with the helper classes of
       ``tests/test_browser.py``) and times:

       * **load**: from ``Page.navigate`` to the moment the page says it is drawn
         (``data-ready="1"`` on ``<body>``, set by the first vis-network
         ``afterDrawing`` after the physics stabilisation has finished and the
         positions are frozen, i.e. the first picture of the settled graph). The
         script polls every 10 ms, so the figure is late by up to that much. It
         also prints ``kg.readyAt``, the same moment measured in the page from the
         start of its own script (what is left is parsing the inlined 500 kB of
         vis-network and the data).
       * **filter repaint**: inside the page, from just before a filter change to
         the *last* vis-network ``afterDrawing`` event it causes (the canvas drawn
         with the new edges and looks), found by waiting until the canvas has been
         quiet for 400 ms; the number of draws in between is printed too (the page
         once drew four times per change). Four changes per repetition, each through the page's own
         controls: a click on the ASSAULT type checkbox (off), a second click (on),
         a brushed month range (``kg.brushMonths``, the function the strip's
         mouseup calls; 2024-03 to 2024-08) and the strip's "all months" reset
         (``kg.setDates('', '')``). The median over all of them is the figure.

It prints the graph's figures, the page size, the Python build time, the medians
(and min and max) over the repetitions, the targets (load under 3 s, repaint under
200 ms), the date, the CPU count and model, and Chromium's version.

How to run (from the repository root)::

    python bench/page.py                 # 5 repetitions
    python bench/page.py --reps 9 --keep /tmp/page.html

Needs Debian's ``chromium`` on the PATH. Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from kg.viz import PageEdge, page_figures, render_graph  # noqa: E402

TYPES = ["PARTNER", "RIVAL", "MEMBER_OF", "CONSULT", "AGREE", "SUPPORT", "AID", "ACCUSE", "REJECT",
         "THREATEN", "SANCTION", "ASSAULT"]


def synthetic_page_graph(n_actors: int = 300, n_relations: int = 20_000, months: int = 24,
                         seed: int = 15) -> tuple[dict, dict]:
    """Nodes and typed edges as :func:`kg.viz.page_data` gives them, with n_relations relations."""
    rng = random.Random(seed)
    kinds = ["Country"] * 40 + ["Organisation"] * 60 + ["Person"] * (n_actors - 100)
    nodes = {f"A{i:03d}": {"id": f"A{i:03d}", "label": f"Actor {i}", "kind": kinds[i]} for i in range(n_actors)}
    ids = list(nodes)
    weights = [1 / (i + 1) ** 0.8 for i in range(n_actors)]  # a few hubs, a long tail
    type_weights = [6, 2, 2, 8, 5, 4, 4, 5, 3, 2, 3, 2]
    edges: dict[tuple, PageEdge] = {}
    made = 0
    while made < n_relations:
        s, o = rng.choices(ids, weights, k=2) if made >= n_actors else (ids[made], rng.choice(ids))
        if s == o:
            continue
        rtype = rng.choices(TYPES, type_weights)[0]
        if rtype == "PARTNER" and o < s:
            s, o = o, s  # a symmetric type: one edge per tie, as page_data keeps it
        m = rng.randrange(months)
        day = f"{2023 + m // 12}-{m % 12 + 1:02d}-{rng.randint(1, 28):02d}"
        u = rng.random()
        modality = "future" if u < 0.08 else "hypothetical" if u < 0.11 else None
        article = f"https://news.example/{made // 4}"
        ev = {"evidence": f"{nodes[s]['label']} and {nodes[o]['label']}: sentence {made}.", "speaker": None,
              "title": f"Article {made // 4}", "date": day, "source": article, "modality": modality,
              "mode": None, "context": None, "article": article}
        edge = edges.setdefault((s, rtype, o), PageEdge(s, o, rtype))
        edge.evidence.append(ev)
        edge.articles.add(article)
        edge.relations[f"r{made}"] = day
        edge.modality[f"r{made}"] = modality
        made += 1
    for edge in edges.values():
        edge.evidence.sort(key=lambda e: (e["date"], e["evidence"]), reverse=True)
    return nodes, edges


#: Runs a change and answers, once the canvas has been quiet for 400 ms: the time to the last
#: afterDrawing (the network drawn with the new state), the time the change's own code took
#: (its handlers run synchronously), and how many times vis-network drew in between.
FILTER_TIMED = """(change) => new Promise((done) => {
  const t = performance.now(); let last = null, draws = 0;
  const seen = () => { last = performance.now(); draws += 1; };
  kg.network.on('afterDrawing', seen);
  change();
  const sync = performance.now() - t;
  const wait = () => {
    const now = performance.now();
    if (now - (last === null ? t : last) < 400 && now - t < 5000) { setTimeout(wait, 50); return; }
    kg.network.off('afterDrawing', seen);
    done({ms: last === null ? null : last - t, sync: sync, draws: draws});
  };
  setTimeout(wait, 50);
})"""

CHANGES = [
    ("type ASSAULT off", "() => document.querySelector('#types input[value=ASSAULT]').click()"),
    ("type ASSAULT on", "() => document.querySelector('#types input[value=ASSAULT]').click()"),
    ("brush 2024-03..2024-08", "() => kg.brushMonths('2024-03', '2024-08')"),
    ("all months", "() => kg.setDates('', '')"),
]


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({model or platform.processor() or 'unknown'}), {platform.system()} {platform.release()}"


def chromium_version() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        return subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError, TypeError):
        return "unknown"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5, help="page loads (fresh tab each), default 5")
    ap.add_argument("--actors", type=int, default=300)
    ap.add_argument("--relations", type=int, default=20_000)
    ap.add_argument("--keep", type=Path, help="write the page here too")
    args = ap.parse_args()

    from test_browser import CHROMIUM, Chromium, Page  # the tests' DevTools-over-pipe driver

    if CHROMIUM is None:
        sys.exit("chromium is not installed (apt-get install -y chromium)")
    nodes, edges = synthetic_page_graph(args.actors, args.relations)
    figures = page_figures(nodes, edges)
    start = time.perf_counter()
    html, n_nodes, n_edges = render_graph(nodes, edges, title="bench: 300 actors, 20,000 relations")
    built = time.perf_counter() - start
    size = len(html.encode("utf-8"))

    loads, ready_in_page = [], []
    repaints: dict[str, list[float]] = {name: [] for name, _ in CHANGES}
    draws: dict[str, list[int]] = {name: [] for name, _ in CHANGES}
    with tempfile.TemporaryDirectory(prefix="kg-bench-page-") as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(html, encoding="utf-8")
        if args.keep:
            args.keep.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, args.keep)
        browser = Chromium(Path(tmp) / "profile")
        try:
            for rep in range(args.reps):
                tab = Page(browser)
                try:
                    start = time.perf_counter()
                    tab.send("Page.navigate", {"url": path.resolve().as_uri()})
                    tab.wait_for("document.body !== null && document.body.getAttribute('data-ready') === '1'",
                                 timeout=60, poll=0.01)
                    loads.append(time.perf_counter() - start)
                    ready_in_page.append(tab.evaluate("kg.readyAt") / 1000)
                    counts = tab.evaluate("kg.counts()")
                    assert counts["edges"] == figures["dyads"], (counts, figures)
                    time.sleep(0.3)  # let any redraw the load queued go by
                    for name, expr in CHANGES:
                        got = tab.evaluate(f"({FILTER_TIMED})({expr})", timeout=30)
                        if got["ms"] is None:
                            raise SystemExit(f"{name}: the network did not redraw")
                        repaints[name].append(got["ms"] / 1000)
                        draws[name].append(got["draws"])
                    assert tab.evaluate("kg.counts().edges") == figures["dyads"]
                    if errors := tab.errors():
                        raise SystemExit(f"the page reported errors: {errors[:3]}")
                finally:
                    tab.close()
                print(f"  rep {rep + 1}: load {loads[-1]:.2f} s, repaints "
                      + ", ".join(f"{repaints[n][-1] * 1000:.0f}" for n, _ in CHANGES) + " ms", file=sys.stderr)
        finally:
            browser.close()

    def fmt(xs: list[float], unit: str = "s") -> str:
        k = 1000 if unit == "ms" else 1
        f = "{:.0f}" if unit == "ms" else "{:.2f}"
        return (f"{f.format(statistics.median(xs) * k)} {unit} (min {f.format(min(xs) * k)}, "
                f"max {f.format(max(xs) * k)})")

    all_repaints = [x for xs in repaints.values() for x in xs]
    load, repaint = statistics.median(loads), statistics.median(all_repaints)
    print(f"graph: {figures['actors']} actors, {figures['relations']:,} relations, {figures['ties']:,} typed edges, "
          f"{figures['dyads']:,} pairs (the edges the page opens on); {n_nodes} nodes")
    print(f"page: {size:,} bytes ({size / 1e6:.1f} MB), built in {built:.2f} s (Python: layout, communities, JSON)")
    print(f"load to first draw of the settled graph, median of {args.reps}: {fmt(loads)}; in-page script to draw "
          f"{fmt(ready_in_page)}; target < 3 s: {'met' if load < 3 else 'MISSED'}")
    for name, _ in CHANGES:
        print(f"repaint after {name}: {fmt(repaints[name], 'ms')}; draws per change: "
              f"{statistics.median(draws[name]):g}")
    print(f"filter repaint, median of {len(all_repaints)}: {repaint * 1000:.0f} ms; target < 200 ms: "
          f"{'met' if repaint < 0.2 else 'MISSED'}")
    print(f"date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; machine: {machine()}; {chromium_version()}")


if __name__ == "__main__":
    main()
