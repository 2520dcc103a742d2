"""Small tree helpers shared by the chrome detectors (ads, related, CTAs)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, islice, repeat
from operator import attrgetter

from lxml import etree

from ..memo import memo
from .rules.chrome_patterns import literal_search

#: Elements whose text is never visible.
INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link"})
#: The script and template elements a box in the page's body may hold: no text shown, no part
#: of its content (a box's children and words are read without them).
NO_TEXT = frozenset({"script", "style", "noscript", "template"})


def lone_descent(node: etree._Element, count: int) -> Iterator[etree._Element]:
    """``node``, then its only child element (scripts and styles aside), then that one's, and
    so on: ``count`` nodes at most, ending at a node with no or several children (the
    wrappers a page builder puts around one widget)."""
    for _ in range(count):
        yield node
        kids = [c for c in node if isinstance(c.tag, str) and c.tag not in NO_TEXT]
        if len(kids) != 1:
            return
        node = kids[0]

#: What separates the words of a class name or id...
_SEPARATORS = re.compile(r"[\s_\-.:/]+")
#: ...and the camelCase step ("boxinlineAd").
_WORD_SPLIT = re.compile(_SEPARATORS.pattern + r"|(?<=[a-z])(?=[A-Z])")
#: A word followed by a number or size ("ad300x250", "ads2"): the word counts.
_NUMBERED = re.compile(r"^([a-z]+)\d[\dx]*$")


def strictly_inside(el: etree._Element, box: etree._Element) -> bool:
    """``box`` is one of ``el``'s ancestors."""
    return any(a is box for a in el.iterancestors())


def overlaps(el: etree._Element, items: AbstractSet[etree._Element]) -> bool:
    """``el`` is one of ``items``, sits inside one or holds one: an item found around it or in
    it (the walks and look-ups in C)."""
    return el in items or not items.isdisjoint(el.iterancestors()) or not items.isdisjoint(el.iterdescendants())


def ancestors_of(elements: Iterable[etree._Element]) -> set[etree._Element]:
    """The ancestors of ``elements`` (the line a found item stands in: no box around it)."""
    line: set[etree._Element] = set()
    for el in elements:
        line.update(el.iterancestors())
    return line


def within(el: etree._Element, items: AbstractSet[etree._Element]) -> bool:
    """``el`` is one of ``items`` or sits inside one (the climb and look-ups in C)."""
    return el in items or not items.isdisjoint(el.iterancestors())


