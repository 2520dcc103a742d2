"""Dialog windows: a photo viewer, a comment-rules window, a cookie-consent panel. What a
region step finds inside one belongs to the dialog (``cta_rows``, ``consent_ctas``)."""

from __future__ import annotations

from lxml import etree

from .chrome_util import page_attributes, tag_of, words
from .rules import regions as rules

#: Elements that stand for the page: a class on them ("has-modal") says the page HAS a
#: dialog somewhere, not that they are one.
_PAGE = frozenset({"html", "body", "main", "article"})
# (attribute names are given to lxml as bytes: a str name is encoded on every call, the
# value still comes back as str)
_ROLE, _ARIA_MODAL = b"role", b"aria-modal"


def is_dialog(el: etree._Element) -> bool:
    """``el`` is a dialog window: ``<dialog>``, ``role=dialog``/``alertdialog``,
    ``aria-modal=true``, or a class/id word of ``DIALOG_WORDS`` ("modal"); never one of the
    page's own elements (``_PAGE``)."""
    tag = tag_of(el)
    if tag in _PAGE:
        return False
    if tag == "dialog":
        return True
    role = el.get(_ROLE)
    if role and role.lower() in ("dialog", "alertdialog"):
        return True
    modal = el.get(_ARIA_MODAL)
    if modal and modal.lower() == "true":
        return True
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    cls, eid = page.classes[el], page.ids[el]
    if not cls and not eid:
        return False  # (most elements)
    names = f"{cls or ''} {eid or ''}"
    lowered = names.lower()  # (once, not once per dialog word)
    if not any(w in lowered for w in rules.DIALOG_WORDS):
        return False  # (most named elements: no word to split for, checked in C)
    return any(w in rules.DIALOG_WORDS for name in names.split() for w in words(name))


def in_dialog(el: etree._Element) -> bool:
    """``el`` or an ancestor below the page's own elements (``_PAGE``) is a dialog."""
    for node in (el, *el.iterancestors()):
        if tag_of(node) in _PAGE:
            return False
        if is_dialog(node):
            return True
    return False


def hidden_overlay(el: etree._Element) -> bool:
    """``el`` is an overlay marked by its markup alone, shown only on demand: ``<dialog>``,
    ``role=dialog`` or ``aria-hidden=true`` (a photo viewer, a share panel). Stricter than
    ``is_dialog``: no class words, no case folding (a lone control inside one is the overlay's)."""
    return el.tag == "dialog" or el.get("role") == "dialog" or el.get("aria-hidden") == "true"
