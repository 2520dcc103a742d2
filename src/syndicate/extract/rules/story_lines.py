"""Vocabulary of ``extract/story_lines.py``: a line of the article's column that is one link
to another story of the site, told from a sentence by a marker, a short "more" link or a
box of its own."""

from __future__ import annotations

#: Glyphs a teaser line opens with ("» Useful Resource: <a>…</a>", "<a>>>> Der große
#: Report</a>") or its link closes with ("<a>HUMMUS, THE BEST WAY >>></a>").
OPENING_MARKERS: tuple[str, ...] = ("»", ">>", "→", "►", "▶", "▸", "➔", "➜", "⇒", "⟶", "⮕")
CLOSING_MARKERS: tuple[str, ...] = (">>", "»", "→", "►", "▶", "➔", "➜", "⇒")
#: A marked line's label before its link ("» Useful Resource:") has at most this many
#: words, the marker not counted.
MAX_MARKED_LABEL_WORDS = 4

#: A line that is only a short link saying "more" ("Learn more.", "Mehr erfahren"), whole
#: phrases after the closing stop is dropped (lower case), in many languages.
MORE_LINKS = frozenset({
    # en
    "learn more", "read more", "find out more", "more", "more here", "read on", "continue reading",
    "read the full story", "read the full article",
    # de
    "mehr erfahren", "mehr lesen", "weiterlesen", "mehr dazu", "hier mehr", "mehr", "zum artikel",
    # fr
    "en savoir plus", "lire la suite", "lire plus", "plus",
    # es / pt / it / nl / pl / fi / sv / da
    "leer más", "más información", "saber más", "saiba mais", "leia mais", "leggi di più",
    "scopri di più", "lees meer", "meer lezen", "czytaj więcej", "lue lisää", "läs mer", "læs mere",
})
#: Characters closing a "more" line ("Learn more.", "Read more »").
MORE_CLOSING = " .:!…»›>→"

#: A highlighted paragraph (a box of its own colour) holding one story link is a teaser when
#: it has at most this many words (longer, it is a highlighted part of the text).
MAX_BOXED_LINE_WORDS = 30
#: ...and its link at least this many words ("these travel essentials").
MIN_BOXED_LINK_WORDS = 2
