"""syndicate feed SOURCE --to rss|amp|jsonl -o OUT: a feed of links -> full content.

SOURCE is an http(s) URL, a file, or - for stdin. Each item's page is fetched
(--workers at once, --per-host at once per site, --timeout seconds per
request in all), read with the HTML reader, and written: rss one full-content feed,
amp a folder with one AMP page per item and an index.html, jsonl one
document per line (-o - writes rss/jsonl to stdout).

A failing item is reported on stderr as URL: reason as soon as it fails, and the
rest are written; a one-line summary follows (converted 47 of 50 items, 3 failed),
with a progress bar (rate, ETA) while it runs when stderr is a terminal. -q: failures
only; -v: every item and what was reused. jsonl to stdout streams documents as they
are read. Exit status: 0 every item converted, 1 some items failed, 2 nothing usable
(feed unreadable or empty, no item converted) or a usage error.

For a cron job: --cache-dir DIR keeps an HTTP cache (conditional requests; a page
answered with 304 is not parsed again); files are written only at the end, each
atomically and only when changed, with the mode of the file they replace (else the
umask's), so Ctrl-C leaves the previous output and an unchanged feed rewrites nothing.
AMP page names come from the item (slug + hash); pages of items that left the feed
are removed unless --keep-stale. --site-config DIR reads FiveFilters site rules
(HOST.txt files); articles split over pages are joined (up to --max-pages).

Item pages on loopback, private and link-local addresses are refused (the host of
the feed URL given here excepted) unless --allow-private; --deadline bounds the
whole run and --max-items the number of items fetched.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import signal
import sys
import time
from typing import TextIO

from ..docstore import DocStore
from ..errors import FetchError, SyndicateError
from ..feedconvert import (
    Converted,
    Failure,
    convert_items,
    failures_text,
    load_feed,
    options_fingerprint,
)
from ..feedoutput import write_output
from ..fetch import Fetcher
from ..limits import DEFAULT_LIMITS, read_capped
from ..multipage import DEFAULT_MAX_PAGES
from .argtypes import whole_number

_positive_int = whole_number(1)


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
    p.add_argument("--self-url", help="rss: the URL the new feed will be served at "
                                      "(atom:link rel=self; left out without it)")
    p.add_argument("--cache-dir", metavar="DIR",
                   help="keep an HTTP cache and the documents read in DIR: later runs make "
                        "conditional requests and re-read only pages that changed")
    p.add_argument("--site-config", metavar="DIR",
                   help="FiveFilters site rules (a folder of HOST.txt files, or one file)")
    p.add_argument("--max-pages", type=_positive_int, default=DEFAULT_MAX_PAGES,
                   help=f"pages of one article followed and joined (default {DEFAULT_MAX_PAGES};"
                        " 1: no multi-page joining)")
    p.add_argument("--keep-stale", action="store_true",
                   help="amp: keep the pages of items no longer in the feed (default: remove)")
    loud = p.add_mutually_exclusive_group()
    loud.add_argument("-v", "--verbose", action="store_true",
                      help="report every item (and whether it was unchanged) and log details")
    loud.add_argument("-q", "--quiet", action="store_true",
                      help="report failures only: no summary, no progress bar")
    p.set_defaults(run=run)


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 \
        else f"{seconds // 60}:{seconds % 60:02d}"


class ProgressBar:
    """``[#####-----] 12/50  3.1/s  ETA 0:12`` redrawn in place on a terminal; nothing
    elsewhere. ``print`` writes a line above the bar (a failure as it happens)."""

    def __init__(self, stream: TextIO, width: int = 30, *, enabled: bool | None = None,
                 clock=time.monotonic):  # type: ignore[no-untyped-def]
        self.stream = stream
        self.width = width
        self.enabled = stream.isatty() if enabled is None else enabled
        self._clock = clock
        self._start = clock()
        self._last = 0.0
        self._shown = ""

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or not total:
            return
        now = self._clock()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        filled = self.width * done // total
        bar = "#" * filled + "-" * (self.width - filled)
        elapsed = max(now - self._start, 1e-6)
        rate = done / elapsed
        eta = f"ETA {_clock((total - done) / rate)}" if rate > 0 and done < total else \
            f"in {_clock(elapsed)}"
        line = f"[{bar}] {done}/{total}  {rate:.1f}/s  {eta}"
        pad = " " * max(0, len(self._shown) - len(line))
        self._shown = line
        self.stream.write(f"\r{line}{pad}")
        self.stream.flush()

    def print(self, text: str) -> None:
        """A line of report, above the bar."""
        if self.enabled and self._shown:
            self.stream.write("\r" + " " * len(self._shown) + "\r")
        self.stream.write(text if text.endswith("\n") else text + "\n")
        if self.enabled and self._shown:
            self.stream.write(self._shown)
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * max(self.width + 24, len(self._shown)) + "\r")
            self._shown = ""
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


def _logging(args: argparse.Namespace) -> int | None:
    """-v: the library's log (INFO and up) on stderr; -q: errors only. Returns the
    logger level to restore (None: unchanged)."""
    from . import log_to_stderr

    logger = logging.getLogger("syndicate")
    handlers = [h for h in logger.handlers if getattr(h, "_syndicate_cli", False)]
    if not handlers:  # run() called without main(): log like main() would
        handlers = [log_to_stderr()]
        handlers[0]._syndicate_own = True  # type: ignore[attr-defined]
    for h in handlers:
        h.setLevel(logging.INFO if args.verbose else
                   logging.ERROR if args.quiet else logging.WARNING)
    if args.verbose and logger.getEffectiveLevel() > logging.INFO:
        old = logger.level
        logger.setLevel(logging.INFO)
        return old
    return None


def _restore_logging(level: int | None) -> None:
    logger = logging.getLogger("syndicate")
    for h in list(logger.handlers):
        if getattr(h, "_syndicate_own", False):
            logger.removeHandler(h)
        elif getattr(h, "_syndicate_cli", False):
            h.setLevel(logging.WARNING)
    if level is not None:
        logger.setLevel(level)


def _load_rules(path: str | None):  # type: ignore[no-untyped-def]
    if not path:
        return None
    from ..siteconfig import load_site_rules

    rules = load_site_rules(path)
    return rules


def _describe(outcome: Converted) -> str:
    how = []
    if outcome.pages > 1:
        how.append(f"{outcome.pages} pages joined")
    if outcome.reused:
        how.append("unchanged, not read again")
    elif outcome.unchanged:
        how.append("unchanged")
    return f"{outcome.item.link}: converted" + (f" ({', '.join(how)})" if how else "")


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
    log_level = _logging(args)
    bar = ProgressBar(sys.stderr, enabled=False if args.quiet else None)
    stream_jsonl = args.to == "jsonl" and args.output == "-"

    def on_result(outcome: Converted | Failure) -> None:
        if isinstance(outcome, Failure):
            bar.print(failures_text([outcome]))
            return
        if args.verbose:
            bar.print(_describe(outcome))
        if stream_jsonl:
            from ..writers.json import to_json

            sys.stdout.write(to_json(outcome.doc, indent=None) + "\n")
            sys.stdout.flush()

    try:
        try:
            site_config = _load_rules(args.site_config)
            docs = (DocStore(args.cache_dir, options_fingerprint(site_config, args.max_pages))
                    if args.cache_dir else None)
            fetcher = Fetcher(limits, per_host=args.per_host, cache_dir=args.cache_dir)
        except SyndicateError as exc:
            print(f"syndicate feed: {exc}", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"syndicate feed: {exc.filename or args.cache_dir}: {exc.strerror or exc}",
                  file=sys.stderr)
            return 2
        with fetcher:
            try:
                if args.source == "-":
                    feed, feed_url = load_feed(read_capped(sys.stdin.buffer, limits, "standard input"),
                                               limits=limits)
                else:
                    feed, feed_url = load_feed(args.source, fetcher=fetcher, limits=limits)
            except FetchError as exc:  # its message already starts with the URL
                print(f"syndicate feed: {exc}", file=sys.stderr)
                return 2
            except SyndicateError as exc:
                print(f"syndicate feed: {args.source}: {exc}", file=sys.stderr)
                return 2
            except OSError as exc:
                print(f"syndicate feed: {args.source}: {exc.strerror or exc}", file=sys.stderr)
                return 2
            if not feed.items:
                print(f"syndicate feed: {args.source}: the feed has no items; nothing written",
                      file=sys.stderr)
                return 2
            try:
                result = convert_items(feed, fetcher=fetcher, limits=limits,
                                       workers=args.workers, progress=bar, on_result=on_result,
                                       source=feed_url or None, site_config=site_config,
                                       docs=docs, max_pages=args.max_pages)
            finally:
                bar.clear()
        if not result.converted:
            print(f"syndicate feed: {result.summary()}; nothing written", file=sys.stderr)
            return 2
        if not stream_jsonl:
            known = {id(f) for f in result.failures}
            try:
                result.written = write_output(result, args.to, args.output,
                                              self_url=args.self_url, ads=args.ads,
                                              include_related=args.related,
                                              keep_stale=args.keep_stale)
            except SyndicateError as exc:
                print(f"syndicate feed: {exc}", file=sys.stderr)
                return 2
            # Items the writer refused (AMP) are failures too, reported now.
            sys.stderr.write(failures_text(f for f in result.failures if id(f) not in known))
        if docs is not None:
            docs.prune()
        if args.verbose:
            changed = ", ".join(str(p) for p in result.written) or "nothing (no change)"
            print(f"written: {changed}", file=sys.stderr)
            for path in result.removed:
                print(f"removed stale page {path}", file=sys.stderr)
        if not args.quiet:
            print(result.summary(), file=sys.stderr)
        return 1 if result.failures else 0
    finally:
        _restore_logging(log_level)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
