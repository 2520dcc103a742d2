"""Comment sections outside the body (a thread, its form, the empty box a script fills),
one comments CTA each, and parts of one section found apart joined into one."""

from __future__ import annotations

from itertools import islice

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import norm, tag_of, words
from .rules import regions as rules

_NEVER = frozenset({"html", "body", "main"})


def comment_candidates(root: etree._Element) -> list[etree._Element]:
    """``div``/``section`` elements whose class or id holds a comment word stem (a
    case-sensitive substring: "omment" for "comment" and "Comments"), or ``id="respond"``,
    in document order (a loop over the page's divs: cheaper than one XPath of ten tests)."""
    return [el for el in root.iter("div", "section") if comment_named(el)]


def comment_named(el: etree._Element) -> bool:
    """``comment_candidates``' test of one ``div``/``section``."""
    c, i = el.get("class"), el.get("id")
    return bool(c and ("omment" in c or "omentar" in c or "isqus" in c)) or bool(
        i and ("omment" in i or "omentar" in i or "isqus" in i or i == "respond"))


def comment_sections(root: etree._Element, line: set[etree._Element], body: set[etree._Element],
                      taken: set[etree._Element],
                      candidates: list[etree._Element] | None = None) -> list[Found]:
    """Comment sections outside the body (a thread, its form, or the empty box a script
    fills: Disqus, Facebook comments...): one comments CTA each, the outermost.
    ``candidates``: ``comment_candidates(root)`` when the caller already has them."""
    out: list[Found] = []
    chosen: dict[etree._Element, None] = {}  # (in document order: a set's order varies by run)
    for el in comment_candidates(root) if candidates is None else candidates:
        if el in line or el in body or el in taken:
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}".split()
        ws = {w for n in names for w in words(n)}
        if not ws & rules.COMMENT_SECTION_WORDS or ws & rules.COMMENT_NOT_SECTION_WORDS:
            continue
        ancestors = list(el.iterancestors())
        if any(a in chosen or a in taken or a in body for a in ancestors):
            continue
        if any(tag_of(a) in ("nav", "li", "menu") for a in ancestors):
            continue  # a menu entry
        chosen[el] = None
    # Parts of one section side by side (its form, its thread, its toolbar): their parent.
    parents: dict[etree._Element, int] = {}
    for el in chosen:
        parent = el.getparent()
        if parent is not None:
            parents[parent] = parents.get(parent, 0) + 1
    boxes = []
    for el in sorted(chosen, key=lambda e: e.sourceline or 0):
        parent = el.getparent()
        if parent is not None and parents.get(parent, 0) >= 2 and parent not in line and tag_of(parent) not in _NEVER:
            if parent not in boxes:
                boxes.append(parent)
        else:
            boxes.append(el)
    for el in boxes:
        out.append(Found(el, CallToAction(id="", kind="comments", text=_comment_prompt(el) or None, url=None)))
    return out


def _comment_prompt(el: etree._Element) -> str:
    for node in el.iter("h1", "h2", "h3", "h4", "h5", "h6", "button", "a"):
        text = norm(node.text_content())
        if 2 <= len(text) <= 120:
            return text
    return ""


def one_comments_widget(found: list[Found], line: set[etree._Element]) -> list[Found]:
    """Parts of one comment section found apart (a "Show comments" header, the thread box a
    script fills) within two levels of a common box: one comments CTA for the box."""
    parts = [f for f in found if isinstance(f.item, CallToAction) and f.item.kind == "comments"]
    if len(parts) < 2:
        return found
    merged: dict[int, Found | None] = {}
    for i, a in enumerate(parts):
        if id(a) in merged:
            continue
        up = [a.element, *islice(a.element.iterancestors(), 2)]
        for b in parts[i + 1:]:
            if id(b) in merged:
                continue
            box = next((x for x in up if x is b.element or x in set(islice(b.element.iterancestors(), 2))), None)
            if box is None or box in line or tag_of(box) in _NEVER or box is a.element or box is b.element:
                continue
            text = a.item.text or b.item.text  # type: ignore[union-attr]
            merged[id(a)] = Found(box, CallToAction(id="", kind="comments", text=text, url=None))
            merged[id(b)] = None
            break
    out = []
    boxes: set[etree._Element] = set()  # (one CTA per box: several pairs may meet in one)
    for f in found:
        g = merged[id(f)] if id(f) in merged else f
        if g is None:
            continue
        if g is not f or (isinstance(f.item, CallToAction) and f.item.kind == "comments"):
            if g.element in boxes:
                continue
            boxes.add(g.element)
        out.append(g)
    return out
