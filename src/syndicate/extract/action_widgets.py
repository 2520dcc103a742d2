"""One CTA per widget, from the action up (the region pass's step after ``cta_widgets``).

A CTA found at its *action* — a form, a field, a button, a lone link — is one part of a
widget whose prompt, heading and close control stand beside it ("× Get Tone Deaf to your
inbox daily", a comment section's count and heading above its form, a paywall box's
"Sie möchten gerne weiterlesen?" above its registration form). The widget is the CTA: the
action's element is climbed while each ancestor adds only what belongs to the same widget

- a heading, a prompt or blurb, an image, a close control, one lone second link or button
  ("Schon registriert? Anmelden"), legal small print (a sentence naming a legal page),
  wrappers and invisible parts;

and stops at the first ancestor that adds foreign content: another found item (a CTA of
another kind, a related block, an ad slot), a body block (the article's line), a list or
row of links, an entry like the action's own, a headed box beside a headed widget, a line
of text around a link (a byline), a second form, a long paragraph, or a page region or
column (by tag, or by a class/id naming one). The box stays a box's size: the text it adds
to the action's own is at most ``MAX_BOX_TEXT``. The widget is its last ancestor that
added a part (wrappers above it are the page's), or the outermost wrapper when that stands
alone under ``<body>`` (a modal, a band). A climb stopped by a long text or the article's
line goes on from a box the page sets apart around it (``apart_boxes``: an own background,
border or close control, one action). A field or button of a form climbs from its form.
A CTA of the same kind found inside the grown box is a part of it (one item).

Share and follow bars are found by structure at their own size: none is climbed.
Works on the found CTAs and their ancestors only (no walk of the page).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from itertools import islice

from lxml import etree

from ..model import CallToAction
from . import ctas
from .apart_boxes import apart_box, titled_box
from .chrome import Found
from .chrome_util import INVISIBLE, class_or_id_named, norm, tag_of, text_content, text_stats
from .cta_widgets import legal_label
from .element_hints import HEADINGS
from .rules import chrome_patterns as patterns
from .rules import regions as rules
from .rules import widgets as widget_rules

#: Kinds never climbed: bars of networks are found at their own size, a "read more" link is
#: a part of its card (a related block's, not a widget's).
_BARS = frozenset({"share", "follow", "read_more"})
#: Kinds that are one family: a sign-up box's button and field are parts of one widget.
_SIGN_UPS = frozenset({"newsletter", "subscribe"})
#: Never a widget: the page, its regions, the article's containers, lists and tables.
_NEVER = frozenset({
    "html", "body", "main", "article", "header", "footer", "aside", "nav", "blockquote",
    "figure", "td", "tr", "table", "tbody", "thead", "ul", "ol", "dl", "menu", "p",
})
#: Parts of a widget that show no text of their own: pictures, icons, rules.
_PICTURES = frozenset({"img", "picture", "svg", "hr", "br", "figure", "source", "video"})
#: Lists of links and menus: never a part of a widget.
_LISTS = frozenset({"ul", "ol", "nav", "menu", "dl"})


def items_held(found: Sequence[Found]) -> dict[etree._Element, int]:
    """How many found items each element holds (an item counts for its own element too)."""
    held: dict[etree._Element, int] = {}
    for f in found:
        held[f.element] = held.get(f.element, 0) + 1
        for anc in f.element.iterancestors():
            held[anc] = held.get(anc, 0) + 1
    return held


def widgets_of_actions(found: Sequence[Found], body_line: Collection[etree._Element],
                       base: str | None, body_blocks: Collection[etree._Element] = ()) -> list[Found]:
    """``found`` with each action CTA reported at its widget (module doc); the CTAs of the
    same kind found inside a grown widget are dropped as its parts. ``body_blocks``: the
    article's blocks (a titled box of the text around an action the body left out)."""
    cta_fs = [f for f in found if isinstance(f.item, CallToAction) and f.item.kind not in _BARS]
    if not cta_fs:
        return list(found)
    # (an ancestor holding more found items than the climbed node holds a second item)
    held = items_held(found)
    by_el: dict[etree._Element, list[Found]] = {}
    for f in found:
        by_el.setdefault(f.element, []).append(f)
    above: dict[etree._Element, set[etree._Element]] = {}  # (``_same_widget``'s memo)
    grown: dict[int, etree._Element] = {}
    for f in cta_fs:
        box = _widget(f, body_line, held, by_el, above, body_blocks)
        if box is not f.element:
            grown[id(f)] = box
    if not grown:
        return list(found)
    boxes = set(grown.values())

    def kept(f: Found) -> bool:
        # (a part of a widget another CTA of its kind grew to is dropped)
        return not (isinstance(f.item, CallToAction) and f.item.kind not in _BARS
                    and not boxes.isdisjoint(f.element.iterancestors()))

    return at_boxes(found, grown, base, kept)


