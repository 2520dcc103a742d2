"""The lead-in lines of a call to action that closes the article's column: a heading and a
line or two above a button, loose in the column ("<h3>Looking for advice?</h3> <p>Get one-on-
one help from…</p> <p><a class=btn>Learn More</a></p>").

The CTA rules find the action (a button line, a contact box, a promo line); the heading and
the lines above it stand in the article's column like its last paragraphs, so the body walk
keeps them, and they leak into the text. What makes them the CTA's: their PLACE — the body's
last blocks, directly above the action, no other element between — and their shape: a
heading, at most a couple of short lines below it, none holding an action of its own. And
the heading opens the ask rather than a section of the article: a rule (``<hr>``) above it
sets it apart, or its words name a CTA's kind (a contact, a newsletter). An article's last
section ("<h2>Conclusion</h2> <p>…</p>") has neither: it stays in the body. (A box holding
the lines and the action is ``closing_ctas``'s: it reports the box.)

The CTA is then reported at the heading (its first line) with the lines and the action as
``also`` (they leave the body with it, ``regions.without_taken``).

The action itself may be one no rule found: a line that is one link and nothing else,
whose short label asks to act ("Book now"), closing the column right after the body's last
block — its place says it is a button, whatever its class (``_closing_button``).
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from ..model import CallToAction
from . import ctas
from .chrome import Found
from .chrome_util import NO_TEXT, norm, overlaps, previous_element, tag_of, text_content
from .cta_boxes import box_kind_of
from .cta_rows import button_line
from .element_hints import HEADINGS
from .rules import regions as rules

#: CTA kinds whose action may take lead-in lines: asks to act on an offer. A share or follow
#: bar, a comments section or a "Read more" after a short closing line takes no text with it.
_LEAD_KINDS = frozenset({"other", "contact", "donate", "subscribe", "newsletter", "app"})
#: Controls that make a line an action of its own (no lead-in).
_ACTIONS = ("a", "button", "form", "input", "select", "textarea", "iframe")


class LeadFound(Found):
    """A CTA whose lead-in lines stand beside it: they leave the body too.
    (A plain subclass: the fields of ``Found`` and ``also``.)"""

    def __init__(self, element: etree._Element, item: CallToAction, also: tuple[etree._Element, ...] = ()) -> None:
        super().__init__(element, item)
        self.also = also


def with_lead_ins(found: list[Found], body: Sequence[etree._Element], base: str | None) -> Found | None:
    """The CTA closing the body ``body`` (its blocks, in document order, less those the
    items of ``found`` took) grown by its lead-in lines, put in its place in ``found``, or the
    lone button closing the column that no rule found, added to ``found`` (module doc); None
    when there is neither."""
    if len(body) < rules.MIN_BODY_BLOCKS_AROUND:
        return None
    last = body[-1]
    # The element right after the last block, or after the wrappers that hold nothing else
    # around it (a page builder's <div> around each <p>): what closes the column, if anything.
    node = last
    for _ in range(rules.LEAD_IN_CLIMB):
        parent = node.getparent()
        if parent is None or tag_of(parent) in _COLUMN_TAGS \
                or _next_shown(node) is not None or _previous_shown(node) is not None:
            break
        node = parent
    line = _next_shown(node)
    if line is None:
        return None
    for i, f in enumerate(found):
        item = f.item
        if not isinstance(item, CallToAction) or f.report is not None or not _within(f.element, line):
            continue
        if item.kind not in _LEAD_KINDS or _outermost(f.element) is not line:
            return None  # (the line is a CTA taking no lead-in, or more than one)
        grown = _lead_in(f, node, body)
        if grown is not None:
            found[i] = grown
        return grown  # (one CTA closes the body)
    if tag_of(last) in _LIST_TAGS:
        return None  # (a link after a list or table is its tool: "Download references", "View all")
    button = _closing_button(found, line, base)
    if button is None:
        return None
    grown = _lead_in(button, node, body)
    found.append(grown or button)
    return grown or button


def _within(el: etree._Element, line: etree._Element) -> bool:
    """``el`` is ``line`` or lies a few levels inside it (pointer climbs only)."""
    node: etree._Element | None = el
    for _ in range(rules.LEAD_IN_CLIMB + 1):
        if node is line:
            return True
        if node is None:
            return False
        node = node.getparent()
    return False


def _closing_button(found: Sequence[Found], line: etree._Element, base: str | None) -> Found | None:
    """``line`` (the element right after the body's last block) when it ends the article's
    column and is one link and nothing else, whose short label asks to act ("Book now",
    "Jetzt spenden"; ``cta_rows.button_line``, styled as a button or not), and no item of
    ``found`` holds it."""
    if not _short(line, rules.MAX_LEAD_HEADING):
        return None  # (a section with text of its own: no button; read no further)
    kind = button_line(line, styled=False)
    if kind is None:
        return None
    taken = {x for f in found for x in (f.element, f.report) if x is not None}
    nxt = _next_shown(line)
    while nxt is not None:
        if nxt not in taken and not any(x in taken for x in nxt.iter()):
            return None  # (more after it in the column: no closing line)
        nxt = _next_shown(nxt)
    # (a card's button: its title or picture above links to the same page — the last of a
    # grid of cards, no ask closing the text)
    parent = line.getparent()
    href = next(a for a in line.iter("a") if a.get("href")).get("href")
    if parent is not None and sum(1 for a in parent.iter("a") if a.get("href") == href) > 1:
        return None
    if overlaps(line, taken):
        return None
    return Found(line, ctas.build_cta(line, kind, base))


def _lead_in(f: Found, prev: etree._Element, body: Sequence[etree._Element]) -> LeadFound | None:
    """``f`` grown by the heading and lines above its action (from ``prev``, the element
    right above it, up), or None when they are no lead-in (module doc)."""
    blocks = body[-(rules.MAX_LEAD_LINES + 1):]  # (the run is the body's last blocks)
    run: list[etree._Element] = []
    total = 0
    node: etree._Element | None = prev
    heading = None
    while node is not None and len(run) <= rules.MAX_LEAD_LINES:
        block = _block_of(node, blocks)
        if block is None:
            return None  # (an element the body left out, or several blocks: no line)
        text = norm(text_content(node))
        is_heading = tag_of(block) in HEADINGS
        if not text or len(text) > (rules.MAX_LEAD_HEADING if is_heading else rules.MAX_CLOSING_LINE) \
                or next(node.iter(*_ACTIONS), None) is not None:
            return None
        run.append(node)
        total += len(text)
        if is_heading:
            heading = (node, text)
            break
        node = _previous_shown(node)
    if heading is None:
        return None
    if total * rules.BODY_CTA_SHARE > sum(len(norm(text_content(b))) for b in body):
        return None  # (more than a small part of the text)
    top, words = heading
    above = _previous_shown(top)
    # Set apart as the ask's: a rule stands above the heading, or its words name a CTA's kind.
    if not ((above is not None and tag_of(above) == "hr") or box_kind_of(words.lower()) is not None):
        return None  # an article's last section, not an ask
    cta = f.item
    assert isinstance(cta, CallToAction)
    cta.text = words  # (its lead-in names the ask)
    return LeadFound(top, cta, (*run, f.element))


#: Body blocks that are lists or tables: a link after one is its tool.
_LIST_TAGS = frozenset({"ul", "ol", "dl", "table", "pre"})
#: Elements that are the article's column (or the page), never one CTA's box.
_COLUMN_TAGS = frozenset({"article", "main", "body", "html"})


def _block_of(node: etree._Element, blocks: Sequence[etree._Element]) -> etree._Element | None:
    """The body block (of ``blocks``) that ``node`` is, or the one it wraps alone."""
    for b in blocks:
        x = b
        for _ in range(rules.LEAD_IN_CLIMB + 1):
            if x is node:
                return b
            if _previous_shown(x) is not None or _next_shown(x) is not None:
                break
            x = x.getparent()
            if x is None:
                break
    return None


def _outermost(el: etree._Element) -> etree._Element:
    """``el``, or the wrappers around it that hold nothing else (climbed a few levels)."""
    node = el
    for _ in range(rules.LEAD_IN_CLIMB):
        parent = node.getparent()
        if parent is None or tag_of(parent) in _COLUMN_TAGS or (parent.text or "").strip():
            break
        if _previous_shown(node) is not None or _next_shown(node) is not None:
            break
        node = parent
    return node


def _short(el: etree._Element, limit: int) -> bool:
    """``el``'s text is at most ``limit`` characters (blanks aside), read only that far."""
    n = 0
    for t in el.itertext():
        n += len(t.strip())
        if n > limit:
            return False
    return True


def _shown(el: etree._Element) -> bool:
    """An element with something to show: text, a picture, a control, a rule."""
    tag = tag_of(el)
    if not tag or tag in NO_TEXT:
        return False
    if tag in _SHOWN_TAGS:
        return True
    # (the first text or shown element ends the look: a big sibling costs no full read)
    return any(t.strip() for t in el.itertext()) or next(el.iter(*_SHOWN_TAGS), None) is not None


#: Elements that show something without text.
_SHOWN_TAGS = ("hr", "img", "iframe", "input", "button", "svg", "video", "picture")


def _previous_shown(el: etree._Element) -> etree._Element | None:
    """The nearest previous sibling of ``el`` with something to show."""
    node = previous_element(el)
    while node is not None and not _shown(node):
        node = previous_element(node)
    return node


def _next_shown(el: etree._Element) -> etree._Element | None:
    """The nearest next sibling of ``el`` with something to show."""
    node = el.getnext()
    while node is not None and (not isinstance(node.tag, str) or not _shown(node)):
        node = node.getnext()
    return node
