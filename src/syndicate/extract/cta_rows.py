"""What a found call to action IS, judged by its place in the page once every region is known
(used by ``regions.py`` as the region pass's last step):

- a share tool inside one of several alike teaser cards (a band of related stories, each card
  with its own share icons) belongs to its card: it shares that story, not the page; so does
  a "bar" around such tools that shares three or more different pages;
- a lone share control or a comment box inside a dialog (``role=dialog``, ``aria-modal``, a
  class/id word ``modal``: a photo viewer's share button, a comment-rules or "message sent"
  window) is part of that dialog, no CTA of the page;
- a line of one offer button the page repeats (``MAX_REPEATED_CTA`` times: one per item
  of a listing);
- a template the page's script fills (text holding ``##name##`` or ``{{name}}`` placeholders)
  is never a CTA, nor an empty box the page hides (an overlay's backdrop).

(Cards' tools: ``teaser_cards.card_tools``; dialogs: ``dialogs.in_dialog``.)

Also the share controls a script drives (``scripted_share``): a link going nowhere
(``href="#"``, ``javascript:``, empty) that names a network by its class, label or icon is a
share button, like a ``<button>``.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_guards import menu_list
from .chrome_util import href_links, norm, page_attributes, tag_of, text_content
from .cta_boxes import (
    BOX_TAGS,
    asks_to_act,
    box_kind_of,
    button_styled,
    cta_box,
    story_slug,
    url_kind,
)
from .ctas import share_or_follow
from .dialogs import in_dialog
from .rules import regions as rules
from .rules.chrome_patterns import NO_PAGE_HREF
from .teaser_cards import card_tools


def without_false_ctas(found: list[Found]) -> list[Found]:
    """``found`` less the CTAs that belong to a teaser card or a dialog, templates, and
    menus (``chrome_guards.menu_list``)."""
    cards = card_tools(found)
    # (button lines: a paragraph that is one offer button; the same button on 3+ lines is a
    # listing's, one per item; a page's sign-up button repeated in its own boxes stays)
    offers = Counter(_letters(f.item.text) for f in found if isinstance(f.item, CallToAction) and _line_offer(f))
    out = []
    for f in found:
        item = f.item
        if isinstance(item, CallToAction) and (
                f.element in cards
                or (_line_offer(f) and offers[_letters(item.text)] >= rules.MAX_REPEATED_CTA) or _template(f.element) or _empty_hidden(f.element)
                or (_dialog_part(f.element, item.kind) and in_dialog(f.element)) or menu_list(f.element, item.kind)):
            continue
        out.append(f)
    return out


def _line_offer(f: Found) -> bool:
    return f.item.kind == "other" and tag_of(f.element) == "p"  # type: ignore[union-attr]


def _letters(text: str | None) -> str:
    """The letters of a CTA's text, lower-cased (a button under each item of a listing:
    "LEARN MORE" three times or more is the listing's, no CTA of the page)."""
    return "".join(c for c in (text or "").lower() if c.isalpha())


def _dialog_part(el: etree._Element, kind: str) -> bool:
    """A comment box, or a lone share button (a photo viewer's, among its close and zoom
    buttons; a share dialog's own list of networks is the page's share tool)."""
    return kind == "comments" or (kind == "share" and tag_of(el) in ("button", "a"))


#: Placeholders of a client-side template ("##loginname##", "{{ user.name }}").
_PLACEHOLDER = re.compile(r"##\w+##|\{\{\s*[\w.]+\s*\}\}")


def _template(el: etree._Element) -> bool:
    """Placeholders in ``el``'s own text (a ``<template>`` inside it, an AMP form's answer
    message, is no sign: the box itself is shown)."""
    if _PLACEHOLDER.search(text_content(el)) is None:  # (cheap, in C: most boxes stop here)
        return False
    hidden = " ".join(text_content(t) for t in el.iter("template", "script"))
    return len(_PLACEHOLDER.findall(text_content(el))) > len(_PLACEHOLDER.findall(hidden))


def _empty_hidden(el: etree._Element) -> bool:
    """An element with no content at all that the page hides (``display:none``, ``hidden``)."""
    if len(el) or (el.text or "").strip():
        return False
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or el.get("hidden") is not None


