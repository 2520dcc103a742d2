"""Article metadata from JSON-LD, OpenGraph, Twitter cards, meta tags, time elements, bylines.

One pass collects the page's metadata sources (``<meta>``, ``<link rel=canonical>``,
JSON-LD scripts, ``<title>``, ``<h1>``, ``<time>``, microdata); then each
:class:`~syndicate.model.Metadata` field takes the first usable value in the
priority order below. Which ``<meta>`` keys and JSON-LD properties feed which
field is data, in :mod:`syndicate.extract.rules.metadata_sources`.

Priorities (first usable value wins):

- title: an ``<h1>`` marked ``itemprop=headline`` or equal to ``og:title``/``twitter:title``
  > the displayed ``<h1>`` sharing half its words with the metadata headline (see
  :mod:`~syndicate.extract.metatitle`) > JSON-LD article ``headline`` > ``og:title``/twitter/meta
  > microdata ``headline`` > ``<title>`` > first ``<h1>``; the site-name part ("Headline |
  Site") is cut off; a headline shortened with an ellipsis gives way to a longer
  candidate that starts with it.
- dates: JSON-LD > meta > microdata > ``<time datetime>`` (classed as published
  or updated, or inside ``<article>``); then, for a page stating none, a date
  line near the headline, the URL path, the page's script data
  (:mod:`~syndicate.extract.pagedates`). Only certain dates, not before 1995,
  not in the future (:mod:`~syndicate.extract.dates`). Output is RFC 3339; a
  time without a zone is taken as UTC, a date without a time as midnight UTC.
- authors: JSON-LD (nested Person/Organization objects, ``@id`` references,
  lists) > meta > microdata; the byline near the headline when these name
  nobody, or only the site or an organisation (:mod:`~syndicate.extract.authors`).
- language: declared (``<html lang>``, meta, JSON-LD), else detected from the
  paragraphs (:mod:`~syndicate.extract.language`, ``language_detected``).
- canonical URL: ``<link rel=canonical>`` > ``og:url`` > JSON-LD ``url``.

Nothing here raises on odd markup: values that do not parse are skipped.
Work is bounded: JSON-LD scripts larger than :data:`~syndicate.extract.metapage.MAX_JSONLD_CHARS` are
skipped, at most :data:`~syndicate.extract.jsonld.MAX_JSONLD_NODES` JSON objects are visited, the byline and
date-line scans visit only the elements around the headline, and only when
structured sources say nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, islice
from typing import Any

from lxml import etree

from ..memo import memo
from ..model import Image, Metadata
from ..sanitize import inline_content, safe_url
from .authors import byline_names, clean_names, far_byline_names, site_like
from .chrome_util import ClassesAndIds
from .dates import machine_written, plausible, to_rfc3339
from .jsonld import JsonLd, types_of
from .language import detect_language
from .metapage import Page, PageNames, _tag, collect, headline
from .metatext import MAX_SHORT
from .metatext import first_text as _first_text
from .metatext import norm as _norm
from .metatext import text as _text
from .metatitle import page_title, site_names
from .pagedates import labelled_dates, script_date, text_dates, url_date
from .rules import metadata_sources as R

__all__ = ["PageMetadata", "extract_metadata", "to_rfc3339"]

#: Longest section name; past it the value is a list of tags or junk.
MAX_SECTION = 80
#: Longest description kept.
MAX_DESCRIPTION = 2_000
#: Most authors and tags kept.
MAX_AUTHORS = 20
MAX_TAGS = 50


@dataclass
class PageMetadata:
    """What the page says about itself: article metadata and its canonical URL."""

    metadata: Metadata = field(default_factory=Metadata)
    canonical_url: str | None = None
    #: The absolute ``og:url`` the page declares (beside a canonical URL that may be relative).
    declared_url: str | None = None


def extract_metadata(root: etree._Element, base_url: str | None = None, *,
                     nodes: Sequence[etree._Element] | None = None,
                     names: ClassesAndIds | None = None) -> PageMetadata:
    """Read the page's metadata (never raises on odd markup; missing values stay None/empty).
    ``nodes``: ``list(root.iter())`` when the caller holds it, with its ``names``
    (``chrome_util.classes_and_ids``): the class/id scans around the headline read them."""
    page = collect(root)
    if nodes is not None and names is not None:
        page.names = PageNames(nodes, names)
    canonical = _canonical(page, base_url)
    base = base_url or canonical
    ld = JsonLd(page.jsonld)
    article = ld.article(canonical or base_url)
    webpage = ld.first(R.PAGE_TYPES)
    md = Metadata()
    md.site_name = _site_name(page, ld, article)
    md.title = page_title(page, ld, article, webpage, md.site_name, base)
    md.subtitle = _subtitle(page, ld, article, md.title)
    md.authors = _authors(page, ld, article, site_names(md.site_name, base), md.title)
    md.language = _language(page, ld, article)
    if md.language is None:
        md.language = detect_language(root)
        md.language_detected = md.language is not None
    md.published, machine = _date(page, ld, article, webpage, R.JSONLD_PUBLISHED, R.PUBLISHED_META,
                                  "published", R.PUBLISHED_TIME_TOKENS, md.language)
    md.modified = _date(page, ld, article, webpage, R.JSONLD_MODIFIED, R.MODIFIED_META,
                        "modified", R.MODIFIED_TIME_TOKENS, md.language)[0]
    if md.published is not None and not machine:
        # "Jun 24, 2025" where schema.org asks for ISO 8601: a hand-made template, often
        # filled with the CMS's last-save date; the date shown by the headline wins.
        shown = text_dates(page.near_by_distance(md.title), md.language, commented=page.commented())[0]
        if shown and shown[:10] != md.published[:10]:
            md.published = shown
    if md.published is None:
        shown, updated = text_dates(page.near_by_distance(md.title), md.language, commented=page.commented())
        md.published = shown or url_date(canonical) or url_date(base_url) or script_date(el.text or "" for el in page.scripts)
        md.modified = md.modified or updated
        if md.published is None:  # a labelled line elsewhere: "Posted on ..." under the article
            md.published, far_updated = labelled_dates(root, md.language)
            md.modified = md.modified or far_updated
            updated = updated or far_updated
        if md.published is None and updated:
            # The page shows only when it was last updated: that is the date it presents
            # its article with (a hidden dateModified alone is not: often a rebuild stamp).
            md.published = md.modified if md.modified and md.modified[:10] == updated[:10] else updated
    md.description = _first_text(
        [page.meta_values(R.DESCRIPTION_META), ld.values(article, R.JSONLD_DESCRIPTION),
         ld.values(webpage, R.JSONLD_DESCRIPTION)], MAX_DESCRIPTION)
    md.image = _image(page, ld, article, base)
    md.tags = _tags(page, ld, article)
    md.section = _section(_first_text(
        [page.meta_values(R.SECTION_META[:2]), ld.values(article, R.JSONLD_SECTION),
         page.meta_values(R.SECTION_META[2:]), page.itemprops.get("section", [])], MAX_SHORT))
    declared = next(iter(page.meta.get("og:url", ())), "").strip()
    return PageMetadata(metadata=md, canonical_url=canonical,
                        declared_url=declared if declared.startswith(("http://", "https://")) and _plain_host(declared)
                        else None)


def _section(text: str | None) -> str | None:
    """A section name; a long comma-separated list (tags filed as the section) gives its first."""
    if text and len(text) > MAX_SECTION:
        first = text.split(",", 1)[0].strip()
        return first if 0 < len(first) <= MAX_SECTION else None
    return text


# ====================================================================== fields


def _canonical(page: Page, base_url: str | None) -> str | None:
    for href in page.canonical:
        url = safe_url(href, base_url)
        if url and _plain_host(url):
            return url
    for value in page.meta_all(R.CANONICAL_META):
        url = safe_url(value, base_url)
        if url and _plain_host(url):
            return url
    return None


def _plain_host(url: str) -> bool:
    """``url``'s host holds no percent-escape: a declared address written escaped whole
    ("https://example.org%2Fnews%2Fstory") names no host, so it is no canonical address."""
    return "%" not in _HOST_PART.match(url).group(1)  # type: ignore[union-attr]


_HOST_PART = re.compile(r"[^:/]*:?/*([^/?#]*)")


def _site_name(page: Page, ld: JsonLd, article: dict[str, Any] | None) -> str | None:
    website = ld.first(frozenset({"website"}))
    publisher = ld.values(article, ("publisher", "sourceOrganization"))
    sources = [
        page.meta_values(R.SITE_NAME_META[:1]),
        [n for p in publisher for n in ld.names(p)],
        ld.values(website, ("name", "alternateName")),
        page.meta_values(R.SITE_NAME_META[1:]),
    ]
    # "@handle" is a Twitter account, not the publication's name
    name = _first_text([v for v in values if not (isinstance(v, str) and v.startswith("@"))]
                       for values in sources)
    if name and re.match(r"https?://", name):  # "https://example.com" for a name: the host
        name = re.sub(r"^https?://(?:www\.)?", "", name).split("/", 1)[0] or None
    return name



def _subtitle(page: Page, ld: JsonLd, article: dict[str, Any] | None, title: str | None) -> str | None:
    subtitle = _first_text([
        ld.values(article, R.JSONLD_SUBTITLE), page.meta_values(R.SUBTITLE_META),
        page.itemprops.get("subtitle", []),
    ])
    if subtitle is None:
        subtitle = _classed_text(_scopes(page, title)[:1], R.SUBTITLE_TOKENS, 20, 400, 400,
                                 page.names)  # by the <h1>
    if subtitle and title and _norm(subtitle) == _norm(title):
        return None
    return subtitle


#: Elements looked at around the headline for a byline or standfirst.
MAX_SCOPE_ELEMENTS = 1_500
_PAGE_LEVEL = frozenset({"body", "html"})


def _scopes(page: Page, title: str | None) -> list[etree._Element]:
    """Where bylines and standfirsts sit: around the headline ``<h1>`` (three levels up)
    and the first ``<article>``. Scanning only these keeps the work small on big pages."""
    scopes: list[etree._Element] = []
    heading = headline(page, title)
    if heading is not None:
        scope = heading
        for _ in range(3):
            parent = scope.getparent()
            if parent is None or _tag(parent) in _PAGE_LEVEL:
                break
            scope = parent
        scopes.append(scope)
    if page.article is not None and not any(page.article is s or page.article in s.iterancestors()
                                            for s in scopes):
        scopes.append(page.article)
    return scopes


def _classed(scopes: list[etree._Element], tokens: tuple[str, ...], limit: int = 10,
             budget: int = MAX_SCOPE_ELEMENTS, names: PageNames | None = None) -> list[etree._Element]:
    """Elements in ``scopes`` whose class or id has one of ``tokens`` (exact, case-insensitive);
    at most ``budget`` elements are looked at. ``names``: the page's class and id values, read
    instead of asking lxml for each element's (``Page.names``)."""
    wanted = _token_test(tokens)
    words = _lowered(tokens)
    found: list[etree._Element] = []
    for scope in scopes:
        named, budget = _scope_names(scope, budget, names, words)
        for el, cls, ident in named:
            if ((cls and wanted(cls)) or (ident and wanted(ident))) and el not in found:
                found.append(el)
                if len(found) >= limit:
                    return found
        if budget <= 0:
            break
    return found


