"""Offer bands: a headed band of two to four offer cards, each with its own button saying
one label ("View Jobs" under "Teacher Jobs", "Principal Jobs"...), to pages that are no
stories. ``offer_boxes`` finds each card's box, then drops it as a listing's button (the
page repeats the label); conventions 1 and 10.2 want ONE ``other`` CTA on the band: its
cards' common parent, grown to its heading.

The band holds nothing but its heading, the cards' pitches, pictures and links to the
cards' own pages and to buttons' (no menu, list, form, body block or found item), and a
little text (no paragraph of a story). Inside the band a button is seen wider than the
walk sees it (``band_button``): the class on the link's one-child wrapper or on its only
child, or a CSS module's ``Button…`` token; widening the walk itself brings false alarms.
A link whose CSS-module class names a button (``module_button``, one test of its class: the
page's links are many) may start a band of cards of its design too, never a box alone.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from itertools import islice

from lxml import etree

from .chrome_util import NO_TEXT, norm, text_content
from .conversion_links import styled_value
from .linklists import larger_than
from .rules import offer_boxes as rules

#: Tags a band never is nor holds (the page's regions, lists, tables, forms, embeds).
_NEVER = frozenset({
    "html", "body", "main", "article", "header", "footer", "nav", "aside", "ul", "ol", "li",
    "dl", "menu", "table", "tbody", "tr", "td", "form", "blockquote",
})
_FOREIGN = frozenset({"form", "input", "select", "textarea", "iframe", "ul", "ol", "nav", "menu", "table",
                      "article", "time", "h1"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def offer_band(card: etree._Element, cards: Sequence[etree._Element], body: Collection[etree._Element],
               found: Collection[etree._Element], line: Collection[etree._Element],
               button: Callable[[etree._Element], bool]) -> etree._Element | None:
    """The band holding the offer box ``card`` and the other buttons ``cards`` saying its
    button's label (module doc); None when they stand in no such band. ``body``/``found``:
    the body blocks and the items found; ``line``: the elements holding a body block;
    ``button``: an offer's button (``offer_boxes._offer_button``)."""
    if not rules.MIN_BAND_CARDS <= len(cards) <= rules.MAX_BAND_CARDS or any(_reads(a) for a in cards):
        return None
    chain = list(islice(card.iterancestors(), rules.BAND_CLIMB))
    depth = {x: i for i, x in enumerate(chain)}
    top = -1
    for a in cards:
        for x in a.iterancestors():
            i = depth.get(x)
            if i is not None:
                top = max(top, i)
                break
        else:
            return None
    if top < 0:
        return None
    band = chain[top]
    roots = set()
    for a in cards:
        x = a
        while (parent := x.getparent()) is not band:
            x = parent
        roots.add(x)
    # (cards whose buttons say one label are a listing's entries unless a heading of the
    # band stands outside them; cards each with its own label may carry their own titles)
    outside = roots if len({norm(text_content(a)).lower() for a in cards}) < len(cards) else frozenset()
    for _ in range(rules.BAND_HEADING_CLIMB):
        if _heading(band, outside):
            break
        parent = band.getparent()
        if parent is None or parent.tag in _NEVER:
            return None
        band = parent
    else:
        if not _heading(band, outside):
            return None
    if band.tag in _NEVER or band in body or band in found or band in line \
            or larger_than(band, rules.MAX_BAND_ELEMENTS):
        return None
    if any(x.tag in rules.MENU_ANCESTOR_TAGS or (x.get("role") or "").lower() in rules.MENU_ANCESTOR_ROLES for x in band.iterancestors()):
        return None
    return band if _holds_offers(band, cards, found, button) else None


def widened_cards(a: etree._Element) -> tuple[etree._Element, list[etree._Element]] | None:
    """For a link ``a`` styled as a button only by ``band_button``'s wider test: the card
    holding it and one such button of each card of its design beside it (2 to
    ``MAX_BAND_CARDS``), the nearest within ``WIDENED_CLIMB`` levels; None when there are none."""
    node = a
    for parent in islice(a.iterancestors(), rules.WIDENED_CLIMB):
        if parent.tag in _NEVER:
            return None
        key = (node.tag, node.get("class"))
        cards: list[etree._Element] = []
        for c in parent:
            if c is node:
                cards.append(a)
            elif (c.tag, c.get("class")) == key:
                x = next((x for x in c.iter("a") if x.get("href") and band_button(x)), None)
                if x is None:
                    return None
                cards.append(x)
        if len(cards) > 1:  # (buttons side by side are a row of buttons, no cards)
            return (node, cards) if node is not a and len(cards) <= rules.MAX_BAND_CARDS else None
        node = parent
    return None


def _reads(a: etree._Element) -> bool:
    """``a``'s label opens with a word of reading or watching ("Read", "Watch"): a story's card."""
    words = norm(text_content(a)).lower().split()
    return bool(words) and words[0].strip(_PUNCTUATION) in rules.BAND_READ_WORDS


