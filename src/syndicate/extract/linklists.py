"""Is a region a list of links to other articles of the same site? (related content by
structure, whatever the language or class names).

An *article link* points into the site (relative, or to one of the site's hosts), at a
path that reads like an article (a slug of several words, an id or a date; not a tag,
category, author or account page), with a headline-length text or an image.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter, methodcaller
from urllib.parse import SplitResult, urlsplit

from lxml import etree

from ..memo import memo
from ..sanitize import netloc_end
from .chrome_util import NO_TEXT, norm, page_attributes, page_text, seen_text, tag_of, text_content
from .classtokens import matcher
from .ctas import share_or_follow
from .element_hints import HEADINGS
from .menu_objects import page_entry
from .own_pages import SiteHosts, own_link, pager_link
from .rules import regions as rules
from .rules.chrome_patterns import NO_PAGE_HREF
from .rules.conversion import APP_HOSTS

_SLUG_SPLIT = re.compile(r"[-_+.,]+|%20")
_DIGITS = re.compile(r"\d{4,}")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


#: The links ``site_hosts`` reads (the first of the page).
HOST_LINKS = 3000
#: Link targets whose host ``site_hosts`` counts.
ABSOLUTE = ("http://", "https://", "//")


_ABSOLUTE = methodcaller("startswith", ABSOLUTE)
_SLASHES = methodcaller("split", "/", 3)
_NETLOC = itemgetter(2)


def site_hosts(root: etree._Element, *urls: str | None) -> frozenset[str]:
    """The site's hosts: those of the page's URL and canonical URL, and the host most of the
    page's absolute links point to (the page may be read under another address)."""
    return hosts_of(urls, (a.get("href") or "" for a in islice(root.iter("a"), HOST_LINKS)))


def hosts_of(urls: Iterable[str | None], hrefs: Iterable[str], stores: list[str] | None = None) -> frozenset[str]:
    """``site_hosts`` of the page's URLs and the targets of its first ``HOST_LINKS`` links
    (a caller walking the page's links anyway passes them: no second walk); the app-store
    hosts among the targets are added to ``stores`` (``store_host``), when given."""
    hosts = {host_of(u) for u in urls if u}
    hosts.discard("")
    hrefs = hrefs if isinstance(hrefs, list) else list(hrefs)
    # Each distinct netloc counted in C ("//host:port/..." split at its slashes, no urlsplit:
    # thousands of links), then their hosts (first seen first: the same winner on a tie).
    netlocs = Counter(map(_NETLOC, map(_SLASHES, filter(_ABSOLUTE, hrefs))))
    counts: Counter[str] = Counter()
    for netloc, n in netlocs.items():
        host = netloc.split(":")[0].lower()
        counts[host[4:] if host.startswith("www.") else host] += n
    if stores is not None:  # (an ``endswith`` in C first: most pages name no store)
        stores.extend(filter(store_host, filter(_ENDS_STORE, counts)))
    if counts:
        top = counts.most_common(1)[0][0]
        if not hosts or same_site(top, hosts) or _own_links(hosts, counts, len(hrefs) - netlocs.total()) \
                < rules.MIN_OWN_LINKS:
            hosts.add(top)  # (the page read under another address: its links name the site)
    hosts.discard("")
    return frozenset(hosts)


def store_host(host: str) -> bool:
    """``host`` (lower case, no ``www.``) is an app store's or an app-install service's
    (``rules.conversion.APP_HOSTS``, subdomains included)."""
    return host in _STORE_HOSTS or host.endswith(_STORE_SUFFIXES)


_STORE_HOSTS = frozenset(APP_HOSTS)
_STORE_SUFFIXES = tuple("." + h for h in APP_HOSTS)
_ENDS_STORE = methodcaller("endswith", APP_HOSTS)


def _own_links(hosts: set[str], counts: Counter[str], relative: int) -> int:
    """Links to the page's own hosts (and their subdomains), relative links included (some
    are in-page "#" and script links: an upper bound, enough for a floor)."""
    subdomain = tuple("." + o for o in hosts)  # (``str.endswith`` tests them all in C)
    return relative + sum(n for h, n in counts.items() if h in hosts or h.endswith(subdomain))


