"""Guards against related blocks that are some other kind of link block.

The related-content steps find blocks of story links by structure; some link blocks look
alike and are no story list. Each guard here names one such kind, decided by where the
block's links point and where the block stands, its vocabulary (``rules/related_guards.py``)
only adding evidence:

* ``self_links``: every link stays on the page (in-page anchors of a carousel or a table of
  contents, the page's own permalink on a thread title or a date);
* ``files``: every link opens a file (the pictures of a gallery or a lightbox, downloads),
  or the block is pictures without titles that all link one page (a photo gallery);
* ``byline``: the links go to author, profile or date-archive pages (a byline, an "about
  the author" card, an institute's box), or the block stands in the article's header zone
  and holds a byline or a date line;
* ``labels``: a tag/topic list or a table of contents (its heading says so, or its links
  are short labels of tag/topic/category listings, or its class names one);
* ``menu``: the block of three pages or more is a menu or lies in one (a ``<nav>``, a
  menu's class words, a nested page-menu list, a link marked as the current page), unless
  a related heading names it, or holds one (links of ``role=menuitem``, a navigation
  below it holding every link);
* ``listing``: three or more of the site's own listing, service or product pages under one
  section the page does not stand in, named by short slugs without a number
  (``own_listings``: a market site's "Most Active Stocks / Daily Stock Gainers" bar, a tour
  operator's trips), unless the cards show prices (an offer list, ``offer_lists``);
* ``buttons``: an untitled row of a few links, each styled as a button with a short
  label (a page builder's row of two buttons);
* ``offers``: cards that each carry a button of their own beside the page they link ("Book
  Now", "Shop …", "Check prices" on a partner's site, a phone number): a shop's, a booking
  site's or a vendor's offers, no stories (a teaser's "Read more" or "Learn more" button
  opens its story: no offer).

A block no guard names is still a menu when it is one column of a run of menu columns
built alike outside the article (``menu_columns``: a footer's "Services" beside its
"Company" column).

A post's previous/next links are related wherever they stand: only ``self_links`` and
``files`` apply to them. Run once per page on the blocks found (``readers/html.py``), a
handful per page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from lxml import etree

from ..memo import memo
from ..model import Related
from ..sanitize import safe_url
from .chrome import Found
from .chrome_util import norm, page_attributes, tag_of, text_content
from .classtokens import words
from .linklists import href_parts, related_heading
from .menu_columns import menu_column
from .menu_stories import MenuStoryFound
from .offer_lists import offer_list
from .own_listings import listing_menu
from .placement import order_of
from .post_neighbours import NeighbourFound
from .region_names import prev_next
from .rules import related_guards as rules
from .rules.regions import LEARN_MORE_VERBS, MENU_ROLES, OFFER_VERBS, PREV_NEXT_WORDS

_NO_PAGE = ("#", "javascript:")


def without_false_related(
    found: list[Found], base: str | None, page_urls: Iterable[str | None],
    body: list[etree._Element], order: dict[etree._Element, int],
) -> list[Found]:
    """``found`` less the related blocks a guard names some other kind of link block.
    ``page_urls``: the page's own addresses (its URL, its canonical URL); ``body``: the
    elements of the body blocks, ``order``: document order of the page's elements."""
    out = []
    own: frozenset[str] | None = None
    related: list[etree._Element] | None = None
    ends = (body[0], body[-1]) if body else ()
    for f in found:
        item = f.item
        if type(item) is Related and not item.sponsored and item.provider is None:
            if own is None:
                own = frozenset(k for k in (_page_key(u) for u in (*page_urls, base) if u) if k)
            neighbours = type(f) is NeighbourFound
            if guard(f.element, item, base, own, None, order, ends, neighbours=neighbours,
                     stories=type(f) is MenuStoryFound):
                continue
            if not neighbours:
                if related is None:
                    related = [g.element for g in found if type(g.item) is Related]
                if menu_column(f.element, related):
                    continue  # (one of the site's menu columns, built as its siblings are)
        out.append(f)
    return out


