"""Headed contact columns: a footer or side column opening with a heading that names a
contact ("Contact", "Kontakt", "Get in touch", "Ready to get started? Contact us today") and
holding the ways to reach the site — a ``mailto:``/``tel:`` link, links to its contact pages,
its profile icons — and little else (gold convention 2: plain when a link is set apart, else
ambiguous; reported either way).

``reach_boxes`` grows a box from the phone or e-mail link only while each level up adds no
words, so a column whose heading sits beside its list of addresses ends below the heading
(a bare list, refused), and a band whose heading column holds the logo link fails its
link count; ``contact_links`` takes a contact-page link standing alone, not one of a list.
Structure first: from each ``tel:``/``mailto:`` link and each link to a contact page (the
region walk's, no walk of its own) up a few levels, the lowest element holding exactly one
heading before the link, whose words name a contact. The heading is a heading element
(h1–h6) or, in a column of none, the column's label: its first child showing words, holding
no link and a few words only ("<p class=subheader>Get in touch</p>" over a list). The
element stays small (little text, few links), and its links serve the ask: they load no page
but contact pages, profiles, the site's home (the logo) and at most one other, or most of
them (9.7) write, call or load a contact page. A menu column titled "Contact" (Support,
Sales, Careers…) links other pages and is no contact box; nor is a column inside a list's
entry (a menu's section, the panel a menu entry unfolds). A column holding two headings is
a stack of widgets: then the element the climb came from is the column when a heading naming
a contact stands right before it with no container of their own (gold convention 9.1: "<h2>
Kontakt</h2><p>…</p>" in a footer block of two headed sections).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import islice

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import norm, overlaps, within
from .contact_lines import reach_kind
from .conversion_links import opens_page, target_kind
from .cta_boxes import box_kind_of
from .ctas import build_cta, share_or_follow
from .element_hints import HEADINGS
from .region_widgets import NEVER
from .rules import contact_columns as rules


def contact_columns(links: Sequence[etree._Element], pages: Sequence[tuple[etree._Element, str]],
                    counts: Mapping[etree._Element, int], body: set[etree._Element], found: Sequence[Found],
                    line: set[etree._Element], base: str | None) -> list[Found]:
    """The headed contact columns around ``links`` (the page's ``tel:``/``mailto:`` links)
    and the contact-page links among ``pages`` (links whose target holds a contact stem, with
    their targets) outside the body blocks ``body`` and the items ``found`` (``line``:
    ancestors of the body blocks; ``counts``: the links below each element, the region
    walk's). A column may hold a follow item found (its profile icons), no other item."""
    seeds = [a for a in links if reach_kind((a.get("href") or "").strip()) == "contact"]
    seeds.extend(a for a, _ in pages)  # (a target holding a contact stem: the heading and the links decide)
    if not seeds:
        return []
    taken: set[etree._Element] | None = None  # (the items found: read once a column turns up)
    follows: set[etree._Element] = set()
    out: list[Found] = []
    done: set[etree._Element] = set()
    for a in seeds:
        column = _column(a, counts, line, body, done)
        if column is None:
            continue
        if taken is None:
            taken = {f.element for f in found if not _is_follow(f)}
            follows = {f.element for f in found if _is_follow(f)}
        if column in taken or within(column, follows):
            continue  # (a follow item's part: its profile icons beside an e-mail icon)
        if overlaps(column, taken) or overlaps(column, body):
            continue  # (an item found around or inside it, or the body's text)
        done.add(column)
        out.append(Found(column, build_cta(column, "contact", base)))
    return out if len(out) <= rules.MAX_COLUMNS else []


def _column(a: etree._Element, counts: Mapping[etree._Element, int], line: set[etree._Element],
            body: set[etree._Element], done: set[etree._Element]) -> etree._Element | None:
    """The headed column around the link ``a`` (module doc), or None."""
    node, child = a.getparent(), None
    for _ in range(rules.CLIMB):
        if node is None or node.tag in NEVER or node in line or node in body or node in done:
            return None
        if counts.get(node, 0) > rules.MAX_LINKS:
            return _headed(child)  # (a column holds a few links: a footer, many)
        heads = list(islice(node.iter(*HEADINGS), 2))
        if heads:
            if len(heads) > 1 or not _before(heads[0], a, node):
                return _headed(child)  # (two headings: a stack of widgets; a heading below: another's)
            words = norm(heads[0].text_content()).lower()
            if len(words) > rules.MAX_HEAD_CHARS or not _names_contact(words):
                return None
            return node if _small(node) else None
        label = _label(node)
        if label is not None and _names_contact(label):
            return node if _small(node) else None
        node, child = node.getparent(), node
    return None


def _headed(el: etree._Element | None) -> etree._Element | None:
    """``el`` when a heading naming a contact stands right before it, with no container of
    their own (a box's second section: "<h2>Pressekontakt</h2><ul>…</ul>", gold convention
    9.1: the list, titled by the heading), and ``el`` is a small column of contact links."""
    if el is None:
        return None
    head = el.getprevious()
    while head is not None and not isinstance(head.tag, str):
        head = head.getprevious()  # (a comment between them)
    if head is None or head.tag not in HEADINGS:
        return None
    words = norm(head.text_content()).lower()
    if len(words) > rules.MAX_HEAD_CHARS or not _names_contact(words):
        return None
    return el if _small(el) else None


def _small(column: etree._Element) -> bool:
    """``column`` shows little text, lies in no list's entry (a menu's section, a panel a
    menu entry unfolds) and its links serve the ask."""
    if len(norm(column.text_content())) > rules.MAX_CHARS or not _contact_links(column):
        return False
    return column.tag != "li" and not any(x.tag == "li" for x in column.iterancestors())


def _label(node: etree._Element) -> str | None:
    """The words (lower case) of ``node``'s label: its first child showing words, when that
    child holds no link and few words and ``node`` shows none before it; else None."""
    if len(node) < 2 or (node.text or "").strip():
        return None  # (a label stands beside the column's other children)
    for child in node:
        if not isinstance(child.tag, str):
            continue
        linked = next(child.iter("a"), None) is not None
        words = child.text_content()
        if not words or words.isspace():
            continue  # (an icon, a logo, an empty box)
        if linked or len(words) > rules.MAX_LABEL_SPAN:
            return None
        words = norm(words)
        return words.lower() if len(words) <= rules.MAX_LABEL_CHARS else None
    return None


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
    """The links of ``el`` serve the ask: beside a phone or e-mail link they load no page
    but contact pages, profiles, the site's home (a logo) and at most ``MAX_OTHER_TARGETS``
    others; in a column of page links, most of them load a contact page (gold convention
    9.7: the site's inquiry forms beside its events page; not "Contact us" beside "Careers")."""
    other: set[str] = set()
    reach = pages = 0
    for x in el.iter("a"):
        href = (x.get("href") or "").strip()
        if reach_kind(href) is not None:
            reach += 1
        elif not opens_page(href) or share_or_follow(href) is not None or href in ("/", "./"):
            continue
        elif target_kind(href) == "contact":
            pages += 1
        else:
            other.add(href)
    if reach:
        return len(other) <= rules.MAX_OTHER_TARGETS or len(other) < reach + pages
    return len(other) < pages
