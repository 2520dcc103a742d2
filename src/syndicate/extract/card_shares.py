"""Share tools that share a teaser card's story, not the page.

A share bar names the page it shares: the address in the query of its network links
(``sharer.php?u=…``, ``intent/tweet?url=…``, a ``wa.me/?text=`` message), in
an ``onclick`` (``dm_social.facebook('https://…')``) or in a ``data-url``/``data-href``. A
page's own share bar shares the page. A bar that shares one other page, and whose card (the
nearest element around it holding an ordinary link) links that very page, is the card's
tool: a teaser's "Social Share" overlay beside its card in a "Related news" column, a house
ad's "share this" box. It is no CTA of the page, and its card's list is judged whole.

Guards keep the page's own bar: the shared page must not be the page's URL or canonical URL
(``own_keys``) nor one below them (its ``/comments``), unless the bar's design is repeated
beside ``MIN_CARDS`` or more cards sharing as many different pages (a column's first teaser
may be the story itself); a link to it that shows the page's headline is the article's own
(a linked title); and a card's link shows a teaser, a picture or a headline's words (no
"back to top" jump to the page, no bare link of the bar's own icons).

Used on the chrome pass's items before the region walk (so the teaser list is judged whole,
not marked as entered), on the walk's items after it, and on the boxes the body cut
(``cut_ctas``). Share links count for nothing in a list's measure (``linklists.link_facts``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import chain, islice
from urllib.parse import unquote, urljoin

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import norm, text_content
from .ctas import share_or_follow
from .rules import regions as rules
from .rules.chrome_patterns import NO_PAGE_HREF

#: Attributes a script-driven share control names the shared page by.
_SHARED_ATTRS = ("data-url", "data-href", "data-share-url", "data-permalink")
_SCRIPTED_ATTRS = ("onclick", *_SHARED_ATTRS)
_SHARE = frozenset({"share"})
#: The CTA kinds a card's tool is read as (``cut_ctas``: a bar of script controls).
TOOL_KINDS = frozenset({"share", "follow"})
_URL = re.compile(r"https?://[^\s'\"<>)]+")
#: The address a share link's query names (``sharer.php?u=https://…&title=…``,
#: ``wa.me/?text=<title> https://…``): the first one, up to the next parameter.
_QUERY_URL = re.compile(r"https?://[^\s'\"<>)&]+")
_HOST_PATH = re.compile(r"(?:https?:)?//([^/?#\s]+)([^?#\s]*)", re.IGNORECASE)


def page_key(url: str) -> str | None:
    """A page's address as host (no ``www.``) and path (no trailing slash): networks get
    their own tracking query or anchor. (A pattern, not ``urlsplit``: asked of every link
    a card may hold.)"""
    m = _HOST_PATH.match(url.strip())
    if m is None:
        return None
    return f"{m.group(1).lower().removeprefix('www.')}{m.group(2).rstrip('/')}"


def own_keys(urls: Iterable[str | None]) -> frozenset[str]:
    """The page's own addresses (its URL and canonical URL) as ``page_key``s."""
    return frozenset(k for u in urls if u and (k := page_key(u)))


def shared_page(tool: etree._Element, own: frozenset[str] = frozenset()) -> str | None:
    """The one page ``tool``'s share links and controls share (``page_key``); None when they
    name none, or several. The first one named that is in ``own`` (the page's own address)
    ends the reading: the page's own bar (the common case) is read no further."""
    pages: set[str] = set()
    named: set[str] = set()  # (the addresses read: a bar names one page once per network)
    # (its links, its buttons and itself: where share bars name the page; no walk of every
    # element, no attribute a link seldom carries asked of each link)
    for el in chain((tool,), tool.iter("a", "button")):
        if el.tag == "a":
            href = el.get("href")
            if href and (q := href.find("?")) >= 0 and "http" in href and share_or_follow(href) == "share":
                query = href[q + 1:]
                m = _QUERY_URL.search(unquote(query) if "%" in query else query)
                if m and (address := m.group()) not in named:
                    named.add(address)
                    if k := page_key(address):
                        if k in own:
                            return k
                        pages.add(k)
            values: Iterable[str | None] = (el.get("onclick"),)
        else:
            values = [el.get(attr) for attr in _SCRIPTED_ATTRS]
        for value in values:  # (a script's call or a data attribute naming the page)
            if value and "http" in value:
                pages.update(k for m in _URL.finditer(value) if (k := page_key(m.group())))
        if len(pages) > 1:
            return None
    return next(iter(pages), None)


