"""The page's own parts around the article, for placement (``placement.py``): the page's
header and footer in the article's row (what stands beyond them is page-level: ``outside``),
and the items before one short closing line under the text (``after`` it, not ``inline``).
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
    if i < 1 or sequence[i - 1][1]:
        return  # (no item right before the last block: nothing to move)
    tail_at, _, tail = sequence[i]
    if len(tail.plain_text()) > parts.TAIL_CHARS:  # type: ignore[attr-defined]
        return
    moved = []
    j = i - 1
    while j >= 0 and not sequence[j][1]:
        obj = sequence[j][2]
        if obj.position.placement == "inline":  # type: ignore[attr-defined]
            moved.append(obj)
        j -= 1
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
