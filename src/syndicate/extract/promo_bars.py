"""A site's own announcement or promo bar: a strip at the top of the page, in its header or
across it ("Free shipping on orders over $40 — Shop now", "Join our webinar — Register",
"Tired of losing recipes? Save them for free") that asks the reader to act on an offer of
the site: a CTA ``other``, unless its words name a kind.

Named by its class or id words (``rules/cta_forms.PROMO_BAR_WORDS``: an announcement, a
notification, a promo bar or banner), and shaped as one: a short text and one or two links
to follow (more is a menu; a cookie notice is none).
"""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

from .chrome_util import norm, text_content, words
from .cta_boxes import box_kind_of
from .rules import cta_forms as rules
from .rules.chrome_patterns import CTA_EXCLUDE as _EXCLUDE
from .rules.chrome_patterns import literal_search
from .rules.text_phrases import CONSENT_COOKIE


def promo_hint(hint: str) -> bool:
    """A lower-cased class string holds a word a promo bar's class needs (one search)."""
    return _HINT(hint) is not None


_HINT = literal_search(rules.PROMO_BAR_HINTS).search


@lru_cache(maxsize=4096)
def promo_class(hint: str) -> bool:
    """A lower-cased ``class id`` string names an announcement or promo bar."""
    if _HINT(hint) is None or _EXCLUDE.search(hint):
        return False  # (most strings; a menu's entry is navigation)
    names = {w for name in hint.split() for w in words(name)}
    promo = names & rules.PROMO_BAR_WORDS
    return bool(promo) and not names & rules.PROMO_BAR_NOT and (bool(promo & rules.PROMO_BAR_ALONE) or bool(names & rules.PROMO_BAR_PLACES))


def promo_kind(el: etree._Element) -> str | None:
    """The CTA kind of ``el``, named a promo bar, when it is shaped as one: one or two links
    to follow and a short text that is no cookie notice; ``other`` unless its words name a
    kind ("... sign up for our newsletter"). None for a phrase or list item (one variant of
    a bar's text: the bar is its parent)."""
    if el.tag in _NOT_BAR:
        return None
    links = 0
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:")):
            links += 1
            if links > rules.PROMO_BAR_MAX_LINKS:
                return None
    if not links:
        return None
    text = norm(text_content(el)).lower()
    if len(text) > rules.PROMO_BAR_MAX_TEXT or any(c in text for c in CONSENT_COOKIE):
        return None
    return box_kind_of(text) or "other"


_NOT_BAR = frozenset({"span", "li", "p", "td", "label", "strong", "b", "em", "small", "img", "ul", "ol"})
