"""Menu entries that unfold a submenu (``extract/submenus.py``)."""

from __future__ import annotations

#: Levels climbed from a region to the entry whose submenu holds it (a mega menu's column
#: sits in a list in a panel in the entry; a card's button row in a mega menu's column, 9).
SUBMENU_CLIMB = 10
#: Levels looked down through a wrapper holding one entry alone (a list of one entry).
WRAP_DEPTH = 2
#: Links a submenu holds at least.
MIN_SUBMENU_LINKS = 2
#: Characters of an entry's label at most ("Solo para suscriptores digitales").
MAX_LABEL_CHARS = 40
#: Tags of an entry that is no list entry (then one of like siblings: same tag and class).
ENTRY_TAGS = frozenset({"div", "span"})
#: The climb stops at the page's regions (an entry is below them).
PAGE_TAGS = frozenset({"body", "html", "header", "footer", "nav", "main", "aside"})
