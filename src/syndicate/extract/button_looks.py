"""A link's button look from its utility classes: a Tailwind-like or Bootstrap-like class
value drawing a padded, rounded box with a fill or an edge (``px-6 py-3 rounded-lg
bg-indigo-600``, ``rounded-full border-2 px-5``) is a button, though no word of it says
"button". The conversion-button pass (``conversion_links``) takes such links beside the
ones the class-word test knows.

The region pass asks the test of every link's class value it has not seen and that names
no button (kept as ``LOOK`` among ``nav_buttons``' flags of the value: one dict lookup a
link); most values are ruled out by one substring search in C.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from lxml import etree

from ..memo import memo
from .rules import button_looks as rules
from .rules import conversion as conversion_rules
from .rules.regions import MENU_ROLES

#: The flag the region pass adds to a class value's ``nav_buttons.LINK_FLAGS``: it looks
#: like a button (and no word of it names one).
LOOK = 64


def looks_like_button(value: str) -> bool:
    """A class value whose utility tokens draw a button: horizontal padding
    (``rules.PAD_PREFIXES``), a rounded shape (``SHAPE_TOKEN``) and a fill (``FILL_PREFIX``)
    or an edge (``EDGE_TOKENS``), each drawn at some screen size (no state prefix)."""
    if rules.SHAPE_TOKEN not in value:
        return False  # (one search in C: most values)
    pad = shape = fill = edge = False
    for token in value.split():
        if ":" in token:
            prefix, _, token = token.rpartition(":")
            if not rules.SCREEN_PREFIXES.issuperset(prefix.split(":")):
                continue  # (``hover:bg-blue-700``: drawn in a state only)
        token = token.lstrip("!")
        if token.startswith(rules.FRAMEWORK_PREFIXES):
            token = token.partition("-")[2].lstrip("!")
        if token.startswith(rules.PAD_PREFIXES):
            pad = pad or _nonzero(token.partition("-")[2])
        elif token.startswith(rules.SHAPE_TOKEN):
            shape = shape or _rounded(token)
        elif token.startswith(rules.FILL_PREFIX):
            fill = fill or _fill(token[len(rules.FILL_PREFIX):])
        elif token in rules.EDGE_TOKENS:
            edge = True
    return pad and shape and (fill or edge)


def _nonzero(size: str) -> bool:
    """A padding size that pads (``4``, ``2.5``, ``[28px]``; not ``0``, ``[0px]``)."""
    return bool(size) and size.strip("[]").rstrip("px").rstrip("rem") not in ("0", "")


def _rounded(token: str) -> bool:
    """``rounded``, ``rounded-lg``, ``rounded-[50px]``, ``rounded-pill``: all corners rounded."""
    if token == rules.SHAPE_TOKEN:
        return True
    if not token.startswith(rules.SHAPE_TOKEN + "-"):
        return False
    size = token[len(rules.SHAPE_TOKEN) + 1:]
    return size not in rules.NOT_SHAPE and size.partition("-")[0] not in rules.SHAPE_SIDES


def _fill(value: str) -> bool:
    """A ``bg-`` value that fills: a colour (``brand``, ``gray-900``, ``[#2a6]``), at least
    half opaque (``white/5`` is a tint)."""
    colour, _, alpha = value.partition("/")
    if colour.partition("-")[0] in rules.NOT_FILL:
        return False
    return not alpha.isdigit() or int(alpha) >= 50


def drawn_button(el: etree._Element) -> bool:
    """``el`` is a link (or holds one at its top) whose class value ``looks_like_button``
    (a class value judged once: ``_looks``), standing in no panel of a menu (a navigation
    ancestor ``PANEL_DEPTH`` levels up or more: a card a menu entry unfolds)."""
    a = el if el.tag == "a" else next(el.iter("a"), None)
    cls = a.get("class") if a is not None else None
    if not cls or not _looks(cls):
        return False
    for depth, node in enumerate(islice(a.iterancestors(), conversion_rules.PANEL_CLIMB), 1):
        if depth >= conversion_rules.PANEL_DEPTH and (
                node.tag in _MENU_TAGS or (node.get("role") or "").lower() in MENU_ROLES):
            return False
    return True


_MENU_TAGS = frozenset({"nav", "menu"})


@memo(4096)
def _looks(value: str) -> bool:
    return looks_like_button(value)


def with_looks(buttons: Sequence[etree._Element], looks: Sequence[etree._Element] | None,
               links: Sequence[etree._Element]) -> Sequence[etree._Element]:
    """The links of ``buttons`` (styled by a class word) and ``looks`` (by their look), in the
    document order of ``links`` (the page's links, both among them)."""
    if not looks:
        return buttons
    keep = set(buttons).union(looks)
    return [a for a in links if a in keep]
