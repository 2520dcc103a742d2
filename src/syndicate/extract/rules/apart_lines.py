"""Vocabulary of ``extract/apart_lines.py``: a line of the text set apart as a whole, all in
emphasis or in brackets."""

from __future__ import annotations

#: Tags that set their words in emphasis (bold, italic).
EMPHASIS_TAGS: frozenset[str] = frozenset({"em", "i", "strong", "b"})
#: Class names that set an inline box's words in emphasis (``span.strongtext``,
#: ``span.font-bold``, ``span.is-italic``): words of a class token starting so.
EMPHASIS_CLASSES: dict[str, tuple[str, ...]] = {"prefix": ("bold", "italic", "strong")}
#: Inline boxes whose class may name emphasis (a ``div`` or ``p`` named so is a block).
CLASS_EMPHASIS_TAGS: frozenset[str] = frozenset({"span", "font"})
#: Bracket pairs around a whole line ("[Want more…? <a>…</a>]", "(<a>…</a>.)").
BRACKETS: dict[str, str] = {"(": ")", "[": "]"}
#: Characters closing a line after its bracket or link (a stop, a glyph): no words.
LINE_END = " \t\n\r\xa0.,;:!?…"
