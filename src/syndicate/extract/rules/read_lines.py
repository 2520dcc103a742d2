"""Sizes and characters of ``extract/read_lines.py``: a "Read more:" prompt that labels a line of
the text holding one link to another story."""

from __future__ import annotations

#: Levels climbed from a prompt to its line ("h4 > em > span > strong").
CLIMB = 4
#: Tags of a line of the text a prompt may label.
LINE_TAGS = frozenset({"p", "div", "blockquote", "h2", "h3", "h4", "h5", "h6", "li"})
#: Tags that may wrap such a line alone, setting it apart.
WRAPPERS = frozenset({"blockquote", "aside", "div"})
#: The label before the link has at most this many words ("» Read more:", "💡 Read More:").
LABEL_WORDS = 5
#: ...the link's text at least this many ("CyberGhost 2026 Review").
TITLE_WORDS = 2
#: Characters that may stand after the link.
CLOSING = " .!…:;)]»›>-–|"
#: Characters around the label's words, left out of the block's title ("[Read more:", "💡 Read More:").
TITLE_STRIP = " .!…:;()[]«»‹›<>-–|💡"
