"""A rating widget at the end of the article ("War dieser Artikel hilfreich? Ja Nein", "Was
this article helpful?" over five stars) whose answers are no buttons, links or fields: a
short question followed by a run of answers — two to five short words side by side, or three
to ten empty icons of one kind (stars). A CTA ``other``. Script widgets like these hold no
control the region walk counts, so they are looked for around the body's last blocks: the
question is often kept as a body block, which leaves the body with the widget
(``regions.without_taken``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from lxml import etree

from . import ctas
from .chrome import Found
from .chrome_util import norm, tag_of, text_content, within
from .linklists import larger_than
from .rules import rating_widgets as rating_rules


def rating_widgets(body: Sequence[etree._Element], taken: set[etree._Element], base: str | None) -> list[Found]:
    """The rating widget near the end of the body (``body``: its blocks in document order),
    if any: looked for among the last ``RATING_LAST_BLOCKS`` blocks and the elements that
    follow the last one (``RATING_SIBLINGS`` of them, at each of ``RATING_CLIMB`` levels)."""
    if not body:
        return []
    # (a last block opens the widget as its question: one without "?" is none)
    starts = [b for b in body[-rating_rules.RATING_LAST_BLOCKS:] if "?" in text_content(b)]
    node: etree._Element | None = body[-1]
    for _ in range(rating_rules.RATING_CLIMB):
        if node is None:
            break
        starts.extend(islice(node.itersiblings(), rating_rules.RATING_SIBLINGS))
        node = node.getparent()
    seen: set[etree._Element] = set()  # (starts share their ancestors: each judged once)
    for start in starts:
        if not isinstance(start.tag, str) or start in taken:
            continue
        box = _widget_at(start, seen)
        if box is not None and not within(box, taken):
            return [Found(box, ctas.build_cta(box, "other", base))]
    return []


def _widget_at(start: etree._Element, seen: set[etree._Element]) -> etree._Element | None:
    """The widget ``start`` is (or opens, as its question), climbing at most
    ``RATING_CLIMB`` levels while the box stays small (``seen``: boxes judged already)."""
    box: etree._Element | None = start
    for _ in range(rating_rules.RATING_CLIMB + 1):
        if box is None or box in seen or tag_of(box) in _NEVER:
            return None
        seen.add(box)
        # (the element count first, in C: a large box is not read whole to be found large)
        if larger_than(box, rating_rules.MAX_RATING_ELEMENTS):
            return None
        text = text_content(box)  # (a childless box: its own text, no XPath call)
        if len(text) > rating_rules.MAX_RATING_TEXT and _longer_than(text, rating_rules.MAX_RATING_TEXT):
            return None
        if "?" in text and rating_box(box):  # (no question mark: no question, most boxes)
            return box
        box = box.getparent()
    return None


def _longer_than(text: str, n: int) -> bool:
    """``len(norm(text)) > n``, told by a prefix of ``text`` when it can be (a long
    paragraph is not split whole: a prefix's normalised length is never more than the whole's)."""
    return len(norm(text[:4 * n])) > n or len(norm(text)) > n


def rating_box(box: etree._Element) -> bool:
    """A short question (ending in "?") and, after it, a run of answers; no link to a page,
    no field or button (a form is a poll's or a sign-up's)."""
    if next(box.iter("input", "textarea", "select", "iframe", "button"), None) is not None:
        return False  # (answers as controls: a poll's, ``polls``)
    if any((a.get("href") or "#")[:1] not in ("#", "j") for a in box.iter("a")):
        return False  # (a link to a page: no script widget)
    question = None
    for el in box.iter():
        if not isinstance(el.tag, str):
            continue
        if question is None:
            text = norm(el.text)
            if text.endswith("?") and \
                    rating_rules.MIN_RATING_QUESTION <= len(text) <= rating_rules.MAX_RATING_QUESTION:
                question = el
        elif _answers(el):
            return True
    return False


def _answers(el: etree._Element) -> bool:
    """``el`` holds a run of answers: two to five children of one tag with a short word
    each ("Ja", "Nein"), or three to ten empty children of one tag (icons: stars)."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if not 2 <= len(kids) <= rating_rules.MAX_RATING_ICONS or len({c.tag for c in kids}) != 1:
        return False
    texts = [norm(text_content(c)) for c in kids]
    if all(not t for t in texts):
        return len(kids) >= rating_rules.MIN_RATING_ICONS
    return len(kids) <= rating_rules.MAX_RATING_WORDS and all(
        t and len(t) <= rating_rules.MAX_RATING_ANSWER and not any(ch.isdigit() for ch in t) for t in texts)


#: A widget never is (nor climbs past) these.
_NEVER = frozenset({"html", "body", "main", "article", "form", "ul", "ol", "table"})
