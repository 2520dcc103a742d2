"""Story lists a script fills: a heading in the related vocabulary ("Most read", "Trending",
"Ähnliche Beiträge") over an empty list — a ``<ul>``/``<ol>`` without items, or an
``<amp-list>`` whose items are a template — is a related block of no items yet. The page as
scraped holds no links there, so the region walk (which enters only what holds links) never
sees it; the region pass's own scan of the page collects the empty lists (``regions.py``).
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from . import related
from .chrome import Found
from .chrome_util import norm, tag_of, text_content
from .element_hints import HEADINGS
from .linklists import related_heading
from .region_names import MENU, area_of, not_related_class
from .region_widgets import NEVER
from .rules import regions as rules


def empty_list(el: etree._Element) -> bool:
    """``el`` (a ``ul``/``ol``/``amp-list`` of the page scan) is a list a script fills: no item
    and no text (an ``amp-list`` holds only its template and placeholders)."""
    if el.tag == "amp-list":
        return all(c.tag == "template" or c.get("placeholder") is not None or c.get("fallback") is not None
                   for c in el if isinstance(c.tag, str))
    return not len(el) and not (el.text or "").strip()


def script_lists(lists: Iterable[etree._Element], line: set[etree._Element], body: set[etree._Element],
                 taken: set[etree._Element], base: str | None) -> list[Found]:
    """The headed empty lists (``empty_list``) outside the body and outside what was found,
    each a related block of no items, reported around its heading and list."""
    out: list[Found] = []
    for lst in lists:
        box = _headed_box(lst)
        if box is None:
            continue
        block, heading = box
        if block in line or block in body or block in taken or not_related_class(block) or not_related_class(lst):
            continue  # (a table of contents: "Topics covered" over an empty ``ul.toc``)
        if any(a in taken or a in body or area_of(a, tag_of(a)) == MENU for a in block.iterancestors()):
            continue  # (a site menu's lists a script fills: "Explore this park")
        rel = related.build_related(block, base, title=heading)
        rel.items = []
        out.append(Found(block, rel))
        taken.add(block)
    return out


def _headed_box(lst: etree._Element) -> tuple[etree._Element, str] | None:
    """The box holding ``lst`` and a related heading before it (the list's parent or
    grandparent, nothing else in it but short text), and the heading's text."""
    node = lst
    for _ in range(rules.SCRIPT_LIST_CLIMB):
        box = node.getparent()
        if box is None or tag_of(box) in NEVER or tag_of(box) in ("body", "main", "article"):
            return None
        heading = _heading(box, lst)
        if heading is not None:
            if len(norm(text_content(box))) > len(heading) + rules.SCRIPT_LIST_EXTRA_CHARS \
                    or next(box.iter("a"), None) is not None and lst.tag != "amp-list":
                return None  # (a box with more in it than its heading: not the list's own)
            return box, heading
        node = box
    return None


def _heading(box: etree._Element, lst: etree._Element) -> str | None:
    """The text of the first heading in ``box`` if it comes before ``lst`` and is a related
    heading."""
    for node in box.iter(lst.tag, *HEADINGS):
        if node is lst or node.tag == lst.tag:
            return None
        text = norm(text_content(node))
        if text and related_heading(text) and not _comments(text):
            return text
        return None
    return None


def _comments(text: str) -> bool:
    """A "Recent comments" widget lists comments, no stories."""
    low = text.lower()
    return any(w in low for w in rules.COMMENT_HEADING_STEMS)
