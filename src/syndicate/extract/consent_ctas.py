"""Parts of a cookie-consent panel are no calls to action: its checkboxes ("Marketing",
"Statistics" opt-ins), its title and its buttons, which class names read as sign-up parts
("opt-in") or offers. Used by ``regions.py`` on what the region pass found."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import norm, tag_of, text_stats
from .comment_sections import text_outside_links
from .dialogs import is_dialog
from .rules import regions as rules
from .rules.text_phrases import CONSENT_CONTEXT, CONSENT_COOKIE


def in_consent_panel(f: Found, memo: dict[etree._Element, bool] | None = None) -> bool:
    """``f`` is a CTA inside a cookie-consent panel: its nearest dialog (``dialogs.is_dialog``)
    or, without one, the page region it stands in (a child of ``<body>``, a notice's size)
    whose prose names cookies at least twice and asks consent.
    ``memo``: the answers per panel of one page (CTAs share their region)."""
    if not isinstance(f.item, CallToAction):
        return False
    panel, limit = None, 0
    for node in islice(_self_and_up(f.element), rules.CONSENT_CLIMB):
        parent = node.getparent()
        if is_dialog(node):
            panel, limit = node, rules.MAX_CONSENT_DIALOG
            break
        if parent is not None and tag_of(parent) == "body":
            panel, limit = node, rules.MAX_CONSENT_REGION  # (a footer naming its cookie settings is more)
            break
    if panel is None:
        return False
    if memo is not None and panel in memo:
        return memo[panel]
    answer = _consent_panel(panel, limit)
    if memo is not None:
        memo[panel] = answer
    return answer


def _consent_panel(panel: etree._Element, limit: int) -> bool:
    # (its size first, counted in C: most regions under <body> are the page's wrapper, found
    # large by libxml2 alone; a smaller one is counted exactly, comments included)
    if _MANY_ELEMENTS(panel) or next(islice(panel.iter(), rules.CONSENT_ELEMENTS, None), None) is not None:
        return False
    text = panel.text_content()
    if len(text) > 4 * limit:
        return False
    lowered = text.lower()  # (once: up to 16,000 characters)
    if not any(s in lowered for s in CONSENT_COOKIE):
        return False
    stats = text_stats(panel, max_elements=rules.CONSENT_ELEMENTS)
    if stats.truncated or stats.chars > limit:
        return False
    # (in its prose: a footer's "Cookie policy" and "Cookie settings" links ask nothing)
    prose = norm(text_outside_links(panel)).lower()
    cookies = sum(prose.count(s) for s in CONSENT_COOKIE)
    if cookies == 1:
        cookies += sum(prose.count(s) for s in rules.CONSENT_ASK_STEMS) >= 2
    return cookies >= 2 and any(s in prose for s in CONSENT_CONTEXT)


#: ``CONSENT_ELEMENTS`` elements or more below (XPath stops at the last: no proxy per node).
_MANY_ELEMENTS = etree.XPath(f"boolean(descendant::*[{rules.CONSENT_ELEMENTS}])")


def _self_and_up(el: etree._Element) -> Iterator[etree._Element]:
    yield el
    yield from el.iterancestors()

