"""A button-styled menu entry that leads to the site's conversion page (a trial, a demo, a
quote, a booking, a pass, an order) though its target and label name no CTA kind: the
``other`` CTA of ``nav_buttons``' holders. Structure is the caller's (an entry set apart in
the header or a menu); here the link's target and words, as extra evidence
(``rules/entry_asks.py``: stems in several languages)."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from .chrome_util import url_words
from .conversion_links import asks, link_label, login_link, opens_page, own_page, trial_label
from .ctas import share_or_follow
from .linklists import href_parts
from .own_funnels import funnel_target
from .rules import conversion as conversion_rules
from .rules import entry_asks as entry_rules


def entry_ask(a: etree._Element, hosts: frozenset[str]) -> tuple[str, str, str] | None:
    """``("other", target, label)`` of a button-styled entry's link whose target and label
    name no kind (``_asks``) but that leads to the site's conversion page: a short label
    of a few words naming no tool (no log-in, search, cart, menu: ``NAV_NOT_ASK_WORDS``) to
    a page of the site that is no story, or to its funnel (``funnel_target``), when the label
    asks ("Book Online", "Get a demo": ``asks``, ``trial_label``), the target is the site's
    funnel ("app.example.com", "/book-now/"), or a word of the label or of the target's path
    names a conversion page (``entry_asks``: a trial, quote, booking, pass, order, shop; a
    free offer). Words are extra evidence: the caller has found the entry set apart."""
    href = (a.get("href") or "").strip()
    if not opens_page(href) or "sponsored" in (a.get("rel") or "").lower():
        return None
    label = link_label(a)
    ws = entry_words(label)
    if ws is None or not any(map(str.isalpha, label)):
        return None
    if login_link(href, label) or share_or_follow(href) is not None:
        return None
    funnel = funnel_target(href, hosts)
    if not funnel and not own_page(href, hosts):
        return None  # (another site's page, a story, a help or log-in page)
    if funnel or asks(label) or trial_label(label) or names_ask(ws) or names_ask(path_words(href)):
        return "other", href, label
    return None


def entry_words(label: str) -> list[str] | None:
    """The lower-cased words of a button-styled entry's ``label`` when it is short enough
    to ask (``MAX_ASK_WORDS``, ``MAX_LABEL_CHARS``) and names no tool (a log-in, a search, a
    cart, a menu: ``NAV_NOT_ASK_WORDS``), else None."""
    ws = label.lower().split()
    if not ws or len(ws) > conversion_rules.MAX_ASK_WORDS or len(label) > conversion_rules.MAX_LABEL_CHARS \
            or not conversion_rules.NAV_NOT_ASK_WORDS.isdisjoint(ws):
        return None
    return ws


def names_ask(ws: Iterable[str]) -> bool:
    """A word of ``ws`` is one of ``entry_asks``' words, starts with one of its stems or is a
    free offer's."""
    for w in ws:
        w = w.strip(".,:;!?()'\"")
        if w in entry_rules.ASK_WORDS or w in entry_rules.FREE_WORDS or w.startswith(entry_rules.ASK_STEMS):
            return True
    return False


def path_words(href: str) -> list[str]:
    """The words of ``href``'s path (segments of a story's slug left out)."""
    parts = href_parts(href)
    if parts is None:
        return []
    out: list[str] = []
    for segment in parts.path.lower().split("/"):
        tokens = url_words(segment)
        if len(tokens) <= conversion_rules.MAX_SEGMENT_WORDS:
            out.extend(tokens)
    return out
