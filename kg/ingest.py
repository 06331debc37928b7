"""Read paths (text, HTML, JSONL, folders) into Article values with their metadata."""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .errors import InputError

Warn = Callable[[str], None]

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}

#: Header keys read from the top of a text article ("Title: ...").
HEADER_KEYS = {"title", "date", "source", "url", "license", "author", "byline", "published"}

#: Lines that are markup debris, not prose: HTML comments, lone tags, tracking snippets.
JUNK_LINE = re.compile(r"^\s*(<?!--.*|.*-->|<[^>]{1,200}>|\{\{.*\}\})\s*$")

HEADER_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{1,15}?)\s*:\s*(.+?)\s*$")

DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b. %d, %Y",
    "%A, %B %d, %Y",
    "%A %d %B %Y",
    "%d.%m.%Y",
)


@dataclass
class Article:
    """One article: a stable id, what the input says about it, and its prose."""

    id: str
    name: str  # the input file's name (with "#line" for a JSONL record)
    text: str  # the prose the extractor reads; evidence offsets point into it
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd, only when the input gives one
    source: str | None = None
    url: str | None = None
    path: str | None = None
    warnings: list[str] = field(default_factory=list)
    author: str | None = None


def parse_date(value: str) -> str | None:
    """An ISO date for a date written in a common way, or None when it is not one."""
    v = re.sub(r"\s+", " ", value.strip()).rstrip(".")
    m = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$", v)
    if m:
        v = m.group(1)
    v = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", v)
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(v, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def article_id(key: str) -> str:
    """A stable id from what identifies an article (its URL, else its file name)."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


#: Larger single articles are refused (a whole book is not an article; JSONL is read line by line).
MAX_FILE_BYTES = 20_000_000
#: spaCy's own limit is a million characters per text; longer articles are cut at a paragraph.
MAX_ARTICLE_CHARS = 1_000_000
#: A stretch this long with no sentence end (. ! ? or a line break) is not prose: it is not
#: parsed (the parser's time grows with a sentence's length; news sentences stay under 500).
MAX_SENTENCE_CHARS = 5_000
#: A "word" this long is not prose either (a run of 200,000 commas, a data blob): only its
#: first characters are parsed (spaCy's tokenizer takes time quadratic in a word's length).
MAX_WORD_CHARS = 100

# anchored at the start of a stretch or word, so that each is scanned once: linear time
_UNENDED = re.compile(rf"(?:(?<=[.!?\n])|^)[^.!?\n]{{{MAX_SENTENCE_CHARS},}}")
_LONG_WORD = re.compile(rf"(?<!\S)\S{{{MAX_WORD_CHARS + 1},}}")


def unreadable_stretches(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` too long between sentence ends to be parsed (left out of the parse)."""
    return [m.span() for m in _UNENDED.finditer(text)]


def long_word_tails(text: str) -> list[tuple[int, int]]:
    """The parts of over-long words past their first :data:`MAX_WORD_CHARS` characters."""
    return [(m.start() + MAX_WORD_CHARS, m.end()) for m in _LONG_WORD.finditer(text)]


def _decode(raw: bytes, where: str, warn: Warn | None = None) -> str:
    """Text from bytes: UTF-8, else Windows-1252 (said in a warning), else a clear error."""
    if b"\x00" in raw[:4096]:
        raise InputError(f"{where}: looks like a binary file, not an article; give .txt, .html or .jsonl text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                f"{where}: not UTF-8 text (byte {exc.start}); convert it first, e.g. iconv -f latin1 -t utf-8"
            ) from None
        if warn:
            warn(f"{where}: not UTF-8 (byte {exc.start}); read as Windows-1252")
        return text


def _cap(text: str, where: str, warn: Warn | None) -> str:
    if len(text) <= MAX_ARTICLE_CHARS:
        return text
    cut = text.rfind("\n\n", 0, MAX_ARTICLE_CHARS)
    cut = cut if cut > MAX_ARTICLE_CHARS // 2 else MAX_ARTICLE_CHARS
    if warn:
        warn(f"{where}: {len(text):,} characters; read the first {cut:,} (split long documents into articles)")
    return text[:cut]


def clean_text(text: str) -> tuple[str, dict[str, str]]:
    """Split a plain-text article into its prose and the metadata its first lines give.

    Reads ``Key: value`` header lines, a dateline standing alone near the top, and a
    headline (the first short line without closing punctuation), and drops markup debris
    such as ``!-- Google tag (gtag.js) -->``. The headline is kept as the title, not prose.
    """
    meta: dict[str, str] = {}
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body: list[str] = []
    filled = 0  # non-blank lines in body so far (counted as they come: an article may have 100k lines)
    in_header = True
    for line in lines:
        stripped = line.strip()
        if JUNK_LINE.match(stripped):
            continue
        near_top = filled < 4
        m = HEADER_LINE.match(stripped)
        if m and (in_header or near_top) and m.group(1).strip().lower() in HEADER_KEYS:
            key = m.group(1).strip().lower()
            key = {"published": "date", "byline": "author"}.get(key, key)
            meta.setdefault(key, m.group(2))
            continue
        if stripped and in_header and body == [] and not m:
            in_header = False
        if stripped and near_top and "date" not in meta and parse_date(stripped):
            meta["date"] = stripped
            continue
        body.append(line)
        filled += bool(stripped)
    # headline: the first short line with no closing punctuation, unless a header gave one
    paragraphs = [b.strip() for b in body if b.strip()]
    if "title" not in meta and len(paragraphs) > 1:  # a lone line is the article, not its headline
        first = paragraphs[0]
        if len(first) <= 200 and not re.search(r"[.!?…”\"]$", first):
            meta["title"] = first
    if "title" in meta:
        title = meta["title"].strip()
        body = [b for b in body if b.strip() != title]
    prose = "\n".join(body).strip()
    prose = re.sub(r"\n{3,}", "\n\n", prose)
    return prose, meta


#: Invisible characters that split a name for the dictionaries ("Rus\u200bsia") and carry no
#: text: zero-width space, joiners, word joiner, soft hyphen, byte-order mark.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")


def _shouting(prose: str) -> bool:
    """Whether the text is set in capitals (old wire style): most of its letters upper case."""
    letters = [c for c in prose[:20_000] if c.isalpha()]
    return len(letters) >= 40 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _article(name: str, path: str | None, prose: str, meta: dict[str, str]) -> Article:
    raw_date = meta.get("date")
    iso = parse_date(raw_date) if raw_date else None
    warnings = []
    prose = INVISIBLE.sub("", prose)  # taken out before anything is read: offsets point into this text
    if _shouting(prose):
        warnings.append(f"{name}: the text is in capitals; kg's parser reads ordinary mixed case, "
                        "so it will find few relations (convert the text's case first)")
    if raw_date and not iso:
        warnings.append(f"{name}: date {raw_date!r} not understood, left missing")
    unended = unreadable_stretches(prose)
    if unended:
        longest = max(e - s for s, e in unended)
        warnings.append(f"{name}: {len(unended)} stretch(es) of over {MAX_SENTENCE_CHARS:,} characters with no "
                        f"sentence end (the longest {longest:,}) not read; break the text into sentences")
    url = meta.get("url")
    source = meta.get("source")
    if not url and source and re.match(r"https?://", source):
        url = source
    title = meta.get("title")
    return Article(
        id=article_id(url or name),
        name=name,
        text=prose,
        title=INVISIBLE.sub("", title) if title else title,
        date=iso,
        source=source,
        url=url,
        path=path,
        warnings=warnings,
        author=meta.get("author"),
    )


def read_text(path: Path, raw: bytes | None = None, warn: Warn | None = None) -> Article:
    """A plain-text article, with header lines (Title:, Date:, Source:) as metadata."""
    text = _decode(raw if raw is not None else path.read_bytes(), str(path), warn)
    return text_article(path.name, text, str(path), warn)


def text_article(name: str, text: str, path: str | None = None, warn: Warn | None = None) -> Article:
    """An article from plain text as a .txt file would give it (header lines read, prose cleaned)."""
    prose, meta = clean_text(text)
    prose = _cap(prose, name, warn)
    return _article(name, path, prose, meta)


_DROP_TAGS = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, button"
_BLOCK_TAGS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, figcaption"
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="DC.date"]',
    'meta[name="dc.date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[itemprop="datePublished"]',
)


