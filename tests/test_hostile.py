"""Unlucky and hostile input (issue 13): one test per item of the adversarial probe.

Each test feeds the input that broke kg and checks what a user gets back: the articles
stored, the text kept, the error named, the time taken.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import StoreError
from kg.ingest import Article
from kg.pipeline import ingest_paths
from kg.remote import RemoteStore
from kg.store import GraphStore

from conftest import children_of, listening_addresses

#: Characters Python's str.splitlines() takes for line ends though N-Quads and JSON Lines do not.
SEPARATORS = {"LINE SEPARATOR": "\u2028", "PARAGRAPH SEPARATOR": "\u2029", "NEXT LINE": "\u0085",
              "VERTICAL TAB": "\x0b", "FORM FEED": "\x0c", "FILE SEPARATOR": "\x1c",
              "GROUP SEPARATOR": "\x1d", "RECORD SEPARATOR": "\x1e"}

EVIDENCE = """PREFIX kg: <https://w3id.org/kg-bilateral/ontology#>
SELECT ?e WHERE { ?r kg:evidence ?e } ORDER BY ?e"""


def _evidence(store) -> list[str]:
    return [str(row["e"].value) for row in store.query(EVIDENCE)]


def _separator_articles(folder):
    """One article per separator in each of the three text formats, the separator inside a
    sentence that gives a relation; HTML also carries it in the title as a character reference."""
    folder.mkdir()
    for i, c in enumerate(SEPARATORS.values()):
        sentence = f"Indonesia and Brazil{c} signed a trade agreement."
        (folder / f"t{i}.txt").write_text(sentence + "\n", encoding="utf-8")
        (folder / f"j{i}.jsonl").write_text(
            json.dumps({"text": sentence.replace("Brazil", "Chile"), "title": f"T{c}"}, ensure_ascii=False) + "\n",
            encoding="utf-8")
        ref = f"&#{ord(c)};"
        (folder / f"h{i}.html").write_text(
            f"<html><head><title>Trade{ref}</title></head><body><p>{sentence.replace('Brazil', 'Peru')}</p></body></html>",
            encoding="utf-8")
    return folder


def _check_separator_store(store) -> None:
    evidence = _evidence(store)
    for name, c in SEPARATORS.items():
        for partner in ("Brazil", "Chile"):  # plain text and JSON Lines keep the text as it was
            want = f"Indonesia and {partner}{c} signed a trade agreement."
            assert want in evidence, f"{name}: {want!r} not kept"
    # HTML text is whitespace-normalised, and all eight are whitespace to str.isspace()
    assert evidence.count("Indonesia and Peru signed a trade agreement.") == len(SEPARATORS)


def test_1_separator_characters_ingest_and_round_trip(tmp_path):
    folder = _separator_articles(tmp_path / "in")
    r = CliRunner().invoke(main, ["ingest", str(folder), "--store", str(tmp_path / "store"), "-q"])
    assert r.exit_code == 0, r.output
    store = GraphStore(tmp_path / "store", create=False)
    assert store.graph_count() == 3 * len(SEPARATORS)  # every article
    _check_separator_store(store)
    del store  # the export command opens the store itself
    # and out again through the N-Quads export, read back line by line as N-Quads readers do
    export = tmp_path / "out.nq"
    r = CliRunner().invoke(main, ["export", "--store", str(tmp_path / "store"), "--format", "nquads", "-o", str(export)])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["load", str(export), "--store", str(tmp_path / "back")])
    assert r.exit_code == 0, r.output
    _check_separator_store(GraphStore(tmp_path / "back", create=False))


@pytest.mark.skipif(shutil.which("oxigraph") is None, reason="the oxigraph server (pip install oxigraph) is not installed")
def test_1_separator_characters_through_an_endpoint(oxigraph_server, tmp_path):
    folder = _separator_articles(tmp_path / "in")
    remote = RemoteStore(oxigraph_server + "/query", batch=5)
    summary = ingest_paths([folder], remote)
    assert summary.articles == 3 * len(SEPARATORS)
    _check_separator_store(remote)


# ---------------------------------------------------------------- 2. the "its allies" family

FAMILY = [  # (sentence after a context sentence that names other states, the relations it gives)
    ("Washington along with its allies demanded that Hamas renounce its armed struggle against Israel.",
     {("USA", "REQUEST", "Hamas")}),
    ("Moscow, backed by its partners, attacked Ukraine.", {("RUS", "ASSAULT", "UKR")}),
    ("Russia vetoed a resolution drafted by its rivals.", set()),
    ("The EU, along with its allies, condemned China.", {("EU", "ACCUSE", "CHN")}),
]


@pytest.mark.parametrize("sentence, want", FAMILY)
def test_2_its_allies_family_extracts_without_naming_strangers(extractor, sentence, want):
    # the sentence before names a pair of other states: "its partners" must not become them
    text = "Brazil and Argentina signed a trade pact on Monday. " + sentence
    ex = extractor.extract(Article(id="f", name="f.txt", text=text))
    got = {(r.subject.id, r.type, r.object.id) for r in ex.asserted if r.evidence == sentence}
    assert got == want


def test_2_generated_its_allies_sentences_all_extract(extractor):
    subjects = ["Washington", "Moscow", "The EU", "Russia", "China", "NATO"]
    middles = ["along with its allies", ", backed by its partners,", ", with its rivals,", "and its allies",
               ", joined by its friends and partners,"]
    verbs = ["condemned", "attacked", "demanded that Hamas renounce its struggle against", "vetoed a resolution drafted by"]
    objects = ["Israel", "its rivals", "Ukraine", "them"]
    text = " ".join(f"{s} {m} {v} {o}.".replace(" ,", ",") for s in subjects for m in middles for v in verbs for o in objects)
    ex = extractor.extract(Article(id="g", name="g.txt", text=text))  # 480 sentences, one article
    assert len(ex.relations) > 100


# ---------------------------------------------------------------- 3. one article that cannot be written


def _talks(folder, n, extra=None):
    folder.mkdir()
    for i in range(n):
        more = extra if extra and i == extra[0] else ""
        (folder / f"a{i:02d}.txt").write_text(
            f"Title: Talks {i}\n\nChile and Peru signed a fisheries agreement. {more[1] if more else ''}Bolivia attacked Peru.\n",
            encoding="utf-8")
    return folder


def _stats(store) -> dict:
    r = CliRunner().invoke(main, ["stats", "--json", "--store", str(store)])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_3_an_article_the_store_refuses_fails_alone_and_the_summary_is_refreshed(monkeypatch, tmp_path):
    from kg import pipeline

    real = pipeline.extraction_nquads

    def broken_for_one(ex, base):  # the store's parser refuses this article's text, as it did U+2028's
        text = real(ex, base)
        return text + '<urn:x> <urn:y> "cut in two\n' if ex.article.name == "a02.txt" else text

    monkeypatch.setattr(pipeline, "extraction_nquads", broken_for_one)
    r = CliRunner().invoke(main, ["ingest", str(_talks(tmp_path / "in", 5)), "--store", str(tmp_path / "store"), "-q"])
    assert r.exit_code == 1
    assert "error: a02.txt: not written: SyntaxError:" in r.stderr
    assert r.stdout.startswith("4 articles, 8 relations, 1 failed, ")
    monkeypatch.undo()
    clean = _talks(tmp_path / "clean", 5)
    (clean / "a02.txt").unlink()
    r = CliRunner().invoke(main, ["ingest", str(clean), "--store", str(tmp_path / "clean-store"), "-q"])
    assert r.exit_code == 0, r.output
    got, want = _stats(tmp_path / "store"), _stats(tmp_path / "clean-store")
    assert got == want and (got["articles"], got["relations"]) == (4, 8)
    r = CliRunner().invoke(main, ["validate", "--store", str(tmp_path / "store")])
    assert r.exit_code == 0, r.output


# ---------------------------------------------------------------- 4. a worker killed


def _numbered_articles(folder, n: int):
    """``n`` articles of two relations each (CHL PARTNER-like agreement with PER, BOL ASSAULT PER)
    and twenty sentences naming no state, so that extracting them takes a while."""
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:04d}.txt").write_text(
            f"Chile and Peru signed fisheries agreement number {i}. Bolivia attacked Peru on day {i}. "
            + "Officials met in Lima to discuss the harvest and the weather. " * 20 + "\n", encoding="utf-8")
    return folder


def test_4_a_worker_killed_by_the_kernel_ends_the_run_with_every_article(tmp_path):
    """SIGKILL of one of `kg ingest`'s workers mid-run: its batch goes again, nothing hangs."""
    folder = _numbered_articles(tmp_path / "in", 240)
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(folder), "--store", str(tmp_path / "store"), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = None
    deadline = time.monotonic() + 60
    while killed is None and time.monotonic() < deadline and proc.poll() is None:
        kids = children_of(proc.pid)
        if kids:
            time.sleep(0.5)  # let it take a batch
            killed = kids[0]
            os.kill(killed, signal.SIGKILL)
        time.sleep(0.05)
    assert killed is not None, "no worker process was seen"
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert out.startswith("240 articles, 480 relations, "), out
    assert _stats(tmp_path / "store")["articles"] == 240



