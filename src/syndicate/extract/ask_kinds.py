"""The kind of a CTA from the asks of its whole box (the region pass's last step, run by
``header_bars``).

The rules that find a CTA read one part of its box: its first button, a class word, an
e-mail field, the prompt's first stem. The gold labels a box by its main ask (convention 4
and 9.2: one CTA on a bar, ``other`` when its asks differ; 9.6: ``contact`` when the reader
asks to speak to the staff, ``other`` for booking or buying; 10.7: a demo is ``other``).
Three fixes, each read from the box's own controls (links, buttons, submit fields):

- *two asks*: a box of two or more button-styled links, each naming an ask, the asks
  different ("Donor Pass | Get Your Free Pass", "PAY ONLINE | 423.602.2750"), is ``other``,
  whatever kind its first button gave it;
- *a contact box*: an ``other`` box whose every ask is to be contacted, one at least by
  its words or a contact page ("Book a chat", "REQUEST INFO" beside the phone number,
  "Schedule a Call"), is ``contact``;
- *an offer behind a form*: a sign-up box (``newsletter``, ``subscribe``: an e-mail field
  gave it) whose controls ask for an offer (a download, a trial, a demo, a discount) and
  none names a newsletter or a subscription is ``other`` (a gated download);
- *an e-mail list*: a ``subscribe`` box (its class, a "Subscribe" button gave it) whose
  words name a newsletter, news or updates to receive, or a blog, and no price or paid
  access, is ``newsletter`` (``_letter_box``).

A log-in link is no ask; a phone or mail link asks to be contacted. Only found CTAs are read
(a few per page), and only boxes of a few links (the walk's link count, no page scan).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from itertools import islice
from typing import NamedTuple

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import norm, tag_of, text_content
from .conversion_links import label_kind, link_label, login_link, target_kind, trial_label
from .cta_boxes import box_kind_of, button_styled, url_kind
from .ctas import build_cta, share_or_follow
from .element_hints import HEADINGS
from .rules import ask_kinds as rules
from .rules.chrome_patterns import literal_search

_CONTACT_ASK = literal_search(rules.CONTACT_ASK_STEMS).search
_OFFER_ASK = literal_search(rules.OFFER_ASK_STEMS).search
_EMAIL_LIST = literal_search(rules.EMAIL_LIST_STEMS).search
#: Kinds whose box is no ask of its own (networks, comments, a card's "read more").
_NOT_ASKS = frozenset({"follow", "share", "comments", "read_more"})
_SIGN_UPS = frozenset({"newsletter", "subscribe"})
#: Kinds read from a box of fewer than two links (an offer, a sign-up form); the others only
#: turn ``other`` as a bar of two asks.
_READ_ALONE = frozenset({"other", "newsletter", "subscribe"})
#: Found items a sign-up box may hold: a bar of profile or share icons.
_BARS = frozenset({"follow", "share"})


class _Ask(NamedTuple):
    kind: str | None
    styled: bool  # (a button-styled link, a ``<button>`` or a submit field)
    worded: bool  # (``contact`` by a contact label or target, not by an address alone)
    href: str  # (a link's target: a page, a phone, an address; "" for a script's control)
    offer: bool  # (its label names an offer: a trial, a demo, a download, a payment, a discount)


def with_ask_kinds(found: Sequence[Found], links: Mapping[etree._Element, int], base: str | None) -> list[Found]:
    """``found`` with the kind of each CTA box read from its controls' asks (module doc),
    a lone sign-up button grown to its headed box (``_sign_up_box``). ``links``: the page's
    link count per element (the region walk's)."""
    out = list(found)
    taken: dict[etree._Element, str | None] | None = None
    for i, f in enumerate(out):
        item = f.item
        n = links.get(f.element, 0)
        if not isinstance(item, CallToAction) or item.kind in _NOT_ASKS or n > rules.MAX_ASK_LINKS \
                or n < rules.MIN_ASKS and item.kind not in _READ_ALONE:
            continue  # (a bar of two asks holds two links at least)
        if item.kind in ("other", "subscribe") and (n == 1 or tag_of(f.element) == "a"):
            if taken is None:
                taken = {g.element: getattr(g.item, "kind", None) for g in out}
            box = _sign_up_box(f.element, links, taken)
            if box is not None:
                new = build_cta(box, "newsletter", base)
                item.kind, item.text, item.url = "newsletter", new.text or item.text, item.url or new.url
                out[i] = Found(box, item)
                taken[box] = "newsletter"
                continue
        asks = _asks(f.element)  # (lazily: each test below stops at its first answer)
        if item.kind == "other":
            if _all_contact(asks):
                item.kind = "contact"
        elif item.kind in _SIGN_UPS:
            if _offer_only(asks):
                item.kind = "other"
            elif item.kind == "subscribe" and _letter_box(f.element):
                item.kind = "newsletter"
        elif _two_asks(asks):
            item.kind = "other"
    return out


def _all_contact(asks: Iterator[_Ask]) -> bool:
    """Every ask (one at least) is to be contacted, one at least by its words or target."""
    worded = False
    for a in asks:
        if a.kind != "contact":
            return False
        worded = worded or a.worded
    return worded


def _offer_only(asks: Iterator[_Ask]) -> bool:
    """A button asks for an offer and no control names a newsletter or a subscription."""
    offer = False
    for a in asks:
        if a.kind in _SIGN_UPS:
            return False
        offer = offer or a.offer and a.styled
    return offer


def _two_asks(asks: Iterator[_Ask]) -> bool:
    """``MIN_ASKS`` or more button-styled links to distinct targets, each naming an ask, the
    asks different."""
    styled: dict[str, str] = {}
    for a in asks:
        if a.styled and a.href:
            if a.kind is None:
                return False
            styled[a.href] = a.kind
    return len(styled) >= rules.MIN_ASKS and len(set(styled.values())) > 1


def _sign_up_box(el: etree._Element, links: Mapping[etree._Element, int],
                 taken: Mapping[etree._Element, str | None]) -> etree._Element | None:
    """The box a lone sign-up button ``el`` stands in when that box's words name a newsletter:
    the nearest ancestor (``SIGN_UP_CLIMB`` levels, below the page's regions and lists) with a
    heading child, of little text, holding no link but the button's and profile icons and no
    other found item but a bar of them (two widgets, one inside the other: the gold's 11.9);
    ``el`` itself when its own label names an e-mail list."""
    a = el if tag_of(el) == "a" else next(el.iter("a"), None)
    if a is None:
        return None
    label = link_label(a).lower()
    if not label.startswith(rules.SIGN_UP_LABELS):
        return None
    if _names_letter(label):
        return el  # ("Join our email list today!")
    node = el.getparent()
    for _ in range(rules.SIGN_UP_CLIMB):
        if node is None or tag_of(node) in _NO_BOX or node in taken:
            return None
        n = links.get(node, 0)
        if n > rules.MAX_ASK_LINKS:
            return None
        if any(tag_of(c) in HEADINGS for c in node):
            bars: set[etree._Element] = set()
            for x in node.iterdescendants():
                if x not in taken or x is el:
                    continue
                if taken[x] not in _BARS:
                    return None  # (another found item beside it: a column of the page)
                bars.update(x.iter())
            if n > 1 and any(x is not a and x not in bars and share_or_follow(x.get("href") or "") is None
                             for x in node.iter("a")):
                return None  # (another link beside it, no profile icon: a column of the page)
            text = norm(node.text_content())
            return node if len(text) <= rules.MAX_SIGN_UP_TEXT and _names_letter(text.lower()) else None
        node = node.getparent()
    return None


def _letter_box(box: etree._Element) -> bool:
    """``box``, a subscription by its words or class, names an e-mail list: a newsletter
    (``box_kind_of``), news or updates to receive, a blog (``rules.LETTER_WORDS``), or a
    target naming a blog's subscription, and no price or paid access (``rules.PAID_STEMS``)."""
    text = norm(box.text_content()).lower()
    if len(text) > rules.MAX_SIGN_UP_TEXT or _PAID(text) is not None:
        return False
    if box_kind_of(text) == "newsletter" or _LETTER(text) is not None:
        return True
    return any(rules.LETTER_TARGET_WORDS.intersection(_path_words(_path(a.get("href") or "")))
               for a in islice(box.iter("a"), rules.MAX_ASK_LINKS))


def _path(href: str) -> str:
    """The lower-cased path and query of a link's target (a host's words name the site)."""
    href = href.strip().lower()
    if "//" in href[:8]:
        href = href.split("//", 1)[1].partition("/")[2]
    return href


_LETTER = re.compile(rules.LETTER_WORDS).search
_PAID = literal_search(rules.PAID_STEMS).search
_path_words = re.compile(r"[a-z0-9]+").findall


def _names_letter(text: str) -> bool:
    """``text`` (lower case) names a newsletter or an e-mail list."""
    return box_kind_of(text) == "newsletter" or _EMAIL_LIST(text) is not None


#: Never a sign-up button's box: the page's regions, lists, the article's parts.
_NO_BOX = frozenset({"html", "body", "main", "article", "header", "footer", "nav", "aside", "ul", "ol", "li",
                     "form", "p", "table"})


def _asks(box: etree._Element) -> Iterator[_Ask]:
    """The ask of each control of ``box``, in document order: its links (no log-in), its
    ``<button>`` elements and submit fields (by their labels)."""
    for x in box.iter("a", "button", "input"):
        tag = tag_of(x)
        if tag == "input":
            if (x.get("type") or "").lower() not in ("submit", "button"):
                continue
            label = norm(x.get("value") or "").lower()
            if label:
                yield _control_ask(label)
            continue
        if tag == "button":
            label = norm(text_content(x)).lower()
            if label:
                yield _control_ask(label)
            continue
        href = (x.get("href") or "").strip()
        label = link_label(x).lower()
        if not href or href[:1] == "#" or href[:11].lower() == "javascript:":
            if label and button_styled(x):  # (a script's button: "Get Started" opening a form)
                yield _control_ask(label)
            continue
        if not login_link(href, label):
            yield _link_ask(x, href, label)


def _control_ask(label: str) -> _Ask:
    """The ask of a ``<button>``, a submit field or a script's button, by its label."""
    kind, worded = _label_kind(label)
    return _Ask(kind, True, worded, "", kind == "other")


def _link_ask(a: etree._Element, href: str, label: str) -> _Ask:
    """The ask of a link: ``contact`` for a phone or mail address, ``other`` for a demo's or
    a trial's page, else its label's words (``_label_kind``), else a network's bar kind, else
    the kind its target or label names."""
    styled = button_styled(a)
    if href[:4].lower() in ("tel:", "mail"):
        return _Ask("contact", styled, False, href, False)
    if url_kind(href) == "other":
        return _Ask("other", styled, False, href, True)  # (a demo's or a trial's page, whatever the label: 10.7)
    kind, worded = _label_kind(label, stems_only=True)
    if kind is not None:
        return _Ask(kind, styled, worded, href, kind == "other")
    bar = share_or_follow(href)
    if bar is not None:
        return _Ask(bar, styled, False, href, False)
    named = box_kind_of(label) if len(label.split()) <= rules.MAX_ASK_LABEL_WORDS else None
    kind = target_kind(href)
    if kind is not None:
        return _Ask(named if named in _SIGN_UPS else kind, styled, kind == "contact", href, named == "other")
    kind = url_kind(href) or named or label_kind(a, href, label)
    return _Ask(kind, styled, False, href, named == "other")


def _label_kind(label: str, stems_only: bool = False) -> tuple[str | None, bool]:
    """(kind, worded) a control's label names: ``contact`` for a label asking to speak to the
    staff (worded), ``other`` for a trial, a demo, a payment or a download; unless
    ``stems_only``, else the kind the box stems name."""
    if len(label.split()) > rules.MAX_ASK_LABEL_WORDS:
        return None, False
    if trial_label(label):
        return "other", False
    if _CONTACT_ASK(label) is not None:
        return "contact", True
    if _OFFER_ASK(label) is not None:
        return "other", False
    return (None if stems_only else box_kind_of(label)), False
