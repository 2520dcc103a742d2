"""Follow widgets the walk over links does not see as a row of profile links:

- a row of profile links in navigation (a menu, or a page whose ``<body>`` or wrapper is
  classed like one, "has-slider-menu"): a bar of its own, unless it is a submenu unfolding
  under a menu entry ("Social networks"), which is navigation like the entry;
- a box a network's script fills: the page holds an empty box naming the profile in
  ``data-href`` (Facebook's page plugin, like box, like or follow button), not a link to it.
  It is a follow CTA when its class is one of the plugin's own (``rules.FOLLOW_PLUGIN_CLASSES``,
  whole class tokens) and its ``data-href`` is a profile (``ctas.share_or_follow``); a like
  button of the article itself names the page's own URL and is none;
- a profile's own "Follow" button (an author card's, ``rules/phrases``): one CTA, unless the
  same button is repeated in the other entries of its list (a row of networks, each labelled
  "Follow"), where the row, not each entry, would be the widget.
"""

from __future__ import annotations

from lxml import etree

from . import ctas
from .chrome_util import norm, tag_of, text_content
from .rules import chrome_patterns as rules

_DATA_HREF = b"data-href"


def submenu(bar: etree._Element) -> bool:
    """``bar`` (a row of profile links in navigation) unfolds under an entry of the menu: the
    list item holding it (a level or two up) has a link of its own ("Social networks"). Such
    a submenu is navigation, like the entry."""
    item = _list_item_above(bar, 2)
    if item is None:
        return False
    mine = set(bar.iter("a"))
    return any(a.get("href") for a in item.iter("a") if a not in mine)


def plugin_profile(el: etree._Element) -> bool:
    """``el`` is a network's follow/like plugin box pointing at a profile."""
    href = el.get(_DATA_HREF)  # (most elements have none: one attribute read)
    if not href:
        return False
    cls = el.get(b"class")
    if not cls or rules.FOLLOW_PLUGIN_CLASSES.isdisjoint(cls.split()):
        return False
    return ctas.share_or_follow(href.strip()) == "follow"


def repeated_in_row(el: etree._Element, text: str) -> bool:
    """``el`` (a button or link whose whole text is ``text``) sits in a list item (within a
    few levels) whose sibling items hold a button or link of the same text."""
    entry = _list_item_above(el, 3)
    items = entry.getparent() if entry is not None else None
    if items is None:
        return False
    return any(item is not entry and norm(text_content(x)) == text
               for item in items for x in item.iter("a", "button"))


def _list_item_above(el: etree._Element, levels: int) -> etree._Element | None:
    """The nearest ``<li>`` among ``el``'s first ``levels`` ancestors, or None."""
    node = el.getparent()
    for _ in range(levels):
        if node is None:
            return None
        if tag_of(node) == "li":
            return node
        node = node.getparent()
    return None
