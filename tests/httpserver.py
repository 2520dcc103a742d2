"""A real HTTP server on 127.0.0.1 (port 0) in a thread, for the fetch and feed tests.

No mocking: requests talks to ``http.server.ThreadingHTTPServer`` over a socket.
Routes are plain functions of the request handler; :func:`standard_routes` installs
the cases the feed converter must survive::

    /article/N          a good article page (HTML, UTF-8, charset in the header)
    /missing            404
    /flaky              500 on the first request, 200 afterwards
    /busy               429 with Retry-After: 0, then 200
    /slow               headers only after SLOW_DELAY seconds (past the tests' timeout)
    /huge               a 100 MB body announced by Content-Length
    /huge-stream        a 100 MB body with no Content-Length (the cap must stop the read)
    /image.png          a PNG (wrong content type for a page)
    /loop-a, /loop-b    a redirect loop
    /to-ftp             a redirect to an ftp:// URL
    /moved/N            a redirect to /article/N
    /latin1             a windows-1252 page, no charset in the header
    /feed.xml           an RSS 2.0 feed over all of the above (see :func:`feed_items`)
    /delay/MS/N         a small page after MS milliseconds (benchmarks)

Run it by hand with ``python tests/httpserver.py`` (prints its URL).
"""

from __future__ import annotations

import html
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handler = Callable[["RequestHandler", re.Match], None]

SLOW_DELAY = 3.0
HUGE_BYTES = 100 * 1024 * 1024


class RequestHandler(BaseHTTPRequestHandler):
    """Dispatches GET requests to the routes of its server."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once (no 40 ms ACK stall)
    server: LocalServer

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        path = self.path.split("?", 1)[0]
        self.server.hits[path] = self.server.hits.get(path, 0) + 1
        self.server.user_agents.append(self.headers.get("User-Agent", ""))
        for pattern, handler in self.server.routes:
            match = pattern.fullmatch(path)
            if match:
                try:
                    handler(self, match)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (size cap, timeout): expected
                return
        self.send_body(b"not found", "text/plain", status=404)

    def send_body(self, body: bytes | str, content_type: str | None, *, status: int = 200,
                  headers: dict[str, str] | None = None) -> None:
        """Send a complete response with Content-Length."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # keep test output clean


class LocalServer(ThreadingHTTPServer):
    """ThreadingHTTPServer on 127.0.0.1:0 serving ``routes`` from a daemon thread."""

    daemon_threads = True
    request_queue_size = 128  # bursts of connections from a worker pool are not dropped

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), RequestHandler)
        self.routes: list[tuple[re.Pattern[str], Handler]] = []
        self.hits: dict[str, int] = {}
        self.user_agents: list[str] = []
        self.sent: dict[str, int] = {}
        self._thread: threading.Thread | None = None

    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # a client that hung up (size cap, timeout): expected in these tests
        super().handle_error(request, client_address)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, pattern: str, handler: Handler) -> None:
        """Serve paths matching ``pattern`` (a regex, full match) with ``handler``."""
        self.routes.append((re.compile(pattern), handler))

    def start(self) -> LocalServer:
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --------------------------------------------------------------------------- content

LOREM = (
    "The harbour authority said on {day} that the northern pier, closed since the storm, "
    "would reopen to ferries after engineers finished replacing {n} damaged pilings.",
    "Residents of the old quarter had waited {n} weeks for the decision, and several "
    "shop owners said the closure had cut their takings by nearly a third.",
    "\u201cWe are relieved, but we want guarantees,\u201d said Marta Øberg, who runs a caf\u00e9 "
    "by the water. \u201cThe next storm will come, and the pier must hold.\u201d",
    "The council will publish the engineers' report in full, a spokesman said, together "
    "with a timetable for the work on the southern breakwater.",
)


def article_title(n: int) -> str:
    return f"Harbour pier {n} reopens after storm repairs"


