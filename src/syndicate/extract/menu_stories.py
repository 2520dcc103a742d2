"""A list of stories that a page sets inside a box it names a menu or a navigation: the
"Latest News" / "Latest Guides" columns of a side ``<nav>``, an "article-navigation" box
of the next posts to read, a side column's "side-menu" of the latest stories. The walk
reads a region in a menu as navigation (no related lists there), but such a box names
itself in the related vocabulary and holds only story links; its entries are headlines,
no section names.

The box must open with (or stand right under) a short heading in the related vocabulary,
hold at least two article links, most of its links article links (``LinkList.is_related``)
with headline texts, and stand below the body's start, in no page header or footer and no
menu entry: a menu bar's panel of the latest stories ("mega menu") is the menu's.
``region_judge`` reads such a box as a list at the page's edge (``EDGE``), where a related
heading is asked for anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from lxml import etree

from .chrome_util import norm, page_attributes
from .linklists import LinkFacts, LinkList, link_facts, related_heading
from .region_names import heading_before
from .rules import menu_stories as rules
from .rules.regions import RELATED_HEADING_WORDS


def story_menu(el: etree._Element, tag: str, n_links: int, hosts: frozenset[str],
               facts: dict[etree._Element, LinkFacts], measure: Callable[[etree._Element, int], LinkList],
               above: Callable[[], Container[etree._Element]]) -> bool:
    """``el`` (a region in a menu area, ``n_links`` links below it) is a headed list of
    stories (see the module). ``facts``: the walk's link facts memo; ``measure``: its
    memoised ``measure``; ``above``: the elements before the body's first block (asked
    last, built once)."""
    if tag not in rules.BOX_TAGS or not rules.MIN_LINKS <= n_links <= rules.MAX_LINKS:
        return False
    # (the climb first: most menus stand in the page's header or footer, or in an entry, and
    # their links are read by no other rule)
    if any(anc.tag in rules.PAGE_EDGE_TAGS for anc in el.iterancestors()):
        return False  # (a menu entry's panel, the page header's or footer's menu)
    hrefs = page_attributes().hrefs
    first = next((a for a in el.iter("a") if hrefs[a]), None)
    if first is None:
        return False
    f = facts.get(first)
    if f is None:
        f = facts[first] = link_facts(first, hosts)
    if not f[1]:
        return False  # (most menus: their first entry names a section, no article)
    # (the related heading before the measure: most menus name none, inside or above them;
    # one inside is a stretch of the box's text, its words at its own text's edges)
    before = heading_before(el)
    if not related_heading(before) and RELATED_HEADING_WORDS.search(norm(" ".join(el.itertext()))) is None:
        return False
    lst = measure(el, n_links)
    if lst.too_big or lst.articles < rules.MIN_STORIES or lst.sections > 1 \
            or lst.link_chars < rules.MIN_HEADLINE_CHARS * lst.links:
        return False  # (a menu's section names are short; its entries no article links)
    heading = lst.heading or before
    if not related_heading(heading) or not lst.is_related(vocabulary=True):
        return False
    return el not in above()  # (the menu bar over the article: its panels of stories are the menu's)
