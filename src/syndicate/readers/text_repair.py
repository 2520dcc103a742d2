"""Repairs of flattened text before it is read: mojibake and invisible characters.

Invisible characters: soft hyphens (hyphenation hints that typesetting pages carry in
every long word), zero-width spaces, word joiners and stray byte-order marks show
nothing but split words (a soft hyphen between every syllable of "initiative"), so the
stop-word test would not find them. The features of a line are read without them; the
text itself keeps them (the reader loses nothing of the source).

Spaces around punctuation: a flattener that joins every text node with a space (lxml's
itertext, BeautifulSoup's ``get_text(" ")``) writes "see our report , which" and
"Jane Doe ( Twitter ) says" wherever a link or an emphasis met the punctuation. No
language sets a space before a comma or a full stop, or inside brackets: those spaces are
taken out of a line's text (a space before "?", "!", ":" or ";" stays: French sets one).

Mojibake: UTF-8 read as Latin-1 or Windows-1252.

A flattener that decodes a page with the wrong charset turns "Новости" into
"ÐÐ¾Ð²Ð¾Ñ..." and "é" into "Ã©": no stop word, no language, no article. ftfy
(a well-kept library for exactly this) undoes it; the cheap test below keeps it
off the texts that show no sign of it, which are nearly all.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger("syndicate")

# A lead byte of a UTF-8 sequence (as Latin-1/1252 shows it) followed by a continuation byte.
_SIGN = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                   "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
                   "\u2039\u203a\u20ac\u2122]")
#: Signs needed before ftfy is asked (one could be a real "Ã©" in a name).
MIN_SIGNS = 3

#: Characters that show nothing and only split words (ZWNJ/ZWJ are kept: they shape
#: Persian, Indic scripts and emoji).
INVISIBLE = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def has_invisible(text: str) -> bool:
    """Whether ``text`` holds a soft hyphen, zero-width space, word joiner or BOM."""
    # The membership tests are far cheaper than a substitution over a text holding none.
    return any(c in text for c in INVISIBLE)


def strip_invisible(text: str) -> str:
    """``text`` without soft hyphens, zero-width spaces, word joiners and BOMs."""
    return _INVISIBLE.sub("", text)


# A space between a word (or a closing bracket or quote) and a comma or full stop that ends
# the word; a space after an opening bracket or before a closing one, next to a word.
_SPACE_PUNCT = re.compile(r"(?<=[\w)\]\"'”’»])\s+(?=[,.](?:\s|$))|(?<=[(\[])\s+(?=\w)"
                          r"|(?<=[\w.!?])\s+(?=[)\]])")


def close_punctuation(line: str) -> str:
    """``line`` without the spaces a flattener set before a comma or full stop and inside
    brackets ("report , which" -> "report, which"; "( Twitter )" -> "(Twitter)")."""
    if " ," not in line and " ." not in line and "( " not in line and " )" not in line \
            and "[ " not in line and " ]" not in line:
        return line  # most lines: the substitution is far dearer than these tests
    return _SPACE_PUNCT.sub("", line)


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8 mojibake undone (ftfy.fix_encoding), or unchanged."""
    signs = _SIGN.finditer(text)
    if sum(1 for _ in zip(range(MIN_SIGNS), signs, strict=False)) < MIN_SIGNS:
        return text
    try:
        import ftfy
    except ImportError:  # pragma: no cover - a core dependency; a broken install reads as is
        log.warning("ftfy is not installed: mojibake in text dumps is not repaired")
        return text
    return ftfy.fix_encoding(text)