def article_paragraphs(n: int) -> list[str]:
    """The body text of article ``n``, paragraph by paragraph."""
    day = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")[n % 5]
    return [p.format(day=day, n=n + 3) for p in LOREM]


def article_date(n: int) -> datetime:
    return datetime(2024, 3, 1, 8, 30, tzinfo=timezone.utc) + timedelta(hours=n)


def article_html(n: int, *, charset: str = "utf-8", meta_charset: bool = True) -> str:
    """A plausible news page: header and footer chrome around one <article>."""
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in article_paragraphs(n))
    meta = f'<meta charset="{charset}">' if meta_charset else ""
    title = html.escape(article_title(n))
    return f"""<!DOCTYPE html>
<html lang="en"><head>{meta}<title>{title} | Harbour Times</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Harbour Times">
<meta name="author" content="Ines Calder">
<meta property="article:published_time" content="{article_date(n).isoformat()}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By Ines Calder</p>
{paras}
</article></main>
<footer><p>&copy; Harbour Times. All rights reserved.</p></footer>
</body></html>
"""


# --------------------------------------------------------------------------- handlers


def static(body: bytes | str, content_type: str | None = "text/html; charset=utf-8",
           status: int = 200, headers: dict[str, str] | None = None) -> Handler:
    data = body.encode("utf-8") if isinstance(body, str) else body

    def handler(req: RequestHandler, match: re.Match) -> None:
        req.send_body(data, content_type, status=status, headers=headers)

    return handler


def redirect(location: str, status: int = 302) -> Handler:
    def handler(req: RequestHandler, match: re.Match) -> None:
        req.send_body(b"", None, status=status, headers={"Location": location.format(*match.groups())})

    return handler


def fail_first(times: int, status: int, then: Handler, headers: dict[str, str] | None = None) -> Handler:
    """``status`` for the first ``times`` requests of the path, then ``then``."""
    lock = threading.Lock()
    seen: dict[str, int] = {}

    def handler(req: RequestHandler, match: re.Match) -> None:
        with lock:
            count = seen[req.path] = seen.get(req.path, 0) + 1
        if count <= times:
            req.send_body(b"try again", "text/plain", status=status, headers=headers)
        else:
            then(req, match)

    return handler


def delayed(seconds: float, then: Handler) -> Handler:
    def handler(req: RequestHandler, match: re.Match) -> None:
        time.sleep(seconds)
        then(req, match)

    return handler


def stream(total: int, *, content_length: bool, content_type: str = "text/html") -> Handler:
    """``total`` bytes sent in chunks until done or the client hangs up."""
    chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"

    def handler(req: RequestHandler, match: re.Match) -> None:
        req.send_response(200)
        req.send_header("Content-Type", content_type)
        if content_length:
            req.send_header("Content-Length", str(total))
        else:
            req.send_header("Connection", "close")
            req.close_connection = True
        req.end_headers()
        sent = 0
        try:
            while sent < total:
                piece = chunk[: total - sent]
                req.wfile.write(piece)
                sent += len(piece)
        finally:  # how much went out before the client hung up
            req.server.sent[req.path] = sent

    return handler


def article(req: RequestHandler, match: re.Match) -> None:
    req.send_body(article_html(int(match.group(1))), "text/html; charset=utf-8")


def delay_page(req: RequestHandler, match: re.Match) -> None:
    time.sleep(int(match.group(1)) / 1000)
    req.send_body(article_html(int(match.group(2))), "text/html; charset=utf-8")


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


# --------------------------------------------------------------------------- the feed


@dataclass
class FeedItem:
    """One item of the test feed; ``expect`` is None for a good item, else a word the
    failure reason must contain."""

    path: str | None
    title: str
    expect: str | None = None
    article: int | None = None


