"""Contact forms read by their fields: a form asking for a message (a ``<textarea>``) and an
address to answer to (an e-mail or phone field) writes to the site, whatever its heading
says ("Fragen?", "Let's get to work", "What do you think about this story?"), unless its
markup names a comment, review, share-by-mail, sign-up or cart form, or its only textarea
is a hidden spam trap (``message_fields.message_form``). Such fields without a ``<form>``
(a script sends them) are one too.

A message form in a dialog the page opens from a control (``data-target="#id"``,
``href="#id"``) is hidden until then: the control is the CTA the reader sees, and the
dialog is no second one. Candidates come from the region walk (its forms, its loose
textareas): no walk of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import chain, islice

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import class_or_id_named, href_links, norm, tag_of, text_stats
from .ctas import build_cta
from .element_hints import HEADINGS
from .message_fields import hidden_style, message_form
from .region_widgets import NEVER
from .rules import message_forms as rules
from .rules.chrome_patterns import MAX_CTA_TEXT
from .rules.regions import MAX_BOX_TEXT, MAX_PROMPT_IN_BODY

#: Kinds a message form's box (or a dialog's control) may have been given by its words
#: before: a sign-up read from "e-mail" (a form with a textarea signs no one up), an offer
#: (a hidden dialog's only: a form in view asking to act on an offer stays one).
_RELABEL = frozenset({"newsletter", "other"})
#: Attributes naming the element a control opens.
_OPENER_ATTRS = ("data-target", "data-bs-target", "data-src", "href")


def message_widgets(found: list[Found], textareas: Sequence[etree._Element], controls: Iterable[etree._Element],
                    labelled: list[etree._Element], root: etree._Element, body: set[etree._Element],
                    line: set[etree._Element], base: str | None) -> tuple[list[Found], list[Found], set[etree._Element]]:
    """``found`` with the message forms outside the body added as contact CTAs (a form a
    pass took for a sign-up relabelled, another reported with the box holding its heading)
    less the dialogs holding one; and the controls opening those dialogs, as contact CTAs
    (the caller adds them after its menu-entry filters: a dialog's control is no entry);
    and the elements no other pass is to read (the openers, the dialogs they replace).
    ``controls``: the page's in-page and scripted links and its buttons, then ``labelled``
    (its labelled controls), the region walk's: the controls that may open a dialog, read
    with the spans styled as buttons (``_with_styled``) when a form first needs them."""
    candidates: dict[etree._Element, None] = {}  # (the forms and loose field boxes, in order)
    for t in textareas:
        box = _fields_of(t)
        if box is not None:
            candidates[box] = None
    if not candidates:
        return found, [], set()
    read: list[etree._Element] = []

    def page_controls() -> list[etree._Element]:  # (read once, for each form naming a box)
        if not read:
            read.extend(chain(controls, _with_styled(labelled, root)))
        return read

    holder = {f.element: i for i, f in enumerate(found)}
    out = list(found)
    dropped: set[int] = set()
    shown: list[Found] = []
    jumps: list[etree._Element] = []  # (controls leading to a form in view: CTAs beside it)
    for form in candidates:
        if not message_form(form) or any(x in body for x in form.iterancestors()):
            continue
        owner = next((holder[x] for x in (form, *form.iterancestors()) if x in holder), None)
        if owner is not None and _kind(out[owner]) not in _RELABEL | {"contact"}:
            continue  # (a comment form, a widget found by its own words)
        openers = _openers(page_controls, form, jumps)
        if openers is None:
            if owner is not None:
                dropped.add(owner)  # (a menu's entry opens the dialog: navigation, no CTA of its own)
            continue
        if openers:
            if owner is not None:
                dropped.add(owner)  # (the hidden dialog: its controls are the CTA)
            for x in openers:
                if any(a in body for a in x.iterancestors()):
                    continue
                if x not in holder:
                    box = _jump_box(x, line)  # (with the prompt it stands alone with)
                    shown.append(Found(box, build_cta(box, "contact", base)))
                elif _kind(out[holder[x]]) in _RELABEL:  # (a control found by its words)
                    out[holder[x]] = Found(x, build_cta(x, "contact", base))
            continue
        if owner is not None:
            if _kind(out[owner]) == "newsletter":  # (an offer form in view keeps its kind)
                out[owner] = Found(out[owner].element, build_cta(out[owner].element, "contact", base))
            continue
        inner = _box(form, body, line)
        box = _band(inner, form, body, line)
        item = build_cta(box, "contact", base)
        if box is not inner:
            item.url = build_cta(inner, "contact", base).url  # (the band's prompt; the form's own target)
        out.append(Found(box, item))
        holder[box] = len(out) - 1
    for x in dict.fromkeys(jumps):
        if x not in holder and not any(a in body for a in x.iterancestors()):
            box = _jump_box(x, line)
            shown.append(Found(box, build_cta(box, "contact", base)))
    hidden = {out[i].element for i in dropped} | {f.element for f in shown}
    return [f for i, f in enumerate(out) if i not in dropped], shown, hidden


def with_openers(found: list[Found], openers: list[Found], base: str | None) -> list[Found]:
    """``found`` with the dialogs' ``openers`` added. An item holding an opener (a share bar
    the "Feedback" link stands in) shrinks to its child holding most of its other links (the
    bar's list); if no child holds more than half of them, the opener is the item's and is
    left out (items never nest); an item holding no other link is the opener's own box, a
    contact CTA."""
    if not openers:
        return found
    out = list(found)
    index = {f.element: i for i, f in enumerate(out)}
    for f in openers:
        holder = next((index[a] for a in f.element.iterancestors() if a in index), None)
        if holder is not None:
            box = out[holder].element
            if not isinstance(out[holder].item, CallToAction):
                continue
            if all(a in set(f.element.iter("a")) for a in box.iter("a")):
                if _kind(out[holder]) in _RELABEL:  # (the control's own box, found by its words)
                    out[holder] = Found(box, build_cta(box, "contact", base))
                continue
            rest = _rest(box, f.element)
            if rest is None:
                continue
            del index[box]
            out[holder] = Found(rest, build_cta(rest, _kind(out[holder]) or "other", base))
            index[rest] = holder
        if any(x in index for x in f.element.iter()):
            continue  # (an item inside the control)
        out.append(f)
    return out


def _rest(box: etree._Element, opener: etree._Element) -> etree._Element | None:
    """The child of ``box`` not holding ``opener`` that holds more than half of the box's
    other links, if any."""
    mine = {x for x in opener.iter("a")}
    others = [a for a in box.iter("a") if a not in mine]
    while len(box) == 1 and box[0] is not opener:
        box = box[0]  # (a wrapper of the opener and the rest: their parts are below)
    best, most = None, 0
    for child in box:
        if not isinstance(child.tag, str) or child is opener or opener in set(child.iterdescendants()):
            continue
        n = sum(1 for _ in child.iter("a"))
        if n > most:
            best, most = child, n
    return best if best is not None and 2 * most > len(others) else None


def _kind(f: Found) -> str | None:
    """The CTA kind of a found item (None: a related block or an ad slot)."""
    return f.item.kind if isinstance(f.item, CallToAction) else None


def _fields_of(textarea: etree._Element) -> etree._Element | None:
    """The form holding a ``<textarea>``, else its box of fields (a script sends them): its
    nearest ancestor (``FIELDS_CLIMB`` levels up at most) holding another text field."""
    form = next((a for a in textarea.iterancestors("form")), None)
    if form is not None:
        return form
    for node in islice(textarea.iterancestors(), rules.FIELDS_CLIMB):
        if tag_of(node) in NEVER:
            return None
        if any((i.get("type") or "text").lower() in ("text", "email", "tel") for i in node.iter("input")):
            return node
    return None


def _openers(controls: Callable[[], list[etree._Element]], form: etree._Element,
             jumps: list[etree._Element]) -> list[etree._Element] | None:
    """The controls opening the dialog that holds ``form`` (the form or an ancestor with an
    id, hidden until opened: ``_looks_hidden``, or named by a control toggling it:
    ``data-toggle``, ``aria-controls``) that a control outside it names, at most
    ``MAX_OPENERS`` of them, else none; None when a menu's entry opens it. The controls
    leading to a box in view holding the form (``href="#id"``, ``JUMP_CLIMB`` levels up at
    most) are added to ``jumps``: a "See if you qualify" button jumping to the footer's
    form asks to write as the form does (a menu's entry is navigation)."""
    boxes: dict[str, tuple[etree._Element, bool, bool]] = {}  # ("#id" -> box, hidden, near)
    for depth, x in enumerate((form, *islice(form.iterancestors(), rules.JUMP_CLIMB))):
        if tag_of(x) in NEVER:
            break
        if i := x.get("id"):
            near = depth <= rules.DIALOG_CLIMB
            boxes["#" + i] = (x, near and _looks_hidden(x), near)
    if not boxes:
        return []
    out: list[etree._Element] = []
    seen: set[etree._Element] = set()
    for x in controls():
        if x in seen:
            continue
        seen.add(x)
        named = next((boxes[v] for a in _OPENER_ATTRS if (v := (x.get(a) or "").strip()) in boxes), None)
        toggle = (x.get("aria-controls") or x.get("data-toggle") or "").strip()
        if (v := "#" + toggle) in boxes and boxes[v][2]:  # (a toggle names a box near the form
            named = (boxes[v][0], True, True)  # without "#": it is hidden until then)
        if named is None or x is named[0] or any(a is named[0] for a in x.iterancestors()):
            continue
        if not named[1]:
            if not toggle and not _menu_entry(x):  # (a toggle's box far above: no jump)
                jumps.append(x)
        elif _menu_entry(x):
            return None  # (a menu's entry opens it: navigation, and the dialog no CTA of its own)
        else:
            out.append(x)
    return out if len(out) <= rules.MAX_OPENERS else []


def _with_styled(labelled: list[etree._Element], root: etree._Element) -> list[etree._Element]:
    """``labelled`` with the page's spans and list entries styled as buttons (a class with
    "btn", "button") opening what they name (``data-target``), in page order: searched here,
    for the few pages with a form a control may name, not in the walk of every span."""
    extra = [x for x in root.iter("span", "li") if x.get("data-target") is not None and (c := x.get("class"))
             and ("btn" in c or "utton" in c) and x.get("aria-label") is None and x.get("title") is None]
    if not extra:
        return labelled
    order = {x: i for i, x in enumerate(root.iter())}
    return sorted([*labelled, *extra], key=order.__getitem__)


def _jump_box(x: etree._Element, line: set[etree._Element]) -> etree._Element:
    """The box a control jumping to a form stands alone in: its highest ancestor
    (``BOX_CLIMB`` levels up at most) holding no other link or control, no body block and
    a short text (a banner's "Injured? We can help." around its button)."""
    box = x
    for node in islice(x.iterancestors(), rules.JUMP_BOX_CLIMB):
        if tag_of(node) in _NO_BOX or node in line or len(href_links(node, 2)) > int(x.tag == "a") \
                or any(c is not x for c in islice(node.iter(*_ACTING[1:]), 2)) or next(node.iter("h1"), None) is not None:
            break  # (another link or control beside it, the page's text or title)
        stats = text_stats(node, max_elements=rules.MAX_BOX_ELEMENTS)
        if stats.truncated or stats.chars > MAX_CTA_TEXT:
            break
        box = node
    return box


def _looks_hidden(target: etree._Element) -> bool:
    """``target`` is hidden until a control shows it (a modal, a pop-up, a collapsed panel):
    ``<dialog>``, ``role=dialog``, ``hidden``, ``display: none`` or a class/id word of
    ``DIALOG_WORDS``. A link to a form in view is a jump to it: the form is the CTA."""
    if tag_of(target) == "dialog" or (target.get("role") or "").lower() in ("dialog", "alertdialog"):
        return True
    if target.get("hidden") is not None or target.get("aria-hidden") == "true" or target.get("aria-modal") == "true":
        return True
    return bool(hidden_style(target.get("style") or "")) or class_or_id_named(target, rules.DIALOG_WORDS)


def _menu_entry(x: etree._Element) -> bool:
    """``x`` is (the link of) an entry of a list of ``MENU_LINKS`` links or more."""
    li = x if tag_of(x) == "li" else x.getparent()
    if li is None or tag_of(li) != "li" or (lst := li.getparent()) is None:
        return False
    return len(href_links(lst, rules.MENU_LINKS)) >= rules.MENU_LINKS


def _box(form: etree._Element, body: set[etree._Element], line: set[etree._Element]) -> etree._Element:
    """The form with its prompt: the form when it holds its heading, else the nearest
    small ancestor (``BOX_CLIMB`` levels up at most, few links, a short text besides the
    form's, no other form, not holding the body) holding a heading before it; else the form."""
    if next(form.iter(*HEADINGS), None) is not None:
        return form
    node = form
    own = text_stats(form, max_elements=rules.MAX_BOX_ELEMENTS).chars  # (its labels, its consent line)
    for _ in range(rules.BOX_CLIMB):
        parent = node.getparent()
        if parent is None or parent in body or tag_of(parent) in _NO_BOX:
            break
        if len(href_links(parent, rules.MAX_BOX_LINKS + 1)) > rules.MAX_BOX_LINKS:
            break
        if any(x is not form for x in parent.iter("form")):
            break
        stats = text_stats(parent, max_elements=rules.MAX_BOX_ELEMENTS)
        if stats.truncated or stats.chars - own > MAX_CTA_TEXT:
            break
        if parent in line and _holds_text(parent, form, body):
            break  # (it holds the article's text, not only a prompt the body walk took: that leaves the body)
        for child in parent:
            if child is node:
                break
            if tag_of(child) in HEADINGS or next(child.iter(*HEADINGS), None) is not None:
                return parent
        node = parent
    return form


def _band(box: etree._Element, form: etree._Element, body: set[etree._Element],
          line: set[etree._Element]) -> etree._Element:
    """``box`` climbed (``BAND_CLIMB`` levels up at most) through the wrappers whose other
    children only say something (a heading, a line beside the form: no link, field, button
    or frame) and add little text: the band the page sets the form in ("The Fee is Free.
    Only pay if we win." beside "It's Easy to Get Started" and its form) is the one CTA."""
    node = box
    own = text_stats(form, max_elements=rules.MAX_BOX_ELEMENTS).chars
    for parent in islice(box.iterancestors(), rules.BAND_CLIMB):
        if parent in body or parent in line or tag_of(parent) in _NO_BOX:
            break
        if any(c is not node and isinstance(c.tag, str) and next(c.iter(*_ACTING), None) is not None for c in parent):
            break  # (another control beside it: a column of the page, not the form's band)
        stats = text_stats(parent, max_elements=rules.MAX_BOX_ELEMENTS)
        if stats.truncated or stats.chars - own > MAX_CTA_TEXT:
            break
        node = parent
    return node


#: Elements that make a child beside the form more than its prompt.
_ACTING = ("a", "form", "input", "button", "select", "textarea", "iframe", "video")


def _holds_text(box: etree._Element, form: etree._Element, body: set[etree._Element]) -> bool:
    """``box`` holds the article's text: body blocks outside ``form`` (the form's own lines
    the body walk took are the form's) of more than a prompt (``MAX_PROMPT_IN_BODY``), or
    of more than a small headed box (``MAX_BOX_TEXT``, its first block a heading: a form's
    heading and its privacy note)."""
    inside = set(form.iter())
    blocks = [x for x in box.iter() if x in body and x not in inside]
    chars = sum(len(norm(x.text_content())) for x in blocks)
    if chars <= MAX_PROMPT_IN_BODY:
        return False
    return chars > MAX_BOX_TEXT or tag_of(blocks[0]) not in HEADINGS


#: Elements no message form's box is (it stands in them).
_NO_BOX = NEVER | {"article", "header", "footer", "aside", "nav"}