def test_4_an_article_that_kills_its_worker_every_time_is_reported(monkeypatch, extractor):
    from kg.extraction import roles

    real, parent = roles.relations_for, os.getpid()

    def relations_for(st, tok, rtype):
        if "Ruritanian" in tok.sent.text and os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
        return real(st, tok, rtype)

    monkeypatch.setattr(roles, "relations_for", relations_for)
    arts = [Article(id=str(i), name=f"a{i:02d}", text="Chile and Peru signed a fisheries agreement. Bolivia attacked Peru."
                    + (" The Ruritanian envoy said Chile and Peru would sign a pact." if i == 40 else ""))
            for i in range(70)]
    failures = []
    started = time.monotonic()
    got = list(extractor.extract_many(arts, batch_size=8, workers=2, on_failure=failures.append))
    assert time.monotonic() - started < 30
    assert [e.article.name for e in got] == [a.name for a in arts if a.name != "a40"]
    assert [(f.article.name, f.error) for f in failures] == [
        ("a40", "its worker process died twice (killed, or out of memory)")]


# ---------------------------------------------------------------- 5. slow input


SLOW_INPUTS = {  # name: (file name, text, a warning the user must get, or None)
    "40k lines": ("lines.txt", "Chile attacked Peru.\n" + "".join(f"Line {i} of the report said little.\n" for i in range(40_000)),
                  "characters; read the first"),
    "100k blank lines": ("blank.txt", "Chile attacked Peru.\n" + "\n" * 100_000 + "Bolivia praised Peru.\n", None),
    "100k paragraphs": ("paras.html", "<html><body>" + "<p>x</p>" * 100_000 + "<p>Chile attacked Peru.</p></body></html>", None),
    "100k-cell table": ("table.html", "<html><body><table>" + ("<tr>" + "<td>c</td>" * 100 + "</tr>") * 1000
                        + "</table><p>Chile attacked Peru.</p></body></html>", None),
    "40k names": ("names.txt", "Russia " * 40_000 + ".\nChile attacked Peru.\n", "no sentence end"),
    "its rival x60": ("rival.txt", "China warned Japan that " + "its rival " * 60 + "would regret it.\nChile attacked Peru.\n", None),
    "200k commas": ("commas.txt", "Bolivia praised Peru" + "," * 200_000 + ".\nChile attacked Peru.\n", "no sentence end"),
    "one 300k-character word": ("word.txt", "Chile attacked Peru. " + "x" * 300_000 + " Bolivia praised Peru.\n", None),
}


