"""Feed conversion: a feed whose items link to article pages -> full documents -> output.

    from syndicate.feedconvert import convert_feed
    result = convert_feed("https://example.com/feed.xml", to="rss", out="full.xml")
    result.failures      # [Failure(url, reason), ...]; the good items were written

Steps: :func:`load_feed` (URL, file or bytes -> :class:`~syndicate.readers.feed.Feed`),
:func:`convert_items` (fetch and parse every item's page on a pool of worker threads,
at most ``per_host`` at a time per site; one failing item never stops the others; a
link listed twice is fetched once; articles split over pages are joined, see
:mod:`syndicate.multipage`; ``on_result`` hears of each item as it finishes),
:func:`~syndicate.feedoutput.write_output` (``rss``: one feed; ``amp``: a folder with
one page per item, a manifest and an ``index.html``, see :mod:`syndicate.ampfolder`;
``jsonl``: one document per line). Every file is written atomically (temp file +
rename), only after all items are done and only when its content changed, so an
interrupted run leaves the previous output intact and an unchanged feed rewrites nothing.

With ``cache_dir``, responses are kept in an HTTP cache (conditional requests, 304s
reuse the stored page, :mod:`syndicate.httpcache`) and documents by the bytes they
were read from (:mod:`syndicate.docstore`): an unchanged page is not parsed again.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from .docstore import DocStore
from .errors import FeedError, FetchError, SyndicateError
from .fetch import FetchedPage, Fetcher
from .limits import DEFAULT_LIMITS, Limits
from .model import Document
from .multipage import DEFAULT_MAX_PAGES, join_documents, next_page_url, single_page_url
from .readers.feed import Feed, FeedItem, read_feed

if TYPE_CHECKING:
    from .siteconfig import SiteConfig, SiteRules

    SiteConfigArg = SiteConfig | SiteRules

__all__ = [
    "Converted", "Failure", "FeedResult", "Reader", "convert_feed", "convert_items",
    "load_feed", "write_output",
]

log = logging.getLogger("syndicate")

Format = Literal["rss", "amp", "jsonl"]
#: A page reader: (page content, final URL) -> Document. Default: ``syndicate.parse``.
Reader = Callable[[bytes | str, str], Document]
Progress = Callable[[int, int], None]
#: Told of each item as it finishes (in the calling thread): a Converted or a Failure.
OnResult = Callable[["Converted | Failure"], None]


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
    #: Every page came from the HTTP cache (unchanged since the last run).
    unchanged: bool = False
    #: The document came from the document store: the page was not parsed again.
    reused: bool = False
    #: How many pages the article had.
    pages: int = 1


@dataclass
class FeedResult:
    """What a conversion produced: documents in feed order, and the failures."""

    feed: Feed
    source: str | None = None
    converted: list[Converted] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    #: Items whose link an earlier item already had: not fetched, not written twice.
    duplicates: list[FeedItem] = field(default_factory=list)
    #: Files written (or rewritten) by the run; unchanged files are not in it.
    written: list[Path] = field(default_factory=list)
    #: AMP pages removed because their item left the feed.
    removed: list[Path] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.feed.items) - len(self.duplicates)

    @property
    def docs(self) -> list[Document]:
        return [c.doc for c in self.converted]

    def summary(self) -> str:
        """``converted 47 of 50 items, 3 failed``."""
        n = len(self.converted)
        text = (f"converted {n} of {self.total} item{'s' if self.total != 1 else ''}, "
                f"{len(self.failures)} failed")
        if self.duplicates:
            d = len(self.duplicates)
            text += f", {d} duplicate link{'s' if d != 1 else ''} skipped"
        return text


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


def _default_reader(limits: Limits, site_config: SiteConfigArg | None = None) -> Reader:
    def read(content: bytes | str, url: str) -> Document:
        from .readers.html import parse_html  # looked up at call time

        return parse_html(content, url=url, limits=limits, site_config=site_config)

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


def link_key(url: str) -> str:
    """The same page whatever its fragment and host case: how duplicates are found."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(url.strip())
        return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                           parts.query, ""))
    except ValueError:
        return url