def _widget(f: Found, body_line: Collection[etree._Element], held: dict[etree._Element, int],
            by_el: dict[etree._Element, list[Found]], above: dict[etree._Element, set[etree._Element]],
            body_blocks: Collection[etree._Element] = ()) -> etree._Element:
    """The widget around the CTA ``f``'s element: its last ancestor (``ACTION_WIDGET_CLIMB``
    levels up at most) reached adding only the widget's own parts (module doc)."""
    if tag_of(f.element) not in _ACTIONS and next(f.element.iter(*_ACTIONS), None) is None:
        return f.element  # (no action: a prompt, a counter, a holder a script fills)
    el = _form_of(f.element, body_line)
    kind = f.item.kind  # type: ignore[union-attr]
    node, best, stopped = _climb(el, kind, body_line, held, by_el, above)

    def fits(a: etree._Element) -> bool:
        """``a`` holds no more found items than ``node`` does, or only this widget's."""
        return held.get(a, 0) <= held.get(node, 0) or _same_widget(a, node, kind, by_el, above)

    if stopped and body_blocks and el not in body_line and el not in body_blocks:
        box = titled_box(node, body_line, body_blocks)
        if box is not None and fits(box):  # (a callout in the text: its title and blurb, the action the body left out)
            node, best, stopped = _climb(box, kind, body_line, held, by_el, above)
    if stopped:
        # (past a long text or the article's line: a box the page sets apart is the widget)
        box = apart_box(node, body_line, fits)
        if box is not None:
            node, best, _ = _climb(box, kind, body_line, held, by_el, above)
    # (wrappers above the widget's last part are the page's column, unless they reach the
    # page itself: an overlay or band standing alone under ``<body>`` is the widget)
    parent = node.getparent()
    return node if parent is not None and tag_of(parent) == "body" else best


def _climb(el: etree._Element, kind: str, body_line: Collection[etree._Element], held: dict[etree._Element, int],
           by_el: dict[etree._Element, list[Found]], above: dict[etree._Element, set[etree._Element]]
           ) -> tuple[etree._Element, etree._Element, bool]:
    """The climb from ``el`` while each ancestor adds only the widget's parts: the last node
    reached, the last that added a part, and whether a long text or the article's line
    stopped it (no page region, second item or row of links)."""
    headed = next(el.iter(*HEADINGS), None) is not None
    chars = links = 0
    node = best = el
    for parent in islice(el.iterancestors(), widget_rules.ACTION_WIDGET_CLIMB):
        if tag_of(parent) in _NEVER or class_or_id_named(parent, widget_rules.PAGE_COLUMN_WORDS):
            return node, best, False
        if parent in body_line:
            return node, best, True
        if held.get(parent, 0) > held.get(node, 0) and not _same_widget(parent, node, kind, by_el, above):
            return node, best, False  # (a second item beside it: two widgets)
        add = _added(parent, node, headed)
        if add is None or isinstance(add, str):
            return node, best, add is not None
        headed = headed or add[3]
        chars, links = chars + add[0], links + add[1]
        if links > 1:
            return node, best, False  # (a second link beside the action's own: a row or menu of links)
        if chars > rules.MAX_BOX_TEXT:
            return node, best, True
        node = parent
        if add[2]:
            best = node
    return node, best, False


