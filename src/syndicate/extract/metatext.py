"""Plain-text helpers shared by the metadata modules: cleaning a value, comparing names."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from itertools import islice
from typing import Any

from lxml import etree

from ..memo import memo
from ..sanitize import text_of

__all__ = ["MAX_SHORT", "around", "around_parts", "commented", "first_text", "norm", "own_text", "text"]

#: Longest text kept for a short field (title, name, section); longer text is cut.
MAX_SHORT = 500

_WS = re.compile(r"\s+")
#: Unfilled CMS template fields ("{$category}", "{{ title }}", "%%title%%").
_PLACEHOLDER = re.compile(r"\{\{|\{\$|\$\{|%%\w+%%")


def text(value: Any, limit: int = MAX_SHORT) -> str | None:
    """Plain text of a metadata value (HTML and entities removed), or None."""
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    return _cached_text(value, limit) if len(value) <= MAX_CACHED else _text(value, limit)


#: Longest value whose cleaned text or normal form is cached (the cache stays small).
MAX_CACHED = 600


@memo(4096)
def _cached_text(value: str, limit: int) -> str | None:
    """:func:`text` of a short string, cached: a page's values are cleaned several times,
    once per field and candidate list that reads them."""
    return _text(value, limit)


def _text(value: str, limit: int) -> str | None:
    value = value[: limit * 4]
    if "<" in value or "&" in value:
        value = text_of(value)
    if _C1.search(value):
        value = _unmangle(value)
    value = _WS.sub(" ", value.replace("\u200b", "").replace("\ufeff", "")).strip()
    if not value or _PLACEHOLDER.search(value) or not any(ch.isalnum() for ch in value):
        return None
    if len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return value


#: C1 control characters: never in real text, the trace of UTF-8 read as Latin-1 ("â\x80\x99").
_C1 = re.compile("[\x80-\x9f]")


def _unmangle(value: str) -> str:
    """UTF-8 that was decoded as Latin-1 ("Investorâ\x80\x99s" -> "Investor’s"), when it
    decodes cleanly; anything else is kept as it is."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def first_text(sources: Iterable[Iterable[Any]], limit: int = MAX_SHORT) -> str | None:
    """The first value of ``sources`` (in order) that gives text."""
    for values in sources:
        for value in values:
            found = text(value, limit)
            if found:
                return found
    return None


def own_text(el: etree._Element, commented: Container[etree._Element] | None = None) -> str | None:
    """The element's own text, with the text after comments inside it ("<p><!-- -->May 2,
    2021</p>", "By <!-- -->Jane Doe": how server-rendered script frameworks split text).
    ``commented``: :func:`commented` of the page, when the caller has it (an element not in
    it has no comment among its children: its own text is its ``.text``)."""
    text = el.text
    if not len(el) or (commented is not None and el not in commented):
        return text  # a leaf (most elements), or no comment among the children
    for child in el.iterchildren(*_NOT_ELEMENTS):  # the filter runs in C: only comments and the like
        if child.tail:
            text = (text or "") + child.tail
    return text


_NOT_ELEMENTS = (etree.Comment, etree.ProcessingInstruction, etree.Entity)


def commented(root: etree._Element) -> set[etree._Element]:
    """The elements of ``root``'s subtree with a comment, processing instruction or entity
    among their children: any other element's :func:`own_text` is its ``.text``. (One walk
    in C, for the scans that read the own text of hundreds of elements: a look-up each
    instead of a filtered walk of its children.)"""
    return {node.getparent() for node in root.iter(*_NOT_ELEMENTS)}


_NON_WORD = re.compile(r"[\W_]+")


def norm(value: str) -> str:
    """Letters and digits only, lower case: for comparing names and headlines (cached for
    short values: the same headlines and site names are compared many times a page)."""
    return _cached_norm(value) if len(value) <= MAX_CACHED else _norm(value)


@memo(8192)
def _cached_norm(value: str) -> str:
    return _norm(value)


def _norm(value: str) -> str:
    return _NON_WORD.sub("", value.lower())


#: Elements looked at after the headline, and before it, for bylines and date lines.
AFTER = 250
BEFORE = 100


def around(anchor: etree._Element | None, after: int = AFTER, before: int = BEFORE) -> list[etree._Element]:
    """Elements near ``anchor`` (the headline): its own descendants and the ones after it in
    document order first, then the ones before it, nearest first. Only these are visited:
    a big page costs no more than a small one."""
    after, before = around_parts(anchor, after, before)
    return after + before


def around_parts(anchor: etree._Element | None, after: int = AFTER,
                 before: int = BEFORE) -> tuple[list[etree._Element], list[etree._Element]]:
    """:func:`around` in two parts: the elements from the headline on, and those before it."""
    if anchor is None:
        return [], []
    out: list[etree._Element] = []
    node: etree._Element | None = anchor
    for el in anchor.iterdescendants(etree.Element):  # type: ignore[arg-type]
        out.append(el)
        if len(out) >= after:
            break
    while node is not None and len(out) < after:
        for sib in node.itersiblings():
            for el in sib.iter(etree.Element):  # type: ignore[arg-type]
                out.append(el)
                if len(out) >= after:
                    break
            if len(out) >= after:
                break
        node = node.getparent()
    return out, _preceding(anchor, before)


def _preceding(anchor: etree._Element, n: int) -> list[etree._Element]:
    """The ``n`` elements before ``anchor`` in document order (not its ancestors), nearest
    first: XPath's ``preceding::*``, walked in Python (libxml2 scans the whole document)."""
    out: list[etree._Element] = []
    node: etree._Element | None = anchor
    while node is not None and len(out) < n:
        for sib in node.itersiblings(preceding=True):
            if not isinstance(sib.tag, str):
                continue
            # a small subtree: listed in C and reversed (its reverse document order); a big
            # one (a site header) walked from its end, so that only its last part is visited
            sub = list(islice(sib.iter(etree.Element), SMALL_SUBTREE))  # type: ignore[arg-type]
            if len(sub) < SMALL_SUBTREE:
                out.extend(sub[: -(n - len(out)) - 1: -1] if len(sub) > n - len(out) else sub[::-1])
                if len(out) >= n:
                    return out
            elif _reverse_subtree(sib, out, n):
                return out
        node = node.getparent()
    return out


#: Subtrees smaller than this are listed whole by :func:`_preceding`.
SMALL_SUBTREE = 300


def _reverse_subtree(el: etree._Element, out: list[etree._Element], n: int) -> bool:
    """Append ``el``'s subtree to ``out`` in reverse document order (last descendant first,
    ``el`` last), stopping at ``n`` elements; True when ``out`` is full. Only the end of a
    big subtree (a site header before the headline) is visited."""
    for child in reversed(el):
        if isinstance(child.tag, str) and _reverse_subtree(child, out, n):
            return True
    out.append(el)
    return len(out) >= n


def local_tag(el: etree._Element) -> str:
    """The element's tag without a namespace, lower-cased ('' for comments and the like)."""
    tag = el.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def in_skipped(el: etree._Element, skip: frozenset[str], article: frozenset[str]) -> bool:
    """Inside an element whose tag is in ``skip``; a ``<footer>`` counts only when it is not
    an article's own (inside one of the ``article`` tags), which holds its byline and date."""
    ancestors = list(el.iterancestors())
    for k, a in enumerate(ancestors):
        tag = local_tag(a)
        if tag in skip and not (tag == "footer" and any(local_tag(b) in article for b in ancestors[k + 1:])):
            return True
    return False
