"""Reading the news where it is: article pages, RSS and Atom feeds and sitemaps over HTTP.

What is fetched: the URLs the user names, and the links inside the feeds and sitemaps
they name (a sitemap index's sitemaps included); never a link found inside an article.

How, politely (defaults a site owner would accept):

- robots.txt is read once per host and honoured for kg's user agent (a robots.txt that
  is missing, 4xx, allows everything; one that cannot be read, 5xx or no answer, allows
  nothing on that host, with a warning);
- at most ``rate`` requests a second to one host (1 by default), robots.txt included;
- a user agent naming kg and its version; a timeout on every request, and on the whole
  body; a size cap (a larger page is a warning, not read);
- 429 and 5xx answers, and connections that fail, are retried with back-off (1, 2, 4 s,
  or the Retry-After the server asks for, up to a minute), three times;
- conditional requests: the ETag and Last-Modified of each page read go into the store's
  fetch record (``fetched.json`` in the store folder), and a later run sends them back, so
  an unchanged page costs a 304 and nothing is written.

Incremental reading: a feed or sitemap item whose link is in the fetch record is not
fetched again (unless the item's own date moved); a page whose text is the text already
read is not handed on again. A page that fails is one warning with its URL and reason; the
others are read.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .errors import InputError
from .ingest import is_url

USER_AGENT = f"kg/{__version__} (news reader for a knowledge graph of relations between states; Python urllib)"
#: The part of the user agent robots.txt rules are matched against.
ROBOTS_AGENT = "kg"
DEFAULT_RATE = 1.0  # requests a second per host
DEFAULT_TIMEOUT = 20.0  # seconds per request
DEFAULT_MAX_BYTES = 5_000_000
RETRIES = 3
#: Local files read as feeds or sitemaps.
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
RECORD_FILE = "fetched.json"

Warn = Callable[[str], None]


class FetchError(Exception):
    """One URL that could not be read; the message says why, in one line."""


@dataclass
class Response:
    """What one request gave: the final URL, the body (None for a 304), and its headers."""

    url: str
    status: int
    body: bytes | None
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Item:
    """A link a feed or sitemap gives, with what it says of it."""

    url: str
    title: str | None = None
    date: str | None = None


class FetchRecord:
    """What earlier runs fetched, kept in the store folder: per URL its validators (ETag,
    Last-Modified), the hash of its text and the date its feed gave it."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, dict] = {}
        if path is not None and path.exists():
            try:
                self.entries = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.entries = {}  # a damaged record only costs a full fetch

    def get(self, url: str) -> dict:
        return self.entries.get(url, {})

    def put(self, url: str, **values) -> None:
        self.entries.setdefault(url, {}).update({k: v for k, v in values.items() if v is not None})

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.entries, indent=0, sort_keys=True), encoding="utf-8")
        tmp.replace(self.path)


