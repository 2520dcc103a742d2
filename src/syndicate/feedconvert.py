"""Feed conversion: a feed whose items link to article pages -> full documents -> output.

    from syndicate.feedconvert import convert_feed
    result = convert_feed("https://example.com/feed.xml", to="rss", out="full.xml")
    result.failures      # [Failure(url, reason), ...]; the good items were written

Steps: :func:`load_feed` (URL, file or bytes -> :class:`~syndicate.readers.feed.Feed`),
:func:`convert_items` (fetch and parse every item's page on a pool of worker threads,
at most ``per_host`` at a time per site; one failing item never stops the others),
:func:`write_output` (``rss``: one feed; ``amp``: a folder with one page per item and an
``index.html``; ``jsonl``: one document per line). Every file is written atomically
(temp file + rename) and only after all items are done, so an interrupted run leaves
no partial output behind.
"""

from __future__ import annotations

import html as html_lib
import os
import queue
import re
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar

from .errors import FeedError, FetchError, InputError, SyndicateError
from .fetch import FetchedPage, Fetcher
from .limits import DEFAULT_LIMITS, Limits
from .model import Document
from .output import write_atomic
from .readers.feed import Feed, FeedItem, read_feed

__all__ = [
    "Converted", "Failure", "FeedResult", "Reader", "convert_feed", "convert_items",
    "load_feed", "write_output",
]

Format = Literal["rss", "amp", "jsonl"]
#: A page reader: (page content, final URL) -> Document. Default: ``syndicate.parse``.
Reader = Callable[[bytes | str, str], Document]
Progress = Callable[[int, int], None]


@dataclass
class Failure:
    """An item that could not be converted, and why."""

    url: str
    reason: str
    index: int = -1


@dataclass
class Converted:
    """A feed item and the document made from its page."""

    item: FeedItem
    doc: Document


@dataclass
class FeedResult:
    """What a conversion produced: documents in feed order, and the failures."""

    feed: Feed
    source: str | None = None
    converted: list[Converted] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.feed.items)

    @property
    def docs(self) -> list[Document]:
        return [c.doc for c in self.converted]

    def summary(self) -> str:
        """``converted 47 of 50 items, 3 failed``."""
        n = len(self.converted)
        return f"converted {n} of {self.total} item{'s' if self.total != 1 else ''}, " \
               f"{len(self.failures)} failed"


# --------------------------------------------------------------------------- feed


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def load_feed(source: str | bytes | os.PathLike[str], *, fetcher: Fetcher | None = None,
              limits: Limits = DEFAULT_LIMITS) -> tuple[Feed, str | None]:
    """Read a feed from an http(s) URL, a file path, or its bytes; (feed, feed URL or None).

    Raises FetchError, FeedError, InputError (all SyndicateError) or OSError for files.
    """
    if isinstance(source, bytes):
        return read_feed(source, limits=limits), None
    name = os.fspath(source)
    if _is_url(name):
        own = fetcher is None
        fetcher = fetcher or Fetcher(limits)
        try:
            page = fetcher.fetch(name, kind="feed", trusted=True)  # the user's choice
        finally:
            if own:
                fetcher.close()
        return read_feed(page.content, url=page.url, limits=limits), page.url
    path = Path(name)
    size = path.stat().st_size
    limits.check_size(size, what=f"feed file {name}")
    return read_feed(path.read_bytes(), limits=limits), None


# --------------------------------------------------------------------------- worker pool

T = TypeVar("T")
R = TypeVar("R")


def run_pool(items: list[T], work: Callable[[T], R], *, workers: int,
             on_done: Callable[[int, R], None] | None = None) -> list[R]:
    """``work`` over ``items`` on ``workers`` daemon threads; results in input order.

    Daemon threads, and a main thread that waits in short slices, so Ctrl-C stops a
    run at once instead of waiting for every request in flight to time out.
    """
    results: list[R | None] = [None] * len(items)
    if not items:
        return []
    todo: queue.Queue[int] = queue.Queue()
    for i in range(len(items)):
        todo.put(i)
    done: queue.Queue[tuple[int, R | BaseException]] = queue.Queue()
    stop = threading.Event()

    def worker() -> None:
        while not stop.is_set():
            try:
                i = todo.get_nowait()
            except queue.Empty:
                return
            try:
                done.put((i, work(items[i])))
            except BaseException as exc:  # reported to the main thread, never lost
                done.put((i, exc))

    threads = [threading.Thread(target=worker, daemon=True, name=f"syndicate-fetch-{n}")
               for n in range(max(1, min(workers, len(items))))]
    for t in threads:
        t.start()
    try:
        for count in range(1, len(items) + 1):
            while True:
                try:
                    i, value = done.get(timeout=0.1)
                    break
                except queue.Empty:
                    continue
            if isinstance(value, BaseException):
                raise value
            results[i] = value
            if on_done:
                on_done(count, value)
    finally:
        stop.set()
    return results  # type: ignore[return-value]


