"""Contact boxes around a phone or e-mail link: a short box outside the body holding a
``tel:``/``mailto:`` link (or a CDN's address-protecting link) and words asking the reader
to use it — a side box "Kontakt zur Lokalredaktion … E-Mail: <mailto>", a top bar "call us
today <tel>", a footer column "Services: … please contact the <Webmaster>".

``conversion_links`` reports such a link only when it is styled as a button, and the region
walk's ``cta_rows.mail_box`` only under a heading element naming a contact; a box of plain
lines, or one whose links are profiles beside the address, was missed. What tells the box
is structure first: from the link up, the smallest element (a few levels at most) whose
words ask to get in touch, reached through parents adding only lines (no block of text of
their own), then grown through wrappers and the heading over it; it stays small (little
text, few elements), links no page but contact pages and one other, holds no body block
nor item found, and shows words beside its links (a bare "Contact" link is a menu entry).
The words: a contact (``CTA_BOX_STEMS``' "contact", "Kontakt") or, for a phone link, a call
("Call us today", ``rules.reach_boxes.CALL_WORDS``). More than a few addresses on a page
are a directory's entries, the page's content.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, islice

from lxml import etree

from .chrome import Found
from .chrome_util import NO_TEXT, norm, text_stats
from .contact_lines import reach_kind
from .conversion_links import opens_page, target_kind
from .cta_boxes import box_kind_of
from .ctas import build_cta, share_or_follow
from .region_widgets import NEVER
from .rules import reach_boxes as rules


def reach_boxes(links: Sequence[etree._Element], body: set[etree._Element], found: Sequence[Found],
                line: set[etree._Element], base: str | None) -> list[Found]:
    """The contact boxes around ``links`` (the page's ``tel:``/``mailto:`` links) outside the
    body blocks ``body`` and the items ``found`` (``line``: ancestors of the body and of the
    first items found; a box holds none)."""
    seeds = [a for a in links if reach_kind((a.get("href") or "").strip()) == "contact"]
    if not seeds or len({(a.get("href") or "").split("?", 1)[0] for a in seeds}) > rules.MAX_ADDRESSES:
        return []  # (many addresses: a directory's entries)
    found_set = {f.element for f in found}
    failed: set[etree._Element] = set()  # (elements a climb passed finding no box)
    boxes: list[etree._Element] = []
    for a in seeds:
        near = list(islice(chain((a,), a.iterancestors()), rules.BOX_CLIMB + 2))
        if any(x in body or x in found_set or x in boxes for x in near):
            continue  # (in the body's text, an item found, or a box found)
        box = _box(a, line, body, failed)
        if box is None or not _read_apart(box) or any(x in body or x in found_set for x in chain(
                box.iter(), box.iterancestors())):
            continue
        boxes = [b for b in boxes if not any(x is box for x in b.iterancestors())]
        boxes.append(box)
    if len(boxes) > rules.MAX_BOXES:
        return []
    return [Found(box, build_cta(box, "contact", base)) for box in boxes]


def _box(a: etree._Element, line: set[etree._Element], body: set[etree._Element],
         failed: set[etree._Element]) -> etree._Element | None:
    """The box around the link ``a`` (module doc); ``failed``: elements passed by earlier
    climbs that found no box (a climb meeting one finds none either), filled in."""
    box = child = None
    size, below = (0, 0), 0
    passed: list[etree._Element] = []
    node: etree._Element | None = a
    for _ in range(rules.BOX_CLIMB + 1):
        if node is None or node.tag in NEVER or node in line or (box is None and node in failed):
            break
        if node in body:
            return None
        if next(islice(node.iter(), rules.MAX_BOX_ELEMENTS, None), None) is not None:
            break  # (too many elements for a box: counted in C)
        text = norm(node.text_content())
        targets = _targets(node)
        if len(text) > rules.MAX_BOX_CHARS or targets is None:
            break
        if box is not None:
            if (len(text), targets) != size:
                break  # (the parent adds text or a page link: the box ends below it)
        elif child is not None and len(text) - below > rules.MAX_HEADING_CHARS and not _adds_lines(node, child):
            break  # (a block of its own beside the address: another widget's words)
        elif not _asks(text.lower(), a):
            passed.append(node)
            child, below, node = node, len(text), node.getparent()
            continue
        box, size = node, (len(text), targets)
        node = node.getparent()
    if box is None:
        failed.update(passed)
        return None
    if box.tag == "li":
        return None  # (a list's entry: a menu's "Contact Us" unfolding its number)
    parent = box.getparent()  # (a heading over the box: "Services", "Contact Me")
    return parent if parent is not None and parent not in line and _headed(parent, box) else box


def _asks(words: str, a: etree._Element) -> bool:
    """``words`` name a contact, or ask to call the phone link ``a``."""
    if box_kind_of(words) == "contact" or any(w in words for w in rules.CONTACT_WORDS):
        return True
    return (a.get("href") or "").lstrip()[:4].lower() == "tel:" and rules.CALL_WORDS.search(words) is not None


def _targets(el: etree._Element) -> int | None:
    """How many links of ``el`` load a page; None when they go to more than
    ``MAX_OTHER_TARGETS`` pages besides contact pages (addresses, profiles and in-page
    controls load none)."""
    n = 0
    other: set[str] = set()
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if not opens_page(href) or reach_kind(href) is not None or share_or_follow(href) is not None:
            continue
        n += 1
        if target_kind(href) != "contact":
            other.add(href)
            if len(other) > rules.MAX_OTHER_TARGETS:
                return None
    return n


def _adds_lines(parent: etree._Element, child: etree._Element) -> bool:
    """All ``parent`` holds besides ``child`` is lines (loose text, short elements), no block
    of text of its own (a notice's paragraphs beside a postal address)."""
    return all(x is child or not isinstance(x.tag, str) or x.tag in NO_TEXT
               or len(norm(x.text_content())) <= rules.MAX_HEADING_CHARS for x in parent)


def _headed(parent: etree._Element, box: etree._Element) -> bool:
    """All ``parent`` holds besides ``box`` is a heading before it (no link, a few words)."""
    heading = False
    for x in parent:
        if x is box:
            return heading
        if not isinstance(x.tag, str) or x.tag in NO_TEXT:
            continue
        if x.tag not in _HEADINGS or next(x.iter("a"), None) is not None \
                or len(norm(x.text_content())) > rules.MAX_HEADING_CHARS:
            return False
        heading = True
    return False


def _read_apart(box: etree._Element) -> bool:
    """``box`` shows words beside its links (a link alone, "Kontakt" to ``mailto:``, is a
    menu entry or a button) and is no paragraph among others (a privacy notice's "please
    contact us at …")."""
    stats = text_stats(box, max_elements=rules.MAX_BOX_ELEMENTS)
    if stats.chars - stats.link_chars < rules.MIN_OWN_CHARS:
        return False
    parent = box.getparent()
    return box.tag != "p" or parent is None or not any(
        x is not box and x.tag == "p" and norm(x.text_content()) for x in parent)


#: Tags of a heading over a box.
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "header", "dt"})
