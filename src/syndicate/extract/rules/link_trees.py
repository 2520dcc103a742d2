"""Branches of a link tree (``extract/link_trees.py``)."""

from __future__ import annotations

#: Tags of a list and of its entries' sub-lists.
LIST_TAGS = frozenset({"ul", "ol"})
#: Tags of a tree node's lead, standing directly in the entry before its sub-list: a link
#: (to the year's or category's page, or "#" for a toggle) or a button unfolding it.
LEAD_TAGS = frozenset({"a", "button"})
#: Characters of the entry's own text before the sub-list, at most: a node's label ("► 2019
#: (13)", "January", "Business 29,417 courses"), not a sentence of the article's own list.
MAX_LABEL_CHARS = 60
