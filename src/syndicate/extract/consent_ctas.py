"""Parts of a cookie-consent panel are no calls to action: its checkboxes ("Marketing",
"Statistics" opt-ins), its title and its buttons, which class names read as sign-up parts
("opt-in") or offers. Used by ``regions.py`` on what the region pass found."""

from __future__ import annotations

from itertools import islice
from typing import Any

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import norm, tag_of, text_stats
from .comment_sections import text_outside_links
from .dialogs import is_dialog
from .rules import consent_panels as panels
from .rules.text_phrases import CONSENT_CONTEXT, CONSENT_COOKIE


def in_consent_panel(f: Found, memo: dict[Any, Any] | None = None) -> bool:
    """``f`` is a CTA inside a cookie-consent panel: its nearest dialog (``dialogs.is_dialog``)
    or, without one, the page region it stands in (a child of ``<body>``, a notice's size)
    whose prose names cookies at least twice and asks consent.
    ``memo``: the answers per panel of one page (CTAs share their region), and the climbs
    made so far (CTAs share their ancestors)."""
    if not isinstance(f.item, CallToAction):
        return False
    climbs: dict[etree._Element, tuple[etree._Element | None, int, int]] | None = None
    if memo is not None:
        climbs = memo.get(_CLIMBS)
        if climbs is None:
            climbs = memo[_CLIMBS] = {}
    panel, limit = _panel_of(f.element, climbs)
    if panel is None:
        return False
    if memo is not None and panel in memo:
        return memo[panel]
    answer = _consent_panel(panel, limit)
    if memo is not None:
        memo[panel] = answer
    return answer


#: The key of the climbs in an ``in_consent_panel`` memo (apart from its panels).
_CLIMBS = "climbs"


def _panel_of(el: etree._Element, climbs: dict[etree._Element, tuple[etree._Element | None, int, int]] | None
              ) -> tuple[etree._Element | None, int]:
    """The nearest dialog or region under ``<body>`` at most ``CONSENT_CLIMB - 1`` levels up
    from ``el`` (``el`` included), with its text limit; (None, 0) without one.
    ``climbs``: per element climbed from, (the nearest panel, its limit, its distance), or
    (None, 0, how many levels hold none), so a sibling's climb stops where they meet."""
    reach = panels.CONSENT_CLIMB
    passed: list[etree._Element] = []
    node: etree._Element | None = el
    panel, limit, dist = None, 0, reach  # (dist: of the panel, or how far none is, from el)
    for step in range(reach):
        if node is None:
            dist = _NOWHERE  # (the root passed)
            break
        if climbs is not None and (seen := climbs.get(node)) is not None and (
                seen[0] is not None or seen[2] >= reach - step):
            panel, limit, dist = seen[0], seen[1], seen[2] + step
            break
        parent = node.getparent()
        if is_dialog(node):
            panel, limit, dist = node, panels.MAX_CONSENT_DIALOG, step
            break
        if parent is not None and tag_of(parent) == "body":
            panel, limit, dist = node, panels.MAX_CONSENT_REGION, step  # (a footer naming its cookie settings is more)
            break
        passed.append(node)
        node = parent
    if climbs is not None:
        for i, seen_node in enumerate(passed):
            climbs[seen_node] = (panel, limit, dist - i)
    if panel is None or dist >= reach:
        return None, 0
    return panel, limit


#: "No panel above, at any distance" (the climb passed the root).
_NOWHERE = 1 << 30


def _consent_panel(panel: etree._Element, limit: int) -> bool:
    # (its size first, counted in C: most regions under <body> are the page's wrapper, found
    # large by libxml2 alone; a smaller one is counted exactly, comments included, once its
    # text, read in C, names cookies: most fail there, and the count makes a proxy per node)
    if _MANY_ELEMENTS(panel):
        return False
    text = panel.text_content()
    if len(text) > 4 * limit:
        return False
    lowered = text.lower()  # (once: up to 16,000 characters)
    if not any(s in lowered for s in CONSENT_COOKIE) \
            or next(islice(panel.iter(), panels.CONSENT_ELEMENTS, None), None) is not None:
        return False
    stats = text_stats(panel, max_elements=panels.CONSENT_ELEMENTS)
    if stats.truncated or stats.chars > limit:
        return False
    # (in its prose: a footer's "Cookie policy" and "Cookie settings" links ask nothing)
    prose = norm(text_outside_links(panel)).lower()
    cookies = sum(prose.count(s) for s in CONSENT_COOKIE)
    if cookies == 1:
        cookies += sum(prose.count(s) for s in panels.CONSENT_ASK_STEMS) >= 2
    return cookies >= 2 and any(s in prose for s in CONSENT_CONTEXT)


#: ``CONSENT_ELEMENTS`` elements or more below (XPath stops at the last: no proxy per node).
_MANY_ELEMENTS = etree.XPath(f"boolean(descendant::*[{panels.CONSENT_ELEMENTS}])")