@pytest.mark.parametrize("name", list(SLOW_INPUTS))
def test_5_slow_inputs_finish_within_their_budget(name, extractor, tmp_path):
    fname, text, warning = SLOW_INPUTS[name]
    f = tmp_path / fname
    f.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    r = CliRunner().invoke(main, ["extract", str(f), "--format", "jsonl"])
    seconds = time.perf_counter() - started
    assert r.exit_code == 0, r.output
    assert seconds < 10, f"{name}: {seconds:.1f} s"
    got = {(x["subject"]["id"], x["type"], x["object"]["id"]) for x in map(json.loads, r.stdout.splitlines())}
    assert ("CHL", "ASSAULT", "PER") in got  # the readable part is still read
    if warning == "no sentence end":
        assert f"warning: {fname}: 1 stretch(es) of over 5,000 characters with {warning}" in r.stderr
    elif warning:
        assert f"warning: {fname}: " in r.stderr and warning in r.stderr


def test_5_an_article_over_its_time_limit_is_skipped_and_named(tmp_path):
    dense = " ".join(f"Chile and Peru signed agreement {i}, and Bolivia condemned Ecuador for its attack on Peru."
                     for i in range(1000))  # about 3 s to read here: a margin both ways on a loaded machine
    (tmp_path / "dense.txt").write_text(dense, encoding="utf-8")
    (tmp_path / "small.txt").write_text("Chile attacked Peru.", encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "dense.txt"), str(tmp_path / "small.txt"),
                                  "--store", str(tmp_path / "store"), "--time-limit", "1", "-q"])
    assert r.exit_code == 1
    assert "error: dense.txt: reading took over 1 s (the --time-limit); article skipped" in r.stderr
    assert r.stdout.startswith("1 articles, 1 relations, 1 failed, ")


