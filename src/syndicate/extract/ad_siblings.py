"""Ad slots of the same markup as a slot already found: a page's slots share their design.

A site draws every ad slot of a page from one template: an empty placeholder box the ad
script fills, with the same class on each ("goAdverticum", "resor__item") and an id or
``data-*`` attribute telling the slots apart. The chrome walk knows a slot by its markup's
words, and many placeholders carry none (a zone number, a vendor's brand): when one slot
of a design is found, the others are not. This pass, run once the chrome walk is done,
takes each found slot's placeholder — its innermost empty element carrying an id or a
``data-*`` attribute and a class that names no ad (a class that does, the walk reads on
every box already) — and reports every other empty placeholder of the page of that tag
whose class tokens hold the same ones, at its outermost slot box (``ads.outermost_slot``).

Some designs keep the placeholder a bare ``div`` inside a classed box of an id scheme
(``<div id="dcoContentLeader1-container" class="box-additional ..."><div id="dcoContentLeader1">``):
there the found slot's box gives a *family* — a class name of the box that names no ad, and
the first and last word of its id — and every other box of the page carrying that class name,
its id of the same scheme ("dcoSide1-container"), is a slot too, when all of them (three at
least) are empty boxes.

Guards, so that one wrong slot cannot multiply: the placeholder is all its found slot
holds (not a widget's mount inside an ad-classed sidebar) and its id is no generated
hash (where an ad word is chance); its class is no layout class (no element of the page
holding it shows anything: text, a picture, a control); the other boxes are empty leaves
with a hook of their own, not inside or around an item already found, and not an
insertion plugin's block whose own encoded code is no ad.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lxml import etree

from ..model import AdSlot
from .ad_scripts import ScriptInfo
from .ad_slots import build_ad
from .ads import (
    NO_SIGNAL,
    class_signal,
    decoded_code,
    empty_box,
    encoded_ad_of,
    outermost_slot,
)
from .chrome_util import ancestors_of, class_names, tag_of, within, words
from .rules import ad_networks as ad_rules

if TYPE_CHECKING:  # (chrome imports this module: its Found only for the types)
    from .chrome import Found

#: Elements read inside one found slot for its placeholder (a slot is a small box).
_MAX_SLOT_NODES = 40
#: Children a placeholder may hold: what an ad script leaves beside it, nothing shown.
_LEAF_CHILDREN = frozenset({"", "script", "style", "noscript", "br"})
#: Pieces of an id (``_generated``) and the shortest generated piece.
_PIECES = re.compile(r"[-_:.]+")
_HASH_MIN = 10
#: The fewest boxes of a family (``_families``): one found slot and two more of its scheme.
_FAMILY_MIN = 3
#: Placeholders are boxes, never text-level or list elements.
_NO_PLACEHOLDER = ad_rules.NEVER_AD_TAGS | frozenset({"script", "style", "noscript", "iframe", "img", "ins"})


def sibling_slots(root: etree._Element, found: Sequence[Found],
                  scripts: ScriptInfo) -> list[tuple[etree._Element, AdSlot, etree._Element | None]]:
    """Slots of the same placeholder design as a found ad slot, outside every found item:
    (placeholder, slot, the outer box it is reported at if wider) for the chrome walk's
    ``Found``. ``found``: what the chrome walk found (only its ad slots give designs)."""
    # (tag, class tokens), in the order met: a dict keeps the output's order fixed
    designs: dict[tuple[str, frozenset[str]], None] = {}
    for f in found:
        if isinstance(f.item, AdSlot):
            for node in _placeholders(f.element):
                design = (tag_of(node), frozenset(class_names(node.get("class") or "")))
                if design not in designs and _whole_slot(node, f.element) and not _generated(node.get("id") or ""):
                    designs[design] = None
    families = _families(found)
    if not designs and not families:
        return []
    taken = {f.element for f in found}
    slots = {f.element for f in found if isinstance(f.item, AdSlot)}
    matches = _matching(root, designs) if designs else []
    boxes: list[etree._Element] = []
    for tag, names in designs:
        boxes.extend(_new_boxes([el for el in matches if el.tag == tag], names, taken, slots))
    if families:
        reported = taken | {f.report for f in found if f.report is not None}
        for family in families:
            boxes.extend(_family_boxes(root, family, reported))
    if not boxes:
        return []
    line = ancestors_of(taken)  # (no slot around a found item)
    out: list[tuple[etree._Element, AdSlot, etree._Element | None]] = []
    seen: set[etree._Element] = set()
    for box in boxes:
        outer = outermost_slot(box)
        if outer in seen or outer in line or outer in taken:
            continue
        seen.add(outer)
        seen.add(box)
        out.append((box, build_ad(box, None, scripts), outer if outer is not box else None))
    return out


#: An id of camelCase words and numbers (``dcoContentLeader1-container``): written, not
#: generated, though ``_generated`` takes its long mixed pieces for a hash.
_CAMEL_ID = re.compile(r"^(?:[a-z\d_-]|[A-Z](?=[a-z]))+$")
#: A family: (tag, class name shared, first and last word of the found slot's id).
_Family = tuple[str, str, str, str]


def _families(found: Sequence[Found]) -> list[_Family]:
    """The id schemes of found slots that are empty boxes with an id and a class naming no ad
    but no leaf placeholder of their own (``dcoContentLeader1-container``, its script's mount
    a bare ``div`` inside): one family per class name of the box."""
    out: list[_Family] = []
    for f in found:
        if not isinstance(f.item, AdSlot):
            continue
        el = f.report if f.report is not None else f.element
        if len(el) != 1:  # (the box holds its bare mount, or is that mount: read its parent)
            parent = el.getparent()
            if len(el) or parent is None or len(parent) != 1:
                continue
            el = parent
        mount = el[0]
        cls, eid = el.get("class"), el.get("id")
        if not cls or not eid or type(mount.tag) is not str or mount.get("class"):
            continue  # (a classed inner box is a placeholder of its own: ``designs``)
        eid = eid.strip()
        if (_generated(eid) and not _CAMEL_ID.match(eid)) or not empty_box(el):
            continue
        ws = words(eid)
        if len(ws) < 2:
            continue
        tag = tag_of(el)
        for name in class_names(cls):
            family = (tag, name, ws[0], ws[-1])
            if name.isascii() and "'" not in name and family not in out and class_signal(name) == NO_SIGNAL:
                out.append(family)  # (a class naming an ad: the walk reads its boxes already)
    return out


def _family_boxes(root: etree._Element, family: _Family, taken: set[etree._Element]) -> list[etree._Element]:
    """The boxes of ``family`` outside the found items: every element of its tag carrying its
    class name is an empty box (else the class is a layout class: none), at least
    ``_FAMILY_MIN`` of them, and each box's id starts and ends with the family's words."""
    tag, name, first, last = family
    if not tag.isalnum():
        return []
    members = [el for el in root.xpath(f"//{tag}[contains(@class,'{name}')]")
               if name in class_names(el.get("class") or "")]
    out, schemed = [], 0
    for el in members:
        if not empty_box(el):
            return []
        eid = (el.get("id") or "").strip()
        if not eid:
            continue  # (a box of the family its script names otherwise: not read here)
        ws = words(eid)
        if len(ws) < 2 or ws[0] != first or ws[-1] != last:
            return []  # (one id scheme for all the family's boxes)
        schemed += 1
        if not within(el, taken):
            out.append(el)
    return out if schemed >= _FAMILY_MIN else []


def _placeholders(slot: etree._Element) -> list[etree._Element]:
    """The empty placeholders inside the found slot ``slot`` (``slot`` itself included)."""
    out = []
    for n, node in enumerate(slot.iter()):
        if n >= _MAX_SLOT_NODES:
            break
        if type(node.tag) is str and node.get("class") and _placeholder(node):  # (most have no class)
            out.append(node)
    return out


def _whole_slot(node: etree._Element, slot: etree._Element) -> bool:
    """The placeholder ``node`` is all its found slot ``slot`` holds (an ad label and scripts
    aside): its outermost slot box reaches ``slot``. (An ad container around other widgets,
    a sidebar classed "Ads" holding a news widget's mount, says nothing of their design.)"""
    if node is slot:
        return True
    outer = outermost_slot(node)
    return outer is slot or any(a is outer for a in slot.iterancestors())


def _generated(eid: str) -> bool:
    """An id a framework generated (a piece mixing capitals, small letters and digits:
    "shopify-block-AdUhINzJDU05HRnJaS__43189"): the ad word the walk read in it may be
    chance, and a wrong slot must not multiply over the page's other generated boxes."""
    for piece in _PIECES.split(eid):
        if len(piece) >= _HASH_MIN and not piece.isalpha() and not piece.isdigit() \
                and piece.lower() != piece and piece.upper() != piece:
            return True
    return False


def _own_code_says_no(el: etree._Element) -> bool:
    """``el`` keeps its code encoded (an insertion plugin's block) and the code is no ad slot
    (a loader script): its own markup says what it is."""
    for name in ad_rules.ENCODED_CODE_ATTRIBUTES:
        value = el.get(name)
        if value and decoded_code(value) is not None:
            return encoded_ad_of(el) is None
    return False


def _placeholder(node: etree._Element) -> bool:
    """An empty leaf box with a class naming no ad (the walk reads every box of such a class
    already) and a hook for the ad script (an id or ``data-*``)."""
    cls = node.get("class")
    if not cls or tag_of(node) in _NO_PLACEHOLDER or class_signal(cls) != NO_SIGNAL:
        return False
    if not (node.get("id") or any(k.startswith("data-") for k in node.keys())):
        return False
    if node.text and node.text.strip():
        return False
    for child in node:
        if tag_of(child) not in _LEAF_CHILDREN or child.tail and child.tail.strip():
            return False
    return True


def _matching(root: etree._Element, designs: dict[tuple[str, frozenset[str]], None]) -> list[etree._Element]:
    """Elements of a design's tag whose class attribute holds one of its class names (one
    search in C; the tokens are compared after)."""
    paths = []
    for tag, key in sorted({(tag, max(names, key=len)) for tag, names in designs}):
        if tag.isalnum() and "'" not in key:
            paths.append(f"//{tag}[contains(@class,'{key}')]")
    return root.xpath(" | ".join(paths)) if paths else []  # type: ignore[no-any-return]


def _new_boxes(matches: list[etree._Element], design: frozenset[str],
               taken: set[etree._Element], slots: set[etree._Element]) -> list[etree._Element]:
    """The placeholders of ``design`` outside the found items, or none when an element
    classed so outside the found slots shows something (a layout class, not an ad
    placeholder's)."""
    out = []
    for el in matches:
        if not design.issubset(class_names(el.get("class") or "")):
            continue
        holder = el if el in taken else next((a for a in el.iterancestors() if a in taken), None)
        if holder is not None and holder in slots:
            continue  # (a found slot's own placeholder: a slot may be filled)
        if not empty_box(el):
            return []
        if holder is None and _placeholder(el) and not _own_code_says_no(el):
            out.append(el)
    return out