def _scope_names(scope: etree._Element, budget: int, names: PageNames | None,
                 words: frozenset[str] | None = None,
                 ) -> tuple[Iterable[tuple[etree._Element, str | None, str | None]], int]:
    """(element, class, id) of the elements of ``scope`` that have a class or id, in document
    order, among its first ``budget`` - 1 elements when it has ``budget`` or more (the
    ``budget``-th is not read), and the budget left (0 when it ran out). ``words``: the
    lower-case ASCII tokens looked for (``_lowered``), when the caller wants only the values
    that may hold one: none is given when no value read from ``names`` holds any of them."""
    span = names.span(scope) if names is not None else None
    if span is not None:
        # (the scope's subtree is a slice of the page's node list: its classed and id'd
        # nodes picked in C, no lxml look-up per node)
        start, end = span
        if end - start < budget:
            budget -= end - start
        else:
            end, budget = start + budget - 1, 0
        classes, ids = names.classes[start:end], names.ids[start:end]  # type: ignore[union-attr]
        if words is not None:
            # (a token is a word of some lower-cased ASCII value only if it is in them all joined,
            # lower-cased: most scans find none, told by one look in C instead of a test per
            # value; a value beyond ASCII is left to the test, whose pattern folds case further)
            joined = " ".join(filter(None, classes)) + " " + " ".join(filter(None, ids))
            if joined.isascii():
                low = joined.lower()
                if not any(w in low for w in words):
                    return (), budget
        return compress(zip(names.nodes[start:end], classes, ids, strict=True),  # type: ignore[union-attr]
                        map(any, zip(classes, ids, strict=True))), budget
    nodes = list(islice(scope.iter(), budget))  # (the budget bounds the elements made)
    if len(nodes) == budget:
        nodes.pop()
        budget = 0
    else:
        budget -= len(nodes)
    # (bytes names: no str encoded by lxml)
    read = ((el, el.get(b"class"), el.get(b"id")) for el in nodes)
    return ((el, cls, ident) for el, cls, ident in read if cls is not None or ident is not None), budget


