"""A small box the page names a call to action by a word of its class or id — ``cta`` inside
a compound name too: a CSS module's ``Header_falcCta__bzGq2``, BEM's ``c-card c-cta-v2``,
``footer-cta-container`` — is a CTA even when neither its words nor its targets name a kind
("Grow Your AUM" to a product site, "Share your story" to a form page): the name is the
site's own word for what the box is. The box tests (``cta_boxes``) read a kind only from
words and targets, so they pass such a box by.

In the open page (a side rail, the article's column) the box also needs a pitch beside its
button: a bare button there ("Browse courses") is no offer, as ``offer_boxes`` has it; at
the page's edge (header, menu, footer) a bare named button is the site's standing ask.

Structure keeps it to one action: one or two links, each a short label (a button, no
headline, no read-more or "View all" label), none a log-in, a menu's entry, a card of its
drop-down panel or a partner's ``rel=sponsored`` offer, none to a story (a long slug), an
author, help or listing page or the shop's cart, none a jump within this page. The box
holds no ``<h1>`` (the page's title block), no form field stands in it or beside it (a
search box's button), and it is no card repeated in a listing (its class value three times
around it). Its kind is the one its targets, labels or prompt name (a share or follow word
in a prompt names no share bar: "Share your story"), else ``other``.

It has the last word: a box that another rule reports, or that holds or lies in an item
found, is left to that rule (a sign-up box's ask names its kind better).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, islice

from lxml import etree

from .chrome import Found
from .chrome_util import class_or_id_named, href_links, text_stats, url_words
from .conversion_links import (
    in_dropdown,
    label_kind,
    link_label,
    login_link,
    panel_card,
    target_kind,
)
from .cta_boxes import bare, box_kind_of, prompt_text
from .ctas import build_cta
from .menu_entries import plain_menu_entry
from .offer_boxes import offer_label
from .rules import conversion as conversion_rules
from .rules import cta_names as rules
from .rules import regions as region_rules
from .rules.chrome_patterns import MAX_CTA_PARAGRAPH


def cta_named(el: etree._Element) -> bool:
    """A word of ``el``'s class or id names a call to action (``rules.NAME_WORDS``)."""
    return class_or_id_named(el, rules.NAME_WORDS)


def named_kind(el: etree._Element, n_links: int, open_page: bool) -> str | None:
    """The CTA kind of ``el``, a box holding ``n_links`` links, when its class or id names a
    call to action and its structure is one action's (module doc), else None. ``open_page``:
    ``el`` stands in the open page (no header, menu or footer), where a bare button is none."""
    if not 0 < n_links <= rules.MAX_LINKS or not cta_named(el) or (open_page and bare(el)):
        return None
    links = href_links(el, rules.MAX_LINKS + 1)
    if not links or len(links) > rules.MAX_LINKS or next(el.iter("h1"), None) is not None \
            or _repeated(el) or _beside_field(el) or not _small(el):
        return None
    kind = None
    for a in links:
        href = (a.get("href") or "").strip()
        label = link_label(a)
        if not _action(href, label) or "sponsored" in (a.get("rel") or "").lower() or login_link(href, label) \
                or not offer_label(label) or in_dropdown(a) or panel_card(a) or plain_menu_entry(a):
            return None  # (a partner's offer: no ask of the site; a "More" link; a menu's entry or panel card)
        kind = kind or target_kind(href) or label_kind(a, href, label)
    if kind is None and (kind := box_kind_of(prompt_text(el))) in rules.NOT_PROMPT_KINDS:
        kind = None
    return kind or "other"


def unclaimed(named: Sequence[tuple[etree._Element, str]], found: Sequence[Found], base: str | None) -> list[Found]:
    """The boxes of ``named`` (``named_kind``'s, with their kinds) that no item of ``found``
    reports, lies in or holds: other rules read a box's kind better (a sign-up box's ask)."""
    seen = {x for f in found for x in (f.element, f.report) if x is not None}
    out = []
    for el, kind in named:
        if any(x in seen for x in chain(el.iter(), el.iterancestors())):
            continue
        seen.add(el)
        out.append(Found(el, build_cta(el, kind, base)))
    return out


def _action(href: str, label: str) -> bool:
    """A link with a short label to a page that is no story (no path segment of more than
    ``MAX_SEGMENT_WORDS`` words), no author, help or listing page and no cart, or to a place
    on another page (``/#book-call``)."""
    if not label or len(label.split()) > rules.MAX_LABEL_WORDS:
        return False
    low = href.lower()
    if not low or low.startswith(("#", "javascript:", "mailto:", "tel:")):
        return False
    path = low.split("?", 1)[0].split("#", 1)[0]
    if "://" in path:
        path = path.split("://", 1)[1].partition("/")[2]
    for segment in path.split("/"):
        ws = url_words(segment)
        if len(ws) > conversion_rules.MAX_SEGMENT_WORDS or not rules.NOT_TARGET_WORDS.isdisjoint(ws):
            return False
    return True


def _repeated(el: etree._Element) -> bool:
    """``el``'s class value stands ``REPEATED`` times or more in its ancestor ``REPEAT_CLIMB``
    levels up (a card of a listing)."""
    cls = el.get("class")
    top = next(islice(el.iterancestors(), rules.REPEAT_CLIMB - 1, None), None)
    if not cls or top is None:
        return False
    n = 0
    for x in top.iter(el.tag):
        if x.get("class") == cls:
            n += 1
            if n >= rules.REPEATED:
                return True
    return False


def _beside_field(el: etree._Element) -> bool:
    """A form field stands in ``el``, or in its parent when the parent is a small widget too
    (at most ``MAX_LINKS`` + 1 links): the box is a form's button (a search box's
    "Suggested searches"), a form rule's to judge. (A page column holding a form somewhere
    is no widget.)"""
    if next(el.iter(*_FIELDS), None) is not None:
        return True
    parent = el.getparent()
    if parent is None or next(parent.iter(*_FIELDS), None) is None:
        return False
    return len(href_links(parent, rules.MAX_LINKS + 2)) <= rules.MAX_LINKS + 1


_FIELDS = ("input", "select", "textarea")


def _small(el: etree._Element) -> bool:
    """Little text and no long paragraph (``cta_boxes``' measure of a box)."""
    stats = text_stats(el, max_elements=region_rules.MAX_BOX_ELEMENTS)
    return not stats.truncated and stats.chars <= region_rules.MAX_BOX_TEXT and stats.longest_p <= MAX_CTA_PARAGRAPH