def on_site(host: str, hosts: Iterable[str]) -> bool:
    """``host`` (no ``www.``) is one of ``hosts`` or a subdomain of one ("news.x.com" of
    "x.com"): a page of the site itself."""
    return bool(host) and (host in hosts or any(host.endswith("." + h) for h in hosts))  # (no host: no scan)


def same_site(host: str, hosts: Iterable[str]) -> bool:
    """``host`` is one of the sites of ``hosts``: the same name under its suffix ("news.x.com"
    and "x.com"; "bbc.co.uk" and "bbc.com"; "a.co.uk" and "b.co.uk" are two sites: a short
    second level under a country code is part of the suffix)."""
    return brand_name(host) in {brand_name(h) for h in hosts}


def brand_name(host: str) -> str:
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    return labels[-keep] if len(labels) >= keep else host


def host_of(url: str) -> str:
    # (not ``href_parts`` on purpose: an address or a bare host ("x.com/a") gives its host, no path)
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def href_parts(href: str) -> SplitResult | None:
    """A link's ``href`` split by ``urlsplit`` (a scheme-relative "//host/page" read as https),
    None when it is malformed."""
    # (not ``host_of`` on purpose: a relative href ("a/b") stays a path, scheme and path kept)
    try:
        return urlsplit(href if not href.startswith("//") else "https:" + href)
    except ValueError:
        return None


def article_path(path: str) -> bool:
    """A URL path that reads like one article: a slug of 3+ words, an id or a date in it;
    not a listing (tag, category, author, search, account...)."""
    segments = list(filter(None, path.lower().split("/")))
    if not segments or not rules.NON_ARTICLE_PATH_WORDS.isdisjoint(segments):
        return False
    last = max(segments, key=len)
    words = slug_words(last)
    if words >= 3 or (words == 2 and len(segments) >= 2):
        return True
    return bool(_DIGITS.search(path)) and len(segments) >= 2 or (
        len(segments) >= 2 and last.endswith((".html", ".htm", ".shtml")) and words >= 2)


def slug_words(slug: str) -> int:
    """The pieces of ``slug`` (split at ``_SLUG_SPLIT``) holding two letters in a row
    (``_LETTERS``). The separators are replaced by one and split at in C (``_SLUG_SPLIT``'s
    split tries its alternation at every character: three times the cost); a piece all
    letters, or all digits, needs no regex."""
    if "%20" in slug:
        slug = slug.replace("%20", "-")
    n = 0
    for piece in slug.replace("_", "-").replace("+", "-").replace(".", "-").replace(",", "-").split("-"):
        # (empty pieces between separators hold no letter, as ``_SLUG_SPLIT`` makes none)
        if piece and ((piece.isalpha() and len(piece) >= 2) or (not piece.isdecimal() and _LETTERS.search(piece))):
            n += 1
    return n


