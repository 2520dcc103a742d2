"""A lone social-profile icon in the page's chrome: a follow CTA.

The bar tests (``sharebars.social_bar``, ``ctas.bar_of_link``, ``follow_runs``) need two or
more profile links together. A page may set each icon apart instead: one LinkedIn icon in
a footer box of its own, a header's icons loose among its menu and log-in links, a side
column's picture modules each a link of its own. Each such icon is one follow widget (the
gold labels loose icons one by one). It is one when:

* its link goes to a profile on a network (``ctas.share_or_follow`` is ``follow``);
* it shows no words: an ``<img>``, ``<svg>``, icon font, or nothing but an aria-label or
  title ("Facebook" as a text entry among a menu's links is navigation, no widget);
* it stands outside the body and outside every item found (an icon inside a found bar or
  card is that item's);
* the row it stands in (its nearest ancestor holding another link) is no row of profiles
  only (a bar: the bar tests' to judge) nor of icons only (podcast platforms' badges: the
  row is the widget), nor a small row whose icons ``follow_runs`` took as one widget;
* it is no author's (a box named so, or a small card linking an author's page), no icon of
  a group holding an icon we cannot read (an account or search toggle: a toolbar), and no
  icon entry of a site menu (``region_widgets.menu_bar``).

The candidates are the page's profile links the region walk counted
(``link_walk.LinkWalk.count_links``): no walk of its own. Reported at the icon's own box: its highest
ancestor, a few levels up, holding this link and little text (``li`` of a menu,
``div.social-icon``), else at the link.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from lxml import etree

from ..sanitize import safe_url
from .authors import author_path
from .banner_links import icon_picture, stands_free
from .chrome import Found
from .chrome_util import norm, tag_of
from .cta_rows import scripted_href
from .ctas import build_cta, share_or_follow
from .follow_rows import row_aside
from .follow_runs import author_box, shows_no_words
from .region_widgets import menu_bar
from .rules import lone_follows as rules
from .rules.follow_runs import MAX_SMALL_ROW
from .sharebars import network


def lone_follows(
    follows: Iterable[etree._Element], links: Counter[etree._Element], social: Counter[etree._Element],
    body: set[etree._Element], out_so_far: Sequence[Found], base: str | None,
) -> list[Found]:
    """The follow widgets of one profile icon among ``follows`` (the page's links to a
    profile, in document order), standing outside the body blocks ``body`` and the items
    found so far, ``out_so_far``. ``links`` and ``social``: links and social links below
    each element (the region walk's counts)."""
    out: list[Found] = []
    found: set[etree._Element] | None = None  # (made at the first icon outside a bar)
    for a in follows:
        row = _row(a, links)
        if row is not None and social.get(row, 0) >= links.get(row, 0):
            continue  # a row of profiles only: a bar, the bar tests' to judge (most profile links)
        if not _icon(a):
            continue
        if found is None:
            found = {f.element for f in out_so_far}
        if not stands_free(a, body, found):
            continue
        if row is not None and (_icon_row(row, links) or _run_found(row, links, found)):
            continue
        box = _own_box(a, links)
        if author_box(box) or author_card(a, links) or _unread_icons(box, links):
            continue
        cta = build_cta(box, "follow", base)
        cta.url = safe_url(a.get("href"), base)
        found_one = Found(box, cta)
        if not menu_bar(found_one):  # (an icon entry of a site menu: navigation)
            out.append(found_one)
    return out


def _row(a: etree._Element, links: Counter[etree._Element]) -> etree._Element | None:
    """The nearest ancestor of ``a`` holding another link (the row, menu or column it is in)."""
    for anc in a.iterancestors():
        if links.get(anc, 0) > 1:
            return anc
    return None


def _icon_row(row: etree._Element, links: Counter[etree._Element]) -> bool:
    """``row`` is a small row of icons only (podcast platforms' badges, one of them a
    profile): the row is the widget, not this icon."""
    return links.get(row, 0) <= rules.MAX_ICON_ROW and all(_icon(x) for x in row.iter("a") if x.get("href"))


def _run_found(row: etree._Element, links: Counter[etree._Element], found: set[etree._Element]) -> bool:
    """``row`` is a small row (a header's icons beside "Subscribe" and a search form) holding
    a follow item found already: ``follow_runs`` took the row's icons as one widget. (In a
    larger row, a menu, each icon standing loose is one widget.)"""
    return links.get(row, 0) <= MAX_SMALL_ROW and any(x in found for x in row.iterdescendants())


def author_card(a: etree._Element, links: Counter[etree._Element]) -> bool:
    """A small box around ``a`` (``AUTHOR_CLIMB`` levels up at most, ``MAX_CARD_LINKS``
    links) links an author's page: an author card, whose profiles are the author's."""
    node, seen = a, 1
    for _ in range(rules.AUTHOR_CLIMB):
        node = node.getparent()
        n = links.get(node, 0) if node is not None else 0
        if node is None or n > rules.MAX_CARD_LINKS:
            return False
        if n > seen and any(x is not a and (h := x.get("href")) and share_or_follow(h) is None and author_path(h)
                            for x in node.iter("a")):
            return True
        seen = n  # (a level adding no link adds no author page either)
    return False


#: Elements standing between a row's icons that part no icons (a line break).
_SEPARATORS = frozenset({"br", "script", "style", "noscript"})


def _unread_icons(box: etree._Element, links: Counter[etree._Element]) -> bool:
    """``box`` stands in a group of adjacent glyph icons one of which we cannot read as a
    profile, feed or mail address (an app store's, a site's own redirect, an account or
    search toggle): the group is one icon row or toolbar, no lone icon (as ``follow_runs``
    judges a run beside such an icon)."""
    for step in (etree._Element.getprevious, etree._Element.getnext):
        node = step(box)
        while node is not None:
            if not isinstance(node.tag, str) or node.tag in _SEPARATORS:
                node = step(node)
                continue
            # (an entry is one link, or a toggle whose menu unfolds below it: read by its
            # own control, the first link)
            a = node if node.tag == "a" else next(node.iter("a"), None)
            href = a.get("href") if a is not None else None
            if href is None or (links.get(node, 0) != 1 and not scripted_href(href)) or not _glyph(a):
                break
            if share_or_follow(href) is None and row_aside(href) is None and network(a) is None:
                return True
            node = step(node)
    return False


def _glyph(entry: etree._Element) -> bool:
    """``entry`` shows an icon and no words: no text, no picture but an icon's."""
    return _icon(entry) and all(icon_picture(img) for img in entry.iter("img"))


def _icon(a: etree._Element) -> bool:
    """``a`` shows no words (``follow_runs.shows_no_words``: an SVG's title is none). Its text pieces
    read in C first: most icons hold none, and the XPath is compiled only beside an SVG."""
    text = "".join(a.itertext())
    return not text or text.isspace() or (next(a.iter("svg"), None) is not None and shows_no_words(a))


def _own_box(a: etree._Element, links: Counter[etree._Element]) -> etree._Element:
    """The highest ancestor of ``a`` (``BOX_CLIMB`` levels at most) holding no other link and
    little text, below the page's regions; ``a`` itself when there is none."""
    box = a
    node = a.getparent()
    for _ in range(rules.BOX_CLIMB):
        if node is None or tag_of(node) in rules.NOT_BOX or links.get(node, 0) != 1:
            break
        if len(norm(node.text_content())) > rules.MAX_BOX_TEXT:
            break
        box = node
        node = node.getparent()
    return box
