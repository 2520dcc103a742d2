"""Ad slots between the cards of a related block: a leaderboard between two lists of
recirculation cards, an "Anzeige" unit in a grid of teasers, a native GPT slot in a list of
recommended stories.

The chrome walk takes a related block whole and does not enter it, so the slots a site placed
among its cards went unreported. Each slot is known by its own markup, as in the walk
(``ads.ad_signal``: a network's element, an ad container, a format name on an empty box),
holds little text (``ads.small_enough``) and is no row of slots (``ads.holds_slots``); it is
reported at its outermost slot box inside the block. A box holding a link is a card, whatever
its name ("content_ad_1_not" around a teaser): a slot there holds a frame, a script or nothing
yet. A sponsored block (a native network's
widget, its cards the network's ads) is left whole: its ad markup is the block's own.
"""

from __future__ import annotations

from lxml import etree

from ..model import AdSlot, CallToAction, Related
from . import ads
from .ad_scripts import ScriptInfo
from .ad_slots import build_ad
from .chrome_util import page_attributes
from .rules import ad_networks as ad_rules

#: Most elements of one related block looked at (a block is a few dozen cards).
MAX_BLOCK_NODES = 600
#: Not entered: a card's link and picture, and what the chrome walk never enters.
_NOT_ENTERED = frozenset({"a", "script", "style", "noscript", "iframe", "svg", "picture", "video", "audio", "template"})


#: (slot element, slot, the box it is reported at when wider) for the chrome walk's ``Found``.
SlotFound = tuple[etree._Element, AdSlot, "etree._Element | None"]


def slots_in_related(found: list[tuple[etree._Element, AdSlot | Related | CallToAction]], scripts: ScriptInfo) -> list[SlotFound]:
    """The ad slots inside the related blocks among ``found`` ((element, item) pairs; not
    sponsored blocks), each with the box it is reported at when wider."""
    out: list[SlotFound] = []
    for element, item in found:
        if isinstance(item, Related) and not item.sponsored and item.provider is None:
            out.extend(_slots_in(element, scripts))
    return out


def _slots_in(block: etree._Element, scripts: ScriptInfo) -> list[SlotFound]:
    out: list[SlotFound] = []
    stack = list(reversed(block))
    seen = 0
    while stack and seen < MAX_BLOCK_NODES:
        node = stack.pop()
        seen += 1
        tag = node.tag
        if type(tag) is not str or tag in _NOT_ENTERED:
            continue
        if node.attrib and tag not in ad_rules.NEVER_AD_TAGS:  # (list items and cells: entered, no slots)
            page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
            signal = ads.ad_signal(node, tag, page.classes[node] or "", (page.ids[node] or "").strip(), scripts)
            if signal is not None and signal[1] not in ad_rules.NATIVE_NETWORKS and node.find(".//a[@href]") is None \
                    and ads.small_enough(node, signal[0]) and not ads.holds_slots(node, scripts):
                outer = ads.outermost_slot(node)
                if outer is block or not any(a is block for a in outer.iterancestors()):
                    outer = node  # (the box stays inside the block: the block is no slot)
                out.append((node, build_ad(node, signal[1], scripts), outer if outer is not node else None))
                continue
        stack.extend(reversed(node))
    return out