_PUNCTUATION = ".,:;!?»›→-–— "


def _heading(el: etree._Element, cards: Collection[etree._Element]) -> bool:
    """``el`` holds a heading outside the ``cards``: an ``<h2>``–``<h6>`` outside any link,
    or a first child of a few words holding no link (a band's title drawn by its class,
    "Popular Products")."""
    for h in el.iter(*_HEADINGS):
        if next(h.iterancestors("a"), None) is None and norm(text_content(h)) \
                and (not cards or not any(x in cards for x in h.iterancestors())):
            return True
    first = next((x for x in el if isinstance(x.tag, str) and x.tag not in NO_TEXT), None)
    if first is None or first in cards or first.tag == "a" or next(first.iter("a"), None) is not None:
        return False
    return 1 <= len(norm(text_content(first)).split()) <= rules.MAX_BAND_TITLE_WORDS


def _holds_offers(band: etree._Element, cards: Sequence[etree._Element], found: Collection[etree._Element],
                  button: Callable[[etree._Element], bool]) -> bool:
    """Every link of ``band`` is an offer's button or goes to a button's page (a card's
    picture or title), at most ``MAX_BAND_BUTTONS`` buttons, none into the site's stories;
    it holds no foreign part nor found item, no story's headline, and little text with no
    long paragraph."""
    targets = {(a.get("href") or "").strip() for a in cards}
    others: set[str] = set()
    buttons = chars = 0
    for x in band.iterdescendants():
        tag = x.tag
        if not isinstance(tag, str) or tag in NO_TEXT:
            continue
        if tag in _FOREIGN or x in found:
            return False
        if tag == "p" and len(norm(text_content(x))) > rules.MAX_BAND_PARAGRAPH:
            return False
        if tag in _HEADINGS and len(norm(text_content(x)).split()) >= rules.BAND_HEADLINE_WORDS:
            return False  # (a story's headline: teaser cards)
        if tag == "a" and (href := (x.get("href") or "").strip()):
            if x in cards or band_button(x):
                if not button(x) or _story_path(href):
                    return False
                buttons += 1
                targets.add(href)
            else:
                others.add(href)
        if x.text and not x.text.isspace():
            chars += len(x.text.strip())
        if x.tail and not x.tail.isspace():
            chars += len(x.tail.strip())
    return buttons <= rules.MAX_BAND_BUTTONS and others <= targets and chars <= rules.MAX_BAND_TEXT


def _story_path(href: str) -> bool:
    """A segment of ``href``'s path names the site's stories ("/blogs/top-companies")."""
    path = href.split("?", 1)[0].split("#", 1)[0]
    if "//" in path:
        path = path.split("//", 1)[1].partition("/")[2]
    return not rules.BAND_STORY_SEGMENTS.isdisjoint(path.lower().split("/"))


def band_button(a: etree._Element) -> bool:
    """``a`` is styled as a button, on itself, on its one-child wrapper or on its only child
    (a class word ``btn``/``button``/``cta``), or by a CSS module's ``Button…`` token (the
    page's links are many: a class value is judged once, a wrapper read only for a link of
    no class)."""
    value = a.get("class")
    if value:
        return _judged(value)
    if len(a) == 1 and (value := a[0].get("class")) and _judged(value):
        return True
    parent = a.getparent()
    return parent is not None and len(parent) == 1 and bool(value := parent.get("class")) and _judged(value)


def module_button(value: str) -> bool:
    """A link's class value names a button the walk does not see: a CSS module's
    ``Button…`` token (the page's links are many: a value is judged once)."""
    styled = _MODULE.get(value)
    if styled is None:
        if len(_MODULE) > _MAX_CLASSES:
            _MODULE.clear()
        styled = _MODULE[value] = any(t.startswith(_MODULE_BUTTON) for t in value.split())
    return styled


def _judged(value: str) -> bool:
    """``_styled_class`` of a class value, remembered."""
    styled = _CLASSES.get(value)
    if styled is None:
        if len(_CLASSES) > _MAX_CLASSES:
            _CLASSES.clear()
        styled = _CLASSES[value] = _styled_class(value)
    return styled


def _styled_class(value: str) -> bool:
    """A class value naming a button (``conversion_links``' test), or holding a CSS
    module's token that starts with ``Button`` ("Buttonstyles-sc-hznqte-1")."""
    return styled_value(value) or any(t.startswith(_MODULE_BUTTON) for t in value.split())


#: Class values judged by ``_styled_class``.
_CLASSES: dict[str, bool] = {}
#: Class values judged by ``module_button``.
_MODULE: dict[str, bool] = {}
_MAX_CLASSES = 65536
_MODULE_BUTTON = ("Button", "button_", "Button_")
