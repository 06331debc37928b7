"""Reading articles: header lines, HTML meta tags, JSONL fields, junk removal, bad paths."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.ingest import article_id, clean_text, parse_date, read_articles, read_html, read_text

TEXT_ARTICLE = """Title: Chile and Peru sign a fisheries accord
Date: 2024-06-03
Source: Example Wire

Chile and Peru signed a fisheries accord on Monday.

The two countries agreed to share patrol data.
"""

HTML_ARTICLE = """<!DOCTYPE html><html><head>
<title>Page title</title>
<meta property="og:title" content="Ghana and Togo open a border post">
<meta property="article:published_time" content="2024-02-10T08:30:00Z">
<meta property="og:site_name" content="Example Daily">
<script>var tracker = "Ghana attacked Togo";</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">Ghana news</a></nav>
<article><p>Ghana and Togo opened a joint border post.</p><p>Officials from both countries attended.</p></article>
<footer>Copyright Example Daily</footer>
</body></html>"""


def test_text_headers_become_metadata_and_leave_the_prose(tmp_path):
    f = tmp_path / "fish.txt"
    f.write_text(TEXT_ARTICLE, encoding="utf-8")
    a = read_text(f)
    assert (a.title, a.date, a.source) == ("Chile and Peru sign a fisheries accord", "2024-06-03", "Example Wire")
    assert a.text.startswith("Chile and Peru signed")
    assert "Title:" not in a.text and "Source:" not in a.text
    assert a.name == "fish.txt"
    assert a.id == article_id("fish.txt")


def test_headline_dateline_and_tag_debris():
    text = "!-- Google tag (gtag.js) -->\n\nKenya Hosts Talks\n\nKenya hosted talks.\n\nMarch 3, 2022\nKenya Hosts Talks\nSOURCE: AGENCY\n\nMore prose here."
    prose, meta = clean_text(text)
    assert meta["title"] == "Kenya Hosts Talks"
    assert parse_date(meta["date"]) == "2022-03-03"
    assert meta["source"] == "AGENCY"
    assert "gtag" not in prose and "Kenya Hosts Talks" not in prose and "SOURCE" not in prose
    assert prose == "Kenya hosted talks.\n\nMore prose here."


def test_a_missing_date_stays_missing(tmp_path):
    f = tmp_path / "nodate.txt"
    f.write_text("Title: No date here\n\nNepal and Bhutan held talks in 2019 about trade.\n", encoding="utf-8")
    assert read_text(f).date is None


def test_html_metadata_and_no_script_or_navigation(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML_ARTICLE, encoding="utf-8")
    a = read_html(f)
    assert (a.title, a.date, a.source) == ("Ghana and Togo open a border post", "2024-02-10", "Example Daily")
    assert a.text == "Ghana and Togo opened a joint border post.\n\nOfficials from both countries attended."


def test_jsonl_records_and_a_malformed_line(tmp_path):
    f = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"title": "One", "date": "2023-01-02", "url": "https://example.org/1", "text": "Oman welcomed Qatar."}),
        "{not json",
        json.dumps({"text": "Fiji thanked Samoa."}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    warnings: list[str] = []
    arts = list(read_articles([f], warnings.append))
    assert [(a.title, a.date, a.url, a.text) for a in arts] == [
        ("One", "2023-01-02", "https://example.org/1", "Oman welcomed Qatar."),
        (None, None, None, "Fiji thanked Samoa."),
    ]
    assert arts[0].id == article_id("https://example.org/1")
    assert arts[1].name == "wire.jsonl#3"
    assert len(warnings) == 1 and warnings[0].startswith("wire.jsonl:2: not valid JSON")


def test_folders_are_walked_for_supported_files(tmp_path):
    (tmp_path / "a.txt").write_text("Peru thanked Chile.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.htm").write_text("<p>Chile thanked Peru.</p>", encoding="utf-8")
    assert sorted(a.name for a in read_articles([tmp_path])) == ["a.txt", "b.htm"]


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "missing.txt", "no such file or folder"),
        (lambda p: (p / "x.pdf").write_bytes(b"%PDF") and p / "x.pdf", "unsupported file type '.pdf'"),
        (lambda p: (p / "bin.txt").write_bytes(b"\x00\x01\x02") and p / "bin.txt", "binary file"),
        (lambda p: (p / "empty.txt").write_bytes(b"") or p / "empty.txt", "empty file, nothing to read"),
        (lambda p: (p / "bad.txt").write_bytes(b"Peru \x81\x8d\x8f\x90 Chile") and p / "bad.txt", "not UTF-8 text (byte 5)"),
    ],
)
def test_bad_inputs_raise_one_clear_error(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(InputError) as info:
        list(read_articles([path]))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "value, iso",
    [("2021-04-15", "2021-04-15"), ("April 15, 2021", "2021-04-15"), ("15 April 2021", "2021-04-15"),
     ("2024-02-10T08:30:00+02:00", "2024-02-10"), ("Wednesday", None), ("sometime in 2021", None)],
)
def test_dates(value, iso):
    assert parse_date(value) == iso


def test_windows_1252_is_read_with_a_warning(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Peru and Chile signed a caf\xe9 deal \u201ctoday\u201d.".encode("cp1252"))
    warnings: list[str] = []
    (a,) = read_articles([f], warnings.append)
    assert a.text == "Peru and Chile signed a caf\xe9 deal \u201ctoday\u201d."
    assert warnings == [f"{f}: not UTF-8 (byte 27); read as Windows-1252"]


def test_a_too_large_article_is_refused_and_a_long_one_is_cut(tmp_path, monkeypatch):
    import kg.ingest as ingest

    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 1000)
    with pytest.raises(InputError, match="MB is too large for one article; split it"):
        list(read_articles([big]))
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 10_000)
    monkeypatch.setattr(ingest, "MAX_ARTICLE_CHARS", 100)
    long = tmp_path / "long.txt"
    long.write_text("Title: T\n\n" + "Peru thanked Chile. " * 4 + "\n\n" + "Chile thanked Peru. " * 10, encoding="utf-8")
    warnings: list[str] = []
    (a,) = read_articles([long], warnings.append)
    assert a.text == "Peru thanked Chile. " * 4
    assert warnings == ["long.txt: 281 characters; read the first 80 (split long documents into articles)"]


def test_one_bad_file_in_a_folder_is_skipped_with_a_warning(tmp_path):
    from kg.pipeline import iter_articles

    (tmp_path / "good.txt").write_text("Peru thanked Chile.", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    warnings: list[str] = []
    _, arts = iter_articles([tmp_path], warnings.append)
    assert [a.name for a in arts] == ["good.txt"]
    assert len(warnings) == 1 and warnings[0].endswith("looks like a binary file, not an article; give .txt, .html or .jsonl text; skipped")


def test_large_jsonl_streams_with_line_numbers(tmp_path):
    f = tmp_path / "many.jsonl"
    lines = [json.dumps({"text": f"Peru thanked Chile {i}."}) for i in range(2500)]
    lines[1700] = "{broken"
    f.write_text("\n".join(lines), encoding="utf-8")
    warnings: list[str] = []
    arts = list(read_articles([f], warnings.append))
    assert len(arts) == 2499
    assert arts[-1].name == "many.jsonl#2500"
    assert warnings == ["many.jsonl:1701: not valid JSON (Expecting property name enclosed in double quotes), line skipped"]


def test_files_of_other_types_in_a_folder_are_each_named_in_a_warning(tmp_path):
    (tmp_path / "one.txt").write_text("Chile and Peru signed a fisheries pact.", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "README.md").write_text("# about these articles", encoding="utf-8")  # the folder's notes: no warning
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main", encoding="utf-8")
    warnings: list[str] = []
    arts = list(read_articles([tmp_path], warnings.append))
    assert [a.name for a in arts] == ["one.txt"]
    assert warnings == [
        f"{tmp_path / 'scan.pdf'}: unsupported file type '.pdf', skipped; kg reads .txt, .html, .htm and .jsonl",
        f"{tmp_path / 'sub' / 'notes.md'}: unsupported file type '.md', skipped; kg reads .txt, .html, .htm and .jsonl",
    ]


def test_one_sentence_without_a_full_stop_is_an_article(tmp_path):
    f = tmp_path / "line.txt"
    f.write_text("Chile and Peru signed a fisheries pact", encoding="utf-8")
    [art] = read_articles([f])
    assert art.text.strip() == "Chile and Peru signed a fisheries pact"