def guard(el: etree._Element, item: Related, base: str | None, own: frozenset[str],
          first: float | None = None, order: dict[etree._Element, int] | None = None,
          body: tuple[etree._Element, ...] = (), neighbours: bool = False, stories: bool = False) -> str | None:
    """The name of the guard that says ``el`` (found as ``item``) is no related block, or
    None. ``own``: keys (``_page_key``) of the page's own addresses; ``first``: document
    position of the first body block; ``body``: the first and last body block's elements;
    ``neighbours``: ``el`` was found as a post's previous/next links (``post_neighbours``);
    ``stories``: as a headed list of stories in a menu area (``menu_stories``): no menu for
    where it stands, only for its links' markup."""
    pages = []  # (link, its target) of the links to other pages
    links = 0
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    for a in el.iter("a"):
        href = hrefs[a]
        if href is not None:
            links += 1
            t = _target(href, base)
            if t is not None and t[0] not in own:
                pages.append((a, t))
    if links and not pages:
        return "self_links"
    here = len(pages) < links  # (a link stays on the page)
    if not pages:
        return None
    if all(t[1] for _, t in pages) or _picture_gallery(item, pages):
        return "files"
    if neighbours or links <= 4 and prev_next(el):  # (it reads the first four links: 1-3 marked ones)
        return None  # (a post's previous/next links: related, wherever they stand)
    if _byline(el, item, pages, first, order, body):
        return "byline"
    if _labels(el, item, pages, here):
        return "labels"
    if _menu(el, item, pages, body, stories):
        return "menu"
    if listing_menu(pages, own) and not offer_list(el):
        return "listing"  # (priced cards of the shop's products: an offer list, ``as_offers``)
    if item.title is None and _buttons(pages):
        return "buttons"
    if _offers(el, item):
        return "offers"
    return None


# ---------------------------------------------------------------- links


@memo(8192)
def _target(href: str, base: str | None) -> tuple[str, bool, tuple[str, ...]] | None:
    """(page key, a file?, path segments) of a link; None for an in-page or script link.
    (``href`` as the page has it: ``safe_url`` has read it already for the block's items)"""
    href_ = href.strip()
    if not href_ or href_.startswith(_NO_PAGE):
        return None
    url = safe_url(href, base) or href_  # (a path without a base, a mailto: link: a page elsewhere)
    # (cut by hand, as ``urlsplit`` would: fragment, query, then host and path)
    url = url.split("#", 1)[0]
    url, _, query = url.partition("?")
    scheme = url.find("://")
    if scheme >= 0:
        netloc, slash, path = url[scheme + 3:].partition("/")
        path = slash + path
    else:
        netloc, path = "", url
    key = _key(netloc, path, query)
    if "%" in path:
        path = unquote(path)
    segments = tuple(filter(None, path.lower().split("/")))
    last = segments[-1] if segments else ""
    dot = last.rfind(".")
    return key, dot > 0 and last[dot + 1:] in rules.FILE_EXTENSIONS, segments


@memo(1024)
def _page_key(url: str) -> str | None:
    """A page's address without scheme, ``www.``, fragment and trailing slash."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return _key(parts.netloc, parts.path, parts.query)


def _key(netloc: str, path: str, query: str) -> str:
    host = netloc.lower()
    host = host[4:] if host.startswith("www.") else host
    return f"{host}{path.rstrip('/')}{'?' + query if query else ''}"


def _path_of(key: str) -> str:
    return key.split("?", 1)[0]


def _segment_word(segment: str, vocabulary: frozenset[str]) -> bool:
    """A path segment named by a word of ``vocabulary``: the segment, or the first word of
    a segment of two ("tag_personnalite", "redaktion-lwf"); a story's slug is longer."""
    if segment in vocabulary:
        return True
    parts = segment.replace("_", "-").split("-")
    return len(parts) == 2 and parts[0] in vocabulary


def _listing(segments: tuple[str, ...], vocabulary: frozenset[str], tail: int) -> bool:
    """A path naming a listing or a profile: a ``vocabulary`` segment followed by at most
    ``tail`` segments."""
    n = len(segments)
    return any(_segment_word(s, vocabulary) and n - i - 1 <= tail for i, s in enumerate(segments))


def _date_archive(segments: tuple[str, ...]) -> bool:
    """A day, month or year archive ("/2020/09/14/", "/index/2020/09/"): a year and only
    numbers after it."""
    for i, s in enumerate(segments):
        if len(s) == 4 and s.isdigit() and s[:2] in ("19", "20"):
            return all(x.isdigit() for x in segments[i + 1:])
    return False


# ---------------------------------------------------------------- the guards


