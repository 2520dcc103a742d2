#!/usr/bin/env python3
"""Fetch throughput against worker count (a benchmark, not a test).

Serves article pages from the tests' local HTTP server (127.0.0.1) with a fixed
delay per request, as a slow news site would, and fetches N of them through
``syndicate.fetch.Fetcher`` on ``feedconvert.run_pool`` with 1, 2, 4... workers.
With the delay dominating, pages/s should grow about linearly with the workers
until the per-host limit caps it (the last rows show that cap at work).

    python bench/fetch_bench.py [--pages 48] [--delay-ms 100] [--workers 1,2,4,8,16]
                                [--parse]   # also run the HTML reader on every page
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from httpserver import LocalServer, standard_routes  # noqa: E402
from syndicate.feedconvert import page_content, run_pool  # noqa: E402
from syndicate.fetch import Fetcher  # noqa: E402
from syndicate.limits import Limits  # noqa: E402


def run(server: LocalServer, pages: int, delay_ms: int, workers: int, per_host: int,
        parse: bool) -> float:
    urls = [server.url(f"/delay/{delay_ms}/{i}") for i in range(pages)]
    limits = Limits(fetch_workers=workers, fetch_per_host=per_host,
                    allow_private_addresses=True)  # the local server is on 127.0.0.1
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=48)
    ap.add_argument("--delay-ms", type=int, default=100)
    ap.add_argument("--workers", default="1,2,4,8,16")
    ap.add_argument("--parse", action="store_true", help="also parse every page")
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
