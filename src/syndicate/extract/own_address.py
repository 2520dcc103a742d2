"""The page's own address when it was given another one.

A page may be parsed under a URL that is not its own: a proxy's, an archive's, a mirror's,
a tracking redirect's (or a test harness's placeholder). Read against that URL, a link to
the page's own path ("/my-post#section", a table of contents) is another page, a link to its
section ("/blog") no index above it, and the site's absolute links ("https://site/other-post")
point off site: a table of contents turns into related stories and the site's related links
into external ones. The page's links tell its own site: the given URL's host appears in none
of them, and most of its absolute links point to one site, which its canonical URL names (or,
with none, which links its home page and the sections of its relative links). Then that
site's address stands for the page's.
"""

from __future__ import annotations

from collections import Counter
from operator import itemgetter, methodcaller
from urllib.parse import urlsplit

from lxml import etree

from .linklists import ABSOLUTE, HOST_LINKS, host_of, same_site

#: With no canonical URL, the host most absolute links point to is the site's when it has
#: this many of them and more than half of all.
MIN_TOP_LINKS = 3


def own_address(root: etree._Element, url: str | None, canonical: str | None,
                declared: str | None = None) -> str | None:
    """The address the page's links are read against: its own (see the module's doc) when
    the page was given a ``url`` whose host its links (the first ``HOST_LINKS``) name nowhere
    while the host most absolute links point to is of the site of the ``canonical`` URL (or of
    the ``declared`` ``og:url``: a relative canonical URL was read against the given URL): that
    URL. With neither, that host when it is clear-cut (``MIN_TOP_LINKS`` links and more than
    half of the absolute ones), links its home page and shares a section with the relative
    links (a share or follow network's links do neither): the given URL on that host. Else the
    given ``url`` (or, with none, the canonical URL)."""
    if not url:
        return canonical
    if canonical and _bare(canonical) == _bare(url):
        return url  # (the common case: the page names the URL it was given its own)
    given = host_of(url)
    if not given:
        return canonical
    if not canonical or same_site(host_of(canonical), {given}):
        # (a relative canonical URL, read against the given URL, or none: the page may name
        # itself in its ``og:url``; else a canonical URL of the given URL's site is the page's)
        if declared and not same_site(host_of(declared), {given}):
            canonical = declared
        elif canonical:
            return url
    hrefs: list[str] = _HREFS(root)
    if given in "\n".join(hrefs):
        return url  # (its links name the URL's host: the URL is the site's)
    netlocs = Counter(map(_NETLOC, map(_SLASHES, filter(_ABSOLUTE, hrefs))))  # (in C: thousands of links)
    if not netlocs:
        return url
    top, n = netlocs.most_common(1)[0]
    top = top.lower()
    if same_site(host_of(top), {given}):
        return url  # (its links name another host of the URL's site: the URL is the site's)
    if canonical:
        return canonical if same_site(host_of(top), {host_of(canonical)}) else url
    if n < MIN_TOP_LINKS or 2 * n <= netlocs.total() or not _site_of(top, hrefs):
        return url
    try:
        return urlsplit(url)._replace(netloc=top).geturl()
    except ValueError:
        return url


#: The targets of the page's first ``HOST_LINKS`` links, read in C.
_HREFS = etree.XPath(f"(//a/@href)[position() <= {HOST_LINKS}]", smart_strings=False)
_ABSOLUTE = methodcaller("startswith", ABSOLUTE)
_SLASHES = methodcaller("split", "/", 3)
_NETLOC = itemgetter(2)


def _bare(url: str) -> str:
    """``url`` without its scheme, ``www.``, fragment and closing slash: two spellings of one
    page's address compare equal."""
    rest = url.partition("//")[2] or url
    rest = rest.partition("#")[0].rstrip("/")
    return rest[4:] if rest.startswith("www.") else rest


def _site_of(netloc: str, hrefs: list[str]) -> bool:
    """``netloc``'s links include its home page and a page in a section (first path segment)
    that the page's relative links also open ("https://site/blog/other" beside "/blog")."""
    home = False
    sections: set[str] = set()
    relative: set[str] = set()
    for href in hrefs:
        if href.startswith(ABSOLUTE):
            parts = href.split("/", 4)
            if len(parts) >= 3 and parts[2].lower() == netloc:
                first = parts[3].split("?")[0].split("#")[0] if len(parts) >= 4 else ""
                if first:
                    sections.add(first)
                else:
                    home = True
        elif href.startswith("/") and not href.startswith("//"):
            relative.add(href[1:].split("/", 1)[0].split("?")[0].split("#")[0])
    relative.discard("")
    return home and not sections.isdisjoint(relative)
