"""No batch is lost: an article that cannot be read fails alone, named with its sentence,
and references that point at each other resolve in bounded time."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.ingest import Article


def _keys(extraction):
    return sorted((r.subject.id, r.type, r.object.id) for r in extraction.asserted)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sentence that raised RecursionError and killed a batch of 322 files
        ("Washington along with its allies demanded that Hamas renounce its armed struggle against Israel.",
         [("USA", "REQUEST", "Hamas")]),
        ("Moscow, backed by its partners, attacked Ukraine.", [("RUS", "ASSAULT", "UKR")]),
        ("The EU, along with its allies, condemned China.", [("EU", "ACCUSE", "CHN")]),
        # "its rivals" has nobody to be in a one-sentence story: no edge, and no error
        ("Russia vetoed a resolution drafted by its rivals.", []),
    ],
)
def test_references_to_their_own_clause_resolve(extractor, text, expected):
    ex = extractor.extract(Article(id="x", name="x.txt", text=text))
    assert _keys(ex) == expected


def test_repeated_references_take_linear_time(extractor):
    """Each "its rival" once doubled the time (540 bytes took over a minute)."""
    text = "China warned Japan that " + "its rival " * 200 + "would regret it."
    started = time.perf_counter()
    ex = extractor.extract(Article(id="x", name="x.txt", text=text))
    assert time.perf_counter() - started < 10
    assert ("CHN", "THREATEN", "JPN") in _keys(ex)


def _articles(folder, n, bad):
    folder.mkdir()
    for i in range(n):
        extra = "The Ruritanian envoy said Chile and Peru would sign a pact. " if i == bad else ""
        (folder / f"a{i:02d}.txt").write_text(
            f"Title: Talks {i}\n\nChile and Peru signed a fisheries agreement. {extra}Bolivia attacked Peru.\n",
            encoding="utf-8",
        )


def test_a_failing_article_is_reported_and_the_rest_are_written(poisoned, tmp_path):
    folder = tmp_path / "in"
    _articles(folder, 3, bad=1)
    store = tmp_path / "store"
    r = CliRunner().invoke(main, ["ingest", str(folder), "--store", str(store), "-q"])
    assert r.exit_code == 1
    assert "error: a01.txt: sentence 1: RuntimeError: a rule broke on this sentence; article skipped" in r.stderr
    assert r.stdout.startswith("2 articles, 4 relations, 1 failed, ")
    # the summary graph was refreshed for what was written
    stats = json.loads(CliRunner().invoke(main, ["stats", "--json", "--store", str(store)]).stdout)
    assert (stats["articles"], stats["relations"]) == (2, 4)
    rows = json.loads(CliRunner().invoke(main, ["query", "counts", "--store", str(store), "--format", "json"]).stdout)
    assert rows and rows[0]["articles"] == 2  # typed: a number in JSON


def test_a_failing_article_in_a_worker_pool_fails_alone(poisoned, tmp_path):
    """70 articles go through two forked workers in batches of 32; one batch holds the bad one."""
    folder = tmp_path / "in"
    _articles(folder, 70, bad=40)
    r = CliRunner().invoke(main, ["extract", str(folder), "--format", "jsonl"])
    assert r.exit_code == 1
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len({x["article"] for x in lines}) == 69
    assert "a40.txt" not in {x["article"] for x in lines}
    assert len(lines) == 69 * 2
    assert "error: a40.txt: sentence 1: RuntimeError: a rule broke on this sentence; article skipped" in r.stderr
    assert r.stderr.strip().endswith("1 of 70 articles failed (listed above)")


def test_extract_many_passes_failures_on_and_keeps_order(poisoned, extractor):
    arts = [Article(id=str(i), name=f"n{i}", text=t) for i, t in enumerate([
        "Chile and Peru signed a fisheries agreement.",
        "The Ruritanian envoy said Chile and Peru would sign a pact.",
        "Bolivia attacked Peru.",
    ])]
    failures = []
    got = list(extractor.extract_many(arts, workers=1, on_failure=failures.append))
    assert [e.article.name for e in got] == ["n0", "n2"]
    assert [(f.article.name, f.sentence, f.error) for f in failures] == [
        ("n1", 0, "RuntimeError: a rule broke on this sentence")
    ]


@pytest.mark.skipif(not (__import__("conftest").SHARED / "voa" / "voa_stories.jsonl").exists(),
                    reason="../shared/voa is not beside this checkout")
def test_the_voa_stories_ingest_with_no_failed_article(tmp_path):
    """46 real news stories (Voice of America, public domain): every one is read and written."""
    from conftest import SHARED

    store = tmp_path / "store"
    r = CliRunner().invoke(main, ["ingest", str(SHARED / "voa" / "voa_stories.jsonl"), "--store", str(store), "-q"])
    assert r.exit_code == 0, r.output
    assert "error:" not in r.stderr
    summary = r.stdout.strip().splitlines()[-1]
    assert summary.startswith("46 articles, ") and "failed" not in summary
    stats = json.loads(CliRunner().invoke(main, ["stats", "--json", "--store", str(store)]).stdout)
    assert stats["articles"] == 46
