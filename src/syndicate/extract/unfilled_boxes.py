"""Related boxes the page ships empty and a script fills: named a related block, no story in
the HTML yet.

Jetpack's related posts (``<div class="jp-relatedposts"><h3>Related</h3></div>``), a right
rail's "Recommended Articles" box whose list is a handlebars ``<script>`` template, an
``<aside class="recommended-stories">`` mount, a Vue ``v-for`` card holding no story yet: the
page as scraped holds no link there, so the region walk (which enters only what holds
links) never sees the box, and the chrome pass's class test wants links too. What the box
*is* shows in two things together:

* its class or id **tokens** name a box of the site's other stories (``rules.RELATED_NAMES``,
  many languages; no word of it naming something else, ``rules.NOT_STORY_WORDS``);
* it holds nothing shown but, at most, its heading: no link out of the heading, no form
  field, picture or frame, no other text; and either that heading is a related heading
  (``linklists.related_heading``: the stems of many languages) or the box shows that a
  script fills it (``_fill_marks``: an empty list or card, a template or script, template
  bindings or ``data-*`` settings, a loading class).

Guards: ad markup found inside or around it comes first (it is the ad's), the body and what
was found are never entered, a menu's boxes are navigation, a heading-only box followed by a
list of links is that list's heading (the list is found on its own), and a box repeating
the heading of a block found already is that block's copy. The chrome pass collects the
candidates (elements its class test named related that held no link list, also inside the
box of a share or follow bar it found, which it does not enter), so no extra walk of the
page is made; a bar whose box holds the block is then reported at its own part of the box.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from ..model import CallToAction, Related
from . import ctas, related
from .chrome import BAR_KINDS, Found
from .chrome_util import NO_TEXT, norm, strictly_inside, tag_of, text_content
from .classtokens import matcher, words
from .element_hints import HEADINGS
from .linklists import related_heading
from .region_names import MENU, area_of, not_related_class
from .rules import unfilled_boxes as rules

_NAMES = matcher(rules.RELATED_NAMES)
#: What a box of stories yet to come never holds: a form's fields, a picture or a frame.
_CONTENT = frozenset({"form", "input", "button", "select", "textarea", "img", "picture", "video",
                      "audio", "iframe", "object", "embed", "canvas", "table", "p"})
#: Link targets that load no page: a script's or a tab's control.
_NO_PAGE = ("", "#", "javascript:", "javascript:void(0)", "javascript:void(0);")
_CLASS, _ID = b"class", b"id"


def unfilled_boxes(candidates: Iterable[etree._Element], line: set[etree._Element], body: set[etree._Element],
                   found: list[Found], base: str | None) -> list[Found]:
    """The candidates (boxes named related, holding no link list: ``chrome``) that are related
    blocks a script fills, each a related block of no items; outermost boxes only, outside
    the body, what ``found`` holds and menus. A share or follow bar of ``found`` whose box
    holds such a block is narrowed, in place, to its own part of the box (no item holds
    another)."""
    taken = {f.element for f in found}
    out: list[Found] = []
    claimed: set[etree._Element] = set()
    titles: set[str] | None = None
    widgets: dict[etree._Element, int] | None = None
    for el in candidates:
        if el in line or el in body or el in taken or not _named(el) or not_related_class(el):
            continue
        if widgets is None:  # (a bar's box may hold the related box beside its buttons: Jetpack's)
            widgets = {f.element: i for i, f in enumerate(found)
                       if isinstance(f.item, CallToAction) and f.item.kind in BAR_KINDS}
        if any(a in claimed or a in body or (a in taken and a not in widgets) or area_of(a, tag_of(a)) == MENU
               for a in el.iterancestors()):
            continue  # (inside a box claimed or found already, the article, a site menu)
        box = _empty_box(el, taken)
        if box is None:
            continue
        heading, marked = box
        heading = heading or norm(el.get("aria-label")) or None
        if heading is None:
            continue  # (a class alone only guesses what a script will show: no block)
        if titles is None:  # (the headings of the blocks found: a hidden copy repeats one)
            titles = {t.lower() for f in found if isinstance(f.item, Related) and (t := f.item.title)}
        if heading.lower() in titles or any(_not_story(w) for w in heading.lower().split()):
            continue  # (a copy of a block found; "Related Products": a shop's)
        if not marked and (not related_heading(heading) or _heads_list(el)):
            continue  # (a heading alone names the box only when in the related vocabulary)
        holder = next((a for a in el.iterancestors() if a in widgets), None)
        if holder is not None:  # (the bar is reported at its own part of the box, beside the block)
            i = widgets[holder]
            part = _bar_part(holder, el)
            if part is None:
                continue
            widget = found[i]
            found[i] = Found(part, ctas.build_cta(part, widget.item.kind, base))  # type: ignore[union-attr]
            del widgets[holder]
        rel = related.build_related(el, base, title=heading)
        rel.items = []
        out.append(Found(el, rel))
        claimed.add(el)
    return out


def _bar_part(box: etree._Element, el: etree._Element) -> etree._Element | None:
    """The child of a CTA's ``box`` holding all of its links but none of ``el`` (the related
    box beside the bar), or None when the links are spread over the box."""
    part: etree._Element | None = None
    for a in box.iter("a"):
        if a.get("href") is None or strictly_inside(a, el):
            continue
        node = a
        while node.getparent() is not box:
            node = node.getparent()  # type: ignore[assignment]
        if part is None:
            part = node
        elif node is not part:
            return None
    return part if part is not None and part is not el else None


def _named(el: etree._Element) -> bool:
    """The class or id of ``el`` names a related box, and no word of that name says it is a
    shop's products, a search or a control."""
    for value in (el.get(_CLASS), el.get(_ID)):
        if value and _NAMES.search(value):
            return not any(_not_story(w) for t in value.split() for w in words(t))
    return False


