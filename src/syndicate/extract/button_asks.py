"""Calls to action that are ``<button>`` controls with no link: a header's "Start a Quote"
button, a footer band "See your custom price in seconds" over a "Start a Quote" button, a box
"Choose Your Accounting Software" whose "Download Now!" button a script drives. The link
rules (``conversion_links``, ``offer_boxes``, ``popup_asks``) start from links and pass them by.

Buttons are everywhere (menus, filters, galleries, players): what makes one an ask,
structure first —

* A BUTTON OF THE PAGE: a ``<button>`` in no form, link, menu entry, menu or dialog
  (``rules.NEVER_IN``), no toggle (``aria-expanded``, ``aria-controls``… : it opens or switches
  something on the page), no control named by its class/id or its near ancestors' (close,
  search, share, player, carousel, chat…: ``rules.CONTROL_WORDS``);
* ITS LABEL ASKS: a short label opening with an offer's verb (``cta_boxes.asks_to_act``, not a
  "learn more" verb) or naming a CTA kind (``box_kind_of``: "Subscribe", "Donate");
* ON ITS OWN: the highest small box around it (``rules.BOX_CLIMB`` levels, little text, one
  link at most — a phone line —, two buttons at most, nothing found inside) holding words
  beside the button (a heading, a blurb) is the CTA; a button with no such box is one when it
  stands in the page's ``<header>`` or right beside the page's content (a child of a box the
  body stands in: a floating "Feedback" button). Outside the body blocks and the items found.

A CTA of the kind its label names, else ``other``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from itertools import islice

from lxml import etree

from ..memo import memo
from . import ctas
from .chrome import Found
from .chrome_util import norm, page_attributes, text_content, words
from .cta_boxes import asks_to_act, box_kind_of
from .rules import button_asks as rules
from .rules.regions import LEARN_MORE_VERBS, MAX_REPEATED_CTA


def button_asks(controls: Iterable[etree._Element], links: Mapping[etree._Element, int],
                body: Collection[etree._Element], found: Collection[etree._Element],
                base: str | None, body_line: Collection[etree._Element] = ()) -> list[Found]:
    """The CTAs among ``controls`` (the region walk's forms and buttons) that are buttons
    asking to act (module doc). ``links``: links below each element (the walk's counts);
    ``body``: the body blocks; ``found``: the items' elements found so far; ``body_line``:
    the ancestors of the body blocks."""
    asking: list[tuple[etree._Element, str, str]] = []
    for x in controls:
        if x.tag != "button":
            continue
        label = norm(text_content(x))
        if not label or len(label) > rules.MAX_LABEL_CHARS:
            continue
        kind = _label_kind(label)
        if kind is not None:
            asking.append((x, label, kind))
    # (the same button, label and class, three times or more: a listing's, one per row)
    copies = Counter((label.lower(), x.get("class")) for x, label, _ in asking)
    out: list[Found] = []
    taken: set[etree._Element] = set()
    for x, label, kind in asking:
        if copies[label.lower(), x.get("class")] >= MAX_REPEATED_CTA or _toggle(x, links):
            continue
        in_header = _free(x, found, body, taken)
        if in_header is None:
            continue
        box = _box(x, links, found)
        if box is x and not in_header and x.getparent() not in body_line:
            continue  # (a lone button inside the page's parts: a control of a widget)
        taken.add(box)
        out.append(Found(box, ctas.build_cta(box, kind, base)))
    return out


@memo(4096)
def _label_kind(label: str) -> str | None:
    """The kind a button's label asks for: named by the kind stems, else ``other`` when it
    opens with an offer's verb (no "learn more": a teaser's or an expander's). Cached: pages
    repeat their buttons' labels ("Close", "Menu", "Search")."""
    low = label.lower()
    kind = box_kind_of(low)
    if kind is not None:
        return kind
    if asks_to_act(label) and not (low + " ").startswith(LEARN_MORE_VERBS):
        return "other"
    return None


def _toggle(x: etree._Element, links: Mapping[etree._Element, int]) -> bool:
    """``x`` opens, closes or switches something (its attributes, its ``aria-label``, a panel
    of links right after it), or its class/id or its near ancestors' name a control of the
    page (``rules.CONTROL_WORDS``)."""
    if any(x.get(a) is not None for a in rules.TOGGLE_ATTRIBUTES):
        return True
    aria = x.get("aria-label")
    if aria and not rules.CONTROL_WORDS.isdisjoint(aria.lower().split()):
        return True  # ("Toggle nested links for Membership", "Close")
    nxt = x.getnext()
    if nxt is not None and links.get(nxt, 0) >= 2:
        return True  # (a disclosure: the panel of links it unfolds stands after it)
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    for node in (x, *islice(x.iterancestors(), rules.WORD_CLIMB)):
        for value in (page.classes[node], page.ids[node]):
            # (the words of each name, cached: no search built for this vocabulary)
            if value and any(not rules.CONTROL_WORDS.isdisjoint(words(n)) for n in value.split()):
                return True
    return False


def _free(x: etree._Element, found: Collection[etree._Element], body: Collection[etree._Element],
          taken: set[etree._Element]) -> bool | None:
    """None when ``x`` stands in a form, link, menu, dialog, body block or an item found;
    else whether it stands in the page's header."""
    header = False
    for anc in x.iterancestors():
        if anc in found or anc in taken or anc in body or anc.tag in rules.NEVER_IN:
            return None
        if anc.get("role") == "dialog" or anc.get("aria-modal") is not None:
            return None
        if anc.tag in rules.HEADER_TAGS:
            header = True
    return header


def _box(x: etree._Element, links: Mapping[etree._Element, int],
         found: Collection[etree._Element]) -> etree._Element:
    """The highest small box around ``x`` that holds words outside its links, buttons and code
    (a heading, a blurb), else ``x``."""
    box, node = x, x
    for _ in range(rules.BOX_CLIMB):
        node = node.getparent()
        if node is None or node.tag in rules.BOX_STOP or links.get(node, 0) > rules.MAX_BOX_LINKS:
            break
        text = norm(text_content(node))
        if len(text) > rules.MAX_BOX_TEXT:
            break
        inside = list(node.iter(etree.Element))
        if sum(1 for e in inside if e.tag == "button") > rules.MAX_BOX_BUTTONS \
                or any(e in found for e in inside) or any(e.tag in ("h1", "form") for e in inside):
            break
        if len(text) - sum(len(norm(text_content(e))) for e in node.iter(*_NO_HEAD)) >= rules.MIN_HEAD_CHARS:
            box = node  # (words outside its links, buttons and code: a heading, a blurb)
    return box


#: Elements whose text is no heading or blurb of a box: its actions, and code (a style sheet
#: a styled-component puts beside its button).
_NO_HEAD = ("a", "button", "style", "script", "noscript", "template")