class _ItemConverter:
    """Fetch an item's page(s) and read them into one document (see :func:`convert_items`)."""

    def __init__(self, fetcher: Fetcher, reader: Reader, *, site_config: SiteConfigArg | None,
                 docs: DocStore | None, max_pages: int, max_blocks: int | None = None):
        self.fetcher = fetcher
        self.max_blocks = max_blocks
        self.reader = reader
        self.site_config = site_config
        self.docs = docs
        self.max_pages = max(1, max_pages)

    def pages(self, link: str) -> list[FetchedPage]:
        """The article's pages: its single-page version when the site rules offer one,
        else the first page and the next pages of the same article, up to ``max_pages``."""
        first = self.fetcher.fetch(link, kind="page")
        if self.site_config is not None:
            single = single_page_url(first.content, first.url, self.site_config)
            if single:
                try:
                    return [self.fetcher.fetch(single, kind="page")]
                except FetchError as exc:
                    log.info("%s: single-page version not fetched (%s); reading page by page",
                             link, exc.reason)
        pages = [first]
        seen = {link_key(first.url), link_key(link)}
        while len(pages) < self.max_pages:
            page = pages[-1]
            nxt = next_page_url(page.content, page.url, first.url, self.site_config)
            if not nxt or link_key(nxt) in seen:
                break
            seen.add(link_key(nxt))
            try:
                pages.append(self.fetcher.fetch(nxt, kind="page"))
            except FetchError as exc:
                log.warning("%s: page %d not fetched (%s); the article is cut there",
                            link, len(pages) + 1, exc.reason)
                break
        return pages

    def read(self, pages: list[FetchedPage]) -> tuple[Document, bool]:
        key = self.docs.key([(p.url, p.content) for p in pages]) if self.docs else None
        if key is not None and self.docs is not None:
            doc = self.docs.get(key)
            if doc is not None:
                return doc, True
        docs = [self.reader(page_content(p), p.url) for p in pages]
        for d in docs:
            if not isinstance(d, Document):
                raise TypeError("the reader returned no document")
        doc = join_documents(docs, self.max_blocks)
        if key is not None and self.docs is not None and doc.body:
            self.docs.put(key, doc)
        return doc, False

    def __call__(self, item: FeedItem) -> Converted | Failure:
        if not item.link and item.rejected_link:
            return Failure(item.label(), f"link is not an http(s) URL: {item.rejected_link!r}",
                           item.index)
        if not item.link:
            return Failure(item.label(), "no link in the feed item (nothing to fetch)",
                           item.index)
        try:
            pages = self.pages(item.link)
        except FetchError as exc:
            return Failure(item.link, exc.reason, item.index)
        try:
            doc, reused = self.read(pages)
        except SyndicateError as exc:
            return Failure(item.link, f"could not read the page: {exc}", item.index)
        except RecursionError:
            return Failure(item.link, "could not read the page: nesting too deep", item.index)
        except Exception as exc:  # a reader bug must not end the run: report it per item
            return Failure(item.link, f"internal error reading the page: "
                                      f"{type(exc).__name__}: {exc}", item.index)
        if not doc.body:
            return Failure(item.link, "no article text found in the page", item.index)
        return Converted(item, _fill(doc, item), unchanged=all(p.from_cache for p in pages),
                         reused=reused, pages=len(pages))


