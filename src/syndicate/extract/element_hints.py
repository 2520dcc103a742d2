"""What one element's own markup says to the body pass: its tag and class/id strings,
whether the markup hides it, marks it as chrome (class/id words, element type), as a side
column or as an overlay, and how its class/id weighs its score.

The words are data in ``rules/boilerplate.py``; ``content.analyse`` asks these questions
of every element in its one walk (some of them inlined there), the body and region modules
of single elements.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from ..memo import memo
from .chrome_util import page_attributes
from .classtokens import matcher
from .rules import boilerplate as rules
from .rules.chrome_patterns import literal_search

# (attribute names are given to lxml as bytes, ``el.get(b"class")``: a str name is encoded
# anew on every look-up; the value comes back as str all the same)
#: Class/id tokens of page chrome (Readability's unlikely candidates): ``UNLIKELY.match``.
UNLIKELY = matcher(rules.UNLIKELY)
#: Class/id words that may name the content all the same (what spares a chrome match).
MAYBE = re.compile(rules.MAYBE)
_POSITIVE = re.compile(rules.POSITIVE)
_HIDDEN = re.compile(rules.HIDDEN_STYLE, re.I)
_HIDDEN_CLASSES = frozenset(rules.HIDDEN_CLASSES)
_REVEAL = re.compile(rules.REVEAL_CLASS)
_SIDEBAR = re.compile(rules.SIDEBAR)
_SIDEBAR_KEEP = re.compile(rules.SIDEBAR_KEEP)

#: Elements that may never be skipped as chrome by their class/id: the page or article itself.
NEVER_UNLIKELY = frozenset({"html", "body", "article", "main"})
#: The heading elements.
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def tag_of(el: etree._Element) -> str | None:
    """Lower-case tag name of an element, None for comments and processing instructions.
    (libxml2's HTML parser, which builds every tree read here, gives names in lower case.)"""
    tag = el.tag
    return tag if type(tag) is str else None


def raw_hints(el: etree._Element) -> str:
    """``class`` and ``id`` as written, in one string, for the token matchers."""
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    cls, ident = page.classes[el], page.ids[el]
    if cls is None and ident is None:
        return ""
    return f"{cls or ''} {ident or ''}"


def hints(el: etree._Element) -> str:
    """``class`` and ``id`` lower-cased in one string, for the class/id patterns."""
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    cls, ident = page.classes[el], page.ids[el]
    if cls is None and ident is None:
        return ""
    return f"{cls or ''} {ident or ''}".lower()


def is_hidden(el: etree._Element) -> bool:
    """True when the markup itself hides the element (``hidden``, ``display:none``, a hiding
    class such as ``d-none`` unless another class shows it again at some screen size)."""
    if el.get(b"hidden") is not None:
        return True
    cls = page_attributes().classes[el]  # (the page's names: a look-up, no copy out of lxml)
    # (a page's html/body/article hidden by class is shown by a script)
    if cls and hiding_class(cls) and (not isinstance(el.tag, str) or el.tag.lower() not in NEVER_UNLIKELY):
        return True
    style = el.get(b"style")
    return bool(style and style_hides(style))


@memo(16384)
def hiding_class(cls: str) -> bool:
    """A class attribute holding a hiding class (``d-none``, ``hidden``...) and no class
    showing the element again at some screen size. (Remembered per string: the body pass asks
    it of every classed element, and pages repeat their class strings; a cheap test first.)"""
    if "hid" not in cls and "none" not in cls and "invisible" not in cls:
        return False
    tokens = cls.split()
    return not _HIDDEN_CLASSES.isdisjoint(tokens) and not any(_REVEAL.match(t) for t in tokens)


def _hiding_words(alternatives: list[str]) -> tuple[str, ...] | None:
    # (a function, not a module-level generator: Cython cannot compile a walrus in one)
    words = tuple(m.group() for alt in alternatives if (m := re.search(r"(?<!\\)[a-z]+$", alt)))
    return words if len(words) == len(alternatives) else None


#: The word each ``HIDDEN_STYLE`` alternative ends with ("none", "hidden"): every match holds
#: one (lower-cased); None when an alternative ends otherwise (no shortcut then).
_HIDING_WORDS = _hiding_words(rules.HIDDEN_STYLE.split("|"))


@memo(8192)
def style_hides(style: str) -> bool:
    """``HIDDEN_STYLE`` found in a ``style`` attribute (``display: none``...). An ASCII style
    naming neither word is ruled out without the regex (it can start at any letter).
    (remembered: a page repeats its inline styles)"""
    if _HIDING_WORDS is not None and style.isascii():
        low = style.lower()
        if not any(word in low for word in _HIDING_WORDS):
            return False
    return _HIDDEN.search(style) is not None


def is_unlikely(el: etree._Element, tag: str) -> bool:
    """Page chrome by class/id (Readability's unlikely candidates) or by element type."""
    if tag in rules.CHROME_TAGS:
        return True
    if tag in NEVER_UNLIKELY or el.get(b"itemprop") == "articleBody":
        return False
    cls = el.get(b"class")
    ident = el.get(b"id")
    # (class and id matched apart: class strings repeat across a page and are cached, ids
    # are unique; only a match pays for the MAYBE test on both)
    if not ((cls and UNLIKELY.match(cls)) or (ident and UNLIKELY.match(ident))):
        return False
    return unlikely_hints(f"{cls or ''} {ident or ''}".lower())


def unlikely_match(el: etree._Element) -> str | None:
    """The class/id chrome pattern an element's class/id matches (for the trace)."""
    cls, ident = el.get(b"class"), el.get(b"id")
    return (cls and UNLIKELY.match(cls)) or (ident and UNLIKELY.match(ident)) or None


@memo(16384)
def unlikely_hints(h: str) -> bool:
    """Class/id (lower-cased, a chrome pattern matched): chrome unless ``MAYBE`` says it
    may be the content, and always when it is a side column."""
    return not _maybe_body(h) or is_sidebar(h)


def _any_of(alternation: str) -> Callable[[str], bool]:
    """``re.compile(alternation).search(h) is not None`` for a lower-cased class/id string:
    the plain-text alternatives in one search grouped by first letter, each other one
    (``\\band\\b``, ``(?<!elementor-)widget``: a word boundary or a lookbehind keeps the
    regex engine from skipping ahead) only when its text is in ``h``."""
    alts = alternation.split("|")
    plain = [a for a in alts if _PLAIN.fullmatch(a)]
    guarded = [(_PLAIN_CORE.sub("", a).replace("\\-", "-"), re.compile(a).search) for a in alts if a not in plain]
    if not plain or any(not _PLAIN.fullmatch(core) for core, _ in guarded):
        return lambda h, whole=re.compile(alternation).search: whole(h) is not None
    search = literal_search([a.replace("\\-", "-") for a in plain]).search

    def any_of(h: str) -> bool:
        return search(h) is not None or any(core in h and find(h) is not None for core, find in guarded)
    return any_of


_PLAIN = re.compile(r"(?:[a-z0-9_ -]|\\-)+")
#: What a guarded alternative's text is without its word boundaries and lookbehinds.
_PLAIN_CORE = re.compile(r"\\b|\(\?<[!=][^()]*\)")
#: ``MAYBE`` as a test (it runs once per class/id string a chrome pattern matched).
_maybe_body = _any_of(rules.MAYBE)
#: ``NEGATIVE`` likewise (once per class or id value of a scored element).
_negative = _any_of(rules.NEGATIVE)


def is_sidebar(h: str) -> bool:
    """Class/id (``hints``) of a side column."""
    return "side" in h and _SIDEBAR.search(h) is not None and _SIDEBAR_KEEP.search(h) is None


_NOT_ARTICLE = matcher(rules.NOT_ARTICLE)


def not_article(el: etree._Element) -> bool:
    """An overlay or a comment thread: never the article, however much text it holds."""
    return (el.get(b"role") in rules.NOT_ARTICLE_ROLES or el.get(b"aria-modal") == "true"
            or _NOT_ARTICLE.search(raw_hints(el)))


def class_weight(el: etree._Element) -> int:
    """What an element's class and id add to its score (positive and negative words), and
    ``itemprop="articleBody"``."""
    weight = 0
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    for value in (page.classes[el], page.ids[el]):
        if value:
            weight += _value_weight(value)
    if el.get(b"itemprop") == "articleBody":
        weight += 50
    return weight


@memo(16384)
def _value_weight(value: str) -> int:
    """Weight of one class or id value (class strings repeat across a page: cached)."""
    value = value.lower()
    return (25 if _POSITIVE.search(value) else 0) - (25 if _negative(value) else 0)
