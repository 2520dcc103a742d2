"""Two widgets side by side are two CTAs (a step of ``widget_merge.one_element``, after the wrapper climb).

A rule that finds a CTA by one of its parts (a form, a button, a prompt) and grows it to its
box often stops at a column or a row holding two widgets: a lead form beside a partner
promo, a "Developer Jobs" band beside a "Teams" band, an SMS sign-up beside the newsletter
box. The gold's convention 11.9 (and readOther group 5) labels two: one per widget.

A found CTA's element (or the end of its chain of one-child wrappers) whose visible
children are two or three *headed boxes* and nothing else -- each holds its own heading and
its own few actions (at most two links -- more are a headed story list or menu -- buttons, a
form, a frame) -- is split: each box is a CTA of its own. The found item goes to the box of
its kind (else, for a sign-up or contact, the box of its form; else the first); each other box
takes the kind its words or class name (``other`` when they name none). A box hidden by its markup (a
form's "Thanks for signing up" state) is no widget shown: left out. Boxes of one design (one
tag and class) are a band's or listing's cards, one CTA (conventions 1 and 10.2,
``offer_bands``): never split. Structure only: no words
decide the split.

Likes: a like button standing beside a found share bar (its sibling, or a child of the
box the share was found at beside the bar's own child, when it shows a label of its own)
is a ``share`` CTA of its own (convention 11.6: a like for the page), the share reported at
its own box. A like box is named so by a class or id word (``rules.widgets.LIKE_WORDS``, and
no share word: "social-likes" is a share plugin) and is small: a short label, a link at most.
An empty like mount among a row's share buttons (a parent showing no more than the buttons'
labels, or the share's own box) is one of them.

Works on the found CTAs and their few children and siblings (no walk of the page).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from lxml import etree

from ..model import CallToAction
from . import ctas
from .chrome import Found
from .chrome_util import (
    INVISIBLE,
    class_design,
    class_or_id_named,
    norm,
    seen_text,
    tag_of,
    text_content,
)
from .cta_boxes import box_kind_of
from .element_hints import HEADINGS, hints, is_hidden
from .rules import regions as rules
from .rules import widgets as widget_rules

#: Kinds never split: bars of networks, a comment section, a card's "read more" (one widget
#: whose parts are headed lists or panels).
_NOT_SPLIT = frozenset({"share", "follow", "comments", "read_more"})
#: The headed boxes side by side at most (more: a listing, a grid of cards).
_MAX_BOXES = 3
#: The actions of one box at most (a promo's button, a form's fields and submit).
_MAX_ACTIONS = 12
#: The links of one box at most (a promo's button and its picture link: more are a list).
_MAX_LINKS = 2
#: The one-child wrappers passed down at most to reach the row of boxes.
_MAX_DOWN = 3
#: What a box's actions are.
_ACTIONS = ("a", "button", "form", "iframe")
#: Layout elements beside the boxes that show nothing.
_SPACERS = frozenset({"br", "hr"})


def one_per_box(found: Sequence[Found], base: str | None) -> list[Found]:
    """``found`` with each CTA whose element holds two or three headed boxes side by side
    reported once per box (module doc)."""
    out: list[Found] = []
    for f in found:
        item = f.item
        boxes = None
        if type(f) is Found and f.report is None and type(item) is CallToAction and item.kind not in _NOT_SPLIT:
            boxes = _boxes(f.element)
        if boxes is None:
            out.append(f)
            continue
        kinds = [_kind(b) for b in boxes]
        own = kinds.index(item.kind) if item.kind in kinds else _form_box(boxes, item.kind)
        for j, (box, kind) in enumerate(zip(boxes, kinds, strict=True)):
            if j == own:
                new = ctas.build_cta(box, item.kind, base)
                item.text, item.url = new.text or item.text, new.url or item.url
                out.append(Found(box, item))
            else:
                out.append(Found(box, ctas.build_cta(box, kind or "other", base)))
    return out


def _boxes(el: etree._Element) -> list[etree._Element] | None:
    """The two or three headed boxes that are the only content of ``el`` (or of the end of
    its one-child chain), else None."""
    node = el
    for _ in range(_MAX_DOWN + 1):
        if norm(node.text):
            return None
        kids = []
        for c in node:
            if norm(c.tail):
                return None  # (loose text: the row's own prompt, one widget)
            if isinstance(c.tag, str) and tag_of(c) not in INVISIBLE and tag_of(c) not in _SPACERS and not is_hidden(c):
                kids.append(c)
        if len(kids) != 1:
            break
        node = kids[0]
        if tag_of(node) in _ACTIONS:
            return None
    if not 2 <= len(kids) <= _MAX_BOXES:
        return None
    if not all(_headed_box(k) for k in kids):
        return None
    if len({(k.tag, _design(k.get("class") or "")) for k in kids}) == 1:
        return None  # (cards of one design: a band's or listing's offers, one CTA (conventions 1, 10.2))
    return kids


def _design(cls: str) -> frozenset[str]:
    """The design a box's class names: its names shared by siblings of one design, else (all
    numbered: "new-64", "item-2") its names without their numbers."""
    return class_design(cls) or frozenset(_DIGITS.sub("", c) for c in cls.split())


_DIGITS = re.compile(r"\d+")


def _headed_box(el: etree._Element) -> bool:
    """``el`` is a widget of its own: it holds a heading and from one to ``_MAX_ACTIONS``
    actions, and a box's text."""
    if tag_of(el) in _ACTIONS or tag_of(el) in HEADINGS or tag_of(el) in ("ul", "ol", "li"):
        return False
    if next(el.iter(*HEADINGS), None) is None:
        return False
    n = len(list(islice(el.iter(*_ACTIONS), _MAX_ACTIONS + 1)))
    if not 1 <= n <= _MAX_ACTIONS or len(list(islice(el.iter("a"), _MAX_LINKS + 1))) > _MAX_LINKS:
        return False  # (a headed list of links: a story list or a menu, no ask)
    return len(norm(text_content(el))) <= rules.MAX_BOX_TEXT


