"""A block of links to the site's own listing, service or product pages: no related block.

A shop's or a service firm's pages, a market data site's listings and a tour operator's
trips are linked from a story in bands and bars built like a related block ("Most Active
Stocks / Daily Stock Gainers / Daily Stock Losers", "Summer Photo Tours in Iceland /
Greenland Photo Tours / …", "Resource management template / …"). Their addresses say
what they are, beside the page's own: every link goes under one section of the site
(one first path segment, the same for all), which is not the section the page itself
stands in, and names its page with a short slug (``MAX_LISTING_SLUG_WORDS`` words, no
number: no date, no id), labelled in a few words. A site's related stories live where
the page lives (a recipe beside a recipe under "/recipes/"), or carry dates, ids or
headline slugs.

``related_guards.guard`` asks this about the page links it has already cut
(``related_guards._target``), a handful of blocks per page.
"""

from __future__ import annotations

import re

from lxml import etree

from .chrome_util import norm, text_content
from .rules import own_listings as rules

_SLUG_SPLIT = re.compile(r"[-_.+\s]+")
_DIGIT = re.compile(r"\d")
_PAGE_ENDINGS = ("html", "htm", "php", "aspx", "asp", "jsp")


def listing_menu(pages: list[tuple[etree._Element, tuple[str, bool, tuple[str, ...]]]],
                 own: frozenset[str]) -> bool:
    """``pages`` (link, (page key, a file?, path segments)) are a menu of the site's own
    listing pages: ``MIN_LISTING_PAGES`` distinct pages or more on one host, all
    under one first path segment that the page's own address (``own``: its keys) does
    not open with, each named by a short slug without a number and labelled in a few
    words, ``MIN_LISTING_PAGES`` slugs at least. (A link to the section's own index, "See
    all", may stand among them.)"""
    keys = {t[0] for _, t in pages}
    if len(keys) < rules.MIN_LISTING_PAGES:
        return False
    section = pages[0][1][2][0] if pages[0][1][2] else None
    if section is None or _DIGIT.search(section):
        return False
    host = _host(pages[0][1][0])
    sections = _own_sections(own)
    if sections is None or section in sections:
        return False  # (the page's section unknown, or its own: stories beside it)
    deep = set()
    for a, (key, _, segments) in pages:
        if not segments or segments[0] != section or _host(key) != host:
            return False
        if len(segments) > 1:
            if any(_DIGIT.search(s) for s in segments[1:]) or not _short_slug(segments[-1]):
                return False
            deep.add(key.split("?", 1)[0])  # (one page under several queries: one slug)
        if len(norm(text_content(a)).split()) > rules.MAX_LISTING_LABEL_WORDS:
            return False
    return len(deep) >= rules.MIN_LISTING_PAGES


def _host(key: str) -> str:
    return key.split("/", 1)[0]


def _own_sections(own: frozenset[str]) -> frozenset[str] | None:
    """The first path segments of the page's own addresses (its URL, its canonical URL:
    a relative link may have been read against either); None when there is none, or one
    is the site's root (a home page's address names no section)."""
    out = set()
    for key in own:
        path = key.split("?", 1)[0].partition("/")[2].lower()
        if not path:
            return None
        out.add(path.split("/", 1)[0])
    return frozenset(out) if out else None


def _short_slug(segment: str) -> bool:
    """A slug of at most ``MAX_LISTING_SLUG_WORDS`` words (a page ending such as ".php"
    aside)."""
    stem, dot, ending = segment.rpartition(".")
    if dot and ending in _PAGE_ENDINGS:
        segment = stem
    return len([w for w in _SLUG_SPLIT.split(segment) if w]) <= rules.MAX_LISTING_SLUG_WORDS