# ---------------------------------------------------------------- 6. control characters in the XML exports


def test_6_xml_exports_of_evidence_with_control_characters_parse(tmp_path):
    import networkx as nx
    import rdflib

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Chile attacked Peru on Monday \x01\x07\x1b in the north.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--store", str(tmp_path / "store"), "-q"])
    assert r.exit_code == 0, r.output
    clean = "Chile attacked Peru on Monday  in the north."
    for fmt in ("graphml", "gexf", "rdfxml"):
        out = tmp_path / f"g.{fmt}"
        r = CliRunner().invoke(main, ["export", "--store", str(tmp_path / "store"), "--format", fmt, "-o", str(out)])
        assert r.exit_code == 0, r.output
        if fmt == "rdfxml":
            g = rdflib.Graph().parse(out, format="xml")
            evidence = {str(o) for o in g.objects(None, rdflib.URIRef("https://w3id.org/kg-bilateral/ontology#evidence"))}
        else:
            g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
            assert sorted(g.nodes) == ["CHL", "PER"]
            evidence = {d["evidence"] for *_, d in g.edges(data=True)}
        assert clean in str(evidence), (fmt, evidence)


# ---------------------------------------------------------------- 7. kg load streams


def test_7_loading_a_200_mb_n_triples_file_peaks_under_1_gb(tmp_path):
    big = tmp_path / "big.nt"
    n = 0
    with big.open("w", encoding="utf-8") as f:
        while f.tell() < 200_000_000:
            f.write(f'<http://example.org/s/{n // 10}> <http://example.org/p/{n % 7}> '
                    f'"value {n} of a generated literal long enough to look like a sentence of evidence" .\n')
            n += 1
    # a fresh interpreter whose only child is `kg load`: its peak RSS is the load's
    measure = ("import resource, subprocess, sys; "
               "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
               "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.stdout.strip(), r.stderr.strip())")
    out = subprocess.run([sys.executable, "-c", measure, sys.executable, "-m", "kg.cli", "load", str(big),
                          "--store", str(tmp_path / "store")], capture_output=True, text=True, timeout=600).stdout
    code, peak_kb, rest = out.split(" ", 2)
    assert code == "0", rest
    assert rest.startswith(f"loaded {n} quads into 1 graph"), rest
    assert int(peak_kb) < 1_000_000, f"peak {int(peak_kb) // 1024} MB"
    store = GraphStore(tmp_path / "store", create=False, read_only=True)
    assert store.quad_count() == n


def test_7_a_big_file_that_does_not_parse_leaves_the_store_as_it_was(monkeypatch, tmp_path):
    from kg import interop

    monkeypatch.setattr(interop, "IN_MEMORY_LOAD_BYTES", 1000)  # take the streaming path with a small file
    good = tmp_path / "good.nt"
    good.write_text("".join(f'<http://example.org/s{i}> <http://example.org/p> "v{i}" .\n' for i in range(100)), encoding="utf-8")
    r = CliRunner().invoke(main, ["load", str(good), "--store", str(tmp_path / "store")])
    assert r.exit_code == 0 and r.stdout.startswith("loaded 100 quads into 1 graph"), r.output
    bad = tmp_path / "good2.nt"
    bad.write_text(good.read_text(encoding="utf-8") * 3 + "<http://example.org/broken> <p> .\n", encoding="utf-8")
    bad.rename(tmp_path / "good.nt")  # same file name: it would replace the graph if it parsed
    r = CliRunner().invoke(main, ["load", str(tmp_path / "good.nt"), "--store", str(tmp_path / "store")])
    assert r.exit_code == 1 and "is not valid ntriples" in r.stderr and "Traceback" not in r.output
    assert GraphStore(tmp_path / "store", create=False, read_only=True).quad_count() == 100


