"""fetch: every failure kind against a real local HTTP server, each with its own reason."""

from __future__ import annotations

import re
import threading
import time
import tracemalloc

import pytest
import requests

import syndicate
from httpserver import (
    HUGE_BYTES,
    LocalServer,
    article_html,
    delayed,
    fail_first,
    redirect,
    standard_routes,
    static,
)
from syndicate.fetch import Fetcher, fetch_feed, fetch_page

# Short timeouts and backoff keep the suite fast; the server's slow route waits 3 s.
LIMITS = syndicate.Limits(
    fetch_connect_timeout=1.0, fetch_read_timeout=0.5, fetch_backoff=0.01,
    fetch_retries=2, max_redirects=3, max_fetch_bytes=1024 * 1024,
    allow_private_addresses=True,  # the test server is on 127.0.0.1
)


@pytest.fixture(scope="module")
def server():
    with LocalServer() as srv:
        standard_routes(srv)
        srv.route(r"/always-500", static(b"broken", "text/plain", status=500))
        srv.route(r"/busy-long", fail_first(99, 429, static(article_html(1)),
                                            {"Retry-After": "3600"}))
        srv.route(r"/chain/(\d+)", lambda req, m: redirect(
            f"/chain/{int(m.group(1)) - 1}" if int(m.group(1)) > 0 else "/article/7")(req, m))
        srv.route(r"/xhtml", static(article_html(2), "application/xhtml+xml"))
        srv.route(r"/no-type", static(article_html(3), None))
        srv.route(r"/html-feed", static(article_html(4), "text/html"))
        srv.route(r"/drip", drip)
        yield srv


def drip(req, match) -> None:
    """A byte every 0.1 s: never silent long enough for the read timeout."""
    req.send_response(200)
    req.send_header("Content-Type", "text/html")
    req.send_header("Content-Length", "100000")
    req.end_headers()
    for _ in range(100000):
        req.wfile.write(b"x")
        req.wfile.flush()
        time.sleep(0.1)


@pytest.fixture()
def fetcher():
    with Fetcher(LIMITS) as f:
        yield f


def reason(fetcher: Fetcher, url: str) -> str:
    with pytest.raises(syndicate.FetchError) as info:
        fetcher.fetch(url)
    assert info.value.url == url
    return info.value.reason


def test_good_page(server, fetcher) -> None:
    page = fetcher.fetch(server.url("/article/5"))
    assert page.url == server.url("/article/5")
    assert page.content == article_html(5).encode("utf-8")
    assert (page.content_type, page.encoding) == ("text/html", "utf-8")


def test_user_agent_is_honest(server, fetcher) -> None:
    fetcher.fetch(server.url("/article/6"))
    agent = server.user_agents[-1]
    assert agent.startswith(f"syndicate/{syndicate.__version__} (")
    assert "Mozilla" not in agent


def test_redirects_are_followed_to_the_final_url(server, fetcher) -> None:
    page = fetcher.fetch(server.url("/moved/8"))
    assert page.url == server.url("/article/8")
    assert page.content == article_html(8).encode()
    assert fetcher.fetch(server.url("/chain/2")).url == server.url("/article/7")


def test_404(server, fetcher) -> None:
    assert reason(fetcher, server.url("/missing")) == "HTTP 404 Not Found"


def test_500_then_200_is_retried(server, fetcher) -> None:
    url = server.url("/flaky?case=retry")
    page = fetcher.fetch(url)
    assert page.content == article_html(900).encode()
    assert server.hits["/flaky"] >= 2


def test_persistent_500_gives_up_after_the_retries(server, fetcher) -> None:
    before = server.hits.get("/always-500", 0)
    text = reason(fetcher, server.url("/always-500"))
    assert text == "HTTP 500 Internal Server Error (after 3 attempts)"
    assert server.hits["/always-500"] - before == 3


def test_429_waits_for_retry_after_within_the_cap(server, fetcher) -> None:
    assert fetcher.fetch(server.url("/busy?case=429")).content == article_html(901).encode()
    before = server.hits.get("/busy-long", 0)
    text = reason(fetcher, server.url("/busy-long"))
    assert "429" in text and "Retry-After 3600 s is over the 30 s limit" in text
    assert server.hits["/busy-long"] - before == 1  # no pointless retries


def test_slow_response_times_out(server, fetcher) -> None:
    text = reason(fetcher, server.url("/slow"))
    assert text == "timed out: no response within 0.5 s"


def test_dripping_body_hits_the_total_timeout(server) -> None:
    limits = syndicate.Limits(fetch_read_timeout=0.5, fetch_total_timeout=1.0,
                              allow_private_addresses=True)
    with Fetcher(limits) as fetcher:
        assert reason(fetcher, server.url("/drip")) == "timed out: response not complete within 1 s"