@dataclass
class LinkList:
    """The links of a region: distinct URLs, those that are article links, link and total
    characters, headings that are not item titles."""

    urls: int = 0
    articles: int = 0
    external: int = 0
    link_chars: int = 0
    #: ``chars`` once counted (``region``: not yet).
    _chars: int = 0
    headings: int = 0
    heading: str | None = None
    too_big: bool = False
    #: Headings followed by 2+ article links of their own (several blocks in one region).
    sections: int = 0
    #: Article links shown with an image (teaser cards: a blurb beside each is fine).
    cards: int = 0
    #: Other links of one or two words (a card's section or tag label: "Sport", "Personal").
    labels: int = 0
    #: Links with a target (one URL linked twice counts twice).
    links: int = 0
    #: Article links set as titles (``titled``), or titled by their card's heading: teasers,
    #: a blurb beside each is fine.
    titled: int = 0
    #: Links that menu entries name pages of the site (``menu_objects.page_entry``): no
    #: stories, though their paths read so.
    pages: int = 0
    #: The region whose text ``chars`` counts when first asked (``measure`` found it small
    #: enough by its whole text's length; half the lists are judged without their text).
    #: None: counted.
    region: etree._Element | None = field(default=None, repr=False, compare=False)

    @property
    def chars(self) -> int:
        """The region's text characters (``region_chars``)."""
        if self.region is not None:
            self._chars = region_chars(self.region)
            self.region = None
        return self._chars

    @chars.setter
    def chars(self, n: int) -> None:
        self._chars = n
        self.region = None

    def is_related(self, vocabulary: bool = False) -> bool:
        """Enough article links, most links article links, mostly link text; a heading in the
        related vocabulary lowers the bar to one article link."""
        need = 1 if vocabulary else rules.MIN_ARTICLE_LINKS
        if self.too_big or self.articles < need:
            return False
        if self.sections > 1:
            return False  # several headed lists: several blocks
        # Teaser cards link their section too: those labels do not count against the share.
        others = self.urls - (min(self.labels, self.articles) if self.cards >= 2 else 0)
        if self.articles < rules.MIN_ARTICLE_SHARE * others:
            return False
        loose = self.chars - len(self.heading or "")
        # (links set as titles are teasers, a heading or not, when they are most of its stories:
        # a box of a magazine's issue, its offers and a "Top" list has titles over a few of its
        # links; ``card_feeds`` counts as titled only the cards that read as teasers)
        teasers = max(self.cards, self.titled) if vocabulary or self.titled >= rules.MIN_TITLED_SHARE * self.articles \
            else self.cards
        density = rules.MIN_CARD_LINK_DENSITY if (vocabulary or teasers >= 2) else rules.MIN_LINK_DENSITY
        if (vocabulary and teasers >= 2) or teasers >= rules.MIN_TEASER_CARDS:
            density = rules.MIN_HEADED_CARD_LINK_DENSITY  # teasers with blurbs (under a related heading)
        if vocabulary and (teasers >= rules.MIN_TEASER_CARDS or self.full_cards()):
            density = rules.MIN_TEASER_LIST_LINK_DENSITY  # ...long blurbs: the heading and cards say it
        return self.link_chars >= density * max(1, loose)

    def full_cards(self) -> bool:
        """Two or more stories, each shown as a whole teaser card: every article link
        pictured and set as a title (two cards under a "More Stories" heading, each with a
        long excerpt: the cards say it as three would)."""
        return self.articles >= 2 and self.cards >= self.articles and self.titled >= self.articles

    def pictured(self) -> bool:
        """Most of 3+ story links shown with a picture: teaser cards, no menu's entries."""
        return self.cards >= rules.MIN_ALL_ARTICLES and 2 * self.cards >= self.articles

    def headlines(self) -> bool:
        """Every link a story headline, three or more (a page header's or footer's list of
        stories, unnamed: legal and section links there have no article path or a short text)."""
        return not self.too_big and self.urls >= rules.MIN_ALL_ARTICLES and self.articles == self.urls \
            and self.link_chars >= rules.EDGE_HEADLINE_CHARS * self.links


