"""A feed of recent comments on the site's posts (a sidebar's or footer's "Recent comments",
"Letzte Kommentare", WordPress's comments widget): a list of links into the comment threads
of *pages*, no comment section of this page, so no comments CTA.

The test is the links' targets: each leads to a comment anchor of a page
(``/some-post/#comment-12``), and those pages are not this one (its canonical or ``og:url``
address), or are several (a page's own thread links into one page only). A box to write in
(a form, a field, a text area, a frame) or comment text of its own (link text less than
a third of its text: comments' words) is a section, whatever its links.
"""

from __future__ import annotations

from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from .chrome_util import text_stats
from .rules import regions as rules
from .rules import widgets as widget_rules

#: At most this many links of a box are read (a feed shows five to fifteen).
_MAX_LINKS = 60
#: Elements a reader writes a comment with: a box holding one is a section.
_WRITE = ("form", "input", "textarea", "iframe", "button")


def comments_elsewhere(el: etree._Element, root: etree._Element) -> bool:
    """``el`` lists comments of other pages (``widget_rules.MIN_FEED_COMMENT_LINKS`` or more links
    to comment anchors of pages other than this one, or of several pages), holds nothing to
    write with and is largely link text: a recent-comments feed."""
    targets: list[str] = []
    for a in islice(el.iter("a"), _MAX_LINKS):
        page = _comment_page(a.get("href") or "")
        if page is not None:
            targets.append(page)
    if len(targets) < widget_rules.MIN_FEED_COMMENT_LINKS:
        return False
    pages = set(targets)
    if len(pages) < 2:
        own = _own_page(root)
        if own is None or own in pages:
            return False  # (one page's anchors: this page's own thread, or not known to be another's)
    if next(el.iter(*_WRITE), None) is not None:
        return False
    stats = text_stats(el, max_elements=widget_rules.MAX_FEED_ELEMENTS)
    return not stats.truncated and stats.link_chars >= widget_rules.MIN_FEED_LINK_SHARE * stats.chars


def _comment_page(href: str) -> str | None:
    """The page (its path, without a thread's ``comment-page-N`` part) a link to a
    comment anchor leads to (``https://x.org/post/comment-page-1#comment-379524``), None for
    any other link or an anchor of this page alone (``#comment-3``)."""
    base, sep, fragment = href.strip().partition("#")
    if not sep or not base or not fragment.lower().startswith(rules.COMMENT_STEMS):
        return None
    return _page_key(base)


def _page_key(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    if last.startswith("comment-page-"):
        path = head.rstrip("/")
    return path  # (the path alone: a feed links into its own site, by full or relative URLs)


def _own_page(root: etree._Element) -> str | None:
    """This page's address as ``_page_key`` writes it: its canonical link or ``og:url``."""
    head = root.find("head")
    if head is None:
        return None
    for node in head:
        tag = node.tag
        if tag == "link" and "canonical" in (node.get("rel") or "").lower().split() \
                or tag == "meta" and (node.get("property") or "").lower() == "og:url":
            url = (node.get("href") if tag == "link" else node.get("content")) or ""
            if url.startswith(("http://", "https://", "//")):
                return _page_key(url)
    return None
