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

Bars: a lone action (a link, a button) whose parent, or the box one level up, holds beside it
only controls -- buttons and icon links with no words, a phone or mail link, links a script
follows, a toggle's word or two -- and found actions of its kind, is the ask of a bar ("Search
· Contact · Sign in · Request Demo", "1.855… · REQUEST INFO · Hide Nav"): the CTA is the bar,
reported once there (the found actions inside it join it). A worded link to a page or a
worded button (another ask, a menu entry), a found item of another kind, a list, a picture or
a field make the box no bar (``_bar``): two asks side by side are two CTAs.

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
#: How far a lone action looks up for its bar (its parent, or the box one level up).
_BAR_CLIMB = 2
#: Landmark roles a bar never is (a ``<nav>`` of a few asks is one: its tag is allowed).
_BAR_STOP_ROLES = _REGION_ROLES - {"navigation"}
#: The actions of a bar at most ("Search · Contact · Sign in · Request Demo"; more: a menu).
_MAX_BAR_ACTIONS = 5
#: The words of one of a bar's actions at most (a button's label).
_MAX_BAR_LABEL = 4
#: The words outside a bar's actions at most (a toggle's "Hide Nav", a drop-down's title).
_MAX_BAR_LOOSE = 4
#: The elements of a bar read at most.
_MAX_BAR_NODES = 40
#: The children of a box holding a bar's one action at most (its wrapper: a link and an icon).
_BAR_BOX_CHILDREN = 2
#: Elements that are actions in a bar.
_BAR_ACTIONS = frozenset({"a", "button"})
#: Input types that are actions.
_BAR_INPUTS = frozenset({"submit", "button"})
#: What no bar of asks holds: a list (a menu), a picture, a form, a table, a region.
_NOT_IN_BAR = frozenset({
    "ul", "ol", "dl", "img", "picture", "video", "audio", "iframe", "embed", "object", "canvas",
    "form", "select", "textarea", "table", "nav", "section", "article",
})
#: A picture inside an action (a logo, a card's image): no button of a bar.
_BAR_PICTURES = ("img", "picture", "video")
#: Link targets of a control (a phone or mail link, a script) rather than a page.
_BAR_HREF_CONTROLS = frozenset({"tel:", "mail", "java"})


def grown_boxes(found: Sequence[Found], body_line: Collection[etree._Element],
                body_all: Collection[etree._Element]) -> list[Found]:
    """``found`` with each small CTA reported at its outermost box and pieces joined (module doc).
    ``body_line``: the article's containers and their ancestors; ``body_all``: its blocks."""
    held: set[etree._Element] | None = None  # (the found elements: no plain child holds one)
    out: list[Found | None] | None = None
    tops: dict[int, etree._Element] = {}
    bars: dict[int, etree._Element] = {}
    asks: dict[etree._Element, str] | None = None
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
        moved = top is not el and _small(el)  # (measured only when it would move)
        cand = top if moved else el
        if (tag_of(cand) in _BAR_ACTIONS or len(cand) <= _BAR_BOX_CHILDREN) and _single(cand) and (bar := _bar(
                cand, item.kind, asks if asks is not None else (asks := _asks(found)), held, body_line, body_all)) is not None:
            if out is None:
                out = list(found)
            out[i] = Found(_outer((bar,), held, body_line, body_all), item)
            bars[i] = bar
        elif moved:
            if out is None:
                out = list(found)
            out[i] = Found(top, item)
            tops[i] = top
        elif tag_of(el) in ("a", "button"):
            tops[i] = el  # (a lone action: maybe one of a bar's pieces)
    if bars and out is not None:
        _join_bars(found, out, tops, bars)
    if len(tops) < 2:
        return list(found) if out is None else [f for f in out if f is not None]
    if held is None:
        held = {g.report if g.report is not None else g.element for g in found}
    if out is None:
        out = list(found)
    _join_pieces(found, out, tops, held, body_line, body_all)
    return [f for f in out if f is not None]


