"""An article's sections in separate subtrees: the wrapper that holds them all.

Page builders (rows, cells, modules), accordions and split sections put one article into
several subtrees, each scored apart; ``choose.choose`` picks one. ``merge_sections`` looks
further up for the wrapper that holds clearly more of the paragraph text, and
``linked_headlines`` tells a list of posts (each headline a link to its own page), which
is never merged into one article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from ..memo import memo
from .chrome_util import page_attributes, tag_of
from .rules import boilerplate as rules

if TYPE_CHECKING:
    from .content import Analysis


_BODY_CLASS = re.compile(rules.MAYBE)


@memo(4096)
def _body_classed(cls: str) -> bool:
    """A class value naming the article's body (``rules.MAYBE``); remembered, as a page's
    wrappers repeat their class strings and the alternation is long."""
    return _BODY_CLASS.search(cls.lower()) is not None


def body_wrapper(a: Analysis, el: etree._Element) -> bool:
    """``el`` is all there is of an element classed as the article's body (``rules.MAYBE``:
    "content", "post-body"...): it holds ``rules.BODY_WRAPPER_SHARE`` of that parent's text,
    at least ``rules.GUARD_BODY_MIN_CHARS``. Such a wrapper is the body itself whatever its
    own class says (a "commentOnSelection" or "share-highlight" feature wrapping the text)."""
    parent = el.getparent()
    if parent is None:
        return False
    cls = page_attributes().classes[parent]  # (the page's names: a look-up, no copy out of lxml)
    if not cls or not _body_classed(cls):
        return False
    mine = a.text_len.get(el, 0)
    return mine >= rules.GUARD_BODY_MIN_CHARS and mine >= rules.BODY_WRAPPER_SHARE * a.text_len.get(parent, 1)


def lead_wrapper(a: Analysis, el: etree._Element, body: set[etree._Element]) -> bool:
    """A lead-classed block ("intro") that wraps the article's opening paragraphs rather
    than being one: a ``div`` or ``section`` outside the body containers ``body`` (not
    around them), whose text is mostly paragraphs (``rules.MERGE_TEXT_SHARE``), with few
    links, at most ``rules.LEAD_WRAPPER_CHARS``."""
    if tag_of(el) not in ("div", "section"):
        return False
    if any(any(x is el for x in c.iterancestors()) for c in body):
        return False  # (the body's own wrapper)
    good, total = a.good_len.get(el, 0), a.text_len.get(el, 0)
    return (rules.MIN_LEAD_CHARS <= good <= rules.LEAD_WRAPPER_CHARS
            and good >= rules.MERGE_TEXT_SHARE * total and a.link_density(el) < 0.3)


def _chars(s: str) -> int:
    return len("".join(s.split()))


def merge_sections(a: Analysis, top: etree._Element) -> etree._Element:
    """The wrapper of an article whose sections stand in separate subtrees (page-builder
    rows, a listicle's tiles): up to ``rules.MERGE_LEVELS`` ancestors above ``top``, while
    each is still mostly paragraph text with few links, the highest one that holds clearly
    more paragraph text (``rules.MERGE_GROWTH``) than the container so far. Unlike the
    parent-by-parent climb, a level that adds little (a section's own heading row) does
    not stop the search for the cousins further up."""
    good = a.good_len
    chosen = top
    node = top.getparent()
    for _ in range(rules.MERGE_LEVELS):
        if node is None or tag_of(node) in _NO_MERGE or node in a.skipped:
            break
        if good.get(node, 0) < rules.MERGE_TEXT_SHARE * a.text_len.get(node, 1) \
                or a.link_density(node) > rules.MERGE_LINK_DENSITY:
            break
        if good.get(node, 0) >= rules.MERGE_GROWTH * good.get(chosen, 0):
            if linked_headlines(node) >= 2:
                break  # a list of posts (each headline links to its page), not one article
            chosen = node
        node = node.getparent()
    return chosen


#: Merging sections stops at these: the page, and layout tables (their cells are columns).
_NO_MERGE = frozenset({"body", "html", "td", "tr", "tbody", "table", "th"})


def linked_headlines(node: etree._Element) -> int:
    """Headlines (h1-h3) below ``node`` that are one link to another page (not a ``#``
    anchor): the titles of a blog index's posts or a section front's teasers."""
    n = 0
    for h in node.iter("h1", "h2", "h3"):
        link = next(h.iter("a"), None)
        href = link.get("href") if link is not None else None
        if not href or href.startswith("#"):
            continue
        text = _chars(" ".join(h.itertext()))
        if text and _chars(" ".join(link.itertext())) >= 0.8 * text:
            n += 1
            if n >= 2:
                break
    return n