@lru_cache(maxsize=16)
def _token_test(tokens: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a class or id value has one of ``tokens`` as a whole whitespace-separated
    word, any case: one C-level search per value, remembered (a page repeats its class
    values, and pages of a site share them)."""
    search = re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, tokens)) + r")(?!\S)", re.I).search
    # (an ASCII value against ASCII tokens: its lower-cased words looked up, where the
    # pattern, led by a lookbehind, tries a match at every character; beyond ASCII, case
    # folding pairs more characters than lower() does: the pattern decides)
    lowered = _lowered(tokens)

    @memo(8192)
    def test(value: str) -> bool:
        if lowered is not None and value.isascii():
            return not lowered.isdisjoint(value.lower().split())
        return search(value) is not None

    return test


@lru_cache(maxsize=16)
def _lowered(tokens: tuple[str, ...]) -> frozenset[str] | None:
    """``tokens`` lower-cased, when all are ASCII (``_token_test`` then matches an ASCII value
    by its lower-cased words, and ``_scope_names`` rules a scope out by them); else None."""
    return frozenset(t.lower() for t in tokens) if all(t.isascii() for t in tokens) else None


def _classed_text(scopes: list[etree._Element], tokens: tuple[str, ...], shortest: int,
                  longest: int, budget: int, names: PageNames | None = None) -> str | None:
    """The text of the one element classed with ``tokens``; several (subheadings in the
    body, a list of teasers) or a text with a bar in it (a meta line) give None."""
    texts = []
    for el in _classed(scopes, tokens, 5, budget, names):
        if _tag(el) in ("body", "html", "article", "main", "section"):
            continue
        text = inline_content(el)[0]
        if text:
            texts.append(text)
    if len(texts) != 1 or not shortest <= len(texts[0]) <= longest or "|" in texts[0]:
        return None
    return _text(texts[0], longest)


# ---------------------------------------------------------------------- authors


def _authors(page: Page, ld: JsonLd, article: dict[str, Any] | None, sites: set[str],
             title: str | None) -> list[str]:
    """Structured authors first; the page's byline when they name nobody, or only the site."""
    sources: list[tuple[list[Any], bool]] = [
        ([n for v in ld.values(article, R.JSONLD_AUTHOR) for n in ld.names(v)], False),
        # Key by key: a placeholder under one key ("author" = "admin") must not hide the next.
        *(([*page.meta.get(key, ())], key in R.SURNAME_FIRST_META and len(page.meta[key]) > 1)
          for key in R.AUTHOR_META if key in page.meta),
        (page.itemprops.get("authors", []), False),
    ]
    ld_authors = [ld.resolve(v) for v in ld.values(article, R.JSONLD_AUTHOR)]
    # A publisher named as the author ("@type": "Organization"): the page's byline may name the person.
    org_only = bool(ld_authors) and all(
        isinstance(v, dict) and types_of(v) & R.ORGANIZATION_TYPES for v in ld_authors)
    stated: list[str] = []
    from_ld = False
    for i, (names, surname_first) in enumerate(sources):
        found = clean_names(names, False, surname_first)
        if len(found) > 1:  # "Jill Disis, CNN Business": the site is no co-author
            found = [n for n in found if not any(s in _norm(n) for s in sites)] or found
        if found:
            stated, from_ld = found, i == 0
            break
    if stated and not site_like(stated, sites) and not (from_ld and org_only):
        return stated
    shown = byline_names(page.near(title), page.commented())
    if shown:
        return shown
    if stated:
        return stated
    for el in _classed(_scopes(page, title), R.BYLINE_TOKENS, 6, names=page.names):
        if _tag(el) in ("body", "html", "article", "main", "section"):
            continue
        text = inline_content(el)[0]
        if 2 < len(text) <= 150:
            found = clean_names([text], True)
            if found:
                return found
    return far_byline_names(page.root, page.names) if page.root is not None else []


# ---------------------------------------------------------------------- dates

def _date(page: Page, ld: JsonLd, article: dict[str, Any] | None, webpage: dict[str, Any] | None,
          ld_keys: tuple[str, ...], meta_keys: tuple[str, ...], itemprop: str,
          time_tokens: tuple[str, ...], language: str | None) -> tuple[str | None, bool]:
    """The first plausible date of the structured sources, and whether it was written in
    a machine format (ISO 8601, a Unix time) rather than for readers."""
    for values in (ld.values(article, ld_keys), page.meta_all(meta_keys),
                   page.itemprops.get(itemprop, []), ld.values(webpage, ld_keys),
                   _time_values(page, time_tokens, itemprop == "published")):
        for value in values:
            stamp = to_rfc3339(value, language)
            if stamp and plausible(stamp):
                return stamp, machine_written(value)
    return None, False


def _time_values(page: Page, tokens: tuple[str, ...], published: bool) -> Iterator[str]:
    """``datetime`` of time elements classed for this date, then (published only) the
    first one with ``pubdate`` or inside an ``<article>``."""
    wanted = frozenset(tokens)
    fallback: list[str] = []
    updated = frozenset(R.MODIFIED_TIME_TOKENS)
    for el in page.times:
        value = el.get("datetime") or inline_content(el)[0]
        names: set[str] = set()
        for node in (el, el.getparent()):
            if node is not None:
                names.update(f"{node.get('class') or ''} {node.get('id') or ''}".lower().replace("_", "-").split())
        if names & wanted or any(t in n for n in names for t in wanted if len(t) >= 6):
            yield value
        elif published and not (names & updated) and (
                el.get("pubdate") is not None or any(_tag(a) == "article" for a in el.iterancestors())):
            fallback.append(value)
    yield from fallback


# ---------------------------------------------------------------------- language, image, tags

_LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def _bcp47(value: Any) -> str | None:
    if not isinstance(value, str):
        if isinstance(value, dict):
            return _bcp47(value.get("alternateName") or value.get("name"))
        return None
    tag = re.split(r"[\s,;]", value.strip().replace("_", "-"), maxsplit=1)[0].strip("-")
    if not _LANG.match(tag):
        return None
    parts = tag.split("-")
    out = [parts[0].lower()]
    for i, p in enumerate(parts[1:], 1):  # conventional case: zh-Hant-TW, pt-BR
        if i <= 2 and len(p) == 2 and p.isalpha():
            out.append(p.upper())
        elif i == 1 and len(p) == 4 and p.isalpha():
            out.append(p.title())
        else:
            out.append(p.lower())
    return "-".join(out)


def _language(page: Page, ld: JsonLd, article: dict[str, Any] | None) -> str | None:
    for value in [page.lang, *page.meta_all(R.LANGUAGE_META[:4]), *ld.values(article, R.JSONLD_LANGUAGE),
                  *page.itemprops.get("language", []), *page.meta_all(R.LANGUAGE_META[4:])]:
        lang = _bcp47(value)
        if lang:
            return lang
    return None


def _dimension(value: Any) -> int | None:
    if isinstance(value, dict):
        value = value.get("value") or value.get("@value")
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        n = int(value)
    elif isinstance(value, str):
        m = re.match(r"\s*(\d{1,6})(?:\.\d+)?\s*(?:px)?\s*$", value)
        if not m:
            return None
        n = int(m.group(1))
    else:
        return None
    return n if 0 < n < 100_000 else None


def _image(page: Page, ld: JsonLd, article: dict[str, Any] | None, base: str | None) -> Image | None:
    for value in page.meta_values(R.IMAGE_META[:2]):  # og:image(:secure_url): with its size and alt
        src = safe_url(value, base)
        if src:
            return Image(src=src, alt=_first_text([page.meta_values(R.IMAGE_ALT_META)]),
                         width=_dimension(next(iter(page.meta_values(R.IMAGE_WIDTH_META)), None)),
                         height=_dimension(next(iter(page.meta_values(R.IMAGE_HEIGHT_META)), None)))
    for value in ld.values(article, R.JSONLD_IMAGE):
        image = _ld_image(ld.resolve(value), base)
        if image:
            return image
    for value in page.meta_all(R.IMAGE_META[2:]):
        src = safe_url(value, base)
        if src:
            return Image(src=src, alt=_first_text([page.meta_values(R.IMAGE_ALT_META)]))
    return None


def _ld_image(value: Any, base: str | None) -> Image | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        src = safe_url(value, base)
        return Image(src=src) if src else None
    if isinstance(value, dict):
        url = value.get("url") or value.get("contentUrl") or value.get("@id")
        src = safe_url(url, base) if isinstance(url, str) else None
        if src:
            return Image(src=src, alt=_text(value.get("name") or value.get("alternateName")),
                         caption=_text(value.get("caption"), MAX_DESCRIPTION),
                         width=_dimension(value.get("width")), height=_dimension(value.get("height")))
    return None


_TAG_SPLIT = re.compile(r"\s*[,;|]\s*")


def _tags(page: Page, ld: JsonLd, article: dict[str, Any] | None) -> list[str]:
    sources: list[list[Any]] = [
        page.meta_values(R.TAGS_META[:2]), ld.values(article, R.JSONLD_TAGS),
        page.meta_values(R.TAGS_META[2:]), page.itemprops.get("tags", []),
    ]
    for values in sources:
        tags: list[str] = []
        seen: set[str] = set()
        for value in values[:MAX_TAGS * 2]:
            if not isinstance(value, str):
                value = _text(value, 2000)
                if not value:
                    continue
            for piece in _TAG_SPLIT.split(value) if len(values) == 1 or "," in value else [value]:
                tag = (_text(piece, 100) or "").strip(" #")
                if tag and len(tag) < 100 and tag.lower() not in seen:
                    seen.add(tag.lower())
                    tags.append(tag)
        if tags:
            return tags[:MAX_TAGS]
    return []
