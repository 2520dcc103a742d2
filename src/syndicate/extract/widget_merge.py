"""One widget, one element (the region pass's step after ``action_widgets``).

``action_widgets`` climbs from an action to the box of its prompt, ``cta_widgets`` from a
prompt to its action. What neither joins, because each CTA was found alone:

- *prompts*: a heading or line found as a CTA by its words whose next sibling is its action
  (a form, or a found CTA of its kind) is one CTA with it: at their parent when that holds
  nothing else, else at the action (the prompt of a found form is a part of it);
- *fragments*: CTAs of one kind (one family for sign-ups) found one per button or link of
  one widget (a share rail's ``a#share-facebook``, ``a#share-twitter``). When their nearest
  common ancestor holds no other found item, is no page region or article container, is a
  box's size and adds no text beyond the fragments' entries (a tooltip of each entry is
  its own), the fragments are one CTA at that ancestor;
- *wrappers*: a CTA box (not a bar of networks, a "read more", a lone link) whose element
  is the only child of a chain of wrappers adding no text and no other part is reported at
  the outermost of them (the gold's "outermost element"), below a page region or entry;
- *side by side*: a CTA whose element holds two or three headed boxes, each with its own
  actions (a lead form beside a partner promo), is one CTA per box, and a like button
  beside a found share bar is a share CTA of its own (``side_widgets``);
- *comment boxes*: comments CTAs meeting in a box that holds nothing else are one CTA on it
  (``comment_boxes``);
- *pop-ups*: the CTAs inside one pop-up window are one CTA on its root (``popup_items``).

Works on the found CTAs and their ancestors only (no walk of the page).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import islice
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..model import CallToAction
from . import ctas
from .action_widgets import at_boxes, items_held
from .chrome import Found
from .chrome_util import INVISIBLE, class_or_id_named, norm, tag_of, text_content
from .comment_boxes import one_per_comment_box
from .popup_items import one_per_popup
from .rules import regions as rules
from .rules import widgets as widget_rules
from .side_widgets import likes_apart, one_per_box

#: Kinds that are one family: a sign-up box's button and field are parts of one widget.
_SIGN_UPS = frozenset({"newsletter", "subscribe"})
#: Never a widget: the page and its regions, the article's containers.
_REGIONS = frozenset({"html", "body", "main", "article", "header", "footer", "aside", "nav"})
#: Never the home of merged fragments besides the regions: a paragraph or quote of text.
_NO_HOME = _REGIONS | frozenset({"p", "blockquote", "figure"})
#: Kinds not moved to their wrappers: bars of networks are found at their own size (a bar
#: grown too far already would only move further), a "read more" is a part of its card.
_BARS = frozenset({"share", "follow", "read_more"})
#: A lone link or piece of a line: found by its words, no widget framed by wrappers (its
#: paragraph or menu entry is the page's layout), so never moved up.
_LINE_PIECES = frozenset({"a", "span", "strong", "b", "em", "i", "small", "button", "label", "input"})
#: Entries and cells of lists and tables: a wrapper climb stops below them (the list is a
#: list of such entries, its entry one of many).
_ENTRIES = frozenset({"li", "dd", "dt", "td", "th", "tr", "ul", "ol", "dl", "table", "tbody", "thead"})
#: A list holding the fragments as its entries: the widget whatever its name says.
_LIST_HOMES = frozenset({"ul", "ol"})
#: Kinds never merged as fragments: a card's "read more" belongs to its card.
_NOT_FRAGMENTS = frozenset({"read_more", "comments"})


def one_element(found: Sequence[Found], body_line: Collection[etree._Element], base: str | None) -> list[Found]:
    """``found`` with fragments of one widget merged and CTAs moved to their outermost
    wrapper (module doc). ``body_line``: the article's containers and their ancestors."""
    if not any(isinstance(f.item, CallToAction) for f in found):
        return list(found)
    out = _merged(_prompts_joined(found, body_line, base), body_line, base)
    held = items_held(out)
    for i, f in enumerate(out):
        if isinstance(f.item, CallToAction) and f.item.kind not in _BARS and f.report is None \
                and tag_of(f.element) not in _LINE_PIECES:
            top = _outer(f.element, body_line, held)
            if top is not f.element:
                out[i] = Found(top, f.item)
    return one_per_popup(one_per_comment_box(likes_apart(one_per_box(out, base), base), body_line, base), body_line, base)


