"""Whether a box is named or tagged as a page region, or is a part an article may have of
its own: the class/id and tag tests that ``placement`` asks of an item's ancestors (a region
by its words, an article's own header/footer/aside, a previous/next ``<nav>``, a box inside
``<article>`` or ``<main>``).
"""

from __future__ import annotations

from lxml import etree

from ..memo import memo
from .chrome_util import page_attributes, tag_of, words
from .rules import chrome_patterns as rules
from .rules import grid_columns as grid
from .rules import page_parts
from .rules import regions as layout
from .rules.chrome_patterns import literal_search

#: Region words that an article may have of its own ("article-header", "post-footer").
PART_OF_ARTICLE = frozenset({"header", "footer", "toolbar"}) | page_parts.FOOT_WORDS
#: The region words, and a footer's short and other languages' names ("foot", "#pied").
REGION_WORDS = rules.OUTSIDE_WORDS | page_parts.FOOT_WORDS


#: Every region word, and the first word of every compound, occurs in a lower-cased class/id
#: string that names a region: one search rules out most strings (words are pieces of it).
#: (``literal_search``: the words grouped by their rarest character, three times faster than
#: the plain alternation, which tries every word at every position)
_REGION_VOCABULARY = literal_search(sorted(
    set(REGION_WORDS) | {c.split("-", 1)[0] for c in rules.OUTSIDE_COMPOUNDS})).search
#: Whether a name's words joined by "-" hold a region compound ("side-bar"): one search.
_COMPOUND = literal_search(rules.OUTSIDE_COMPOUNDS).search


@memo(16384)
def outside_hint(hint: str) -> bool:
    """A class/id string (as written) naming a page region: matched on words, not substrings."""
    if _REGION_VOCABULARY(hint.lower()) is None:
        return False
    for name in hint.split():
        ws = words(name)
        if layout.STATE_WORDS.intersection(ws):
            continue  # a state of the page ("has-sidebar-option", "sidebar-enabled--false")
        if not REGION_WORDS.isdisjoint(ws):
            if not (set(ws) & rules.OWN_PART_WORDS and set(ws) & PART_OF_ARTICLE):
                return True
        if _COMPOUND("-".join(ws)) is not None:
            return True
    return False


@memo(4096)
def part_named(hint: str) -> bool:
    """A class/id string whose region words are all parts an article may have of its own
    ("header", "footer", "toolbar"), no compound ("site-nav")."""
    named = {w for n in hint.lower().split() for w in words(n)} & REGION_WORDS
    return bool(named) and named <= PART_OF_ARTICLE and not any(
        _COMPOUND("-".join(words(n))) is not None for n in hint.split())


def article_part(node: etree._Element, by_tag: bool, hint: bool) -> bool:
    """A region that an ``<article>`` may hold of its own: an ``<aside>`` or ``<footer>``, or a
    box named a footer (no side column, menu or overlay name beside), not a part of a row or
    flex layout (a column beside the text). The caller asks that it hold nothing but the item
    (one list, not a stack of boxes)."""
    if by_tag and tag_of(node) not in ("aside", "footer"):
        return False
    names = f"{node.get(b'class') or ''} {node.get(b'id') or ''}".lower().split()
    named = {w for n in names for w in words(n)} & REGION_WORDS
    if not named <= _FOOTER_WORDS or (not by_tag and not named) or any(
            p in "-".join(words(n)) for n in names for p in rules.OUTSIDE_COMPOUNDS):
        return False  # (an <aside class="sidebar">: a side column)
    parent = node.getparent()
    row = (parent.get(b"class") or "").lower() if parent is not None else ""
    return not (row and grid.ROW_WORDS.intersection(w for n in row.split() for w in words(n)))


_FOOTER_WORDS = frozenset({"footer"}) | page_parts.FOOT_WORDS


def in_article(node: etree._Element) -> bool:
    """``node`` (on the article's line) is an ``<article>`` element or inside one."""
    return tag_of(node) == "article" or any(tag_of(a) == "article" for a in node.iterancestors())


def in_main(node: etree._Element) -> bool:
    """``node`` is a ``<main>`` element or inside one."""
    return tag_of(node) == "main" or any(tag_of(a) == "main" for a in node.iterancestors())


def nav_hint(node: etree._Element) -> bool:
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    hint = f"{page.classes[node] or ''} {page.ids[node] or ''}"
    # (both words hold "nav", so a name without it, lower-cased, is neither: no words split)
    return "nav" in hint.lower() and any(w in ("nav", "navigation") for n in hint.split() for w in words(n))
