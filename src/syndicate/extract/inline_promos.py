"""Promo boxes among the article's paragraphs: a box the page sets apart from its text (a
call-out, a banner, a card among the paragraphs, found by ``body_ctas``) whose words name
no CTA kind, but whose action is a link styled as a button (a class word ``btn``/``button``/
``cta``, ``role=button``, or utility classes drawing one: ``button_looks``) to a page that is
an offer: a product, a sign-up, a quote, a shop ("Start My LLC", "Apply now", "Watch Now").
A CTA ``other``; a box the page repeats in the text is one CTA per copy.

The target decides: no jump or script, no share or profile link, no listing; a page whose
path reads as a story (a slug of several words) only when the label asks to act (an offer's
verb, ``regions.OFFER_VERBS``) and does not ask to learn more (a teaser's "Learn more").
Guards: a box of a listing (siblings alike holding buttons: a grid of cards), a box named as
an author's card, a table of contents, an accordion, a review's spec box, the article's head
(``rules.inline_promos.NOT_PROMO_WORDS``), a box holding the page title, a date, a table or
an embed, a button whose label is a read-more's or a legal one. The box found grows to its
banner (``grown``): the wrappers above it that add only pictures.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import islice

from lxml import etree

from ..memo import memo
from .button_looks import _looks
from .chrome import Found
from .chrome_util import href_links, norm, page_attributes, text_content, words
from .cta_boxes import asks_to_act, box_kind_of, button_styled, story_slug
from .ctas import build_cta
from .linklists import larger_than, link_kind
from .offer_boxes import _offer_target, offer_label
from .rules import inline_promos as rules
from .rules.chrome_patterns import NO_PAGE_HREF
from .rules.regions import LEARN_MORE_VERBS, MAX_BODY_CTA_ACTIONS


def promo_box(box: etree._Element, hosts: frozenset[str], base: str | None) -> str | None:
    """``other`` when ``box`` (set apart among the paragraphs, naming no kind) holds one or
    two button-styled links to an offer's page (module doc) and no link to another page (a
    picture's or a title's link to the button's page aside), else None."""
    links = href_links(box, MAX_BODY_CTA_ACTIONS + 2)
    styled = [a for a in links if _styled(a)]  # (most boxes: no button, ruled out here)
    if not styled:
        return None
    targets = {(a.get("href") or "").strip() for a in styled}
    if len(targets) > MAX_BODY_CTA_ACTIONS or any((a.get("href") or "").strip() not in targets for a in links) \
            or not all(_offer(a, hosts, base) for a in styled):
        return None  # (a line linking another page: a line of the text, no pitch)
    if _named_apart(box) or _repeated(box) \
            or next(box.iter("h1", "time", "form", "iframe", "video", "table"), None) is not None \
            or any(len(norm(text_content(p))) > rules.MAX_PITCH_PARAGRAPH for p in box.iter("p")):
        return None  # (a section of the text ending in a button: its paragraph is the article's)
    return "other"


def promo_banner(box: etree._Element, hosts: frozenset[str], base: str | None) -> etree._Element | None:
    """The banner around ``box`` (``grown``) when ``box`` is a promo (``promo_box``) and the
    banner is no listing's entry either; else None."""
    if promo_box(box, hosts, base) is None:
        return None
    banner = grown(box)
    if banner is not box and (_repeated(banner) or _named_apart(banner)):
        return None
    return banner


def grown(box: etree._Element) -> etree._Element:
    """``box`` grown to its banner: the ancestors (``GROW_CLIMB`` levels up at most) that add
    no text and no link of their own to it, only pictures and wrappers (a banner's picture
    column beside its text; a page builder's nested wrappers)."""
    text = _letters(box)
    n_links = len(href_links(box, rules.MAX_GROWN_LINKS + 1))
    node = box
    for parent in islice(box.iterancestors(), rules.GROW_CLIMB):
        if parent.tag not in _GROW_TAGS or len(href_links(parent, rules.MAX_GROWN_LINKS + 1)) != n_links \
                or _letters(parent) != text:
            break
        node = parent
    return node


def _letters(el: etree._Element) -> int:
    """The characters of ``el``'s text other than blanks (read in C)."""
    return len("".join(etree.tostring(el, method="text", encoding=str, with_tail=False).split()))


#: The article and the page: climbed to, never past, for a listing.
_PAGE_PARTS = frozenset({"article", "main", "body", "html"})
#: Wrappers a promo box grows into.
_GROW_TAGS = frozenset({"div", "section", "aside"})


def _named_apart(box: etree._Element) -> bool:
    """``box`` or an ancestor ``NAMED_CLIMB`` levels up is named as no promo
    (``NOT_PROMO_WORDS``: whole words of its class or id)."""
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    node: etree._Element | None = box
    for _ in range(rules.NAMED_CLIMB + 1):
        if node is None:
            return False
        if any(value and _no_promo_name(value) for value in (page.classes[node], page.ids[node])):
            return True
        node = node.getparent()
    return False


