"""The page's own addresses: a link to one of them is no story link.

A page links itself in many ways that look like story links: share buttons that add a
query to its canonical URL (``/my-post/?share=facebook``), a print or permalink control,
its translation declared as ``<link rel=alternate hreflang>``. Read as a story, such a
link turns a header with a share bar into a related block of one item. The site's hosts
(``linklists.hosts_of``) carry the paths of these addresses, so every step that classifies
a link (``linklists.link_facts``) reads them without a second argument.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from lxml import etree

from ..model import Related
from .chrome_util import norm

if TYPE_CHECKING:
    from .chrome import Found  # (``chrome`` imports ``linklists``, which imports this module)

#: A headline shorter than this ("News", "Home") may be any box's line: not compared.
MIN_HEADLINE = 8


class SiteHosts(frozenset):
    """The site's hosts (a frozenset of host names: hashed and compared as one, so caches
    keyed on the hosts stay shared), ``own``: the paths of the page's own addresses,
    ``alternates``: those of its versions in other languages, and ``headline``: the
    article's title, folded (``""``: none, or too short to tell)."""

    __slots__ = ("alternates", "headline", "own")
    own: frozenset[str]
    alternates: frozenset[str]
    headline: str

    def __new__(cls, hosts: Iterable[str], own: frozenset[str], alternates: frozenset[str],
                headline: str = "") -> SiteHosts:
        out = super().__new__(cls, hosts)
        out.own, out.alternates, out.headline = own, alternates - own, headline
        return out


def site_hosts_of(hosts: frozenset[str], root: etree._Element, urls: Iterable[str | None],
                  headline: str | None = None) -> SiteHosts:
    """``hosts`` with the paths (no trailing slash) of the page's ``urls`` (its URL and the
    canonical URL the metadata read: ``<link rel=canonical>``, else ``og:url``) and of the
    alternates it declares for other languages (``<link rel=alternate hreflang>``: the
    ``<head>``'s own links), and the article's ``headline``."""
    alternates = []
    head = root.find("head")
    if head is not None:
        for node in head.iterchildren("link"):  # (tags filtered in C; most links have no hreflang)
            if node.get("hreflang") is not None and "alternate" in (node.get("rel") or "").lower():
                alternates.append(node.get("href") or "")
    title = norm(headline).casefold() if headline else ""
    return SiteHosts(hosts, _paths(u for u in urls if u), _paths(alternates),
                     title if len(title) >= MIN_HEADLINE else "")


def _paths(urls: Iterable[str]) -> frozenset[str]:
    out = set()
    for url in urls:
        try:
            path = urlsplit(url.strip()).path.rstrip("/")
        except ValueError:
            continue
        if path:  # (a site's home page is no story anyway: no path, no entry)
            out.add(path)
    return frozenset(out)


def own_link(key: str, hosts: frozenset[str]) -> bool:
    """The link of ``linklists.link_kind`` key ``key`` (host, path, query) is a control on
    the page itself: its own address with a query (``?share=facebook``, ``?print=1``), or
    its version in another language. The plain address is no control: a list of stories
    that names this page among them stays a list of stories."""
    own = getattr(hosts, "own", None)
    if own is None:
        return False
    slash = key.find("/")
    if slash < 0:
        return False
    path, query, _ = key[slash:].partition("?")
    path = path.rstrip("/")
    return path in hosts.alternates or bool(query) and path in own  # type: ignore[attr-defined]


def pager_link(a: etree._Element) -> bool:
    """A link marked as the next or previous page (``rel=next``/``prev``): a further page of
    a list on this page (``?page=1``), no control; it still reads as part of the list."""
    rel = a.get("rel")
    return bool(rel) and not _PAGER_RELS.isdisjoint(rel.lower().split())


_PAGER_RELS = frozenset({"next", "prev", "previous"})


def without_own_story(found: list[Found], hosts: frozenset[str]) -> list[Found]:
    """``found`` without the related blocks of one story that is the page itself: a box
    offering this article in another form (its PDF, its print edition) names it by its
    headline, at another address. A list of several stories that names this one among
    them stays a list."""
    headline = getattr(hosts, "headline", "")
    if not headline:
        return found
    return [f for f in found if not (isinstance(f.item, Related) and _names_page(f, headline))]


def _names_page(f: Found, headline: str) -> bool:
    """``f``'s related block links one address and one of its lines is ``headline``."""
    item = f.item
    if len({i.url for i in item.items}) != 1:  # type: ignore[union-attr]
        return False
    return any(norm(t).casefold() == headline for t in f.element.itertext() if len(t) >= MIN_HEADLINE)