def _join_bars(found: Sequence[Found], out: list[Found | None], tops: dict[int, etree._Element],
               bars: dict[int, etree._Element]) -> None:
    """The other found actions inside a bar join the bar's item (reported once, at the bar)."""
    for i, bar in bars.items():
        if out[i] is None:
            continue  # (itself joined into an earlier bar)
        for j, f in enumerate(found):
            if j != i and out[j] is not None and type(f.item) is CallToAction and f.item.kind == found[i].item.kind \
                    and (f.element is bar or bar in f.element.iterancestors()):
                out[j] = None
                tops.pop(j, None)


def _asks(found: Sequence[Found]) -> dict[etree._Element, str]:
    """The found items' elements and their CTA kinds ("" for another item): inside a bar,
    another kind is an ask of its own."""
    asks = {f.element: f.item.kind if type(f.item) is CallToAction else "" for f in found}
    asks.update((f.report, "") for f in found if f.report is not None)
    return asks


def _bar(el: etree._Element, kind: str, asks: dict[etree._Element, str], held: set[etree._Element],
         body_line: Collection[etree._Element], body_all: Collection[etree._Element]) -> etree._Element | None:
    """The bar of asks ``el`` (one action of ``kind``, found alone: ``_single``, and ``_small``)
    is a button of (module doc): its parent or the box one level up, the first of them holding
    another action; else None. ``asks``: ``_asks`` of the found items."""
    for parent in islice(el.iterancestors(), _BAR_CLIMB):
        tag = tag_of(parent)
        if parent in body_line or parent in body_all or parent in held \
                or (tag in _REGIONS and tag != "nav") or parent.get("role") in _BAR_STOP_ROLES:
            return None
        state = [0, _words(parent.text), 0]  # (actions, loose words, elements read)
        if not _bar_read(parent, kind, asks, state) or state[1] > _MAX_BAR_LOOSE or state[0] > _MAX_BAR_ACTIONS:
            return None
        if state[0] >= 2:
            return parent if _small(el) else None  # (measured last: few lone actions stand in a bar)
    return None


def _bar_read(box: etree._Element, kind: str, asks: dict[etree._Element, str], state: list[int]) -> bool:
    """Reads the children of ``box`` into ``state`` (``_bar``); False at what no bar of asks of
    ``kind`` holds: a list, a picture, a field, another ask, too many elements."""
    for d in box:
        if not isinstance(d.tag, str):
            continue
        state[1] += _words(d.tail)
        state[2] += 1
        tag = tag_of(d)
        if state[2] > _MAX_BAR_NODES or tag in _NOT_IN_BAR:
            return False
        if tag == "svg" or tag in INVISIBLE:
            continue  # (an icon; a script)
        if tag == "input" and d.get("type") not in _BAR_INPUTS:
            if d.get("type") == "hidden":
                continue
            return False  # (a field: a form's row)
        found = asks.get(d)
        if found is not None:
            if found != kind or not _single(d):
                return False  # (another found item: an ask or a widget of its own)
            state[0] += 1
            continue
        if tag in _BAR_ACTIONS or d.get("role") == "button" or tag == "input":
            state[0] += 1
            if not _bar_control(d, tag):
                return False
            continue
        state[1] += _words(d.text)
        if not _bar_read(d, kind, asks, state):
            return False
    return True


def _bar_control(a: etree._Element, tag: str) -> bool:
    """An action beside a bar's ask that is no ask of its own: a control or a link with no
    words (a search or menu button, an icon link: contact, sign-in), a phone or mail link, a
    link a script follows; no picture. A worded link to a page or a worded button is another
    ask or a menu entry."""
    if next(a.iter(*_BAR_PICTURES), None) is not None:
        return False
    label = sum(map(_words, a.itertext()))
    if label > _MAX_BAR_LABEL:
        return False
    if tag != "a":
        return not label
    href = (a.get("href") or "").strip()
    if href == "/":
        return False  # (the site's home: a logo or a menu)
    return not label or not href or href[:1] == "#" or href[:4].lower() in _BAR_HREF_CONTROLS


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
