#!/usr/bin/env python3
"""Fetch throughput against worker count (a benchmark, not a test).

Serves article pages from the tests' local HTTP server (127.0.0.1) with a fixed
delay per request, as a slow news site would, and fetches N of them through
``syndicate.fetch.Fetcher`` on ``feedconvert.run_pool`` with 1, 2, 4... workers.
With the delay dominating, pages/s should grow about linearly with the workers
until the per-host limit caps it (the last rows show that cap at work).

    python bench/fetch_bench.py [--pages 48] [--delay-ms 100] [--workers 1,2,4,8,16]
                                [--parse]   # also run the HTML reader on every page

Then the incremental case a cron job lives in: the same feed of N pages (with ETags,
the server delay on every answer, 304s included) converted to RSS twice with
``--cache-dir``; the second run makes only conditional requests and reads no page
again, and its time is printed against the first's.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from httpserver import LocalServer, RequestHandler, article_html, standard_routes  # noqa: E402
from syndicate.feedconvert import page_content, run_pool  # noqa: E402
from syndicate.fetch import Fetcher  # noqa: E402
from syndicate.limits import Limits  # noqa: E402


def run(server: LocalServer, pages: int, delay_ms: int, workers: int, per_host: int,
        parse: bool) -> float:
    urls = [server.url(f"/delay/{delay_ms}/{i}") for i in range(pages)]
    limits = Limits(fetch_workers=workers, fetch_per_host=per_host)
    with Fetcher(limits, per_host=per_host) as fetcher:
        def work(url: str) -> int:
            page = fetcher.fetch(url)
            if parse:
                import syndicate

                syndicate.parse(page_content(page), url=page.url)
            return len(page.content)

        start = time.perf_counter()
        sizes = run_pool(urls, work, workers=workers)
        elapsed = time.perf_counter() - start
    assert len(sizes) == pages and all(sizes)
    return elapsed


CORPUS = ROOT.parent / "shared" / "corpus" / "scrapinghub" / "html"


def real_pages(folder: Path, count: int) -> list[bytes]:
    """Up to ``count`` real article pages (``*.html.gz``), for a realistic parse cost."""
    import gzip

    files = sorted(folder.glob("*.html.gz"))[:count] if folder.is_dir() else []
    return [gzip.decompress(f.read_bytes()) for f in files]


def etag_routes(server: LocalServer, pages: int, delay_ms: int,
                bodies: list[bytes] | None = None) -> None:
    """/etag/N: article N (or ``bodies[N]``) with an ETag, 304 on If-None-Match, after
    ``delay_ms``; /etag-feed.xml: an RSS feed over /etag/0..pages-1."""
    def answer(req: RequestHandler, body: bytes, ctype: str) -> None:
        time.sleep(delay_ms / 1000)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if req.headers.get("If-None-Match") == etag:
            req.send_response(304)
            req.send_header("ETag", etag)
            req.send_header("Content-Length", "0")
            req.end_headers()
        else:
            req.send_body(body, ctype, headers={"ETag": etag})

    def page(req: RequestHandler, match: re.Match) -> None:
        n = int(match.group(1))
        body = bodies[n % len(bodies)] if bodies else article_html(n).encode()
        answer(req, body, "text/html" if bodies else "text/html; charset=utf-8")

    items = "".join(f"<item><title>Item {n}</title><link>{server.url(f'/etag/{n}')}</link></item>"
                    for n in range(pages))
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>'
            f"<link>{server.base}/</link><description>D</description>{items}</channel></rss>"
            ).encode()

    def feed_route(req: RequestHandler, match: re.Match) -> None:
        answer(req, feed, "application/rss+xml")

    server.route(r"/etag/(\d+)", page)
    server.route(r"/etag-feed\.xml", feed_route)


def incremental(server: LocalServer, workers: int) -> tuple[float, float, int]:
    """Seconds of a first and a second RSS conversion with a cache; pages re-read."""
    from syndicate.feedconvert import Converted, convert_feed

    with tempfile.TemporaryDirectory() as tmp:
        times = []
        reread = 0
        for _ in range(2):
            fresh = []

            def heard(outcome: object) -> None:
                if isinstance(outcome, Converted) and not outcome.reused:
                    fresh.append(outcome)  # noqa: B023 (collected per run)

            start = time.perf_counter()
            convert_feed(server.url("/etag-feed.xml"), to="rss", out=f"{tmp}/full.xml",
                         cache_dir=f"{tmp}/cache", workers=workers, per_host=workers,
                         on_result=heard)
            times.append(time.perf_counter() - start)
            reread = len(fresh)
        return times[0], times[1], reread


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=48)
    ap.add_argument("--delay-ms", type=int, default=100)
    ap.add_argument("--workers", default="1,2,4,8,16")
    ap.add_argument("--parse", action="store_true", help="also parse every page")
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help="folder of *.html.gz pages served in the incremental run "
                         "(default ../shared/corpus/scrapinghub/html; small test pages without)")
    args = ap.parse_args()
    counts = [int(w) for w in args.workers.split(",")]
    configs = [(w, w) for w in counts] + [(max(counts), 4)]  # last: per-host cap of 4
    with LocalServer() as server:
        standard_routes(server)
        run(server, 4, 0, 2, 2, args.parse)  # warm up connections and imports
        print(f"{args.pages} pages, {args.delay_ms} ms server delay each"
              f"{', parsed' if args.parse else ''}")
        print(f"{'workers':>7} {'per-host':>8} {'seconds':>8} {'pages/s':>8} {'speed-up':>8}")
        base = None
        for workers, per_host in configs:
            elapsed = run(server, args.pages, args.delay_ms, workers, per_host, args.parse)
            rate = args.pages / elapsed
            base = base or rate
            print(f"{workers:>7} {per_host:>8} {elapsed:>8.2f} {rate:>8.1f} {rate / base:>7.1f}x")
        bodies = real_pages(args.corpus, args.pages)
        etag_routes(server, args.pages, args.delay_ms, bodies)
        workers = 8
        first, second, reread = incremental(server, workers)
        kind = f"real pages from {args.corpus}" if bodies else "small test pages"
        print(f"\nincremental: {args.pages} pages ({kind}) to RSS with --cache-dir, "
              f"{workers} workers, {args.delay_ms} ms server delay")
        print(f"  first run  {first:6.2f} s (every page fetched and parsed)")
        print(f"  second run {second:6.2f} s (conditional requests, 304s; pages read again: "
              f"{reread}) = {second / first:.2f}x the first")
    return 0


if __name__ == "__main__":
    sys.exit(main())
