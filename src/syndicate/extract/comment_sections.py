"""Comment sections outside the body (a thread, its form, the empty box a script fills),
one comments CTA each, and parts of one section found apart joined into one."""

from __future__ import annotations

from itertools import islice

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import norm, tag_of, text_stats
from .comment_feeds import comments_elsewhere
from .kind_shapes import names_comment_section, story_list
from .rules import regions as rules

_NEVER = frozenset({"html", "body", "main"})


def comment_candidates(root: etree._Element) -> list[etree._Element]:
    """``div``/``section`` elements whose class or id holds a comment word stem (a
    case-sensitive substring: "omment" for "comment" and "Comments"), or ``id="respond"``,
    in document order (a loop over the page's divs: cheaper than one XPath of ten tests)."""
    return [el for el in root.iter("div", "section") if comment_named(el)]


def comment_named(el: etree._Element) -> bool:
    """``comment_candidates``' test of one ``div``/``section``. (``link_walk.LinkWalk.count_links``
    writes it out for its divs, its hottest loop: a change here goes there too.)"""
    c, i = el.get(b"class"), el.get(b"id")
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
        if not names_comment_section(el.get("class") or "", el.get("id") or ""):
            continue
        ancestors = list(el.iterancestors())
        if any(a in chosen or a in taken or a in body for a in ancestors):
            continue
        if any(tag_of(a) in ("nav", "li", "menu") for a in ancestors):
            continue  # a menu entry
        if _bare_count(el):
            continue  # a bare count ("0 replies") beside the section, nothing to act on
        if comments_elsewhere(el, root):
            continue  # a feed of recent comments on the site's posts, no section of this page
        if story_list(el, root):
            continue  # a list of other stories ("Most commented"), named for their comments
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


def _bare_count(el: etree._Element) -> bool:
    """``el`` shows a count alone ("0 replies") and holds nothing to act on (the text read
    first, a bounded look: most sections say more)."""
    stats = text_stats(el, max_elements=_COUNT_ELEMENTS)
    if stats.truncated or stats.chars > _COUNT_CHARS or stats.links or stats.forms:
        return False
    return bool(rules.COUNTER.match(norm(el.text_content()))) and next(el.iter(*_ACTIONS), None) is None


_COUNT_CHARS = 40
_COUNT_ELEMENTS = 30
#: What a reader acts on in a comment section (a bare count holds none).
_ACTIONS = ("a", "button", "form", "input", "textarea", "iframe")


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


def count_line(f: Found) -> bool:
    """A comments CTA whose only comment evidence is a count link ("19 Kommentare", "No
    comments", "comments 36"), alone or in a post's meta line beside other links ("Filed
    under News | 19 Comments"): a counter, no call to action. A box with a form, a field or
    a button, a comment link that asks ("Leave a comment"), or comment words outside its
    links, is a CTA."""
    item = f.item
    if not isinstance(item, CallToAction) or item.kind != "comments":
        return False
    el = f.element
    if tag_of(el) in ("form", "button", "textarea", "input") or next(
            el.iter("form", "button", "textarea", "input", "select", "iframe"), None) is not None:
        return False
    counts = 0
    for a in [el] if tag_of(el) == "a" else el.iter("a"):
        text = norm(a.text_content())
        if not _comment_link(a, text.lower()):
            continue
        if not rules.COUNT_TEXT.match(text):
            return False  # a comment link that asks ("Leave a comment", "View comments")
        counts += 1
    if not counts:
        return False
    if tag_of(el) == "a":
        return True
    text = norm(el.text_content())
    if len(text) > rules.MAX_COUNT_LINE:
        return False
    # The box's text outside its links names no comments (no "Kommentar schreiben" beside).
    outside = text_outside_links(el).lower()
    return not any(s in outside for s in rules.COMMENT_STEMS)


def _comment_link(a: etree._Element, text: str) -> bool:
    """``a`` links to comments: its text or its URL's anchor/query names them."""
    if any(s in text for s in rules.COMMENT_STEMS):
        return True
    href = (a.get("href") or "").lower()
    cut = min((i for i in (href.find("#"), href.find("?")) if i >= 0), default=-1)
    if cut < 0:
        return False
    tail = href[cut:]
    return any(s in tail for s in rules.COMMENT_STEMS) or any(s in tail for s in rules.COMMENT_ANCHORS)


def text_outside_links(el: etree._Element) -> str:
    """``el``'s visible text that is not inside one of its links."""
    parts: list[str] = []
    for node in el.iter():
        if isinstance(node.tag, str) and tag_of(node) not in ("script", "style") and not _in_link(node, el):
            parts.append(node.text or "")
        if node is not el and not _in_link(node.getparent(), el):
            parts.append(node.tail or "")
    return " ".join(parts)


def _in_link(node: etree._Element | None, top: etree._Element) -> bool:
    """``node`` or an ancestor of it up to ``top`` is a link."""
    while node is not None:
        if tag_of(node) == "a":
            return True
        if node is top:
            return False
        node = node.getparent()
    return False
