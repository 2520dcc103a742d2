"""Related-content blocks: the site's "Related articles" / "Must Read" lists and sponsored
recommendation widgets, with their heading and items (title, URL, image).

Found two ways during the chrome pass: by class/id (``rules/chrome_patterns.py``) or from a
heading whose text is a related-content heading (``rules/phrases.py``), climbing to the
block of links it heads.
"""

from __future__ import annotations

from lxml import etree

from ..model import Related, RelatedItem
from ..sanitize import safe_url
from .chrome_text import cta_kind
from .chrome_util import (
    NO_TEXT,
    norm,
    page_attributes,
    shown_text,
    tag_of,
    text_content,
    text_stats,
)
from .element_hints import HEADINGS
from .listing_items import without_listings
from .rules import chrome_patterns as rules

_IMAGE_ATTRS = ("src", "data-src", "data-lazy-src", "data-original")
_MAX_ITEMS = 100
_TITLE_CLASSES = ("block-title", "widget-title", "widgettitle", "section-title", "heading", "title")


def is_related_class(hint: str) -> bool:
    """True if a lower-cased ``class id`` string names a related-content block (post slugs
    such as "fahie-arrested-on-drug-related-charges" left out)."""
    if "-related-" in hint or hint.count("-") > 4:
        hint = " ".join(t for t in hint.split() if t.count("-") <= 4)
    return bool(rules.RELATED_CLASS.search(hint)) and not rules.RELATED_EXCLUDE.search(hint)


def is_sponsored_class(hint: str) -> bool:
    """True if a lower-cased ``class id`` string names a sponsored-links block."""
    return bool(rules.SPONSORED_RELATED_CLASS.search(hint))


def link_list(el: etree._Element) -> bool:
    """``el`` is a block of links (not a page region holding an article)."""
    stats = text_stats(el, max_elements=3000)
    if stats.truncated or stats.links < 1 or stats.chars > rules.MAX_RELATED_TEXT:
        return False
    return stats.link_chars >= rules.MIN_RELATED_LINK_DENSITY * (stats.chars - _heading_chars(el))


def links_in_heading(el: etree._Element) -> bool:
    """``el``'s links all stand in its first heading and are labels (a section's link in
    the title of a box whose stories a script adds: "Next Up In <a>Tech</a>"), not a
    card's headline."""
    heading = next(el.iter(*HEADINGS), None)
    if heading is None:
        return False
    for a in el.iter("a"):
        if a.get("href"):
            if len(text_content(a).split()) > _LABEL_WORDS or not any(x is heading for x in a.iterancestors()):
                return False
    return True


def _heading_chars(el: etree._Element) -> int:
    """Characters of the headings inside ``el`` (the block's title is not loose text)."""
    return sum(len(norm(text_content(h))) for h in el.iter(*HEADINGS))


def block_of_heading(heading: etree._Element) -> etree._Element | None:
    """The block a related heading ("Must Read") stands for: the nearest ancestor holding at
    least two links besides the heading's own, mostly link text. When that ancestor holds
    more than the heading and one list (the article's text, other headed lists of a column),
    the heading heads only the list that follows it: that sibling, if it is a list of links."""
    node = heading
    own = sum(1 for a in heading.iter("a") if a.get("href"))
    for _ in range(rules.RELATED_CLIMB):
        parent = node.getparent()
        if parent is None or tag_of(parent) in ("body", "html", "main", "article"):
            return _list_after(node)
        stats = text_stats(parent, max_elements=3000)
        if stats.truncated or stats.chars > rules.MAX_RELATED_TEXT:
            return _list_after(node)
        if stats.links - own >= 2:
            after = _list_after(node)
            if after is not None and _holds_more(parent, node, after):
                return after  # (a heading over one list of several in a column)
            return parent if stats.link_chars >= rules.MIN_RELATED_LINK_DENSITY * stats.chars else after
        node = parent
    return None


