"""One pop-up, one CTA (the last step of ``widget_merge.one_element``).

A pop-up window (a modal ``div``, ``role=dialog``, an Elementor or exit-intent pop-up) often
holds more than one thing the region pass finds: its buttons one by one ("Schedule your
consultation", "Learn about our offer"), its form and the follow icons under it, its
heading and its form. The reader sees one window asking one thing: one CTA on the window's
root (the outermost pop-up at most ``POPUP_CLIMB`` levels above each item), with the kind of
its main ask (the item holding a form, else the first in document order).

Not a pop-up here: the page and its regions (``_NEVER``: a side menu ``<nav role=dialog>``
is a menu), a box holding any of the article's blocks (``body_line``), a box holding a
related block or an ad slot (no window of asks). Works on the found CTAs and their
ancestors only (no walk of the page).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import islice

from lxml import etree

from ..model import CallToAction
from .action_widgets import reported_at
from .chrome import Found
from .chrome_util import class_or_id_named, tag_of
from .dialogs import is_dialog
from .rules import widgets as rules

#: Never a pop-up's root: the page, its regions, a menu.
_NEVER = frozenset({"html", "body", "main", "article", "header", "footer", "nav"})


def one_per_popup(found: Sequence[Found], body_line: Collection[etree._Element], base: str | None) -> list[Found]:
    """``found`` with the CTAs inside one pop-up reported once, at its root (module doc)."""
    root_of: dict[int, etree._Element] = {}
    for f in found:
        if isinstance(f.item, CallToAction) and f.report is None:
            root = _popup_root(f.element, body_line)
            if root is not None:
                root_of[id(f)] = root
    if not root_of:
        return list(found)
    roots = set(root_of.values())
    for f in found:  # (a window holding a related block or an ad slot is no window of asks)
        if id(f) not in root_of and roots:
            roots.difference_update([a for a in f.element.iterancestors() if a in roots])
    if not roots:
        return list(found)
    # (the main ask first: the item holding a form, else the first in document order)
    first: dict[etree._Element, Found] = {}
    for f in found:
        root = root_of.get(id(f))
        if root in roots and (root not in first or next(f.element.iter("form"), None) is not None
                              and next(first[root].element.iter("form"), None) is None):
            first[root] = f
    out: list[Found] = []
    for f in found:
        root = root_of.get(id(f))
        if root not in roots:
            out.append(f)
        elif root in first:  # (the window's one CTA, where its first item stood)
            main = first.pop(root)
            out.append(main if main.element is root else reported_at(main, root, base))
    return out


def _popup_root(el: etree._Element, body_line: Collection[etree._Element]) -> etree._Element | None:
    """The outermost pop-up at ``el`` or at most ``POPUP_CLIMB`` levels above it, below the
    page's regions and outside the article's line; None when there is none."""
    root = None
    for anc in islice((el, *el.iterancestors()), rules.POPUP_CLIMB + 1):
        if tag_of(anc) in _NEVER or anc in body_line:
            break
        if is_dialog(anc) or class_or_id_named(anc, rules.POPUP_WORDS):
            root = anc
    return root
