"""Promo boxes of one target outside the body: a box whose every link goes to one page that
is no story of the site — a banner or a card for a product, an event, a course, a book, a
tool — its picture, title, text and button all linking the same target. A CTA ``other``:
the site's own ask or offer, whatever its link count.

What makes one is structure, not words:

* ONE TARGET: every link of the box goes to one page (a trailing slash aside), and the
  box is the widest ancestor of a picture link or a button-styled link (the region pass
  collects both in its one walk) that still holds only links to that page, stopping at
  the body's containers, found items, the page's regions and lists;
* THE TARGET IS AN OFFER: another site's page, or a page of the site that is no story
  (``linklists.article_path``), no home page of the site's host, no listing, account or
  log-in page and not the page itself; no share, profile or feed link, no picture file;
* A PROMO, NO AD AND NO TEASER: the box holds a picture or a button, sits in no menu,
  header or page footer, holds no form, embed or page title, is not one entry of a
  listing (three or more alike side by side), and is no more than a pitch in size. A lone
  picture linking to another site is left to ``banner_ads`` (a firm's banner the page sold:
  an ad slot); another site's box needs a pitch in words beside its picture.

A box already reported as something else is left alone (the found items stop the climb).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from itertools import chain, islice

from lxml import etree

from .banner_ads import picture
from .banner_links import icon_picture
from .chrome import Found
from .chrome_util import _named as named
from .chrome_util import class_or_id_named, href_links, tag_of, words
from .content import is_hidden
from .conversion_links import target_kind
from .ctas import build_cta, share_or_follow
from .linklists import (
    LinkFacts,
    above_page,
    article_path,
    brand_name,
    larger_than,
    on_site,
)
from .region_names import MENU, OPEN, area_of
from .rules import target_promos as rules
from .rules.conversion import FEED_WORDS, LOGIN_WORDS
from .rules.offer_boxes import NAV_PATH_WORDS
from .rules.related_guards import TAG_PATH_WORDS


def target_promos(own_links: Iterable[tuple[etree._Element, str]], links: Mapping[etree._Element, int],
                  facts: Mapping[etree._Element, LinkFacts], line: Collection[etree._Element],
                  body: Collection[etree._Element], found: Collection[etree._Element], hosts: frozenset[str],
                  base: str | None) -> list[Found]:
    """The promo boxes around ``own_links`` (picture links to the site's own pages and their
    targets, document order; ``banner_ads`` tells them from another firm's): module doc.
    ``links``: the links below each element and ``facts``: what the links of the lists
    measured are (the region walk's); ``line``: the ancestors of the body blocks and found
    items; ``body``/``found``: the body blocks and the items found so far; ``hosts``: the
    site's."""
    out: list[Found] = []
    boxes: set[etree._Element] = set()
    headline = getattr(hosts, "headline", "")
    links_get, facts_get, boxed, most = links.get, facts.get, _SEED_PARENTS, rules.MAX_SEED_LINKS
    for a, href in own_links:
        # (most are a list's entry, a line's picture or a teaser's picture of a story: told by
        # the parent's tag, the walk's counts and facts and the target's path)
        parent = a.getparent()
        if parent is None or parent.tag not in boxed or links_get(parent, 0) > most or parent in body:
            continue
        fact = facts_get(a)
        if fact is not None and (fact[0] is None or fact[1]):
            continue  # (the walk read it: no page, or a story)
        if len(a) == 1 and len((a[0].get("alt") or "").split()) >= rules.TEASER_ALT_WORDS:
            continue  # (a picture whose alt text is a headline: a teaser's)
        path, query = _path(href, hosts)
        if path is None or fact is None and article_path(path) or not _offer_page(href, path, query, hosts, base):
            continue
        box = _box(a, href, links, line, body, found)
        if box is None or box in boxes or not _promo(box, a, headline):
            continue
        if any(x in found or x in body for x in box.iterancestors()) or any(x in found for x in box.iterdescendants()):
            continue  # (inside an item found already, or around one)
        boxes.add(box)
        out.append(Found(box, build_cta(box, target_kind(href) or "other", base)))
    return out


def _path(href: str, hosts: frozenset[str]) -> tuple[str | None, str]:
    """The path and the query of a link to the site's own page (None: a shared host's other
    subdomain, a blog of its own)."""
    if href[:1] == "/" and href[1:2] != "/":
        rest = href
    else:
        netloc, slash, rest = href.partition("//")[2].partition("/")
        host = netloc.rpartition("@")[2].partition(":")[0].lower().removeprefix("www.")
        if brand_name(host) in rules.SHARED_HOST_BRANDS and not on_site(host, hosts):
            return None, ""
        rest = slash + rest
    path, _, query = rest.split("#", 1)[0].partition("?")
    return path, query


def _offer_page(href: str, path: str, query: str, hosts: frozenset[str], base: str | None) -> bool:
    """The site's page ``href`` (its ``path`` and ``query``) is no story's (tested before),
    no home page, listing, account, feed, picture, ad's click, share link or the page
    itself: its path's words name none (``NOT_OFFER_PATH_WORDS``), no year dates it, it lies
    not above the page's own path."""
    if len(href) > rules.MAX_HREF:
        return False
    low = path.lower()
    if not low.strip("/"):
        return "//" in href and href.partition("//")[2].partition("/")[0].lower().removeprefix("www.") not in hosts
    if low.endswith(rules.PICTURE_FILES) or _YEAR.search(low) is not None:
        return False  # (a picture; a dated path: a story, an archive)
    segments = [x for x in low.split("/") if x]
    if segments[-1].isdigit() and len(segments) <= 2:
        return False  # (an ad's click counted by the site: "/link/21")
    if not _NOT_OFFER_PATH_WORDS.isdisjoint(segments) \
            or not _NOT_OFFER_PATH_WORDS.isdisjoint(w for x in segments for w in _SEGMENT_SPLIT(x)):
        return False
    if query and _ad_query(query):
        return False
    return not (above_page(href, base) or _page_itself(path, hosts) or share_or_follow(href) is not None)


def _ad_query(query: str) -> bool:
    """A query naming a banner, a sponsor or a partner by id, or carrying the address it
    sends the reader on to ("?url=https%3A%2F%2F...": an affiliate network's click)."""
    low = query.lower()
    if "=http" in low or "=%2f%2f" in low or "%3a%2f%2f" in low:
        return True
    return not rules.AD_QUERY_KEYS.isdisjoint(kv.partition("=")[0] for kv in low.split("&"))


def _page_itself(path: str, hosts: frozenset[str]) -> bool:
    """``path`` is one of the page's own addresses (``own_pages.SiteHosts.own``)."""
    own = getattr(hosts, "own", None)
    return bool(own) and path.rstrip("/") in own


def _same(href: str, other: str) -> bool:
    """Two targets name one page (a trailing slash aside)."""
    return href == other or href.rstrip("/") == other.rstrip("/")


def _box(a: etree._Element, href: str, links: Mapping[etree._Element, int], line: Collection[etree._Element],
         body: Collection[etree._Element], found: Collection[etree._Element]) -> etree._Element | None:
    """The widest ancestor of ``a`` (``BOX_CLIMB`` levels up at most) whose links all go to
    ``href``, below the body's and found items' containers (``line``), the page's regions
    and lists, with ``MAX_BOX_CHILDREN`` children at most at each level (``a`` itself when
    none is); None when it holds more than ``MAX_BOX_ELEMENTS`` elements."""
    node = a
    held = links.get(a, 1)
    for parent in islice(a.iterancestors(), rules.BOX_CLIMB):
        if tag_of(parent) in _NEVER or parent in line or parent in body or parent in found:
            break
        n = links.get(parent, 0)
        if n > rules.MAX_BOX_LINKS or len(parent) > rules.MAX_BOX_CHILDREN:
            break
        if n > held:
            if any(not _same((x.get("href") or "").strip(), href) for x in parent.iter("a") if x.get("href")):
                break
            held = n
        node = parent
    if node is not a and larger_than(node, rules.MAX_BOX_ELEMENTS):
        return None  # (a region of the page holding one link: no box)
    return node


def _promo(box: etree._Element, a: etree._Element, headline: str) -> bool:
    """``box`` (around the link ``a``) is a promo: shown, in no menu, header or page footer,
    no form, embed, page title or dateline in it, no listing's entry, nothing named as an
    author's card, a logo, a cookie notice..., no more than a pitch in size; a banner of
    pictures alone (``_house_banner``), or a card saying a pitch outside its links beside
    its picture or button."""
    img = picture(a)
    if img is not None and (icon_picture(img) or _logo(img)):
        return False  # (an icon's link: a toolbar's, an admin's; a logo's)
    pitch = _pitch(box)
    if pitch is None:
        return False  # (more text than a pitch)
    if pitch < rules.MIN_PITCH_WORDS:
        if img is None or not _house_banner(box, a, img):
            return False
    elif box is a or not _labelled(box) or _at_edge(box, rules.HEAD_WORDS):
        return False  # (a button alone: no pitch; a page header's card: its navigation's)
    if next(box.iter(*_FOREIGN), None) is not None or _in_chrome(box) or _page_title(box, headline):
        return False
    if class_or_id_named(a, rules.NOT_PROMO_WORDS) or _ad_named(box, a):
        return False  # (a logo's link, an author's; an ad's)
    return not _named_apart(box) and not _repeated(box)


def _pitch(box: etree._Element) -> int | None:
    """The words of ``box``'s shown text outside its links' labels (two letters or more; a
    link holding a picture, a heading or a button beside its text is a card of its own: its
    text is a pitch), or None when its text is longer than ``MAX_BOX_TEXT`` characters.
    (The texts read in C, by XPath.)"""
    code = next(box.iter(*_NO_TEXT), None) is not None  # (a script's or a style's text is no pitch)
    text = " ".join(_SHOWN_TEXTS(box) if code else box.itertext())
    if len(text) > rules.MAX_BOX_TEXT * 2 and len(" ".join(text.split())) > rules.MAX_BOX_TEXT:
        return None
    words = len(_TWO_LETTERS.findall(text))
    if not words:
        return 0
    labels = len(_TWO_LETTERS.findall(" ".join(_LINK_TEXTS(box) if code else
                                                (t for x in box.iter("a") for t in x.itertext()))))
    if words - labels >= rules.MIN_PITCH_WORDS or not labels:
        return words - labels
    for x in box.iter("a"):  # (few words outside the links: a link may be a card of its own)
        if _card_link(x):
            labels -= len(_TWO_LETTERS.findall(" ".join(_SHOWN_TEXTS(x) if code else x.itertext())))
    return words - labels


def _ad_named(box: etree._Element, a: etree._Element) -> bool:
    """The box, its link or the link's picture is named an ad (class/id word of
    ``AD_NAME_WORDS``: "advert", "sponsored")."""
    img = picture(a)
    return any(class_or_id_named(x, rules.AD_NAME_WORDS) for x in (box, a, img) if x is not None)


def _labelled(box: etree._Element) -> bool:
    """A card's action says what it does: a link with a label (a button, "Get More Info >",
    a linked title) or a link that is the whole card; a picture linked beside loose text
    (a map beside an address, an author's photo beside a greeting) is none."""
    return any(any(not t.isspace() for t in x.itertext()) for x in box.iter("a") if x.get("href"))


def _card_link(a: etree._Element) -> bool:
    """A link that is a card of its own: it holds a picture or a heading beside its text."""
    return next(a.iterdescendants(*_CARD_PARTS), None) is not None and any(not t.isspace() for t in a.itertext())


def _page_title(box: etree._Element, headline: str) -> bool:
    """``box`` holds the page's title: an ``<h1>`` naming the article (or any ``<h1>`` when
    the headline is not known)."""
    for h in box.iter("h1"):
        if not headline:
            return True
        text = " ".join(h.text_content().split()).casefold()
        if text and (text in headline or headline in text):
            return True
    return False


def _house_banner(box: etree._Element, a: etree._Element, img: etree._Element) -> bool:
    """A banner of the site's own, the picture all the box shows (a heading aside): no
    teaser's photo (an alt text as long as a headline; a text link beside the box in a
    small parent, its title or an entry's: ``_lone_link``), no banner of a layout table's
    column (an old page's banners are its ads) or of an area named a header, a footer or
    a menu, and, when the link is its own box, one of a row of pictures alone."""
    if len((img.get("alt") or "").split()) >= rules.TEASER_ALT_WORDS:
        return False
    if next(box.iterancestors("td"), None) is not None:
        return False
    if _at_edge(box):
        return False  # (a header's or a footer's picture: a logo, a partner's, a member's)
    parent = box.getparent()
    if parent is None:
        return False
    others = href_links(parent, rules.CARD_LINKS + 1)
    if len(others) > rules.CARD_LINKS or box is not a and sum(1 for c in parent if c.tag in _PARTS) > 2:
        return True  # (a column of boxes: the box stands apart in it)
    href = (a.get("href") or "").strip()
    for x in others:
        if x is a or picture(x) is not None or not any(not t.isspace() for t in x.itertext()):
            continue
        if box is a or _same((x.get("href") or "").strip(), href) or _lone_link(x, parent):
            return False  # (its title beside it, or another's: a teaser card's picture, an entry's)
    return True


def _lone_link(x: etree._Element, parent: etree._Element) -> bool:
    """The text link ``x`` is the one link of its part of ``parent`` (a card's title beside
    its picture; a widget's list of links beside a banner is another widget)."""
    part = x
    while part.getparent() is not parent:
        part = part.getparent()
    return part is x or len(href_links(part, 2)) == 1


def _at_edge(box: etree._Element, head: frozenset[str] | None = None) -> bool:
    """An ancestor of ``box`` (``EDGE_CLIMB`` levels up at most, below ``<body>``) is named a
    header, a footer or a menu (``region_names.area_of``); a ``<header>``/``<footer>`` inside
    the article or the main column is the post's own. With ``head`` (class/id words of a
    page header): only a page header, named so or a ``<header>``, counts."""
    for x in islice(box.iterancestors(), rules.EDGE_CLIMB):
        tag = tag_of(x)
        if tag in _PAGE:
            return False  # (a class of <body> says the page has a header)
        if tag == "header" or tag == "footer" and head is None:
            if next(x.iterancestors("article", "main"), None) is None:
                return True
        elif head is not None:
            if class_or_id_named(x, head):
                return True
        elif area_of(x, tag) != OPEN:
            return True
    return False


def _named_apart(box: etree._Element) -> bool:
    """The box or an ancestor ``NAMED_CLIMB`` levels up is named as no promo (an author's
    card, a logo, a cookie notice, a comment, a menu: ``NOT_PROMO_WORDS``) or hidden (a
    script's template), or a part of it is named as another widget's (``NOT_PROMO_PARTS``:
    a promo card may show its product's logo)."""
    vocabulary = rules.NOT_PROMO_WORDS
    for node in chain((box,), islice(box.iterancestors(), rules.NAMED_CLIMB)):
        if class_or_id_named(node, vocabulary) or is_hidden(node) or area_of(node, tag_of(node)) == MENU:
            return True
    parts = rules.NOT_PROMO_PARTS
    return any(named(value, parts) for value in _NAMES(box))


def _logo(img: etree._Element) -> bool:
    """The picture's file name, alt text or class calls it a logo, a badge, an icon
    ("distinctiveIcon_a9a2d74.png", "icon18_wrench.png")."""
    src = (img.get("src") or img.get("data-src") or "").split("?", 1)[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
    names = f"{src} {img.get('alt') or ''} {img.get('class') or ''}"
    return any(w in rules.LOGO_WORDS for n in _NAME_SPLIT(names) if n for w in words(n))


def _in_chrome(box: etree._Element) -> bool:
    """An ancestor of ``box`` is a menu, a page header or the page's footer (a footer inside
    the article or the main column is the post's own)."""
    for x in box.iterancestors():
        tag = x.tag
        if tag in _MENUS:
            return True
        if tag == "footer" or tag == "header":
            return next(x.iterancestors("article", "main"), None) is None
    return False


def _kind_of_box(el: etree._Element) -> frozenset[str]:
    """The tokens of ``el``'s class that hold no digit: what a listing's entries share
    ("project one-third col-5" and "project one-third col-1" are one kind of box)."""
    cls = el.get("class")
    return _kind_of_class(cls) if cls else _NO_KIND


@lru_cache(maxsize=4096)
def _kind_of_class(cls: str) -> frozenset[str]:
    """``_kind_of_box`` of a class value (cached: a column repeats its boxes' classes)."""
    return frozenset(t for t in cls.split() if _DIGIT.search(t) is None)


_NO_KIND: frozenset[str] = frozenset()
_DIGIT = re.compile(r"\d")


def _repeated(box: etree._Element) -> bool:
    """``box`` is one entry of a listing: ``REPEATED_BOXES`` or more siblings of its tag and
    of a kind alike (``_kind_of_box``, ``_alike``; itself counted), each a box of one target
    too (a shop's grid of products, a portfolio's cases, a column of banners)."""
    parent = box.getparent()
    if parent is None:
        return False
    kind = _kind_of_box(box)
    n = 0
    for c in parent:
        if c.tag == box.tag and _alike(kind, _kind_of_box(c)) and _one_target(c):
            n += 1
            if n >= rules.REPEATED_BOXES:
                return True
    return False


def _one_target(el: etree._Element) -> bool:
    """``el`` holds a link, and its links (``MAX_BOX_LINKS`` at most) all go to one page: a
    card (a page builder's sections beside it hold other links, or none)."""
    links = href_links(el, rules.MAX_BOX_LINKS + 1)
    if not links or len(links) > rules.MAX_BOX_LINKS:
        return False
    first = (links[0].get("href") or "").strip()
    return all(_same((x.get("href") or "").strip(), first) for x in links[1:])


def _alike(one: frozenset[str], other: frozenset[str]) -> bool:
    """Two boxes' kinds share more than half of the smaller one's tokens (or both have none:
    a list's bare entries)."""
    if not one or not other:
        return not one and not other
    return 2 * len(one & other) > min(len(one), len(other))


#: Path words (whole segments or their words) of a page that is no offer: a listing of
#: stories, a tag's or an author's page, an account, a log-in, a feed, an ad's click.
_NOT_OFFER_PATH_WORDS = NAV_PATH_WORDS | TAG_PATH_WORDS | FEED_WORDS | LOGIN_WORDS | rules.AD_PATH_WORDS
#: A path segment that is a year: a dated story's or archive's path.
_YEAR = re.compile(r"(?:^|/)(?:19|20)\d\d(?:/|$)")
#: What splits a path segment into words.
_SEGMENT_SPLIT = re.compile(r"[-_.+]+").split
#: What splits a picture's names into names (``chrome_util.words`` splits each into words).
_NAME_SPLIT = re.compile(r"[^A-Za-z0-9_-]+").split
#: A word of two letters or more (a price or a count is no pitch).
_TWO_LETTERS = re.compile(r"[^\W\d_]\S*?[^\W\d_]\S*")
#: The shown texts of a subtree's links.
_LINK_TEXTS = etree.XPath(
    "descendant-or-self::a//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template)]", smart_strings=False)
#: The class and id values of a subtree's elements.
_NAMES = etree.XPath("descendant::*/@class | descendant::*/@id", smart_strings=False)
#: Elements that are parts of a card (a teaser card: its picture's box beside its text's).
_PARTS = frozenset({"div", "section", "aside", "figure", "a", "p", "span", "header", "h2", "h3", "h4", "h5", "h6"})
#: Elements whose text is not shown.
_NO_TEXT = ("script", "style", "noscript", "template")
#: The shown texts of a subtree (no script's, style's, noscript's or template's).
_SHOWN_TEXTS = etree.XPath(
    "descendant-or-self::text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]",
    smart_strings=False)
#: Never a box, nor climbed past: the page, its regions, lists and tables.
_NEVER = frozenset({
    "html", "body", "main", "article", "header", "footer", "nav", "ul", "ol", "menu", "table", "tbody",
    "tr", "td", "form", "blockquote",
})
#: A box holding one of these is another widget (a form, an embed) or the article's head.
_FOREIGN = ("form", "input", "select", "textarea", "iframe", "video", "time", "nav", "menu", "ul", "ol", "blockquote")
#: A link holding one of these beside its text is a card of its own: its text is a pitch.
_CARD_PARTS = ("img", "picture", "h2", "h3", "h4", "h5", "h6")
#: The page's own elements: their names say what the page holds.
_PAGE = frozenset({"body", "html"})
#: Parents of a seed in a box (a link in a line of text, a list, a menu, a table, a heading
#: or a figure is none's).
_SEED_PARENTS = frozenset({"div", "section", "aside", "article", "center"})
#: Ancestors of a menu's parts.
_MENUS = frozenset({"nav", "menu"})