@memo(4096)
def _no_promo_name(value: str) -> bool:
    """A word of the class/id value ``value`` is in ``NOT_PROMO_WORDS`` (set look-ups: few
    values are asked, no pattern of the vocabulary is compiled)."""
    return any(w in rules.NOT_PROMO_WORDS for n in value.split() for w in words(n))


def _styled(a: etree._Element) -> bool:
    """A link styled as a button: a class word, ``role=button``, or utility classes drawing
    one (``button_looks``; a menu's panel is no concern among the body's blocks)."""
    if button_styled(a):
        return True
    cls = a.get("class")
    return bool(cls) and _looks(cls)


def _offer(a: etree._Element, hosts: frozenset[str], base: str | None) -> bool:
    """The button ``a`` opens an offer's page (module doc)."""
    href = (a.get("href") or "").strip()
    label = norm(text_content(a))
    if not label or href.startswith(NO_PAGE_HREF) or not offer_label(label) or not _offer_target(href, hosts, base):
        return False  # (a jump, a read-more's or legal label, a share or profile link, a listing)
    if link_kind(href, hosts)[1] or story_slug(href):
        low = label.lower() + " "
        return asks_to_act(label) and not low.startswith(LEARN_MORE_VERBS)
    return True


def _repeated(box: etree._Element) -> bool:
    """``box`` or an ancestor near it is one of ``REPEATED_BOXES`` siblings alike (tag and
    class) each holding a button and saying another text of a like size: a listing's entry
    (copies of one promo repeated in the text are each a CTA; a page builder's rows holding
    the article's sections are no entries)."""
    node = box
    for _ in range(rules.REPEATED_CLIMB + 1):
        parent = node.getparent()
        if parent is None or node.tag in _PAGE_PARTS:
            return False  # (the article's and the page's parts: no listing's entries)
        key = (node.tag, node.get("class"))
        own = None
        n = 1
        for c in parent:
            if c is node or (c.tag, c.get("class")) != key or not any(_styled(x) for x in c.iter("a")):
                continue
            if own is None:
                own = norm(text_content(node))
            other = norm(text_content(c))
            if other != own and len(other) <= rules.ENTRY_SIZE * len(own) + rules.ENTRY_SLACK:
                n += 1
                if n >= rules.REPEATED_BOXES:
                    return True
        node = parent
    return False


def inline_boxes(buttons: Sequence[etree._Element], links: Mapping[etree._Element, int],
                 body_line: Collection[etree._Element], body: Collection[etree._Element],
                 found: Collection[etree._Element], hosts: frozenset[str], base: str | None) -> list[Found]:
    """The promo boxes among the paragraphs found from their buttons (the region walk's
    button-styled links, document order) when the box is deeper than the body's box climb
    reaches (a page builder's nested sections): the highest ancestor of a button outside the
    body that holds one to ``MAX_BLOCKS`` short body blocks (the pitch the body walk took in),
    at most ``MAX_TEXT`` characters and ``MAX_LINKS`` links, below the column holding the
    article's other blocks; then ``promo_box``'s tests. ``body_line``: the ancestors of the
    body blocks."""
    out: list[Found] = []
    done: set[etree._Element] = set()
    for a in buttons:
        if a in found or a in body or a in done or links.get(a.getparent(), 0) > rules.MAX_LINKS:
            continue  # (a button of a bar or a menu, told at its parent)
        best = None
        href = (a.get("href") or "").strip()
        for parent in islice(a.iterancestors(), rules.INLINE_CLIMB):
            if parent.tag in _NEVER or links.get(parent, 0) > rules.MAX_LINKS:
                break
            if parent in found and any((x.get("href") or "").strip() != href for x in href_links(parent, 3)):
                break  # (an item found around other links; the button's own CTA is climbed past)
            if parent in body_line:
                if larger_than(parent, rules.MAX_ELEMENTS):
                    break
                n = sum(1 for x in parent.iter() if x in body)
                if n > rules.MAX_BLOCKS or _letters(parent) > rules.MAX_TEXT:
                    break
            best = parent
        if best is None or best in done or best in found or best.getparent() not in body_line \
                or not any(x in body for x in best.iter()):
            continue  # (no box, or one beside no paragraph, or one holding none: ``offer_boxes``')
        done.update(best.iter())
        if promo_box(best, hosts, base) is None:
            continue
        label = norm(text_content(a)).lower()
        out.append(Found(best, build_cta(best, box_kind_of(label) or "other", base)))
    return out


#: Never a box, nor climbed past: the page, its regions, lists and tables.
_NEVER = frozenset({
    "html", "body", "main", "article", "header", "footer", "nav", "ul", "ol", "li", "menu", "table",
    "tbody", "tr", "td", "form", "blockquote", "p",
})