def previous_element(el: etree._Element) -> etree._Element | None:
    """``el``'s previous sibling element, past comments and processing instructions."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev


def tag_of(el: etree._Element) -> str:
    """Lower-case local tag name, or "" for comments and processing instructions."""
    tag = el.tag
    try:
        return _LOWERED[tag]  # (most calls: a tag met before, no string work)
    except KeyError:
        pass
    if type(tag) is not str:  # (lxml's tags are plain str; comments and PIs have a function)
        return ""
    return _lowered_tag(tag)


@memo(8192)
def class_names(value: str) -> tuple[str, ...]:
    """Class names of a class attribute, as written (camelCase kept for ``words``)."""
    return tuple(value.split())


@memo(4096)
def class_design(value: str) -> frozenset[str]:
    """The class names of a class attribute that siblings of one design share: those holding
    a digit, naming one item ("post-58261", "item-3", "col-5"), left out."""
    return frozenset(c for c in class_names(value) if not any(ch.isdigit() for ch in c))


@memo(16384)
def word_splitter(separators: str) -> Callable[[str], list[str]]:
    """A function giving a text's words, split at blanks and at ``separators`` (a path's or
    a file name's words). An ASCII text is translated as bytes, by a table in C:
    ``str.translate`` looks each character up in a dict, four times slower on a path."""
    by_str = str.maketrans({c: " " for c in separators})
    by_bytes = bytes.maketrans(separators.encode(), b" " * len(separators.encode()))

    def split_words(text: str) -> list[str]:
        if text.isascii():
            return text.encode().translate(by_bytes).decode().split()
        return text.translate(by_str).split()

    return split_words


#: The words of a URL or a part of it (a link's target path, a form's action), split at blanks
#: and at the characters that separate a path's, a query's and a slug's pieces.
url_words = word_splitter("/-_.+=&?%,;:~!")


@memo(16384)
def words(name: str) -> tuple[str, ...]:
    """A class name or id split into lower-case words at -, _ and camelCase, a trailing
    number dropped: "boxinlineAd" -> ("boxinline", "ad"); "td-a-rec" -> ("td", "a", "rec");
    "ad300x250" -> ("ad",). Hash-like names ("css-5ad3f") stay whole: "5ad3f" is no word "ad". Cached: pages repeat
    the same class names."""
    out = []
    # (without a capital there is no camelCase step: the separators alone split it, a
    # pattern the engine skips through instead of trying the lookbehind at every character)
    for w in (_SEPARATORS.split(name) if name.islower() else _WORD_SPLIT.split(name)):
        if not w:
            continue
        w = w.lower()
        m = None if w.isalpha() else _NUMBERED.match(w)  # (it needs a digit)
        out.append(m.group(1) if m else w)
    return tuple(out)


def href_links(el: etree._Element, first: int) -> list[etree._Element]:
    """The links with a target among the first ``first`` ``<a>`` of ``el``'s subtree (``el``
    included): a bounded look, so a region with thousands of links costs no more."""
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    return [a for a in islice(el.iter("a"), first) if hrefs[a]]


#: Each node's ``class`` and ``id`` values and its ``tag``, in the order of the page's node list.
ClassesAndIds = tuple[list["str | None"], list["str | None"], list[object]]


def classes_and_ids(nodes: Sequence[etree._Element]) -> ClassesAndIds:
    """The ``class`` and the ``id`` of each of ``nodes`` (None without one, and for a comment),
    in their order, and their ``tag``: read once for the three walks of the page that read
    them of nearly every element (the chrome pass, the body analysis, the link count), where
    each read is a call into lxml that copies the value out (a tag string made anew, hashed
    anew by each set test). (lxml's own method mapped in C over the list: no Python step
    per node; the element method, so a processing instruction gives None too.)"""
    return (list(map(_GET, nodes, repeat(b"class"))), list(map(_GET, nodes, repeat(b"id"))),
            list(map(_TAG, nodes)))


_GET = etree._Element.get
_TAG = attrgetter("tag")


class _Read(dict):  # type: ignore[type-arg]
    """Element -> the value of one attribute (``name``), as the page's reader read it in C
    for every node at once; an element it does not hold (one made or changed after the
    page's lists were read, one of another tree) is read from lxml, as ``el.get``."""

    __slots__ = ("name",)

    def __init__(self, name: bytes, pairs: Iterable[tuple[etree._Element, str | None]] = ()) -> None:
        super().__init__(pairs)
        self.name = name

    def __missing__(self, el: etree._Element) -> str | None:
        return el.get(self.name)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class PageAttributes:
    """The ``class`` and the ``id`` of every element of the page being read, as ``el.get``
    reads them (``page.classes[el]``): a dict look-up instead of a call into lxml that
    copies the value out into a new string, for the walks that read the same element's
    names again and again (half of a page's attribute reads are such repeats).
    ``page_attributes()`` gives the one of the page read now."""

    classes: _Read
    ids: _Read
    #: ...and the ``href`` of its links (``<a>``: any other element's is read from lxml).
    hrefs: _Read
    #: The text of each of its elements with children asked so far (``page_text``): half
    #: the texts the stages ask for are asked again, of the same box by another rule, each
    #: a serialiser set up and the text copied out anew. None: nothing read, no table.
    texts: dict[etree._Element, str] | None = None
    #: ``norm`` of each long text asked so far (a box's text is asked again by the rules
    #: judging its wrappers, its parts and itself). None: nothing read, no table.
    norms: dict[str, str] | None = None
    #: ``text_stats`` of each of its elements measured so far, the last read kept (a whole
    #: one before a cut one): the detectors of the chrome and region passes measure the same
    #: boxes again, each with its own bound. None: nothing read, no table.
    stats: dict[etree._Element, TextStats] | None = None


#: Nothing read: every value asked read from lxml (outside a page's reading, as in tests).
_UNREAD = PageAttributes(_Read(b"class"), _Read(b"id"), _Read(b"href"))
#: The page being read in this thread (or task): set by ``reading_page``.
_PAGE: ContextVar[PageAttributes] = ContextVar("syndicate_page_attributes", default=_UNREAD)
#: ``page_attributes``: the lookups of the page read now, reached without an argument
#: threaded through every reader's signature (a context variable: each thread its own page).
page_attributes = _PAGE.get
_LINK_TAG = frozenset({"a"})


@contextmanager
def reading_page(nodes: Sequence[etree._Element], names: ClassesAndIds) -> Iterator[PageAttributes]:
    """``page_attributes()`` gives the page's lookups while the block runs: ``nodes`` (the
    page's node list) and their ``names`` (``classes_and_ids``), and its links' ``href``,
    read here in C. The page must not change meanwhile (its reader never changes it)."""
    links = list(compress(nodes, map(_LINK_TAG.__contains__, names[2])))
    classes, ids = _Read(b"class"), _Read(b"id")
    # (both filled in one loop, an entry at a time: a dict made from pairs reads each pair
    # back out of its tuple, and the nodes are walked once, not twice)
    for el, cls, ident in zip(nodes, names[0], names[1], strict=True):
        classes[el] = cls
        ids[el] = ident
    attributes = PageAttributes(classes, ids,
                                _Read(b"href", zip(links, map(_GET, links, repeat(b"href")), strict=True)),
                                {}, {}, {})
    token = _PAGE.set(attributes)
    try:
        yield attributes
    finally:
        _PAGE.reset(token)


def text_content(el: etree._Element) -> str:
    """``el.text_content()``; an element without children (most links, headings, buttons)
    gives its own text, one with children libxml2's text of the node in one C call (what
    ``readers.tree.PageElement`` reads; lxml.html's method evaluates an XPath for it: the
    same string at twice the cost)."""
    return page_text(el) if len(el) else el.text or ""


def page_text(el: etree._Element) -> str:
    """libxml2's text of ``el`` and its descendants (not its tail); for a node of the page
    being read, kept in the page's table and given again when asked again (the page does
    not change while it is read; an element of another tree is read anew each time)."""
    page = _PAGE.get()
    texts = page.texts
    if texts is not None and (kept := texts.get(el)) is not None:
        return kept
    text: str = _tostring(el, method="text", encoding=str, with_tail=False)
    if texts is not None and el in page.classes:  # (a node of the page's list: ``reading_page``)
        texts[el] = text
    return text


_tostring = etree.tostring


def seen_text(el: etree._Element, unshown: tuple[str, ...] = tuple(NO_TEXT)) -> str:
    """``text_content(el)`` without the text of its ``unshown`` descendants (an inline
    SVG's ``<style>``, a ``<noscript>`` copy, a ``<template>``: a reader never sees them):
    a link's or paragraph's text as its region's character count has it (``shown_text``
    joins the text nodes it keeps with blanks). Callers ask it of a text holding a brace
    (CSS and scripts have them): the text is rebuilt only when such an element is there."""
    # (not ``visible_text`` on purpose: nodes joined as they stand, uncut: text as characters count it)
    if not len(el):
        return el.text or ""
    text = page_text(el)
    if next(el.iter(*unshown), None) is None:
        return text
    parts: list[str] = [el.text or ""]
    stack = list(reversed(el))
    while stack:
        node = stack.pop()
        if type(node.tag) is str and _tag_name(node.tag) not in unshown:
            parts.append(node.text or "")
            stack.append(_Tail(node.tail))
            stack.extend(reversed(node))
        elif isinstance(node, _Tail):
            parts.append(node.text)
        else:
            parts.append(node.tail or "")  # (a comment's or an unshown element's tail is shown)
    return "".join(parts)


class _Tail:
    """A tail text waiting its turn on ``seen_text``'s stack (after its element's children)."""

    __slots__ = ("text", "tag")

    def __init__(self, text: str | None) -> None:
        self.text = text or ""
        self.tag = None


#: Raw tag -> ``tag_of``'s answer, filled as tags are met (a dict look-up beats the string
#: work on every node); capped against pages inventing tag names. Comments, processing
#: instructions and entities (their ``tag`` is a function) have none.
_LOWERED: dict[object, str] = {etree.Comment: "", etree.ProcessingInstruction: "", etree.Entity: ""}


def _lowered_tag(tag: str) -> str:
    low = tag.rsplit("}", 1)[-1].lower() if "}" in tag else tag.lower()
    if len(_LOWERED) < 4096:
        _LOWERED[tag] = low
    return low


def norm(text: str | None) -> str:
    """Whitespace collapsed and stripped. A long text of the page being read is collapsed
    once and kept in the page's table (one dict look-up, its hash kept by the string, where
    a split makes a string of each word)."""
    if not text:
        return ""
    if len(text) < _NORM_KEPT:
        return collapse(text)
    norms = _PAGE.get().norms
    if norms is None:
        return collapse(text)
    out = norms.get(text)
    if out is None:
        out = norms[text] = collapse(text)
    return out


def collapse(text: str) -> str:
    """``" ".join(text.split())``. A text collapsed already (a block's text, a label read
    before) is given back as it is: no line break, no two blanks in a row, none at either
    end, and printable (``isprintable`` refuses every white space character but the blank),
    tested in C at a few instructions a character, where a split makes a string of each word."""
    if "\n" not in text and "  " not in text and not text.startswith(" ") and not text.endswith(" ") \
            and text.isprintable():
        return text
    return " ".join(text.split())


#: Texts this long or longer are collapsed once per page (``norm``); shorter ones each time.
_NORM_KEPT = 160


def norm_over(text: str, limit: int) -> bool:
    """``len(norm(text)) > limit``, without collapsing the whole of a long text (a wrapper
    holding the article): ``norm`` never lengthens a text, and a prefix's is never longer
    than the whole's (its words are the whole's first ones, the last maybe cut)."""
    if len(text) <= limit:
        return False
    head = text[:4 * limit]
    return len(norm(head)) > limit or (len(head) < len(text) and len(norm(text)) > limit)


@dataclass
class TextStats:
    """Visible text of a subtree: total characters, characters inside links, the longest
    paragraph, links (with hrefs), and whether the scan stopped early (``truncated``);
    ``forms``, the form parts among the nodes scanned, is counted when asked."""

    chars: int = 0
    link_chars: int = 0
    longest_p: int = 0
    links: int = 0
    truncated: bool = False
    #: The subtree scanned and the number of its nodes read (for ``forms``).
    scanned: tuple[etree._Element, int] | None = field(default=None, repr=False, compare=False)

    @property
    def forms(self) -> int:
        """The ``form`` and ``input`` elements among the nodes scanned. (Counted on demand:
        two callers of the many ask it, a test a node saved on every other scan.)"""
        if self.scanned is None:
            return 0
        el, count = self.scanned
        kinds = _TEXT_KINDS
        forms = 0
        for node in islice(el.iter(), count):
            kind = kinds.get(node.tag)
            if (_text_kind(node.tag) if kind is None else kind) == _FORM_PART:
                forms += 1
        return forms


def text_stats(el: etree._Element, max_elements: int = 2000) -> TextStats:
    """Measure the visible text of ``el``'s subtree, scanning at most ``max_elements``. A
    node of the page being read is measured once and its stats given again (the page does
    not change while it is read; callers only read them): a whole subtree's stats, of ``m``
    nodes, are the same for every bound of ``m`` or more, a cut one's only for its own bound."""
    if max_elements < 1:
        return TextStats(truncated=True)
    page = _PAGE.get()
    kept = page.stats
    if kept is not None:
        known = kept.get(el)
        if known is not None:
            bound = known.scanned[1]  # type: ignore[index]
            if bound == max_elements or (bound < max_elements and not known.truncated):
                return known
        stats = _measure(el, max_elements, page.hrefs)
        if el in page.classes and (known is None or known.truncated or not stats.truncated):
            kept[el] = stats  # (a node of the page's list: ``reading_page``)
        return stats
    return _measure(el, max_elements, page.hrefs)


def _measure(el: etree._Element, max_elements: int, hrefs: _Read) -> TextStats:
    """``text_stats``'s walk, ``max_elements`` at least 1; ``hrefs``: the page's link targets."""
    stats = TextStats()
    # (one look-up per node: is its text visible; comments' text is not visible. ``el``
    # itself first: its tail is not its text, no test per node)
    kinds = _TEXT_KINDS
    chars = 0
    kind = kinds.get(el.tag)
    if kind is None:
        kind = _text_kind(el.tag)
    if kind:
        text = el.text
        if text:
            chars += len(text.strip())
    # (the nodes to read listed in C, one more than read to tell a cut subtree: a list's
    # length is the whole subtree's count, its bound, no count kept per node)
    nodes = list(islice(el.iterdescendants(), max_elements))
    truncated = len(nodes) == max_elements
    if truncated:
        nodes.pop()
    unshown = False  # (an element left out met, a script aside: an SVG's title, a style sheet)
    for node in nodes:
        kind = kinds.get(node.tag)
        if kind is None:
            kind = _text_kind(node.tag)
        if kind:
            text = node.text
            if text:
                chars += len(text.strip())
        elif node.text and node.tag != "script" and type(node.tag) is str:
            unshown = True
        tail = node.tail
        if tail:
            chars += len(tail.strip())
    stats.chars = chars
    if truncated:  # (more than ``max_elements`` nodes: the scan stopped)
        stats.truncated, stats.scanned = True, (el, max_elements)
        return stats
    stats.scanned = (el, len(nodes) + 1)  # (the whole subtree: the same stats for any bound as large)
    # (``len(norm(text_content(x)))`` inlined: two calls a link or paragraph saved; the
    # text of one with children read by libxml2's text output, as ``text_content`` does,
    # not lxml.html's XPath method)
    # (text the walk above leaves out, a link's inline SVG ``<style>`` or ``<title>``, is no
    # link text either: read again without it when the walk met such an element, or when
    # the text has a brace, as a script has)
    links = link_chars = longest_p = 0
    for a in el.iter("a"):
        if hrefs[a]:
            links += 1
            text = page_text(a) if len(a) else a.text
            if text:
                if unshown or "{" in text:
                    text = seen_text(a, _UNSHOWN)
                link_chars += len(collapse(text))
    for p in el.iter("p"):
        text = page_text(p) if len(p) else p.text
        if text:
            if unshown or "{" in text:
                text = seen_text(p, _UNSHOWN)
            size = len(collapse(text))
            if size > longest_p:
                longest_p = size
    stats.links, stats.link_chars, stats.longest_p = links, link_chars, longest_p
    return stats


#: The tags whose text ``text_stats`` leaves out (``INVISIBLE``), for ``seen_text``.
_UNSHOWN = tuple(INVISIBLE)
#: ``text_stats``'s kinds of node: text not visible (comments, scripts...), visible, and
#: visible and a form part (``form``, ``input``).
_HIDDEN_NODE, _VISIBLE_NODE, _FORM_PART = 0, 1, 2
#: Raw tag -> its kind, filled as tags are met; capped like ``_LOWERED``.
_TEXT_KINDS: dict[object, int] = {etree.Comment: _HIDDEN_NODE, etree.ProcessingInstruction: _HIDDEN_NODE,
                                  etree.Entity: _HIDDEN_NODE}


def _text_kind(tag: object) -> int:
    if type(tag) is not str:
        return _HIDDEN_NODE
    low = _tag_name(tag)
    kind = (_HIDDEN_NODE if low in INVISIBLE else
            _FORM_PART if low in ("form", "input") else _VISIBLE_NODE)
    if len(_TEXT_KINDS) < 4096:
        _TEXT_KINDS[tag] = kind
    return kind


def _tag_name(tag: str) -> str:
    """``tag_of`` for a raw tag string."""
    low = _LOWERED.get(tag)
    return _lowered_tag(tag) if low is None else low


#: The text nodes of an element outside its scripts, styles and noscripts.
SHOWN_TEXTS = etree.XPath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")
_HIDDEN_TEXT = ("script", "style", "noscript")


def shown_text(el: etree._Element) -> str:
    """``el``'s text without its scripts, styles and noscripts (an ad slot's script in a
    line before a list is no heading); ``el.text_content()`` when it holds none."""
    if next(el.iter(*_HIDDEN_TEXT), None) is None:
        return el.text_content()
    return " ".join(SHOWN_TEXTS(el))


def visible_text(el: etree._Element, limit: int = 2000) -> str:
    """The visible text of ``el`` (scripts and styles left out), whitespace collapsed,
    cut at about ``limit`` characters."""
    out: list[str] = []
    try:
        _visible(el, out, [0, limit])
    except RecursionError:
        pass
    return norm(" ".join(out))[: limit + 100]


def _visible(node: etree._Element, out: list[str], size: list[int]) -> None:
    """``visible_text``'s walk; ``size`` is [characters so far, limit]. (A module function,
    not a closure: a nested function that calls itself is a reference cycle left for the
    garbage collector on every call.)"""
    # (not ``seen_text`` on purpose: nodes joined by blanks, words never run together, cut at a limit)
    if size[0] > size[1]:
        return
    tag = tag_of(node)
    if tag and tag not in INVISIBLE:
        if node.text:
            out.append(node.text)
            size[0] += len(node.text)
        for child in node:
            _visible(child, out, size)
            if child.tail:
                out.append(child.tail)
                size[0] += len(child.tail)


def class_or_id_named(el: etree._Element, vocabulary: frozenset[str]) -> bool:
    """A word of the names of ``el``'s class or id is in ``vocabulary``."""
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    cls, eid = page.classes[el], page.ids[el]
    return bool(cls and _named(cls, vocabulary)) or bool(eid and _named(eid, vocabulary))


def named_near(el: etree._Element, vocabulary: frozenset[str], levels: int) -> bool:
    """``el`` or one of its ``levels`` nearest ancestors is ``class_or_id_named`` by ``vocabulary``
    (a box set apart by a name on it or on the column around it)."""
    node: etree._Element | None = el
    for _ in range(levels + 1):
        if node is None:
            return False
        if class_or_id_named(node, vocabulary):
            return True
        node = node.getparent()
    return False


@memo(16384)
def _named(value: str, vocabulary: frozenset[str]) -> bool:
    """A word of a class/id value's names is in ``vocabulary`` (cached per string; a value
    holding no word of it as text is ruled out by one search)."""
    if _words_search(vocabulary)(value.lower()) is None:
        return False
    return any(w in vocabulary for n in value.split() for w in words(n))


@lru_cache(maxsize=64)  # (one per vocabulary: about fifteen are asked)
def _words_search(vocabulary: frozenset[str]) -> Callable[[str], object]:
    return literal_search(sorted(vocabulary)).search
