"""Boxes the reader dismisses: a notice, a promo bar or a snackbar holding a close control
(a button or an element named or labelled "close", "×") or announced as a live status
(``role=status`` / ``alert``). Such a box is no story card, though it holds one link with a
headline-length text; when its links lead to a conversion page (``conversion_links.target_kind``:
a subscription, a newsletter, a donation...) it is a CTA of that kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from lxml import etree

from .close_controls import closable, close_control
from .conversion_links import target_kind
from .rules import dismissible as rules

#: Links of a snackbar at most (``rules.MAX_LINKS``, for callers).
MAX_NOTICE_LINKS = rules.MAX_LINKS
NOTICE_ROLES = rules.NOTICE_ROLES


def dismissible(el: etree._Element) -> bool:
    """``el`` announces itself as a live notice, or holds a close control; and shows no
    picture (a teaser card in a pop-up shows its story's) and is no part of a form (a
    field's help pop-up)."""
    # (the shape first, searched in C: nearly half the boxes asked show a picture, and the
    # close control's search reads the box's size and names in two XPath walks)
    return _notice_shape(el) and (el.get("role") in rules.NOTICE_ROLES or closable(el))


def _notice_shape(el: etree._Element) -> bool:
    """No picture in ``el`` and no form around it."""
    return next(el.iter("img"), None) is None and next(el.iterancestors("form"), None) is None


def dismissible_kind(el: etree._Element, n_links: int) -> str | None:
    """The CTA kind of a dismissible box of at most ``rules.MAX_LINKS`` links whose first
    conversion target names one (a snackbar "Subscribe / log in / register"). Its close
    control is one of its own parts (``rules.CLOSE_DEPTH`` levels): a modal or a header
    holding a closable menu somewhere is no snackbar."""
    if not 1 <= n_links <= rules.MAX_LINKS:
        return None
    for a in el.iter("a"):
        kind = target_kind(a.get("href") or "")
        if kind is not None and kind in rules.KINDS:
            return kind if _own_close(el) and _notice_shape(el) else None
    return None


def close_boxes(controls: Iterable[etree._Element]) -> set[etree._Element]:
    """The boxes ``rules.CLOSE_DEPTH`` levels or fewer above one of the page's buttons and
    labelled controls (``controls``, read by the page's one walk) that is a close control:
    the only boxes ``dismissible_kind`` reads."""
    out: set[etree._Element] = set()
    for x in controls:
        if x.tag != "form" and close_control(x):
            out.update(islice(x.iterancestors(), rules.CLOSE_DEPTH))
    return out


def _own_close(el: etree._Element) -> bool:
    """``el`` is a live notice, or a close control is among its top ``rules.CLOSE_DEPTH`` levels."""
    if el.get("role") in rules.NOTICE_ROLES:
        return True
    level = list(el)
    for _ in range(rules.CLOSE_DEPTH):
        if any(type(x.tag) is str and close_control(x) for x in level):
            return True
        level = [c for x in level for c in x]
    return False