def _not_story(word: str) -> bool:
    """``word`` (or the end of a glued one: "relatedproducts") says the box is no story's."""
    return word in rules.NOT_STORY_WORDS or any(word.endswith(n) for n in rules.NOT_STORY_ENDS)


def _empty_box(el: etree._Element, taken: set[etree._Element]) -> tuple[str | None, bool] | None:
    """(``el``'s heading text or None, whether a mark shows a script fills it) when ``el``
    shows nothing but that heading; None when it holds a story link, a form field, a
    picture, other text, something found, or too many elements."""
    heading: etree._Element | None = None
    heading_text: str | None = None
    marked = not len(el) and not (el.text or "").strip()  # (the box itself is the empty mount)
    marked = marked or _bound(el) or _loading(el)
    count = 0
    skip: etree._Element | None = None  # (a script or template: its subtree is no content)
    for node in el.iterdescendants():
        count += 1
        if count > rules.MAX_ELEMENTS:
            return None
        tag = node.tag
        if type(tag) is not str:
            continue
        if skip is not None:
            if strictly_inside(node, skip):
                continue
            skip = None
        if tag in NO_TEXT:
            skip, marked = node, True  # (a template the script renders the stories from)
            continue
        if node in taken or tag in _CONTENT:
            return None
        in_heading = heading is not None and strictly_inside(node, heading)
        if tag == "a" and not in_heading and (node.get("href") or "").strip().lower() not in _NO_PAGE:
            return None
        if heading is None and tag in HEADINGS:
            heading, heading_text = node, norm(text_content(node)) or None
            continue
        if in_heading:
            continue
        if not marked and (tag in rules.FILLED_TAGS or "-" in tag) and not len(node) and not (node.text or "").strip():
            marked = True  # (an empty list or card the script fills)
        if not marked and (_bound(node) or _loading(node)):
            marked = True
    shown = norm(_shown(el))
    if shown != (heading_text or ""):
        return None  # (text besides the heading: the box says something itself)
    return heading_text, marked


def _shown(el: etree._Element) -> str:
    """``el``'s text without its scripts and templates."""
    parts: list[str] = []
    if el.text:
        parts.append(el.text)
    for child in el:
        if type(child.tag) is str and child.tag not in NO_TEXT:
            parts.append(_shown(child))
        if child.tail:
            parts.append(child.tail)
    return " ".join(parts)


def _bound(node: etree._Element) -> bool:
    """``node`` carries a template binding or a script's ``data-*`` setting."""
    return any(isinstance(k, str) and k.startswith(rules.BINDING_PREFIXES) for k in node.keys())


def _loading(node: etree._Element) -> bool:
    """``node``'s class says it waits for its content ("loading", "placeholder", "mount")."""
    cls = node.get(_CLASS)
    return bool(cls) and any(w in rules.LOADING_WORDS for t in cls.split() for w in words(t))


def _heads_list(el: etree._Element) -> bool:
    """``el`` (a heading alone) is followed by links: the heading of the list after it."""
    nxt = el.getnext()
    while nxt is not None and type(nxt.tag) is not str:
        nxt = nxt.getnext()
    return nxt is not None and next((a for a in nxt.iter("a") if a.get("href")), None) is not None
