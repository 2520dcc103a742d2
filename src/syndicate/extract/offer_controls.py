"""A one-story card that carries an offer's control is an offer, no teaser of a story: an app
store's card (its title linking the app, a rating, an 'Install' button), a promo strip whose
one link holds a 'Register Now →' button, a side box with a 'Get Started with a Coach Today!'
button. ``RegionJudge._card`` asks it of the cards it is about to report as a related block of
one item (conventions 1, 10.2: an offer is a CTA, or nothing, never related content).

Structure first: the control is a ``<button>``, a submit, an element with ``role=button``, or
one whose class names a button (``conversion_links.styled_as_button``) — inside the card, or in
the few ancestors around it that hold no other link and hold a form or a button (the walk's
``actions``). Its label must ask to act on an offer (``regions.OFFER_VERBS``); a "Learn more" /
"Read more" button opens the teaser's story and is no offer.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from lxml import etree

from .chrome_util import norm, page_attributes, text_content
from .conversion_links import styled_value
from .rules import offer_controls as rules
from .rules.regions import LEARN_MORE_VERBS, OFFER_VERBS


def offer_card(el: etree._Element, links: Mapping[etree._Element, int],
               actions: Collection[etree._Element]) -> bool:
    """The card ``el`` (or the link-free box around it) holds a control asking to act on an
    offer. ``links``: links below each element; ``actions``: elements holding a form or a
    button (both the region walk's counts)."""
    if any(_offer_control(x) for x in el.iter(etree.Element) if x is not el and _control(x)):
        return True
    n, node = links.get(el, 0), el
    for _ in range(rules.MAX_CLIMB):
        node = node.getparent()
        if node is None or links.get(node, 0) != n:
            return False  # (a box holding another link: a listing's, no longer the card's)
        if node in actions and any(_offer_control(x) for x in node.iter("button", "input")
                                   if _control(x)):
            return True
    return False


def _control(x: etree._Element) -> bool:
    """``x`` is drawn as a button: the tag, a submit, ``role=button``, a class naming one."""
    tag = x.tag
    if tag == "button":
        return True
    if tag == "input":
        return (x.get("type") or "").lower() in rules.SUBMIT_TYPES
    if (x.get("role") or "").lower() == "button":
        return True
    value = page_attributes().classes[x]
    return bool(value) and styled_value(value)


def _offer_control(x: etree._Element) -> bool:
    """The control's label asks to act on an offer ("Install", "Register Now →")."""
    label = norm(x.get("value") or "") if x.tag == "input" else norm(text_content(x))
    n_words = sum(1 for w in label.split() if any(c.isalnum() for c in w))
    if not 1 <= n_words <= rules.MAX_LABEL_WORDS:
        return False
    label = label.lower() + " "
    return label.startswith(OFFER_VERBS) and not label.startswith(LEARN_MORE_VERBS)
