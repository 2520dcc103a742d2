"""A found CTA reported at its box, not at a piece deep inside it.

A widget is often found where its action or its links sit (a button, an icon list) while the
box around it is a chain of wrappers that add nothing but the widget's own heading: a
builder's column and its inner ``div``s, a section holding a title beside the button. Each
such wrapper is the same widget, so the CTA is reported at the outermost of them (the gold's
"outermost element holding it and nothing else").

Only a CTA whose words (at most ``_MAX_OWN_WORDS``) all sit in its links climbs: a box found
with a line of its own (a copyright, a count) or a large widget (a comment form) was grown to
its size by the rule that found it. A wrapper is climbed into when each of its other
children is *plain*: headings only (``_MAX_WORDS`` words in all), no line of its own, no link
that leads elsewhere (a link with no words and no target, such as a slider's arrows, or one
repeating the widget's target is part of it), no picture, frame or form control, no found
item and no body block; its loose text stays under ``_MAX_LOOSE`` words. The climb never
enters the body's line, a page region (``body``, ``main``, ``article``, ``header``,
``footer``, ``nav``, ``aside``, a form, a table) or a box named as a page column, and stops
after ``_MAX_CLIMB`` levels.

Pieces: two or three single actions of one kind (two buttons of one bar), or the previous and
next links of a post pager (related blocks of one untitled link), whose boxes are the only
content of one parent are one widget, reported once at that parent.

Works on the found items and their ancestors only (no walk of the page).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from itertools import chain, islice

from lxml import etree

from ..model import CallToAction, Related
from .chrome import Found, HeadedFound
from .chrome_util import INVISIBLE, class_or_id_named, tag_of, text_content
from .element_hints import HEADINGS
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
#: Headings: the words a plain child may hold.
#: The words of a found item that climbs at most, all in its links (a button, an icon bar: a
#: large widget found by its form or list was grown by its own rule).
_MAX_OWN_WORDS = 12
#: How far a found item climbs at most (a builder nests a widget in about five wrappers).
_MAX_CLIMB = 6
#: The words a climb may add at most (a heading and a short loose line).
_MAX_WORDS = 20
#: The loose words (the wrappers' own text) a climb may add at most.
_MAX_LOOSE = 12
#: The children of a wrapper at most (a box of many parts is no wrapper of one widget).
_MAX_CHILDREN = 8
#: The elements of a plain child read at most (a heading, a line, an empty mount).
_MAX_NODES = 24


def grown_boxes(found: Sequence[Found], body_line: Collection[etree._Element],
                body_all: Collection[etree._Element]) -> list[Found]:
    """``found`` with each small CTA reported at its outermost box and pieces joined (module doc).
    ``body_line``: the article's containers and their ancestors; ``body_all``: its blocks."""
    held: set[etree._Element] | None = None  # (the found elements: no plain child holds one)
    out: list[Found | None] | None = None
    tops: dict[int, etree._Element] = {}
    for i, f in enumerate(found):
        item = f.item
        if f.report is not None:
            continue
        if type(item) is not CallToAction:
            if _pager_piece(item) and not isinstance(f, HeadedFound):
                tops[i] = f.element  # (a pager's piece: joined with the other piece only)
            continue
        if held is None:
            held = {g.report if g.report is not None else g.element for g in found}
        el = f.element
        top = _outer((el,), held, body_line, body_all)
        if top is not el and _small(el):  # (measured only when it would move)
            if out is None:
                out = list(found)
            out[i] = Found(top, item)
            tops[i] = top
        elif tag_of(el) in ("a", "button"):
            tops[i] = el  # (a lone action: maybe one of a bar's pieces)
    if len(tops) < 2:
        return list(found) if out is None else [f for f in out if f is not None]
    if held is None:
        held = {g.report if g.report is not None else g.element for g in found}
    if out is None:
        out = list(found)
    _join_pieces(found, out, tops, held, body_line, body_all)
    return [f for f in out if f is not None]


