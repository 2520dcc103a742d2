"""Floods: one page, many look-alike related blocks, each reported as its own item.

A page whose repeated boxes each pass the link-list test yields a dozen related blocks of
one shape (the block's tag and class, its parent's and its grandparent's: ``_shape``). Per
such flood (``MIN_FLOOD`` blocks or more), decided from what the flood *is*:

* repeated boxes: small blocks (cards, ``_card``) that link the same targets again and
  again (a buying guide's product box with its retailer buttons printed in the intro, in
  each section and in the summary; an inline offer banner; a "most popular" table copied
  into each tab). One product or offer shown many times is no list of stories: dropped.
* a card list split card by card: small blocks, each in its own entry of one list (the
  entries' common container, whose children share one design), outside the article: one
  related block at the list (one item per widget, its heading the line above it); a card
  the CTA steps took for a prompt is the list's too.
* anything else stays: in-text story lines ("Also read: ..."), sidebar modules each under
  its own heading, section lists of several stories each.

Runs once per page on the blocks found, after the other related steps; reads only the
found blocks, their ancestors and the common container's children.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lxml import etree

from ..model import CallToAction, Related
from . import related
from .chrome import Found
from .chrome_util import class_design, norm, strictly_inside, tag_of, text_content
from .rules import related_floods as rules

_Shape = tuple[tuple[str, str | None], ...]
_QUIET = frozenset({"script", "style", "noscript", "template", "br", "hr", "link", "meta"})


def without_floods(found: list[Found], base: str | None, body: Sequence[etree._Element]) -> list[Found]:
    """``found`` with each flood of related blocks judged as a whole (module doc). ``body``:
    the elements of the article's blocks (a list holding one of them is the article's)."""
    rel = [f for f in found if type(f.item) is Related and f.item.provider is None
           and not f.item.sponsored and f.report is None]
    if len(rel) < rules.MIN_FLOOD:
        return found
    groups: dict[_Shape, list[Found]] = {}
    for f in rel:
        groups.setdefault(_shape(f.element), []).append(f)
    floods = [g for g in groups.values() if len(g) >= rules.MIN_FLOOD
              and all(_card(f.item) for f in g)]  # type: ignore[arg-type]
    if not floods:
        return found
    drop: set[int] = set()
    add: list[Found] = []
    article: tuple[set[etree._Element], set[etree._Element]] | None = None
    for g in floods:
        if _repeated(g):
            drop.update(id(f) for f in g)
            continue
        if 2 * sum(1 for f in g if _module(f.item)) >= len(g):  # type: ignore[arg-type]
            continue  # (a stack of headed modules: blocks apart)
        if article is None:
            article = _article(body)
        box = _list_of(g, *article)
        if box is None:
            continue
        members = {id(f) for f in g}
        if any(id(f) not in members and strictly_inside(f.element, box) for f in rel):
            continue  # (another related block in the list: the list is no card list)
        drop.update(members)
        # (a card the CTA steps read as a prompt is the list's now: no item inside another)
        drop.update(id(f) for f in found if type(f.item) is CallToAction and strictly_inside(f.element, box))
        if not any(strictly_inside(box, f.element) for f in rel if id(f) not in members):
            block = _block(box, base)
            if block is not None:
                add.append(Found(box, block))
    if not drop:
        return found
    return [f for f in found if id(f) not in drop] + add


def _shape(el: etree._Element) -> _Shape:
    """Tag and class of ``el``, its parent and its grandparent."""
    out = [(tag_of(el), el.get("class"))]
    for anc in el.iterancestors():
        out.append((tag_of(anc), anc.get("class")))
        if len(out) == 3:
            break
    return tuple(out)


def _card(item: Related) -> bool:
    """A card's block: a few items, at most one of them a headline."""
    if len(item.items) > rules.CARD_MAX_ITEMS:
        return False
    return sum(1 for i in item.items if len((i.title or "").split()) >= rules.CARD_HEADLINE_WORDS) <= 1


def _module(item: Related) -> bool:
    """A headed module: a heading of its own (no item's title) over ``MODULE_ITEMS`` items or
    more ("Home Canning" over three recipes), no card's label."""
    title = norm(item.title or "")
    return len(item.items) >= rules.MODULE_ITEMS and bool(title) and all(
        norm(i.title or "") != title for i in item.items)


def _repeated(group: list[Found]) -> bool:
    """The flood's blocks link the same targets again and again: at most half as many
    different sets of targets as blocks, and ``REPEATED_SHARE`` of the blocks linking
    nothing another block does not link too."""
    sets = [frozenset(i.url for i in f.item.items) for f in group]  # type: ignore[union-attr]
    if len(set(sets)) * 2 > len(sets):
        return False
    seen = Counter(u for s in sets for u in s)
    again = sum(1 for s in sets if s and all(seen[u] >= 2 for u in s))
    return again >= rules.REPEATED_SHARE * len(sets)


def _article(body: Sequence[etree._Element]) -> tuple[set[etree._Element], set[etree._Element]]:
    """The body's blocks, and their ancestors."""
    blocks = set(body)
    line: set[etree._Element] = set()
    for el in body:
        for anc in el.iterancestors():
            if anc in line:
                break
            line.add(anc)
    return blocks, line


def _list_of(group: list[Found], blocks: set[etree._Element], line: set[etree._Element]) -> etree._Element | None:
    """The list the flood's cards are entries of: their nearest common ancestor, outside
    the article, each card in an entry of its own, the entries of the design most of its
    children share (``LIST_DESIGN_SHARE``). None when there is no such list."""
    first = group[0].element
    others = [set(f.element.iterancestors()) for f in group[1:]]
    box = next((a for a in first.iterancestors() if all(a in o for o in others)), None)
    if box is None or box in line or box in blocks or tag_of(box) in ("body", "html"):
        return None
    if any(a in blocks for a in box.iterancestors()):
        return None  # (a list in the article's text)
    entries = set()
    for f in group:
        node = f.element
        while node.getparent() is not box:
            node = node.getparent()
        entries.add(node)
    if len(entries) < len(group):
        return None  # (two cards in one entry: sections, no list)
    designs = Counter(_design(c.tag, c.get("class") or "") for c in box
                      if isinstance(c.tag, str) and c.tag not in _QUIET)
    common, n = designs.most_common(1)[0]
    if n < rules.LIST_DESIGN_SHARE * sum(designs.values()):
        return None
    return box if all(_design(e.tag, e.get("class") or "") == common for e in entries) else None


def _design(tag: str, value: str) -> tuple[str, frozenset[str]]:
    """Tag and class names, names holding a number left out ("post-58261", "item-3");
    ``class_design`` keeps its own cache."""
    return tag, class_design(value)


def _block(box: etree._Element, base: str | None) -> Related | None:
    """The list as one related block, titled by its heading, else by a short linkless line
    just before it (a card's own headline is no title)."""
    block = related.build_related(box, base)
    if not block.items:
        return None
    if block.title and any(norm(i.title or "") == norm(block.title) for i in block.items):
        block.title = None
    if block.title is None:
        prev = box.getprevious()
        while prev is not None and (not isinstance(prev.tag, str) or prev.tag in _QUIET):
            prev = prev.getprevious()
        if prev is not None and prev.find(".//a[@href]") is None:
            text = norm(text_content(prev))
            block.title = text if text and len(text.split()) <= rules.MAX_LABEL_WORDS else None
    return block