_PART_TAGS = ("a", "h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "p", "strong")


def larger_than(el: etree._Element, n: int) -> bool:
    """``el`` has more than ``n`` elements below it (``count(.//*) > n``), counted in C and
    only up to ``n + 1``: a large region is not walked whole to be found large."""
    return next(islice(el.iterdescendants(etree.Element), n, None), None) is not None
#: The text nodes of a subtree, its own text and its descendants' tails included (what
#: ``itertext()`` yields, read in C: a third faster).
_TEXTS = etree.XPath("descendant-or-self::text()", smart_strings=False)


def region_chars(el: etree._Element) -> int:
    """The characters of ``el``'s text nodes, each stripped, less its scripts' and styles'
    own text (``chrome_util.NO_TEXT``): a link list's ``chars``."""
    return sum(map(len, map(str.strip, _TEXTS(el)))) - sum(
        len(x.text.strip()) for x in el.iter(*NO_TEXT) if x.text)


#: What ``measure`` needs of one link: (URL key, article link?, text length, shown with an
#: image?, headline?, set as a title?, a menu entry naming a page of the site?) (image,
#: headline and title only for article links; the page entry only for the others).
LinkFacts = tuple[str | None, bool, int, bool, bool, bool, bool]


#: The facts of a link that is none of a list's (no URL key): also what a link missing from a
#: ``measure`` facts map counts as.
NO_FACTS: LinkFacts = (None, False, 0, False, False, False, False)
_TITLE_CLASS = matcher(rules.TITLE_CLASS)


def titled(a: etree._Element) -> bool:
    """The link is set as a title: it, or an element at most ``rules.TITLE_CLIMB`` levels
    above it, is a heading or has a title class ("entry-title", "item-title"). Its text is a
    headline however short ("Ausgezockt"), and a list of such links is a list of teasers."""
    node: etree._Element | None = a
    classes = page_attributes().classes  # (the page's names: a look-up, no copy out of lxml)
    for _ in range(rules.TITLE_CLIMB + 1):
        if node is None:
            return False
        if node.tag in HEADINGS:
            return True
        cls = classes[node]
        # (the substrings only rule out most classes fast: the tokens decide)
        if cls and ("itle" in cls or "ead" in cls) and _TITLE_CLASS.match(cls) is not None:
            return True
        node = node.getparent()
    return False


def _shares_a_page(key: str, href: str) -> bool:
    """A link (URL ``key`` and ``href``) that shares a page named in its query
    (``sharer.php?u=https://…``): it links no page of a list. The query is looked at first:
    most links fail there, before ``share_or_follow`` is asked."""
    q = key.find("?")
    return q >= 0 and key.find("http", q) > 0 and share_or_follow(href) == "share"


def link_facts(a: etree._Element, hosts: frozenset[str]) -> LinkFacts:
    """The :data:`LinkFacts` of a link element."""
    href = page_attributes().hrefs[a]  # (the page's link targets: a look-up, no copy out of lxml)
    key, article = link_kind(href, hosts)
    if key is None:
        return NO_FACTS
    # (the first two tests in C: most links fail them fast)
    if article and ("?" in key or hosts.__class__ is SiteHosts and hosts.alternates) \
            and own_link(key, hosts) and not pager_link(a):  # type: ignore[attr-defined]
        # The page itself: a share, print or language control, no story; nor a link to some
        # other page (a list of stories naming this one among them stays a list of stories).
        return NO_FACTS
    if not article and _shares_a_page(key, href):
        return NO_FACTS  # (a share link shares some page, a teaser card's own: no link of a list)
    # (``norm``'s text measured without joining it: its words and the spaces between them;
    # an inline SVG's ``<style>`` or a script is no link text, as ``measure`` counts no
    # chars of theirs: looked for only in a text with a brace, as CSS and scripts have)
    text = text_content(a)
    if text and "{" in text:
        text = seen_text(a)
    pieces = text.split() if text else ()
    length = sum(map(len, pieces)) + len(pieces) - 1 if pieces else 0
    if not article:
        return key, False, length, False, False, False, False
    title = length > 0 and titled(a)  # (a short text set as a title is a headline too)
    image = next(a.iterdescendants("img"), None) is not None
    headline = title or length >= rules.TITLE_CHARS or len(pieces) >= rules.TITLE_WORDS
    if (image or headline) and page_entry(a):
        # (a menu entry naming a page of the site: no story, whatever its slug; noted when its
        # picture or headline would have made it one)
        return key, False, length, False, False, False, True
    return key, True, length, image, headline, title, False


def measure(el: etree._Element, hosts: frozenset[str],
            facts: dict[etree._Element, LinkFacts] | None = None, links: int = 0,
            sized: bool = False) -> LinkList:
    """The :class:`LinkList` of ``el`` (``too_big`` for a large region). ``facts``: a memo of
    :func:`link_facts` per link, shared by the calls of one page (nested regions hold the
    same links). ``links``: the caller's count of ``el``'s links with a target, if known.
    ``sized``: ``el`` is known to hold at most ``MAX_REGION_NODES`` elements and at most
    ``MAX_REGION_TEXT`` characters (it lies inside a region measured whole, and a region's
    count is no less than any of its parts'): neither counted again."""
    if facts is None:
        facts = {}
    out = LinkList()
    # (``larger_than``'s walk, in C and stopped at the limit: a fifth of an XPath count's
    # cost, which builds the node set of every element below)
    if (not sized and larger_than(el, rules.MAX_REGION_NODES)) or (
            links > rules.MAX_REGION_LINKS and _many_urls(el, hosts)):
        out.too_big = True  # (too many URLs: found before the region's text is read)
        return out
    # (the whole text's length first, one C call kept for the page's other readers: it is
    # no shorter than the count, which strips each text node and leaves scripts out; the
    # count only when that length is over the limit, else when a caller asks for it)
    if sized or len(page_text(el)) <= rules.MAX_REGION_TEXT:
        out.region = el
    else:
        out.chars = region_chars(el)
        if out.chars > rules.MAX_REGION_TEXT:
            out.too_big = True
            return out
    seen: dict[str, bool] = {}
    pictured: set[str] = set()
    entitled: set[str] = set()
    labelled: set[str] = set()
    counted: set[etree._Element] = set()
    articles_since = 0  # article links since the last heading
    heads: list[list] = []  # [(tag, class), article links under it]
    signatures: dict[tuple[str, str | None], int] = {}
    bare: set[str] = set()  # article links with a generic text ("Discover more") or none
    headed: set[str] = set()  # article links with a headline text
    titles: list[tuple[tuple[str, str | None], int]] = []  # headings: (tag, class), length
    link_chars = n_links = n_pages = 0  # (locals in the loop, stored on ``out`` after it)
    # Links, headings and title-classed elements below ``el``, in document order (one
    # tag-filtered walk in C: half the time of an XPath union of eight scans).
    read = page_attributes()  # (the page's names and link targets: look-ups, no copy out of lxml)
    classes, hrefs = read.classes, read.hrefs
    for node in el.iterdescendants(*_PART_TAGS):
        tag = node.tag
        if tag == "a":
            got = facts.get(node)  # (only links with a target are in the memo)
            if got is None:
                if hrefs[node] is None:
                    continue
                got = facts[node] = link_facts(node, hosts)
            key, article, length, image, headline, title, page = got
            if key is None:
                continue
            link_chars += length
            n_links += 1
            if key not in seen:
                if len(seen) >= rules.MAX_REGION_LINKS:
                    out.too_big = True
                    out.link_chars, out.links = link_chars, n_links
                    return out
                seen[key] = False
            if not article:
                n_pages += page
                if key not in labelled and 0 < length <= rules.LABEL_CHARS:
                    labelled.add(key)
                continue
            if image:
                pictured.add(key)
            if title:
                entitled.add(key)
            if headline:
                headed.add(key)
            else:
                bare.add(key)  # (an image alone, or a generic text)
            if not seen[key] and (image or headline):
                seen[key] = True
                articles_since += 1
        elif (tag in HEADINGS or ((cls := classes[node]) and (
                "title" in cls or "heading" in cls or "headline" in cls))) and next(
                node.iterdescendants("a"), None) is None and not _inside(node, el, counted):
            text = norm(text_content(node))
            sig = (tag, classes[node])
            signatures[sig] = signatures.get(sig, 0) + 1
            if text and len(text.split()) <= rules.MAX_HEADING_WORDS:
                counted.add(node)
                titles.append((sig, len(text)))
                if heads:
                    heads[-1][1] = articles_since
                heads.append([sig, 0, text])
                articles_since = 0
                out.headings += 1
                if out.heading is None:
                    out.heading = text
            elif text and len(node) <= 1 and len(text.split()) <= rules.MAX_CARD_TITLE_WORDS:
                # A card's long headline (or its one-child wrapper: the child is the same
                # title): a card title, no heading (a box of a heading and a subtitle is none).
                counted.add(node)
                titles.append((sig, len(text)))
    out.link_chars, out.links, out.pages = link_chars, n_links, n_pages
    if heads:
        heads[-1][1] = articles_since
        # A heading whose tag and class repeat 3+ times is part of each card, no block heading
        # (unless 3+ stories of their own follow it under a related heading, or 2+ follow
        # each heading of that design, none a card's title: blocks of one design, one per
        # heading, a rail's "Getting Started" over "Planning a Garden").
        lists: Counter[tuple[str, str | None]] | None = None  # (headings over 2+ stories, per design)
        sections = 0
        for sig, n, text in heads:
            if n < 2:
                continue
            if signatures[sig] > 2:
                if lists is None:
                    lists = Counter(s for s, m, _ in heads if m >= 2)
                if lists[sig] != signatures[sig] and not (n >= 3 and related_heading(text)):
                    continue
            sections += 1
        out.sections = sections
    out.urls = len(seen)
    out.articles = sum(seen.values())
    # Cards titled by a heading of their own (one tag and class, repeated) linking their story
    # by "Discover more", an image or an empty overlay link: each heading stands for its
    # link's headline (one link more than titles: the list's "View all").
    textless = [k for k in bare if k not in headed]
    if len(textless) >= rules.MIN_ARTICLE_LINKS:
        card_titles = [n for sig, n in titles if signatures[sig] >= 2]
        if len(card_titles) >= max(rules.MIN_ARTICLE_LINKS, len(textless) - 1):
            out.articles += min(len(card_titles), sum(1 for k in textless if not seen[k]))
            out.link_chars += sum(card_titles)
            entitled.update(textless)  # (teasers titled by their cards)
    out.cards = len(pictured)
    out.titled = len(entitled)
    out.labels = len(labelled)
    return out


def story_paths(el: etree._Element, hosts: frozenset[str]) -> bool:
    """Every link of ``el`` goes to a story: a last path segment with a long slug
    (``rules.EDGE_STORY_SLUG_WORDS`` words) or a date in the path; and no one slug opening
    shared by most links. A site's own pages ("/who-we-are/", "/Unsere-Kirche-10886.htm")
    have short slugs, its landing pages one template ("/home-builders-in-atherton",
    "/home-builders-in-palo-alto")."""
    openings: Counter[tuple[str, ...]] = Counter()
    n = 0
    for a in el.iter("a"):
        href = a.get(b"href")
        if not href or link_kind(href, hosts)[0] is None:
            continue
        split = split_link(href.strip())
        if split is None:
            return False
        segments = list(filter(None, split[1].lower().split("/")))
        if not segments:
            return False
        pieces = list(filter(_LETTERS.search, _SLUG_SPLIT.split(segments[-1])))
        if len(pieces) < rules.EDGE_STORY_SLUG_WORDS and not _DATE_PATH.search(split[1]):
            return False
        openings[tuple(pieces[:rules.EDGE_SLUG_OPENING])] += 1
        n += 1
    return n >= rules.MIN_ALL_ARTICLES and 2 * openings.most_common(1)[0][1] <= n


_DATE_PATH = re.compile(r"/(?:19|20)\d\d/[01]?\d/")


def _many_urls(el: etree._Element, hosts: frozenset[str]) -> bool:
    """More distinct link URLs below ``el`` than a link list holds (``measure``'s test,
    by the URLs alone)."""
    keys = set()
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    for a in el.iter("a"):
        href = hrefs[a]
        if href is not None and a is not el:
            key = link_kind(href, hosts)[0]
            if key is not None and not _shares_a_page(key, href):  # (as ``link_facts``)
                keys.add(key)
                if len(keys) > rules.MAX_REGION_LINKS:
                    return True
    return False


def _inside(node: etree._Element, stop: etree._Element, counted: set[etree._Element]) -> bool:
    """``node`` is inside a link or inside a heading already counted (below ``stop``)."""
    for anc in node.iterancestors():
        if anc is stop:
            return False
        if anc in counted or tag_of(anc) == "a":
            return True
    return False


@memo(16384)
def link_kind(href: str, hosts: frozenset[str]) -> tuple[str | None, bool]:
    """(URL key, article link?) of a link; (None, False) for in-page and script links."""
    href = href.strip()
    if not href or href.startswith(NO_PAGE_HREF):
        return None, False
    split = split_link(href)
    if split is None:
        return None, False
    host, path, query = split
    host = host[4:] if host.startswith("www.") else host
    internal = not host or on_site(host, hosts)
    key = f"{host}{path}{'?' + query if query else ''}"
    return key, internal and article_path(path)


@memo(4096)
def site_page(href: str, hosts: frozenset[str]) -> bool:
    """A link to a page of the site that is no listing (a path with a word in it, none of
    ``rules.NON_ARTICLE_PATH_WORDS``): an article when words around it say so ("Read more:
    <a>", "Read our guide on <a>Scrum</a>"), though its slug is short."""
    href = href.strip()
    if not href or href.startswith(NO_PAGE_HREF):
        return False
    split = split_link(href)
    if split is None:
        return False
    host, path, _ = split
    host = host[4:] if host.startswith("www.") else host
    if host and not on_site(host, hosts):
        return False
    segments = list(filter(None, path.lower().split("/")))
    return bool(segments) and rules.NON_ARTICLE_PATH_WORDS.isdisjoint(segments) \
        and any(_LETTERS.search(x) for x in segments)


@memo(4096)
def above_page(href: str, base: str | None) -> bool:
    """The link's path is the page's own path (the page itself, whatever its query), the home
    page, or the page's path less a page number ("/my-post/" above "/my-post/2/",
    "/blog/page/3"): the page itself or its first page, no other article. A section above the
    page ("/insurance/" above "/insurance/travel/best/") may be a guide of its own: not this."""
    paths = _paths(href, base)
    if paths is None:
        return False
    link, page = paths
    path, mine = link.rstrip("/"), page.rstrip("/")
    if not path or path == mine:
        return True
    return len(path) < len(mine) and _PAGE_TAIL.fullmatch(mine, len(path)) is not None \
        and mine.startswith(path)


def below_page(href: str, base: str | None) -> bool:
    """The link is a further page of the page's own: its path and a page number ("/my-post/2/",
    "/my-post/page/2", "/my-post-2"), no other article. A path merely under the page's
    ("/cameras/best/outdoor/" under "/cameras/best/": a guide of the hub) is another page."""
    paths = _paths(href, base)
    if paths is None:
        return False
    link, page = paths
    path, mine = link.rstrip("/"), page.rstrip("/")
    return bool(mine) and len(path) > len(mine) and path.startswith(mine) \
        and _PAGE_TAIL.fullmatch(path, len(mine)) is not None


@memo(4096)
def index_above(href: str, base: str | None) -> bool:
    """The link's path is the page's own path or a part of it ("/2024/" above
    "/2024/05/my-post"): the page itself or an index above it, never a post's neighbour
    (a "previous" link to "All stories of 2024")."""
    paths = _paths(href, base)
    if paths is None:
        return False
    link, page = paths
    path = link.rstrip("/")
    return page.rstrip("/").startswith(path) and (not path or page[len(path):len(path) + 1] in ("/", ""))


#: A page number after an article's path: "/2", "/page/2", "/seite/2", "-2" (a further page of it).
_PAGE_TAIL = re.compile(r"(?:/(?:page|seite|pagina|strona|sayfa|pg|p))?[/-]\d{1,3}", re.IGNORECASE)


def other_story(href: str, hosts: frozenset[str], base: str | None) -> bool:
    """The link leads to another article of the site: an article-like path of one of its
    ``hosts``, neither the page itself or its first page (``above_page``) nor a further
    page of it (``below_page``)."""
    return link_kind(href, hosts)[1] and not above_page(href, base) and not below_page(href, base)


def _paths(href: str, base: str | None) -> tuple[str, str] | None:
    """The paths of the link ``href`` and of the page ``base``, if both have one."""
    if not base or not href.strip():
        return None
    link, page = split_link(href.strip()), split_link(base)
    if link is None or page is None:
        return None
    return link[1], page[1]


def split_link(href: str) -> tuple[str, str, str] | None:
    """(host, path, query) of a link as ``urlsplit`` gives them; the two common forms (a
    site path, a plain http(s) URL) cut by hand, as fast as a page of links needs."""
    if "\t" not in href and "\n" not in href and "\r" not in href:
        host = ""
        rest = None
        if href[0] == "/" and href[1:2] != "/":
            rest = href
        elif href.startswith(("http://", "https://", "//")):
            start = href.index("//") + 2
            end = netloc_end(href, start)
            netloc = href[start:end]
            if netloc.isascii() and "[" not in netloc and "]" not in netloc:
                host, pct, zone = netloc.rpartition("@")[2].partition(":")[0].partition("%")
                host = host.lower() + pct + zone  # (urlsplit keeps a "%zone" as written)
                rest = href[end:]
        if rest is not None:
            rest = rest.split("#", 1)[0]
            path, _, query = rest.partition("?")
            return host, path, query
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    return parts.hostname or "", parts.path, parts.query


def related_heading(text: str | None) -> bool:
    """A short heading in the related vocabulary ("Mehr aus der Redaktion", "Letzte Artikel")."""
    if not text or len(text.split()) > rules.MAX_HEADING_WORDS:
        return False
    return bool(rules.RELATED_HEADING_WORDS.search(text))