#: Hrefs of a link that goes nowhere by itself: a script acts on the click.
_NO_PAGE = ("#", "javascript:")


def scripted_href(href: str) -> bool:
    """A link target that loads no page (``#``, ``#top``, ``javascript:void(0)``)."""
    return href.strip().lower().startswith(_NO_PAGE)


def icon_hint(x: etree._Element) -> str:
    """The class names of the icons inside a control with no text (``<a><span
    class="icon-facebook"/></a>``): what the control names by its picture."""
    classes = page_attributes().classes  # (the page's names: a look-up, no copy out of lxml)
    return " ".join(c for i in islice(x.iterdescendants(), 3) if (c := classes[i]))


def mail_box(el: etree._Element) -> bool:
    """``el`` opens with a heading asking to get in touch ("How to contact us", "Kontakt") and
    holds an e-mail link (``mailto:``, or the address-protecting link a CDN puts in its
    place), under no other heading: a "contact us" widget, judged as a CTA box (not a box of
    author or document facts with an address somewhere inside, nor a sidebar of widgets)."""
    head = next(el.iter(*_HEADS), None)
    if head is None or box_kind_of(norm(text_content(head)).lower()[:120]) != "contact":
        return False
    if len(list(islice(el.iter(*_HEADS[:6]), 2))) > 1:
        return False  # a second heading: a column of widgets (a sidebar), not the widget
    return any(mail_href(a.get("href") or "") for a in el.iter("a"))


def mail_href(href: str) -> bool:
    """A link target writing an e-mail (``mailto:``, or an address-protecting CDN's link)."""
    # (asked of every link of the page: the slice and case fold only for an "m" or "M")
    return _MAIL_PROTECTION in href or (href[:1] in "mM" and href[:7].lower() == "mailto:")


_HEADS = ("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "legend")
#: The link an address-protecting CDN puts in place of a ``mailto:`` link.
_MAIL_PROTECTION = "/email-protection"


def kinds_apart(el: etree._Element) -> bool:
    """Two or more children of ``el`` each a small box whose one or two links ask something
    else (a footer's "Join our mailing list" button beside its "Donate today" button):
    two CTAs, ``el`` is none. The children are looked for below the boxes of one child that
    wrap them (a page builder's column holding one "widget-wrap" holding the widgets)."""
    for _ in range(_WRAPPERS):
        if len(el) != 1:
            break
        el = el[0]  # (a box of one child: a wrapper)
    kinds = set()
    for child in el:
        if child.tag not in BOX_TAGS:
            continue  # (two bare links side by side, "Follow us | Subscribe", are one menu)
        n = len(href_links(child, 3))
        if not 1 <= n <= 2:
            continue
        kind = cta_box(child, tag_of(child), n)
        if kind is not None:
            kinds.add(kind)
    return len(kinds) >= 2


#: Boxes of one child looked through for the children ``kinds_apart`` judges (a page builder
#: nests section, container, column and widget-wrap around its widgets).
_WRAPPERS = 4


def button_line(box: etree._Element, styled: bool = True) -> str | None:
    """The CTA kind of a line or box of the article's text that is one link styled as a button
    and nothing else — "Get started", "Jetzt bestellen", "Descargar" — going to a page (a
    sign-up, a shop; no story, no share link): by its words or URL, else ``other``.
    ``styled=False``: the link need not be styled as one (its place says it is: the line
    closing the article's column, ``lead_ins``)."""
    links = href_links(box, 2)
    if len(links) != 1 or (styled and not button_styled(links[0])):
        return None
    a = links[0]
    label = norm(text_content(a))
    if not label or norm(text_content(box)) != label or not 1 <= len(label.split()) <= rules.MAX_BUTTON_WORDS:
        return None
    href = (a.get("href") or "").strip()
    if href.startswith(NO_PAGE_HREF) or share_or_follow(href) is not None or not asks_to_act(label):
        return None
    if (label.lower() + " ").startswith(rules.LEARN_MORE_VERBS) and story_slug(href):
        return None  # a teaser's "Learn more" to a story
    # (the URL's path names the kind, not its query: "?utm_source=newsletter")
    return box_kind_of(label.lower()) or url_kind(href.split("?", 1)[0]) or "other"