def _meta(tree, selectors: tuple[str, ...]) -> str | None:
    for sel in selectors:
        node = tree.css_first(sel)
        if node is not None:
            value = node.attributes.get("content") or node.attributes.get("datetime")
            if value and value.strip():
                return value.strip()
    return None


#: Pages with more tags than this are read the plain way: trafilatura's time grows faster
#: than the page (a 10,000-tag table takes it 3 s, 40,000 tags 36 s); news pages have a
#: few thousand.
MAX_EXTRACTOR_TAGS = 8_000


@functools.lru_cache(maxsize=1)
def _trafilatura_config():
    """trafilatura's settings, but for short stories: by default a main text under 250
    characters is thrown away for a cruder whole-page reading that runs the headline,
    byline and paragraphs together."""
    from trafilatura.settings import use_config

    config = use_config()
    config["DEFAULT"]["MIN_EXTRACTED_SIZE"] = "20"
    config["DEFAULT"]["EXTRACTION_TIMEOUT"] = "0"  # kg's own per-article budget applies (no signal handlers)
    return config


def _main_text(html: str) -> tuple[str | None, dict[str, str]]:
    """The main text of a news page, paragraphs apart, and what trafilatura reads of its
    metadata; boilerplate (navigation, comments, related links, footers) left out."""
    import trafilatura

    if html.count("<") > MAX_EXTRACTOR_TAGS:
        return None, {}
    try:
        out = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                                  include_tables=False, include_images=False, deduplicate=False,
                                  config=_trafilatura_config())
    except Exception:  # noqa: BLE001 - a page the extractor chokes on is read the plain way
        return None, {}
    if not out:
        return None, {}
    found = json.loads(out)
    text = (found.get("text") or "").strip()
    meta = {"title": found.get("title"), "date": found.get("date"), "author": (found.get("author") or "").strip(" ·|,") or None,
            "url": found.get("url") if is_url(found.get("url") or "") else None,
            "source": found.get("sitename") or found.get("source-hostname")}
    titles = {t.casefold() for t in (meta["title"], found.get("title")) if t}
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # the headline and the byline above the story are not its prose
    while lines and (lines[0].casefold() in titles or _BYLINE.match(lines[0])):
        lines.pop(0)
    return ("\n\n".join(lines) or None), {k: v for k, v in meta.items() if v}