def _join_pieces(found: Sequence[Found], out: list[Found | None], tops: dict[int, etree._Element],
                 held: set[etree._Element], body_line: Collection[etree._Element],
                 body_all: Collection[etree._Element]) -> None:
    """Two or three single actions of one kind whose boxes are the only content of one parent:
    one item at that parent (grown further like any other), in place of the first (module doc)."""
    groups: dict[tuple[etree._Element, str], list[int]] = {}
    for i, top in tops.items():
        parent = top.getparent()
        item = found[i].item
        if parent is not None:
            kind = item.kind if isinstance(item, CallToAction) else "related"
            groups.setdefault((parent, kind), []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        members = [i for i in members if not isinstance(found[i].item, CallToAction)
                   or out[i] is not found[i] or _small(found[i].element)]
        if len(members) < 2 or len(members) > 3 or not all(_single(tops[i]) for i in members):
            continue
        nodes = tuple(tops[i] for i in members)
        top = _outer(nodes, held, body_line, body_all, icons=True)
        if top is nodes[0]:
            continue  # (the parent is no box of theirs alone)
        first = found[members[0]].item
        item = first
        if isinstance(first, Related):
            item = replace(first, items=[x for i in members for x in found[i].item.items])  # type: ignore[union-attr]
        out[members[0]] = Found(top, item)
        for i in members[1:]:
            out[i] = None


def _outer(nodes: tuple[etree._Element, ...], held: set[etree._Element],
           body_line: Collection[etree._Element], body_all: Collection[etree._Element],
           icons: bool = False) -> etree._Element:
    """The outermost wrapper around ``nodes`` (siblings: one parent) whose other children are
    plain (module doc); ``nodes[0]`` when there is none. ``icons`` (pieces joined): a link
    with no words is plain wherever it leads (a pager's "all posts" icon), and the pieces'
    own parent may be named as a menu (a pager's "posts-nav")."""
    node = nodes[0]
    inside = set(nodes)
    words = loose = 0
    hrefs: list[frozenset[str]] = []  # (the pieces' link targets, read when a link asks)
    for parent in islice(node.iterancestors(), _MAX_CLIMB):
        if len(parent) > _MAX_CHILDREN or parent in body_line or parent in body_all or parent in held or tag_of(parent) in _REGIONS:
            break
        if parent.get("role") in _REGION_ROLES or (
                not (icons and parent is nodes[0].getparent())  # (a pager's own "posts-nav" box)
                and class_or_id_named(parent, widget_rules.PAGE_COLUMN_WORDS)):
            break
        own = _words(parent.text)  # (the wrapper's loose text: its text and its children's tails)
        added = 0
        for child in parent:
            tail = child.tail
            if tail and not tail.isspace():
                own += _words(tail)
            if child in inside or not isinstance(child.tag, str) or tag_of(child) in INVISIBLE:
                continue
            if child in held or child in body_all or child in body_line:
                return node
            more = _plain_words(child, nodes, hrefs, held, icons)
            if more is None:
                return node
            added += more
        loose += own
        words += added + own
        if words > _MAX_WORDS or loose > _MAX_LOOSE:
            break
        node = parent
        inside = {parent}
    return node


def _plain_words(el: etree._Element, nodes: tuple[etree._Element, ...], hrefs: list[frozenset[str]],
                 held: Collection[etree._Element], icons: bool = False) -> int | None:
    """The words of ``el`` when it is plain (module doc): ``None`` when it holds an action,
    a picture, a control, a found item (``held``), words outside a heading, or more than a
    heading. ``hrefs``: the targets of ``nodes`` (the widget), filled when first needed."""
    count = 0
    for n, d in enumerate(_elements(el)):
        if n >= _MAX_NODES:
            return None
        tag = tag_of(d)
        if tag in _NOT_PLAIN or d in held:
            return None
        if tag == "a":
            href = (d.get("href") or "").strip()
            worded = bool("".join(d.itertext()).strip())
            if href and href != "#":
                if not hrefs:  # (``nodes``' targets: read once, when a link first asks)
                    hrefs.append(frozenset().union(*map(_hrefs, nodes)))
                if href not in hrefs[0] and (worded or not icons):
                    return None  # (a link that leads elsewhere: another action)
            elif worded:
                return None  # (a worded control of its own: "Load more", a tab)
        if tag in HEADINGS and not _in_heading(d, el):
            count += sum(map(_words, d.itertext()))
            if count > _MAX_WORDS or (d is not el and _words(d.tail)):
                return None
        elif (_words(d.text) or (d is not el and _words(d.tail))) and not _in_heading(d, el):
            return None  # (a line of its own beside the widget: a copyright, a date, a menu)
    return count


def _in_heading(d: etree._Element, el: etree._Element) -> bool:
    """``d`` (inside ``el``) sits in a heading (its tail is the heading's words)."""
    for anc in d.iterancestors():
        if tag_of(anc) in HEADINGS:
            return True
        if anc is el:
            return False
    return False


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


def _small(el: etree._Element) -> bool:
    """``el`` holds at most ``_MAX_OWN_WORDS`` words, all of them inside its links (a button,
    an icon bar): a box found with words of its own (a copyright line, a count) was grown to
    its size already. (The text read by libxml2's text output: no step per node.)"""
    words = text_content(el).split(None, _MAX_OWN_WORDS + 1)
    if len(words) > _MAX_OWN_WORDS:
        return False
    if not words or tag_of(el) == "a":
        return True
    return sum(len(text_content(a).split()) for a in el.iter("a")) >= len(words)


def _pager_piece(item: object) -> bool:
    """A related block of one untitled link: a piece of a previous/next pager."""
    return isinstance(item, Related) and not item.title and len(item.items) <= 1


def _single(el: etree._Element) -> bool:
    """``el`` is one action: a lone link or button, or a box holding one."""
    if tag_of(el) in ("a", "button"):
        return True
    return len(list(islice(chain(el.iter("a"), el.iter("button")), 2))) == 1
