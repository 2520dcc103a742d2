"""Headed contact columns: a footer or side column opening with a heading that names a
contact ("Contact", "Kontakt", "Ready to get started? Contact us today") and holding the
ways to reach the site — a ``mailto:``/``tel:`` link, a link to its contact page, its
profile icons — and nothing else (gold convention 2: plain when a link is set apart, else
ambiguous; reported either way).

``reach_boxes`` grows a box from the phone or e-mail link only while each level up adds no
words, so a column whose heading sits beside its list of addresses ends below the heading
(a bare list, refused), and a band whose heading column holds the logo link fails its
link count. Structure first: from each ``tel:``/``mailto:`` link (the region walk's, no walk
of its own) up a few levels, the lowest element holding one heading element (h1–h6), or a
title and its sub-title (an "h3" office name right under the "h2" "Contact", no link
between: one heading), before the link, whose words name a contact; the element stays
small (little text, few links), and its links load no page but contact pages, profiles,
the site's home (the logo) and at most one other — or fewer others than ways to reach the
site (contact and appointment pages, phone and e-mail links). A menu column titled
"Contact" (Support, Sales, Careers…) links other pages and is no contact box; nor is a
column holding two headings of one rank (a stack of widgets).

A column with no phone or e-mail link ("Contact" over "General questions", "Advertising",
"Suggestions", each a contact form; "Contact" over "Write to me HERE") is found the same way
from its links to contact pages (``page_columns``, asked by ``contact_links``, whose search
of the page's targets finds them), unless the link is a menu's entry by its markup (a
``<nav>``, a menu's role or class word up to the column or just above): with no address to
vouch for it, a footer menu's "Contact us" column is navigation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import chain, islice

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import class_or_id_named, norm, overlaps
from .contact_lines import reach_kind
from .conversion_links import opens_page, target_kind
from .cta_boxes import box_kind_of
from .ctas import build_cta, share_or_follow
from .element_hints import HEADINGS
from .region_widgets import NEVER
from .rules import contact_columns as rules
from .rules.regions import MENU_ROLES, MENU_WORDS

_PATH_SPLIT = re.compile(r"[/_.-]+")
_MENU_TAGS = frozenset({"nav", "menu"})


def contact_columns(links: Sequence[etree._Element], counts: Mapping[etree._Element, int],
                    body: set[etree._Element], found: Sequence[Found], line: set[etree._Element],
                    base: str | None) -> list[Found]:
    """The headed contact columns around ``links`` (the page's ``tel:``/``mailto:`` links)
    outside the body blocks ``body`` and the items ``found`` (``line``: ancestors of the body
    blocks; ``counts``: the links below each element, the region walk's). A column may hold a follow item found (its profile icons), no other item."""
    seeds = [a for a in links if reach_kind((a.get("href") or "").strip()) == "contact"]
    return _columns(seeds, counts, body, found, line, base, menus=True)


def page_columns(links: Sequence[etree._Element], counts: Mapping[etree._Element, int],
                 body: set[etree._Element], found: Sequence[Found], line: set[etree._Element],
                 base: str | None) -> list[Found]:
    """The headed contact columns around ``links`` (the page's links to its contact pages:
    a column with no phone or e-mail link to seed from, "Contact" over "General questions",
    "Advertising", "Suggestions"); as ``contact_columns``, ``line`` also holding the
    ancestors of the items found. With no address to vouch for it, a column of a menu (a
    footer's "Contact us" menu column, a mega menu's "Contact sales") is navigation."""
    return _columns(links, counts, body, found, line, base, menus=False)


def _columns(seeds: Sequence[etree._Element], counts: Mapping[etree._Element, int],
             body: set[etree._Element], found: Sequence[Found], line: set[etree._Element],
             base: str | None, *, menus: bool) -> list[Found]:
    """The headed contact columns around the links ``seeds`` (``contact_columns``; ``menus``:
    a column in a menu may be one)."""
    taken = {f.element for f in found if not _is_follow(f)}
    follows = {f.element for f in found if _is_follow(f)}
    out: list[Found] = []
    done: set[etree._Element] = set()
    for a in seeds:
        column = _column(a, counts, line, body, done)
        if column is None or column in taken or column in follows:
            continue
        if not menus and _in_menu(a, column):
            continue
        if overlaps(column, taken) or overlaps(column, body):
            continue  # (an item found around or inside it, or the body's text)
        done.add(column)
        out.append(Found(column, build_cta(column, "contact", base)))
    return out if len(out) <= rules.MAX_COLUMNS else []


def _column(a: etree._Element, counts: Mapping[etree._Element, int], line: set[etree._Element],
            body: set[etree._Element], done: set[etree._Element]) -> etree._Element | None:
    """The headed column around the link ``a`` (module doc), or None."""
    node = a.getparent()
    for _ in range(rules.CLIMB):
        if node is None or node.tag in NEVER or node in line or node in body or node in done:
            return None
        if counts.get(node, 0) > rules.MAX_LINKS:
            return None  # (a column holds a few links: a footer, many)
        heads = list(islice(node.iter(*HEADINGS), 3))
        if heads:
            if len(heads) > 2 or (len(heads) == 2 and not _sub_heading(heads[0], heads[1], node)):
                return None  # (two headings: a stack of widgets, unless title and sub-title)
            if not _before(heads[-1], a, node):
                return None  # (a heading below: another's)
            words = norm(heads[0].text_content()).lower()
            if len(words) > rules.MAX_HEAD_CHARS or not _names_contact(words):
                if len(heads) == 1:  # (a sub-title, "Center for Careers": its title may sit above)
                    node = node.getparent()
                    continue
                return None
            if len(norm(node.text_content())) > rules.MAX_CHARS or not _contact_links(node):
                return None
            return node
        node = node.getparent()
    return None


def _in_menu(a: etree._Element, column: etree._Element) -> bool:
    """The link ``a`` is an entry of a menu: it, an element up to its ``column`` or one of the
    ``MENU_CLIMB`` elements above is a ``<nav>``/``<menu>``, has a menu's role or a class/id
    word of a menu ("menu-link", "footer-nav")."""
    left = 0
    for x in chain((a,), a.iterancestors()):
        if x.tag in _MENU_TAGS or (x.get("role") or "").lower() in MENU_ROLES or class_or_id_named(x, MENU_WORDS):
            return True
        if x is column:
            left = rules.MENU_CLIMB
        elif left:
            left -= 1
            if not left:
                return False
    return False


def _sub_heading(head: etree._Element, sub: etree._Element, column: etree._Element) -> bool:
    """``sub`` is the sub-title of ``head`` (one heading): of a lower rank ("h3" under "h2"),
    with no link between them."""
    if sub.tag <= head.tag:
        return False
    seen = False
    for x in column.iter(head.tag, sub.tag, "a"):
        if x is head:
            seen = True
        elif seen:
            return x is sub
    return False


def _before(head: etree._Element, a: etree._Element, column: etree._Element) -> bool:
    """``head`` opens ``column``: it comes before the link ``a`` and does not hold it."""
    for x in column.iter(head.tag, "a"):
        if x is head:
            return not any(y is a for y in head.iter("a"))
        if x is a:
            return False
    return False


def _is_follow(f: Found) -> bool:
    """``f`` is a follow CTA (profile icons: a contact column may hold them)."""
    return isinstance(f.item, CallToAction) and f.item.kind == "follow"


def _names_contact(words: str) -> bool:
    """A heading's words (lower case) name a contact."""
    return box_kind_of(words) == "contact" or any(w in words for w in rules.CONTACT_WORDS)


def _contact_links(el: etree._Element) -> bool:
    """The links of ``el`` load no page but contact pages, profiles, the site's home (a
    logo) and at most ``MAX_OTHER_TARGETS`` others, or fewer others than ways to reach the
    site (contact and appointment pages, phone and e-mail links: "Advertising" and "Events"
    beside four contact forms)."""
    other: set[str] = set()
    ways = 0
    for x in el.iter("a"):
        href = (x.get("href") or "").strip()
        if reach_kind(href) is not None:
            ways += 1
            continue
        if not opens_page(href) or share_or_follow(href) is not None or href in ("/", "./"):
            continue
        if target_kind(href) == "contact" or _appointment(href):
            ways += 1
            continue
        other.add(href)
    return len(other) <= rules.MAX_OTHER_TARGETS or len(other) < ways


def _appointment(href: str) -> bool:
    """``href``'s path names a page booking an appointment (``APPOINTMENT_WORDS``)."""
    path = href.split("?", 1)[0].split("#", 1)[0].lower()
    return not rules.APPOINTMENT_WORDS.isdisjoint(_PATH_SPLIT.split(path))