# --------------------------------------------------------------------------- items


def _default_reader(limits: Limits) -> Reader:
    def read(content: bytes | str, url: str) -> Document:
        from .readers.html import parse_html  # looked up at call time

        return parse_html(content, url=url, limits=limits)

    return read


def page_content(page: FetchedPage) -> bytes | str:
    """What to give the HTML reader: text when the server declared a charset that
    decodes the body cleanly, else the bytes (the reader sniffs meta tags and content)."""
    if page.encoding:
        try:
            return page.content.decode(page.encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return page.content


def _fill(doc: Document, item: FeedItem) -> Document:
    """Metadata the page lacks, taken from the feed item."""
    meta = doc.metadata
    if not meta.title and item.title:
        meta.title = item.title
    if not meta.published and item.published:
        meta.published = item.published
    if not meta.authors and item.authors:
        meta.authors = list(item.authors)
    if not meta.tags and item.tags:
        meta.tags = list(item.tags)
    if not meta.description and item.summary:
        meta.description = item.summary
    if not doc.url and item.link:
        doc.url = item.link
    return doc


def _convert_one(item: FeedItem, fetcher: Fetcher, reader: Reader) -> Converted | Failure:
    if not item.link and item.rejected_link:
        return Failure(item.label(), f"link is not an http(s) URL: {item.rejected_link!r}",
                       item.index)
    if not item.link:
        return Failure(item.label(), "no link in the feed item (nothing to fetch)", item.index)
    try:
        page = fetcher.fetch(item.link, kind="page")
    except FetchError as exc:
        return Failure(item.link, exc.reason, item.index)
    try:
        doc = reader(page_content(page), page.url)
    except SyndicateError as exc:
        return Failure(item.link, f"could not read the page: {exc}", item.index)
    except RecursionError:
        return Failure(item.link, "could not read the page: nesting too deep", item.index)
    except Exception as exc:  # a reader bug must not end the run: report it per item
        return Failure(item.link, f"internal error reading the page: {type(exc).__name__}: "
                                  f"{exc}", item.index)
    if not isinstance(doc, Document):
        return Failure(item.link, "the reader returned no document", item.index)
    if not doc.body:
        return Failure(item.link, "no article text found in the page", item.index)
    return Converted(item, _fill(doc, item))


def convert_items(
    feed: Feed,
    *,
    fetcher: Fetcher | None = None,
    limits: Limits = DEFAULT_LIMITS,
    workers: int | None = None,
    per_host: int | None = None,
    reader: Reader | None = None,
    progress: Progress | None = None,
    source: str | None = None,
) -> FeedResult:
    """Fetch and parse every item's page; good documents and failures, in feed order.

    ``workers`` pages are fetched at once in all (default ``limits.fetch_workers``),
    ``per_host`` at once from one site (default ``limits.fetch_per_host``).
    ``progress(done, total)`` is called after each item.
    """
    own = fetcher is None
    fetcher = fetcher or Fetcher(limits, per_host=per_host)
    read = reader or _default_reader(limits)
    total = len(feed.items)

    def report(done: int, _value: object) -> None:
        if progress:
            progress(done, total)

    cap = max(0, limits.max_feed_items)
    try:
        outcomes = run_pool(feed.items[:cap], lambda item: _convert_one(item, fetcher, read),
                            workers=workers or limits.fetch_workers, on_done=report)
    finally:
        if own:
            fetcher.close()
    result = FeedResult(feed=feed, source=source)
    # Past the item cap: reported, never silently dropped.
    outcomes += [Failure(item.link or item.label(), f"not fetched: over the cap of {cap} items "
                         "(Limits.max_feed_items, --max-items)", item.index)
                 for item in feed.items[cap:]]
    for outcome in outcomes:
        if isinstance(outcome, Converted):
            result.converted.append(outcome)
        else:
            result.failures.append(outcome)
    return result


# --------------------------------------------------------------------------- output


def _slug(title: str | None, fallback: str) -> str:
    text = unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].rstrip("-")
    return slug or fallback


def _channel(result: FeedResult, self_url: str | None) -> dict[str, str | None]:
    from .sanitize import safe_url

    feed = result.feed
    first = next((d.canonical_url or d.url for d in result.docs if d.canonical_url or d.url), None)
    link = feed.link or safe_url(result.source) or first
    if not link:
        raise InputError("the feed has no link to use as the channel link")
    return {
        "title": feed.title or feed.link or "Converted feed",
        "link": link,
        "description": feed.description or f"Full-content version of {feed.title or link}",
        "self_url": self_url or safe_url(result.source) or link,
        "language": feed.language,
    }


