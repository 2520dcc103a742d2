"""A row of the site's channels the profile count misses: its feeds, its newsletter page, its
profiles on a fediverse server of its own ("Subscribe · Feed · Bluesky · Mastodon", the two
feed icons closing a blog's column, a footer's "Mastodon · PeerTube · RSS-Feed").

The bar test of ``region_judge`` counts links to known networks only, so a row whose
channels are feeds or self-hosted profiles holds fewer than two of them, or too small a share,
and is read as a list of no stories. ``channel_row`` is asked of such a list (its links
already counted, no story among them): a few short links side by side, at least two of them
and most of them channels, is a follow row.
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import islice

from lxml import etree

from . import ctas
from .chrome import Found
from .chrome_util import text_content
from .ctas import share_or_follow
from .element_hints import HEADINGS
from .follow_rows import ASIDE
from .rules import follow_rows as rules

#: Never a row: the page and its regions (the row is inside them).
_PAGE_REGIONS = frozenset({"html", "body", "main", "article", "header", "footer", "aside"})


def channel_cta(el: etree._Element, n_links: int, holders: Collection[etree._Element],
                line: Collection[etree._Element], taken: Collection[etree._Element],
                base: str | None) -> Found | None:
    """A follow CTA for ``el``, a list of no stories holding ``n_links`` links, when it (or its
    part holding them) is a row of the site's channels (``channel_row``); else None. ``holders``:
    the ancestors of ad slots (no CTA box); ``line``: the body's line (a row on it is reported
    alone, elsewhere with its prompt); ``taken``: the items found already -- a row beside a
    heading found as a CTA ("Abonnieren" over two feed links) is that widget's, not one of its
    own."""
    if el in holders or (row := channel_row(el, n_links)) is None:
        return None
    parent = row.getparent()
    if parent is not None and any(s in taken and s.tag in HEADINGS for s in parent if s is not row):
        return None
    box = ctas.with_prompt(row) if row.getparent() not in line else row
    return Found(box, ctas.build_cta(box, "follow", base))


def channel_row(el: etree._Element, n_links: int) -> etree._Element | None:
    """``el`` (holding ``n_links`` links, no story among them) is a row of the site's channels:
    a share of ``MIN_CHANNEL_SHARE`` of its links are channels -- a known network's profile, a
    feed (not of comments), a ``rel="me"`` link, a profile on a fediverse server of any host,
    the site's newsletter page -- at least ``MIN_CHANNELS`` distinct ones the profile count
    misses and fewer than two known networks' profiles (two: the bar test's row, judged
    already; one beside a feed: no row, ``follow_rows``); each a short label; little text
    beside them. A share link makes it no row of channels; a mail link counts for neither.
    Returns the row: ``el``, or the part of it holding the channels when ``el`` sets other
    links beside them (a footer's row of columns: "Mastodon · PeerTube · RSS" and a shop's);
    else None."""
    return _row(el, n_links, rules.CHANNEL_DEPTH)


def _row(el: etree._Element, n_links: int, depth: int) -> etree._Element | None:
    """``channel_row`` of ``el`` looking ``depth`` levels down for the part holding the channels."""
    if n_links < rules.MIN_CHANNELS or n_links > rules.MAX_CHANNEL_LINKS:
        return None
    if el.tag in _PAGE_REGIONS:
        return None  # (a footer holding the row and its copyright line: the row is inside it)
    others_left = int(n_links * (1 - rules.MIN_CHANNEL_SHARE) + 1e-9)  # (non-channels a row may hold)
    link_words = known = 0
    channels: set[str] = set()  # (distinct targets: an avatar and a name linking one profile are one)
    for a in islice(el.iter("a"), rules.MAX_CHANNEL_LINKS + 1):
        href = (a.get("href") or "").strip()
        if not href or href in channels:
            continue
        kind = share_or_follow(href)
        if kind == "share":
            return None
        if kind is not None:
            known += 1
        else:
            kind = _channel(a, href)
        if kind is None:
            others_left -= 1
            if others_left < 0 and (len(channels) < rules.MIN_CHANNELS or not depth):
                return None  # (most such lists: a menu's entries, stopped at the first ones)
        words = len(text_content(a).split())
        if words > rules.MAX_CHANNEL_LABEL:
            return None  # (a story's or a sentence's link)
        link_words += words
        if kind == "follow":
            channels.add(href)
    if len(channels) - known < rules.MIN_CHANNELS or known >= rules.MIN_CHANNELS:
        return None  # (two known profiles: the bar test's to judge, and it did; one and a feed: no row)
    if others_left < 0:  # (the channels beside other links: the part holding them)
        return next((row for c in el if isinstance(c.tag, str) and (n := _links(c)) >= rules.MIN_CHANNELS
                     and (row := _row(c, n, depth - 1)) is not None), None)
    return el if len(text_content(el).split()) - link_words <= rules.MAX_CHANNEL_LOOSE * n_links else None


def _links(el: etree._Element) -> int:
    """The links with a target inside ``el``."""
    return sum(1 for a in islice(el.iter("a"), rules.MAX_CHANNEL_LINKS + 1) if (a.get("href") or "").strip())


def _channel(a: etree._Element, href: str) -> str | None:
    """"follow" for a channel link no network names, ``ASIDE`` for a mail link, else None."""
    if "me" in (a.get("rel") or "").lower().split():
        return "follow"
    low = href.lower()
    if low.startswith("mailto:"):
        return ASIDE
    if not rules.CHANNEL_HINT.search(low):
        return None  # (most links: no feed, profile or newsletter word at all)
    if rules.FEED_HREF.search(href):
        return None if rules.COMMENT_FEED.search(low) else "follow"
    if rules.FEDIVERSE_HREF.match(href) or rules.NEWSLETTER_HREF.search(href):
        return "follow"
    return None
