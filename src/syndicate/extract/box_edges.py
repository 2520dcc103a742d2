"""A found CTA or related block reported at its box, not at a piece deep inside it.

A widget is often found where its action or its links sit (a button, an icon list, a slider)
while the box around it is a chain of wrappers that add nothing but the widget's own heading
and a short line: a builder's column, its inner ``div``, a section holding a title beside the
button. Each such wrapper is the same widget, so the item is reported at the outermost of
them (the gold's "outermost element holding it and nothing else").

A wrapper is climbed into when each of its other children is *plain*: no link that leads
anywhere else (a link with no words and no target of its own, such as a slider's arrows or an
icon repeating the widget's target, is part of the widget), no picture, frame or form control,
no found item and no body block, and all the words the climb adds (headings, lines, loose
text) stay short. The climb never enters the body's line, a page region (``body``, ``main``,
``article``, ``header``, ``footer``, ``nav``, ``aside``, a form, a table cell) or a box named
as a page column.

Pieces: two found items of one kind (two buttons of one bar, the previous and next links of
a post pager) whose boxes are the only content of one parent are one widget, reported once
at that parent.

Works on the found items and their ancestors only (no walk of the page).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from itertools import islice

from lxml import etree

from ..model import CallToAction, Related
from .chrome import Found, HeadedFound
from .chrome_util import INVISIBLE, class_or_id_named, tag_of
from .rules import widgets as widget_rules

#: Never a widget's box: the page and its regions, the article's containers, a form, a
#: table's grid (its cells are a layout of many boxes).
_REGIONS = frozenset({
    "html", "body", "main", "article", "header", "footer", "aside", "nav", "form",
    "td", "th", "tr", "table", "tbody", "thead", "dl", "dd", "dt",
})
#: Landmark roles that make a box a page region whatever its tag.
_REGION_ROLES = frozenset({"banner", "navigation", "contentinfo", "main", "complementary", "form", "search"})
#: Elements a plain child may not hold: another action or content of its own.
_NOT_PLAIN = frozenset({
    "img", "picture", "video", "audio", "iframe", "embed", "object", "canvas",
    "form", "input", "button", "select", "textarea",
})
#: How far a found item climbs at most (a builder nests a widget in about five wrappers).
_MAX_CLIMB = 6
#: The words a climb may add at most (a heading and a short line).
_MAX_WORDS = 20
#: The elements of a plain child read at most (a heading, a line, an empty mount).
_MAX_NODES = 24


def grown_boxes(found: Sequence[Found], body_line: Collection[etree._Element],
                body_all: Collection[etree._Element]) -> list[Found]:
    """``found`` with each CTA and related block reported at its outermost box (module doc).
    ``body_line``: the article's containers and their ancestors; ``body_all``: its blocks."""
    movable = [i for i, f in enumerate(found) if f.report is None and isinstance(f.item, (CallToAction, Related))
               and not isinstance(f, HeadedFound)]
    if not movable:
        return list(found)
    held: set[etree._Element] = set()  # (every found item and its ancestors: no plain child)
    for f in found:
        el = f.report if f.report is not None else f.element
        if el in held:
            continue
        held.add(el)
        for anc in el.iterancestors():
            if anc in held:
                break
            held.add(anc)
    out: list[Found | None] = list(found)
    tops: dict[int, etree._Element] = {}
    for i in movable:
        f = found[i]
        top = _outer((f.element,), _hrefs(f.element), held, body_line, body_all)
        tops[i] = top
        if top is not f.element:
            out[i] = Found(top, f.item)
    _join_pieces(found, out, tops, held, body_line, body_all)
    return [f for f in out if f is not None]


def _join_pieces(found: Sequence[Found], out: list[Found | None], tops: dict[int, etree._Element],
                 held: set[etree._Element], body_line: Collection[etree._Element],
                 body_all: Collection[etree._Element]) -> None:
    """Two or more items of one kind whose boxes are the only content of one parent: one item
    at that parent (grown further like any other), in place of the first (module doc)."""
    groups: dict[tuple[etree._Element, str], list[int]] = {}
    for i, top in tops.items():
        parent = top.getparent()
        item = found[i].item
        if parent is not None:
            kind = item.kind if isinstance(item, CallToAction) else "related"
            groups.setdefault((parent, kind), []).append(i)
    for (_parent, _kind), members in groups.items():
        if len(members) < 2:
            continue
        nodes = tuple(tops[i] for i in members)
        hrefs = frozenset().union(*(_hrefs(n) for n in nodes))
        top = _outer(nodes, hrefs, held, body_line, body_all, icons=True)
        if top is nodes[0]:
            continue  # (the parent is no box of theirs alone)
        first = found[members[0]].item
        item = first
        if isinstance(first, Related):
            item = replace(first, items=[x for i in members for x in found[i].item.items])  # type: ignore[union-attr]
        out[members[0]] = Found(top, item)
        for i in members[1:]:
            out[i] = None


def _outer(nodes: tuple[etree._Element, ...], hrefs: frozenset[str], held: set[etree._Element],
           body_line: Collection[etree._Element], body_all: Collection[etree._Element],
           icons: bool = False) -> etree._Element:
    """The outermost wrapper around ``nodes`` (siblings: one parent) whose other children are
    plain (module doc); ``nodes[0]`` when there is none. ``icons``: a link with no words is
    plain wherever it leads (the pieces' own controls: a pager's "all posts" icon)."""
    node = nodes[0]
    inside = set(nodes)
    words = 0
    for parent in islice(node.iterancestors(), _MAX_CLIMB):
        if parent in body_line or parent in body_all or tag_of(parent) in _REGIONS:
            break
        if parent.get("role") in _REGION_ROLES or class_or_id_named(parent, widget_rules.PAGE_COLUMN_WORDS):
            break
        added = _words(parent.text)
        for child in parent:
            added += _words(child.tail)
            if child in inside or not isinstance(child.tag, str) or tag_of(child) in INVISIBLE:
                continue
            if child in held or child in body_all or child in body_line:
                return node
            more = _plain_words(child, hrefs, icons)
            if more is None:
                return node
            added += more
        words += added
        if words > _MAX_WORDS:
            break
        node = parent
        inside = {parent}
    return node


def _plain_words(el: etree._Element, hrefs: frozenset[str], icons: bool = False) -> int | None:
    """The words of ``el`` when it is plain (module doc): ``None`` when it holds an action,
    a picture, a control, or more than a heading and a line."""
    count = 0
    for n, d in enumerate(_elements(el)):
        if n >= _MAX_NODES:
            return None
        tag = tag_of(d)
        if tag in _NOT_PLAIN:
            return None
        if tag == "a":
            href = (d.get("href") or "").strip()
            worded = bool("".join(d.itertext()).strip())
            if href and href != "#":
                if href not in hrefs and (worded or not icons):
                    return None  # (a link that leads elsewhere: another action)
            elif worded:
                return None  # (a worded control of its own: "Load more", a tab)
        count += _words(d.text) + (_words(d.tail) if d is not el else 0)
        if count > _MAX_WORDS:
            return None
    return count


def _elements(el: etree._Element) -> Iterator[etree._Element]:
    """``el`` and its descendant elements (no comments)."""
    return el.iter(etree.Element)


def _hrefs(el: etree._Element) -> frozenset[str]:
    """The link targets inside ``el`` (an icon beside it leading there is the same action)."""
    if tag_of(el) == "a":
        return frozenset({el.get("href", "").strip()} - {""})
    return frozenset(h for a in islice(el.iter("a"), 40) if (h := (a.get("href") or "").strip()))


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0
