"""Inline text and HTML of a run of body content, skipping what is not body.

The block builder reads a paragraph run (text and inline elements between blocks), or an
element holding skipped parts or nested blocks, as if it had copied it into a detached
``div`` and given that to ``sanitize.inline_content``: skipped elements left out (their
tail kept), block elements turned into ``br`` separated spans, nesting past a depth limit
flattened to its text, characters lxml cannot hold dropped. Nothing is copied: the pieces
that reading would produce are written in document order straight from the source tree,
which is one walk instead of building a tree and walking it again.
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Callable

from lxml import etree

from ..sanitize import INLINE_TAGS as KEPT_TAGS
from ..sanitize import MAX_INLINE_NESTING, _esc, collapse, safe_url, xml_chars
from .rules import boilerplate as rules


class _Open:
    """An element of the (virtual) copy that is still open: whether it holds anything yet
    (a block after content is preceded by a ``br``), its closing tag when the sanitizer
    keeps it, its depth of kept tags, and whether its content is written at all (a ``br``
    drops anything inside it)."""

    __slots__ = ("full", "close", "depth", "live")

    def __init__(self, full: bool, close: str | None, depth: int, live: bool) -> None:
        self.full, self.close, self.depth, self.live = full, close, depth, live


def inline_items(
    items: list[etree._Element | str], *, base: str | None, max_depth: int,
    skip: Callable[[etree._Element], bool], contents_of_first: bool = False,
    loose_caption: Callable[[etree._Element], bool] | None = None,
) -> tuple[str, str]:
    """(plain text, inline HTML) of ``items`` (text and elements, document order), read as
    ``inline_content`` reads their copy. ``skip(el)``: left out with its subtree (its tail
    stays); ``loose_caption(el)``: the same, unless ``contents_of_first``, which reads the
    content of the one element given (not the element itself). Past ``max_depth`` levels an
    element's text is kept without its markup."""
    out: list[str] = []
    text: list[str] = []

    def put(where: _Open, s: str | None) -> None:
        if not s:
            return
        if not s.isprintable():  # (xml_chars' own first test, inlined: most text passes)
            s = xml_chars(s)
        if where.live and s:
            out.append(_esc(s))
            text.append(s)
        if s:
            where.full = True

    top = _Open(False, None, 0, True)
    # (an element to open, with the open element it goes in and its depth in the copy; or
    # the open element to close, with the tail written after it and whether a ``br`` goes
    # before that tail)
    stack: list[tuple] = []
    skip_tags, inline_tags = rules.SKIP_TAGS, rules.INLINE_TAGS
    for item in reversed(items):
        if isinstance(item, str):
            stack.append(("text", item, top))
        elif contents_of_first:
            for child in reversed(list(item)):
                stack.append(("open", child, top, 1))
            stack.append(("text", item.text, top))
        else:
            stack.append(("open", item, top, 1))
    while stack:
        entry = stack.pop()
        kind = entry[0]
        if kind == "text":
            put(entry[2], entry[1])
            continue
        if kind == "close":
            _, node, parent, tail, br = entry
            if node.close is not None and node.live:
                out.append(node.close)
            if br:
                _br(parent, out, text)
            put(parent, tail)
            continue
        _, src, parent, depth = entry
        tag = src.tag  # (tag_of, inlined: None for a comment or the like)
        if type(tag) is not str or tag in skip_tags or skip(src) or (
            not contents_of_first and loose_caption is not None and loose_caption(src)
        ):
            put(parent, src.tail)
            continue
        if depth > max_depth:
            put(parent, " ".join(src.itertext()))
            put(parent, src.tail)
            continue
        inline = tag in inline_tags
        if not inline:
            if parent.full:
                _br(parent, out, text)
            tag = "span"
        parent.full = True
        live = parent.live
        if tag == "br":
            if live:
                out.append("<br>")
                text.append("\n")
            node = _Open(False, None, parent.depth, False)
        else:
            keep = tag in KEPT_TAGS and parent.depth < MAX_INLINE_NESTING
            href = None
            if tag == "a" and keep:
                href = safe_url(src.get(b"href") or None, base)
                keep = href is not None
            close = None
            if keep and live:
                out.append(f'<a href="{html_lib.escape(href or "", quote=True)}">' if tag == "a" else f"<{tag}>")
                close = f"</{tag}>"
            node = _Open(False, close, parent.depth + keep, live)
        tail = src.tail  # (read once: lxml makes a new string at each read)
        tail = (tail if tail.isprintable() else xml_chars(tail)) if tail else None
        stack.append(("close", node, parent, tail, bool(not inline and tail and tail.strip())))
        for child in reversed(list(src)):
            stack.append(("open", child, node, depth + 1))
        # (the element's own text comes next in document order: written now, not stacked)
        put(node, src.text)
    # (``put`` removed what XML cannot hold from every text piece: the plain text is clean)
    return collapse(out, text, clean_text=True)


def _br(parent: _Open, out: list[str], text: list[str]) -> None:
    """A ``br`` written into ``parent``."""
    if parent.live:
        out.append("<br>")
        text.append("\n")
    parent.full = True