@dataclass
class Fetcher:
    """HTTP GETs with the politeness of the module text."""

    rate: float = DEFAULT_RATE
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    backoff: float = 1.0
    record: FetchRecord = field(default_factory=lambda: FetchRecord(None))
    warn: Warn = lambda m: None  # noqa: E731
    requests: int = 0
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    # ------------------------------------------------------------ one request

    def _wait_turn(self, host: str) -> None:
        if self.rate <= 0:
            return
        gap = 1.0 / self.rate
        last = self._last.get(host)
        now = time.monotonic()
        if last is not None and now - last < gap:
            time.sleep(gap - (now - last))
        self._last[host] = time.monotonic()

    def _once(self, url: str, conditional: bool) -> Response:
        host = urllib.parse.urlsplit(url).netloc.lower()
        self._wait_turn(host)
        headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
        seen = self.record.get(url) if conditional else {}
        if seen.get("etag"):
            headers["If-None-Match"] = seen["etag"]
        if seen.get("last_modified"):
            headers["If-Modified-Since"] = seen["last_modified"]
        req = urllib.request.Request(url, headers=headers)
        self.requests += 1
        started = time.monotonic()
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310 - http(s) only, checked
                length = resp.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise FetchError(f"{int(length):,} bytes is over the size cap of {self.max_bytes:,} (--max-bytes)")
                chunks, size = [], 0
                while True:
                    chunk = resp.read(65536)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"over the size cap of {self.max_bytes:,} bytes (--max-bytes)")
                    if time.monotonic() - started > 4 * self.timeout:
                        raise FetchError(f"the body took over {4 * self.timeout:.0f} s")
                    chunks.append(chunk)
                return Response(resp.geturl(), resp.status, b"".join(chunks), resp.headers.get("Content-Type", ""),
                            resp.headers.get("ETag"), resp.headers.get("Last-Modified"))
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return Response(url, 304, None)
            raise

    def get(self, url: str, *, conditional: bool = True, check_robots: bool = True) -> Response:
        """The page at ``url``, after robots.txt and the host's turn; FetchError (one
        line) when it cannot be had. 429, 5xx and failed connections are retried."""
        if not is_url(url):
            raise FetchError("not an http(s) URL")
        if check_robots and not self.allowed(url):
            raise FetchError("disallowed by the site's robots.txt")
        delay = self.backoff
        for attempt in range(RETRIES + 1):
            try:
                return self._once(url, conditional)
            except urllib.error.HTTPError as exc:
                if exc.code != 429 and exc.code < 500:
                    raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
                if attempt == RETRIES:
                    raise FetchError(f"HTTP {exc.code} {exc.reason} after {RETRIES} retries") from None
                wait = _retry_after(exc.headers.get("Retry-After"))
                time.sleep(min(60.0, wait if wait is not None else delay))
            except (socket.timeout, TimeoutError):
                raise FetchError(f"no answer within {self.timeout:g} s (--fetch-timeout)") from None
            except urllib.error.URLError as exc:
                reason = exc.reason
                if isinstance(reason, (socket.timeout, TimeoutError)):
                    raise FetchError(f"no answer within {self.timeout:g} s (--fetch-timeout)") from None
                if attempt == RETRIES:
                    raise FetchError(f"cannot connect: {reason}") from None
                time.sleep(delay)
            except (ConnectionError, OSError) as exc:
                if attempt == RETRIES:
                    raise FetchError(f"connection failed: {exc}") from None
                time.sleep(delay)
            delay *= 2
        raise FetchError("gave up")  # not reached

    # ------------------------------------------------------------ robots.txt

    def allowed(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        if key not in self._robots:
            self._robots[key] = self._read_robots(key)
        rules = self._robots[key]
        return True if rules is None else rules.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, root: str) -> urllib.robotparser.RobotFileParser | None:
        rules = urllib.robotparser.RobotFileParser(root + "/robots.txt")
        try:
            page = self.get(root + "/robots.txt", conditional=False, check_robots=False)
        except FetchError as exc:
            if re.match(r"HTTP 4\d\d", str(exc)) and "429" not in str(exc):
                return None  # no robots.txt: everything is allowed
            self.warn(f"{root}/robots.txt: {exc}; nothing on {root} is fetched")
            rules.parse(["User-agent: *", "Disallow: /"])
            return rules
        rules.parse((page.body or b"").decode("utf-8", "replace").splitlines())
        return rules


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


# ---------------------------------------------------------------- feeds and sitemaps


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(node, *names: str) -> str | None:
    for c in node:
        if _local(c.tag) in names and (c.text or "").strip():
            return c.text.strip()
    return None


def feed_kind(body: bytes) -> str | None:
    """``rss``, ``atom``, ``sitemap`` or ``sitemapindex`` for a feed or sitemap, else None."""
    head = body[:2000].lstrip()
    if not head.startswith(b"<"):
        return None
    m = re.search(rb"<(?:[A-Za-z0-9_]+:)?(rss|feed|urlset|sitemapindex|RDF)\b", head)
    if not m:
        return None
    return {b"rss": "rss", b"RDF": "rss", b"feed": "atom", b"urlset": "sitemap", b"sitemapindex": "sitemapindex"}[m.group(1)]


