"""What a region's class and id strings name: navigation, a related block, sponsored links, a CTA
kind or a push ask. The chrome walk asks this of every classed element, so each answer is cached
per string as written, and a string naming none of the words any answer needs is turned away by
one search (``rules.CLASS_WORDS_NEEDED``)."""

from __future__ import annotations

from ..memo import memo
from . import ctas, related
from .push_asks import PUSH_ASK, push_named
from .rules import chrome_patterns as rules

#: What a class/id names: (navigation, related block, sponsored links, CTA kind, or
#: ``PUSH_ASK``).
HintInfo = tuple[bool, bool, bool, str | None]
#: ...of a class naming none of them.
NOTHING: HintInfo = (False, False, False, None)
#: ...of a class naming a push ask (``push_asks``) and nothing else: when the element is none,
#: the walk takes it as one naming nothing.
PUSH_ONLY: HintInfo = (False, False, False, PUSH_ASK)
WORDS_NEEDED = rules.CLASS_WORDS_NEEDED.search if rules.CLASS_WORDS_NEEDED is not None else None


@memo(16384)
def class_needs_words(cls: str) -> bool:
    """A class attribute (as written) holds a word some ``hint_info`` answer needs."""
    return WORDS_NEEDED is None or WORDS_NEEDED(cls.lower()) is not None


@memo(16384)
def hint_info(raw: str) -> HintInfo:
    """What a ``class id`` string (as written) says: (navigation, related block, sponsored
    links, CTA kind or ``PUSH_ASK``). Cached: pages repeat the same class strings many
    times; most name none of them, which one search finds out (``rules.CLASS_WORDS_NEEDED``).
    A push ask is read from the string as written (its camelCase words: "pushSubscription")."""
    hint = low = raw.lower()
    if WORDS_NEEDED is not None and WORDS_NEEDED(hint) is None:
        return NOTHING
    if rules.TRACKING_HINT.search(hint):
        hint = ctas.without_tracking(hint)  # (an analytics label names no region)
    info = (
        bool(rules.NAVIGATION.search(hint)),
        related.is_related_class(hint),
        related.is_sponsored_class(hint),
        ctas.class_kind(hint),
    )
    if info[3] is not None or not any(w in low for w in rules.PUSH_LETTERS):
        return info
    # (a push ask's letters: what the string says besides, as it did without them; a
    # string holding no other word ``CLASS_WORDS_NEEDED`` has names nothing else)
    alone = not any(w in low for w in rules.REGION_CLASS_WORDS)
    if push_named(raw):
        return PUSH_ONLY if alone else (*info[:3], PUSH_ASK)
    return NOTHING if alone else info
