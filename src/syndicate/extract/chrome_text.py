"""Recognise chrome phrases (ad labels, related headings, CTAs) in short texts.

The phrase tables live in :mod:`syndicate.extract.rules.phrases`; this module
compiles them once at import and offers whole-text matchers shared by the
text reader and the HTML reader.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
_ANY = re.compile(
    rf"^{_EDGE}(?:(?P<ad>{_alternation(AD_LABELS)})|(?P<related>{_RELATED_ALT})|"
    + "|".join(f"(?P<{kind}>{'|'.join(patterns)})" for kind, patterns in CTA_PHRASES.items())
    + rf"){_EDGE}$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def classify(text: str) -> tuple[str, str] | None:
    """What a short, whitespace-normalised text is: ``("ad", label)``, ``("related",
    heading)`` or ``("cta", kind)`` — in that order of precedence — or None."""
    if not text or text.count(" ") >= MAX_LABEL_WORDS:
        return None
    m = _ANY.match(text)
    if m is None:
        return None
    name = m.lastgroup if m.lastgroup in ("ad", "related") else next(
        k for k, v in m.groupdict().items() if v is not None)
    if name == "ad" or name == "related":
        return name, m.group(name)
    return "cta", name


def normalise(text: str) -> str:
    """Collapse whitespace and strip."""
    return " ".join(text.split())


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


def ad_label(text: str) -> str | None:
    """The ad label (as printed, edges trimmed) if ``text`` is only an ad label."""
    text = normalise(text)
    if not text or not is_short(text):
        return None
    m = _AD_LABEL.match(text)
    return m.group(1) if m else None


def related_heading(text: str) -> str | None:
    """The heading text if ``text`` is only a related-content heading."""
    text = normalise(text)
    if not text or not is_short(text):
        return None
    m = _RELATED.match(text)
    return m.group(1) if m else None


def cta_kind(text: str) -> str | None:
    """The CTA kind (``comments``, ``read_more``...) if ``text`` is only a CTA prompt."""
    text = normalise(text)
    if not text or not is_short(text):
        return None
    m = _CTA.match(text)
    if m is None:
        return None
    return next(kind for kind, value in m.groupdict().items() if value is not None)


def related_prefix(text: str) -> tuple[str, str] | None:
    """("Lea también", "Headline") for a line like "Lea también: Headline"."""
    text = normalise(text)
    if not text or len(text.split()) > 3 * MAX_LABEL_WORDS:
        return None
    m = _RELATED_PREFIX.match(text)
    return (m.group(1), m.group(2)) if m else None


def social_network(text: str) -> bool:
    """True if ``text`` is only the name of a social network or share target."""
    return bool(_SOCIAL.match(normalise(text)))