#: "By Ana Ruiz", "By Ana Ruiz, 2026-11-06", "By Ana Ruiz and Li Wei | Reuters": a byline, not a sentence.
_BYLINE = re.compile(r"^(?:By|From)\s+[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,5}(?:\s*(?:,|\||and|·)\s*[^.!?]{0,60})?$")


def is_url(value: str) -> bool:
    return bool(re.match(r"https?://", value, re.IGNORECASE))


def parse_html(html: str) -> tuple[str, dict[str, str]]:
    """The prose of an HTML page and its metadata (title, date, author, source, url): the
    main text as trafilatura finds it (scripts, navigation, comments and related links
    left out), else the page's text blocks."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    meta: dict[str, str] = {}
    title = _meta(tree, ('meta[property="og:title"]',))
    if not title:
        node = tree.css_first("title")
        title = node.text(strip=True) if node is not None else None
    if title:
        meta["title"] = title
    date_value = _meta(tree, _DATE_META)
    if not date_value:
        node = tree.css_first("time[datetime]")
        date_value = node.attributes.get("datetime") if node is not None else None
    if date_value:
        meta["date"] = date_value
    source = _meta(tree, ('meta[property="og:site_name"]', 'meta[name="publisher"]'))
    if source:
        meta["source"] = source
    url = _meta(tree, ('meta[property="og:url"]',))
    if not url:
        node = tree.css_first('link[rel="canonical"]')
        url = node.attributes.get("href") if node is not None else None
    if url:
        meta["url"] = url
    main, found = _main_text(html)
    for k in ("title", "date", "author", "url", "source"):
        if found.get(k):
            meta.setdefault(k, found[k])
    if main:
        prose, more = clean_text(main)
        for k, v in more.items():
            if k != "title":
                meta.setdefault(k, v)
        return prose, meta
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    blocks: list[str] = []
    if root is not None:
        for node in root.css(_BLOCK_TAGS):
            # a block inside another block is read with its parent
            parent, nested = node.parent, False
            while parent is not None and parent is not root:
                if parent.tag in {"p", "li", "blockquote", "td", "figcaption"}:
                    nested = True
                    break
                parent = parent.parent
            if nested:
                continue
            t = re.sub(r"\s+", " ", node.text(separator=" ")).strip()
            if t and t != meta.get("title"):
                blocks.append(t)
        if not blocks:
            t = re.sub(r"[ \t]+", " ", root.text(separator="\n")).strip()
            blocks = [line.strip() for line in t.split("\n") if line.strip()]
    prose, more = clean_text("\n\n".join(blocks))
    for k, v in more.items():
        if k != "title":
            meta.setdefault(k, v)
    return prose, meta


def html_article(raw: bytes, url: str, warn: Warn | None = None) -> Article:
    """A page fetched from ``url``: named by its URL, identified by its canonical URL."""
    html = _decode(raw, url, warn)
    prose, meta = parse_html(html)
    meta.setdefault("url", url)
    prose = _cap(prose, url, warn)
    return _article(url, None, prose, meta)


def read_html(path: Path, raw: bytes | None = None, warn: Warn | None = None) -> Article:
    """An HTML article: scripts, styles and navigation dropped, metadata from meta tags."""
    html = _decode(raw if raw is not None else path.read_bytes(), str(path), warn)
    prose, meta = parse_html(html)
    prose = _cap(prose, path.name, warn)
    return _article(path.name, str(path), prose, meta)


def read_jsonl(path: Path, raw: bytes | None = None, warn: Warn | None = None) -> Iterator[Article]:
    """Articles from JSON Lines: one object per line with text and optional title, date, url.

    A malformed line is reported through ``warn`` with its line number and skipped.
    """
    text = _decode(raw if raw is not None else path.read_bytes(), str(path), warn)
    # JSON Lines end in "\n" (or "\r\n"); a raw U+2028 or form feed inside a string is not a line end
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            if warn:
                warn(f"{where}: not valid JSON ({exc.msg}), line skipped")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            if warn:
                warn(f'{where}: needs a "text" string field, line skipped')
            continue
        meta = {
            k: str(record[k]).strip()
            for k in ("title", "date", "url", "source")
            if record.get(k) not in (None, "")
        }
        body = record["text"]
        if re.search(r"</?(p|div|br|script|html|body)\b", body, re.I):
            prose, more = parse_html(body)
        else:
            prose, more = clean_text(body)
            more.pop("title", None)  # a JSONL record's title is its "title" field
        for k, v in more.items():
            meta.setdefault(k, v)
        name = f"{path.name}#{lineno}"
        art = _article(name, str(path), _cap(prose, name, warn), meta)
        if not meta.get("url"):
            art.id = article_id(name)
        yield art


#: A folder's notes about itself, passed over without a warning when they are not articles.
FOLDER_NOTES = re.compile(r"^(?:README|LICEN[CS]E|COPYING|NOTICE|CHANGELOG|AUTHORS)(?:\.\w+)?$", re.I)


def expand_paths(paths: list[str | Path], warn: Warn | None = None) -> list[Path]:
    """Files to read: each file given, and the supported files found under each folder.

    A file of another type inside a folder is skipped with a warning through ``warn``
    (hidden files and folders, such as .git or .DS_Store, and a folder's own notes, such
    as README.md or LICENSE, silently)."""
    if not paths:
        raise InputError("no input given; name one or more .txt, .html or .jsonl files or folders")
    files: list[Path] = []
    for p in map(Path, paths):
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
        if p.is_dir():
            found, skipped = [], []
            for f in sorted(p.rglob("*")):
                if not f.is_file() or any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if f.suffix.lower() in SUFFIXES:
                    found.append(f)
                elif not FOLDER_NOTES.match(f.name):
                    skipped.append(f)
            if warn is not None:
                for f in skipped:
                    warn(f"{f}: unsupported file type {f.suffix or '(none)'!r}, skipped; kg reads .txt, .html, .htm and .jsonl")
            if not found:
                raise InputError(f"{p}: no .txt, .html, .htm or .jsonl files in this folder")
            files.extend(found)
        elif p.suffix.lower() not in SUFFIXES:
            raise InputError(
                f"{p}: unsupported file type {p.suffix or '(none)'!r}; kg reads .txt, .html, .htm and .jsonl"
            )
        else:
            files.append(p)
    return files


def read_file(path: Path, warn: Warn | None = None) -> Iterator[Article]:
    """The articles in one file, by its suffix."""
    kind = SUFFIXES[path.suffix.lower()]
    try:
        size = path.stat().st_size
        if size == 0:
            raise InputError(f"{path}: empty file, nothing to read")
        if kind != "jsonl" and size > MAX_FILE_BYTES:
            raise InputError(f"{path}: {size / 1e6:.0f} MB is too large for one article; split it into articles (one per file, or JSONL)")
        if kind == "jsonl":
            yield from _read_jsonl_stream(path, warn)
            return
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    if kind == "html":
        yield read_html(path, raw, warn)
    else:
        yield read_text(path, raw, warn)


def _read_jsonl_stream(path: Path, warn: Warn | None) -> Iterator[Article]:
    """JSONL read in chunks of lines, so a file of any size streams."""
    with path.open("rb") as fh:
        chunk: list[bytes] = []
        first = 1
        for i, line in enumerate(fh, start=1):
            chunk.append(line)
            if len(chunk) >= 1000:
                yield from _jsonl_chunk(path, b"".join(chunk), first, warn)
                chunk, first = [], i + 1
        if chunk:
            yield from _jsonl_chunk(path, b"".join(chunk), first, warn)


def _jsonl_chunk(path: Path, raw: bytes, first: int, warn: Warn | None) -> Iterator[Article]:
    offset = first - 1

    def shifted(message: str) -> None:
        if warn:
            head, _, rest = message.partition(": ")
            name, _, num = head.rpartition(":")
            warn(f"{name}:{int(num) + offset}: {rest}" if num.isdigit() else message)

    for art in read_jsonl(path, raw, shifted):
        if offset and "#" in art.name:
            base, _, num = art.name.rpartition("#")
            art.name = f"{base}#{int(num) + offset}"
            if not art.url:
                art.id = article_id(art.name)
        yield art


def read_articles(paths: list[str | Path], warn: Warn | None = None) -> Iterator[Article]:
    """Every article under ``paths``; raises InputError for a bad path before reading any."""
    for f in expand_paths(paths, warn):
        yield from read_file(f, warn)