# ---------------------------------------------------------------- 8-11. a running `kg serve`


@pytest.fixture(scope="module")
def kg_serve(tmp_path_factory):
    """The `kg serve` command itself, on the sample data, on a free loopback port."""
    from conftest import DATA, free_port
    from kg.server import wait_until_up

    store = tmp_path_factory.mktemp("serve") / "store"
    ingest_paths([DATA], GraphStore(store))
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--port", str(port), "--store", str(store), "--timeout", "3"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        wait_until_up(url, 30)
        yield proc, url, store
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_8_kg_serve_listens_on_loopback_only_by_default(kg_serve):
    """Run as a command with no --host, the server is reachable from this machine only."""
    _, url, _ = kg_serve
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    assert listening_addresses(port) == {"127.0.0.1"}


def _ask(url: str, query: str, post: bool = False, timeout: float = 10) -> tuple[int, str]:
    import urllib.error
    import urllib.parse
    import urllib.request

    data = urllib.parse.urlencode({"query": query}).encode() if post else None
    req = urllib.request.Request(url if post else url + "?" + urllib.parse.urlencode({"query": query}), data=data,
                                 headers={"Accept": "text/csv"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


COUNT_ARTICLES = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a <https://w3id.org/kg-bilateral/ontology#Article> } }"


def test_8_queries_that_crash_the_engine_get_400_and_the_server_answers_on(kg_serve):
    proc, url, _ = kg_serve
    nested = "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
    status, body = _ask(url, nested)
    assert status == 400 and "nests brackets 5002 deep" in body
    ors = "SELECT * WHERE { ?s ?p ?o FILTER(" + "||".join(f"?o={i}" for i in range(3000)) + ") }"
    status, body = _ask(url, ors, post=True)
    assert status == 400 and "2999 || and && operators" in body
    status, body = _ask(url, COUNT_ARTICLES)
    assert (status, body.split()) == (200, ["n", "9"]) and proc.poll() is None


def test_8_kg_query_refuses_them_with_one_line(kg_serve, tmp_path):
    _, _, store = kg_serve
    nested = "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
    r = subprocess.run([sys.executable, "-m", "kg.cli", "query", "-e", nested, "--store", str(store)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and r.stderr.strip().splitlines() == [
        "Error: the query nests brackets 5002 deep, over the 200 allowed; flatten it"]


def test_10_service_is_refused_and_nothing_is_sent(kg_serve):
    import socket

    _, url, _ = kg_serve
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(2)
    port = listener.getsockname()[1]
    status, body = _ask(url, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")
    assert status == 400 and "SERVICE is refused" in body
    with pytest.raises(socket.timeout):
        listener.accept()  # nobody called
    listener.close()
    # the word in a string or an IRI is not the keyword
    status, _ = _ask(url, 'SELECT * WHERE { ?s ?p "SERVICE" } LIMIT 1')
    assert status == 200


def test_11_a_hundred_clients_for_ten_seconds_without_a_stall(kg_serve):
    import socket

    _, url, _ = kg_serve
    host, port = "127.0.0.1", int(url.rsplit(":", 1)[1].split("/")[0])
    stop = time.monotonic() + 10

    def client(_):
        connects, answers, errors = [], 0, 0
        while time.monotonic() < stop:
            t = time.monotonic()
            try:
                with socket.create_connection((host, port), timeout=10) as s:
                    connects.append(time.monotonic() - t)
                    s.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\nConnection: close\r\n\r\n")
                    reply = b""
                    while chunk := s.recv(4096):
                        reply += chunk
                answers += reply.startswith(b"HTTP/1.1 200")
            except OSError:
                errors += 1
        return connects, answers, errors

    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(100) as pool:
        results = list(pool.map(client, range(100)))
    connects = [c for r in results for c in r[0]]
    assert sum(r[2] for r in results) == 0
    assert sum(r[1] for r in results) >= 200
    assert max(connects) < 2.0, f"slowest connection {max(connects):.1f} s"


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (from /proc)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
        todo += children_of(p)
    return total / 1024


CROSS_JOIN = "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1"


def test_9_a_runaway_query_is_stopped_at_the_timeout_and_its_memory_returned(kg_serve):
    proc, url, _ = kg_serve
    started = time.monotonic()
    status, body = _ask(url, CROSS_JOIN, timeout=30)
    assert status == 503 and "was stopped" in body
    assert time.monotonic() - started < 3 + 2  # the fixture's --timeout is 3 s
    time.sleep(1)
    assert _tree_rss_mb(proc.pid) < 500
    # eight at once, more than there are query processes: every later query still answers
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        statuses = [s for s, _ in pool.map(lambda _: _ask(url, CROSS_JOIN, timeout=30), range(8))]
    assert set(statuses) == {503}
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # replacements start in the background
        status, body = _ask(url, COUNT_ARTICLES)
        if status == 200:
            break
        time.sleep(0.5)
    assert (status, body.split()) == (200, ["n", "9"])
    assert _tree_rss_mb(proc.pid) < 500


# ---------------------------------------------------------------- 12. smaller


def test_12_zero_width_characters_inside_names_are_read_through(tmp_path):
    f = tmp_path / "zw.txt"
    f.write_text("Chi\u200ble attacked Pe\u00adru on Monday.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", str(f), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    (row,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert (row["subject"]["id"], row["type"], row["object"]["id"]) == ("CHL", "ASSAULT", "PER")
    assert row["evidence"] == "Chile attacked Peru on Monday."


def test_12_text_in_capitals_gets_a_warning(tmp_path):
    f = tmp_path / "caps.txt"
    f.write_text("CHILE ATTACKED PERU ON MONDAY AND BOLIVIA SIGNED A TREATY WITH ECUADOR IN QUITO.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", str(f), "--format", "jsonl"])
    assert r.exit_code == 0
    assert "warning: caps.txt: the text is in capitals; kg's parser reads ordinary mixed case" in r.stderr


def test_12_ctrl_c_stops_a_long_kg_query_within_a_second(kg_serve):
    _, _, store = kg_serve
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "query", "-e", CROSS_JOIN, "--store", str(store)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(4)  # loaded and evaluating
    assert proc.poll() is None
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert time.monotonic() - sent < 1.0
    assert proc.returncode == 130 and err.strip() == "Error: interrupted"


@pytest.mark.parametrize("args, said", [
    (["query", "-e", "SELECT * WHERE { ?s ?p ?o }"], "Error: interrupted"),
    (["export", "--format", "turtle"], "Error: interrupted"),
    (["ingest", "nothing-here.txt"], "Error: interrupted; the store holds every article finished before that"),
])
def test_12_a_ctrl_c_before_the_long_part_gets_the_commands_own_words(tmp_path, args, said):
    # CI once sent the Ctrl-C of the test above while kg query was still loading its modules
    # (a loaded machine), and the query printed the ingest's message; here the interrupt comes
    # at the first thing every command does, opening its store or reading its paths
    script = (
        "import sys, kg.store, kg.cli\n"
        "def stop(*a, **k):\n    raise KeyboardInterrupt\n"
        "kg.store.GraphStore.__init__ = stop\n"
        "import kg.pipeline; kg.pipeline.ingest_paths = stop\n"
        "sys.argv = ['kg'] + sys.argv[1:]\n"
        "kg.cli.main()\n"
    )
    r = subprocess.run([sys.executable, "-c", script, *args, "--store", str(tmp_path / "s")],
                       capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert (r.returncode, r.stderr.strip()) == (130, said)


def test_12_ctrl_c_stops_an_ingest_within_a_second_and_the_store_stays_whole(tmp_path):
    folder = _numbered_articles(tmp_path / "in", 1500)
    store = tmp_path / "store"
    # a session of its own, signalled as a terminal signals its foreground group: workers too
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(folder), "--store", str(store), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.5)
        try:
            if GraphStore(store, create=False, read_only=True).graph_count() >= 50:
                break
        except StoreError:  # not there yet, or being created this instant
            continue
    assert proc.poll() is None, "the ingest ended before it could be interrupted"
    sent = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert time.monotonic() - sent < 1.0
    assert proc.returncode == 130
    assert err.strip() == "Error: interrupted; the store holds every article finished before that"
    assert not children_of(proc.pid)
    stats = _stats(store)
    assert 50 <= stats["articles"] < 1500 and stats["relations"] == 2 * stats["articles"]  # the summary is refreshed
    r = CliRunner().invoke(main, ["validate", "--store", str(store)])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["ingest", str(folder), "--store", str(store), "-q"])  # the same run again completes it
    assert r.exit_code == 0 and _stats(store)["articles"] == 1500