def _list_after(node: etree._Element) -> etree._Element | None:
    """The element right after ``node`` (a heading or its wrapper) when it is a list of at
    least two links, mostly link text: the list the heading stands over."""
    after = node.getnext()
    while after is not None and not (isinstance(after.tag, str) and after.tag not in _NO_BLOCK):
        after = after.getnext()
    if after is None:
        return None
    stats = text_stats(after, max_elements=3000)
    if stats.truncated or stats.links < 2 or stats.chars > rules.MAX_RELATED_TEXT:
        return None
    return after if stats.link_chars >= rules.MIN_RELATED_LINK_DENSITY * stats.chars else None


def _holds_more(parent: etree._Element, node: etree._Element, after: etree._Element) -> bool:
    """``parent`` holds, beside the heading ``node`` and its list ``after``, another headed
    part: a heading of its own (over the next list) or a box opening with one (a column of
    boxes). (The cards of one list have headings inside, not first: the list goes on.)"""
    return any(c is not node and c is not after and isinstance(c.tag, str) and _opens_with_heading(c)
               for c in parent)


def _opens_with_heading(el: etree._Element) -> bool:
    """``el`` is a heading, or its first element (and that one's, a few levels down) is."""
    for _ in range(_HEADED_BOX_DEPTH):
        if el.tag in HEADINGS:
            return True
        el = next(el.iterchildren(etree.Element), None)
        if el is None:
            return False
    return False


#: Levels looked down a box's first elements for the heading it opens with.
_HEADED_BOX_DEPTH = 3
#: Elements that are no block of links (skipped on the way from a heading to its list).
_NO_BLOCK = NO_TEXT | {"br", "hr"}


def build_related(
    el: etree._Element, base: str | None, *, title: str | None = None,
    provider: str | None = None, sponsored: bool = False,
) -> Related:
    """Describe the related block ``el``: its heading (if not given) and its items."""
    if title is None:
        title = _title(el)
    return Related(id="", title=title, provider=provider, sponsored=sponsored or provider is not None,
                   items=items_of(el, base))


def _title(el: etree._Element) -> str | None:
    """The block's heading: a heading or title-classed element before its first link, else
    a short heading standing just before the block ("Local News" above a latest-posts list)."""
    classes = page_attributes().classes  # (the page's names: a look-up, no copy out of lxml)
    for node in el.iter():
        tag = tag_of(node)
        if tag == "a" and node.get("href"):
            break
        if tag in ("script", "style") or not tag:
            continue
        cls = (classes[node] or "").lower()
        if tag in HEADINGS or (cls and any(w in cls for w in _TITLE_CLASSES)):
            text = norm(node.text_content())
            if text and len(text) <= 80:
                return text
    prev = el.getprevious()
    if prev is not None and tag_of(prev) not in ("script", "style", "") and not len(prev.findall(".//a")):
        text = norm(shown_text(prev))
        if text and len(text.split()) <= 6:
            return text
    return None


def items_of(el: etree._Element, base: str | None) -> list[RelatedItem]:
    """The block's links as items, one per URL: the longest link text is the title, the
    first image inside a link to that URL is the image. A URL linked only by an image or an
    empty overlay is titled by its card's headline (``_card_title``), if it has one."""
    items: dict[str, RelatedItem] = {}
    untitled: dict[str, etree._Element] = {}  # URL -> its first link without a text
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    for a in el.iter("a"):
        url = safe_url(hrefs[a], base)
        if url is None or url.split("#")[0] == (base or "").split("#")[0]:
            continue
        text = norm(text_content(a))
        if text and (cta_kind(text) in ("read_more", "comments", "share") or len(text) > 300):
            text = ""
        image = None
        for img in a.iter("img"):
            image = _image(img, base)
            if image:
                break
        if not text:
            untitled.setdefault(url, a)
        item = items.get(url)
        if item is None:
            if len(items) >= _MAX_ITEMS:
                break
            items[url] = RelatedItem(title=text or None, url=url, image=image)
            continue
        if text and (item.title is None or len(text) > len(item.title)):
            item.title = text
        item.image = item.image or image
    out = []
    for url, item in items.items():
        if url in untitled and (item.title is None or len(item.title.split()) <= _SHORT_TITLE_WORDS):
            # (only when no link names it, or names it by a label: "Read More ➔")
            card = _card_title(untitled[url], el)
            if card and len(card) > len(item.title or ""):
                item.title = card
        if item.title or item.image:
            out.append(item)
    return without_listings(_without_labels(out))


