"""Articles split over several pages: find the pages, then join their documents.

:func:`next_page_url` looks for the next page of the *same* article: the site rule's
``next_page_link`` first, then ``<link rel="next">`` / ``<a rel="next">`` pointing to
the same host under the same path (``/story``, ``/story/2``, ``/story?page=2``), so a
blog's "older posts" link to another article is not followed. :func:`single_page_url`
gives the ``single_page_link`` of a site rule ("view as one page").
:func:`join_documents` appends the body of pages 2..N to page 1's document; block
ids are renumbered, and locators of later pages say which page they point into
(``page:2:/html/body/...``). Chrome that is part of a later page's article is kept
(placed where it stood); later pages' page-level chrome repeats page 1's and is left out.
The joined body holds at most ``max_blocks`` blocks, as one page's does: what is past the
cap is left out with the chrome placed among it, and a warning says how much.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree

from .model import AdSlot, Block, CallToAction, Document, Related
from .positions import IdAllocator, place

if TYPE_CHECKING:
    from .siteconfig import SiteConfig, SiteRules

    SiteConfigArg = SiteConfig | SiteRules

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_MAX_PAGES", "join_documents", "next_page_url", "page_locator",
           "single_page_url"]

#: Pages of one article followed at most (the first page included).
DEFAULT_MAX_PAGES = 10
_REL_NEXT = re.compile(rb"""rel\s*=\s*["']?[^"'>]*\bnext\b""", re.IGNORECASE)
_PAGE_TAIL = re.compile(r"^/?(?:(?:page|p|seite|pagina|strona)[/-]?)?\d{1,3}/?$", re.IGNORECASE)
_PAGE_SUFFIX = re.compile(r"[-_](?:page[-_]?|p)?\d{1,3}$", re.IGNORECASE)
_PAGE_PARAMS = frozenset({"page", "p", "pg", "pagina", "seite", "strona", "start", "pageno"})


def _tree(content: bytes | str) -> etree._Element | None:
    from .readers.tree import parse_tree

    try:
        return parse_tree(content)
    except Exception:  # not a page we can look into: no next page
        return None


def page_locator(page: int, locator: str | None) -> str | None:
    return locator if page <= 1 or not locator else f"page:{page}:{locator}"


def same_article(first: str, candidate: str) -> bool:
    """Whether ``candidate`` looks like another page of the article at ``first``."""
    a, b = urlsplit(first), urlsplit(candidate)
    if b.scheme not in ("http", "https") or (a.hostname or "") != (b.hostname or ""):
        return False
    base = a.path.rstrip("/")
    if b.path.rstrip("/") == base:  # ?page=2: only paging parameters differ
        qa = {k.lower(): v for k, v in parse_qsl(a.query)}
        qb = {k.lower(): v for k, v in parse_qsl(b.query)}
        differ = {k for k in qa.keys() | qb.keys() if qa.get(k) != qb.get(k)}
        return bool(differ) and differ <= _PAGE_PARAMS
    if b.path.startswith(base + "/"):  # /story/2, /story/page/2
        return bool(_PAGE_TAIL.match(b.path[len(base):]))
    # /story-2.html after /story.html or /story-1.html (never /news/12346 after /news/12345)
    stem_a, bare_a = _stem(a.path)
    stem_b, bare_b = _stem(b.path)
    return bool(stem_a.strip("/")) and stem_a == stem_b and stem_b != bare_b and bare_a != bare_b


def _stem(path: str) -> tuple[str, str]:
    """(path without extension and page suffix, path without extension)."""
    bare = re.sub(r"\.\w{2,5}$", "", path.rstrip("/"))
    return _PAGE_SUFFIX.sub("", bare), bare


def next_page_url(content: bytes | str, url: str, first_url: str,
                  site_config: SiteConfigArg | None = None) -> str | None:
    """The next page of the article whose page ``url`` holds ``content``, or None."""
    from .extract.siteconfig_apply import next_page_urls, pick_config

    cfg = pick_config(site_config, url)  # type: ignore[arg-type]
    raw = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    if not (cfg and cfg.next_page_link) and not _REL_NEXT.search(raw):
        return None  # the common case: no parse at all
    root = _tree(content)
    if root is None:
        return None
    if cfg and cfg.next_page_link:
        for href in next_page_urls(root, cfg):
            target = urljoin(url, href)
            if target.startswith(("http://", "https://")) and target != url:
                return target  # the site's own rule: trusted without the same-path check
    hrefs = [el.get("href") for el in root.iter("link", "a")
             if "next" in (el.get("rel") or "").lower().split() and el.get("href")]
    for href in hrefs:
        target = urljoin(url, href.strip())
        if target != url and same_article(first_url, target):
            return target
    return None


def single_page_url(content: bytes | str, url: str, site_config: SiteConfigArg | None) -> str | None:
    """The ``single_page_link`` of a site rule, when the page offers one."""
    from .extract.siteconfig_apply import pick_config, single_page_urls

    cfg = pick_config(site_config, url)  # type: ignore[arg-type]
    if not (cfg and cfg.single_page_link):
        return None
    root = _tree(content)
    if root is None:
        return None
    for href in single_page_urls(root, cfg):
        target = urljoin(url, href)
        if target.startswith(("http://", "https://")) and target != url:
            return target
    return None


def join_documents(docs: list[Document], max_blocks: int | None = None) -> Document:
    """One document from the documents of an article's pages, in page order.

    ``max_blocks`` caps the joined body (``Limits.max_blocks``); None: no cap."""
    if len(docs) == 1:
        return docs[0]
    first = docs[0]
    ids = IdAllocator()
    sequence: list[Block | AdSlot | Related | CallToAction] = []
    outside: set[int] = set()
    kept = _blocks_kept(docs, max_blocks)
    for page, (doc, n_kept) in enumerate(zip(docs, kept, strict=False), 1):
        body = doc.body[:n_kept]
        old_ids = [block.id for block in body]
        for block in body:
            block.id = ids("b")
            block.locator = page_locator(page, block.locator)
        chrome: list[AdSlot | Related | CallToAction] = [*doc.ads, *doc.related, *doc.ctas]
        before = [c for c in chrome if c.position.placement == "before"]
        after = [c for c in chrome if c.position.placement == "after"]
        inline: dict[str, list] = {}
        for c in chrome:
            if c.position.placement == "inline" and c.position.after:
                inline.setdefault(c.position.after, []).append(c)
        page_outside = [c for c in chrome if c.position.placement == "outside"]
        if page == 1:
            for c in page_outside:
                outside.add(id(c))
            sequence += page_outside
        sequence += before
        for block, old in zip(body, old_ids, strict=True):
            sequence.append(block)
            sequence += inline.get(old or "", [])
        sequence += after
        for c in chrome:
            if page > 1:
                c.locator = page_locator(page, c.locator)
    # keep page-1 page-level chrome, everything placed within an article page
    joined = [x for x in sequence if isinstance(x, Block) or id(x) in outside
              or x.position.placement != "outside"]
    for prefix, cls in (("ad", AdSlot), ("rel", Related), ("cta", CallToAction)):
        for x in joined:
            if isinstance(x, cls):
                x.id = ids(prefix)
    place(joined, outside=frozenset(outside))
    first.body = [x for x in joined if isinstance(x, Block)]
    first.ads = [x for x in joined if isinstance(x, AdSlot)]
    first.related = [x for x in joined if isinstance(x, Related)]
    first.ctas = [x for x in joined if isinstance(x, CallToAction)]
    return first


def _blocks_kept(docs: list[Document], max_blocks: int | None) -> list[int]:
    """How many body blocks of each page the joined document keeps: all of them, up to
    ``max_blocks`` in all (page 1 whole, it was capped when it was read); pages past the
    cap are not listed. What is cut is logged, as the reader logs a cut page."""
    sizes = [len(doc.body) for doc in docs]
    if max_blocks is None or sum(sizes) <= max_blocks:
        return sizes
    kept: list[int] = []
    room = max(max_blocks, sizes[0])
    for size in sizes:
        if room <= 0:
            break
        kept.append(min(size, room))
        room -= kept[-1]
    cut_page = next((i + 1 for i, n in enumerate(kept) if n < sizes[i]), len(kept) + 1)
    log.warning("joined article cut from page %d on: %d blocks past max_blocks=%d left out",
                cut_page, sum(sizes) - sum(kept), max_blocks)
    return kept

