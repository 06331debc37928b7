"""A small news site on loopback for the fetching tests (issue 16): article pages with
navigation, related links, comments and a footer around the story; an RSS feed, an Atom
feed and a news sitemap; a robots.txt that disallows /private/; a page that answers 503
once and then 200; one that does not answer in time; one over the size cap. Every page
here is written for the project. The server logs each request (path, headers, time)."""

from __future__ import annotations

import hashlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

#: Sentences in the boilerplate around each story: each would give a relation if read.
BOILERPLATE = {
    "nav": "Russia attacks Ukraine: live updates",
    "related": "China accused India of violating the border agreement.",
    "comment": "France criticised Italy over its migrant policy.",
    "footer": "Iran threatened Israel with retaliation, our archive shows.",
}

STORIES = {
    "pact": ("Japan and Australia sign defence agreement", "2026-11-02",
             ["Japan and Australia signed a new defence agreement in Canberra on Monday.",
              "Officials said the pact had taken two years to negotiate."]),
    "aid": ("Germany pledges aid to Ukraine", "2026-11-03",
            ["Germany pledged humanitarian aid to Ukraine on Tuesday, the German foreign ministry said."]),
    "nuclear": ("Brazil and Argentina to cooperate on nuclear safety", "2026-11-04",
                ["Brazil and Argentina agreed to cooperate on nuclear safety, officials in Brasilia said on Wednesday."]),
    "expel": ("Kenya expels Somali diplomats", "2026-11-05",
              ["Kenya expelled two Somali diplomats on Thursday, accusing Somalia of interfering in its affairs."]),
    "flaky": ("Canada imposes sanctions on Venezuela", "2026-11-06",
              ["Canada imposed sanctions on Venezuela over the disputed election."]),
    "late": ("Norway welcomes Finland's decision", "2026-11-07",
             ["Norway welcomed Finland's decision to join the agreement."]),
    "secret": ("Chile and Peru sign a trade pact", "2026-11-08",
               ["Chile and Peru signed a trade agreement on Saturday."]),
    "slow": ("Egypt criticises Sudan", "2026-11-09", ["Egypt criticised Sudan over the dam talks."]),
    "huge": ("Spain and Portugal agree on water", "2026-11-10", ["Spain and Portugal signed a water-sharing agreement."]),
}


def article_html(slug: str, base: str, padding: int = 0) -> bytes:
    title, day, paragraphs = STORIES[slug]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    filler = "<!-- " + "x" * padding + " -->" if padding else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Loopback News</title>
<link rel="canonical" href="{base}/news/{slug}.html">
<meta property="og:site_name" content="Loopback News">
<meta property="article:published_time" content="{day}T08:00:00Z">
<meta name="author" content="Ana Ruiz">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world/">World</a></li>
<li><a href="/live/">{BOILERPLATE['nav']}</a></li></ul></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Ana Ruiz, {day}</p>{body}</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/border.html">{BOILERPLATE['related']}</a></li></ul></aside>
<section id="comments" class="comments"><h2>Comments (1)</h2>
<div class="comment"><p class="author">reader42</p><p>{BOILERPLATE['comment']}</p></div></section>
</main>{filler}
<footer><p>{BOILERPLATE['footer']}</p><p>Copyright 2026 Loopback News</p></footer>
</body></html>""".encode()


def rss(base: str, slugs: list[str]) -> bytes:
    items = "".join(f"<item><title>{STORIES[s][0]}</title><link>{base}/{'private' if s == 'secret' else 'news'}/{s}.html</link>"
                    f"<pubDate>Mon, 0{i + 2} Nov 2026 08:00:00 GMT</pubDate></item>" for i, s in enumerate(slugs))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Loopback News: world</title>'
            f"<link>{base}/</link>{items}</channel></rss>").encode()


def atom(base: str, slugs: list[str]) -> bytes:
    entries = "".join(f'<entry><title>{STORIES[s][0]}</title><link rel="alternate" href="{base}/news/{s}.html"/>'
                      f"<id>tag:loopback,2026:{s}</id><updated>{STORIES[s][1]}T08:00:00Z</updated></entry>" for s in slugs)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Loopback News</title>'
            f"<id>tag:loopback,2026:feed</id><updated>2026-11-10T00:00:00Z</updated>{entries}</feed>").encode()


def sitemap(base: str, slugs: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{base}/news/{s}.html</loc><news:news><news:publication_date>{STORIES[s][1]}"
                   f"</news:publication_date><news:title>{STORIES[s][0]}</news:title></news:news></url>" for s in slugs)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>').encode()


class NewsSite:
    """The site: ``start()`` it on a free loopback port; ``log`` holds (path, headers, time)."""

    def __init__(self, max_bytes: int = 100_000, slow_seconds: float = 3.0) -> None:
        self.rss_items = ["pact", "secret", "flaky", "slow"]
        self.atom_items = ["aid", "huge"]
        self.sitemap_items = ["nuclear", "expel"]
        self.log: list[tuple[str, dict, float]] = []
        self.max_bytes = max_bytes
        self.slow_seconds = slow_seconds
        self._flaky_calls = 0
        self.server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def requests_to(self, path: str) -> list[tuple[str, dict, float]]:
        return [r for r in self.log if r[0] == path]

    def body(self, path: str) -> tuple[int, bytes, str]:
        base = self.base
        if path == "/robots.txt":
            return 200, b"User-agent: *\nDisallow: /private/\n", "text/plain"
        if path == "/feed.rss":
            return 200, rss(base, self.rss_items), "application/rss+xml"
        if path == "/feed.atom":
            return 200, atom(base, self.atom_items), "application/atom+xml"
        if path == "/sitemap.xml":
            return 200, sitemap(base, self.sitemap_items), "application/xml"
        if path.startswith(("/news/", "/private/")) and path.endswith(".html"):
            slug = path.rsplit("/", 1)[1][:-5]
            if slug not in STORIES:
                return 404, b"not found", "text/plain"
            if slug == "flaky":
                self._flaky_calls += 1
                if self._flaky_calls == 1:
                    return 503, b"busy", "text/plain"
            if slug == "slow":
                time.sleep(self.slow_seconds)
            return 200, article_html(slug, base, padding=2 * self.max_bytes if slug == "huge" else 0), "text/html; charset=utf-8"
        return 404, b"not found", "text/plain"

    def start(self) -> NewsSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                site.log.append((self.path, dict(self.headers), time.monotonic()))
                status, body, ctype = site.body(self.path)
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if status == 200:
                    self.send_header("ETag", etag)
                if status == 503:
                    self.send_header("Retry-After", "0")
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
