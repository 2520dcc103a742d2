"""A page column stacking widgets, and the heading line a widget opens with.

* A side column (a class or id naming it "sidebar", "aside", "rail"...) holding two or
  more widgets (boxes with links of their own, each opening with a heading line or named a
  widget by its class) is a stack of widgets (a banner, a "New posts" box, a
  "Top topics" box), never one related block: each box is judged alone. A heading over
  the whole column (one heading line before all the boxes) makes it one titled block
  instead; a heading before each box is each box's own, and a heading line standing just
  before a list of links heads that list (``<h3>Related</h3><ul>``: a box of the stack).
* A widget's heading is not always an ``<h*>``: a short line in bold standing alone
  (``<p><strong>New posts</strong></p>``) or a title-classed element opening the box,
  before its links, heads it too (``lead_heading``).
"""

from __future__ import annotations

from lxml import etree

from .chrome_util import NO_TEXT, class_or_id_named, norm, text_content, words
from .element_hints import HEADINGS
from .rules import grid_columns as grid
from .rules import regions as rules

#: Wrappers walked down from a column to the element whose children are its widgets.
_MAX_DEPTH = 6
#: Inline tags that set a line in bold (a heading line when alone in its block).
_BOLD = frozenset({"strong", "b"})
#: Tags of a widget's box (a list entry is one only with a heading line of its own: a
#: WordPress sidebar's ``<li class="widget">``; other list entries are a list's items).
#: (an ``<article>`` in a column is a story's teaser card, no widget)
_BOX_TAGS = frozenset({"div", "section", "aside", "nav", "li"})


def _links(el: etree._Element) -> int:
    return sum(1 for a in el.iter("a") if a.get("href"))


def _kids(el: etree._Element) -> list[etree._Element]:
    return [c for c in el if isinstance(c.tag, str) and c.tag not in NO_TEXT]


def _title_classed(el: etree._Element) -> bool:
    cls = el.get("class")
    return bool(cls) and any(w in _TITLE_WORDS for n in cls.split() for w in words(n))


_TITLE_WORDS = frozenset(rules.TITLE_CLASS["word"])


def heading_line(el: etree._Element) -> str | None:
    """The text of ``el`` when it is a heading line: an ``<h*>``, a title-classed element,
    or a block whose only text is one bold child (``<p><strong>Top topics</strong></p>``),
    no link in it, at most ``MAX_HEADING_WORDS`` words."""
    if not isinstance(el.tag, str) or next(el.iter("a"), None) is not None:
        return None
    if el.tag in HEADINGS or el.tag in _BOLD or _title_classed(el):
        text = norm(text_content(el))
    else:
        kids = _kids(el)
        if len(kids) != 1 or kids[0].tag not in _BOLD or (el.text or "").strip() or (kids[0].tail or "").strip():
            return None
        text = norm(text_content(kids[0]))
    return text if text and len(text.split()) <= rules.MAX_HEADING_WORDS else None


def heading_ahead(el: etree._Element) -> str | None:
    """The heading standing just before ``el`` among its siblings: a heading line, or an
    ``<h*>`` of at most ``MAX_HEADING_WORDS`` words linking its section ("More from <a>Ann
    Lee</a>" over her stories)."""
    prev = el.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or prev.tag in NO_TEXT):
        prev = prev.getprevious()
    if prev is None:
        return None
    line = heading_line(prev)
    if line is not None or prev.tag not in HEADINGS or _links(prev) > 1:
        return line
    text = norm(text_content(prev))
    return text if text and len(text.split()) <= rules.MAX_HEADING_WORDS else None


def lead_heading(el: etree._Element) -> str | None:
    """The heading line ``el`` opens with, links following it (a widget's title)."""
    kids = _kids(el)
    if len(kids) < 2 or (el.text or "").strip():
        return None
    return heading_line(kids[0])


def widget_stack(el: etree._Element) -> list[etree._Element]:
    """The widgets (boxes with links of their own) of a side column stacking two or more,
    with no one heading over them all (empty when ``el`` is no such column): each widget
    is judged alone."""
    if not class_or_id_named(el, grid.SIDE_COLUMN_WORDS):
        return []
    node, total = el, _links(el)
    for _ in range(_MAX_DEPTH):
        inner = [c for c in _kids(node) if _links(c)]
        if len(inner) != 1 or _links(inner[0]) != total:
            break
        node = inner[0]
    boxes: list[etree._Element] = []
    heads = 0
    ahead = False  # the previous child is a heading line standing alone
    for c in _kids(node):
        if _links(c):
            # A widget is titled (a heading line opening it) or named one by its class; a
            # teaser card in a list is neither.
            if c.tag in _BOX_TAGS and (lead_heading(c) is not None or (
                    c.tag != "li" and class_or_id_named(c, grid.WIDGET_CLASS_WORDS))):
                boxes.append(c)
            elif ahead and c.tag in _HEADED_TAGS and _links(c) >= rules.MIN_ARTICLE_LINKS:
                # (its heading the line just before it: "<h3>Most read</h3><ul>"; one link
                # under a heading is a card, no list the walk would find alone)
                boxes.append(c)
                heads -= 1
            ahead = False
        elif heading_line(c) is not None:
            heads += 1
            ahead = True
        else:
            ahead = False
    # (one heading line over the boxes titles them all: one block, its parts judged by
    # ``related_parts.parts``)
    return boxes if len(boxes) >= 2 and heads != 1 else []


#: Tags of a box headed by the heading line standing just before it (a list too).
_HEADED_TAGS = _BOX_TAGS | {"ul", "ol"}
