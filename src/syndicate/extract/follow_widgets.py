"""Follow widgets the walk over links does not see as a row of profile links:

- a row of profile links in navigation (a menu, or a page whose ``<body>`` or wrapper is
  classed like one, "has-slider-menu"): a bar of its own, unless it is a submenu unfolding
  under a menu entry ("Social networks"), which is navigation like the entry.
"""

from __future__ import annotations

from lxml import etree

from .chrome_util import tag_of


def submenu(bar: etree._Element) -> bool:
    """``bar`` (a row of profile links in navigation) unfolds under an entry of the menu: the
    list item holding it (a level or two up) has a link of its own ("Social networks"). Such
    a submenu is navigation, like the entry."""
    node = bar
    for _ in range(2):
        parent = node.getparent()
        if parent is None:
            return False
        if tag_of(parent) == "li":
            mine = set(bar.iter("a"))
            return any(a.get("href") for a in parent.iter("a") if a not in mine)
        node = parent
    return False
