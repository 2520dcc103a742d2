"""A ``read_more`` CTA is an expander: a control that shows the rest of the article where
it stands ("Read more", "Continuer la lecture", "Artikel anzeigen"), or a line sending the
reader to the full story. The rules that find one go by its words or its class
(``read-more``, ``more-link``), and both also name what is no expander:

* a link to another page under a "Read more" label: a teaser card's or a listing entry's
  link to its story ("Learn more about the … program" under each entry of a round-up),
  a cookie notice's link to its policy, a "Read more" in an author box;
* a heading "Read more:" or "Continue reading": the lead-in of the links below it, which
  the related rules read with them.

So the item stays only when it holds no heading's role and no link that leaves the page
(an empty target, ``#…`` or ``javascript:`` is a control of the page itself).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import CallToAction
from .chrome import Found
from .element_hints import HEADINGS

#: Targets that keep the reader on the page: a control, not a link elsewhere.
_IN_PAGE_PREFIXES = ("#", "javascript:")


def without_page_links(found: Sequence[Found]) -> list[Found]:
    """``found`` less its ``read_more`` CTAs that are headings or open another page."""
    return [f for f in found if not _no_expander(f)]


def _no_expander(f: Found) -> bool:
    item = f.item
    if not isinstance(item, CallToAction) or item.kind != "read_more":
        return False
    el = f.element
    if el.tag in HEADINGS:
        return True
    links = (el,) if el.tag == "a" else el.iter("a")
    return any(_leaves_page(a.get("href")) for a in links)


def _leaves_page(href: str | None) -> bool:
    target = (href or "").strip().lower()
    return bool(target) and not target.startswith(_IN_PAGE_PREFIXES)
