"""The command line as a user meets it: help with examples, the main job, one-line errors."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import main

from conftest import DATA, SEED, needs_shared


@pytest.fixture()
def runner():
    return CliRunner()


def test_help_lists_the_commands_and_each_has_an_example(runner):
    out = runner.invoke(main, ["--help"]).output
    for cmd in ("ingest", "extract", "query", "export", "viz", "stats"):
        assert cmd in out
        sub = runner.invoke(main, [cmd, "--help"])
        assert sub.exit_code == 0
        assert "Example" in sub.output, cmd


def test_ingest_query_export_viz_stats_on_the_sample(runner, tmp_path):
    store = str(tmp_path / "store")
    r = runner.invoke(main, ["ingest", str(DATA), "--store", store])
    assert r.exit_code == 0, r.output
    summary = r.output.strip().splitlines()[-1]
    assert summary.startswith("9 articles, ") and " relations, " in summary
    r = runner.invoke(main, ["query", "members", "--store", store, "--format", "json"])
    rows = json.loads(r.output)
    assert {"organisation": "ASEAN", "member": "TLS", "articles": 1} in rows
    out = tmp_path / "g.ttl"
    r = runner.invoke(main, ["export", "--format", "turtle", "-o", str(out), "--store", store])
    assert r.exit_code == 0
    # the Turtle, read by rdflib: as many triples as the command said, Timor-Leste in ASEAN among them
    import rdflib

    g = rdflib.Graph().parse(out, format="turtle")
    said = int(re.search(r"\((\d+) bytes, (\d+) triples\)", r.stderr).group(2))
    assert len(g) == said > 1000
    id_ = "https://w3id.org/kg-bilateral/id/actor/"
    assert (rdflib.URIRef(id_ + "TLS"), rdflib.URIRef("https://w3id.org/kg-bilateral/ontology#memberOf"),
            rdflib.URIRef(id_ + "ASEAN")) in g
    page = tmp_path / "g.html"
    r = runner.invoke(main, ["viz", "-o", str(page), "--store", store])
    assert r.exit_code == 0
    raw = page.read_text(encoding="utf-8").split('<script id="kg-data" type="application/json">', 1)[1]
    data = json.loads(raw.split("</script>", 1)[0])
    assert ("TLS", "MEMBER_OF", "ASEAN") in {(e["from"], e["relation"], e["to"]) for e in data["edges"]}
    # the page opens on pairs of actors, and kg viz says what its header counts, as kg stats does
    relations = sum(e["relations"] for e in data["edges"] if not e.get("link"))
    actors = {a for d in data["dyads"] for a in (d["from"], d["to"])}
    assert r.output == f"wrote {page} ({relations} relations, {len(data['dyads'])} dyads, {len(actors)} actors)\n"
    r = runner.invoke(main, ["stats", "--json", "--store", store])
    stats = json.loads(r.output)
    assert stats["articles"] == 9 and (stats["relations"], stats["dyads"], stats["actors"]) == (relations, len(data["dyads"]), len(actors))


@pytest.mark.parametrize(
    "args, message",
    [
        (["ingest", "does/not/exist"], "Error: does/not/exist: no such file or folder"),
        (["extract", "pyproject.toml"], "Error: pyproject.toml: unsupported file type '.toml'; kg reads .txt, .html, .htm and .jsonl"),
        (["query", "no-such-query"], "Error: unknown saved query 'no-such-query'; known: "),
        (["query", "-e", "SELECT WHERE {"], "Error: malformed SPARQL: error at 1:"),
        (["query", "supplies", "--param", "actor"], "Error: --param 'actor': write it as NAME=VALUE"),
    ],
)
def test_bad_input_gives_one_line_and_no_traceback(runner, tmp_path, args, message):
    store = tmp_path / "store"
    runner.invoke(main, ["ingest", str(DATA / "01_idn_kor_strategic_partnership_energy.txt"), "--store", str(store)])
    r = runner.invoke(main, args + (["--store", str(store)] if args[0] in ("ingest", "query") else []))
    assert r.exit_code != 0
    lines = r.output.strip().splitlines()
    assert len(lines) == 1, r.output
    assert lines[0].startswith(message)
    assert "Traceback" not in r.output


def test_a_bad_path_leaves_the_store_as_it_was(runner, tmp_path):
    store = str(tmp_path / "store")
    runner.invoke(main, ["ingest", str(DATA / "01_idn_kor_strategic_partnership_energy.txt"), "--store", store])
    before = runner.invoke(main, ["stats", "--json", "--store", store]).output
    r = runner.invoke(main, ["ingest", str(DATA / "02_fra_phl_patrol_vessels_chn_opposes.txt"), "missing.txt", "--store", store])
    assert r.exit_code == 1
    assert runner.invoke(main, ["stats", "--json", "--store", store]).output == before


def test_query_without_a_store_says_what_to_do(runner, tmp_path):
    r = runner.invoke(main, ["query", "supplies", "--store", str(tmp_path / "none")])
    assert r.exit_code == 1
    assert r.output.strip() == f"Error: no store at {tmp_path / 'none'}; run 'kg ingest PATH' first or give --store DIR"


def test_query_list_shows_first_comment_lines(runner):
    out = runner.invoke(main, ["query", "--list"]).output
    assert "supplies      Who supplies whom (AID): each provider and recipient with the articles behind it" in out


@needs_shared
def test_extract_table_format(runner):
    r = runner.invoke(main, ["extract", str(SEED), "--format", "table"])
    assert r.exit_code == 0
    rows = [line.split()[1:4] for line in r.output.splitlines()[2:-1]]
    assert ["IND", "REJECT", "(RUS"] in rows and ["RUS", "AID", "PAK"] in rows
