"""The parts of a menu entry that unfolds a submenu are navigation, never a CTA.

A menu entry that unfolds (a dropdown's "Social ▾" over a mega menu's columns, "Canales"
over "Boletines / Youtube / Facebook", a navbar's "E-Paper" over "E-Paper lesen /
Digital-Abo bestellen") is a label and a submenu of further entries: the site's own map,
whose entries name its sections, its profiles and its offers alike. Read alone, a column
of network entries looks like a follow bar and the label like a subscription box; the
structure says it is one branch of the menu (the gold's convention: a menu is not
labelled). ``region_judge`` asks ``in_submenu`` only of a region about to be reported in
a menu area, so the test costs nothing elsewhere.

Structure only: the entry is a list entry (``<li>`` of a list) or one of sibling entries
of one tag and class (or of such entries each alone in a like wrapper); its first child
with words is a short label holding one link at most (a heading is a column's title, no
label); a later child holds the submenu's links.
"""

from __future__ import annotations

from itertools import islice

from lxml import etree

from .chrome_util import NO_TEXT, lone_descent, norm, tag_of
from .element_hints import HEADINGS
from .rules import submenus as rules


def in_submenu(el: etree._Element) -> bool:
    """``el`` is a menu entry that unfolds a submenu, the label of one, a part of its
    submenu (``SUBMENU_CLIMB`` levels up at most), or a wrapper holding one such entry
    alone (``WRAP_DEPTH`` levels down). A sign-up form (an e-mail field) is a widget even
    there."""
    if next((i for i in el.iter("input") if (i.get("type") or "").lower() == "email"), None) is not None:
        return False
    for node in islice(el.iterancestors(), rules.SUBMENU_CLIMB):
        if tag_of(node) in rules.PAGE_TAGS:
            break
        if unfolds(node):
            return True
    return any(unfolds(node) for node in lone_descent(el, rules.WRAP_DEPTH + 1))


def unfolds(el: etree._Element) -> bool:
    """``el`` is a menu entry (``_entry``) whose first child with words or a link is a short
    label of one link at most (``_label``) and a later child holds ``MIN_SUBMENU_LINKS`` or
    more links: the submenu."""
    if not _entry(el):
        return False
    label = False
    for c in el:
        if not isinstance(c.tag, str) or c.tag in NO_TEXT:
            continue
        if not label:
            if next((t for t in c.itertext() if t.strip()), None) is None \
                    and next(c.iter("a"), None) is None:
                continue  # (an empty caret, a hover layer)
            if not _label(c):
                return False
            label = True
            continue
        if sum(1 for _ in islice((a for a in c.iter("a") if a.get("href")), rules.MIN_SUBMENU_LINKS)) \
                >= rules.MIN_SUBMENU_LINKS:
            return True
    return False


def _entry(el: etree._Element) -> bool:
    """``el`` is an entry of a list (``<li>`` in ``<ul>``/``<ol>``/``<menu>``) or one of two
    or more siblings of its tag and class (a navbar's ``div`` entries), or of two or more
    such entries each alone in a like wrapper."""
    parent = el.getparent()
    if parent is None:
        return False
    tag = tag_of(el)
    if tag == "li":
        return tag_of(parent) in ("ul", "ol", "menu")
    cls = el.get("class")
    if not cls or tag not in rules.ENTRY_TAGS:
        return False
    if any(s is not el and s.get("class") == cls for s in parent.iterchildren(el.tag)):
        return True
    # (each entry in a wrapper of its own: the wrapper holds it alone, a wrapper beside holds
    # a like entry, and its label is a control: a link or a button, no logo over a footer's
    # columns)
    outer = parent.getparent()
    if outer is None or tag_of(parent) not in rules.ENTRY_TAGS \
            or sum(1 for c in parent if isinstance(c.tag, str)) != 1:
        return False
    first = next((c for c in el if isinstance(c.tag, str) and c.tag not in NO_TEXT), None)
    if first is None or next(first.iter("a", "button"), None) is None:
        return False
    return any(w is not parent and any(c.get("class") == cls for c in w.iterchildren(el.tag))
               for w in outer.iterchildren(parent.tag))


def _label(c: etree._Element) -> bool:
    """``c`` is an entry's label: a link, a toggle or a wrapper of one link at most, of
    ``MAX_LABEL_CHARS`` characters, no heading (a footer column's title over its list)."""
    if tag_of(c) in HEADINGS or next(c.iterdescendants(*HEADINGS), None) is not None:
        return False
    if sum(1 for _ in islice(c.iter("a"), 2)) > 1:
        return False
    return len(norm(c.text_content())) <= rules.MAX_LABEL_CHARS
