"""One pop-up, one CTA (the last step of ``widget_merge.one_element``).

A pop-up window (a modal ``div``, ``role=dialog``, an Elementor or exit-intent pop-up) often
holds more than one thing the region pass finds: its buttons one by one ("Schedule your
consultation", "Learn about our offer"), its form and the follow icons under it, its
heading and its form. The reader sees one window asking one thing: one CTA on the window's
root (the outermost pop-up at most ``POPUP_CLIMB`` levels above each item), with the kind of
its main ask (the item holding a form, else the first in document order).

Not a pop-up here: the page and its regions (``_NEVER``: a side menu ``<nav role=dialog>``
is a menu), a box holding a menu (a ``<nav>``, or a list entry unfolding a submenu:
``submenus.unfolds``; a burger menu's drawer), a box holding any of the article's blocks (``body_line``), a box holding a
related block or an ad slot (no window of asks). Works on the found CTAs and their
ancestors only (no walk of the page).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import chain, islice

from lxml import etree

from ..model import CallToAction
from .action_widgets import reported_at
from .chrome import Found
from .chrome_util import class_or_id_named, page_attributes
from .dialogs import is_dialog
from .rules import regions as dialog_rules
from .rules import widgets as rules
from .submenus import unfolds

#: Never a pop-up's root: the page, its regions, a menu.
_NEVER = frozenset({"html", "body", "main", "article", "header", "footer", "nav"})


def one_per_popup(found: Sequence[Found], body_line: Collection[etree._Element], base: str | None) -> list[Found]:
    """``found`` with the CTAs inside one pop-up reported once, at its root (module doc)."""
    root_of: dict[int, etree._Element] = {}
    seen: dict[etree._Element, int] = {}
    for f in found:
        if isinstance(f.item, CallToAction) and f.report is None:
            root = _popup_root(f.element, body_line, seen)
            if root is not None:
                root_of[id(f)] = root
    if not root_of:
        return list(found)
    # (a pop-up holding a menu is a menu's panel: a burger menu's drawer, its follow icons;
    # a menu there is a ``<nav>`` or an entry unfolding a submenu, as "More ▾" over its pages)
    roots = {r for r in set(root_of.values())
             if next(r.iter("nav"), None) is None and not any(map(unfolds, r.iter("li")))}
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


def _popup_root(el: etree._Element, body_line: Collection[etree._Element],
                seen: dict[etree._Element, int]) -> etree._Element | None:
    """The outermost pop-up at ``el`` or at most ``POPUP_CLIMB`` levels above it, below the
    page's regions and outside the article's line; None when there is none. ``seen``: the
    answers so far (the items of one box share their ancestors): ``_STOP``, or ``_is_popup``."""
    root = None
    for anc in islice(chain((el,), el.iterancestors()), rules.POPUP_CLIMB + 1):
        state = seen.get(anc)
        if state is None:
            state = seen[anc] = _STOP if anc.tag in _NEVER or anc in body_line else _is_popup(anc)
        if state is _STOP:
            break
        if state:
            root = anc
    return root


#: ``_popup_root``'s memo for an element the climb stops at.
_STOP = 2


def _is_popup(el: etree._Element) -> bool:
    """``el`` is a pop-up window: ``dialogs.is_dialog``, or a class/id word of ``POPUP_WORDS``
    (most boxes carry no such markup: told by the attributes and a search of their names for
    ``_STEMS``, case aside)."""
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    cls, eid = page.classes[el], page.ids[el]
    if cls and any(w in cls for w in _STEMS) or eid and any(w in eid for w in _STEMS) \
            or el.tag == "dialog" or el.get(b"role") or el.get(b"aria-modal"):
        return is_dialog(el) or class_or_id_named(el, rules.POPUP_WORDS)
    return False


#: Every word of ``DIALOG_WORDS`` and ``POPUP_WORDS`` less its first letter (so "Modal",
#: "Popup" are found as "modal", "popup" are): the names worth a look (``_is_popup``).
_STEMS = tuple(w[1:] for w in dialog_rules.DIALOG_WORDS | rules.POPUP_WORDS)
