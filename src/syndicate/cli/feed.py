"""syndicate feed SOURCE --to rss|amp|jsonl -o OUT: a feed of links -> full content.

SOURCE is an http(s) URL, a file, or - for stdin. Each item's page is fetched
(--workers at once, --per-host at once per site, --timeout seconds per
request in all), read with the HTML reader, and written: rss one full-content feed,
amp a folder with one AMP page per item and an index.html, jsonl one
document per line (-o - writes rss/jsonl to stdout).

Item pages on loopback, private and link-local addresses are refused (the host of
the feed URL given here excepted) unless --allow-private; --deadline bounds the
whole run and --max-items the number of items fetched.

A failing item is reported on stderr as URL: reason and the rest are written;
a one-line summary follows (converted 47 of 50 items, 3 failed), with a progress
bar before it when stderr is a terminal. Exit status: 0 every item converted, 1 some
items failed, 2 nothing usable (feed unreadable, no item converted) or a usage error.
Files are written only at the end, each atomically: Ctrl-C leaves no partial output.
"""

from __future__ import annotations

import argparse
import dataclasses
import signal
import sys
import time
from typing import TextIO

from ..errors import SyndicateError
from ..feedconvert import convert_items, failures_text, load_feed, write_output
from ..fetch import Fetcher
from ..limits import DEFAULT_LIMITS, read_capped


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {n}")
    return n


def _seconds(value: str) -> float:
    try:
        s = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < s <= 3600:
        raise argparse.ArgumentTypeError(f"must be between 0 and 3600 seconds, got {value}")
    return s


def _run_seconds(value: str) -> float:
    try:
        s = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < s <= 7 * 86400:
        raise argparse.ArgumentTypeError(f"must be between 0 and 604800 seconds, got {value}")
    return s


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "feed", help="convert a feed's linked pages to full-content RSS, AMP pages or JSONL",
        description=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("source", metavar="SOURCE", help="feed URL, file, or - for stdin")
    p.add_argument("--to", choices=("rss", "amp", "jsonl"), required=True, help="output format")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="output file (a folder for --to amp; - for stdout with rss/jsonl)")
    p.add_argument("--workers", type=_positive_int, default=DEFAULT_LIMITS.fetch_workers,
                   help=f"pages fetched at once (default {DEFAULT_LIMITS.fetch_workers})")
    p.add_argument("--per-host", type=_positive_int, default=DEFAULT_LIMITS.fetch_per_host,
                   help=f"pages fetched at once from one site "
                        f"(default {DEFAULT_LIMITS.fetch_per_host})")
    p.add_argument("--timeout", type=_seconds, default=DEFAULT_LIMITS.fetch_read_timeout,
                   help=f"seconds one request may take in all, response headers and body "
                        f"(default {DEFAULT_LIMITS.fetch_read_timeout:g})")
    p.add_argument("--deadline", type=_run_seconds, default=None, metavar="SECONDS",
                   help="seconds the whole run may spend fetching; items not fetched by then "
                        "are reported as failed (default: no limit)")
    p.add_argument("--max-items", type=_positive_int, default=DEFAULT_LIMITS.max_feed_items,
                   metavar="N", help=f"items fetched at most; the rest are reported "
                                     f"(default {DEFAULT_LIMITS.max_feed_items})")
    p.add_argument("--allow-private", action="store_true",
                   help="also fetch item pages on loopback, private and link-local addresses "
                        "(refused by default; the feed URL given here is always fetched)")
    p.add_argument("--ads", choices=("drop", "markers", "keep", "placeholder"),
                   help="rss: drop (default) or markers; amp: keep (default), placeholder, drop")
    p.add_argument("--related", action="store_true",
                   help="rss: append each article's related links")
    p.add_argument("--self-url", help="rss: the URL the new feed will be served at")
    p.set_defaults(run=run)


class ProgressBar:
    """``[#####-----] 12/50`` redrawn in place on a terminal; nothing elsewhere."""

    def __init__(self, stream: TextIO, width: int = 30):
        self.stream = stream
        self.width = width
        self.enabled = stream.isatty()
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or not total:
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        filled = self.width * done // total
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done}/{total}")
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * (self.width + 24) + "\r")
            self.stream.flush()


def _check_usage(args: argparse.Namespace) -> str | None:
    rss_ads = ("drop", "markers")
    amp_ads = ("keep", "placeholder", "drop")
    if args.ads and args.to == "rss" and args.ads not in rss_ads:
        return f"--ads {args.ads} does not apply to rss (drop or markers)"
    if args.ads and args.to == "amp" and args.ads not in amp_ads:
        return f"--ads {args.ads} does not apply to amp (keep, placeholder or drop)"
    if args.ads and args.to == "jsonl":
        return "--ads does not apply to jsonl (documents keep their ad slots apart)"
    if args.to == "amp" and args.output == "-":
        return "--to amp writes a folder: give -o FOLDER"
    return None


def _on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # same clean exit as Ctrl-C: no partial output


def run(args: argparse.Namespace) -> int:
    problem = _check_usage(args)
    if problem:
        print(f"syndicate feed: {problem}", file=sys.stderr)
        return 2
    limits = dataclasses.replace(
        DEFAULT_LIMITS,
        fetch_read_timeout=args.timeout,
        fetch_connect_timeout=min(DEFAULT_LIMITS.fetch_connect_timeout, args.timeout),
        fetch_total_timeout=args.timeout,
        fetch_run_deadline=args.deadline,
        max_feed_items=args.max_items,
        allow_private_addresses=args.allow_private,
        fetch_workers=args.workers,
        fetch_per_host=args.per_host,
    )
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread (embedded use): keep the default
        previous = None
    bar = ProgressBar(sys.stderr)
    try:
        with Fetcher(limits, per_host=args.per_host) as fetcher:
            try:
                if args.source == "-":
                    feed, feed_url = load_feed(read_capped(sys.stdin.buffer, limits, "standard input"),
                                               limits=limits)
                else:
                    feed, feed_url = load_feed(args.source, fetcher=fetcher, limits=limits)
            except SyndicateError as exc:
                print(f"syndicate feed: {args.source}: {exc}", file=sys.stderr)
                return 2
            except OSError as exc:
                print(f"syndicate feed: {args.source}: {exc.strerror or exc}", file=sys.stderr)
                return 2
            try:
                result = convert_items(feed, fetcher=fetcher, limits=limits,
                                       workers=args.workers, progress=bar,
                                       source=feed_url or None)
            finally:
                bar.clear()
        if feed.items and not result.converted:
            sys.stderr.write(failures_text(result.failures))
            print(f"syndicate feed: {result.summary()}; nothing written", file=sys.stderr)
            return 2
        try:
            result.written = write_output(result, args.to, args.output, self_url=args.self_url,
                                          ads=args.ads, include_related=args.related)
        except SyndicateError as exc:
            print(f"syndicate feed: {exc}", file=sys.stderr)
            return 2
        sys.stderr.write(failures_text(result.failures))
        print(result.summary(), file=sys.stderr)
        if not result.converted and feed.items:
            return 2
        return 1 if result.failures else 0
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