def test_oversized_body_announced_by_content_length(server, fetcher) -> None:
    text = reason(fetcher, server.url("/huge"))
    assert text.startswith("response too large: Content-Length 104,857,600 bytes")


def test_oversized_streamed_body_is_abandoned_not_read_into_memory(server, fetcher) -> None:
    tracemalloc.start()
    try:
        text = reason(fetcher, server.url("/huge-stream"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert text.startswith("response too large: over the limit of 1,048,576 bytes")
    assert peak < 8 * LIMITS.max_fetch_bytes  # the 100 MB body was never held
    deadline = time.monotonic() + 5
    while "/huge-stream" not in server.sent and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.sent["/huge-stream"] < HUGE_BYTES // 2  # the download really stopped


def test_wrong_content_type(server, fetcher) -> None:
    text = reason(fetcher, server.url("/image.png"))
    assert text == "unexpected content type 'image/png' (expected an HTML page)"
    with pytest.raises(syndicate.FetchError, match="expected an RSS/Atom feed"):
        fetcher.fetch(server.url("/html-feed"), kind="feed")
    assert fetcher.fetch(server.url("/xhtml")).content_type == "application/xhtml+xml"
    assert fetcher.fetch(server.url("/no-type")).content_type is None  # left to the reader


def test_redirect_loop_and_too_many_redirects(server, fetcher) -> None:
    text = reason(fetcher, server.url("/loop-a"))
    assert text.startswith("redirect loop (") and "/loop-b" in text
    assert reason(fetcher, server.url("/chain/9")) == "too many redirects (more than 3)"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)",
                                 "gopher://127.0.0.1/"])
def test_only_http_and_https(fetcher, url: str) -> None:
    assert reason(fetcher, url).startswith("unsupported URL scheme")


def test_redirect_to_another_scheme_is_refused(server, fetcher) -> None:
    text = reason(fetcher, server.url("/to-ftp"))
    assert text == "redirected to an unsupported URL scheme 'ftp' (only http and https are fetched)"


def test_connection_refused(fetcher) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    text = reason(fetcher, f"http://127.0.0.1:{port}/")
    assert text.startswith("could not connect") and text.endswith("(after 3 attempts)")


def test_bad_urls(fetcher) -> None:
    assert reason(fetcher, "http://") == "invalid URL 'http://': no host"
    with pytest.raises(syndicate.FetchError, match="empty URL"):
        fetcher.fetch("  ")


def test_non_utf8_page_without_charset_keeps_its_bytes(server, fetcher) -> None:
    page = fetcher.fetch(server.url("/latin1"))
    assert page.encoding is None and page.content_type == "text/html"
    assert "Caf\u00e9 owners".encode("cp1252") in page.content


def test_public_functions_and_own_session(server) -> None:
    session = requests.Session()
    page = fetch_page(server.url("/article/9"), limits=LIMITS, session=session)
    assert page.content == article_html(9).encode()
    assert fetch_feed(server.url("/feed.xml"), limits=LIMITS).content.startswith(b"<?xml")
    with pytest.raises(syndicate.FetchError):
        fetch_page(server.url("/feed.xml"), limits=LIMITS)  # a feed is not a page


def _concurrency(per_host: int, workers: int) -> int:
    """Most requests in flight at once at the server, for 12 fetches of 0.15 s each."""
    state = {"now": 0, "max": 0}
    lock = threading.Lock()

    def counting(req, match):
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        try:
            delayed(0.15, static(article_html(1)))(req, match)
        finally:
            with lock:
                state["now"] -= 1

    from syndicate.feedconvert import run_pool

    with LocalServer() as srv, Fetcher(LIMITS, per_host=per_host) as fetcher:
        srv.route(r"/c/(\d+)", counting)
        urls = [srv.url(f"/c/{i}") for i in range(12)]
        pages = run_pool(urls, fetcher.fetch, workers=workers)
    assert [p.url for p in pages] == urls  # results in input order
    return state["max"]


def test_per_host_limit_bounds_requests_in_flight() -> None:
    assert _concurrency(per_host=2, workers=8) <= 2
    assert _concurrency(per_host=8, workers=8) > 2  # and the pool does run in parallel


def test_failure_reasons_are_all_distinct(server, fetcher) -> None:
    paths = ["/missing", "/always-500", "/slow", "/huge", "/huge-stream", "/image.png",
             "/loop-a", "/to-ftp"]
    reasons = [re.sub(r"http://\S+", "URL", reason(fetcher, server.url(p))) for p in paths]
    kinds = {r.split(" ")[0] + r.split(" ")[1] for r in reasons}
    assert len(set(reasons)) == len(paths) and len(kinds) >= 6, reasons
