"""The site's own funnel: a button whose label names no kind ("Reservation", "Quick Apply",
"Find Local Pros") is still the site's ask when its target is a page the site keeps for
taking requests — a sibling host of the site's own ("booking.example.sg",
"apply.example.edu", "request.example.com", "app.example.com" beside "blog.example.com"),
or a page of the site whose path names an application, a booking or a quote ("/apply/",
"/book-now/", "/termin-buchen"). Read from the target's host labels and path words (whole
words, ``rules.conversion``), never from the label; the caller (``conversion_links.ask_kind``)
keeps its place tests (no menu entry, no author's card, outside the article).
"""

from __future__ import annotations

from ..memo import memo
from .chrome_util import url_words
from .linklists import brand_name, href_parts, same_site
from .rules import conversion as rules


@memo(4096)
def maybe_funnel(href: str) -> bool:
    """``href`` may be a funnel's page (``funnel_target`` without the site's hosts: a host of
    three labels or more whose first is none of ``NOT_FUNNEL_HOSTS``, or a funnel word in
    its path): the cheap test asked of every button naming no kind."""
    parts = href_parts(href.strip())
    if parts is None:
        return False
    host = (parts.hostname or "").lower()
    if host.count(".") >= 2 and host.split(".", 1)[0] not in rules.NOT_FUNNEL_HOSTS:
        return True
    return _funnel_path(parts.path)


def funnel_target(href: str, hosts: frozenset[str]) -> bool:
    """``href`` opens a page of the site's own funnel: a host of the site (``hosts``) under
    labels of its own (none of ``NOT_FUNNEL_HOSTS``) that is not the page's host, or a page
    of the site whose path holds one of ``FUNNEL_PATH_WORDS``."""
    parts = href_parts(href.strip())
    if parts is None:
        return False
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if host:
        if host in hosts or not same_site(host, hosts):
            return bool(host in hosts) and _funnel_path(parts.path)
        labels = host.split(".")
        brand = brand_name(host)
        own = labels[:labels.index(brand)] if brand in labels else []
        if own and rules.NOT_FUNNEL_HOSTS.isdisjoint(own):
            return True
    return _funnel_path(parts.path)


def _funnel_path(path: str) -> bool:
    """A path word (a segment's word, or its words joined: "book-now" gives "booknow") is
    one of ``FUNNEL_PATH_WORDS``; a segment of more than ``MAX_SEGMENT_WORDS`` words is a
    story's slug and says nothing."""
    for segment in path.lower().split("/"):
        if not segment:
            continue
        tokens = url_words(segment)
        if len(tokens) > rules.MAX_SEGMENT_WORDS:
            continue
        if not rules.FUNNEL_PATH_WORDS.isdisjoint(tokens) or (
                len(tokens) > 1 and "".join(tokens) in rules.FUNNEL_PATH_WORDS):
            return True
    return False