def options_fingerprint(site_config: SiteConfigArg | None, max_pages: int) -> str:
    """What, besides the page bytes, decides the document read from them."""
    from .siteconfig import SiteConfig, SiteRules

    if isinstance(site_config, SiteRules):
        rules = ";".join(f"{h}={c.fingerprint()}" for h, c in sorted(site_config.configs.items()))
    elif isinstance(site_config, SiteConfig):
        rules = site_config.fingerprint()
    else:
        rules = "none"
    return f"site_config={rules}\nmax_pages={max_pages}"


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
    on_result: OnResult | None = None,
    site_config: SiteConfigArg | None = None,
    docs: DocStore | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> FeedResult:
    """Fetch and parse every item's page; good documents and failures, in feed order.

    ``workers`` pages are fetched at once in all (default ``limits.fetch_workers``),
    ``per_host`` at once from one site (default ``limits.fetch_per_host``).
    ``progress(done, total)`` and ``on_result(outcome)`` are called after each item.
    ``site_config`` (``syndicate.siteconfig.SiteRules`` or ``SiteConfig``) is passed to
    the HTML reader and names next/single pages; ``docs`` skips reading pages whose
    bytes were read before (only with the default reader); ``max_pages`` bounds the
    pages joined into one article.
    """
    own = fetcher is None
    fetcher = fetcher or Fetcher(limits, per_host=per_host)
    read = reader or _default_reader(limits, site_config)
    result = FeedResult(feed=feed, source=source)
    unique: list[FeedItem] = []
    seen: set[str] = set()
    for item in feed.items:
        if item.link:
            key = link_key(item.link)
            if key in seen:
                result.duplicates.append(item)
                continue
            seen.add(key)
        unique.append(item)
    convert = _ItemConverter(fetcher, read, site_config=site_config,
                             docs=docs if reader is None else None, max_pages=max_pages,
                             max_blocks=limits.max_blocks)
    cap = max(0, limits.max_feed_items)
    total = min(len(unique), cap)

    def report(done: int, value: Converted | Failure) -> None:
        if on_result:
            on_result(value)
        if progress:
            progress(done, total)

    try:
        outcomes = run_pool(unique[:cap], convert, workers=workers or limits.fetch_workers,
                            on_done=report)
    finally:
        if own:
            fetcher.close()
    # Past the item cap: reported, never silently dropped.
    for item in unique[cap:]:
        over = Failure(item.link or item.label(), f"not fetched: over the cap of {cap} items "
                       "(Limits.max_feed_items, --max-items)", item.index)
        outcomes.append(over)
        if on_result:
            on_result(over)
    for outcome in outcomes:
        if isinstance(outcome, Converted):
            result.converted.append(outcome)
        else:
            result.failures.append(outcome)
    return result


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
    cache_dir: str | os.PathLike[str] | None = None,
    site_config: SiteConfigArg | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    keep_stale: bool = False,
    on_result: OnResult | None = None,
) -> FeedResult:
    """Read ``source`` (URL, file or bytes), convert every item, write ``out`` as ``to``.

    ``cache_dir``: a folder for the HTTP cache and the documents already read (later
    runs make conditional requests and re-read only changed pages). ``site_config``:
    FiveFilters site rules (``syndicate.siteconfig.load_site_rules(folder)``).
    ``keep_stale``: AMP pages of items no longer in the feed are kept (default: removed).
    Nothing is written when no item could be converted (raises FeedError then, with
    the failures in its message); otherwise the result lists every failure.
    """
    from .feedoutput import write_output

    cache = os.fspath(cache_dir) if cache_dir is not None else None
    docs = DocStore(cache, options_fingerprint(site_config, max_pages)) if cache else None
    with Fetcher(limits, per_host=per_host, cache_dir=cache) as fetcher:
        feed, feed_url = load_feed(source, fetcher=fetcher, limits=limits)
        result = convert_items(feed, fetcher=fetcher, limits=limits, workers=workers,
                               reader=reader, progress=progress, on_result=on_result,
                               site_config=site_config, docs=docs, max_pages=max_pages,
                               source=feed_url or (os.fspath(source)
                                                   if not isinstance(source, bytes) else None))
    if not feed.items:
        raise FeedError("the feed has no items: nothing to convert")
    if not result.converted:
        raise FeedError(f"no item of the feed could be converted ({result.summary()})")
    result.written = write_output(result, to, out, self_url=self_url, ads=ads,
                                  include_related=include_related, keep_stale=keep_stale)
    if docs is not None:
        docs.prune()
    return result


def failures_text(failures: Iterable[Failure]) -> str:
    """One ``URL: reason`` line per failure."""
    return "".join(f"{f.url}: {f.reason}\n" for f in failures)


def write_output(*args: object, **kwargs: object) -> list[Path]:
    """See :func:`syndicate.feedoutput.write_output` (kept here for existing imports)."""
    from .feedoutput import write_output as write

    return write(*args, **kwargs)  # type: ignore[arg-type]
