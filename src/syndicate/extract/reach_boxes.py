"""Contact boxes found by the address they hold: a short box outside the body holding a way
to reach a person or the site — a phone number or an e-mail address, written as text or as
a ``tel:``/``mailto:`` link — with words asking the reader to use it.

"Kontakt zur Lokalredaktion … Tel.: (03 40) 51 89 01 10 … E-Mail: <a href=mailto:…>", a
footer column "Contact Me — If you have any questions, please e-mail to: x@y.com", a top bar
"call us today <a href=tel:…>(818) 213-1773</a>", a header "Kostenlose Beratung 0800 000 98
00": the address is the action, the box around it is the widget. Most such boxes hold no
link a page-target test could read (``conversion_links``), no heading the region walk's
``cta_rows.mail_box`` asks for, or no link at all (the region walk enters no element without
a link, form or button).

What tells them is structure first: an address (``rules.reach_boxes.PHONE``, ``EMAIL``, a
``tel:``/``mailto:`` link), the smallest-to-largest box around it that stays small (little
text, few elements), holds no body block nor any item found already, and links no page
but contact pages and at most one other (a logo's link home); more than a few such boxes
on a page are a directory's entries (staff, offices, listings). Then the words: the box's
text names a contact (``CTA_BOX_STEMS``' "contact", "Kontakt", "Beratung") or, beside a
phone number, asks to call ("Call now", "anrufen"). A bare number or a postal address block
(a footer's imprint line) asks nothing and is left alone.

The candidates cost no walk of their own: the chrome pass hands over the short texts it read
that end with a digit or hold an "@" (``chrome._Walk._by_text``), and the region pass's link
count the ``tel:`` and ``mailto:`` links it met (``regions._Regions.count_links``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, islice

from lxml import etree

from .chrome import Found
from .chrome_util import NO_TEXT, norm, shown_text, tag_of, text_stats
from .contact_lines import reach_kind
from .conversion_links import opens_page, target_kind
from .cta_boxes import box_kind_of
from .ctas import build_cta, share_or_follow
from .region_widgets import NEVER
from .rules import reach_boxes as rules


def reach_boxes(texts: Sequence[tuple[etree._Element, str]], links: Sequence[etree._Element],
                body: set[etree._Element], found: Sequence[Found], line: set[etree._Element],
                base: str | None) -> list[Found]:
    """The contact boxes around the addresses among ``texts`` (elements and their short text,
    which ends with a phone number or holds an e-mail address) and ``links``
    (``tel:``/``mailto:`` links), outside the body blocks ``body`` and the items ``found``;
    a box holds neither (``line``: ancestors of the body and of the first items found)."""
    seeds: list[etree._Element] = []
    addresses: set[str] = set()
    for el, text in texts:
        address = _address(text)
        if address is not None:
            seeds.append(el)
            addresses.add(address)
    for a in links:
        href = (a.get("href") or "").strip()
        if reach_kind(href) == "contact":
            seeds.append(a)
            addresses.add(_link_address(href))
    if not seeds or len(addresses) > rules.MAX_ADDRESSES:
        return []  # (many numbers or addresses: a directory's entries, the page's content)
    failed: set[etree._Element] = set()  # (elements a climb passed without finding a box)
    found_set = {f.element for f in found}
    boxes: list[etree._Element] = []
    for seed in seeds:
        if boxes and any(b is seed or _inside(seed, b) for b in boxes):
            continue  # (a second address of a box found)
        if any(x in body or x in found_set for x in islice(chain((seed,), seed.iterancestors()), rules.BOX_CLIMB)):
            continue  # (in the body's text or an item found: no climb)
        box = _box(seed, line, body, failed)
        if box is None or not _read_apart(box):
            continue
        if any(x in body or x in found_set for x in chain(box.iter(), box.iterancestors())):
            continue  # (in the body or an item found, or around one)
        boxes = [b for b in boxes if not _inside(b, box)]  # (an inner box of this one)
        boxes.append(box)
    if len(boxes) > rules.MAX_BOXES:
        return []  # a directory's entries: the page's content
    return [Found(box, build_cta(box, "contact", base)) for box in boxes]


def _address(text: str) -> str | None:
    """The first e-mail address (lower case) or phone number (its last ten digits) ``text``
    holds (no date, time or span of years), else None."""
    if "@" in text and (m := rules.EMAIL.search(text)) is not None:
        return m.group().lower()
    return _number(text)


def _number(text: str) -> str | None:
    """The last ten digits of the first run of 7 to 15 digits in groups in ``text`` that is no
    date, time or span of years, else None."""
    text = rules.DATE.sub(" ", text)
    for m in rules.PHONE.finditer(text):
        digits = "".join(c for c in m.group() if c.isdigit())
        if rules.MIN_PHONE_DIGITS <= len(digits) <= rules.MAX_PHONE_DIGITS:
            return digits[-10:]
    return None


def _link_address(href: str) -> str:
    """The address a ``tel:``/``mailto:`` link writes to, as ``_address`` gives it."""
    if href[:4].lower() == "tel:":
        return "".join(c for c in href if c.isdigit())[-10:]
    return href.split("?", 1)[0].lower().removeprefix("mailto:")


def _box(seed: etree._Element, line: set[etree._Element], body: set[etree._Element],
         failed: set[etree._Element]) -> etree._Element | None:
    """The box around ``seed``: its smallest ancestor (or itself) whose words ask the reader
    to get in touch, reached through parents adding only lines (``_adds_lines``), grown
    through the wrappers around it (adding no text, no page link) and the heading over it
    (``_headed``); a box stays small (little text, few elements, ``_targets``) and holds no
    body block (``line``; a climb meeting a body block ``body`` finds none). None when no
    such box asks, or it is a list entry. ``failed``: elements an earlier climb passed
    finding no box (a climb meeting one finds none either), filled in."""
    box: etree._Element | None = None
    size = (0, 0)
    node: etree._Element | None = seed
    passed: list[etree._Element] = []
    child: etree._Element | None = None
    below = 0  # (the text of ``child``)
    for _ in range(rules.BOX_CLIMB + 1):
        if node is None or node.tag in NEVER or node in line:
            break
        if node in body:
            return None  # (an address in the body's text)
        if box is None:
            if node in failed:
                break
            passed.append(node)
        if next(islice(node.iter(), rules.MAX_BOX_ELEMENTS, None), None) is not None:
            break  # (too many elements for a box; counted in C)
        text = norm(shown_text(node))
        if len(text) > rules.MAX_BOX_CHARS:
            break
        targets = _targets(node)
        if targets is None:
            break
        if box is not None:
            if (len(text), targets) != size:
                break  # (the parent adds text or a page link: the box ends below it)
        elif child is not None and len(text) - below > rules.MAX_HEADING_CHARS and not _adds_lines(node, child):
            break  # (a block of its own beside the address: another widget's words)
        elif not _asks_contact(node, text):
            child, node, below = node, node.getparent(), len(text)
            continue
        box, size = node, (len(text), targets)
        node = node.getparent()
    if box is None:
        failed.update(passed)
        return None
    if tag_of(box) == "li":
        return None  # (an entry of a list: a menu's "Contact Us" unfolding its number)
    parent = box.getparent()  # (a heading over the box: "Services", "Contact Me")
    return parent if parent is not None and parent not in line and _headed(parent, box) else box


def _adds_lines(parent: etree._Element, child: etree._Element) -> bool:
    """All ``parent`` holds besides ``child`` is lines (loose text, short elements: a
    heading, a label, a button), no block of text of its own (a notice's paragraphs beside a
    postal address)."""
    return all(x is child or not isinstance(x.tag, str) or x.tag in NO_TEXT
               or len(norm(x.text_content())) <= rules.MAX_HEADING_CHARS for x in parent)


def _headed(parent: etree._Element, box: etree._Element) -> bool:
    """All ``parent`` holds besides ``box`` is a heading before it (no link, a few words)."""
    heading = False
    for child in parent:
        if child is box:
            return heading
        if not isinstance(child.tag, str) or child.tag in NO_TEXT:
            continue
        if child.tag not in _HEADINGS or next(child.iter("a"), None) is not None \
                or len(norm(child.text_content())) > rules.MAX_HEADING_CHARS:
            return False
        heading = True
    return False


def _read_apart(box: etree._Element) -> bool:
    """``box`` shows words of its own beside its links (a name, a prompt, a label: a link
    alone, "Kontakt" or "Call" to ``mailto:``/``tel:``, is a menu entry or a button) and is
    no paragraph of a run of text (a privacy notice's "please contact us at …")."""
    stats = text_stats(box, max_elements=rules.MAX_BOX_ELEMENTS)
    if stats.chars - stats.link_chars < rules.MIN_OWN_CHARS:
        return False
    parent = box.getparent()
    if tag_of(box) != "p" or parent is None:
        return True
    return not any(x is not box and x.tag == "p" and norm(x.text_content()) for x in parent)


def _targets(el: etree._Element) -> int | None:
    """How many links of ``el`` load a page; None when they go to more than
    ``MAX_OTHER_TARGETS`` pages besides contact pages (a logo's link home is one; addresses,
    numbers, profiles and in-page controls load none)."""
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


def _asks_contact(box: etree._Element, text: str) -> bool:
    """The box's words (``text``, its visible text, else its controls' labels: a button
    showing the number alone, ``aria-label="Call now"``) name a contact, or ask to call the
    phone number it holds."""
    asked = _asking(text.lower())
    if asked is None:
        labels = " ".join(x.get("aria-label") or x.get("title") or "" for x in box.iter("a", "button"))
        asked = _asking(labels.lower()) if labels.strip() else None
    return asked == "contact" or (asked == "call" and _holds_phone(box, text))


def _asking(words: str) -> str | None:
    """``"contact"`` when ``words`` name a contact (``CTA_BOX_STEMS``), ``"call"`` when they
    ask to call (``CALL_WORDS``), else None."""
    if box_kind_of(words) == "contact":
        return "contact"
    return "call" if rules.CALL_WORDS.search(words) is not None else None


def _holds_phone(box: etree._Element, text: str) -> bool:
    if any((a.get("href") or "").strip()[:4].lower() == "tel:" for a in box.iter("a")):
        return True
    return _number(text) is not None


#: Tags of a heading over a box.
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "header", "dt"})


def _inside(el: etree._Element, ancestor: etree._Element) -> bool:
    return any(x is ancestor for x in el.iterancestors())
