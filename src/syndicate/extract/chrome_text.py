"""Recognise chrome phrases (ad labels, related headings, CTAs) in short texts.

The phrase tables live in :mod:`syndicate.extract.rules.phrases`; this module
compiles them once at import and offers whole-text matchers shared by the
text reader and the HTML reader.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..memo import memo
from .chrome_util import collapse
from .firstchars import ascii_first_chars, first_chars
from .rules.phrases import (
    AD_LABELS,
    AD_LEFTOVERS,
    CTA_PHRASES,
    RELATED_HEADING_PATTERNS,
    RELATED_HEADINGS,
    SOCIAL_NETWORKS,
)

# Longest texts we treat as a label or prompt; real sentences are longer.
MAX_LABEL_WORDS = 14

_EDGE = r"[\s\-–—•·|:»«›‹>*_#=~]*"


def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


#: Related headings: the phrases, then the patterns.
_RELATED_ALT = _alternation(RELATED_HEADINGS) + "|" + "|".join(RELATED_HEADING_PATTERNS)


_AD_LABEL = re.compile(rf"^{_EDGE}({_alternation(AD_LABELS)}){_EDGE}$", re.IGNORECASE)
_LEFTOVER = re.compile(rf"({_alternation(AD_LEFTOVERS)})(none)?\s*$", re.IGNORECASE)
_RELATED = re.compile(rf"^{_EDGE}({_RELATED_ALT}){_EDGE}$", re.IGNORECASE)
# One pattern for all CTA kinds, a named group per kind (first kind in table order wins, as
# alternation tries them in order): one match per text instead of one per kind.
_CTA = re.compile(
    rf"^{_EDGE}(?:"
    + "|".join(f"(?P<{kind}>{'|'.join(patterns)})" for kind, patterns in CTA_PHRASES.items())
    + rf"){_EDGE}$",
    re.IGNORECASE,
)
_RELATED_PREFIX = re.compile(rf"^{_EDGE}({_alternation(RELATED_HEADINGS)})\s*[:：]\s*(\S.*)$", re.IGNORECASE)
_SOCIAL = re.compile(rf"^{_EDGE}({_alternation(SOCIAL_NETWORKS)}){_EDGE}$", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


# Ad labels, related headings and CTA prompts in one pattern: one match classifies a short text.
#: (group name, its alternatives in order): ads, related headings, then the CTA kinds.
_ANY_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ad", tuple(re.escape(p) for p in sorted(AD_LABELS, key=len, reverse=True))),
    ("related", (*(re.escape(p) for p in sorted(RELATED_HEADINGS, key=len, reverse=True)),
                 *RELATED_HEADING_PATTERNS)),
    *CTA_PHRASES.items(),
)


def _any_pattern(groups: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    body = "|".join(f"(?P<{name}>{'|'.join(alts)})" for name, alts in groups if alts)
    return re.compile(rf"^{_EDGE}(?:{body}){_EDGE}$", re.IGNORECASE)


_ANY = _any_pattern(_ANY_GROUPS)
#: Per alternative, the ASCII characters it can start with (None: any character; none for a
#: phrase opening beyond ASCII, "реклама": no pattern of an ASCII letter holds it).
_STARTS = tuple(tuple(ascii_first_chars(a, re.IGNORECASE) for a in alts) for _, alts in _ANY_GROUPS)
#: ASCII characters of ``_EDGE``: a text opening with one is matched by the whole pattern.
_EDGE_CHARS = frozenset(" \t\n\r\f\v-|:>*_#=~")


@lru_cache(maxsize=256)
def _any_from(first: str) -> re.Pattern[str] | None:
    """``_ANY`` with only the alternatives that can start with the ASCII character ``first``
    (in their order: the same alternative matches first), or None when none can. A text
    opening with a letter (no edge characters) is tried against a few alternatives, not
    hundreds."""
    groups = tuple(
        (name, tuple(a for a, start in zip(alts, starts, strict=True) if start is None or first in start))
        for (name, alts), starts in zip(_ANY_GROUPS, _STARTS, strict=True))
    if not any(alts for _, alts in groups):
        return None
    return _any_pattern(groups)


def classify(text: str) -> tuple[str, str] | None:
    """What a short, whitespace-normalised text is: ``("ad", label)``, ``("related",
    heading)`` or ``("cta", kind)`` — in that order of precedence — or None."""
    if not text or text.count(" ") >= MAX_LABEL_WORDS:
        return None
    return _classify(text)


@memo(16384)
def _classify(text: str) -> tuple[str, str] | None:
    first = text[0]
    if first.isascii() and first not in _EDGE_CHARS and not first.isspace():
        pattern = _any_from(first)
        if pattern is None:
            return None
        m = pattern.match(text)
    else:
        m = _ANY.match(text)
    if m is None:
        return None
    # (the group of the kind is the last one closed: any group inside it closes first, none
    # follows it; no dict of the dozen groups made to find it)
    name = m.lastgroup
    if name == "ad" or name == "related":
        return name, m.group(name)
    return "cta", name


#: ``classify`` of a text its caller already knows to be non-empty and under the word limit
#: (fewer than ``MAX_LABEL_WORDS`` spaces): the chrome walk's leaves and labels. (The cached
#: function itself: no call in between on every short text of the page.)
classify_short = _classify


def normalise(text: str) -> str:
    """Collapse whitespace and strip."""
    return collapse(text)


def is_short(text: str) -> bool:
    return len(text.split()) <= MAX_LABEL_WORDS


def split_leftover(text: str) -> tuple[str, str | None]:
    """Split an ad-image leftover (``spot_img``) glued to the end of a text.

    Returns (text without the leftover, the leftover or None).
    """
    m = _LEFTOVER.search(text)
    if not m:
        return text, None
    return text[: m.start()].rstrip(), m.group(0).strip()


def _maybe_phrase(text: str) -> str | None:
    """``text`` normalised when it is short and may be all one chrome phrase, else None. The
    combined pattern (narrowed by the first character, and cached: the chrome walk asked about
    most short texts already) rules out most texts before one table's hundred alternatives,
    which it holds all of, are tried."""
    text = normalise(text)
    if not text or not is_short(text) or _classify(text) is None:
        return None
    return text


def ad_label(text: str) -> str | None:
    """The ad label (as printed, edges trimmed) if ``text`` is only an ad label."""
    text = _maybe_phrase(text)
    if text is None:
        return None
    m = _AD_LABEL.match(text)
    return m.group(1) if m else None


def related_heading(text: str) -> str | None:
    """The heading text if ``text`` is only a related-content heading."""
    text = _maybe_phrase(text)
    if text is None:
        return None
    m = _RELATED.match(text)
    return m.group(1) if m else None


def cta_kind(text: str) -> str | None:
    """The CTA kind (``comments``, ``read_more``...) if ``text`` is only a CTA prompt."""
    text = _maybe_phrase(text)
    if text is None:
        return None
    m = _CTA.match(text)
    if m is None:
        return None
    return next(kind for kind, value in m.groupdict().items() if value is not None)


def related_prefix(text: str) -> tuple[str, str] | None:
    """("Lea también", "Headline") for a line like "Lea también: Headline"."""
    if ":" not in text and "：" not in text:
        return None  # (the pattern needs the colon: most lines, without one, cost no match)
    text = normalise(text)
    if not text or len(text.split()) > 3 * MAX_LABEL_WORDS:
        return None
    m = _RELATED_PREFIX.match(text)
    return (m.group(1), m.group(2)) if m else None


def social_network(text: str) -> bool:
    """True if ``text`` is only the name of a social network or share target."""
    return bool(_SOCIAL.match(normalise(text)))


def reads_as_phrase(text: str, *, ad_labels: bool = True) -> bool:
    """``ad_label(text)`` (when ``ad_labels``), ``related_heading(text)``, ``cta_kind(text)``,
    ``social_network(text)`` or ``related_prefix(text)``: the text is one chrome phrase or a
    "Related: ..." line. One normalisation for them all, where each would make its own (a
    paragraph's text is asked this once, and is mostly none of them)."""
    norm = normalise(text)
    if not norm:
        return False
    # (``_maybe_phrase``: every match of the first three is a match of ``_classify``; the
    # words of a normalised text are its spaces plus one)
    if norm.count(" ") < MAX_LABEL_WORDS and _classify(norm) is not None and (
            (ad_labels and ad_label(norm)) or related_heading(norm) or cta_kind(norm)):
        return True
    if _maybe_social(norm[0]) and _SOCIAL.match(norm):
        return True
    return _related_prefix_of(norm) is not None


def _maybe_social(first: str) -> bool:
    """A normalised text opening with ``first`` may be a network's name (``_SOCIAL``): a
    character of ``_EDGE``, one beyond ASCII, or one a name starts with."""
    return _SOCIAL_STARTS is None or first in _SOCIAL_STARTS or not first.isascii() or first in _EDGE_CHARS


#: The ASCII characters a network's name can start with (None: any).
_SOCIAL_STARTS = first_chars(_alternation(SOCIAL_NETWORKS), re.IGNORECASE)


def _related_prefix_of(norm: str) -> tuple[str, str] | None:
    """``related_prefix`` of a normalised, non-empty text."""
    if ":" not in norm and "：" not in norm:
        return None
    if norm.count(" ") >= 3 * MAX_LABEL_WORDS:
        return None
    m = _RELATED_PREFIX.match(norm)
    return (m.group(1), m.group(2)) if m else None
