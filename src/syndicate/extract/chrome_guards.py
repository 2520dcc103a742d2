"""What the chrome walk (``chrome.py``) asks before it takes an element: misreadings found
by tracing pages whose wrapper is named like a menu (Drupal's
``dialog-off-canvas-main-canvas``, a ``<body>`` flagged ``has-nav-menu``), read with and
without the walk's navigation mode. Each one is a misreading on any page:

* a related heading's block that is a column of widgets or a feed with ad slots between its
  cards (``holds_ad_slot``): taken whole, it hid the slots;
* a sign-up box holding a bar of networks (``holds_bar``): two widgets;
* a "Read more" style on a link saying something else (``reads_on``) or a "Read more"
  closing an excerpt (``ends_excerpt``): no "Read more" of the article;
* a genre kicker over a teaser's headline ("Kommentar", ``kicker``): no comments prompt;
* an ad label boxed above its slot (``label_before_slot``) or naming a consent window's
  cookie category (``in_cookie_dialog``): no slot of its own;
* a widget reported at its outermost wrapper (``outer_wrapper``, for ``cta_widgets``);
* a box named for an ask that can show or do nothing (``shows_nothing``): an SVG sprite's
  ``<symbol>``, a hidden field, a block with no text, link, field or button (a views block
  left empty, a heading's anchor, a logo): no CTA, whatever its name says;
* a box at the page's edge that is a list of two or more bare link entries and nothing else
  (``menu_list``: "About Us | Subscribe", "Partner werden | Spenden"): a menu, no CTA box;
* a part of a shop's cart panel (``without_cart_panels``: a drawer or pop-up named for the
  cart, "Added to your cart"): the shop's machinery, no CTA.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from typing import TYPE_CHECKING

from lxml import etree

from ..model import CallToAction
from . import ads, ctas
from .ad_scripts import ScriptInfo
from .chrome_text import classify_short
from .chrome_util import (
    INVISIBLE,
    class_or_id_named,
    href_links,
    norm,
    tag_of,
    text_content,
    visible_text,
)
from .cta_boxes import button_styled
from .dialogs import is_dialog
from .element_hints import HEADINGS
from .menu_entries import at_page_edge
from .rules import cart_panels as cart_rules
from .rules import chrome_patterns as rules
from .rules import regions as region_rules
from .rules.text_phrases import CONSENT_COOKIE

if TYPE_CHECKING:
    from .chrome import Found  # (chrome imports this module)


def holds_ad_slot(block: etree._Element, scripts: ScriptInfo) -> bool:
    """``block`` (climbed to from a related heading) holds an empty ad slot by its own markup:
    a column of widgets (a sidebar: ads, a sign-up box, a list), or a list with ads between
    its cards, no related block as a whole (taken, it would hide the slots); the lists in it
    are found by structure. Bounded: a block is a few hundred elements at most."""
    for n, node in enumerate(block.iterdescendants()):
        if n >= _MAX_BLOCK_NODES:
            return False
        if ads.marked_slot(node, scripts) and ads.empty_box(node):
            return True
    return False


#: Elements of a climbed block looked at for an ad slot (``RELATED_CLIMB`` text limits keep
#: related blocks far smaller).
_MAX_BLOCK_NODES = 3000


def outer_wrapper(box: etree._Element, stop: Callable[[etree._Element], bool]) -> etree._Element:
    """``box`` climbed through the wrappers that hold it alone (their other children show
    nothing: an ``&nbsp;`` paragraph, a script), up to ``WRAPPER_CLIMB`` levels, never into an
    element ``stop`` refuses: the widget is reported at its outermost element, as a
    structural find of the whole box is (a theme's ``section.widget > div.textwidget >
    div.card > div.card-body``)."""
    node = box
    for parent in islice(box.iterancestors(), rules.WRAPPER_CLIMB):
        if stop(parent) or (parent.text and parent.text.strip()) or class_or_id_named(parent, rules.OUTSIDE_WORDS):
            break  # (a page column named so, "rail", "sidebar": the page's, no part of the widget)
        if any(c is not node and _shows(c) for c in parent):
            break
        node = parent
    return node


def _shows(el: etree._Element) -> bool:
    """``el`` (a sibling beside a box) shows something: text, or an element a reader sees
    or uses."""
    if el.tail and el.tail.strip():
        return True
    if type(el.tag) is not str or tag_of(el) in INVISIBLE:
        return False
    return bool(text_content(el).strip()) or next(el.iter(*_SEEN), None) is not None


_SEEN = ("img", "a", "form", "input", "button", "iframe", "video", "svg", "picture")


def reads_on(link: etree._Element) -> bool:
    """A link, button or box classed "read more" that says so or says nothing (an icon, an
    arrow); a box opening a pointer line ("Learn more about ..."); a link with a short label
    leading to a page. No "Read more" is a box holding a story's headline, nor a link whose
    words are a sentence or headline ("Learn about our editorial policies", a teaser's title: the
    class is a theme's "btn readmore" style), nor a link that opens nothing (a tooltip's
    "Learn More" on ``href="#"``)."""
    text = norm(text_content(link))
    if not text:
        return True
    found = classify_short(text) if len(text) <= MAX_LABEL_CHARS else None
    if found is not None and found[1] == "read_more":
        return True
    if tag_of(link) not in rules.CTA_LINK_TAGS:
        # (a box: a "Read more" expander says so, as a pointer line does, "Learn more about
        # ..."; a box saying else is a story link or another widget)
        if text.lower().startswith(region_rules.LEARN_MORE_VERBS):
            return True
        opening = classify_short(" ".join(text.split()[:2]).rstrip(":"))  # ("Read More News on ...")
        return opening is not None and opening[1] == "read_more"
    href = (link.get("href") or "").strip().lower()
    opens_nothing = tag_of(link) == "a" and (not href or href.startswith(rules.NO_PAGE_HREF[:2]))
    return not opens_nothing and text.count(" ") < MIN_SENTENCE_WORDS - 1


#: Longer link texts are no "Read more" label (a headline, a sentence).
MAX_LABEL_CHARS = 60
#: Words from which a link's text is a sentence or a headline.
MIN_SENTENCE_WORDS = 5


def holds_bar(box: etree._Element) -> bool:
    """``box`` (named for a sign-up, a donation...) holds two or more links to social
    networks: a follow or share bar beside the sign-up ("social-newsletter-container": the
    icons and a "Subscribe" button), two widgets and no one box; each is found inside it."""
    n = 0
    for a in box.iter("a"):
        href = a.get("href")
        if href and ctas.share_or_follow(href):
            n += 1
            if n >= 2:
                return True
    return False


def ends_excerpt(link: etree._Element) -> bool:
    """A "Read more" link closing an excerpt: its parent holds ``MIN_EXCERPT_CHARS`` or more
    of text outside links (a bio, a teaser's first lines, "... Read more") and the link leads
    to another page: the teaser of that page, not a "Read more" of the article."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith(rules.NO_PAGE_HREF[:2]):
        return False  # (an expander unfolding the text in place)
    parent = link.getparent()
    if parent is None or any(tag_of(c) in _BLOCKS for c in parent):
        return False  # (a link among the article's paragraphs: its own line, no excerpt's end)
    own = len(norm(text_content(parent))) - sum(len(norm(text_content(a))) for a in parent.iter("a"))
    return own >= MIN_EXCERPT_CHARS


#: Block elements: a parent holding one is a column of blocks, no excerpt's line.
_BLOCKS = frozenset({"p", "div", "section", "article", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                     "blockquote", "figure", "header", "footer", "aside", "main", "form"})
#: Text beside a "Read more" link from which its block is an excerpt.
MIN_EXCERPT_CHARS = 80


def kicker(el: etree._Element) -> bool:
    """``el`` (a short label holding no link) stands right above a heading that links to a
    page: the kicker of a teaser ("Kommentar", "Opinion" over the story's title), naming the
    story's genre, no prompt of the page's comments."""
    if next(el.iter("a", "button", "form"), None) is not None:
        return False
    nxt = el.getnext()
    while nxt is not None and type(nxt.tag) is not str:
        nxt = nxt.getnext()
    return nxt is not None and tag_of(nxt) in HEADINGS and next(nxt.iter("a"), None) is not None


def label_before_slot(box: etree._Element, scripts: ScriptInfo) -> bool:
    """``box`` (an ad label's own box) is followed by its slot, a sibling carrying ad markup
    (an ``ins``, ``amp-ad`` or network iframe inside, or an ad class/id, on the sibling or on
    an element in it: a container of slots under one label): the label is part of that
    slot or those slots, found by their markup, and no slot of its own. A label in a
    wrapper holding it alone (``<h1><b>Publicidade</b></h1>``) is followed by the sibling
    after that wrapper."""
    nxt = _next_element(box)
    for _ in range(rules.LABEL_WRAPPER_CLIMB):
        if nxt is not None:
            break
        parent = box.getparent()
        if parent is None or (parent.text and parent.text.strip()) or (box.tail and box.tail.strip()) \
                or any(child is not box and type(child.tag) is str for child in parent):
            return False  # (text or other elements beside the label: it is no wrapper's whole)
        box = parent
        nxt = _next_element(box)
    if nxt is None or not ads.empty_box(nxt) and tag_of(nxt) not in ("ins", "iframe"):
        return False
    if next(nxt.iter("ins", "amp-ad", "iframe"), None) is not None:
        return True
    if ads.ad_signal(nxt, tag_of(nxt), nxt.get("class") or "", (nxt.get("id") or "").strip(), scripts) is not None:
        return True
    # (an empty box holds a dozen elements at most: ``empty_box`` bounds this walk)
    return any(ads.marked_slot(node, scripts) for node in nxt.iterdescendants())


def _next_element(el: etree._Element) -> etree._Element | None:
    """The element sibling after ``el`` (comments and processing instructions skipped)."""
    nxt = el.getnext()
    while nxt is not None and type(nxt.tag) is not str:
        nxt = nxt.getnext()
    return nxt


def in_cookie_dialog(el: etree._Element) -> bool:
    """``el`` stands in a dialog (``dialogs.is_dialog``, ``COOKIE_DIALOG_CLIMB`` levels up at
    most) whose text names cookies: a consent window, where "Werbung"/"Advertising" names a
    cookie category, no ad slot."""
    for anc in islice(el.iterancestors(), rules.COOKIE_DIALOG_CLIMB):
        if is_dialog(anc):
            text = visible_text(anc, 3000).lower()
            return any(w in text for w in CONSENT_COOKIE)
    return False



def shows_nothing(box: etree._Element, kind: str) -> bool:
    """``box`` (a CTA of ``kind`` found by its class or id) can show or do nothing: an SVG
    definition (``<symbol>``, ``<defs>``: drawn only where a ``<use>`` calls it); a hidden
    ``<input>`` or one outside any form (a script's parameter); or an element with no visible
    text and nothing to press, fill in or load (no link, field, button, frame, form or
    script) that is no script's mount either: a heading's anchor, a picture alone (a logo),
    a template rendered empty (a views block whose fields hold a blank). A mount a script
    fills is an empty box or wrappers around one, or carries the script's settings (``data-*``
    values): it stays (``script_mounts``, 10.9); so does a bar of icons (a script presses them)."""
    tag = tag_of(box)
    if tag in rules.DEFINITION_TAGS:
        return True
    if tag == "input":
        return _hidden_field(box) or next(box.iterancestors("form"), None) is None
    if text_content(box).strip():
        return False
    pictured = blank_slot = False
    for node in box.iter():
        if type(node.tag) is not str:
            continue
        name = tag_of(node)
        if name in rules.ACTING_TAGS and not (name == "input" and _hidden_field(node)):
            return False
        if any(k.startswith("data-") and v.strip() for k, v in node.items()):
            return False  # (a script's settings: its mount)
        pictured = pictured or name in rules.PICTURE_TAGS
        blank_slot = blank_slot or name in rules.TEXT_SLOT_TAGS
    if _in_heading(box):
        return True
    return kind not in ("share", "follow") and (pictured or blank_slot)


def _hidden_field(field: etree._Element) -> bool:
    return (field.get("type") or "").strip().lower() == "hidden"


def _in_heading(el: etree._Element) -> bool:
    """``el`` stands in a heading (a few levels up): an anchor beside its words."""
    return any(tag_of(a) in HEADINGS for a in islice(el.iterancestors(), rules.ANCHOR_CLIMB))


def menu_list(box: etree._Element, kind: str) -> bool:
    """``box`` (a CTA of ``kind`` asking something: no share, follow, comments or app widget)
    is a list of two to ``MAX_MENU_LIST_LINKS`` entries, each one labelled link to a page and
    nothing more, with no text, field or button beside them (a site search form at most), at
    the page's edge (a header, a footer, a navigation): a menu whose entries name pages, one
    of them a sign-up or a donation page ("About Us | Subscribe"); a CTA is a box the page
    sets apart (a prompt, a button). A link styled as a button is such a box. (Two entries:
    ``menu_entries.menu_only`` reads menus of three or more.)"""
    if kind in _WIDGET_KINDS:
        return False
    links = href_links(box, rules.MAX_MENU_LIST_LINKS + 1)
    if not 2 <= len(links) <= rules.MAX_MENU_LIST_LINKS:
        return False
    parent = None
    for a in links:
        entry = _entry(a, box)
        if entry is None or (parent is not None and entry.getparent() is not parent) or button_styled(a):
            return False
        parent = entry.getparent()
        if href_links(entry, 2) != [a]:
            return False  # (an entry holding a submenu, or two links)
    searches = [f for f in box.iter("form") if _search_form(f)]
    for field in box.iter("button", "input", "form", "select", "textarea", "iframe"):
        if not any(f is field or any(a is f for a in field.iterancestors()) for f in searches):
            return False  # (a field or button asking something: a box; a search form is a menu's)
    said = sum(len(norm(text_content(f))) for f in searches)
    for a in links:
        label = len(norm(text_content(a)))
        if not label:
            return False  # (a picture: a badge, an icon, no page named)
        said += label
    if len(norm(text_content(box))) > said + rules.MAX_MENU_LIST_LOOSE:
        return False  # (a prompt beside the links)
    return at_page_edge(box)


def _search_form(form: etree._Element) -> bool:
    """A site search form (``role=search``, a search field): a menu holds one."""
    return (form.get("role") or "").lower() == "search" or any(
        (i.get("type") or "").lower() == "search" for i in form.iter("input"))


def _entry(a: etree._Element, box: etree._Element) -> etree._Element | None:
    """The list entry (``<li>`` of a list) holding link ``a`` inside ``box``, a few levels up."""
    for node in islice(a.iterancestors(), rules.MENU_ENTRY_CLIMB):
        if tag_of(node) == "li":
            parent = node.getparent()
            return node if parent is not None and tag_of(parent) in ("ul", "ol", "menu") else None
        if node is box:
            return None
    return None


#: CTA kinds of a widget, no ask (a menu may hold them: ``region_judge`` has its own tests),
#: and app badges (a list of two store links, no pages of the site).
_WIDGET_KINDS = frozenset({"share", "follow", "comments", "read_more", "app"})


def without_cart_panels(found: list[Found]) -> list[Found]:
    """``found`` less the CTAs that are parts of a shop's cart panel (``in_cart``)."""
    named: dict[etree._Element, bool] = {}  # (the boxes asked so far: CTAs share their ancestors)
    return [f for f in found if not (isinstance(f.item, CallToAction) and in_cart(f.element, f.item.text, named))]


def in_cart(el: etree._Element, text: str | None, named: dict[etree._Element, bool]) -> bool:
    """``el`` (a CTA found) is a part of a shop's cart panel: it or a box at most
    ``CART_CLIMB`` levels above it, below the page's regions, is named for the cart by a
    class/id or tag word (``m-cart-drawer``, ``cart-popup-wrapper``; a product's
    ``add-to-cart`` box is none), or its text (``text``, the CTA's) opens as a notice that
    an item went into the cart ("Added to your cart:"). ``named``: the boxes asked so far."""
    if text and text[:40].lower().startswith(cart_rules.ADDED_STARTS):
        return True
    node: etree._Element | None = el
    for _ in range(cart_rules.CART_CLIMB + 1):
        if node is None:
            return False
        hit = named.get(node)
        if hit is None:
            tag = node.tag
            if type(tag) is not str or tag in cart_rules.CART_STOP:
                return False
            hit = named[node] = _cart_named(node, tag)
        if hit:
            return True
        node = node.getparent()
    return False


def _cart_named(node: etree._Element, tag: str) -> bool:
    """``node``'s tag, class or id names a cart (a product's "add to cart" box aside)."""
    if "-" in tag and not cart_rules.CART_WORDS.isdisjoint(tag.split("-")):
        return True  # (a custom element named for it: ``<m-cart-drawer>``)
    return class_or_id_named(node, cart_rules.CART_WORDS) and not class_or_id_named(node, cart_rules.BUY_WORDS)
