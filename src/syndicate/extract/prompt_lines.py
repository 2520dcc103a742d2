"""A found action's prompt line, standing beside it in a box of the two, leaves the body with it.

A CTA is often found at its action (a button, a comment section's mount) while the box
around it holds one more part: the line asking for it ("Need more help? Build your move
plan." over a "Get Quote" button, "Thanks for reading … feel free to share it." over a Share
button, "Read our comment policy before posting." over the comments). The body walk took
that line as a paragraph of the text, so it stayed in the body (a leak), and the CTA was
reported one level inside its box. ``box_edges`` climbs no wrapper holding a body block;
this rule takes that one shape: a box of exactly two element children, the prompt first and
the action second, the prompt a short line (``_MAX_WORDS`` words, one link at most, no
picture, field or heading) the body holds as one block of its own. The CTA is reported at
the box, which leaves the body with the line (``regions.without_taken``). A box that is one
of the article's containers, or a page region, is never taken.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import text_content

#: Words a prompt line holds at most.
_MAX_WORDS = 30
#: Never a CTA's box: the page and its regions.
_REGIONS = frozenset({"html", "body", "main", "article", "header", "footer", "aside", "nav", "form",
                      "td", "th", "tr", "table", "tbody", "thead", "ul", "ol", "li"})
#: What a prompt line never holds: a picture, a field, a heading, a list.
_NOT_LINE = ("img", "picture", "video", "iframe", "form", "input", "select", "textarea", "button",
             "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table")


def with_prompt_lines(found: list[Found], body: Collection[etree._Element],
                      containers: Sequence[etree._Element]) -> list[Found]:
    """``found`` with each CTA whose box holds only a prompt line of the body (``body``: the
    body blocks' elements) and the CTA's element reported at that box."""
    out = found
    for i, f in enumerate(found):
        if type(f) is not Found or not isinstance(f.item, CallToAction) or f.report is not None \
                or f.item.kind == "read_more":
            continue  # (a "Read more" expander's line is the text it opens)
        box = _prompt_box(f.element, body, containers)
        if box is not None:
            if out is found:
                out = list(found)
            out[i] = replace(f, element=box)
    return out


def _prompt_box(el: etree._Element, body: Collection[etree._Element],
                containers: Sequence[etree._Element]) -> etree._Element | None:
    box = el.getparent()
    if box is None or box.tag in _REGIONS or box in containers or len(box) != 2:
        return None
    line = box[0]
    if line is el or type(line.tag) is not str or box[1] is not el or (box.text or "").strip():
        return None
    held = [x for x in line.iter() if x in body]
    if len(held) != 1 or next(line.iter(*_NOT_LINE), None) is not None:
        return None
    words = text_content(line).split()
    if not words or len(words) > _MAX_WORDS or sum(1 for _ in line.iter("a")) > 1:
        return None
    return box
