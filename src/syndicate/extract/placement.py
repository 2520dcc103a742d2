"""Ids, locators and positions of the chrome items once the body is known.

All items — body blocks, ads, related blocks, CTAs — are numbered in ONE document order (the
order of ``root.iter()``), so an item in a subtree the body walk skipped (hidden, navigation)
is still placed by where it stands, not by a second numbering.

Placement (``positions.place`` does before/inline/after):

* an item standing between the first and the last body block inside the article's own
  container is ``inline`` (an ``<aside>`` card in the text included);
* an item in a page region — header, navigation, footer, sidebar, rail, sticky bar, modal
  (by tag or class/id token) — below the article's line of ancestors is ``outside``;
* an item beside the article inside its wrapper is ``outside`` when its branch is a column
  of its own — named so, or a grid column that stands beside the article's column (their
  widths add up to a row at most), or the row's last part built like the article's
  column and holding only small boxes of links, or the last column of a row of columns
  ("wp-block-column", "vc_column") next to the article's, whatever it holds — else
  ``before``/``after`` by document order. A grid column wide enough to be the page's main
  column is no side region, whatever its name;
* an item beyond the page's own header or footer in the article's row (``page_parts``: a
  slot after the footer, a bar above the header) is ``outside``; items between the text and
  one short closing line that is no line of the text ("Comments are closed."), or one box of
  its last blocks apart from the text (an author box), are ``after``;
* a part beside the article's column named by a side word alone ("secondary", "aside")
  holding the item is a side column: ``outside``;
* inside the article's container, a part beside the column holding the text (``text_columns``)
  is ``outside``; so is a fixed/sticky box (``floating``), and a page "foot" / "pied";
* a related block or call to action in the article's own ``<aside>`` or footer is placed by
  order: inside the ``<article>`` holding the text, or an ``<aside>`` of ``<main>`` after the
  text (no ``<aside>`` before the text beside it, no side-named box around it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter

from lxml import etree

from ..memo import memo
from ..model import AdSlot, Block, CallToAction, Heading, ImageBlock, Position
from ..positions import IdAllocator, place
from .ad_place import beside_page
from .chrome_util import page_attributes, tag_of, text_content, words
from .close_controls import closable as _closable  # (``closable`` names a cache in _is_outside)
from .floating import floating
from .own_parts import article_part, in_article, in_main, nav_hint, outside_hint, part_named
from .page_parts import beyond_page_ends, tail_items
from .rules import grid_columns as grid
from .rules import regions as layout
from .rules import side_columns
from .rules.chrome_patterns import literal_search
from .text_columns import TextColumn

_OUTSIDE_TAGS = frozenset({"header", "nav", "footer", "aside"})
def arrange(
    order: dict[etree._Element, int],
    blocks: Sequence[tuple[Block, float]],
    found: Sequence[tuple[etree._Element, object]],
    containers: Sequence[etree._Element],
    locate: Callable[[etree._Element], str],
    ids: IdAllocator,
) -> tuple[list, list, list]:
    """Give every chrome item in ``found`` (element, item) an id, a locator and a position
    relative to ``blocks`` (body block, its position in ``order``); returns (ads, related, ctas)
    in document order. ``order`` numbers the elements the body walk visited in document order
    (a skipped subtree's root, not its inside): an element inside a skipped subtree stands
    where that root stands."""
    article = _common_ancestor(containers)
    first = min((p for _, p in blocks), default=None)
    last = max((p for _, p in blocks), default=None)
    sequence: list[tuple[float, int, object]] = [(p, 1, b) for b, p in blocks]
    outside: set[int] = set()
    article_line: dict[etree._Element, etree._Element | None] = {}  # ancestor -> its child on the line
    if article is not None:
        article_line[article] = None
        child = article
        for anc in article.iterancestors():
            article_line[anc] = child
            child = anc
    sides: dict[etree._Element, bool] = {}
    # (items share ancestors and branches: what an ancestor says is worked out once)
    facts: dict[etree._Element, tuple[bool, bool, bool, bool, bool]] = {}
    closable: dict[etree._Element, bool] = {}
    column = TextColumn(order, article, blocks)
    for el, item in found:
        pos = order_of(el, order)
        sequence.append((pos, 0, item))
        kind = type(item).__name__
        if _is_outside(el, article, article_line, pos, first, last, kind == "Related", sides,
                       facts, closable, order, containers, column, cta=kind == "CallToAction"):
            outside.add(id(item))
        elif isinstance(item, AdSlot) and beside_page(el, item) and not _in_run(el, article, pos, first, last):
            outside.add(id(item))  # a gutter/skin/skyscraper format: beside the page (ad_place.py)
    sequence.sort(key=itemgetter(0, 1))  # (position, then an item before a block: keys made in C)
    ads: list = []
    related: list = []
    ctas: list = []
    prefix = {"AdSlot": ("ad", ads), "Related": ("rel", related), "CallToAction": ("cta", ctas)}
    for _, kind, obj in sequence:
        if kind == 0:
            p, bucket = prefix[type(obj).__name__]
            obj.id = ids(p)  # type: ignore[attr-defined]
            bucket.append(obj)
    for el, item in found:
        item.locator = locate(el)  # type: ignore[attr-defined]
    objs = [obj for _, _, obj in sequence]
    place(objs, outside=frozenset(outside))  # type: ignore[arg-type]
    _lead_ctas(objs)
    tail_items(sequence, order)
    return ads, related, ctas


def _lead_ctas(sequence: Sequence[object]) -> None:
    """A CTA standing after the article's lead only and before its text is ``before`` the
    text, not inside it (a share bar under the byline). The lead: the headline and hero
    images; for a share/follow bar also up to ``LEAD_BLOCKS`` short lines (a standfirst, a
    "6 min read" line: ``LEAD_CHARS`` in all). So is an ad slot after the headline and hero
    images only, unless it stands inside the lead's last block (a slot in the first figure)."""
    chars = n = 0
    plain = True  # (only headings and images so far)
    lead = ""  # (the locator of the lead's last block)
    for obj in sequence:
        if isinstance(obj, Block):
            if isinstance(obj, (Heading, ImageBlock)):
                lead = obj.locator
                continue
            plain = False
            n += 1
            chars += len(obj.plain_text())
            if n > layout.LEAD_BLOCKS or chars > layout.LEAD_CHARS:
                return
        elif isinstance(obj, CallToAction) and obj.position.placement == "inline" and (
                plain or obj.kind in ("share", "follow")):
            obj.position = Position("before", None)
        elif plain and isinstance(obj, AdSlot) and obj.position.placement == "inline" and not (
                lead and obj.locator.startswith(lead + "/")):
            obj.position = Position("before", None)  # (a slot under the lead, not in its figure)


def order_of(el: etree._Element, order: dict[etree._Element, int]) -> float:
    """``el``'s place in the one document ``order`` of the page's blocks and items."""
    pos = order.get(el)
    if pos is not None:
        return float(pos)
    for anc in el.iterancestors():
        pos = order.get(anc)
        if pos is not None:
            return pos + 0.25  # inside a skipped subtree: after its root, before what follows
    return 0.0


def _in_run(el: etree._Element, article: etree._Element | None, pos: float, first: float | None,
            last: float | None) -> bool:
    """``el`` stands between two body blocks inside the article's container."""
    return first is not None and last is not None and first < pos < last and any(
        a is article for a in el.iterancestors())


def _common_ancestor(containers: Sequence[etree._Element]) -> etree._Element | None:
    if not containers:
        return None
    if len(containers) == 1:
        return containers[0]
    return containers[0].getparent()


def _is_outside(
    el: etree._Element, article: etree._Element | None,
    article_line: dict[etree._Element, etree._Element | None],
    pos: float, first: float | None, last: float | None, related: bool = False,
    sides: dict[etree._Element, bool] | None = None,
    facts: dict[etree._Element, tuple[bool, bool, bool, bool, bool]] | None = None,
    closable: dict[etree._Element, bool] | None = None,
    order: dict[etree._Element, int] | None = None,
    containers: Sequence[etree._Element] = (),
    column: TextColumn | None = None,
    cta: bool = False,
) -> bool:
    """Page chrome away from the article (header, sidebar, footer) rather than around it.
    A related block's own ``<nav>`` (previous/next post links) is no page region, nor is,
    for a ``related`` block or a ``cta`` (call to action), an ``<article>``'s own
    ``<aside>``/footer holding nothing but it, or, for a call to action below the text,
    holding it among the article's other parts (``order``: the elements' document order, to
    tell that the ``<article>`` holds the text); so is an ``<aside>`` of ``<main>`` standing
    after the text, the text in no ``<article>`` (``_own_in_main``)."""
    if article is None:
        return True
    if sides is None:
        sides = {}  # (a branch -> whether it is an unnamed side column: items share branches)
    if facts is None:
        facts = {}
    if closable is None:
        closable = {}
    within_run = first is not None and last is not None and first < pos < last
    node: etree._Element | None = el
    region = False  # an ancestor is a page region
    itself = False  # the element itself is named or tagged as one (an <aside> card)
    branch = el  # the item's ancestor that is a sibling of the article's line
    wide = False  # a grid column as wide as a main column lies on the way up
    parts = True  # every region on the way up is an <aside> or a footer (tag or name)
    story: etree._Element | None = None  # an <article> on the way up
    outer: tuple[etree._Element, bool, bool] | None = None  # the outermost region on the way up
    while node is not None and node not in article_line:
        known = facts.get(node)
        if known is None:
            known = facts[node] = _node_facts(node)
        by_tag, by_hint, side_loose, main, is_nav = known
        # Previous/next post links sit in a <nav> of their own: no page region for a related block.
        nav = related and (is_nav or nav_hint(node))
        # A rail layout's container ("RightRailContainer") holds the main column too: a side
        # name above a main-width column names no side region.
        if not wide:
            wide = main
        hint = by_hint and not (wide and side_loose)
        if not nav and (by_tag or hint):
            if node is el:
                itself = True
            else:
                region = True
            outer = (node, by_tag, hint)
            if parts and (related or cta) and not (article_part(node, by_tag, hint) and (node is el or _LINKS(node) == _LINKS(el))):
                parts = False  # (an aside of several boxes, "Most popular" and "Trending": a side column)
        if story is None and node.tag == "article":
            story = node
        branch = node
        node = node.getparent()
    if cta and not parts and outer is not None:
        # (a call to action may share the article's own region with other parts, a share
        # bar with the tags: below the text, the outermost region on the way up says whose
        # part it is; before the text, a region of more than the item is a side column of
        # a page wrapped in an <article>)
        parts = first is not None and pos > first and article_part(*outer)
    if (related or cta) and (region or itself) and parts and node is not None and (
            in_article(node) or _holds_text(story, order, first, pos)
            or (last is not None and pos > last and outer is not None
                and _own_in_main(node, outer[0], order, first))):
        region = itself = False  # the article's own aside or footer (its "More in" list): by order
    if node is article and not (region or itself) and column is not None and column.beside(el, _beside_text):
        return True  # (a column of the article's own row beside the column holding the text)
    if within_run and not region and (node is article or itself):
        return False  # between two body blocks, in the article column: inline, even an <aside>
    if region or itself:
        return True
    if node is article:
        return False
    # A column beside the article's column (a sidebar written as a grid column), or a small
    # closable box (a modal, an exit-intent pop-up, a sticky button): outside.
    if node is not None:
        if _beside(article_line[node], branch, containers):
            return True
        if branch is not el and _side_part(article_line[node], branch):
            return True
        shut = closable.get(branch)
        if shut is None:
            shut = closable[branch] = _closable(branch)
        if shut:
            return True
        if floating(el, branch):
            return True
    if node is not None:
        side = sides.get(branch)
        if side is None:
            column = article_line[node]
            side = sides[branch] = (_side_stack(column, branch) or _side_column(column, branch)
                                    or beyond_page_ends(column, branch))
        if side:
            return True
    # Standing right below <body>, off the article's branch (an out-of-page slot, a skin, a
    # modal, a sticky button): page chrome.
    if _near_body(el, article_line):
        return True
    # Beside or below the article but in no page region: before/after by document order.
    return node is None


def _own_in_main(node: etree._Element, outer: etree._Element,
                 order: dict[etree._Element, int] | None, first: float | None) -> bool:
    """``outer``, an item's outermost region standing after the text below ``node`` (on the
    article's line), is an ``<aside>`` of the page's main content (``<main>``, the text in no
    ``<article>``): the article's own ("Recent posts", a subscribe line), unless an ``<aside>``
    beside it stands before the text (a row of three columns: a side column either side of
    the text) or a box between it and ``node`` is named a side column
    ("section-content--secondary")."""
    if tag_of(outer) != "aside" or not in_main(node):
        return False
    if order is not None and first is not None and any(
            tag_of(s) == "aside" and order_of(s, order) < first for s in outer.itersiblings(preceding=True)):
        return False
    page = page_attributes()
    box = outer.getparent()
    while box is not None and box is not node:
        cls = page.classes[box]
        if cls and _side_named(cls, loose=True):
            return False
        box = box.getparent()
    return True


def _beside_text(column: etree._Element, other: etree._Element, itself: bool) -> bool:
    """``other`` is a column beside ``column``, the part of the article's container holding
    the text's column: a side column by name or grid width, the last of a row of columns, a
    part holding the item (not the item ``itself``) named by a side word alone (no page state:
    "has-sidebar-option") and holding no main column ("l-sidebar-fixed" > "l-col__main": a
    layout named for its side column), or
    another cell of the table row. (A side name alone, "left", may be a float's: no column's.)"""
    return (_beside(column, other, by_side=False) or _side_column(column, other)
            or (not itself and _side_part(column, other) and not _side_state(
                f"{other.get(b'class') or ''} {other.get(b'id') or ''}") and not any(_main_column(c) for c in other))
            or (tag_of(column) in ("td", "th") and tag_of(other) in ("td", "th")))


@memo(4096)
def _side_state(hint: str) -> bool:
    """A class/id string whose side word names a state of the page ("has-sidebar-option")."""
    return any(layout.STATE_WORDS.intersection(ws) and grid.SIDE_COLUMN_WORDS.intersection(ws)
               for ws in (words(n) for n in hint.split()))


def _main_column(el: etree._Element) -> bool:
    """``el`` is a grid column as wide as a main column, or named the main one."""
    cls = el.get(b"class") if type(el.tag) is str else None
    if not cls:
        return False
    widths = _grid(cls)
    return (bool(widths) and _widest(widths) >= grid.MAIN_COLUMN_UNITS) or _main_name(cls)


_LINKS = etree.XPath("count(.//a[@href])")


def _holds_text(story: etree._Element | None, order: dict[etree._Element, int] | None,
                first: float | None, pos: float) -> bool:
    """``story`` (an ``<article>`` holding the item at ``pos``) begins before the text's first
    block and the item stands after it: it holds the text (a subtree is one run of the
    document order)."""
    if story is None or order is None or first is None or pos <= first:
        return False
    start = order.get(story)
    return start is not None and start <= first


def _node_facts(node: etree._Element) -> tuple[bool, bool, bool, bool, bool]:
    """What ``node`` says as an ancestor of an item: (a region by its tag, a region by its
    class/id, a side word alone in its class, a main-width grid column, a ``<nav>``)."""
    tag = tag_of(node)
    parent = node.getparent()
    # An <article>'s own header/footer is around it, and so is one inside <main> (the page's
    # main content, a page without <article>); sidebars are still told by what is above.
    own = tag in ("header", "footer") and parent is not None and (in_article(parent) or in_main(parent))
    page = page_attributes()  # (the page's names, a look-up: for the hint, the grid width and the main name)
    cls, eid = page.classes[node], page.ids[node]
    by_hint = bool(cls or eid) and outside_hint(f"{cls or ''} {eid or ''}")
    if by_hint and parent is not None and part_named(f"{cls or ''} {eid or ''}") and in_article(parent):
        by_hint = False  # (an <article>'s own header/footer by name: "news-header", "headerShare")
    side_loose = by_hint and _side_named(cls or "", loose=True)
    if cls:
        widths = _grid(cls)
        main = (bool(widths) and _widest(widths) >= grid.MAIN_COLUMN_UNITS) or _main_name(cls)
    else:
        main = False
    return tag in _OUTSIDE_TAGS and not own, by_hint, side_loose, main, tag == "nav"


def _near_body(el: etree._Element, article_line: dict[etree._Element, etree._Element | None]) -> bool:
    node: etree._Element | None = el
    for _ in range(_NEAR_BODY):
        parent = node.getparent() if node is not None else None
        if parent is None:
            return False
        if tag_of(parent) == "body":
            return node not in article_line
        node = parent
    return False


#: How many levels below <body> an item off the article's branch counts as page chrome.
_NEAR_BODY = 1


def _beside(column: etree._Element | None, other: etree._Element,
            containers: Sequence[etree._Element] = (), by_side: bool = True) -> bool:
    """``other`` is a layout column standing beside ``column`` (its sibling): named a side
    column, or named by its side ("content-right", "#left") and holding none of the text's
    ``containers`` (``by_side``), or both grid columns whose widths fit in one row."""
    if column is None:
        return False
    cls = other.get(b"class")
    eid = other.get(b"id")
    if by_side and (cls or eid) and _side_of_page(f"{cls or ''} {eid or ''}") and not any(
            other is c or any(a is other for a in c.iterancestors()) for c in containers):
        return True  # (a lead above the columns and the text in the left one: no side column)
    if not cls:
        return False
    if _side_named(cls):
        return True
    mine = column.get("class")
    if not mine:
        return False
    a, b = _grid(mine), _grid(cls)
    if not a or not b:
        return False
    common = [bp for bp in grid.GRID_BREAKPOINTS if bp in a and bp in b]
    if common:
        return a[common[-1]] + b[common[-1]] <= grid.GRID_UNITS
    return _widest(a) + _widest(b) <= grid.GRID_UNITS


def _side_part(column: etree._Element | None, other: etree._Element) -> bool:
    """``other``, a part beside the article's ``column`` holding the item (not the item
    itself), is a side column by its name alone: a side word with no column word
    ("secondary", "aside", "rail": WordPress's ``#secondary``), holding at most
    1/``SIDE_TEXT_SHARE`` of the column's text (a page whose text was found in a small part
    beside a big one is no side column)."""
    if column is None:
        return False
    cls = other.get(b"class")
    eid = other.get(b"id")
    if not (cls or eid) or not _side_named(f"{cls or ''} {eid or ''}", loose=True):
        return False
    return len(text_content(other)) * grid.SIDE_TEXT_SHARE <= len(text_content(column))


@memo(4096)
def _side_of_page(hint: str) -> bool:
    """A class/id string naming a column by its side ("content-right", "teaserRight",
    "rightcol"): a side word with no style word in the same name (no "text-right")."""
    if _SIDE_VOCABULARY(hint.lower()) is None:
        return False
    for name in hint.split():
        if name[-1].isdigit() or "[" in name:
            continue  # a positioning utility ("left-0", "right-[.5rem]")
        ws = words(name)
        if len(ws) == 1 and ws[0] in side_columns.SIDE_COMPOUNDS:
            return True
        if side_columns.SIDE_WORDS.intersection(ws) and not side_columns.STYLE_WORDS.intersection(ws) \
                and not layout.STATE_WORDS.intersection(ws):
            return True
    return False


#: Every side word and compound holds one of these: one search rules out most strings.
_SIDE_VOCABULARY = literal_search(sorted(side_columns.SIDE_WORDS)).search


def _side_stack(column: etree._Element | None, other: etree._Element) -> bool:
    """``other`` is a side column written without a width or a side name: the last part of
    the article's row, after the article's column and built as the same kind of part (a class
    name they share: "section", "columns", "et_pb_column"), holding a stack of small boxes,
    most with links (related lists, "most read", a follow box), no running text and at most
    half the column's text. (A band below the article is another kind of part, or followed
    by more of the row: comments, a footer.)"""
    mine, cls = (column.get("class"), other.get("class")) if column is not None else (None, None)
    if not mine or not cls or other.getparent() is not column.getparent():  # type: ignore[union-attr]
        return False
    # (the last part of the row: so after the column, which holds the article)
    if not set(mine.split()) & set(cls.split()) or _next_part(other) is not None:
        return False
    boxes = []
    linked = 0
    for part in _parts(other):
        n = len("".join(_TEXTS(part)).strip())
        if n > grid.MAX_SIDE_BOX_TEXT:
            return False
        if n:
            boxes.append(n)
            linked += bool(_HAS_LINK(part))
    if len(boxes) < grid.MIN_SIDE_BOXES:
        return False
    if linked * 3 < len(boxes) * 2 or _RUNNING_TEXT(other):
        return False
    return sum(boxes) * grid.SIDE_TEXT_SHARE <= len(text_content(column))


def _side_column(column: etree._Element | None, other: etree._Element) -> bool:
    """``other`` is the last column of a row of columns, next to the article's column: the
    two share a class name that says column ("elementor-column", "wp-block-column",
    "vc_column"), so the row lays them side by side; ``other`` holds at most
    1/``SIDE_TEXT_SHARE`` of the column's text (a sticky aside, a lead-form or rail column,
    an empty ad rail), whatever its boxes. (Widths that add up to more than a row: the second
    wraps under the first, no side column.)"""
    mine, cls = (column.get("class"), other.get("class")) if column is not None else (None, None)
    if not mine or not cls or other.getparent() is not column.getparent():  # type: ignore[union-attr]
        return False
    shared = set(mine.split()) & set(cls.split())
    if not shared or not any(grid.COLUMN_WORDS.intersection(words(n)) for n in shared):
        return False
    if _next_part(other) is not None or _next_part(column) is not other:  # type: ignore[arg-type]
        return False  # (a part after a side column: a band under both)
    a, b = _grid(mine), _grid(cls)
    if a and (_widest(a) >= grid.GRID_UNITS or (b and _widest(a) + _widest(b) > grid.GRID_UNITS)):
        return False
    return len(text_content(other)) * grid.SIDE_TEXT_SHARE <= len(text_content(column))  # type: ignore[arg-type]


def _parts(el: etree._Element) -> list[etree._Element]:
    """``el``'s element children that can be boxes (no script, style or bare heading)."""
    return [c for c in el if type(c.tag) is str and c.tag not in _NO_BOX]


def _next_part(el: etree._Element) -> etree._Element | None:
    nxt = el.getnext()
    while nxt is not None and (type(nxt.tag) is not str or nxt.tag in _NO_BOX):
        nxt = nxt.getnext()
    return nxt


_NO_BOX = frozenset({
    "script", "style", "noscript", "template", "link", "meta", "h1", "h2", "h3", "h4", "h5", "h6"})
_HAS_LINK = etree.XPath("boolean(.//a[@href])")
#: A paragraph of running text, or a comment form: the article's own flow, no side column.
_RUNNING_TEXT = etree.XPath(
    f"boolean(.//p[string-length(normalize-space(.)) > {grid.MAX_SIDE_PARAGRAPH}] | .//textarea)")
_TEXTS = etree.XPath(".//text()[not(ancestor::script or ancestor::style)]")


@memo(4096)
def _main_name(cls: str) -> bool:
    if "main" not in cls.lower():
        return False
    for name in cls.split():
        ws = set(words(name))
        if "main" in ws and not ws & grid.NOT_MAIN_WORDS:
            return True
    return False


def _widest(widths: dict[str, int]) -> int:
    return next(widths[bp] for bp in reversed(grid.GRID_BREAKPOINTS) if bp in widths)


@memo(4096)
def _grid(cls: str) -> dict[str, int]:
    """Grid column widths a class string gives, by breakpoint ("" when it names none)."""
    out: dict[str, int] = {}
    # (every width notation ends in a number; ``\d`` is what ``isdecimal`` tests)
    for name in [n for n in cls.split() if n[-1].isdecimal()]:
        m = grid.GRID_WIDTH.match(name)
        if m is None and (m := grid.GRID_SIZE_WIDTH.match(name)) is not None:
            # "large-4 columns": a breakpoint and a width, in a class string that says column.
            if not any(n.lower() in grid.COLUMN_WORDS for n in cls.split()):
                m = None
        if m is not None and 0 < int(m.group(2)) <= grid.GRID_UNITS:
            bp = (m.group(1) or "").lower()
            out[grid.GRID_BREAKPOINT_ALIASES.get(bp, bp)] = int(m.group(2))
            continue
        f = grid.GRID_FRACTION.match(name)
        if f is not None and 0 < int(f.group(2)) < int(f.group(3)) and (
                grid.GRID_UNITS * int(f.group(2))) % int(f.group(3)) == 0:
            out[(f.group(1) or "").lower()] = grid.GRID_UNITS * int(f.group(2)) // int(f.group(3))
    return out


@memo(4096)
def _side_named(cls: str, loose: bool = False) -> bool:
    """A class string naming a side column: a column word and a side word in one name
    ("col-aside", "column-secondary"); ``loose``: a side word alone ("RightRailContainer")."""
    for name in cls.split():
        ws = set(words(name))
        if ws & grid.SIDE_COLUMN_WORDS and (loose or ws & grid.COLUMN_WORDS):
            return True
    return False