def _card_title(a: etree._Element, stop: etree._Element) -> str:
    """The headline of the card an image or empty link covers: the first heading or
    title-classed element of the nearest ancestor (below ``stop``, ``_CARD_CLIMB`` levels at
    most) that holds one, when that ancestor links no other story ("" if none). Each level
    reads only what the level below did not hold (the siblings of the way up)."""
    href = (a.get("href") or "").strip()
    own = _title_in(a)  # (a link whose text is too long holds its card: the title is inside)
    if own:
        return own
    node = a
    for _ in range(_CARD_CLIMB):
        parent = node.getparent()
        if parent is None or parent is stop:
            return ""
        title = ""
        for sib in parent:
            if sib is node or not isinstance(sib.tag, str):
                continue
            for x in sib.iter(etree.Element):
                tag = x.tag
                if tag == "a":
                    if (x.get("href") or "").strip() not in ("", href) and not _label(x):
                        return ""  # (the card's box ends where another story's link starts)
                elif not title and _is_title(x):
                    title = _headline(x)
        if title:
            return _no_prompt(title)
        node = parent
    return ""


def _is_title(x: etree._Element) -> bool:
    return x.tag in HEADINGS or any(w in (page_attributes().classes[x] or "").lower() for w in _TITLE_CLASSES)


def _headline(x: etree._Element) -> str:
    """``x``'s text if it reads as a headline (``_MIN_CARD_TITLE_WORDS`` to ``_CARD_TITLE_WORDS``
    words: "Wedding rings" on a tile is a menu entry), else ""."""
    text = norm(text_content(x))
    return text if text and _MIN_CARD_TITLE_WORDS <= len(text.split()) <= _CARD_TITLE_WORDS else ""


def _no_prompt(title: str) -> str:
    """``title`` unless it is a prompt ("Follow us on")."""
    return title if cta_kind(title) is None else ""


def _title_in(a: etree._Element) -> str:
    """The first headline-length title element inside ``a`` ("" if none)."""
    for x in a.iterdescendants(etree.Element):
        if _is_title(x):
            text = _headline(x)
            if text:
                return _no_prompt(text)
    return ""


def _label(a: etree._Element) -> bool:
    """A card's section or tag label: a link of one or two words, no image."""
    return 0 < len(text_content(a).split()) <= _LABEL_WORDS and next(a.iter("img"), None) is None


#: Levels climbed from an empty link to its card (``_card_title``), and a card title's words.
_CARD_CLIMB = 4
_CARD_TITLE_WORDS = 25
_MIN_CARD_TITLE_WORDS = 3
#: An item titled by at most this many words may be titled by its card instead ("Read More ➔").
_SHORT_TITLE_WORDS = 3
#: A link of at most this many words is a card's section label ("All", "Bars & Nightlife").
_LABEL_WORDS = 2


def _without_labels(items: list[RelatedItem]) -> list[RelatedItem]:
    """Cards link their section or tag too ("Sport", "Retail industry"): when the block has
    headlines, one- or two-word links without an image are those labels, not items."""
    def headline(i: RelatedItem) -> bool:
        return bool(i.title) and len(i.title.split()) >= 4  # type: ignore[union-attr]

    if sum(1 for i in items if headline(i)) < 2:
        return items
    return [i for i in items if i.image or (i.title and len(i.title.split()) > 2)]


def _image(img: etree._Element, base: str | None) -> str | None:
    for attr in _IMAGE_ATTRS:
        value = img.get(attr)
        if value and not value.startswith("data:"):
            url = safe_url(value.split()[0], base)
            if url:
                return url
    return None