def _form_box(boxes: list[etree._Element], kind: str) -> int:
    """The box a found sign-up or contact CTA is of when no box's words name its kind: the
    first holding a form or field (the rule found it by its form), else the first box."""
    if kind in _FORM_KINDS:
        for i, box in enumerate(boxes):
            if next(box.iter("form", "input", "textarea"), None) is not None:
                return i
    return 0


#: Kinds a form gives a box (an e-mail field, a message field).
_FORM_KINDS = frozenset({"newsletter", "subscribe", "contact"})


def _kind(box: etree._Element) -> str | None:
    """The CTA kind a box's words name, else its class or id name, else None."""
    return box_kind_of(norm(text_content(box)).lower()) or ctas.class_kind(hints(box))


def likes_apart(found: Sequence[Found], base: str | None) -> list[Found]:
    """``found`` with each like box beside a found share CTA made a share CTA of its own
    (module doc)."""
    shares = [i for i, f in enumerate(found) if type(f) is Found and f.report is None
              and type(f.item) is CallToAction and f.item.kind == "share"]
    if not shares:
        return list(found)
    taken = {f.element for f in found}
    out = list(found)
    added: list[Found] = []
    for i in shares:
        el = found[i].element
        kids = [c for c in el if isinstance(c.tag, str) and tag_of(c) not in INVISIBLE]
        inner = [c for c in kids if _like_box(c)]
        if len(kids) == 2 and len(inner) == 1:  # (the share's box holds the bar and the like)
            if not norm(text_content(inner[0])):
                continue  # (an empty like mount inside a row of share buttons: one of its buttons)
            bar = kids[0] if kids[1] is inner[0] else kids[1]
            if next(bar.iter("a", "button"), None) is not None:
                out[i] = Found(bar, found[i].item)
                added.append(Found(inner[0], ctas.build_cta(inner[0], "share", base)))
            continue
        parent = el.getparent()
        if parent is None or tag_of(parent) in _NO_ROW:
            continue
        row: bool | None = None  # (the parent is a row of buttons: read when a like is empty)
        for sib in parent:
            if sib is not el and isinstance(sib.tag, str) and sib not in taken and _like_box(sib):
                if not norm(text_content(sib)):
                    if row is None:
                        row = len(norm(seen_text(parent))) <= widget_rules.MAX_ROW_TEXT
                    if row:
                        continue  # (an empty like mount among the row's share buttons: one of them)
                taken.add(sib)
                added.append(Found(sib, ctas.build_cta(sib, "share", base)))
    return out + added if added else out


#: A share CTA's parent that is no row of its widgets: the page and its regions.
_NO_ROW = frozenset({"html", "body", "main", "article", "header", "footer", "nav"})


def _like_box(el: etree._Element) -> bool:
    """``el`` is a like button's box: named for a like (class or id), small, not hidden."""
    if not class_or_id_named(el, widget_rules.LIKE_WORDS) or class_or_id_named(el, widget_rules.NOT_LIKE_WORDS):
        return False
    if is_hidden(el) or len(list(islice(el.iter("a"), widget_rules.MAX_LIKE_LINKS + 1))) > widget_rules.MAX_LIKE_LINKS:
        return False
    return len(norm(text_content(el))) <= widget_rules.MAX_LIKE_TEXT