def _card_links(tool: etree._Element, page: str, base: str | None) -> list[etree._Element] | None:
    """The teaser links to ``page`` in ``tool``'s card: the nearest of ``tool`` and its
    ancestors (``CARD_CLIMB`` levels) that holds an ordinary link (no share or profile link,
    no script or in-page jump). None when no card is found."""
    tail = page.rstrip("/").rpartition("/")[2]  # (its last path segment: most links fail it fast)
    for anc in islice((tool, *tool.iterancestors()), rules.CARD_CLIMB):
        ordinary = False
        hits = []
        for a in anc.iter("a"):
            href = (a.get("href") or "").strip()
            if not href or href.startswith(NO_PAGE_HREF):
                continue
            # (``share_or_follow`` asked only of the links that decide: the first ordinary one
            # and those naming the page)
            if tail in href and page_key(urljoin(base, href) if base else href) == page:
                if share_or_follow(href):
                    continue
                ordinary = True
                if _teaser_link(a):
                    hits.append(a)
            elif not ordinary and not share_or_follow(href):
                ordinary = True
        if ordinary:
            return hits
    return None


def _teaser_link(a: etree._Element) -> bool:
    """``a`` shows a teaser: a picture or a headline's words (no "back to top" jump, no
    bare link a share bar gives its own icons)."""
    return next(a.iter("img", "picture"), None) is not None or len(text_content(a).split()) >= rules.TITLE_WORDS


def card_shares(found: Sequence[Found], own: frozenset[str], base: str | None,
                headline: str | None, memo: dict[etree._Element, str | None] | None = None,
                kinds: frozenset[str] = _SHARE) -> set[etree._Element]:
    """The share CTAs of ``found`` that are a card's tools (see the module's doc). ``memo``:
    the pages the page's tools share, kept between calls. ``kinds``: the CTA kinds asked
    (a bar of script-driven network controls the body cut may be read as a follow bar)."""
    if memo is None:
        memo = {}
    shared: list[tuple[Found, str, tuple[str, str | None]]] = []  # (CTA, the page it shares, its design)
    designs: dict[tuple[str, str | None], set[str]] = {}
    for f in found:
        item = f.item
        if item.__class__ is not CallToAction or item.kind not in kinds:  # type: ignore[union-attr]
            continue
        page = memo.get(f.element, "")
        if page == "":
            page = memo[f.element] = shared_page(f.element, own)
        if page:
            design = (f.element.tag, f.element.get("class"))
            shared.append((f, page, design))
            designs.setdefault(design, set()).add(page)
    if not shared:
        return set()
    title = norm(headline).lower() if headline else ""
    out: set[etree._Element] = set()
    for f, page, design in shared:
        # (a design repeated over several cards sharing as many pages: each its card's, the
        # column's teaser of the story itself too; a lone bar sharing the page is the page's,
        # its card not looked for)
        repeated = len(designs[design]) >= rules.MIN_CARDS
        if not repeated and _own(page, own):
            continue
        links = _card_links(f.element, page, base)
        if links and (repeated or not (title and any(_shows(a, title) for a in links))):
            out.add(f.element)
    return out


def _own(page: str, own: frozenset[str]) -> bool:
    """``page`` is the page's own address or one below it (its ``/comments``, ``/amp``)."""
    return page in own or any(page.startswith(o + "/") for o in own)


def _shows(a: etree._Element, title: str) -> bool:
    """Link ``a`` shows the page's headline (its text or ``title``): the article's own."""
    return norm(text_content(a)).lower() == title or norm(a.get("title") or "").lower() == title


def without_card_shares(found: list[Found], own: frozenset[str], base: str | None,
                        headline: str | None, memo: dict[etree._Element, str | None] | None = None,
                        kinds: frozenset[str] = _SHARE) -> list[Found]:
    """``found`` less the share CTAs that are a card's tools (``memo``, ``kinds``: see
    ``card_shares``)."""
    drop = card_shares(found, own, base, headline, memo, kinds)
    return [f for f in found if f.element not in drop] if drop else found