def _picture_gallery(item: Related, pages: list) -> bool:
    """Pictures without titles that all link one page, one query each (a gallery's viewer,
    a "View all" link beside them at most): no story list."""
    pictures = sum(1 for i in item.items if i.image and not i.title)
    if pictures < 2 or len(item.items) - pictures > 1:
        return False
    return len({_path_of(t[0]) for _, t in pages}) == 1


def _byline(el: etree._Element, item: Related, pages: list, first: float | None,
            order: dict[etree._Element, int] | None, body: tuple[etree._Element, ...]) -> bool:
    """A byline, a date line or an author's card: a few links, each to an author's or a
    profile page, a date archive or a tag/category listing, one of them to a person's page
    at least; or a few links in the article's header zone beside a byline or date."""
    keys = {t[0] for _, t in pages}
    if len(keys) > rules.MAX_BYLINE_LINKS:
        return False
    authors = 0
    for _, (_, _, segments) in pages:
        if _listing(segments, rules.AUTHOR_PATH_WORDS, rules.AUTHOR_TAIL_SEGMENTS):
            authors += 1
        elif not (_date_archive(segments) or _listing(segments, rules.TAG_PATH_WORDS, 2)):
            break
    else:
        if authors:
            return True
    if len(keys) > 2 or len(keys) > len(item.items) or not _header_zone(el, first, order, body):
        return False  # (a link that is no item, an arrow to the next story: a post's navigation)
    return _byline_marked(el)


def _header_zone(el: etree._Element, first: float | None, order: dict[etree._Element, int] | None,
                 body: tuple[etree._Element, ...]) -> bool:
    """``el`` stands in an article's header or before the first body block (at ``first``,
    else worked out from ``body``: the first body block's element)."""
    for anc in el.iterancestors():
        tag = tag_of(anc)
        if tag == "header":
            return True
        if tag in ("article", "main", "body"):
            break
    if order is None or not body:
        return False
    if first is None:
        first = order_of(body[0], order)
    return order_of(el, order) < first


def _byline_marked(el: etree._Element) -> bool:
    """``el`` holds (or is) a byline or a date line: a ``<time>``, an author link, an
    author/date ``itemprop``, byline class words."""
    for node in el.iter():
        tag = tag_of(node)
        if tag == "time" or (tag == "a" and "author" in (node.get("rel") or "").lower().split()):
            return True
        prop = node.get("itemprop")
        if prop and rules.BYLINE_ITEMPROPS.intersection(prop.lower().split()):
            return True
        if _named(node, rules.BYLINE_WORDS):
            return True
    return False


def _labels(el: etree._Element, item: Related, pages: list, here: bool) -> bool:
    """A tag/topic list or a table of contents: a table-of-contents heading over links to
    parts of the page or to the page itself; labels (short link texts) under a tag or
    table-of-contents heading, in a block named so, or all linking tag/topic listings."""
    heading = _heading(item)
    if here and heading in rules.TOC_HEADINGS:
        return True
    if not (heading in rules.TAG_HEADINGS or heading in rules.TOC_HEADINGS or _named(el, rules.LABEL_CLASS_WORDS)
            or all(_listing(t[2], rules.TAG_PATH_WORDS, 2) for _, t in pages)):
        return False
    return all(len(norm(text_content(a)).split()) <= rules.TAG_LABEL_WORDS for a, _ in pages)


def _heading(item: Related) -> str | None:
    """The block's heading (its title), lower case, a trailing colon dropped."""
    text = item.title
    if not text:
        return None
    return norm(text).lower().rstrip(" :：").strip()


def _menu(el: etree._Element, item: Related, pages: list, body: tuple[etree._Element, ...],
          stories: bool = False) -> bool:
    """A menu of ``MIN_MENU_LINKS`` pages at least, a part of one, or a list naming the
    page it is on (``aria-current``). (A pager or a post's previous/next links has fewer; a
    wrapper holding the body, ``body``: its first and last block, is no menu.)"""
    if len({t[0] for _, t in pages}) < rules.MIN_MENU_LINKS:
        return False
    for a, _ in pages:
        current = a.get("aria-current")
        if current and current.lower() in ("page", "true", "location"):
            return True
    if tag_of(el) in ("ul", "ol") and _token_in(el, rules.SUBMENU_TOKENS):
        parent = el.getparent()
        if parent is not None and tag_of(parent) == "li":
            return True
    if (item.title and related_heading(item.title)) or stories:
        return False  # ("Related articles" in a drop-down box: named so, a related block)
    if _menu_inside(el, pages):
        return True
    node: etree._Element | None = el
    for _ in range(rules.MENU_CLIMB + 1):
        if node is None:
            break
        tag = tag_of(node)
        if tag in ("article", "main", "body", "html"):
            break
        if tag == "nav" or _named(node, rules.MENU_WORDS):
            # (a wrapper holding the body holds it with all above it: the climb ends there too)
            return node is el or (bool(body) and not _holds(node, body))
        node = node.getparent()
    return False


