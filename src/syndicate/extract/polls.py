"""A poll or feedback question: a small box asking the reader a question ("How do you begin a
project?", "Gefällt Ihnen dieser Artikel?", "Was this page helpful?") and offering a few short
answers as controls — buttons, script links, radio buttons — none of them a link to a page
and none a text field. A CTA ``other``, found by its structure in any language; a confirm
dialog ("Are you sure…? Cancel") and a question inside a longer form are none."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from lxml import etree

from . import ctas
from .chrome import Found
from .chrome_util import norm, tag_of, text_content
from .dialogs import hidden_overlay
from .rules import polls as poll_rules

#: Answer controls: buttons, links a script follows, choice inputs.
_CONTROLS = ("button", "a", "input")
_QUESTION_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "legend", "span", "div", "strong", "b", "label", "header")
#: The climb from an answer to its box stops at these.
_NEVER = frozenset({"html", "body", "main", "article", "nav", "header", "footer", "form"})


def polls(controls: Iterable[etree._Element], line: set[etree._Element], body: set[etree._Element],
          taken: set[etree._Element], base: str | None) -> list[Found]:
    """One CTA ``other`` per poll box around the page's buttons and forms (``controls``, in
    document order) outside what was found. A poll filling a body block whole (a paragraph
    holding it) is reported at the block, which leaves the body with it."""
    out: list[Found] = []
    boxes: set[etree._Element] = set()
    judged: dict[etree._Element, bool] = {}  # (answers side by side share their ancestors)
    climbed: dict[etree._Element, etree._Element | None] = {}  # (the climb from each start)
    for x in controls:
        if x.tag == "button":
            if not _answer_label(x):
                continue  # (cheap: a search button, a menu toggle, an icon)
            start = x.getparent()  # (a button holds no question: its box is above it)
        elif x.tag == "form":
            start = x
        else:
            continue
        if start is None or x in taken:
            continue
        if start in climbed:
            box = climbed[start]
        else:
            box = climbed[start] = _box_of(start, line, judged)
        if box is None or box in boxes:
            continue
        ancestors = list(box.iterancestors())
        if any(a in taken or a in boxes for a in ancestors) or any(hidden_overlay(a) for a in ancestors):
            continue
        parent = box.getparent()
        if box not in body and parent is not None and parent in body and \
                norm(parent.text_content()) == norm(box.text_content()):
            box = parent  # (the paragraph the body took for the poll's question)
        boxes.add(box)
        cta = ctas.build_cta(box, "other", base)
        cta.text = next((norm(n.text or "") for n in box.iter(*_QUESTION_TAGS) if _question(n)), cta.text)
        out.append(Found(box, cta))
    return out


def _box_of(x: etree._Element, line: set[etree._Element],
            judged: dict[etree._Element, bool]) -> etree._Element | None:
    """The smallest box a few levels above (or at) ``x`` that is a poll, if any
    (``judged``: ``poll_box`` of the elements asked so far)."""
    node: etree._Element | None = x
    for _ in range(poll_rules.POLL_CLIMB):
        if node is None or node in line or (node is not x and tag_of(node) in _NEVER):
            return None
        is_poll = judged.get(node)
        if is_poll is None:
            if _too_big(node):
                return None  # (its ancestors are bigger still)
            is_poll = judged[node] = _small_poll(node)
        if is_poll:
            return node
        node = node.getparent()
    return None


def _answer_label(button: etree._Element) -> bool:
    """``button`` carries a short answer ("Yes", "Gefällt mir", "En coche")."""
    text = text_content(button)  # (most buttons: a leaf, its text read without XPath)
    return bool(text.strip()) and len(text) <= 80 and len(text.split()) <= poll_rules.MAX_POLL_ANSWER_WORDS


def _too_big(box: etree._Element) -> bool:
    """More than ``MAX_POLL_ELEMENTS`` elements below ``box`` (counted in C)."""
    if len(box) > poll_rules.MAX_POLL_ELEMENTS // 4:
        return True  # (a long list of children: no need to count)
    return next(islice(box.iter(), poll_rules.MAX_POLL_ELEMENTS + 1, None), None) is not None


def poll_box(box: etree._Element) -> bool:
    """``box`` is a question with 2+ short answers (see the module)."""
    return not _too_big(box) and _small_poll(box)


def _small_poll(box: etree._Element) -> bool:
    """``poll_box`` of a box known to be small."""
    text = box.text_content()
    if "?" not in text and "？" not in text:
        return False  # (cheap, in C) no question at all
    answers = 0
    for x in box.iter(*_CONTROLS):
        if x.tag == "input":
            kind = (x.get("type") or "").lower()
            if kind in ("radio", "checkbox"):
                answers += 1
            elif kind not in ("hidden", "submit", "button"):
                return False  # a text field: a form to fill, not a question to answer
            continue
        href = (x.get("href") or "").strip()
        if x.tag == "a" and href and href != "#" and not href.startswith("javascript:"):
            return False  # a link to a page or a part of it: a teaser, an offer, a contents list
        label = norm(text_content(x)).lower()
        if not label or len(label.split()) > poll_rules.MAX_POLL_ANSWER_WORDS:
            continue  # (an icon, a close button)
        if any(w in poll_rules.CANCEL_WORDS for w in label.split()):
            return False  # a confirm dialog's "Cancel"
        answers += 1
        if answers > poll_rules.MAX_POLL_ANSWERS:
            return False
    if answers < 2 or _visible_chars(box) > poll_rules.MAX_POLL_TEXT:
        return False
    questions = sum(1 for node in box.iter(*_QUESTION_TAGS) if _question(node))
    return questions == 1  # (two questions: a form's fields, an account box)


def _question(node: etree._Element) -> bool:
    """``node``'s own text (not its answers') is a question of a few words."""
    own = norm(node.text or "")
    return own.endswith(("?", "？")) and 2 <= len(own.split()) <= poll_rules.MAX_POLL_QUESTION_WORDS


def _visible_chars(box: etree._Element) -> int:
    """Characters of ``box``'s text outside drop-down lists (a "why not?" follow-up's
    options are no prompt)."""
    chars = len(norm(box.text_content()))
    for sel in box.iter("select"):
        chars -= len(norm(sel.text_content()))
    return chars