def parse_feed(body: bytes, base: str = "") -> tuple[str, list[Item]]:
    """The kind of a feed or sitemap and its items (links made absolute against ``base``)."""
    kind = feed_kind(body)
    if kind is None:
        raise FetchError("not an RSS or Atom feed or a sitemap")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise FetchError(f"malformed XML: {exc}") from None
    items: list[Item] = []
    if kind == "rss":
        for node in root.iter():
            if _local(node.tag) == "item":
                link = _child_text(node, "link") or _child_text(node, "guid")
                if link:
                    items.append(Item(link, _child_text(node, "title"), _child_text(node, "pubdate", "date")))
    elif kind == "atom":
        for node in root.iter():
            if _local(node.tag) != "entry":
                continue
            href = None
            for c in node:
                if _local(c.tag) == "link" and c.get("rel", "alternate") == "alternate" and c.get("href"):
                    href = c.get("href")
                    break
            if href:
                items.append(Item(href, _child_text(node, "title"), _child_text(node, "published", "updated")))
    else:
        entry = "url" if kind == "sitemap" else "sitemap"
        for node in root:
            if _local(node.tag) != entry:
                continue
            loc = _child_text(node, "loc")
            if not loc:
                continue
            title = date = None
            for c in node.iter():
                name = _local(c.tag)
                if name == "title" and (c.text or "").strip():
                    title = c.text.strip()
                elif name in ("publication_date", "lastmod") and (c.text or "").strip() and date is None:
                    date = c.text.strip()
            items.append(Item(loc, title, date))
    for it in items:
        it.url = urllib.parse.urljoin(base, it.url.strip())
    return kind, [it for it in items if is_url(it.url)]


# ---------------------------------------------------------------- from URLs to articles


def text_hash(text: str) -> str:
    return hashlib.sha1(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()


def read_sources(sources: list[str], fetcher: Fetcher, warn: Warn) -> Iterator:
    """The articles the URLs and local feed files name (``kg.ingest.Article``), new or
    changed ones only (the module text); each failure is one warning."""
    from .ingest import html_article

    def article_from(page: Response, url: str, item: Item | None) -> object | None:
        kind = page.content_type.split(";")[0].strip().lower()
        if kind and not (kind.endswith(("html", "xml")) or kind == "text/plain"):
            warn(f"{url}: not a web page ({kind}); skipped")
            return None
        try:
            art = html_article(page.body or b"", page.url, warn)
        except InputError as exc:
            warn(f"{url}: {exc}; skipped")
            return None
        if item is not None:
            art.title = art.title or item.title
            if not art.date and item.date:
                from .ingest import parse_date

                art.date = parse_date(item.date)
        seen = fetcher.record.get(url)
        digest = text_hash(art.text)
        fetcher.record.put(url, etag=page.etag, last_modified=page.last_modified, text=digest,
                           item_date=item.date if item else None)
        if seen.get("text") == digest:
            return None  # the same text as last time (a server without validators)
        return art

    def article_at(url: str, item: Item) -> object | None:
        try:
            page = fetcher.get(url)
        except FetchError as exc:
            warn(f"{url}: {exc}; skipped")
            return None
        if page.status == 304:
            return None  # unchanged since the last run
        if feed_kind(page.body or b"") is not None:
            warn(f"{url}: a feed inside a feed is not followed; skipped")
            return None
        return article_from(page, url, item)

    def items_of(url: str, body: bytes, depth: int = 0) -> Iterator[Item]:
        kind, items = parse_feed(body, url)
        if kind != "sitemapindex":
            yield from items
            return
        if depth > 0:
            return  # an index inside an index is not followed
        for sm in items:
            try:
                page = fetcher.get(sm.url, conditional=False)
                yield from items_of(sm.url, page.body or b"", depth + 1)
            except FetchError as exc:
                warn(f"{sm.url}: {exc}; skipped")

    def from_feed(url: str, body: bytes) -> Iterator:
        try:
            items = list(items_of(url, body))
        except FetchError as exc:
            warn(f"{url}: {exc}; skipped")
            return
        for it in items:
            seen = fetcher.record.get(it.url)
            if seen and (not it.date or seen.get("item_date") == it.date):
                continue  # read on an earlier run
            art = article_at(it.url, it)
            if art is not None:
                yield art

    for src in sources:
        if not is_url(src):
            path = Path(src)
            try:
                body = path.read_bytes()
            except OSError as exc:
                warn(f"{path}: cannot read ({exc.strerror}); skipped")
                continue
            yield from from_feed(path.resolve().as_uri(), body)
            continue
        try:
            page = fetcher.get(src)
        except FetchError as exc:
            warn(f"{src}: {exc}; skipped")
            continue
        if page.status == 304:
            continue  # neither the page nor the feed changed since the last run
        if feed_kind(page.body or b"") is not None:
            fetcher.record.put(src, etag=page.etag, last_modified=page.last_modified)
            yield from from_feed(page.url, page.body or b"")
            continue
        art = article_from(page, src, None)
        if art is not None:
            yield art
