"""Offers whose action a script drives: the one button of a small box is a ``<button>``, or a
button-styled link that loads no page by itself (``href="#"``, ``javascript:``, or an in-page
target with a ``data-*``/``onclick`` handler). Such a box asks to act as a box with a real
link does ("Learn more", "Download Now!"); ``cta_boxes.offer_box`` reads its label the same
way. What is no offer stays out by its label (a carousel arrow, a menu toggle, "Close",
"Play", "Search", "Load more" ask no offer's verb) and by the box (a form's submit, a
cookie notice: ``offer_box``'s own tests).
"""

from __future__ import annotations

import re

from lxml import etree

from .chrome_util import norm, text_content
from .element_hints import is_hidden
from .rules import regions as rules

#: Targets that load no page: the script is the action.
_BARE_TARGETS = ("", "#", "#!")


def scripted_action(a: etree._Element) -> bool:
    """A link whose target loads no page and that a script acts on: ``#`` alone or
    ``javascript:``, or an in-page ``#target`` with a click handler or ``data-*`` hook (a
    plain jump to a section has neither)."""
    href = (a.get("href") or "").strip().lower()
    if href in _BARE_TARGETS or href.startswith("javascript:"):
        return True
    return href.startswith("#") and (a.get("onclick") is not None or any(k.startswith("data-") for k in a.attrib))


def lone_button(el: etree._Element) -> etree._Element | None:
    """The one ``<button>`` of a box with no link, no form and no field: the box's only
    action (a search box or a sign-up form is judged by its form)."""
    found = None
    for node in el.iter("button", "form", "input", "select", "textarea"):
        if node.tag != "button" or found is not None:
            return None
        if (node.get("type") or "").lower() == "submit" or next(node.iterancestors("form"), None) is not None:
            return None  # (a form's submit button, ``type`` or not: the form is judged)
        found = node
    if found is None or not norm(text_content(found)):
        return None
    return found


def script_offer_box(el: etree._Element, controls: list[etree._Element]) -> bool:
    """A box whose action (``controls``: its ``<button>`` or scripted links) may be an
    offer's: shown (a hidden template or a closed dialog is none), no toggle (the control
    opens a menu, a drop-down or an accordion the box holds), no placeholder copy
    ("Lorem ipsum" of an unfinished template)."""
    for node in (el, *el.iterancestors()):
        if is_hidden(node):
            return False
    for c in controls:
        if any(c.get(a) is not None for a in _TOGGLE_ATTRIBUTES):
            return False
    for node in el.iter():
        cls = node.get("class")
        if cls and not rules.TOGGLE_CLASS_WORDS.isdisjoint(_WORD_SPLIT.split(cls.lower())):
            return False  # (the button shows a menu beside it: "Explore article topics ▾")
    return not any(p in norm(el.text_content()).lower() for p in rules.PLACEHOLDER_COPY)


#: Attributes of a control that opens or closes a part of the page (a menu, a panel).
_TOGGLE_ATTRIBUTES = ("aria-expanded", "aria-haspopup", "aria-controls")
_WORD_SPLIT = re.compile(r"[\s_-]+")
