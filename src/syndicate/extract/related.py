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
from .chrome_util import norm, shown_text, tag_of, text_content, text_stats
from .rules import chrome_patterns as rules

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
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


def _heading_chars(el: etree._Element) -> int:
    """Characters of the headings inside ``el`` (the block's title is not loose text)."""
    return sum(len(norm(text_content(h))) for h in el.iter(*_HEADINGS))


def block_of_heading(heading: etree._Element) -> etree._Element | None:
    """The block a related heading ("Must Read") stands for: the nearest ancestor holding at
    least two links besides the heading's own, mostly link text."""
    node = heading
    for _ in range(rules.RELATED_CLIMB):
        parent = node.getparent()
        if parent is None or tag_of(parent) in ("body", "html", "main", "article"):
            return None
        own = sum(1 for a in heading.iter("a") if a.get("href"))
        stats = text_stats(parent, max_elements=3000)
        if stats.truncated or stats.chars > rules.MAX_RELATED_TEXT:
            return None
        if stats.links - own >= 2:
            return parent if stats.link_chars >= rules.MIN_RELATED_LINK_DENSITY * stats.chars else None
        node = parent
    return None


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
    for node in el.iter():
        tag = tag_of(node)
        if tag == "a" and node.get("href"):
            break
        if tag in ("script", "style") or not tag:
            continue
        cls = (node.get("class") or "").lower()
        if tag in _HEADINGS or (cls and any(w in cls for w in _TITLE_CLASSES)):
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
    first image inside a link to that URL is the image."""
    items: dict[str, RelatedItem] = {}
    for a in el.iter("a"):
        url = safe_url(a.get("href"), base)
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
        if not text and not image:
            continue
        item = items.get(url)
        if item is None:
            if len(items) >= _MAX_ITEMS:
                break
            items[url] = RelatedItem(title=text or None, url=url, image=image)
            continue
        if text and (item.title is None or len(text) > len(item.title)):
            item.title = text
        item.image = item.image or image
    return _without_labels(list(items.values()))


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
