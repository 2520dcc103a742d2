"""The heading of a box of links that stands apart, before the wrappers around the box.

Page builders set each widget in wrappers of its own: the "More To Explore" heading is one
widget (``<div><div><h2>``), the grid of post cards under it the next one
(``<div><div><div class="posts">``). The walk passes the grid's wrappers by (each holds one
element and all its links: ``region_judge._wrapper``) and judges the grid, which has no
heading before it: the heading stands before its outermost wrapper. This climbs those
wrappers (each holding the box and nothing else shown) to the heading before them
(``region_names.heading_before``, the short heading standing just before an element).
``region_judge`` asks it only for a box of whole teaser cards (``LinkList.full_cards``) with no
heading of its own, and takes the answer only when it is a related heading ("More To
Explore"): a plain line before a page builder's widget names anything.
"""

from __future__ import annotations

from lxml import etree

from .chrome_util import NO_TEXT
from .region_names import heading_before

#: Wrappers climbed from a box to the heading standing before the outermost one.
MAX_WRAPPERS = 3


def wrapped_heading(el: etree._Element) -> str | None:
    """The short heading just before the outermost of the wrappers holding ``el`` alone
    (``MAX_WRAPPERS`` at most), None when there is none or ``el`` stands beside other
    content (its own heading is then read from ``el`` itself)."""
    node = el
    for _ in range(MAX_WRAPPERS):
        parent = node.getparent()
        if parent is None or (parent.text and parent.text.strip()) or not _alone(node, parent):
            return None
        heading = heading_before(parent)
        if heading is not None:
            return heading
        node = parent
    return None


def _alone(node: etree._Element, parent: etree._Element) -> bool:
    """``node`` is the one element of ``parent`` that shows something (scripts, styles and
    empty elements aside)."""
    for c in parent:
        if c.tail and c.tail.strip():
            return False
        if c is node or not isinstance(c.tag, str) or c.tag in NO_TEXT:
            continue
        if len(c) or (c.text and c.text.strip()):
            return False
    return True
