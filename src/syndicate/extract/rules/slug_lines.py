"""Vocabulary of ``extract/slug_lines.py``: a story link standing as its own paragraph, its
text the words of its target's slug."""

from __future__ import annotations

from .related_guards import FILE_EXTENSIONS as FILE_EXTENSIONS

#: Endings of a slug that name a page, not a file ("/new-bridge-opens.html").
PAGE_EXTENSIONS = frozenset({"html", "htm", "shtml", "php", "asp", "aspx", "jsp"})
#: A slug names a story with this many words or more ("new-bridge-opens").
MIN_SLUG_WORDS = 3
#: ...and at least this share of the slug's words are words of the text (a slug may add
#: a date or a word, or keep one the headline rephrased).
MIN_SLUG_SHARE = 0.75
#: Letters slugs spell out rather than drop their accent.
TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa"})
#: Class tokens of a box set apart by its colours (WordPress's block colour classes).
BOX_CLASS_TOKENS = frozenset({"has-background"})
#: ...inline style properties that set a box apart.
BOX_STYLE_WORDS = ("background", "border")
#: A box may wrap the line this many levels up (a paragraph, its wrapper, the box).
BOX_LEVELS = 3
#: Lines of one link each in a row, this many or more, are a list.
MIN_RUN = 3
#: A list's heading above its run of lines has at most this many words.
MAX_HEAD_WORDS = 10
#: A sentence leading into a run of story lines (it ends in a colon or names the invitation,
#: ``lead_stems``) has at most this many words; it leaves the body with the run.
MAX_LEAD_SENTENCE_WORDS = 16
