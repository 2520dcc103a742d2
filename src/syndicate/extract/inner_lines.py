"""Items found inside a body block: cut from that block's text, placed by the text around them.

The body walk reads a list, a quotation or a table as one block. The region pass,
which runs after it, may find a line of its own inside such a block: a "» Read more:
<headline>" paragraph written into an entry of a product round-up. ``regions.without_taken``
drops whole blocks only, so the line's text stayed in the block's text (a leak); and the
document order puts anything inside a block right after that block, so an item inside the
body's last block was placed ``after`` the body although text of that block follows it,
and an ad slot heading the body's only block (a forum thread's list of posts) too.

Here a block holding such a line is read again with the line left out (the block
builder's own reading, the line skipped like chrome: the rest of its entry keeps its
text and markup). Only block-level lines are cut (a link or a span inside a sentence is
part of the sentence; what the body skipped already needs no second reading). An item
inside such a block is ``inline`` when kept text of the block follows it, and ``before``
when no kept text precedes it in the body's first block.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from lxml import etree

from ..limits import Limits
from ..model import Position
from .blocks import BlockBuilder, Built
from .chrome import Found
from .content import Analysis
from .rules import boilerplate as rules

#: Blocks one element builds whose text may hold a line of its own (a list item's
#: paragraphs, a quotation's, a table cell's).
_HOLDERS = frozenset({"ul", "ol", "dl", "blockquote", "table"})


class _Reader(BlockBuilder):
    """The block builder reading one block again, the lines found inside it skipped."""

    def again(self, el: etree._Element, total: int) -> list[Built]:
        # (the article's text length, as the first reading had it: what it compares a
        # named box's share against)
        self._containers = {el}
        self._total = total
        self._handle(el)
        return self.out


def inner_lines(built: Sequence[Built], found: Sequence[Found]) -> dict[etree._Element, list[etree._Element]]:
    """Body block element -> the elements of ``found`` strictly inside it."""
    holders = {b.element for b in built if b.element.tag in _HOLDERS}
    if not holders:
        return {}
    out: dict[etree._Element, list[etree._Element]] = {}
    for f in found:
        el = f.element
        for anc in el.iterancestors():
            if anc in holders:
                out.setdefault(anc, []).append(el)
                break
    return out


def without_inner_lines(
    built: list[Built], lines: dict[etree._Element, list[etree._Element]], analysis: Analysis,
    containers: Sequence[etree._Element], base: str | None, limits: Limits, title: str | None,
) -> list[Built]:
    """``built`` with each block of ``lines`` (``inner_lines``) holding a block-level line the
    body took in read again without its lines (an inline element found is part of a sentence)."""
    inline, skipped = rules.INLINE_TAGS, analysis.skipped
    cut = {x for xs in lines.values() for x in xs if x.tag not in inline and x not in skipped}
    if not cut:
        return built
    holds = analysis.holds_skipped
    added = []  # (a block holding a skipped line is read through the copying reader)
    for x in cut:
        anc = x.getparent()
        while anc is not None and anc not in holds:
            holds.add(anc)
            added.append(anc)
            anc = anc.getparent()
    total = sum(analysis.text_len.get(c, 0) for c in containers)
    out: list[Built] = []
    try:
        for b in built:
            if b.element not in lines or not any(x in cut for x in lines[b.element]):
                out.append(b)
                continue
            reader = _Reader(analysis, base_url=base, limits=limits, is_skipped=cut.__contains__, title=title)
            out.extend(reader.again(b.element, total))
    finally:
        holds.difference_update(added)
    return out


def place_inside(items: Sequence[tuple[etree._Element, object]],
                 lines: dict[etree._Element, list[etree._Element]], built: Sequence[Built],
                 analysis: Analysis) -> None:
    """An item (element, placed item) whose line stands inside a body block is placed by the
    block's text around it, not after the block (where the document order puts anything
    inside a body block): ``inline`` when kept text of the block follows it (``after`` the
    body only as the tail of its last block), ``before`` when no kept text precedes it in
    the body's first block (``built``: the body's blocks)."""
    if not lines or not built:
        return
    first = min(built, key=attrgetter("order")).element
    owner = {x: block for block, xs in lines.items() for x in xs}
    for el, item in items:
        block = owner.get(el)
        pos = getattr(item, "position", None)
        if block is None or pos is None or pos.placement not in ("after", "inline"):
            continue
        if block is first and not _kept_text(el, block, analysis, owner, before=True):
            item.position = Position("before", None)  # type: ignore[attr-defined]
        elif pos.placement == "after" and _kept_text(el, block, analysis, owner, before=False):
            item.position = Position("inline", pos.after)  # type: ignore[attr-defined]


def _kept_text(el: etree._Element, block: etree._Element, analysis: Analysis,
               found_lines: dict[etree._Element, etree._Element], *, before: bool) -> bool:
    """Kept text stands ``before`` (else after) ``el`` inside ``block``: a sibling on the way
    up holding measured text (not a found line, not skipped), or text between them.
    (``found_lines``: the found lines inside body blocks, each with its block.)"""
    text_len, skipped = analysis.text_len, analysis.skipped
    node = el
    while node is not block:
        parent = node.getparent()
        if parent is None:
            return False
        # (the text between: the parent's own text before the first child, or this node's tail
        # after it; then each sibling's tail and measured text on that side)
        if ((parent.text if before else node.tail) or "").strip():
            return True
        for sib in node.itersiblings(preceding=before):
            if (sib.tail or "").strip() or (
                    sib not in found_lines and sib not in skipped and text_len.get(sib, 0)):
                return True
        node = parent
    return False
