"""A closing paragraph in which the site speaks of itself: "If you need advice on software
development, reach out to <a>Orient Software</a>…", "Track your SEO in a dashboard from
AgencyAnalytics… <a>Get started</a>", "+++ Ihnen gefällt unser Programm? …
<a>https://apolut.net/unterstuetzen/</a>".

The closing walk (``closing_ctas``) asks a closing line to be short and to say by its words
what it offers; such a paragraph is longer, and its words are the site's own copy. What
tells it is that it NAMES THE SITE (the site's host, or its name run together, as in
"Orient Software" for orientsoftware.com) and that every link of it goes to the site's own
pages: the publisher pointing the reader at itself, past the article's last word. An
article's closing paragraph that cites another site, or that has no link, is no such line.
"""

from __future__ import annotations

import re

from lxml import etree

from .chrome_util import norm, text_content
from .cta_boxes import url_kind
from .linklists import link_kind, on_site
from .rules import regions as rules

_SQUEEZE = re.compile(r"[\s\-_'’]+")


def site_keys(hosts: frozenset[str]) -> tuple[str, ...]:
    """The strings a text names the site by: each host ("kath.net") and its main label when
    long enough not to be a common word ("orientsoftware" of orientsoftware.com)."""
    keys: list[str] = []
    for host in hosts:
        host = host.lower()
        if not host or host.replace(".", "").isdigit():
            continue
        keys.append(host)
        # (the name a site is registered under, not a subdomain's: "jwu" of online.jwu.edu)
        parts = host.split(".")
        label = parts[-2] if len(parts) >= 2 else host
        if label in rules.SECOND_LEVEL_LABELS and len(parts) >= 3:
            label = parts[-3]  # (example.co.uk)
        if len(label) >= rules.MIN_SITE_LABEL:
            keys.append(label)
    return tuple(dict.fromkeys(keys))


def own_promo(unit: etree._Element, keys: tuple[str, ...], hosts: frozenset[str]) -> bool:
    """``unit`` names the site (one of ``keys``, spaces and dashes aside) and links only to
    the site's own pages, at least once."""
    if not keys:
        return False
    n = 0
    for a in unit.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        key, _ = link_kind(href, hosts)
        if key is None:
            continue  # (a mailto:, a script link: no page)
        if not _own(key, hosts):
            return False  # (a link to another site: the text cites it)
        n += 1
    if not n:
        return False
    text = _SQUEEZE.sub("", norm(text_content(unit)).casefold())
    return any(k in text for k in keys)


def _own(key: str, hosts: frozenset[str]) -> bool:
    """A link key (``host/path``, no host for a site path) of one of ``hosts``."""
    if key.startswith("/"):
        return True
    host = key.split("/", 1)[0].split(":", 1)[0]
    return on_site(host, hosts)


def own_kind(unit: etree._Element, hosts: frozenset[str]) -> str:
    """The kind of a site's own closing promo: the first its links' URLs tell, else other."""
    for a in unit.iter("a"):
        kind = action_kind(a.get("href") or "", hosts)
        if kind is not None:
            return kind
    return "other"


def action_kind(href: str, hosts: frozenset[str]) -> str | None:
    """The CTA kind of a link's URL (``/contact``, ``/donate``), unless it reads as an
    article's ("/collection/flower-subscription/" is a story about subscriptions)."""
    kind = url_kind(href)
    if kind is None or link_kind(href, hosts)[1]:
        return None
    return kind
