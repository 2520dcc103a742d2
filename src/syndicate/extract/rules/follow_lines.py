"""Tables of ``follow_lines``: a sentence linking the site's profiles, a headed box linking one."""

from __future__ import annotations

#: A follow line: at least this many profile links in one line (``p``, ``li``, ``div``)...
MIN_LINE_PROFILES = 3
#: ...of at most this many words (a closing sentence naming five networks runs to ~60)...
MAX_LINE_WORDS = 64
#: ...at least this many of them outside its links (a sentence, not a row of names: a bar's)...
MIN_LINE_PROSE = 4
#: ...and at most this many links to anything else (the site's own sections it names).
MAX_LINE_OTHERS = 3
#: Tags a profile link may sit in within its line (emphasis), climbed at most this far.
INLINE = frozenset({"em", "strong", "b", "i", "span", "u", "small", "font", "mark"})
INLINE_CLIMB = 3
LINE_TAGS = frozenset({"p", "li", "div", "dd"})

#: A follow box: a heading and links to one profile only, with at most this many words...
MAX_BOX_WORDS = 12
#: ...and characters (scripts included: read first, in C).
MAX_BOX_CHARS = 1500
#: ...and at most this many links (a picture, a title and a line may each link the profile)...
MAX_BOX_LINKS = 4
#: ...found at most this many levels above one of its links; reported at its highest such box.
BOX_CLIMB = 8
#: The climb stops at these (the page's regions).
NOT_BOX = frozenset({"html", "body", "main", "article", "header", "footer", "nav", "form", "table", "tbody", "tr",
                     "ul", "ol"})
