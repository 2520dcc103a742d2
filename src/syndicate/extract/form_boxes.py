"""A box holding a form that the body walk took into the article's text: a sign-up, contact
or paywall box set among the paragraphs or closing the text, whose prompt, offer lines and
fine print the body kept while the form alone (or nothing) was found.

What tells such a box is its SHAPE, not its words: a form asking for input (a text, e-mail
or phone field, a message box), and around it, a few levels up, body blocks that are all
short lines (a heading, a prompt, a line of fine print) and no paragraph of the article.
The box grows from the form (or from the CTA already found around it) while each level up
adds such lines, and stops below the first level holding a paragraph of the article, too
much text, another item found, a button outside a form or a table (a second widget, the
article's data), or so much of the body that the article is no longer outside it. A form
the other passes left unclaimed takes its kind from the box's words (``cta_box``), else
from its fields: a message box asks for contact (a comment form when it says so), a lone
e-mail or phone field signs the reader up. Candidates are the region walk's forms (no walk
of its own), and a box is only measured for a form a few levels below a body block's
ancestor.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from lxml import etree

from ..model import CallToAction
from . import ctas
from .chrome import Found
from .chrome_util import norm, tag_of, text_content
from .cta_boxes import cta_box, prompt_text
from .region_widgets import asks_input
from .rules import regions as rules

#: Where a box never grows: the page, its main column, the article itself.
_STOP = frozenset({"html", "body", "main", "article"})
#: Form fields that sign a reader up (with no message box).
_SIGN_UP = frozenset({"email", "tel"})


def form_boxes(found: list[Found], forms: Sequence[etree._Element], body: Sequence[etree._Element],
               body_all: set[etree._Element], body_line: set[etree._Element],
               base: str | None) -> list[Found]:
    """``found`` with each CTA holding a form grown to its box in the text, and the boxes
    of the forms no pass claimed added. ``forms``: the page's forms; ``body``: the body's
    block elements, ``body_all`` as a set, ``body_line`` their ancestors."""
    if not forms or not body_line:
        return found
    near = [f for f in forms if _near_body(f, body_line)]
    if not near:
        return found
    at: dict[etree._Element, list[int]] = {}  # (a box may be found twice, with two kinds)
    for i, f in enumerate(found):
        at.setdefault(f.element, []).append(i)
    others = {f.element for f in found if not isinstance(f.item, CallToAction)}
    chars: dict[etree._Element, int] = {}
    taken: set[etree._Element] = set()
    out = list(found)
    for form in near:
        ancestors = list(form.iterancestors())  # (climbed once for the three tests below)
        if form in taken or not taken.isdisjoint(ancestors):
            continue
        if not others.isdisjoint(ancestors):
            continue  # (inside a related block or an ad slot)
        start = form
        for anc in ancestors:
            if anc in at and any(isinstance(found[i].item, CallToAction) for i in at[anc]):
                start = anc  # (the highest CTA found around the form)
        claimed = start in at
        if not claimed and (not asks_input(form) or _search_or_login(form)):
            continue
        box = _box(start, body, body_all, chars, at)
        if box is None:
            continue
        taken.add(box)
        if claimed:
            for i in at[start]:
                out[i] = Found(box, out[i].item)
            continue
        kind = cta_box(box, tag_of(box), sum(1 for a in box.iter("a") if a.get("href"))) or _field_kind(form, box)
        if kind is not None:
            out.append(Found(box, ctas.build_cta(box, kind, base)))
    return out


def _near_body(form: etree._Element, body_line: set[etree._Element]) -> bool:
    """A body block's ancestor a few levels above ``form``, below the page's and the
    article's own elements: its box may hold body lines (a header's search form is far)."""
    node = form
    for _ in range(rules.FORM_BOX_CLIMB):
        node = node.getparent()
        if node is None or node.tag in _STOP:
            return False
        if node in body_line:
            return True
    return False


def _chars(el: etree._Element, memo: dict[etree._Element, int]) -> int:
    n = memo.get(el)
    if n is None:
        n = memo[el] = len(norm(text_content(el)))
    return n


def _box(start: etree._Element, body: Sequence[etree._Element], body_all: set[etree._Element],
         chars: dict[etree._Element, int], found: Collection[etree._Element]) -> etree._Element | None:
    """The box around ``start`` holding the body lines of its form: the lowest ancestor
    holding all the body blocks of the highest level that adds only short lines, or None
    when there is none. ``found``: the elements of the items found so far."""
    best: etree._Element | None = None
    seen = 0
    mine = {x for x in start.iter() if x in found}  # (the items found at the form)
    node = start
    for _ in range(rules.FORM_BOX_CLIMB):
        parent = node.getparent()
        if parent is None or tag_of(parent) in _STOP or parent in found or _other_widget(parent, node):
            break
        inside: list[etree._Element] = []
        outside = held = 0
        for x in parent.iter():
            if x in found and x not in mine:
                return best  # another item found beside it (a share bar, an offer): the box ends below
            if x not in body_all:
                continue
            n = _chars(x, chars)
            inside.append(x)
            held += n
            if _in_form(x, parent):
                continue  # (a consent line inside the form: fine print)
            outside += n
            if n > rules.FORM_BOX_LINE or outside > rules.FORM_BOX_TEXT:
                return best  # a paragraph of the article, or too much text: the box ends below
        if not _article_outside(body, set(inside), chars, max(rules.FORM_BOX_REST, (held + 1) // 2)):
            break  # little text outside this level: it holds the article
        if len(inside) > seen:
            best, seen = parent, len(inside)
        node = parent
    return best


def _article_outside(body: Sequence[etree._Element], inside: set[etree._Element],
                     chars: dict[etree._Element, int], need: int) -> bool:
    """The body blocks outside ``inside`` hold ``need`` characters or more (summed until
    they do: the article's first paragraphs mostly suffice)."""
    n = 0
    for x in body:
        if x not in inside:
            n += _chars(x, chars)
            if n >= need:
                return True
    return False


def _other_widget(parent: etree._Element, node: etree._Element) -> bool:
    """Beside ``node`` in ``parent``: a button outside a form (a second action, a quote
    call beside a calculator) or a table (data the article shows): no part of the box."""
    for x in parent.iter("button", "table"):
        if x is node or any(a is node for a in x.iterancestors()):
            continue
        if x.tag == "table" or not _in_form(x, parent):
            return True
    return False


def _in_form(x: etree._Element, top: etree._Element) -> bool:
    """A ``<form>`` between ``x`` (included) and ``top``."""
    node: etree._Element | None = x
    while node is not None and node is not top:
        if node.tag == "form":
            return True
        node = node.getparent()
    return False


def _search_or_login(form: etree._Element) -> bool:
    """A search or log-in form: it asks the reader for nothing to sign."""
    types = {(i.get("type") or "text").lower() for i in form.iter("input")}
    if "password" in types or "search" in types or (form.get("role") or "").lower() == "search":
        return True
    return ctas.account_step(form.get("action"))


def _field_kind(form: etree._Element, box: etree._Element) -> str | None:
    """The kind a form's fields tell: a message box asks for contact (comments when the
    form or its box says so), a lone e-mail or phone field signs the reader up."""
    if next(form.iter("textarea"), None) is not None:
        hint = f"{form.get('action') or ''} {form.get('id') or ''} {form.get('class') or ''}".lower()
        text = prompt_text(box)
        return "comments" if "comment" in hint or any(s in text for s in rules.COMMENT_STEMS) else "contact"
    fields = [(i.get("type") or "text").lower() for i in form.iter("input")]
    fields = [t for t in fields if t not in ("hidden", "submit", "button", "checkbox", "image", "reset")]
    sign_up = [t for t in fields if t in _SIGN_UP]
    return "newsletter" if sign_up and len(sign_up) == len([t for t in fields if t != "text"]) and len(fields) <= 3 else None
