"""A page's brand row: the box holding the site's home link (its name or logo).

A masthead row sets the site's name or logo, linked to its home page, beside the reader's
actions ("Subscribe", "Sign in"). The row is the page's header, no widget asking
something: the walk judges its parts, and a box of actions inside it is the CTA.

A home link is the page's own front page and nothing else: ``/``, or the root of the
page's own host with no query. The root of a sister host (``members.example.org/``, a
membership shop) or a root with a query (``/?view=signup``, tracking parameters) is a
page of its own, an action a box may ask for.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml import etree

from .linklists import host_of

#: Relative forms of the front page's address.
_ROOTS = frozenset({"/", "./"})


def holds_home_link(el: etree._Element, base: str | None) -> bool:
    """``el`` holds a link to the site's own home page (module doc)."""
    own = host_of(base) if base else None
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if href in _ROOTS:
            return True
        if own and href[:4].lower() == "http" and _root_of(href, own):
            return True
    return False


def _root_of(href: str, own: str) -> bool:
    """``href`` is the root of host ``own`` ("https://www.site.example/"), no query."""
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query and (parts.hostname or "").removeprefix("www.") == own