def _prompts_joined(found: Sequence[Found], body_line: Collection[etree._Element], base: str | None) -> list[Found]:
    """``found`` with each prompt CTA (a heading or blurb holding no action) whose next
    sibling is its action — a form, or a found CTA of its kind — joined with it: at their
    parent when that adds nothing else, else at the action (a prompt beside its form in a
    column of other things: the form is the widget's element)."""
    prompts = [f for f in found if isinstance(f.item, CallToAction) and f.item.kind not in _NOT_FRAGMENTS
               and tag_of(f.element) in _PROMPTS and next(f.element.iter(*_ALL_ACTIONS), None) is None]
    if not prompts:
        return list(found)
    at = {f.element: f for f in found}
    held = items_held(found)
    gone: set[int] = set()
    moved: dict[int, Found] = {}
    for f in prompts:
        action = _next_sibling(f.element)
        if action is None or action in body_line:
            continue
        other = at.get(action)
        if other is None:
            if held.get(action, 0) or tag_of(action) != "form" or next(action.iter("input"), None) is None:
                continue  # (only a form not found yet, or a found CTA of the prompt's kind)
        elif not isinstance(other.item, CallToAction) or _family(other.item.kind) != _family(f.item.kind):  # type: ignore[union-attr]
            continue
        parent = action.getparent()
        home = parent if parent is not None and _adds_nothing(parent, (f.element, action), held, body_line) else action
        item = f.item if other is None else other.item
        new = ctas.build_cta(home, item.kind, base)  # type: ignore[union-attr]
        item.text, item.url = new.text or item.text, item.url or new.url  # type: ignore[union-attr]
        moved[id(other or f)] = Found(home, item)
        if other is not None:
            gone.add(id(f))
        elif home is action:
            moved[id(f)] = Found(action, f.item)
    return [moved.get(id(f), f) for f in found if id(f) not in gone]


def _next_sibling(el: etree._Element) -> etree._Element | None:
    """The next visible element after ``el`` under its parent, with no text between."""
    if norm(el.tail):
        return None
    for sib in el.itersiblings():
        if isinstance(sib.tag, str) and tag_of(sib) not in INVISIBLE:
            return sib
        if norm(sib.tail):
            return None
    return None


def _adds_nothing(parent: etree._Element, parts: Sequence[etree._Element], held: dict[etree._Element, int],
                  body_line: Collection[etree._Element]) -> bool:
    """``parent`` holds ``parts`` and nothing else of substance: no other item, no visible
    child but pictures, no text of its own; and is no page region."""
    if tag_of(parent) in _NO_HOME or tag_of(parent) in _ENTRIES or parent in body_line:
        return False
    if held.get(parent, 0) != sum(held.get(p, 0) for p in parts) or norm(parent.text):
        return False
    for child in parent:
        if norm(child.tail):
            return False
        if child in parts or not isinstance(child.tag, str) or tag_of(child) in INVISIBLE:
            continue
        if tag_of(child) not in _PICTURES or next(child.iter("a"), None) is not None:
            return False
    return not class_or_id_named(parent, widget_rules.PAGE_COLUMN_WORDS)


#: What a prompt is: a heading or a line of text (a box of its own, a ``div`` holding a
#: heading and a blurb, is a widget beside its button, no prompt of it).
_PROMPTS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "span", "strong", "b", "label"})
#: Every action a prompt may stand beside.
_ALL_ACTIONS = ("a", "form", "input", "button", "textarea", "select", "iframe")
#: Parts of a widget that show no text of their own.
_PICTURES = frozenset({"img", "picture", "svg", "hr", "br", "figure", "source"})


def _family(kind: str) -> str:
    return "newsletter" if kind in _SIGN_UPS else kind


