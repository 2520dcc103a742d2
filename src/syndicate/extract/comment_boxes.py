"""One comment section, one CTA (a step of ``widget_merge.one_element``, after the wrapper climb).

``comment_sections.one_comments_widget`` joins parts of one comment section found apart when
they meet within two levels, before the region pass's later steps move the items to their
widgets; what it leaves: a section's heading row ("Discussion about this post") and its
thread, moved to the thread's list two levels further down, or a comment form's script
wrapper beside the first part. When comments CTAs meet in a box at most
``COMMENT_BOX_CLIMB`` levels above each, and that box holds nothing else — every element
child of it holds a part, no text of its own, no other item but those inside the parts (a
thread's "23 more replies" link found as a story card) — they are one comments CTA on the
box, and the items inside them its parts. A box of the article's line or a page region is
never one (a post's meta line and the comment form below it are two items).

Works on the found items and their ancestors only (no walk of the page).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from itertools import islice

from lxml import etree

from ..model import CallToAction
from .action_widgets import items_held, reported_at
from .chrome import Found
from .chrome_util import INVISIBLE, norm, tag_of
from .rules import widgets as rules

#: Never the box: the page, its regions.
_REGIONS = frozenset({"html", "body", "main", "article", "header", "footer", "aside", "nav"})


def one_per_comment_box(found: Sequence[Found], body_line: Collection[etree._Element], base: str | None) -> list[Found]:
    """``found`` with the comments CTAs of one box reported once, at the box (module doc)."""
    parts = [f for f in found if isinstance(f.item, CallToAction) and f.item.kind == "comments" and f.report is None]
    if len(parts) < 2:
        return list(found)
    meets: Counter[etree._Element] = Counter()
    for f in parts:
        meets.update(islice(f.element.iterancestors(), rules.COMMENT_BOX_CLIMB))
    if meets.most_common(1)[0][1] < 2:
        return list(found)  # (most pages: no two parts meet)
    held = items_held(found)
    box_of: dict[int, etree._Element] = {}
    for f in parts:
        for anc in islice(f.element.iterancestors(), rules.COMMENT_BOX_CLIMB):
            if meets[anc] >= 2:
                if _box(anc, parts, held, body_line):
                    box_of[id(f)] = anc
                break  # (the nearest box the parts meet in, or none)
    if not box_of:
        return list(found)
    boxes = set(box_of.values())
    out: list[Found] = []
    done: set[etree._Element] = set()
    for f in found:
        box = box_of.get(id(f))
        if box is None:
            if not any(a in boxes for a in f.element.iterancestors()):
                out.append(f)  # (an item inside a part of a box: the box's)
        elif box not in done:
            done.add(box)
            out.append(reported_at(f, box, base))
    return out


def _box(box: etree._Element, parts: Sequence[Found], held: dict[etree._Element, int],
         body_line: Collection[etree._Element]) -> bool:
    """``box`` holds nothing but comments parts: no page region nor box of the article's line,
    no text of its own, every element child holding a part, no item but the parts and those
    inside them."""
    if tag_of(box) in _REGIONS or box in body_line or norm(box.text):
        return False
    inside = [f for f in parts if any(a is box for a in f.element.iterancestors())]
    if held.get(box, 0) != sum(held.get(f.element, 0) for f in inside):
        return False
    return all(not norm(c.tail) and (not isinstance(c.tag, str) or tag_of(c) in INVISIBLE or held.get(c, 0))
               for c in box)