BAD_ITEMS = [
    FeedItem("/missing", "A page that is gone", "404"),
    FeedItem("/slow", "A server that never answers in time", "timed out"),
    FeedItem("/huge", "A 100 MB page", "too large"),
    FeedItem("/huge-stream", "A 100 MB page without Content-Length", "too large"),
    FeedItem("/image.png", "An image instead of a page", "content type"),
    FeedItem("/loop-a", "A redirect loop", "redirect loop"),
    FeedItem("/to-ftp", "A redirect to ftp", "'ftp'"),
    FeedItem(None, "An item without a link", "no link"),
    FeedItem("javascript:alert(1)", "An item linking to a script", "not an http(s) URL"),
]


def feed_items(count: int = 50) -> list[FeedItem]:
    """``count`` items: the bad cases, a flaky, a busy, a moved and a latin-1 page
    (all good in the end), and good articles to make up the number."""
    items = list(BAD_ITEMS)
    items += [
        FeedItem("/flaky", "A server error, then the page", None, article=900),
        FeedItem("/busy", "Too many requests, then the page", None, article=901),
        FeedItem("/moved/902", "A page that moved", None, article=902),
        FeedItem("/latin1", "A windows-1252 page without a charset header", None, article=903),
    ]
    n = 1
    while len(items) < count:
        items.append(FeedItem(f"/article/{n}", article_title(n), None, article=n))
        n += 1
    # Interleave bad and good so failures are spread through the run.
    return items[::2] + items[1::2]


def feed_xml(server: LocalServer, items: list[FeedItem]) -> str:
    parts = []
    for i, item in enumerate(items):
        url = item.path if item.path and ":" in item.path else server.url(item.path or "")
        link = f"<link>{html.escape(url)}</link>" if item.path else ""
        date = format_datetime(article_date(i))
        parts.append(
            f"<item><title>{html.escape(item.title)}</title>{link}"
            f"<description>Item {i}</description><pubDate>{date}</pubDate></item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Harbour Times</title><link>{server.base}/</link>"
        "<description>News from the harbour</description>"
        + "".join(parts) + "</channel></rss>\n")


LATIN1_TEXT = "Caf\u00e9 owners in the \u00abold quarter\u00bb welcome the pier\u2019s reopening"


def standard_routes(server: LocalServer, items: list[FeedItem] | None = None) -> None:
    """Install every route listed in the module docstring."""
    ok = article
    latin1_page = article_html(903, meta_charset=False).replace(
        "<p>", f"<p>{LATIN1_TEXT}. ", 1).encode("cp1252")
    server.route(r"/article/(\d+)", ok)
    server.route(r"/moved/(\d+)", redirect("/article/{0}", 301))
    server.route(r"/missing", static(b"gone", "text/plain", status=404))
    server.route(r"/flaky", fail_first(1, 500, static(article_html(900))))
    server.route(r"/busy", fail_first(1, 429, static(article_html(901)), {"Retry-After": "0"}))
    server.route(r"/slow", delayed(SLOW_DELAY, static(article_html(0))))
    server.route(r"/huge", stream(HUGE_BYTES, content_length=True))
    server.route(r"/huge-stream", stream(HUGE_BYTES, content_length=False))
    server.route(r"/image\.png", static(PNG, "image/png"))
    server.route(r"/loop-a", redirect("/loop-b"))
    server.route(r"/loop-b", redirect("/loop-a"))
    server.route(r"/to-ftp", redirect("ftp://127.0.0.1/article"))
    server.route(r"/latin1", static(latin1_page, "text/html"))
    server.route(r"/delay/(\d+)/(\d+)", delay_page)
    feed = feed_xml(server, items if items is not None else feed_items())
    server.route(r"/feed\.xml", static(feed, "application/rss+xml; charset=utf-8"))


if __name__ == "__main__":  # pragma: no cover
    with LocalServer() as srv:
        standard_routes(srv)
        print(f"serving on {srv.base} (feed: {srv.url('/feed.xml')}); Ctrl-C to stop")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
