"""The page's own parts around the article, for placement (``placement.py``): the page's
header and footer in the article's row (what stands beyond them is page-level: ``outside``),
and the items before one short closing line, or before one closing box (an author box), under
the text (``after`` it, not ``inline``).
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from ..model import Position
from .chrome_util import tag_of, words
from .rules import page_parts as parts

_LINKS = etree.XPath("count(.//a[@href])")


def tail_items(sequence: Sequence[tuple[float, int, object]], order: dict[etree._Element, int]) -> None:
    """Items standing between the text and one short closing line that is no line of the
    text ("Comments are closed.", a comment form's consent line, a "Visited 1,902 times"
    counter: another kind of block than the text's last one, or under another parent) are
    ``after`` the text, not inside it (a prev/next post navigation, the share bar, the comment
    form). ``sequence``: (place in ``order``, 1 for a block, block or item), in order."""
    i = len(sequence) - 1
    while i >= 0 and not sequence[i][1]:
        i -= 1
    if i < 1:
        return
    if sequence[i - 1][1]:
        _closing_box(sequence, order, i)  # (the text may close with a box of several blocks)
        return
    tail_at, _, tail = sequence[i]
    if len(tail.plain_text()) > parts.TAIL_CHARS:  # type: ignore[attr-defined]
        _closing_box(sequence, order, i)  # (a longer closing block: an author's bio box)
        return
    j, moved = _inline_items_before(sequence, i - 1)
    if j < 0 or not moved:
        return
    text_at, _, text = sequence[j]
    # (the two blocks' elements, looked up on the few pages that get this far; a block of
    # loose text stands half a step after the element holding it)
    want = {int(tail_at): "tail", int(text_at): "text"}
    els = {want[p]: el for el, p in order.items() if p in want}
    t, x = els.get("tail"), els.get("text")
    if t is None or x is None or (t.getparent() is x.getparent() and t.tag == x.tag
                                  and t.get(b"class") == x.get(b"class")):
        return  # (a short last paragraph of the text itself: the items are inline)
    # (a closing paragraph like the text's others before it, in the same box, after a list:
    # still the text; its earlier siblings alone are read)
    earlier = {int(at) for at, is_block, _ in sequence[:j] if is_block}
    cls = t.get(b"class")
    for sib in t.itersiblings(t.tag, preceding=True):
        if sib.get(b"class") == cls and order.get(sib) in earlier:
            return
    for obj in moved:
        obj.position = Position("after", text.id)  # type: ignore[attr-defined]


def beyond_page_ends(column: etree._Element | None, other: etree._Element) -> bool:
    """``other`` stands beyond the page's own header or footer in the article's row: after
    the footer (a pixel or interstitial slot, a sticky tab bar at the end of the page shell)
    or before the header (an announcement bar, a skin or banner above the page): page-level.
    (A ``<header>``/``<footer>``, or a box named so, outside any ``<article>`` and holding at
    least ``MIN_FOOTER_LINKS`` links, between the article's column and it.)"""
    if column is None:
        return False
    node = other.getprevious()
    while node is not None and node is not column:
        if type(node.tag) is str and _page_part(node, "footer"):
            return True
        node = node.getprevious()
    if node is None:  # (``other`` stands before the column)
        node = other.getnext()
        while node is not None and node is not column:
            if type(node.tag) is str and _page_part(node, "header"):
                return True
            node = node.getnext()
    return False


def _page_part(node: etree._Element, part: str) -> bool:
    """``node`` is the page's header or footer (``part``): a ``<header>``/``<footer>``, or a box
    whose class/id names one (not the article's own, "post-footer"), outside every
    ``<article>`` and holding at least ``MIN_FOOTER_LINKS`` links (the site's links; a post's
    own footer row holds a few)."""
    hint = f"{node.get(b'class') or ''} {node.get(b'id') or ''}"
    named = part in hint.lower() and [ws for ws in map(words, hint.split()) if part in ws]
    if named and all(parts.STORY_WORDS.intersection(ws) for ws in named):
        return False  # (only the post's own: "entry-footer")
    if node.tag != part and not named:
        return False
    if any(tag_of(a) == "article" for a in node.iterancestors()):
        return False
    return _LINKS(node) >= parts.MIN_FOOTER_LINKS


def _closing_box(sequence: Sequence[tuple[float, int, object]], order: dict[etree._Element, int], i: int) -> None:
    """The text's last blocks (``sequence[i]`` the last), after items, all stand in one box
    apart from the text (an author box, "About the contributor", a disclosure or summary
    box): the items before the box are ``after`` the text, not inside it. The box holds at
    most ``TAIL_BOX_CHARS`` of text, is no block of its own, is not built like the part
    holding the text's block before the items (a page builder's next row of the text), nor
    like any earlier box of the text (a listicle's last entry)."""
    k = i
    chars = 0
    while k >= 0 and sequence[k][1]:
        chars += len(sequence[k][2].plain_text())  # type: ignore[attr-defined]
        if chars > parts.TAIL_BOX_CHARS:
            return
        k -= 1
    j, moved = _inline_items_before(sequence, k)
    if j < 0 or not moved:
        return
    # (the blocks' elements, looked up on the few pages that get this far)
    want = {int(sequence[m][0]) for m in range(k + 1, i + 1)}
    text_at = int(sequence[j][0])
    tails = []
    x = None
    for el, p in order.items():
        if p in want:
            tails.append(el)
        elif p == text_at:
            x = el
    if x is None or not tails:
        return
    line = set(x.iterancestors())
    box = None  # (the tail's branch off the text block's line of ancestors)
    for t in tails:
        node = t
        while (up := node.getparent()) is not None and up not in line:
            node = up
        if node is t or (box is not None and node is not box):
            return  # (a block standing on its own, or the tail in two parts: no box)
        box = node
    parent = box.getparent() if box is not None else None
    if box is None or parent is None:
        return
    mine = x
    while (up := mine.getparent()) is not None and up is not parent:
        mine = up
    cls = box.get(b"class")
    if mine.tag == box.tag and mine.get(b"class") == cls:
        return  # (the text goes on in a part like its others)
    if cls and any(p < text_at and el.tag == box.tag and el.get(b"class") == cls for el, p in order.items()):
        return  # (a box of the text's own kind, as an earlier one: a listicle's last entry)
    text = sequence[j][2]
    for obj in moved:
        obj.position = Position("after", text.id)  # type: ignore[attr-defined]


def _inline_items_before(sequence: Sequence[tuple[float, int, object]], start: int) -> tuple[int, list[object]]:
    """The index of the last body block at or before ``start``, and the ``inline`` items
    between it and ``start`` (nearest first)."""
    moved = []
    j = start
    while j >= 0 and not sequence[j][1]:
        obj = sequence[j][2]
        if obj.position.placement == "inline":  # type: ignore[attr-defined]
            moved.append(obj)
        j -= 1
    return j, moved
