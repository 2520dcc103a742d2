"""The article's standfirst (lead) when it stands apart from the body container: a
lead/summary-classed element before the body within the article around it, else the
paragraph under the headline. Called by ``choose.choose`` once the body is chosen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml import etree

from ..memo import memo
from .content import Analysis
from .element_hints import hints, tag_of
from .rules import boilerplate as rules
from .sections import lead_wrapper

_LEAD = re.compile(rules.LEAD)


@memo(4096)
def _lead_named(hint: str) -> bool:
    """``hints`` naming a lead/summary (``rules.LEAD``). Cached: the elements asked share few
    class strings, and the pattern (its ``\\b`` alternative) is tried at every position."""
    return _LEAD.search(hint) is not None


def _lead_box(el: etree._Element) -> bool:
    """``el``'s parent or grandparent is lead-named (no ancestor iterator per element)."""
    parent = el.getparent()
    if parent is None:
        return False
    if _lead_named(hints(parent)):
        return True
    grand = parent.getparent()
    return grand is not None and _lead_named(hints(grand))


def leads(a: Analysis, top: etree._Element, containers: list[etree._Element]) -> list[etree._Element]:
    """The article's standfirst when it stands apart from the body container: an element
    classed as a lead/summary, before the body, within the article around it; else the one
    under the headline (``headline_lead``)."""
    if not containers:
        return []
    first = a.order.get(containers[0], 0)
    inside = set(containers)
    found: list[etree._Element] = []
    region = next((x for x in [top, *top.iterancestors()] if tag_of(x) == "article"), None)
    if region is None:
        parent = top.getparent()
        region = parent.getparent() if parent is not None else None
    if region is not None and tag_of(region) not in ("body", "html"):
        for el in region.iter("p", "div", "h2"):
            pos = a.order.get(el)
            if pos is None:
                continue  # (inside a subtree skipped unmeasured: an ad slot's divs)
            if pos >= first:
                break
            if el not in a.text_len or not (
                _lead_named(hints(el))
                or (tag_of(el) == "p" and any(tag_of(x) == "header" for x in el.iterancestors()))
            ):
                continue
            if el in a.skipped or any(x in a.skipped and tag_of(x) != "header" for x in el.iterancestors()):
                continue
            if any(x in inside or x in found for x in el.iterancestors()) or el in inside:
                continue
            if lead_text(a, el, inside):
                found.append(el)
    if not found:
        lead = headline_lead(a, top, first, inside)
        if lead is not None:
            found.append(lead)
    return found


def lead_text(a: Analysis, el: etree._Element, inside: set[etree._Element]) -> bool:
    """The element reads as a standfirst: a paragraph of its own text (or a list of key
    points, each a line of text), few links."""
    if tag_of(el) == "ul":
        return key_points(a, el)
    length = a.inline_len.get(el, 0)
    return (length >= rules.MIN_LEAD_CHARS and length >= 0.9 * a.text_len[el] and a.link_density(el) < 0.3) \
        or lead_wrapper(a, el, inside)


def key_points(a: Analysis, ul: etree._Element) -> bool:
    """A list of a story's key points: lines of text, not links."""
    return a.text_len.get(ul, 0) >= rules.MIN_LEAD_CHARS and a.link_density(ul) < 0.3 and all(
        tag_of(li) == "li" and a.inline_len.get(li, 0) >= 0.9 * a.text_len.get(li, 1)
        for li in ul if isinstance(li.tag, str))


def headline_lead(
    a: Analysis, top: etree._Element, first: int, inside: set[etree._Element]
) -> etree._Element | None:
    """The standfirst under a headline that stands apart from the body (a page-wide header
    above the article column): after the last headline ``h1`` before the body, a paragraph
    among its next siblings or a lead-classed block, before the body starts."""
    h1 = None
    for el in top.getroottree().getroot().iter("h1"):
        pos = a.order.get(el)
        if pos is None or pos >= first:
            break
        if el in a.text_len and a.link_density(el) < 0.5:  # (a teaser's title is a link)
            h1 = el
    if h1 is None:
        return None
    near = [s for s in islice(h1.itersiblings(), rules.LEAD_SIBLINGS) if isinstance(s.tag, str)]
    for el in islice(following(h1), rules.LEAD_SCAN):
        if a.order.get(el, first) >= first:
            break
        tag = tag_of(el)
        if tag not in ("p", "h2", "div", "ul") or el in a.skipped or el not in a.text_len:
            continue
        # (lead-classed itself, or a paragraph of a lead-classed box up to two levels up)
        classed = _lead_named(hints(el)) or (tag in ("p", "div") and _lead_box(el))
        if not (classed or (tag in ("p", "ul") and el in near)):
            continue
        if el in inside or any(x in inside for x in el.iterancestors()):
            return None
        if any(x in a.skipped and tag_of(x) != "header" and "head" not in hints(x)
               for x in el.iterancestors()):
            continue  # inside chrome other than the page header
        if lead_text(a, el, inside):
            return el
    return None


def following(el: etree._Element) -> Iterator[etree._Element]:
    """The elements after ``el`` in document order, its own descendants left out (XPath's
    ``following::*``), found lazily: only the first few are wanted."""
    for node in (el, *el.iterancestors()):
        for sib in node.itersiblings():
            if isinstance(sib.tag, str):
                yield sib
            for x in sib.iterdescendants():
                if isinstance(x.tag, str):
                    yield x
