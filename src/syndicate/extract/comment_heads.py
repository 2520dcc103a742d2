"""A comment section found by its heading ("Comments", "Responses (18)", "Kommentare (34)"):
the comments CTA the chrome pass found at the heading grows to the section the heading
opens (its thread, form or "See all" button), whatever the section's class names. A heading
that only counts ("Kommentare (34)") and opens no action is a counter, no CTA."""

from __future__ import annotations

from itertools import islice

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import tag_of

#: Headings that open a section (a comment's own author line is an ``h5`` at most).
_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})
#: Levels the heading's section may lie above it (framework markup wraps a heading in boxes).
_CLIMB = 3
#: Never a comment section: the page, its main column and its page regions.
_NEVER = frozenset({"html", "body", "main", "article", "aside", "nav", "header", "footer"})
_SECTION_HEADINGS = ("h1", "h2", "h3")
#: What makes a section ask something: a field, a button or a link beside the heading.
_ACTIONS = ("form", "button", "textarea", "input", "a")
#: A heading of at most this many words holding a digit is a count ("Comments (3)").
_COUNT_WORDS = 3
#: Levels above the heading an ``aside`` makes it a sidebar widget's.
_ASIDE_CLIMB = 6


def headed_section(f: Found, line: set[etree._Element], body: set[etree._Element],
                   below: dict[etree._Element, int]) -> Found | None:
    """``f`` grown to the section its comments heading opens: the largest ancestor (a few
    levels up) that holds no body block, no other item found and no other section heading.
    None for a count heading that opens no action. Any other ``Found`` is returned as it is."""
    item = f.item
    el = f.element
    if el.tag not in _HEADINGS and not (len(el) == 1 and el[0].tag in _HEADINGS and not (el.text or "").strip()):
        return f  # (a tag test first: most found items are no heading)
    if not isinstance(item, CallToAction) or item.kind != "comments":
        return f
    heading = el if el.tag in _HEADINGS else el[0]
    if any(a.tag == "aside" for a in islice(el.iterancestors(), _ASIDE_CLIMB)):
        return f  # a sidebar widget's tab ("Kommentare": the latest comments site-wide)
    best = node = el
    for _ in range(_CLIMB):
        parent = node.getparent()
        if parent is None or parent in line or parent in body or tag_of(parent) in _NEVER:
            break
        if below.get(parent, 0):
            break  # a related block or ad slot below it: a wider region than the section
        if any(h is not heading for h in parent.iter(*_SECTION_HEADINGS)):
            break  # another section's heading: the parent holds more than the comments
        best = node = parent
    text = item.text or ""
    if len(text.split()) <= _COUNT_WORDS and any(c.isdigit() for c in text) and not _acts(best, heading):
        return None  # "Kommentare (34)" over nothing to do: a counter
    return f if best is el else Found(best, item)


def _acts(box: etree._Element, heading: etree._Element) -> bool:
    """``box`` holds an action outside ``heading`` (a link inside the heading is its own)."""
    inside = set(heading.iter(*_ACTIONS))
    return any(x not in inside for x in box.iter(*_ACTIONS))
