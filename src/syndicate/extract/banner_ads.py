"""Image banners of other firms beside the article: ad slots no ad vocabulary marks.

A side column's box whose whole content is one picture linking to another site (a local
shop's 300x250, a book's Amazon affiliate link, a software maker's skyscraper) is an ad
the page sold or placed: a widget plugin or a hand-written box holds it, so it carries no
network, no ad class and often no label. What makes it one is its structure:

* the link's only content is a picture (a lazy loader's ``<noscript>`` twin beside it), a
  banner rather than an icon (``banner_links.icon_picture``, or a style under
  ``MIN_BANNER_PIXELS`` high) and not served by the target's own site (a counter, a
  licence or a member's badge is the target's picture; a banner is the page's or an ad
  server's);
* the target is another site (the page's own hosts: a house promo, a CTA, is no ad), and
  no share, profile, feed or conversion page (those are CTAs: ``banner_links`` took them);
* it stands alone in its box (``banner_links.banner_widget``: no other link; text only in a
  heading), a box of its own (an ``aside``, a ``section``, or one a class/id word of
  ``rules.banner_ads.BANNER_BOX_WORDS`` names a widget), outside the body and every item already found; a picture link side by side
  with other picture links in one box is a row of partners' logos, not a column of boxes;
* the box stands in a side column (an ``aside`` or a box a class/id word of
  ``rules.banner_ads.BANNER_SIDE_WORDS`` names), not in a footer, a menu or a heading
  (a site's or its owner's logo).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain, islice

from lxml import etree

from ..model import AdSlot
from ..sanitize import safe_url
from .banner_links import banner_widget, feed_link, icon_picture, only_picture, stands_free
from .chrome import Found
from .chrome_util import href_links, tag_of, words
from .conversion_links import target_kind
from .ctas import share_or_follow
from .element_hints import HEADINGS
from .linklists import brand_name, host_of, same_site
from .rules import banner_ads as rules
from .rules.conversion import MIN_BANNER_PIXELS

#: A height or width in a style attribute ("height:25px").
_STYLE_SIZE = re.compile(r"(?:^|[;\s])(?:height|width)\s*:\s*(\d+)px")
#: Tags that end the look for a side column: the banner is then no side box's.
_NOT_BESIDE = frozenset({"footer", "nav", "menu", "h1", "h2", "h3", "h4", "h5", "h6", "body", "main", "article"})
#: A size in a file name ("Skyscraper_300x600px", "banner_728×90").
_SIZE_IN_NAME = re.compile(r"(?<!\d)(\d{2,4})\s*[x×]\s*(\d{2,4})(?!\d)")
_STYLE_DIM = re.compile(r"(width|height)\s*:\s*(\d+)px")
#: A word of a name or a file name (letters only: "cvusd-logo" -> cvusd, logo).
_WORD = re.compile(r"[^\W\d_]+")


def banner_ads(
    links: Iterable[etree._Element], body: set[etree._Element], found: set[etree._Element],
    hosts: Iterable[str], base: str | None, own_links: list[tuple[etree._Element, str]] | None = None,
) -> list[Found]:
    """The ad banners among the picture links ``links`` (document order), each reported with
    the box it stands alone in; ``hosts``: the page's own hosts. The links to the site's own
    pages (no ad: a house promo's, if any) are added to ``own_links`` with their targets."""
    own = set(hosts)
    if base:
        own.add(host_of(base))
    own.discard("")
    if not own:
        return []
    # (link, picture, box, target, host, the names' words: read once, for both tests)
    boxes: list[tuple[etree._Element, etree._Element, etree._Element, str, str, set[str]]] = []
    for a in links:
        href = (a.get("href") or "").strip()
        if not href.startswith(("http:", "https:", "//")):
            if own_links is not None and href[:1] == "/":
                own_links.append((a, href))
            continue  # (a relative link: a page of the site itself)
        host = host_of(href)
        if not host or same_site(host, own):
            if own_links is not None and host:
                own_links.append((a, href))
            continue  # (the site's own page: a house promo, no ad)
        img = picture(a)
        if img is None or icon_picture(img) or _small(img) or (_served_by(img, host) and not _sold(a, img, href)):
            continue
        if "license" in (a.get("rel") or "") or feed_link(href):
            continue
        if share_or_follow(href) is not None or target_kind(href) is not None:
            continue  # (a profile, a store badge, a donation page: the CTAs' job)
        if not stands_free(a, body, found) or in_card(a, href):
            continue
        box = banner_widget(a, body, found)
        if not _named_box(box) or _in_row(box) or _loose_text(box, a) or not _beside(box):
            continue
        names = picture_names(a, img, box)
        if not rules.NOT_BANNER_WORDS.isdisjoint(names):
            continue  # (a logo, a badge, a button: a partner's, a member's, a licence's)
        boxes.append((a, img, box, href, host, names))
    # A column of lone picture boxes to as many hosts: boxes the page sold side by side.
    stacks: dict[etree._Element | None, set[str]] = {}
    for _, _, box, _, host, _ in boxes:
        stacks.setdefault(box.getparent(), set()).add(host)
    out: list[Found] = []
    for a, img, box, href, _, names in boxes:
        if len(stacks[box.getparent()]) < rules.STACK_BOXES and not _sponsored(a) \
                and not _paid(img, href, names):
            continue
        if box in found:
            continue
        found.add(box)
        out.append(Found(box, AdSlot(id="", format="display", attributes={"href": safe_url(href, base) or href})))
    return out


def picture_names(a: etree._Element, img: etree._Element, box: etree._Element | None = None) -> set[str]:
    """The words of the picture's file name and alt text and of the class/id names of the
    link, the picture and the box (none: the link alone)."""
    box = a if box is None else box
    text = " ".join(filter(None, (file_name(img), img.get("alt"), img.get("class"), img.get("id"), a.get("class"),
                                  a.get("id"), box.get("class"), box.get("id"))))
    return set(_WORD.findall(text.lower()))


def file_name(img: etree._Element) -> str:
    """The picture's file name without its folder, query and extension ('' for a data
    address): a lazy loader's real source first."""
    src = img.get("data-src") or img.get("data-lazy-src") or img.get("src") or ""
    return "" if src.startswith("data:") else src.split("?", 1)[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _paid(img: etree._Element, href: str, names: set[str]) -> bool:
    """Evidence that the picture is a paid banner: an ad size declared for it (its width and
    height, its style, or its file name), a word of its file name or alt calling it a
    banner, or a link carrying an affiliate's or a campaign's query."""
    if not rules.BANNER_FILE_WORDS.isdisjoint(names):
        return True
    src = img.get("data-src") or img.get("src") or ""
    sizes = [(int(w), int(h)) for w, h in _SIZE_IN_NAME.findall(src.rsplit("/", 1)[-1].lower())]
    w, h = img.get("width"), img.get("height")
    if w and h and w.strip().isdigit() and h.strip().isdigit():
        sizes.append((int(w), int(h)))
    style = (img.get("style") or "").lower()
    if "width" in style and "height" in style:
        dims = dict(_STYLE_DIM.findall(style))
        if dims.get("width", "").isdigit() and dims.get("height", "").isdigit():
            sizes.append((int(dims["width"]), int(dims["height"])))
    if any(size in rules.IAB_SIZES for size in sizes):
        return True
    query = href.partition("?")[2].partition("#")[0].lower()
    return bool(query) and any(kv.partition("=")[0] in rules.PAID_QUERY_KEYS for kv in query.split("&"))


def picture(a: etree._Element) -> etree._Element | None:
    """The ``<img>`` that is all of ``a``'s content (``banner_links.only_picture``), or one
    with its ``<noscript>`` copy beside it (a lazy loader's), else None."""
    if len(a) == 2 and a[1].tag == "noscript" and a[0].tag == "img":
        if (a.text and not a.text.isspace()) or (a[0].tail and not a[0].tail.isspace()) \
                or (a[1].tail and not a[1].tail.isspace()):
            return None
        return a[0]
    return only_picture(a)


def _small(img: etree._Element) -> bool:
    """A style sizes the picture under ``MIN_BANNER_PIXELS`` wide or high (a "powered by"
    logo 25 pixels high)."""
    style = img.get("style")
    return bool(style) and any(int(n) < MIN_BANNER_PIXELS for n in _STYLE_SIZE.findall(style.lower()))


def _served_by(img: etree._Element, host: str) -> bool:
    """The picture comes from the target's own site (a counter's, a licence's or a
    member's badge drawn by the service it links to)."""
    src = (img.get("src") or "").strip()
    if not src.startswith(("http:", "https:", "//")):
        return False
    return brand_name(host_of(src)) == brand_name(host)


def _sold(a: etree._Element, img: etree._Element, href: str) -> bool:
    """The link says it was sold, whoever serves its picture: ``rel="sponsored"``, or a paid
    banner's evidence (``_paid``: an ad size declared for the picture, an affiliate's query).
    An affiliate network serves its banners from its own host, as a counter's badge is."""
    return _sponsored(a) or _paid(img, href, picture_names(a, img))


def _sponsored(a: etree._Element) -> bool:
    """The link is declared a paid one (``rel="sponsored"``, what search engines ask of ads
    and affiliate links)."""
    rel = a.get("rel")
    return bool(rel) and "sponsored" in rel.lower().split()


def in_card(a: etree._Element, href: str) -> bool:
    """A text link to the same target two levels up at most: a card's picture."""
    node = a
    for _ in range(2):
        node = node.getparent()
        if node is None:
            return False
        for x in href_links(node, 8):
            if x is not a and (x.get("href") or "").strip() == href and any(
                    not t.isspace() for t in x.itertext()):
                return True
    return False


def _named_box(box: etree._Element) -> bool:
    """``box`` is a box of its own: an ``aside`` or ``section``, or named a widget, block or
    box by its class/id (a column's widget). A bare link or a centred line among others in
    one widget is an entry of a list (memberships, partners), not a slot."""
    if tag_of(box) in ("aside", "section"):
        return True
    names = f"{box.get('class') or ''} {box.get('id') or ''}"
    return bool(names.strip()) and not rules.BANNER_BOX_WORDS.isdisjoint(words(names))


def _in_row(box: etree._Element) -> bool:
    """``box`` is one picture link of a row (the link itself, or its list entry, beside two
    or more other picture links): partners' or members' logos, not a column of ad boxes."""
    if tag_of(box) not in ("a", "li"):
        return False
    parent = box.getparent()
    if parent is None:
        return False
    others = [x for x in href_links(parent, 6) if picture(x) is not None]
    return len(others) >= 3


def _loose_text(box: etree._Element, a: etree._Element) -> bool:
    """Text in ``box`` outside the link and its headings (a sentence about a funder or a
    member: "ZAMG is a research institute of the ministry")."""
    n = 0
    for node in box.iter():
        tag = tag_of(node)
        if not tag:  # (a comment or a processing instruction: its words show nowhere)
            if node.tail and not any(x is a or tag_of(x) in HEADINGS for x in node.iterancestors()):
                n += len(node.tail.strip())
            continue
        if node is a or tag in HEADINGS or tag in ("script", "style", "noscript"):
            continue
        if any(x is a or tag_of(x) in HEADINGS for x in node.iterancestors()) and node is not box:
            if node.tail:
                n += len(node.tail.strip())
            continue
        n += len((node.text or "").strip()) + (len(node.tail.strip()) if node.tail and node is not box else 0)
    return n > rules.MAX_LOOSE_CHARS


def _beside(box: etree._Element) -> bool:
    """``box`` stands in a side column: it or one of its ancestors (``BANNER_SIDE_CLIMB``
    levels up at most) is an ``aside`` or named as a side column, and none nearer is a
    footer, a menu, a heading or the article (a funder's logo, a site's logo)."""
    for node in chain((box,), islice(box.iterancestors(), rules.BANNER_SIDE_CLIMB)):
        tag = tag_of(node)
        if tag in _NOT_BESIDE:
            return False
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        ws = set(words(names)) if names.strip() else set()
        if not ws.isdisjoint(rules.BANNER_FOOT_WORDS):
            return False
        if tag == "aside" or not ws.isdisjoint(rules.BANNER_SIDE_WORDS):
            # (a footer further up holds its own side columns: no banner column there)
            return not any(tag_of(x) == "footer" for x in node.iterancestors())
    return False