def _index_page(result: FeedResult, pages: list[tuple[str, Converted]]) -> str:
    esc = html_lib.escape
    title = esc(result.feed.title or "Converted feed")
    rows = "\n".join(
        f'<li><a href="{esc(name)}">{esc(c.doc.metadata.title or c.item.title or name)}</a></li>'
        for name, c in pages)
    failed = ""
    if result.failures:
        failed = "<h2>Not converted</h2>\n<ul>\n" + "\n".join(
            f"<li>{esc(f.url)}: {esc(f.reason)}</li>" for f in result.failures) + "\n</ul>\n"
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        f"<title>{title}</title></head>\n<body>\n<h1>{title}</h1>\n"
        f"<p>{esc(result.summary())}</p>\n<ol>\n{rows}\n</ol>\n{failed}</body></html>\n")


def write_output(
    result: FeedResult,
    to: Format,
    out: str | os.PathLike[str],
    *,
    self_url: str | None = None,
    ads: str | None = None,
    include_related: bool = False,
) -> list[Path]:
    """Write the converted documents; returns the paths written (``out="-"``: stdout).

    ``rss``: one RSS 2.0 feed (``ads`` ``drop``/``markers``); ``jsonl``: one JSON document
    per line; ``amp``: folder ``out`` with ``NNN-slug.html`` per item and ``index.html``
    (``ads`` ``keep``/``placeholder``/``drop``). An item the AMP writer rejects becomes a
    failure. Everything is rendered before the first file is written.
    """
    from .writers.json import to_json

    if to == "jsonl":
        text = "".join(to_json(d, indent=None) + "\n" for d in result.docs)
        return _emit(out, text)
    if to == "rss":
        from .writers.rss import to_rss

        text = to_rss(result.docs, channel=_channel(result, self_url),
                      ads=ads or "drop", include_related=include_related)
        return _emit(out, text)
    if to == "amp":
        return _write_amp(result, Path(out), ads or "keep")
    raise InputError(f"unknown output format {to!r} (rss, amp or jsonl)")


def _emit(out: str | os.PathLike[str], text: str) -> list[Path]:
    if os.fspath(out) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return []
    write_atomic(out, text)
    return [Path(out)]


def _write_amp(result: FeedResult, folder: Path, ads: str) -> list[Path]:
    from .writers.amp import to_amp

    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} exists and is not a folder (--to amp writes a folder)")
    pages: list[tuple[str, Converted, str]] = []
    kept: list[Converted] = []
    for c in result.converted:
        try:
            page = to_amp(c.doc, ads=ads)  # type: ignore[arg-type]
        except SyndicateError as exc:
            result.failures.append(Failure(c.item.link or c.item.label(),
                                           f"could not write AMP: {exc}", c.item.index))
            continue
        except Exception as exc:  # writer bug: this item only
            result.failures.append(Failure(c.item.link or c.item.label(),
                                           f"internal error writing AMP: {type(exc).__name__}: "
                                           f"{exc}", c.item.index))
            continue
        name = f"{c.item.index + 1:03d}-{_slug(c.doc.metadata.title, 'item')}.html"
        pages.append((name, c, page))
        kept.append(c)
    result.converted = kept
    result.failures.sort(key=lambda f: f.index)
    written = []
    for name, _c, page in pages:
        write_atomic(folder / name, page)
        written.append(folder / name)
    # The index last: when it is there, every page it lists is complete.
    write_atomic(folder / "index.html", _index_page(result, [(n, c) for n, c, _ in pages]))
    written.append(folder / "index.html")
    return written


def convert_feed(
    source: str | bytes | os.PathLike[str],
    *,
    to: Format,
    out: str | os.PathLike[str],
    limits: Limits = DEFAULT_LIMITS,
    workers: int | None = None,
    per_host: int | None = None,
    reader: Reader | None = None,
    progress: Progress | None = None,
    self_url: str | None = None,
    ads: str | None = None,
    include_related: bool = False,
) -> FeedResult:
    """Read ``source`` (URL, file or bytes), convert every item, write ``out`` as ``to``.

    Nothing is written when no item could be converted (raises FeedError then, with
    the failures in its message); otherwise the result lists every failure.
    """
    with Fetcher(limits, per_host=per_host) as fetcher:
        feed, feed_url = load_feed(source, fetcher=fetcher, limits=limits)
        result = convert_items(feed, fetcher=fetcher, limits=limits, workers=workers,
                               reader=reader, progress=progress,
                               source=feed_url or (os.fspath(source)
                                                   if not isinstance(source, bytes) else None))
    if feed.items and not result.converted:
        raise FeedError(f"no item of the feed could be converted ({result.summary()})")
    result.written = write_output(result, to, out, self_url=self_url, ads=ads,
                                  include_related=include_related)
    return result


def failures_text(failures: Iterable[Failure]) -> str:
    """One ``URL: reason`` line per failure."""
    return "".join(f"{f.url}: {f.reason}\n" for f in failures)
