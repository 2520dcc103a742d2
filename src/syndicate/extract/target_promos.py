"""House promos of one target outside the body: a box whose every link goes to one page of
the site that is no story — a banner or a card for the site's shop, book, course, report
or trial — its picture (and a title, a line, a "more" link) all linking the same target.
A CTA ``other`` (or the kind its target names), whatever its link count.

What makes one is structure, not words:

* ONE TARGET: the box is the widest ancestor of a picture link to the site's own page
  (``banner_ads`` tells those from another firm's, in its walk of the picture links)
  holding only links to that page, below the body's and found items' containers, the
  page's regions and lists;
* THE TARGET IS AN OFFER: no story (``linklists.article_path``), no home page of the site's
  host, no listing, account, feed or log-in page, no ad's counted click, not the page
  itself;
* A PROMO, NO TEASER: a banner that is the picture alone (a heading at most beside it),
  or a card saying a pitch outside its links with a labelled link; in no header, footer
  or menu, no form, list or embed in it, no listing's entry (three alike side by side),
  nothing named an author's card, a logo, an ad, a comment...

A picture to another site is ``banner_ads``' (an ad, when it is one); a box already
reported as something else is left alone.
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
from .linklists import LinkFacts, article_path, brand_name, larger_than, on_site
from .region_names import OPEN, area_of
from .rules import target_promos as rules


def target_promos(own_links: Iterable[tuple[etree._Element, str]], links: Mapping[etree._Element, int],
                  facts: Mapping[etree._Element, LinkFacts], line: Collection[etree._Element],
                  body: Collection[etree._Element], found: Collection[etree._Element], hosts: frozenset[str],
                  base: str | None) -> list[Found]:
    """The house promos around ``own_links`` (picture links to the site's own pages and their
    targets, document order): module doc. ``links``/``facts``: the links below each element
    and what the links of the lists measured are (the region walk's); ``line``: the
    ancestors of the body blocks and found items; ``body``/``found``: the body blocks and
    the items found so far; ``hosts``: the site's."""
    out: list[Found] = []
    boxes: set[etree._Element] = set()
    page = base.partition("//")[2].partition("/")[2].split("?", 1)[0].strip("/").lower() if base else ""
    for a, href in own_links:
        # (most are a list's entry, a line's picture or a teaser's: told by the parent's tag,
        # the walk's counts and facts, the alt text and the target's path, cheapest first)
        parent = a.getparent()
        if parent is None or parent.tag not in _SEED_PARENTS or links.get(parent, 0) > rules.MAX_SEED_LINKS \
                or parent in body:
            continue
        fact = facts.get(a)
        if fact is not None and (fact[0] is None or fact[1]):
            continue  # (the walk read it: no page, or a story)
        img = picture(a)
        if img is None or len((img.get("alt") or "").split()) >= rules.TEASER_ALT_WORDS \
                or not _offer_page(href, hosts, page, fact is None) or icon_picture(img) or _logo(img):
            continue  # (a teaser's photo, no offer's page, an icon, a logo)
        box = _box(a, href, links, line, body, found)
        if box is None or box in boxes or not _promo(box, a):
            continue
        if any(x in found or x in body for x in box.iterancestors()) or any(x in found for x in box.iterdescendants()):
            continue  # (inside an item found already, or around one)
        boxes.add(box)
        out.append(Found(box, build_cta(box, target_kind(href) or "other", base)))
    return out


def _offer_page(href: str, hosts: frozenset[str], page: str, unread: bool) -> bool:
    """The site's page ``href`` may be an offer's: no other blog of a shared host, no home
    page, no story (read here when ``unread``), no listing, account, feed, picture or ad's
    click (``NOT_OFFER_PATH_WORDS``, a year, a short path ending in a number, a query naming
    a banner or passing a URL on), no index above the page's own path ``page`` (no slash
    at its ends), no share link."""
    if len(href) > rules.MAX_HREF:
        return False
    host = ""
    rest = href
    if href[:1] != "/" or href[1:2] == "/":
        netloc, slash, rest = href.partition("//")[2].partition("/")
        host = netloc.rpartition("@")[2].partition(":")[0].lower().removeprefix("www.")
        if host not in hosts and brand_name(host) in rules.SHARED_HOST_BRANDS and not on_site(host, hosts):
            return False  # (another blog of the same host)
        rest = slash + rest
    path, _, query = rest.split("#", 1)[0].partition("?")
    low = path.lower()
    segments = [x for x in low.split("/") if x]
    if not segments:
        return bool(host) and host not in hosts  # (a subdomain's home: its own product)
    if unread and article_path(path) or low.endswith(rules.PICTURE_FILES) or _YEAR.search(low) \
            or segments[-1].isdigit() and len(segments) <= 2:
        return False
    if not rules.NOT_OFFER_PATH_WORDS.isdisjoint(segments) \
            or not rules.NOT_OFFER_PATH_WORDS.isdisjoint(w for x in segments for w in _SPLIT(x)):
        return False
    low = query.lower()
    if "=http" in low or "%3a%2f%2f" in low or not rules.AD_QUERY_KEYS.isdisjoint(
            kv.partition("=")[0] for kv in low.split("&")):
        return False
    above = "/".join(segments)
    return not (page == above or page.startswith(above + "/")) and share_or_follow(href) is None


def _box(a: etree._Element, href: str, links: Mapping[etree._Element, int], line: Collection[etree._Element],
         body: Collection[etree._Element], found: Collection[etree._Element]) -> etree._Element | None:
    """The widest ancestor of ``a`` (``BOX_CLIMB`` levels up at most) whose links all go to
    ``href``, below the containers of the body and of found items (``line``), the page's
    regions and lists, of ``MAX_BOX_CHILDREN`` children at most at each level (``a`` when
    none is); None when it holds more than ``MAX_BOX_ELEMENTS`` elements."""
    node = a
    held = links.get(a, 1)
    for parent in islice(a.iterancestors(), rules.BOX_CLIMB):
        if parent.tag in _NEVER or parent in line or parent in body or parent in found:
            break
        n = links.get(parent, 0)
        if n > rules.MAX_BOX_LINKS or len(parent) > rules.MAX_BOX_CHILDREN:
            break
        if n > held:
            if any(_other(x.get("href"), href) for x in parent.iter("a") if x.get("href")):
                break
            held = n
        node = parent
    return None if node is not a and larger_than(node, rules.MAX_BOX_ELEMENTS) else node


def _other(target: str, href: str) -> bool:
    """``target`` names another page than ``href`` (a trailing slash aside)."""
    target = target.strip()
    return target != href and target.rstrip("/") != href.rstrip("/")


def _promo(box: etree._Element, a: etree._Element) -> bool:
    """``box`` (around the picture link ``a``) is a promo: a banner of the picture alone (a
    heading aside) that is no teaser's or layout table's, or a card with a pitch of
    ``MIN_PITCH_WORDS`` outside its links and a labelled link; no form, list, embed, page
    title or date in it; in no page header, footer or menu; not named as no promo; no
    listing's entry."""
    if next(box.iter(*_FOREIGN), None) is not None or _at_edge(box) or _named_apart(box):
        return False
    pitch = _pitch(box)
    if pitch is None or pitch < rules.MIN_PITCH_WORDS and not _banner(box, a):
        return False
    if pitch >= rules.MIN_PITCH_WORDS and (box is a or not any(
            not t.isspace() for x in box.iter("a") for t in x.itertext())):
        return False  # (a card's link says what it does: a picture beside loose text is none)
    return not _repeated(box)


def _pitch(box: etree._Element) -> int | None:
    """The words (two letters or more) of ``box``'s shown text outside its links, or None
    when its text is longer than ``MAX_BOX_TEXT`` characters."""
    code = next(box.iter(*_NO_TEXT), None) is not None  # (a script's or a style's text is no pitch)
    text = " ".join(_SHOWN_TEXTS(box) if code else box.itertext())
    if len(text) > rules.MAX_BOX_TEXT and len(" ".join(text.split())) > rules.MAX_BOX_TEXT:
        return None
    label = " ".join(_LINK_TEXTS(box) if code else (t for x in box.iter("a") for t in x.itertext()))
    return len(_TWO_LETTERS.findall(text)) - len(_TWO_LETTERS.findall(label))


def _banner(box: etree._Element, a: etree._Element) -> bool:
    """The picture is all the box shows: no banner of a layout table's column (an old page's
    banners are its ads), no teaser's picture (a text link beside the box in a small parent,
    ``_lone_link``), and, when the link is its own box, one of a row of pictures alone."""
    parent = box.getparent()
    if parent is None or next(box.iterancestors("td"), None) is not None:
        return False
    others = href_links(parent, rules.CARD_LINKS + 1)
    if len(others) > rules.CARD_LINKS or box is not a and sum(1 for c in parent if c.tag in _PARTS) > 2:
        return True  # (a column of boxes: the box stands apart in it)
    href = (a.get("href") or "").strip()
    for x in others:
        if x is a or picture(x) is not None or not any(not t.isspace() for t in x.itertext()):
            continue
        if box is a or not _other(x.get("href") or "", href) or _lone_link(x, parent):
            return False  # (its title beside it, or another's: a teaser's picture, an entry's)
    return True


def _lone_link(x: etree._Element, parent: etree._Element) -> bool:
    """The text link ``x`` is the one link of its part of ``parent`` (a card's title beside
    its picture; a widget's list of links beside a banner is another widget)."""
    part = x
    while part.getparent() is not parent:
        part = part.getparent()
    return part is x or len(href_links(part, 2)) == 1


def _at_edge(box: etree._Element) -> bool:
    """An ancestor of ``box`` (``EDGE_CLIMB`` levels up at most, below ``<body>``) is a page
    header or footer (a ``<header>``/``<footer>`` outside the article and the main column,
    or named one) or a menu (``region_names.area_of``): a logo's, a partner's, a member's."""
    for x in islice(box.iterancestors(), rules.EDGE_CLIMB):
        tag = tag_of(x)
        if tag == "body" or tag == "html":
            return False  # (a class of <body> says the page has a header)
        if tag == "header" or tag == "footer":
            if next(x.iterancestors("article", "main"), None) is None:
                return True
        elif area_of(x, tag) != OPEN:
            return True
    return False


def _named_apart(box: etree._Element) -> bool:
    """The box or an ancestor ``NAMED_CLIMB`` levels up is named as no promo (an author's
    card, a logo, an ad, a cookie notice, a comment, a teaser: ``NOT_PROMO_WORDS``) or
    hidden (a script's template), or a part of it is named another widget's
    (``NOT_PROMO_PARTS``: a promo may show its product's logo)."""
    for node in chain((box,), islice(box.iterancestors(), rules.NAMED_CLIMB)):
        if class_or_id_named(node, rules.NOT_PROMO_WORDS) or is_hidden(node):
            return True
    return any(named(value, rules.NOT_PROMO_PARTS) for value in _NAMES(box))


def _logo(img: etree._Element) -> bool:
    """The picture's file name, alt text or class calls it a logo, a badge, an icon
    ("distinctiveIcon_a9a2d74.png"), an ad."""
    src = (img.get("src") or img.get("data-src") or "").split("?", 1)[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
    names = f"{src} {img.get('alt') or ''} {img.get('class') or ''}"
    return any(w in rules.LOGO_WORDS for n in _NAME_SPLIT(names) if n for w in words(n))


def _repeated(box: etree._Element) -> bool:
    """``box`` is one entry of a listing: ``REPEATED_BOXES`` or more siblings of its tag and
    of a kind alike (class tokens without digits, more than half of the fewer shared; both
    classless), each a box of one target too (a shop's grid, a portfolio, a column of
    banners; a page builder's sections hold other links, or none)."""
    parent = box.getparent()
    if parent is None:
        return False
    kind = _kind(box.get("class") or "")
    n = 0
    for c in parent:
        if c.tag == box.tag and _alike(kind, _kind(c.get("class") or "")) and _one_target(c):
            n += 1
            if n >= rules.REPEATED_BOXES:
                return True
    return False


@lru_cache(maxsize=4096)
def _kind(cls: str) -> frozenset[str]:
    """The tokens of a class value that hold no digit ("col-1", "col-5" vary in a listing)."""
    return frozenset(t for t in cls.split() if _DIGIT.search(t) is None)


def _alike(one: frozenset[str], other: frozenset[str]) -> bool:
    if not one or not other:
        return not one and not other
    return 2 * len(one & other) > min(len(one), len(other))


def _one_target(el: etree._Element) -> bool:
    """``el``'s links (``MAX_BOX_LINKS`` at most, one at least) all go to one page."""
    found = href_links(el, rules.MAX_BOX_LINKS + 1)
    if not found or len(found) > rules.MAX_BOX_LINKS:
        return False
    first = (found[0].get("href") or "").strip()
    return not any(_other(x.get("href") or "", first) for x in found[1:])


#: Parents of a picture link in a box (one in a line of text, a list, a table or a figure is
#: none's).
_SEED_PARENTS = frozenset({"div", "section", "aside", "article", "center"})
#: Never a box, nor climbed past: the page, its regions, lists and tables.
_NEVER = frozenset({
    "html", "body", "main", "article", "header", "footer", "nav", "ul", "ol", "menu", "table", "tbody",
    "tr", "td", "form", "blockquote",
})
#: A box holding one of these is another widget (a form, a list, an embed) or the article's head.
_FOREIGN = ("form", "input", "select", "textarea", "iframe", "video", "h1", "time", "nav", "menu", "ul", "ol",
            "blockquote")
#: Parts of a card (a teaser: its picture's box beside its text's).
_PARTS = frozenset({"div", "section", "aside", "figure", "a", "p", "span", "header", "h2", "h3", "h4", "h5", "h6"})
_NO_TEXT = ("script", "style", "noscript", "template")
_HIDDEN = "[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
#: The shown texts of a subtree, and of its links.
_SHOWN_TEXTS = etree.XPath("descendant-or-self::text()" + _HIDDEN, smart_strings=False)
_LINK_TEXTS = etree.XPath("descendant-or-self::a//text()" + _HIDDEN, smart_strings=False)
#: The class and id values of a subtree's elements.
_NAMES = etree.XPath("descendant::*/@class | descendant::*/@id", smart_strings=False)
#: A word of two letters or more (a price, a count is no pitch).
_TWO_LETTERS = re.compile(r"[^\W\d_]\S*?[^\W\d_]\S*")
_YEAR = re.compile(r"(?:^|/)(?:19|20)\d\d(?:/|$)")
_DIGIT = re.compile(r"\d")
_SPLIT = re.compile(r"[-_.+]+").split
_NAME_SPLIT = re.compile(r"[^A-Za-z0-9_-]+").split
