"""Where an ad slot stands, from what its format says (beside the tree's own evidence).

``extract/placement.py`` places every item by the tree; this module adds one fact about
ads only: a slot whose format stands beside the page (a skyscraper or half-page in a gutter,
a skin, a wallpaper, an adhesion bar — by its class/id words, its ``data-*`` values or all its
sizes being tall) is page chrome, ``outside``, unless it stands between two body blocks of
the article column.
"""

from __future__ import annotations

from lxml import etree

from ..memo import memo
from ..model import AdSlot
from .chrome_util import words
from .rules import ad_places as rules


def beside_page(el: etree._Element, slot: AdSlot) -> bool:
    """``slot`` (found at ``el``) is of a format that stands beside the page."""
    hint = f"{el.get('class') or ''} {el.get('id') or ''}"
    if hint.strip() and _side_hint(hint):
        return True
    tag = el.tag
    if type(tag) is str and "1x1" in tag:
        return True  # (a custom element named after the format: <ad1x1>)
    for value in slot.attributes.values():
        if value and len(value) < 80 and _side_value(value):
            return True
    if not slot.sizes:
        return False
    if all(_tall(w, h) for w, h in slot.sizes):
        return True
    # a 1x1 slot is out of the page unless it starts an outstream video drawn in the text
    unit = (slot.unit or "").lower()
    return all(_tall(w, h) or _pixel(w, h) for w, h in slot.sizes) and not any(
        w in unit for w in rules.IN_TEXT_PIXEL_UNITS)


@memo(8192)
def _side_hint(hint: str) -> bool:
    for name in hint.split():
        ws = words(name)
        for w in ws:
            if w in rules.SIDE_WORDS or w.startswith(rules.SIDE_STEMS):
                return True
        if "page" in ws and "outofpage" in "".join(ws):
            return True
    return False


@memo(4096)
def _side_value(value: str) -> bool:
    return any(w.startswith(rules.SIDE_VALUE_STEMS) for n in value.split() for w in words(n))


def _pixel(w: int, h: int) -> bool:
    return 0 <= w <= rules.PIXEL_MAX and 0 <= h <= rules.PIXEL_MAX


def _tall(w: int, h: int) -> bool:
    return 0 < w <= rules.TALL_MAX_WIDTH and h >= rules.TALL_RATIO * w