def _merged(found: Sequence[Found], body_line: Collection[etree._Element], base: str | None) -> list[Found]:
    """``found`` with each run of same-kind fragments (document order) reported once at
    their common ancestor, when that holds nothing else of substance."""
    groups: dict[str, list[Found]] = {}
    for f in found:
        if isinstance(f.item, CallToAction) and f.item.kind not in _NOT_FRAGMENTS and _piece(f.element):
            groups.setdefault(_family(f.item.kind), []).append(f)
    if not any(len(g) > 1 for g in groups.values()):
        return list(found)
    held = items_held(found)
    home: dict[int, etree._Element] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda f: _order(f.element))
        ours = items_held(group)
        run = [group[0]]
        for f in group[1:]:
            anc = _common(run[0].element, f.element)
            if anc is not None and held.get(anc, 0) == ours.get(anc) and _home(anc, run + [f], body_line, base):
                run.append(f)
                continue
            _place(run, home, body_line, held)
            run = [f]
        _place(run, home, body_line, held)
    if not home:
        return list(found)
    return at_boxes(found, home, base)


def _order(el: etree._Element) -> tuple[int, ...]:
    """``el``'s place in document order (its child indexes from the root; no walk of the page)."""
    idx: list[int] = []
    node = el
    for parent in el.iterancestors():
        idx.append(parent.index(node))
        node = parent
    return tuple(reversed(idx))


def _piece(el: etree._Element) -> bool:
    """``el`` is one button or link of a widget, no widget of its own: one action at most (an
    icon and a name linking one page are one), no heading, no form, a label's text."""
    if next(el.iter(*_WHOLES), None) is not None:
        return False
    actions = list(islice(el.iter(*_ACTIONS), _MAX_PIECE_ACTIONS + 1))
    if len(actions) > 1 and not _one_target(actions):
        return False
    return len(norm(text_content(el))) <= widget_rules.MAX_FRAGMENT_LABEL


def _shape(el: etree._Element) -> tuple[object, str | None, bool, bool]:
    """What an entry of a list is made of: its tag and class, whether it shows a picture (a
    profile's logo) and a label (icon-only profile links beside a menu's named entries are
    of another shape)."""
    return el.tag, el.get("class"), next(el.iter("img", "svg", "picture"), None) is not None, bool(norm(text_content(el)))


def _entry_like(el: etree._Element, base: str | None) -> bool:
    """``el``, beside fragment entries of its shape, is one more such entry: no widget of its
    own, links to one page of another site (its label and tooltip may be longer than a
    fragment's; a menu's entries beside two profile icons link the site's own pages)."""
    if next(el.iter(*_WHOLES), None) is not None:
        return False
    actions = list(islice(el.iter(*_ACTIONS), _MAX_PIECE_ACTIONS + 1))
    if not (len(actions) == 1 and actions[0].tag == "a" or _one_target(actions)):
        return False
    host = urlsplit(urljoin(base or "", (actions[0].get("href") or "").strip())).netloc.lower()
    return bool(host) and host != urlsplit(base or "").netloc.lower()


#: One entry's links to one target at most (its icon and its name: one action).
_MAX_PIECE_ACTIONS = 3


def _one_target(actions: list[etree._Element]) -> bool:
    """``actions`` are at most ``_MAX_PIECE_ACTIONS`` links to one page (an entry's icon and
    its name linking one profile): one action."""
    if len(actions) > _MAX_PIECE_ACTIONS or any(a.tag != "a" for a in actions):
        return False
    hrefs = {(a.get("href") or "").strip() for a in actions}
    return len(hrefs) == 1 and next(iter(hrefs))[:1] not in ("", "#")


#: What makes a found CTA a widget rather than one of its pieces.
_WHOLES = ("h1", "h2", "h3", "h4", "h5", "h6", "form", "textarea", "select", "iframe")
#: One action of a widget.
_ACTIONS = ("a", "button", "input")


def _place(run: list[Found], home: dict[int, etree._Element], body_line: Collection[etree._Element],
           held: dict[etree._Element, int]) -> None:
    """Record the common ancestor of a run of 2+ fragments as their one element."""
    if len(run) < 2:
        return
    anc = run[0].element
    for f in run[1:]:
        up = _common(anc, f.element)
        anc = anc if up is None else up
    for f in run:
        home[id(f)] = anc


