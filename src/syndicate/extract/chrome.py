"""Page chrome around the article: ad slots, related-content blocks, calls to action.

``detect_chrome`` finds them in the parsed page; the HTML reader keeps their
subtrees out of the body, gives them ids and locators, and places them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..model import AdSlot, CallToAction, Related

ChromeItem = AdSlot | Related | CallToAction


@dataclass
class Found:
    """A chrome item and the element it came from.

    ``item.id`` is left empty and ``item.position`` at its default: the HTML
    reader assigns ids in document order, the locator
    (``getpath(element)``) and the position relative to the body.
    """

    element: etree._Element
    item: ChromeItem


def detect_chrome(root: etree._Element, base_url: str | None = None) -> list[Found]:
    """Every ad slot, related block and CTA of the page, outermost elements only, in document
    order; no element is inside another one's subtree."""
    return []
