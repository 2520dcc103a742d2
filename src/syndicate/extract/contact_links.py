"""Links set apart to the site's contact, booking or consultation page: a "Book Now" beside
the main menu (not one of its entries), a menu of its own holding the one "Contact Us"
entry, a footer heading that is a link to the contact page, a booking card closing the
article. The site sets the link apart by its place, not by a button class: it is no entry
among like entries (no list entry among others, no sibling link of its class). Its kind
is read from its target's path words (``conversion.CONVERSION_WORDS`` of kind
``contact``: contact, kontakt, booking, appointment, consultation...).

A menu entry named "Contact" among other entries stays navigation, and so does a footer
column's link among its siblings. The page's targets are searched once for the stems of
such pages (``rules.HREF_STEMS``): most pages' links are never judged one by one.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from .chrome import Found
from .chrome_util import class_or_id_named, tag_of, text_stats
from .conversion_links import link_label, login_link, split_path, target_kind
from .ctas import build_cta
from .region_widgets import NEVER
from .rules import contact_links as rules


def contact_links(links: Sequence[etree._Element], hrefs: Sequence[str], body: set[etree._Element],
                  found: set[etree._Element], base: str | None) -> list[Found]:
    """The links among ``links`` (targets ``hrefs``, one each) to a contact page that stand
    apart outside the body blocks ``body`` and the items ``found``, each with the box it
    stands alone in; one per box."""
    joined = "\0".join(hrefs).lower()  # (no target holds a NUL: lxml refuses one)
    picked: set[int] = set()
    for stem in rules.HREF_STEMS:
        at = joined.find(stem)
        while at >= 0:
            picked.add(joined.count("\0", 0, at))  # (the target's index: separators before it)
            end = joined.find("\0", at)
            at = joined.find(stem, end) if end >= 0 else -1
    kept: list[etree._Element] = []
    headed: dict[str, int] = {}  # (target -> index in ``kept`` of its page-header copy)
    for i in sorted(picked):
        a = links[i]
        # (structure first: most candidates are menu entries; the target's words last)
        label = link_label(a)
        if not label or len(label) > rules.MAX_LABEL_CHARS or len(label.split()) > rules.MAX_LABEL_WORDS:
            continue
        if not _set_apart(a) or not _standing(a, body, found):
            continue
        href = hrefs[i].strip()
        if (target_kind(href) != "contact" and not _booking(href)) or login_link(href, label):
            continue
        if _in_header(a):  # (one copy per target in the page header: a floating or sticky
            # copy of the header is the second choice)
            j = headed.get(href)
            if j is not None:
                if _copy_rank(a) < _copy_rank(kept[j]):
                    kept[j] = a
                continue
            headed[href] = len(kept)
        kept.append(a)
    out: list[Found] = []
    boxes: set[etree._Element] = set()
    for a in kept:
        box = _box(a, body, found)
        if box in boxes or any(x in boxes for x in box.iterancestors()):
            continue
        boxes.add(box)
        out.append(Found(box, build_cta(box, "contact", base)))
    return out


def _booking(href: str) -> bool:
    """``href`` leads to a booking, appointment or consultation page (a word of its path,
    or two adjacent ones joined, is one of ``rules.BOOKING_WORDS``)."""
    try:
        path = urlsplit(href).path.lower()
    except ValueError:
        return False
    tokens = split_path(path)
    return not rules.BOOKING_WORDS.isdisjoint(tokens) or not rules.BOOKING_WORDS.isdisjoint(
        x + y for x, y in zip(tokens, tokens[1:], strict=False))


def _standing(a: etree._Element, body: set[etree._Element], found: set[etree._Element]) -> bool:
    """No ancestor of ``a`` (nor ``a``) is a body block, an item found or a form, and no
    item found stands inside it."""
    if a in body or a in found or any(x in found for x in a.iterdescendants()):
        return False
    return not any(x in body or x in found or x.tag == "form" for x in a.iterancestors())


def _set_apart(a: etree._Element) -> bool:
    """``a`` is no entry among like entries: the entry it makes (``a`` with the wrappers
    holding no other link) is the only entry of a list, or stands in no list and no sibling
    of its tag holds a link; no list entry, footer or dropdown stands around it."""
    if not _own_line(a):
        return False
    node = a
    parent = a.getparent()
    while parent is not None and tag_of(parent) not in NEVER and _links(parent, 2) == 1:
        node, parent = parent, parent.getparent()
    if parent is None or tag_of(parent) in NEVER:
        return False
    tag = tag_of(node)
    # (a link beside one other link is one of their run when it shares its class; a box
    # holding a link beside other such boxes (a few links each: a whole menu beside it is
    # none) is an entry of theirs whatever its class: entries carry their own "first",
    # "last", "nav-kontakt"; a list entry beside entries linking at all, dropdowns included)
    shape = _first_class(node) if tag == "a" else None
    if shape is not None and sum(1 for x in parent.iterchildren("a") if x.get("href")) > 2:
        return False  # (a run of three links or more: a menu's, whatever their classes)
    for x in parent.iterchildren():
        if x is not node and tag_of(x) == tag and (shape is None or _first_class(x) == shape) \
                and _like_entry(x, tag):
            return False  # (a run of like entries: a menu's, a footer column's)
    nxt = node.getnext()
    if nxt is not None and tag_of(nxt) in _LIST_TAGS and _links(nxt, 2) > 1:
        return False  # (the heading of a column of links: its name)
    for x in islice(node.iterancestors(), rules.PLACE_CLIMB):
        if tag_of(x) in _NO_PLACE or class_or_id_named(x, rules.NOT_PLACE_WORDS):
            return False
    return True


def _in_header(a: etree._Element) -> bool:
    """``a`` stands in the page header or a navigation bar."""
    return any(tag_of(x) in _HEADER_TAGS or (x.get("role") or "").lower() in _HEADER_ROLES for x in a.iterancestors())


_HEADER_TAGS = frozenset({"header", "nav"})
_HEADER_ROLES = frozenset({"banner", "navigation"})


def _links(el: etree._Element, most: int) -> int:
    """How many links with a target ``el`` holds, counted up to ``most`` (among its first
    ``SCAN_ANCHORS`` anchors: a "Sign In" anchor without one is no link)."""
    n = 0
    for x in islice(el.iter("a"), rules.SCAN_ANCHORS):
        if x.get("href"):
            n += 1
            if n >= most:
                break
    return n


def _like_entry(x: etree._Element, tag: str) -> bool:
    """``x``, a sibling of a link's entry, is an entry too: a list entry holding a link (its
    dropdown's links too), another box holding 1 to ``MAX_ENTRY_LINKS`` links."""
    n = _links(x, rules.MAX_ENTRY_LINKS + 1)
    return n > 0 if tag == "li" else 0 < n <= rules.MAX_ENTRY_LINKS


