"""Contact boxes around a phone or e-mail link: a short box outside the body holding a
``tel:``/``mailto:`` link (or a CDN's address-protecting link) and words asking the reader
to use it — a side box "Kontakt zur Lokalredaktion … E-Mail: <mailto>", a top bar "call us
today <tel>", a footer column "Services: … please contact the <Webmaster>".

``conversion_links`` reports such a link only when it is styled as a button, the region
walk's ``cta_rows.mail_box`` only under a heading element naming a contact. Structure first:
from the link up (a few levels), the smallest element whose words ask to get in touch,
reached through parents adding only lines (no block of text of their own), then grown
through its wrappers; it stays small (little text, few links), links no page but contact
pages and one other, holds no body block nor item found, and shows words beside its links (a
bare "Contact" link is a menu entry). The words: a contact (``CTA_BOX_STEMS``' "contact",
"Kontakt") or, for a phone link, a call (``rules.reach_boxes.CALL_WORDS``). More than a few
addresses or boxes on a page are a directory's entries, the page's content.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import chain, islice

from lxml import etree

from .chrome import Found
from .chrome_util import norm, overlaps
from .contact_lines import reach_kind
from .conversion_links import opens_page, target_kind
from .cta_boxes import box_kind_of
from .ctas import build_cta, share_or_follow
from .region_widgets import NEVER
from .rules import reach_boxes as rules


def reach_boxes(links: Sequence[etree._Element], counts: Mapping[etree._Element, int], body: set[etree._Element],
                found: Sequence[Found], line: set[etree._Element], base: str | None) -> list[Found]:
    """The contact boxes around ``links`` (the page's ``tel:``/``mailto:`` links) outside the
    body blocks ``body`` and the items ``found`` (``line``: ancestors of the body and of the
    first items found; ``counts``: the links below each element, the region walk's)."""
    seeds = [a for a in links if reach_kind((a.get("href") or "").strip()) == "contact"]
    if not seeds or len({(a.get("href") or "").split("?", 1)[0] for a in seeds}) > rules.MAX_ADDRESSES:
        return []  # (many addresses: a directory's entries)
    taken = {f.element for f in found}
    boxes: list[etree._Element] = []
    for a in seeds:
        if any(x in body or x in taken for x in islice(chain((a,), a.iterancestors()), rules.BOX_CLIMB + 2)):
            continue  # (in the body's text, an item found or a box found)
        box = _box(a, counts, line, body)
        if box is not None and not overlaps(box, body) and not overlaps(box, taken):
            boxes.append(box)
            taken.add(box)
    if len(boxes) > rules.MAX_BOXES:
        return []
    return [Found(box, build_cta(box, "contact", base)) for box in boxes]


def _box(a: etree._Element, counts: Mapping[etree._Element, int], line: set[etree._Element],
         body: set[etree._Element]) -> etree._Element | None:
    """The box around the link ``a`` (module doc), or None."""
    box = child = None
    size, below = (0, 0), 0
    node: etree._Element | None = a
    for _ in range(rules.BOX_CLIMB + 1):
        if node is None or node.tag in NEVER or node in line or node in body \
                or counts.get(node, 0) > rules.MAX_BOX_LINKS:
            break  # (a box holds a few links: a column or a footer, many)
        text = norm(node.text_content())
        targets = _targets(node)
        if len(text) > rules.MAX_BOX_CHARS or targets is None:
            break
        if box is not None:
            if (len(text), targets) != size:
                break  # (the parent adds text or a page link: the box ends below it)
        elif child is not None and len(text) - below > rules.MAX_LINE_CHARS and not all(
                x is child or not isinstance(x.tag, str) or len(norm(x.text_content())) <= rules.MAX_LINE_CHARS
                for x in node):
            break  # (a block of text beside the address: another widget's words)
        elif not _asks(text.lower(), a):
            child, below, node = node, len(text), node.getparent()
            continue
        box, size = node, (len(text), targets)
        node = node.getparent()
    if box is None or box.tag == "li":
        return None  # (a list's entry: a menu's "Contact Us" unfolding its number)
    own = size[0] - sum(len(norm(x.text_content())) for x in box.iter("a"))
    parent = box.getparent()
    if own < rules.MIN_OWN_CHARS or box.tag == "p" and parent is not None and any(
            x is not box and x.tag == "p" and x.text_content().strip() for x in parent):
        return None  # (a bare link: a menu entry; a paragraph among others: a notice's text)
    return box


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
        if opens_page(href) and reach_kind(href) is None and share_or_follow(href) is None:
            n += 1
            if target_kind(href) != "contact":
                other.add(href)
                if len(other) > rules.MAX_OTHER_TARGETS:
                    return None
    return n
