"""App-store link groups: "Download Apps: Android · iPhone & iPad", a pair of store badges
in a header, "CNET für mobile Geräte: [Google Play] [App Store]". The links need no button
styling and no words: two or more links to app stores (``rules.conversion.APP_HOSTS``)
standing together, not outnumbered by other links, with little text of their own, are the
site's ask to install its app (a CTA ``app``).

The region pass notes the store hosts among the page's link targets as it counts the
site's hosts (``linklists.hosts_of``): pages without one pay nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from itertools import islice

from lxml import etree

from .chrome import Found
from .chrome_util import page_attributes, tag_of, text_stats
from .ctas import build_cta
from .linklists import href_parts, store_host
from .rules import conversion as rules

#: Never a group: the page and its main parts.
_NEVER = frozenset({"html", "body", "main", "article"})


def _store_link(a: etree._Element) -> bool:
    href = (page_attributes().hrefs[a] or "").strip()  # (the page's link targets: a look-up, no copy out of lxml)
    if not href.lower().startswith(("http", "//")):
        return False
    parts = href_parts(href)
    if parts is None:
        return False
    host = (parts.hostname or "").lower()
    return store_host(host[4:] if host.startswith("www.") else host)


def app_groups(links: Iterable[etree._Element], hosts: Collection[str], body: set[etree._Element],
               found: set[etree._Element], base: str | None) -> list[Found]:
    """The groups of app-store links among ``links`` (the page's links, document order) to
    the store ``hosts`` seen on the page, standing outside the body blocks ``body`` and the
    items ``found`` (module doc)."""
    seen = re.compile("|".join(map(re.escape, set(hosts)))).search  # (one search a link, in C)
    links = links if isinstance(links, list) else list(links)
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    stores = [a for a in links if seen(hrefs[a] or "") and _store_link(a)]
    if len(stores) < rules.MIN_APP_LINKS:
        return []
    store_set = set(stores)
    out: list[Found] = []
    done: set[etree._Element] = set()
    for a in stores:
        if a in done or any(x in body or x in found for x in a.iterancestors()) or a in found:
            continue
        group = _group(a, store_set, body, found)
        if group is None:
            continue
        done.update(x for x in group.iter("a"))
        out.append(Found(group, build_cta(group, "app", base)))
    return out


def _group(a: etree._Element, stores: set[etree._Element], body: set[etree._Element],
           found: set[etree._Element]) -> etree._Element | None:
    """The smallest ancestor of ``a`` holding enough store links, few other links and little
    text (``rules.APP_*``), with its heading; None if there is none."""
    for node in islice(a.iterancestors(), rules.APP_CLIMB):
        if tag_of(node) in _NEVER or node in body or node in found:
            return None
        links = [x for x in islice(node.iter("a"), 4 * rules.APP_ELEMENTS) if x.get("href")]
        n = sum(1 for x in links if x in stores)
        if n < rules.MIN_APP_LINKS:
            continue
        if len(links) - n >= n or any(x in found or x in body for x in node.iterdescendants()):
            return None  # (a menu naming the apps among its pages; a found item inside)
        stats = text_stats(node, max_elements=rules.APP_ELEMENTS)
        if stats.truncated or stats.chars - stats.link_chars > rules.MAX_APP_TEXT:
            return None
        return _headed(node, len(links), body, found)
    return None


def _headed(node: etree._Element, links: int, body: set[etree._Element], found: set[etree._Element]) -> etree._Element:
    """``node``'s parent when it adds only a short heading (no link, at most
    ``MAX_APP_HEADING`` characters: "Download Apps"), else ``node``."""
    parent = node.getparent()
    if parent is None or tag_of(parent) in _NEVER or parent in body or parent in found:
        return node
    if sum(1 for x in islice(parent.iter("a"), links + 1) if x.get("href")) > links:
        return node
    outer = text_stats(parent, max_elements=2 * rules.APP_ELEMENTS)
    if outer.truncated:
        return node
    return parent if outer.chars - text_stats(node).chars <= rules.MAX_APP_HEADING else node