def _copy_rank(a: etree._Element) -> int:
    """1 for a link in a box named a floating or sticky copy of the header, else 0."""
    return int(any(class_or_id_named(x, rules.COPY_WORDS) for x in a.iterancestors()))


def _first_class(el: etree._Element) -> str:
    """The first word of ``el``'s class without a closing number (a run's entries share it;
    further words and numbers may be each entry's own: "menu-link_6")."""
    value = (el.get("class") or "").split(None, 1)
    return value[0].rstrip("0123456789") if value else ""


def _own_line(a: etree._Element) -> bool:
    """No text runs into ``a``: none beside it in its inline wrappers and its first block
    ("(c) City of Stuttgart, [Communications]" is a line's link, no link set apart)."""
    node = a
    while True:
        parent = node.getparent()
        if parent is None:
            return False
        if (parent.text or "").strip() or any((x.tail or "").strip() for x in parent.iterchildren()):
            return False
        if tag_of(parent) not in rules.INLINE_TAGS:
            return True
        node = parent


def _box(a: etree._Element, body: set[etree._Element], found: set[etree._Element]) -> etree._Element:
    """The box ``a`` stands alone in: its highest ancestor (``BOX_CLIMB`` levels at most)
    linking to no other page, holding no body block or item found and little text."""
    href = (a.get("href") or "").strip()
    box = a
    for node in islice(a.iterancestors(), rules.BOX_CLIMB):
        if tag_of(node) in NEVER or tag_of(node) in _NO_BOX:
            break
        links = [x for x in islice(node.iter("a"), rules.SCAN_ANCHORS) if x.get("href")][:3]
        if any((x.get("href") or "").strip() != href for x in links):
            break
        if any(x in body or x in found for x in node.iter()):
            break
        stats = text_stats(node, max_elements=rules.MAX_BOX_ELEMENTS)
        if stats.truncated or stats.chars > rules.MAX_BOX_CHARS:
            break
        box = node
    return box


#: Elements a column's list of links is.
_LIST_TAGS = frozenset({"ul", "ol", "div", "nav", "dl"})
#: Elements no link set apart stands in: a list entry (a menu's), a table.
_NO_PLACE = frozenset({"li", "td", "th"})
#: Elements a box never is: the page's parts around it.
_NO_BOX = frozenset({"header", "footer", "main", "article", "aside", "form"})