def _form_of(el: etree._Element, body_line: Collection[etree._Element]) -> etree._Element:
    """The form ``el`` (a field, a button, a row of them) stands in, when it is a box's size
    (a form around the whole page is none): its fields, labels and small print are all one
    action; else ``el``."""
    for anc in islice(el.iterancestors(), widget_rules.ACTION_WIDGET_CLIMB):
        if anc in body_line or tag_of(anc) in _NEVER and tag_of(anc) not in _IN_FORMS:
            return el
        if tag_of(anc) == "form":
            stats = text_stats(anc, max_elements=rules.MAX_BOX_ELEMENTS)
            if stats.truncated or stats.chars > widget_rules.MAX_ACTION_FORM_TEXT or stats.longest_p > patterns.MAX_CTA_PARAGRAPH:
                return el
            return anc
    return el


#: What ``_added`` says of an ancestor adding a body-length block (a long paragraph, more
#: than a box's text): the climb may go on into a box set apart (``apart_boxes``).
LONG = "long"

#: Lists and tables a form lays its fields out in ("ul.gform_fields").
_IN_FORMS = frozenset({"ul", "ol", "li", "table", "tbody", "tr", "td", "dl", "p"})


def _same_widget(parent: etree._Element, node: etree._Element, kind: str,
                 by_el: dict[etree._Element, list[Found]], above: dict[etree._Element, set[etree._Element]]) -> bool:
    """Every found item ``parent`` holds beside ``node`` is a CTA of ``kind`` (of its family
    for a sign-up): parts of one widget (a form's field and its button). ``above``: the
    ancestors of each found element, read once per page (every step of every climb asks
    about every item: set look-ups, no climb from each item each time)."""
    for el, fs in by_el.items():
        ancestors = above.get(el)
        if ancestors is None:
            ancestors = above[el] = set(el.iterancestors())
        if el is node or node in ancestors:
            continue  # (inside the climbed node: already a part)
        if el is not parent and parent not in ancestors:
            continue
        if el is parent:
            return False  # (an item found at the parent itself)
        for g in fs:
            if not isinstance(g.item, CallToAction):
                return False
            k = g.item.kind
            if k != kind and not (k in _SIGN_UPS and kind in _SIGN_UPS):
                return False
    return True


def _added(parent: etree._Element, node: etree._Element, headed: bool) -> tuple[int, int, bool, bool] | str | None:
    """The text characters and (not legal) links ``parent`` adds to ``node``, whether it
    shows anything and adds a heading, when all it adds belongs to the widget (a heading, a
    prompt, a picture, a close control, legal small print, invisible parts); ``LONG`` when
    it adds a body-length block, None when it adds anything else foreign (``headed``: the
    widget so far holds a heading)."""
    chars = len(norm(parent.text))
    links = pieces = 0
    shows = heading = False
    entry = (node.tag, node.get("class"))
    if chars and tag_of(node) in _INLINE:
        return None  # (a link in a line of text, a byline's "By X on <date> | Comments")
    for child in parent:
        tail = len(norm(child.tail))
        if tail and (child is node or tag_of(child) in _INLINE) and tag_of(node) in _INLINE:
            return None
        chars += tail
        if child is node or not isinstance(child.tag, str):
            continue
        tag = tag_of(child)
        if tag in INVISIBLE:
            continue
        if tag in _PICTURES and next(child.iter("a"), None) is None:
            shows = True
            continue
        if tag in _LISTS or next(child.iter("form", "iframe", "textarea", "select"), None) is not None:
            return None  # (a list of links, a second form, an embed: another part of the page)
        if (child.tag, child.get("class")) == entry and next(child.iter("a"), None) is not None:
            if not _copy_of(child, node):
                return None  # (a link entry like the node: the node is one of a list's entries)
            shows = True  # (a second badge or icon linking the action's own page: one action)
            continue
        stats = text_stats(child, max_elements=rules.MAX_BOX_ELEMENTS)
        if stats.links and not stats.chars and tag not in _INLINE and _copy_of(child, node):
            shows = True
            continue
        if tag in HEADINGS:
            heading = True
        elif (h := next(child.iter(*HEADINGS), None)) is not None:
            if headed and stats.chars > len(norm(text_content(h))):
                return None  # (a headed box beside a headed widget: a column of two widgets)
            heading = True
        if stats.truncated or stats.longest_p > patterns.MAX_CTA_PARAGRAPH or stats.chars > rules.MAX_BOX_TEXT:
            return LONG  # (a body-length block)
        if (stats.links > 1 or stats.links and 0 < stats.chars - stats.link_chars < rules.MIN_PROMPT_CHARS) \
                and not _small_print(child, stats.chars, stats.link_chars):
            return None  # (a row of links, a label and its link "Redaktion: Landesanstalt": facts)
        if tag in _INLINE and stats.chars:
            pieces += 1
            if pieces > widget_rules.MAX_WIDGET_LINE_PIECES:
                return None  # (a line of pieces, a byline's author, date and counter: no widget)
        chars += stats.chars
        links += stats.links if stats.links == 1 else 0
        shows = shows or stats.chars > 0 or stats.links > 0 or next(child.iter(*_CONTROLS), None) is not None
    return chars, links, shows or chars > 0, heading


