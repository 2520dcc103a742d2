"""The title line a block of links opens with, read by its place, not by its tag.

A run of sibling blocks ("Recommended For You", "More in Tech", "Trending") is several
related blocks when each opens with a title line of its own. The line is not always an
``<h*>`` or a bold child (``widget_stack.heading_line``): a styled ``<div>`` after a rule
(``<hr>``), or a heading that is itself a link to the section's listing
(``<h3><a href="/tag/x/">Bloqueo contra Cuba</a></h3>``, ``<div class="h3"><a>Beliebt</a></div>``).
What makes it the block's title is where it stands: the first child of the block that shows
text, short (a name, not a headline), holding no link or one link whose whole text it is,
with the block's links after it.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from .chrome_util import NO_TEXT, norm, text_content, words
from .element_hints import HEADINGS
from .linklists import link_kind
from .rules import regions as rules

#: Elements of a title line at most (a name and an icon; a card or a list is larger).
_MAX_LINE_ELEMENTS = 8
#: Characters of a title line at most.
_MAX_LINE_CHARS = 60
#: A word of two letters or more (a title line names something).
_WORD = re.compile(r"[^\W\d_]{2}")
#: Class words of a heading set by style (``class="h3"``, ``box-title``).
_HEADING_CLASS_WORDS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "title", "heading", "headline"})


def _heading(line: etree._Element, a: etree._Element) -> bool:
    """The link ``a`` sits in a heading of ``line`` (``line`` or an element between them is
    an ``<h*>`` or is classed as a heading or title)."""
    node: etree._Element | None = a.getparent()
    while node is not None:
        if node.tag in HEADINGS or any(n.lower() in _HEADING_CLASS_WORDS or not _HEADING_CLASS_WORDS.isdisjoint(words(n))
                                        for n in (node.get("class") or "").split()):
            return True
        if node is line:
            return False
        node = node.getparent()
    return False


def title_line(box: etree._Element, hosts: frozenset[str] | None = None) -> str | None:
    """The text of the line ``box`` opens with when it is a title line over links that
    follow it (see the module's doc); None otherwise. ``hosts``: the site's hosts (a longer
    linked title is one when its link goes to no article of the site)."""
    if (box.text or "").strip():
        return None
    kids = [c for c in box if isinstance(c.tag, str) and c.tag not in NO_TEXT]
    for i, c in enumerate(kids):
        text = norm(text_content(c))
        if not text:
            if any(a.get("href") for a in c.iter("a")):
                return None  # (an image link first: a card, no titled block)
            continue  # (a rule, an icon, an empty slot)
        if len(text) > _MAX_LINE_CHARS or len(text.split()) > rules.MAX_HEADING_WORDS \
                or next(islice(c.iter(etree.Element), _MAX_LINE_ELEMENTS, None), None) is not None:
            return None  # (more than ``_MAX_LINE_ELEMENTS`` elements, counted only that far)
        if not _WORD.search(text):
            return None  # (a number, a close mark: a card's rank or a control, no title)
        anchors = [a for a in c.iter("a") if a.get("href")]
        if anchors:
            # (a heading linking its section: one target, its whole text, a name not a
            # headline, set as a heading: a "Back" or "Read more" link is none)
            if not _heading(c, anchors[0]) or len({a.get("href") for a in anchors}) != 1 \
                    or norm(" ".join(a.text_content() for a in anchors)) != text \
                    or (len(text.split()) > rules.TITLE_WORDS
                        and (hosts is None or link_kind(anchors[0].get("href") or "", hosts)[1])):
                return None
        if not any(next(k.iter("a"), None) is not None for k in kids[i + 1:]):
            return None  # (no links under it: the line is the block's content)
        return text
    return None


def titled_apart(boxes: list[etree._Element], hosts: frozenset[str] | None = None) -> bool:
    """Each of ``boxes`` opens with a title line of its own, no two alike (several blocks,
    not one list cut in parts)."""
    titles = set()
    for box in boxes:
        title = title_line(box, hosts)
        if title is None:
            return False
        titles.add(title.casefold())
    return len(titles) == len(boxes)
