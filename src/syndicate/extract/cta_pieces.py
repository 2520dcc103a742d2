"""One widget found in pieces: a subscription box's heading and its offer, a share panel's
button, its network list and its copy-link field, a teaser's image and its sign-up line.
Each piece was found alone, of one kind, within a few levels of one small box that holds
nothing else found and none of the article: the box is the one CTA.

Works on the found items only (their ancestors, a few levels): no walk of the page."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import islice

from lxml import etree

from ..model import CallToAction
from . import ctas
from .chrome import Found
from .chrome_util import tag_of
from .rules import regions as rules

#: Never the box of a widget: the page, its main column and its page regions.
_NEVER = frozenset({"html", "body", "main", "aside", "nav", "header", "footer", "form", "ul", "ol"})


def one_per_piece_box(found: Sequence[Found], body_line: Collection[etree._Element], base: str | None) -> list[Found]:
    """``found`` with the CTAs of one kind found in pieces of one small box (module doc)
    replaced by one CTA for the box. ``body_line``: the article's containers and their
    ancestors (a box never takes in the article)."""
    pieces = [f for f in found if isinstance(f.item, CallToAction) and f.item.kind not in rules.PIECE_APART_KINDS]
    if len(pieces) < 2:
        return list(found)
    boxes: dict[tuple[etree._Element, str], list[Found]] = {}
    for f in pieces:
        kind = f.item.kind  # type: ignore[union-attr]
        for anc in islice(f.element.iterancestors(), rules.PIECE_CLIMB):
            if anc in body_line or tag_of(anc) in _NEVER:
                break
            boxes.setdefault((anc, kind), []).append(f)
    groups = [(box, kind, members) for (box, kind), members in boxes.items() if len(members) >= 2]
    if not groups:
        return list(found)
    # (the box gathering most pieces, the lowest of those first: document depth breaks ties)
    groups.sort(key=lambda g: (-len(g[2]), -_depth(g[0])))
    elements = {f.element: f for f in found}
    merged: dict[int, Found | None] = {}
    for box, kind, members in groups:
        if any(id(m) in merged for m in members):
            continue
        mine = {m.element for m in members}
        if len({(m.element.tag, m.element.get("class")) for m in members}) < len(members) or _copies(members):
            continue  # widgets of one design side by side, or a widget's device copies: each is one
        if any(e in elements and e not in mine and not _absorbed(elements[e]) for e in box.iter()):
            continue  # another item inside (an ad, a related block, a CTA of another kind)
        if any(a in elements for a in box.iterancestors()) or not ctas.small_box(box, "other"):
            continue
        if next(box.iter("h1"), None) is not None or _other_links(box, members) > rules.MAX_PIECE_BOX_LINKS:
            continue  # the story's title, a menu or a list beside the pieces: a wider region
        cta = ctas.build_cta(box, kind, base)
        merged[id(members[0])] = Found(box, cta)
        for m in members[1:]:
            merged[id(m)] = None
        for e in box.iter():
            if e in elements and e not in mine:
                merged[id(elements[e])] = None  # (a "Read more about sharing" link of the panel)
    if not merged:
        return list(found)
    return [g for f in found for g in ([merged[id(f)]] if id(f) in merged else [f]) if g is not None]


def _copies(members: list[Found]) -> bool:
    """Two members offer the same links, 2+ of them (a menu's desktop buttons and its mobile
    drop-down): copies of one widget, not its pieces (an image and a line linking to one page
    are pieces of one teaser)."""
    seen: set[str] = set()
    for m in members:
        hrefs = {h for a in m.element.iter("a") if (h := a.get("href")) and h[:1] != "#"}
        if len(hrefs & seen) >= 2:
            return True
        seen |= hrefs
    return False


def _other_links(box: etree._Element, members: list[Found]) -> int:
    """The links of ``box`` outside its pieces."""
    inner = {a for m in members for a in m.element.iter("a")}
    return sum(1 for a in box.iter("a") if a not in inner and a.get("href"))


def _absorbed(f: Found) -> bool:
    """A found item a widget's box takes in with its pieces: its own "Read more" link."""
    return isinstance(f.item, CallToAction) and f.item.kind == "read_more"


def _depth(el: etree._Element) -> int:
    return sum(1 for _ in el.iterancestors())
