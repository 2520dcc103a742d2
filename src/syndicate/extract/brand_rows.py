"""A page's brand row: the box holding the site's home link (its name or logo).

A masthead row sets the site's name or logo, linked to its home page, beside the reader's
actions ("Subscribe", "Sign in"). The row is the page's header, no widget asking
something: the walk judges its parts, and a box of actions inside it is the CTA.
"""

from __future__ import annotations

from lxml import etree

from .promo_boxes import home_page

#: Link targets that load no page (a script's button, a jump on the page).
_NO_PAGE = ("#", "javascript:")


def holds_home_link(el: etree._Element, hosts: frozenset[str]) -> bool:
    """``el`` holds a link to the site's own home page ("/", "https://site.example/")."""
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.lower().startswith(_NO_PAGE) and home_page(href, hosts):
            return True
    return False
