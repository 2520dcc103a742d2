"""Menu entries that are navigation, not CTAs (``extract/menu_entries.py``)."""

from __future__ import annotations

from .regions import EDGE_WORDS, MENU_ROLES, MENU_WORDS
from .regions import OWN_PART_WORDS as _OWN_PART_WORDS

#: A menu list has at least ``MIN_ENTRIES`` sibling entries of one tag, each holding a link;
#: an entry is looked for at most ``ENTRY_CLIMB`` levels above the CTA candidate (through
#: wrappers adding no text: a CMS nests a link in several).
MIN_ENTRIES = 3
ENTRY_CLIMB = 6
#: Tags of a menu entry (a list item, a bare link, a wrapper per link or per footer column).
ENTRY_TAGS = frozenset({"li", "a", "div", "dd"})
#: An entry is mostly link text (share of its visible characters, a menu's short labels) and
#: holds at most ``MAX_ENTRY_LINKS`` links; a prompt sentence beside a link makes a box.
MIN_ENTRY_LINK_SHARE = 0.6
MAX_ENTRY_LINKS = 10
#: Characters a menu list holds outside its entries (a heading's, not a prompt sentence's).
MAX_LIST_TEXT = 40
#: Siblings compared at most (a long menu's first ones tell its style) and elements read per entry.
MAX_SIBLINGS = 40
MAX_ENTRY_ELEMENTS = 30
#: Any descendant tag a sibling lacks sets an entry apart (a button, an icon, a picture).
#: Class tokens saying where an entry stands or what state it is in, not that it is set
#: apart (the last entry, the current page's, one unfolding a submenu).
STATE_TOKENS = frozenset({
    "first", "last", "odd", "even", "active", "current", "selected", "open", "is-active",
    "current-menu-item", "current_page_item", "current-menu-parent", "current-menu-ancestor",
    "current_page_parent", "current_page_ancestor", "menu-item-has-children", "has-children",
    "has-submenu", "has-dropdown", "dropdown", "parent", "first-child", "last-child",
    "item-first", "item-last", "leaf", "expanded", "collapsed",
})
#: What marks a page header, footer or navigation (``menu_entries.at_page_edge``).
EDGE_TAGS = frozenset({"header", "footer", "nav", "menu"})
EDGE_ROLES = MENU_ROLES | {"banner", "contentinfo"}
EDGE_NAME_WORDS = (MENU_WORDS | EDGE_WORDS) - {"breadcrumb", "breadcrumbs"}
#: ...unless the name says it is the article's own part ("article-header").
OWN_PART_WORDS = _OWN_PART_WORDS