def _copy_of(child: etree._Element, node: etree._Element) -> bool:
    """``child`` holds only pictures and links to the page ``node``'s link opens (a store
    badge beside its twin, an icon beside the named link): another face of one action."""
    links = list(islice(child.iter("a"), _MAX_COPY_LINKS + 1))
    if not links or len(links) > _MAX_COPY_LINKS:
        return False
    href = (links[0].get("href") or "").strip()
    if not href or href[:1] == "#" or any((a.get("href") or "").strip() != href for a in links[1:]):
        return False
    own = node.iter("a")
    first = next(own, None)
    if first is None or (first.get("href") or "").strip() != href or any((a.get("href") or "").strip() != href for a in own):
        return False  # (the action links no page, another page, or several)
    return not norm(text_content(child)) and next(child.iter(*_NOT_PICTURE_ACTIONS), None) is None


#: A copy of an action holds at most this many links, and none of these.
_MAX_COPY_LINKS = 2
_NOT_PICTURE_ACTIONS = ("form", "input", "button", "textarea", "select", "iframe")


def _small_print(el: etree._Element, chars: int, link_chars: int) -> bool:
    """``el`` is legal small print: a sentence (more text outside its links than in them, no
    row of links) whose links name a legal page ("Mit der Registrierung akzeptiere ich die
    Nutzungsbedingungen ... Die Datenschutzerklärung habe ich zur Kenntnis genommen")."""
    if chars - link_chars < link_chars:
        return False
    return any(legal_label(norm(text_content(a)).lower()) for a in el.iter("a") if a.get("href"))


#: Elements that are an action of a widget (its button, field, form or a link).
_ACTIONS = ("a", "form", "input", "button", "textarea", "select", "iframe")
#: Phrasing elements: pieces of a line of text.
_INLINE = frozenset({"span", "a", "abbr", "time", "em", "strong", "b", "i", "small", "u", "font", "cite", "bdi"})
#: What a reader sees or presses with no text: a close control, an icon.
_CONTROLS = ("button", "img", "svg", "picture", "input")


def reported_at(found: Found, box: etree._Element, base: str | None) -> Found:
    """``found``'s CTA reported at ``box`` (its widget): the box's text, and its link unless
    the CTA had one."""
    item = found.item
    new = ctas.build_cta(box, item.kind, base)  # type: ignore[union-attr]
    item.text, item.url = new.text or item.text, item.url or new.url  # type: ignore[union-attr]
    return Found(box, item)


def at_boxes(found: Sequence[Found], box_of: dict[int, etree._Element], base: str | None,
             kept: Callable[[Found], bool] = lambda f: True) -> list[Found]:
    """``found`` with each CTA that ``box_of`` gives a box reported at it (one item per box,
    the first CTA's kind), and the others kept when ``kept`` says so."""
    out: list[Found] = []
    done: set[etree._Element] = set()
    for f in found:
        box = box_of.get(id(f))
        if box is None:
            if kept(f):
                out.append(f)
            continue
        if box not in done:
            done.add(box)
            out.append(reported_at(f, box, base))
    return out
