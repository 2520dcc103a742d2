"""A ``read_more`` CTA is an expander: a control that shows the rest of the article where
it stands ("Read more", "Continuer la lecture", "Artikel anzeigen"), or the one line that
sends the reader on to the rest of the story ("Read more" under a first part, "full
coverage at …"). The rules that find one go by its words or its class (``read-more``,
``more-link``), and both also name what is no expander:

* a heading "Read more:" or "Continue reading": the lead-in of the links below it, which
  the related rules read with them;
* a "Read more" that opens another page and is not the one way on to a story: one of
  several on the page (a round-up's "Learn more about the … programme" under each entry),
  the second link of a teaser card to the card's story, a link to a page that is no story
  (an "About me" page, a cookie policy), a box of several targets (a row of tags).

A control of the page itself (no target, ``#…``, ``javascript:``) always stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .element_hints import HEADINGS
from .linklists import article_path, href_parts

#: Targets that keep the reader on the page: a control, not a link elsewhere.
_IN_PAGE_PREFIXES = ("#", "javascript:")
#: How far above a "Read more" link its card is looked for (a link to the same story).
_CARD_LEVELS = 3


def without_page_links(found: Sequence[Found]) -> list[Found]:
    """``found`` less its ``read_more`` CTAs that are headings or are no expander."""
    targets: dict[int, list[etree._Element]] = {}
    for f in found:
        if _is_read_more(f) and f.element.tag not in HEADINGS:
            links = (f.element,) if f.element.tag == "a" else tuple(f.element.iter("a"))
            targets[id(f)] = [a for a in links if _leaves_page(a.get("href"))]
    leaving = sum(1 for links in targets.values() if links)
    return [f for f in found if not (_is_read_more(f) and _no_expander(f, targets.get(id(f)), leaving))]


def _is_read_more(f: Found) -> bool:
    return isinstance(f.item, CallToAction) and f.item.kind == "read_more"


def _no_expander(f: Found, links: list[etree._Element] | None, leaving: int) -> bool:
    if links is None:  # (a heading)
        return True
    if not links:
        return False
    if leaving > 1 or len({a.get("href") for a in links}) > 1:
        return True
    link = links[0]
    parts = href_parts((link.get("href") or "").strip())
    return parts is None or not article_path(parts.path) or _card_link(link)


def _card_link(link: etree._Element) -> bool:
    """Whether another link of the box around ``link`` opens the same page (a teaser's)."""
    href = link.get("href")
    box = link.getparent()
    for _ in range(_CARD_LEVELS):
        if box is None:
            return False
        if any(a is not link and a.get("href") == href for a in box.iter("a")):
            return True
        box = box.getparent()
    return False


def _leaves_page(href: str | None) -> bool:
    target = (href or "").strip().lower()
    return bool(target) and not target.startswith(_IN_PAGE_PREFIXES)
