"""One pass over a page collecting its metadata sources: ``<meta>``, canonical links,
JSON-LD scripts, ``<title>``, ``<h1>``, ``<time>``, microdata in the article's scope."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from lxml import etree

from ..sanitize import inline_content
from .chrome_util import ClassesAndIds
from .metatext import MAX_SHORT, around_parts, commented
from .metatext import norm as _norm
from .rules import metadata_sources as R

__all__ = ["MAX_JSONLD_CHARS", "MAX_JSONLD_SCRIPTS", "Page", "PageNames", "collect", "headline", "in_article_scope"]

#: JSON-LD scripts longer than this are skipped (no article's metadata needs more).
MAX_JSONLD_CHARS = 2_000_000
#: At most this many JSON-LD scripts are read.
MAX_JSONLD_SCRIPTS = 40
#: Most values read from a JSON meta tag's list.
MAX_TAGS = 50


class PageNames:
    """The page's node list (``list(root.iter())``) and each node's class and id
    (``chrome_util.classes_and_ids``): an element's subtree is the slice of the list from
    its place to the place of the node after it (``span``)."""

    __slots__ = ("nodes", "classes", "ids")

    def __init__(self, nodes: Sequence[etree._Element], names: ClassesAndIds) -> None:
        self.nodes = nodes
        self.classes, self.ids = names[0], names[1]

    def span(self, el: etree._Element) -> tuple[int, int] | None:
        """(start, end) of ``el``'s subtree in the node list; None when ``el`` is not in it
        (or the node after it is not: a node beside the root)."""
        # (places found by ``index``, a scan in C up to the subtree's end: a page asks for one
        # or two spans, and a map of every node's place cost three times a whole scan)
        nodes = self.nodes
        try:
            start = nodes.index(el)
        except ValueError:
            return None
        node: etree._Element | None = el  # (the node after the subtree: a next sibling up the line)
        while node is not None:
            after = node.getnext()
            if after is not None:
                try:
                    return start, nodes.index(after, start)
                except ValueError:
                    return None
            node = node.getparent()
        return start, len(nodes)


@dataclass
class Page:
    meta: dict[str, list[str]] = field(default_factory=dict)
    canonical: list[str] = field(default_factory=list)
    jsonld: list[str] = field(default_factory=list)
    title: str | None = None
    h1: list[str] = field(default_factory=list)
    h1_elements: list[etree._Element] = field(default_factory=list)
    article: etree._Element | None = None
    times: list[etree._Element] = field(default_factory=list)
    #: The other scripts, in page order (their data is read for dates as a last resort).
    scripts: list[etree._Element] = field(default_factory=list)
    itemprops: dict[str, list[str]] = field(default_factory=dict)
    lang: str | None = None
    root: etree._Element | None = None
    #: The page's class and id values, when the caller read them (``extract_metadata``'s ``names``).
    names: PageNames | None = None
    _near: list[etree._Element] | None = None
    _near_after: int = 0
    _commented: set[etree._Element] | None = None

    def commented(self) -> set[etree._Element]:
        """``metatext.commented`` of the page's whole tree (the elements around the headline
        may lie above ``root``), found once: the byline and date-line scans read the own text
        of the elements around the headline."""
        if self._commented is None:
            self._commented = commented(self.root.getroottree().getroot()) if self.root is not None else set()
        return self._commented

    def near(self, title: str | None) -> list[etree._Element]:
        """The elements around the headline (else the article, else the top of the body),
        computed once: bylines and date lines are looked for there."""
        if self._near is None:
            anchor = headline(self, title)
            if anchor is None:
                anchor = self.article
            if anchor is None and self.root is not None:
                anchor = self.root.find("body")
            after, before = around_parts(anchor)
            self._near, self._near_after = after + before, len(after)
        return self._near

    def near_by_distance(self, title: str | None, weight: int = 2) -> list[etree._Element]:
        """:meth:`near` ordered by distance from the headline, an element before it
        counting ``weight`` times one after it (a date line sits just above or below the
        headline; teasers of other articles after a short article come before its own
        date line in :meth:`near`'s order)."""
        near = self.near(title)
        split = self._near_after
        after, before = near[:split], near[split:]
        # merged by distance: the k-th element after it is k away, the k-th before it
        # weight * (k + 1); on a tie the one after it first (so the run of elements after
        # it up to that distance, sliced in C, then the one before it)
        out: list[etree._Element] = []
        i = 0
        for j, el in enumerate(before):
            end = weight * (j + 1) + 1
            out.extend(after[i:end])
            out.append(el)
            i = end
        out.extend(after[i:])
        return out

    def meta_values(self, keys: Iterable[str]) -> list[str]:
        """All values of the first key of ``keys`` present (in page order)."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return values
        return []

    def meta_all(self, keys: Iterable[str]) -> Iterator[str]:
        """Values of every key of ``keys``, key by key."""
        for key in keys:
            yield from self.meta.get(key, ())


def _tag(el: etree._Element) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def collect(root: etree._Element) -> Page:
    page = Page(root=root)
    top = root.getroottree().getroot()
    if top is not None:
        page.lang = top.get("lang") or top.get("{http://www.w3.org/XML/1998/namespace}lang")
    for el in root.iter("meta", "link", "script", "title", "h1", "time", "article"):
        tag = el.tag
        if tag == "article":
            if page.article is None:
                page.article = el
            continue
        if tag == "meta":
            # (attribute names as bytes: lxml looks them up without encoding a str each time)
            content = el.get(b"content")
            if content is None:
                content = el.get(b"value")
            if content is None or not content.strip():
                continue
            if el.get(b"name") == "script:ld+json":  # Remix renders JSON-LD as a meta tag
                if len(page.jsonld) < MAX_JSONLD_SCRIPTS and len(content) <= MAX_JSONLD_CHARS:
                    page.jsonld.append(content)
                continue
            for attr in (b"property", b"name", b"itemprop", b"http-equiv"):
                key = el.get(attr)
                if key and (attr != b"itemprop" or in_article_scope(el)):
                    for k in key.lower().split():
                        if k in R.ALL_META_KEYS:
                            page.meta.setdefault(k, []).append(content.strip())
                        elif k in R.JSON_META:
                            _json_meta(page, content, R.JSON_META[k])
        elif tag == "link":
            rel = (el.get("rel") or "").lower().split()
            if "canonical" in rel and el.get("href"):
                page.canonical.append(el.get("href", ""))
        elif tag == "script":
            kind = el.get(b"type") or ""
            if "ld+json" not in kind:
                page.scripts.append(el)
            if "ld+json" in kind.lower() and len(page.jsonld) < MAX_JSONLD_SCRIPTS:
                text = el.text or ""
                if text.strip() and len(text) <= MAX_JSONLD_CHARS:
                    page.jsonld.append(text)
        elif tag == "title":
            if page.title is None and not _in_svg(el):
                page.title = inline_content(el)[0] or None
        elif tag == "h1":
            if len(page.h1) < 5:
                text = inline_content(el)[0]
                if text:
                    page.h1.append(text)
                    page.h1_elements.append(el)
        elif tag == "time":
            if len(page.times) < 50 and (el.get("datetime") or el.get("pubdate") is not None):
                page.times.append(el)
    _collect_microdata(root, page)
    _twitter_author(page)
    return page


def _twitter_author(page: Page) -> None:
    """``twitter:label1`` "Written by" + ``twitter:data1`` "Jane Doe" (Yoast SEO's card):
    the name as the meta key ``twitter:data:written-by``."""
    for n in range(1, 5):
        labels = page.meta.get(f"twitter:label{n}")
        data = page.meta.get(f"twitter:data{n}")
        if labels and data and labels[0].strip().lower().rstrip(":") in R.TWITTER_AUTHOR_LABELS:
            page.meta.setdefault("twitter:data:written-by", []).append(data[0])


def _json_meta(page: Page, content: str, keys: dict[str, str]) -> None:
    """A meta tag whose content is a JSON object (``parsely-page``): its fields as meta keys."""
    if len(content) > 100_000:
        return
    try:
        data = json.loads(content, strict=False)
    except (ValueError, RecursionError):
        return
    if not isinstance(data, dict):
        return
    for field_name, key in keys.items():
        value = data.get(field_name)
        values = value if isinstance(value, list) else [value]
        for v in values[:MAX_TAGS]:
            if isinstance(v, str) and v.strip():
                page.meta.setdefault(key, []).append(v.strip())


def in_article_scope(el: etree._Element) -> bool:
    """Whether an ``itemprop`` belongs to the page's article: its item (the nearest
    ``itemscope`` above it) is of no type or of an article/page type, not a citation,
    comment or product listed on the page."""
    for anc in el.iterancestors():
        if anc.get(b"itemscope") is None:
            continue
        if R.FOREIGN_ITEM_PROPS.intersection((anc.get("itemprop") or "").lower().split()):
            return False
        kind = (anc.get("itemtype") or "").split()
        if not kind:
            return True
        name = kind[0].rstrip("/").rsplit("/", 1)[-1].lower()
        return name in R.ARTICLE_TYPES or name in R.PAGE_TYPES
    return True


def _in_svg(el: etree._Element) -> bool:
    return any(_tag(a) == "svg" for a in el.iterancestors())


# (``/descendant::*/@itemprop``, not ``//@itemprop``: the attributes of elements only, without
# visiting every text node on the way; the same values)
_ITEMPROPS = etree.XPath("/descendant::*/@itemprop")


def _collect_microdata(root: etree._Element, page: Page) -> None:
    try:  # the attributes, then their elements: cheaper in libxml2 than element predicates
        found = [(a.getparent(), a) for a in _ITEMPROPS(root)[:4000]]
    except (etree.XPathError, ValueError):  # pragma: no cover - malformed tree
        return
    found = [(el, a) for el, a in found if el is not None and el.tag not in ("meta", "link")]
    for el, props in found[:2000]:
        # (the fields first: the climb to the item's scope only for a property that is read)
        names = [name for prop in props.lower().split() if (name := R.ITEMPROP_FIELDS.get(prop)) is not None]
        if not names or not in_article_scope(el):
            continue
        for name in names:
            value = _microdata_value(el, name)
            if value:
                page.itemprops.setdefault(name, []).append(value)


def _microdata_value(el: etree._Element, name: str) -> str | None:
    if name in ("published", "modified"):
        return el.get("datetime") or el.get("content") or inline_content(el)[0]
    if name == "authors" and el.get("itemscope") is not None:
        for sub in el.iterdescendants():
            if "name" in (sub.get("itemprop") or "").lower().split():
                return sub.get("content") or inline_content(sub)[0]
        return None
    value = el.get("content") or inline_content(el)[0]
    return value if value and len(value) <= 2 * MAX_SHORT else None


def headline(page: Page, title: str | None) -> etree._Element | None:
    """The ``<h1>`` showing the title, else the first ``<h1>``."""
    for text, el in zip(page.h1, page.h1_elements, strict=True):
        if title and _norm(text) == _norm(title):
            return el
    return page.h1_elements[0] if page.h1_elements else None
