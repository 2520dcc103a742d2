"""Streamed server rendering: put the segments a page's own script moves back in place.

React's streaming server renderer (Next.js app router, Remix...) sends a page in pieces:
where a part was not ready it writes a placeholder ``<template id="B:0">`` (with fallback
content such as "Loading...") or ``<template id="P:0">``, and later, at the end of
``<body>``, the part itself in ``<div hidden id="S:0">`` followed by a script call
``$RC("B:0","S:0")`` or ``$RS("S:0","P:0")`` that moves it into place. A browser shows the
article where the placeholder was; read as written, the article is a row of hidden divs
after the footer. :func:`reveal` does what those calls do (pairing segment and
placeholder by their ids, so pages saved without scripts are read the same), so that the
tree read is the one the browser shows. Locators stay XPaths into the input tree: :func:`reveal`
tells the reader (``readers/html.py``) each parent whose children it is about to change, and the
reader writes locators from those parents' children as parsed.
Run only on pages whose raw text holds a segment id (``has_streaming``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

#: How React writes a streamed segment (a cheap test on the raw page before any tree work).
_MARKER = re.compile(r"""id=["']S:""")
_MARKER_BYTES = re.compile(rb"""id=["']S:""")
#: Segment ids: "S:" and a hexadecimal counter. Their placeholder has the same counter:
#: ``$RC("B:n","S:n")`` completes boundary template B:n (dropping its fallback),
#: ``$RS("S:n","P:n")`` fills placeholder template P:n. Pages saved without their scripts
#: still pair this way.
_SEGMENT = re.compile(r"S:([0-9a-z]{1,8})")


def has_streaming(html: bytes | str) -> bool:
    """True when the page holds React streamed segments (a substring test on the raw page)."""
    if isinstance(html, str):
        return _MARKER.search(html) is not None
    return isinstance(html, bytes) and _MARKER_BYTES.search(html) is not None


def reveal(root: etree._Element, note: Callable[[etree._Element], None] | None = None) -> int:
    """Move every streamed segment into its placeholder, as the page's ``$RC``/``$RS``
    calls would; returns how many were moved. A segment whose placeholder is missing is
    left alone (hidden). ``note``: called with each parent whose children are about to
    change (before each change; a parent may come again), when given."""
    segments: list[tuple[etree._Element, str]] = []
    templates: dict[str, etree._Element] = {}
    for el in root.iter("template", "div"):
        ident = el.get("id")
        if not ident or ":" not in ident:
            continue
        if el.tag == "template":
            templates.setdefault(ident, el)
        elif el.get("hidden") is not None and (m := _SEGMENT.fullmatch(ident)):
            segments.append((el, m.group(1)))
    moved = 0
    for segment, n in segments:
        template = templates.get("B:" + n)
        boundary = template is not None
        if template is None:
            template = templates.get("P:" + n)
        if template is None or _is_ancestor(segment, template):
            continue  # (a segment never goes inside itself)
        if _replace(template, segment, fallback=boundary, note=note):
            moved += 1
    return moved


def _is_ancestor(anc: etree._Element, el: etree._Element) -> bool:
    return any(x is anc for x in el.iterancestors())


def _replace(template: etree._Element, segment: etree._Element, *, fallback: bool,
             note: Callable[[etree._Element], None] | None = None) -> bool:
    """Put the segment's content where the template stands (with a boundary's fallback
    content up to its ``<!--/$-->`` end comment removed) and drop the emptied segment.
    ``note``: as ``reveal``'s (the parents changed: the template's, the segment's, the
    segment)."""
    parent = template.getparent()
    up = segment.getparent()
    if parent is None or up is None:
        return False
    if note is not None:
        note(parent)
        note(up)
        note(segment)
    if fallback:
        # (the fallback: siblings after the template up to the boundary's end comment)
        doomed = []
        for sib in template.itersiblings():
            if isinstance(sib, etree._Comment) and (sib.text or "").strip() == "/$":
                break
            doomed.append(sib)
        else:
            doomed = []  # no end comment: leave the siblings alone
        for sib in doomed:
            _remove_keep_tail(sib, keep_tail=False)
    index = parent.index(template)
    # Text directly inside the segment goes where the template stood.
    lead = segment.text or ""
    children = list(segment)
    _remove_keep_tail(segment, keep_tail=True)
    tail = template.tail
    _set_before(parent, index, lead)
    parent.remove(template)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    if tail:
        if children:
            last = children[-1]
            last.tail = (last.tail or "") + tail
        else:
            _set_before(parent, index, tail)
    return True


def _set_before(parent: etree._Element, index: int, text: str) -> None:
    """Append ``text`` to whatever text precedes child ``index`` of ``parent``."""
    if not text:
        return
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        prev = parent[index - 1]
        prev.tail = (prev.tail or "") + text


def _remove_keep_tail(el: etree._Element, *, keep_tail: bool) -> None:
    """Remove ``el`` from its parent; its tail text stays in the document when asked."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail if keep_tail else None
    index = parent.index(el)
    parent.remove(el)  # (lxml moves nothing: el.tail leaves with el)
    if tail:
        _set_before(parent, index, tail)
