"""Offer lists taken for related blocks: a box of product or partner offers is a CTA.

The related steps find blocks of cards linking pages of the site; a shop widget in the
sidebar ("JETZT IM SHOP.": three products with their prices), a "Recommended" box of
products with prices and cart buttons, a course box of priced cards, or an affiliate list
("Top Partner Offers") whose every link is marked ``rel="sponsored"`` has that shape too.
Its cards sell, they tell no story: each one shows a price of its own (no figure in a
headline), or each of its links is marked as paid and leads to no story (a site that marks
its own story links "sponsored" has story slugs). Such a block is reported as one CTA
``other`` (one widget) in place of the related block.

The evidence is structure only: the block's cards (the children of the level where its
links part into two or more children), a price standing alone in each card (a currency
beside a number, ``rules.card_feeds.PRICE``), the ``sponsored`` link type. A product page's own
"you may also like" products are related content (the shop's stories are its products):
a page that declares itself a product (``og:type`` product, a schema.org ``Product``) keeps
them. Run once per page on the related blocks found (``readers/html.py``), a handful per
page; the page-type look-up runs only when a block passes.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from ..model import Related
from .chrome import Found
from .chrome_util import norm, text_content
from .cta_boxes import story_slug
from .ctas import build_cta
from .rules import offer_lists as rules
from .rules.card_feeds import PRICE


def as_offers(found: list[Found], base: str | None, root: etree._Element) -> list[Found]:
    """``found`` with each related block that is an offer list (``offer_list``) reported as
    one CTA ``other`` at the same element, unless the page is a product page."""
    out = found
    product: bool | None = None
    for i, f in enumerate(found):
        item = f.item
        if type(item) is not Related or item.sponsored or item.provider is not None:
            continue
        if not offer_list(f.element):
            continue
        if product is None:
            product = product_page(root)
        if product:
            return found
        if out is found:
            out = list(found)
        out[i] = Found(f.element, build_cta(f.element, "other", base), f.report)
    return out


def offer_list(el: etree._Element) -> bool:
    """``el``'s cards (``cards``), two or more, each show a price or link only as paid."""
    found = cards(el)
    if not rules.MIN_CARDS <= len(found) <= rules.MAX_CARDS:
        return False
    return all(_offer_card(c) for c in found)


def cards(el: etree._Element) -> list[etree._Element]:
    """The children holding links at the first level below ``el`` where its links part
    (a heading and one list holding all links: the list's entries; a "see all" link beside
    the list is none of them), or none."""
    node = el
    for _ in range(rules.MAX_CARD_DEPTH):
        kids = [(k, _links(k)) for k in node.iterchildren(etree.Element)]
        kids = [(k, n) for k, n in kids if n]
        big = [k for k, n in kids if n > 1]
        if len(kids) == 1 or (len(big) == 1 and len(kids) == 2):
            node = big[0] if big else kids[0][0]
            continue
        return [k for k, _ in kids]
    return []


def _links(el: etree._Element) -> int:
    """``el``'s links, counted up to two (one link or more is all ``cards`` asks)."""
    if el.tag == "a":
        return 1
    return sum(1 for _ in islice(el.iter("a"), 2))


def _offer_card(card: etree._Element) -> bool:
    """A card that sells: a price standing alone in its short text (no figure in a
    headline: "How I made $20k"), or every link marked as paid to a page that is no story
    (a site that marks its own story links "sponsored" has story slugs)."""
    links = list(card.iter("a")) if card.tag != "a" else [card]
    if links and all(_paid(a) for a in links):
        return True
    text = norm(text_content(card))
    if len(text) > rules.MAX_CARD_CHARS or PRICE.search(text) is None:
        return False  # (no price anywhere: no element is looked at)
    for node in card.iter(etree.Element):
        if len(node) <= rules.MAX_PRICE_CHILDREN:
            text = norm(text_content(node))
            if len(text) <= rules.MAX_PRICE_CHARS and PRICE.search(text):
                return True
    return False


def _paid(a: etree._Element) -> bool:
    href = a.get("href")
    return bool(href) and "sponsored" in (a.get("rel") or "").lower().split() and not story_slug(href)


def product_page(root: etree._Element) -> bool:
    """The page declares itself a product (``og:type``, a schema.org item type or a
    JSON-LD ``@type``): its list of products is its related content."""
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:type":
            if (meta.get("content") or "").strip().lower() in rules.PRODUCT_OG_TYPES:
                return True
    for node in root.iter(etree.Element):
        kind = node.get("itemtype")
        if kind and kind.rstrip("/").rsplit("/", 1)[-1] in rules.PRODUCT_TYPES:
            return True
        if node.tag == "script" and (node.get("type") or "").lower() == "application/ld+json":
            if _LD_PRODUCT.search(node.text or ""):
                return True
    return False


_TYPES = "|".join(sorted(rules.PRODUCT_TYPES))
_LD_PRODUCT = re.compile(rf'"@type"\s*:\s*(?:\[\s*)?"(?:{_TYPES})"')
