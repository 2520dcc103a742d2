"""Links set apart to the site's contact or booking page: a "Book Now" beside the main menu
(not one of its entries), a footer heading that is a link to the contact page. The site
sets the link apart by its place, not by a button class: it is no entry among like
entries. Its kind is read from its target (``conversion_links.target_kind``: contact,
kontakt...; ``rules.BOOKING_WORDS``). A menu's or a footer column's "Contact" among other
entries stays navigation. Candidates come from the region walk (targets holding
``rules.HREF_STEMS``): no walk of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import islice

from lxml import etree

from .chrome import Found
from .chrome_util import class_or_id_named, norm, tag_of, word_splitter
from .conversion_links import link_label, login_link, target_kind
from .ctas import build_cta
from .region_widgets import NEVER
from .rules import contact_links as rules

_split_path = word_splitter("/-_.+=&?%,;:~!")


def contact_links(candidates: Sequence[etree._Element], links: Counter[etree._Element],
                  body: set[etree._Element], found: set[etree._Element], base: str | None) -> list[Found]:
    """The links among ``candidates`` to a contact or booking page standing apart outside the
    body blocks ``body`` and the items ``found`` (``links``: the links below each element),
    one per target."""
    out: list[Found] = []
    seen: set[str] = set()
    for a in candidates:
        # (structure first: most candidates are menu entries; the target's words, then the label)
        if (entry := _entry(a, links)) is None:
            continue
        href = (a.get("href") or "").strip()
        if href in seen or any(x.isdigit() for x in href.split("?", 1)[0].split("/")):
            continue  # (a record's page under the contact path: "/contact/21209254/jeffrey-a-slotnick")
        if target_kind(href) != "contact" and (href[:1] != "/" or href[1:2] == "/" or rules.BOOKING_WORDS.isdisjoint(
                _split_path(href.lower()))):  # (a booking page of the site's own, no booking.com)
            continue
        label = link_label(a)
        if not label or len(label) > rules.MAX_LABEL_CHARS or not rules.NOT_LABEL_WORDS.isdisjoint(label.lower().split()) \
                or login_link(href, label) or a in found \
                or any(x in body or x in found or x.tag == "form" for x in a.iterancestors()):
            continue
        seen.add(href)
        if len(norm(entry.text_content())) > rules.MAX_BOX_CHARS:
            entry = a  # (its wrappers hold more than a button's words: a column's text)
        out.append(Found(entry, build_cta(entry, "contact", base)))
    return out


def _entry(a: etree._Element, links: Counter[etree._Element]) -> etree._Element | None:
    """The entry ``a`` makes (``a`` with its wrappers holding no other link) when it is no
    entry among like entries: no list entry, no sibling of its tag holding a link or two
    (a link's: of its first class), no heading of a list of links, no text running into it,
    no list entry, table cell or box named a dropdown or overlay above it."""
    node, parent = a, a.getparent()
    if parent is None or parent.tag in rules.NO_PLACE:
        return None  # (a list entry's link: a menu's, most candidates)
    while parent is not None and links.get(parent, 0) == 1 and tag_of(parent) not in NEVER:
        if (parent.text or "").strip() or any((x.tail or "").strip() for x in parent):
            return None  # ("(c) City of Stuttgart, [Communications]": a line's link)
        node, parent = parent, parent.getparent()
    if parent is None or tag_of(parent) in NEVER or tag_of(node) in rules.NO_PLACE:
        return None
    tag, shape = tag_of(node), _first_class(node)
    if tag == "a" and sum(1 for x in parent.iterchildren("a") if x.get("href")) > 2:
        return None  # (a run of three links or more: a menu's, whatever their classes)
    for x in parent:
        if x is not node and tag_of(x) == tag and 0 < links.get(x, 0) <= rules.MAX_ENTRY_LINKS \
                and (tag != "a" or _first_class(x) == shape):
            return None  # (a run of like entries: a menu's, a footer column's)
    nxt = node.getnext()
    if nxt is not None and links.get(nxt, 0) > 1 or any(
            tag_of(x) in rules.NO_PLACE or class_or_id_named(x, rules.NOT_PLACE_WORDS)
            for x in islice(a.iterancestors(), rules.PLACE_CLIMB)):
        return None  # (the heading of a column of links; a menu's dropdown, a mobile copy)
    return node


def _first_class(el: etree._Element) -> str:
    """The first word of ``el``'s class without a closing number (a run's entries share it)."""
    value = (el.get("class") or "").split(None, 1)
    return value[0].rstrip("0123456789") if value else ""
