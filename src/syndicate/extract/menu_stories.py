"""A headed list of stories set as a menu: a rail's "Most read" ``<nav>``, a box of the latest
stories inside a ``<nav>`` that holds several, a "Reading next" pair of cards in a box classed
as navigation.

The region walk reads what lies in a menu area (a ``nav``, a box named menu or navigation) as
navigation and looks no further for related blocks there. A menu's entries name the site's
sections and pages: short texts, listing paths. A list of stories differs by what its links
are: two or more links to articles of the site, read as headlines or shown as pictured cards,
most of its links (``LinkList.is_related``), under a title the box opens with, whatever
its words. That list is a related block wherever it is set, except where a menu shows
stories too: inside a menu entry (its drop-down panel), in the page's header or footer,
above the article outside a side column; and a list whose links go into parts of pages
(a "Recent comments" list) is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from . import related
from .chrome import Found
from .chrome_util import norm, page_attributes, shown_text, tag_of, text_content
from .element_hints import HEADINGS
from .rules import menu_stories as rules

if TYPE_CHECKING:
    from .region_judge import RegionJudge


_HOLDERS, _NO_LIST_TAGS = rules.MENU_HOLDERS, rules.NO_LIST_TAGS  # (module globals: no look-up per call)
_MIN_LINKS, _MAX_LINKS = rules.MIN_LINKS, rules.MAX_LINKS


class MenuStoryFound(Found):
    """A headed list of stories found in a menu area: the menu guard of ``related_guards``
    (a block inside a ``nav`` or a box named menu) does not apply, the list was judged by
    its links. (A plain subclass: the fields of ``Found``.)"""


def headed_stories(judge: RegionJudge, el: etree._Element, tag: str, n_links: int) -> Found | None:
    """``el`` (in a menu area, holding ``n_links`` links) as a related block when it is a
    headed list of stories (the module's doc), else None."""
    # (the cheap tests first: most menus of a page fail them; the walk asks a parent before
    # its children, so one climb tells the elements of one header or entry)
    held = judge.menu_held
    if el.getparent() in held:
        held.add(el)
        return None
    if tag in _HOLDERS or (el in judge._above() and next(el.iterancestors("aside"), None) is None):
        held.add(el)
        return None  # (an entry, the page's header or footer; above the article, no side
        # column: the header's menus and their panels of stories)
    if not _MIN_LINKS <= n_links <= _MAX_LINKS or tag in _NO_LIST_TAGS:
        return None
    if next(el.iterancestors(*_HOLDERS), None) is not None:
        held.add(el)
        return None  # (in an entry: its drop-down panel; in the page's header or footer: a
        # menu's column of posts)
    heading = _opening(el)
    if heading is None or not _story_links(el):
        return None  # (no heading of its own, no two links a headline or a picture: a menu)
    lst = judge._measure(el, n_links)
    if lst.too_big or lst.sections > 1 or not lst.is_related():
        return None
    if not (lst.headlines() or lst.pictured() or lst.full_cards() or lst.cards >= lst.articles):
        return None  # (a menu's entries: no headline, no picture)
    if _into_pages(el):
        return None  # (links into parts of pages: a "Recent comments" list, a contents menu)
    rel = related.build_related(el, judge.base, title=heading)
    return MenuStoryFound(el, rel) if len(rel.items) >= rules.MIN_ITEMS else None


def _story_links(el: etree._Element) -> bool:
    """Two or more of ``el``'s links hold a picture or a headline's length of text
    (``LinkList``'s article links are among them): a quick test before the list is measured."""
    hrefs = page_attributes().hrefs
    n = 0
    for a in el.iter("a"):
        if hrefs[a] and (len(text_content(a).strip()) >= rules.STORY_TEXT_CHARS
                         or next(a.iter("img"), None) is not None):
            n += 1
            if n >= rules.MIN_ITEMS:
                return True
    return False


def _into_pages(el: etree._Element) -> bool:
    """Half or more of ``el``'s links point at a place inside a page (a fragment: a
    comment's ``#comment-1798``), no story."""
    hrefs = page_attributes().hrefs
    n = inside = 0
    for a in el.iter("a"):
        href = hrefs[a]
        if href:
            n += 1
            hash_at = href.find("#")
            inside += 0 <= hash_at < len(href) - 1
    return 2 * inside >= n


def _opening(el: etree._Element) -> str | None:
    """The title ``el`` opens with: its first element child (or that child's first) a heading
    tag or classed as a title, holding no link ("<nav><h5>Lo más leído</h5><ul>…",
    "<div><div class='title-wrapper'><div class='section_title'>Latest News</div>…"). (A
    heading standing before ``el`` is not looked for: a menu's column has one as often.)"""
    first = next(el.iterchildren(etree.Element), None)
    classes = page_attributes().classes
    for _ in range(2):
        if first is None:
            return None
        tag = tag_of(first)
        cls = classes[first] or ""
        if tag in HEADINGS or rules.TITLE_CLASS.search(cls):
            if next(first.iter("a"), None) is not None:
                return None
            text = norm(shown_text(first))
            return text if text and len(text.split()) <= rules.MAX_HEADING_WORDS else None
        first = next(first.iterchildren(etree.Element), None)
    return None