def _menu_inside(el: etree._Element, pages: list) -> bool:
    """The block's page links are menu items by their markup: most carry ``role=menuitem``,
    or one navigation below the block holds them all (a ``<nav>``, ``role=navigation`` or
    ``menu``: a sidebar's section menu in an ``<aside>`` whose other child is its toggle)."""
    if 2 * sum(1 for a, _ in pages if (a.get("role") or "").lower() == "menuitem") > len(pages):
        return True
    first = pages[0][0]
    for node in first.iterancestors():
        if node is el:
            return False
        if tag_of(node) == "nav" or (node.get("role") or "").lower() in MENU_ROLES:
            return all(any(x is node for x in a.iterancestors()) for a, _ in pages[1:])
    return False


def _buttons(pages: list) -> bool:
    """A row of a few buttons (a page builder's "two buttons" row): every link styled as a
    button, with a short label."""
    if len({t[0] for _, t in pages}) > rules.MAX_BUTTON_ROW:
        return False
    for a, _ in pages:
        label = norm(text_content(a)).lower().split()
        if len(label) > rules.MAX_BUTTON_WORDS or not PREV_NEXT_WORDS.isdisjoint(label) or \
                _named(a, PREV_NEXT_WORDS):
            return False  # (a long label is a headline; "Next chapter" buttons are a post's neighbours)
        if (a.get("role") or "").lower() != "button" and not _named(a, rules.BUTTON_WORDS) and \
                next(a.iter("button"), None) is None:
            return False
    return True


def _offers(el: etree._Element, item: Related) -> bool:
    """As many offer buttons as the block has items, two or more: links styled as buttons
    whose label asks to act on an offer ("Book Now", "Shop the matches": ``OFFER_VERBS``;
    "Learn more", "Discover more" open a teaser's story) or whose target lies off the site's
    stories (a phone number, an e-mail address, a partner's site: "Check prices")."""
    n = len(item.items)
    if n < rules.MIN_OFFER_CARDS:
        return False
    k = 0
    host = None
    for a in el.iter("a"):
        if (a.get("role") or "").lower() != "button" and not _named(a, rules.OFFER_BUTTON_WORDS):
            continue
        label = norm(text_content(a)).lower() + " "
        if label.startswith(OFFER_VERBS) and not label.startswith(LEARN_MORE_VERBS):
            k += 1
            continue
        href = (a.get("href") or "").strip()
        if href.startswith(rules.REACH_SCHEMES):
            k += 1
        elif href.startswith(("http://", "https://", "//")):
            if host is None:  # (the host most items link: the site's; its buttons may be items too)
                hosts = Counter(p.netloc for p in map(href_parts, filter(None, (i.url for i in item.items))) if p)
                host = hosts.most_common(1)[0][0] if hosts else ""
            parts = href_parts(href)  # (None: a malformed address, no partner's site read)
            k += parts is not None and parts.netloc != host  # (a partner's site beside the card's page)
    return k >= n


# ---------------------------------------------------------------- helpers


def _named(el: etree._Element, vocabulary: frozenset[str]) -> bool:
    """A word of a token of ``el``'s class or id is in ``vocabulary``."""
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    for value in (page.classes[el], page.ids[el]):
        if value and _value_named(value, vocabulary):
            return True
    return False


@memo(8192)
def _value_named(value: str, vocabulary: frozenset[str]) -> bool:
    for t in value.split():
        if t.lower() in vocabulary or not vocabulary.isdisjoint(words(t)):
            return True
    return False


def _holds(node: etree._Element, body: tuple[etree._Element, ...]) -> bool:
    """``node`` is an ancestor of one of the ``body`` elements."""
    return any(any(a is node for a in b.iterancestors()) for b in body)


def _token_in(el: etree._Element, tokens: frozenset[str]) -> bool:
    return any(t in tokens for t in (el.get("class") or "").lower().split())

