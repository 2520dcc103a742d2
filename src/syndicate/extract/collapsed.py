"""Collapsed content: a hidden element that a click on the page shows (an accordion panel,
a FAQ answer, a "show more" section) is part of the page's text, not hidden chrome.

An element the markup hides (``hidden``, ``display:none``, a hiding class) is read as
collapsed content when the page says it is a disclosure panel:

* it is a WAI-ARIA panel (``role="region"`` labelled by its trigger, ``aria-labelledby``);
* the element just before it (its heading row) holds the trigger, an element with
  ``aria-expanded`` (the WAI-ARIA accordion and disclosure patterns);
* its class names an accordion or collapsible panel (``rules.COLLAPSED``, tokens).

Everything else about it is then judged as for visible content (a collapsed menu is still
a menu, a dialog never the article).
"""

from __future__ import annotations

from lxml import etree

from .chrome_util import previous_element
from .classtokens import matcher
from .rules import boilerplate as rules

_COLLAPSED = matcher(rules.COLLAPSED)


def collapsed_panel(el: etree._Element) -> bool:
    """True when the hidden element ``el`` is a collapsed disclosure panel."""
    if el.get("role") in rules.NOT_ARTICLE_ROLES:
        return False
    if el.get("role") == "region" and el.get("aria-labelledby"):
        return True
    cls = el.get("class")
    if cls and _COLLAPSED.match(cls) is not None:
        return True
    prev = previous_element(el)  # (comments between the trigger row and the panel)
    if prev is None:
        return False
    if prev.get("aria-expanded") is not None:
        return True
    # (the trigger inside the heading row: a few elements, never a whole section)
    for n, node in enumerate(prev.iterdescendants()):
        if n >= rules.COLLAPSED_TRIGGER_SCAN:
            break
        if node.get("aria-expanded") is not None:
            return True
    return False