def _common(a: etree._Element, b: etree._Element) -> etree._Element | None:
    """The nearest common ancestor of ``a`` and ``b`` (``ACTION_WIDGET_CLIMB`` levels up from
    ``a`` at most), or one of them when it holds the other."""
    ups = {a: 0}
    for i, anc in enumerate(islice(a.iterancestors(), widget_rules.ACTION_WIDGET_CLIMB)):
        ups[anc] = i + 1
    if b in ups:
        return b
    for anc in islice(b.iterancestors(), widget_rules.ACTION_WIDGET_CLIMB):
        if anc in ups:
            return anc
    return None


def _home(anc: etree._Element, run: Sequence[Found], body_line: Collection[etree._Element], base: str | None) -> bool:
    """``anc``, holding no found item but fragments of one kind, may be the one element of
    the fragments ``run``: no page region or article container, a box's text, and no text
    beyond the fragments' own entries."""
    if tag_of(anc) in _NO_HOME or anc in body_line:
        return False
    if tag_of(anc) not in _LIST_HOMES and class_or_id_named(anc, widget_rules.PAGE_COLUMN_WORDS):
        return False  # (a list is never a page column: "Footer-module--followul" is the footer's list)
    if any(f.element is anc for f in run):
        return False  # (one fragment holds the others: nested finds, another step's matter)
    # (each fragment's entry — the child of ``anc`` holding it — may add its own words, a
    # tooltip, a count; ``anc`` adds no more than a label beside the entries)
    entries = {_child_of(anc, f.element) for f in run}
    total = len(norm(text_content(anc)))
    if total > rules.MAX_BOX_TEXT:
        return False
    extra = total - sum(len(norm(text_content(e))) for e in entries if e is not None)
    if extra <= rules.MIN_PROMPT_CHARS:
        return True
    # (an entry of the same shape — tag, class, icon, label, one target on another site — is
    # one more: the fifth icon a network table does not know, the entries still to come)
    shapes = {_shape(e) for e in entries if e is not None}
    names = {shape[:2] for shape in shapes}
    for c in anc:
        if c not in entries and (c.tag, c.get("class")) in names and _shape(c) in shapes and _entry_like(c, base):
            extra -= len(norm(text_content(c)))
    return extra <= rules.MIN_PROMPT_CHARS


def _child_of(anc: etree._Element, el: etree._Element) -> etree._Element | None:
    """The child of ``anc`` that is or holds ``el``."""
    node = el
    for parent in el.iterancestors():
        if parent is anc:
            return node
        node = parent
    return None


def _outer(el: etree._Element, body_line: Collection[etree._Element], held: dict[etree._Element, int]) -> etree._Element:
    """The outermost wrapper of ``el`` whose only child chain leads to ``el`` (no text, no
    other visible child, no other item), below any page region; ``el`` when there is none.
    A box of the article's line (a callout holding its own title and lines: body blocks
    the CTA takes out) climbs its wrappers in the line too, and past empty layers beside
    it (a background ``div``: a column's spacer or a float's clearer beside a widget
    outside the text stays a stop)."""
    node = el
    in_line = el in body_line
    for parent in islice(el.iterancestors(), widget_rules.ACTION_WIDGET_CLIMB):
        if tag_of(parent) in _REGIONS or tag_of(parent) in _ENTRIES or parent in body_line and not in_line \
                or class_or_id_named(parent, widget_rules.PAGE_COLUMN_WORDS):
            break
        if held.get(parent, 0) != held.get(node, 0) or norm(parent.text):
            break
        if any(c is not node and (norm(c.tail) or isinstance(c.tag, str) and tag_of(c) not in INVISIBLE
                                  and not (in_line and _layer(c))) for c in parent) or norm(node.tail):
            break
        node = parent
    return node


def _layer(el: etree._Element) -> bool:
    """``el`` is an empty layer of a box (a background or overlay ``div``): wrappers with no
    text, picture, control or link."""
    inside = list(islice(el.iter(), _MAX_LAYER_ELEMENTS + 1))
    return len(inside) <= _MAX_LAYER_ELEMENTS and all(
        type(x.tag) is str and x.tag in _LAYER_TAGS and not norm(x.text) and (x is el or not norm(x.tail)) for x in inside)


#: What an empty layer of a box is made of, and its size at most.
_LAYER_TAGS = frozenset({"div", "span"})
_MAX_LAYER_ELEMENTS = 4
