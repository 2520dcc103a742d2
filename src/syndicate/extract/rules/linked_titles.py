"""A box's title line linking its section (``extract/linked_titles.py``)."""

from __future__ import annotations

from .regions import MAX_HEADING_WORDS

#: Characters of a title line at most.
MAX_LINE_CHARS = 60
#: Words of a title line at most (a heading's).
MAX_LINE_WORDS = MAX_HEADING_WORDS
#: Elements of a title line at most (a name, an icon, a button: a card is larger).
MAX_LINE_ELEMENTS = 8
#: Words of a button beside a heading in the line ("Mehr", "Alle zeigen").
MAX_BUTTON_WORDS = 2
#: Class words of an element set as a heading (``box-title``, ``…-headline_link``).
HEADING_CLASS_WORDS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "title", "heading", "headline"})
