"""Bounds of ``extract/menu_stories.py``: a headed list of stories set in a menu area."""

from __future__ import annotations

import re

#: Links of such a list: two stories (a "Reading next" pair) to a rail's dozen.
MIN_LINKS = 2
MAX_LINKS = 24
#: Stories a list must show (its items once built).
MIN_ITEMS = 2
#: A link's text of a headline's length (``rules/regions.TITLE_CHARS``), for the quick count
#: of a list's story links.
STORY_TEXT_CHARS = 15
#: Elements the walk asks that are no list of their own (an entry, a phrase, a form).
NO_LIST_TAGS = frozenset({"li", "span", "form", "a", "p"})
#: Ancestors that make a headed list of posts a menu's part: a menu entry (its drop-down
#: panel), the page's header and footer (their menus' columns and panels).
MENU_HOLDERS = ("li", "header", "footer")  # (a tuple: lxml's ``iterancestors`` takes it spread)
#: A heading is short.
MAX_HEADING_WORDS = 9
#: Class tokens of an element set as a title ("section_title", "widget-title", "heading").
TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:title|heading|headline)(?:$|[\s_-])", re.I)
