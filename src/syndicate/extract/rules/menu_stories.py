"""Numbers of ``extract/menu_stories.py``: a list of stories set in a box named a menu."""

from __future__ import annotations

#: Tags of a box that may be such a list (a menu's entry, ``li``, is none).
BOX_TAGS = frozenset({"div", "section", "aside", "nav", "ul", "ol"})
#: Links the box holds: at least two stories, at most a side column's list of them.
MIN_LINKS = 2
MAX_LINKS = 24
#: Article links it holds at least.
MIN_STORIES = 2
#: Characters of link text per link, on average, at least (a picture link beside its
#: headline counts none; a menu's section names are a word or two).
MIN_HEADLINE_CHARS = 15
#: Ancestors that make the box part of the page's header or footer or of a menu entry (its
#: panel).
PAGE_EDGE_TAGS = frozenset({"header", "footer", "li"})
