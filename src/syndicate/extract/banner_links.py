"""Image banners outside the body: a link whose whole content is one picture (a side
column's "Mitglied werden" image, a footer's e-paper cover, a column's donation module)
pointing to a conversion page. The picture carries the label, so the link has no text
for the word rules and no button class for ``conversion_links``; it is still a call to
act when its target, or the picture's own name, says what it asks.

Its kind comes from the target first (``conversion_links.target_kind``: a membership,
donation, contact, sign-up page or an app store), else from the words of the picture:
its file name, ``alt`` and ``title`` (``rules.conversion.CONVERSION_WORDS`` looked up
as whole words, ``rules.conversion.BANNER_WORDS`` beside them). A picture linking to a
story (its file name a photo's, its target a slug) names no kind and is left alone.

The banner is reported with the widget it stands alone in (a side column's box holding
a heading and this link, nothing else), a few levels up at most.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from urllib.parse import unquote, urlsplit

from lxml import etree

from ..sanitize import safe_url
from .chrome import Found
from .chrome_util import (
    INVISIBLE,
    class_or_id_named,
    href_links,
    norm,
    tag_of,
    text_stats,
    word_splitter,
)
from .conversion_links import login_link, target_kind
from .ctas import build_cta, share_or_follow
from .rules import conversion as rules

#: Characters splitting a file name or alt text into words.
_SEPARATORS = "/-_.+=&?%,;:~!()[]|\"'"
_split_words = word_splitter(_SEPARATORS)
#: The same split on UTF-8 bytes (``_any_word`` reads the tokens as bytes).
_SPLIT_BYTES = bytes.maketrans(_SEPARATORS.encode(), b" " * len(_SEPARATORS))
#: Every word of the tables a picture's names are read against, as UTF-8 bytes (the words
#: are ASCII: a token matches one as bytes exactly when it does as text).
_WORDS = frozenset(w.encode() for w in (
    set(rules.CONVERSION_WORDS) | set(rules.BANNER_WORDS) | rules.CTA_WORDS
    | {h.replace(".", "") for h in rules.APP_HOSTS}))
#: A donation platform's host name ("patreon" of "www.patreon.com"), one token of its own,
#: or two joined ("ko-fi" splits into "ko" and "fi": read as the joined "kofi").
_HOST_NAMES = tuple(h.partition(".")[0] for h in rules.DONATION_HOSTS)
_HOST_WORDS = frozenset(n.replace("-", "").encode() for n in _HOST_NAMES)


#: Every beginning of a word (two letters or more): a word joined from two or three pieces
#: starts with a piece that is one.
_STARTS = frozenset(w[:n] for w in _WORDS for n in range(2, len(w))) | frozenset(
    n.partition("-")[0].encode() for n in _HOST_NAMES if "-" in n)
_WORDS |= _HOST_WORDS  # (never joined from pieces: no beginnings of theirs)


def _any_word(text: str) -> bool:
    """A word of the tables among the words of ``text`` (split at ``_SEPARATORS``), alone or
    joined with the next one or two ("mitglied-werden", "get-in-touch"): a text holding
    none names no kind for ``target_kind`` or ``picture_kind``. (Set look-ups over C
    iterators: no regex to compile, no Python loop over the words.)"""
    tokens = text.lower().encode("utf-8", "replace").translate(_SPLIT_BYTES).split()
    if not _WORDS.isdisjoint(tokens):
        return True
    if _STARTS.isdisjoint(tokens):
        return False  # (no piece begins a word: no joined word either, most texts)
    pairs = list(map(bytes.__add__, tokens, tokens[1:]))
    return not _WORDS.isdisjoint(pairs) or not _WORDS.isdisjoint(map(bytes.__add__, pairs, tokens[2:]))


#: The one child of a link that is a banner's picture (an ``<img>``, or a ``<picture>`` of
#: sources and one img): the region walk keeps such links for ``banner_links``.
PICTURE_CHILD = frozenset({"img", "picture"})
#: Where a banner's widget stops: the page's regions and lists hold more than one widget.
_NOT_WIDGET = frozenset({
    "html", "body", "main", "article", "header", "footer", "nav", "ul", "ol", "li", "td", "tr",
    "table", "tbody", "form", "a", "button", "menu", "dl",
})
#: A row of banners never is one of these (the page's regions).
_NOT_ROW = frozenset({"html", "body", "main", "article", "header", "footer", "nav", "td", "tr", "table", "form"})


def banner_links(
    links: Iterable[etree._Element], body: set[etree._Element], found: set[etree._Element],
    base: str | None,
) -> list[Found]:
    """The image banners among ``links`` (links with a target and one child, document
    order) standing outside the body blocks ``body`` and the items already ``found``; one
    per target."""
    out: list[Found] = []
    seen: set[str] = set()
    for a in links:
        img = a[0]  # (most: the picture itself, read here without a call)
        if img.tag != "img" or (a.text and not a.text.isspace()) or (img.tail and not img.tail.isspace()):
            img = only_picture(a)
            if img is None:
                continue
        href = (a.get("href") or "").strip()
        if not _may_name_kind(a, img, href):
            continue  # (one search over all the names read below: most pictures name nothing)
        target = target_kind(href)
        kind = target or picture_kind(img) or _named_cta(a, img)
        if kind is None:
            continue  # (most pictures: a logo, a teaser's photo)
        if _home_or_share(href, base) or (target != "app" and (icon_picture(img) or feed_link(href))):
            continue  # a logo linking home, a share picture, a toolbar's icon, a feed reader's badge
        if login_link(href, "") or (a.get("aria-hidden") or "").lower() == "true":
            continue  # (a hidden link: a card's second copy of its title link)
        if _in_card_or_row(a, href):
            continue
        url = safe_url(href, base) or href
        if url in seen or not stands_free(a, body, found):
            continue
        seen.add(url)
        box = banner_widget(a, body, found)
        if out and out[-1].item.kind == kind and (row := _row(out[-1].element, box)) is not None:
            out[-1] = Found(row, build_cta(row, kind, base))  # (badges side by side: one widget)
            continue
        out.append(Found(box, build_cta(box, kind, base)))
    return out


def _may_name_kind(a: etree._Element, img: etree._Element, href: str) -> bool:
    """Whether anything ``target_kind``, ``picture_kind`` or ``_named_cta`` read may name a
    kind: a word of the tables in the target (without its query), the picture's file name,
    or its alt or title when short enough to be a label, or "cta" inside the names of the
    picture or the link (as letters: "ctaButton" is split only later)."""
    get = img.get
    src = get("src")
    text = href.partition("?")[0] + "|" + (
        src.partition("?")[0].rpartition("/")[2] if src and not src.startswith("data:") else _file_name(img))
    alt, title = get("alt"), get("title")
    if alt and alt.count(" ") < rules.MAX_BANNER_WORDS:  # (a caption is no label)
        text += "|" + alt
    if title and title.count(" ") < rules.MAX_BANNER_WORDS:
        text += "|" + title
    if _any_word(text):
        return True
    names = f"{get('class')} {get('id')} {a.get('class')} {a.get('id')}"
    return "cta" in names or "CTA" in names or "Cta" in names  # (in every word of ``rules.CTA_WORDS``)


def _file_name(img: etree._Element) -> str:
    """The picture's file name without its extension (its ``src``, else a lazy loader's)."""
    src = img.get("src") or ""
    if not src or src.startswith("data:"):
        src = img.get("data-src") or img.get("data-lazy-src") or (img.get("srcset") or "").split(" ", 1)[0]
    return src.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _named_cta(a: etree._Element, img: etree._Element) -> str | None:
    """``other`` for a picture link the page names a call to action (a class/id word of
    ``rules.CTA_WORDS`` on the picture or the link: a marketing tool's "hs-cta-img", a
    theme's "cta-webinar" link): an offer whose words name no kind. ("button" alone
    names badges and share buttons too.)"""
    for x in (img, a):
        if class_or_id_named(x, rules.CTA_WORDS):
            return "other"
    return None


def icon_picture(img: etree._Element) -> bool:
    """A glyph, no banner: a vector file, a picture a few pixels wide or high, or one whose
    file name says it is an icon or a spacer."""
    src = (img.get("src") or "").split("?", 1)[0].lower()
    if src.endswith(".svg") or src.startswith("data:image/svg"):
        return True
    path = src.split("//", 1)[1].partition("/")[2] if "//" in src else src  # (no host)
    if any(w in rules.ICON_WORDS for w in _split_words(path.rsplit(".", 1)[0])):
        return True
    for dim in (img.get("width"), img.get("height")):
        if dim and dim.strip().isdigit() and int(dim) < rules.MIN_BANNER_PIXELS:
            return True
    return False


def _in_card_or_row(a: etree._Element, href: str) -> bool:
    """``a`` is a card's picture (a link with text beside it, ``CARD_CLIMB`` levels up at
    most, goes to the same page: the card's title carries the item) or one badge of a row
    of ``ROW_PICTURES`` or more picture links to as many hosts (podcast platforms,
    partners' logos: a row of places, no call to one)."""
    if class_or_id_named(a, rules.MENU_WORDS) or class_or_id_named(a.getparent(), rules.MENU_WORDS):
        return True  # (an entry of a menu of pictures)
    node = a
    for _ in range(rules.CARD_CLIMB):
        node = node.getparent()
        if node is None or (tag_of(node) in _NOT_ROW and tag_of(node) != "article"):
            return False  # (an article element may be a teaser card)
        links = href_links(node, rules.ROW_PICTURES * 4)
        hosts = set()
        for x in links:
            if x is a:
                continue
            if (x.get("href") or "").strip() == href and _has_text(x):
                return True
            if not _has_text(x):
                hosts.add(urlsplit((x.get("href") or "").strip()).netloc)
        if len(hosts) + 1 >= rules.ROW_PICTURES and urlsplit(href).netloc not in hosts:
            return True
    return False


def _home_or_share(href: str, base: str | None) -> bool:
    """A link to the site's home page (a logo's) or a share or profile link. (The root of
    another host, "//membership.example.org/", is that host's page.)"""
    if share_or_follow(href) is not None:
        return True
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    if parts.path not in ("", "/") or not (parts.netloc or parts.path):
        return False
    return not parts.netloc or (base is not None and parts.netloc == urlsplit(base).netloc)


def feed_link(href: str) -> bool:
    """A link to a feed or a feed reader (its address names a feed): a follow, no sign-up."""
    low = unquote(href).lower()
    return any(w in rules.FEED_WORDS for w in _split_words(low))


def _row(first: etree._Element, box: etree._Element) -> etree._Element | None:
    """The element holding the banners ``first`` and ``box`` and no other link, when it
    stands ``ROW_CLIMB`` levels at most above each (two store badges in one list)."""
    ups = list(islice(box.iterancestors(), rules.ROW_CLIMB))
    for anc in islice(first.iterancestors(), rules.ROW_CLIMB):
        if anc in ups:
            return anc if tag_of(anc) not in _NOT_ROW and len(href_links(anc, 3)) == 2 else None
    return None


def only_picture(a: etree._Element) -> etree._Element | None:
    """The one ``<img>`` that is all of ``a``'s content (a chain of single children down to
    it, ``PICTURE_DEPTH`` levels at most, and no text beside it), else None. Read by hand:
    most links are ruled out at their first child, no subtree walked."""
    node = a
    for _ in range(rules.PICTURE_DEPTH):
        if len(node) != 1 or (node.text and not node.text.isspace()):
            return None
        child = node[0]
        if child.tail and not child.tail.isspace():
            return None
        if child.tag == "img":
            return child
        if child.tag == "picture":  # (its sources beside its one img)
            imgs = [x for x in child if x.tag == "img"]
            return imgs[0] if len(imgs) == 1 and not _has_text(child) else None
        node = child
    return None


def _has_text(el: etree._Element) -> bool:
    """Any visible character in ``el`` (its text pieces read in C: no XPath string built)."""
    return any(not t.isspace() for t in el.itertext())


def picture_kind(img: etree._Element) -> str | None:
    """The CTA kind the words of a picture's file name, ``alt`` or ``title`` name."""
    name = _file_name(img)
    alt, title = img.get("alt") or "", img.get("title") or ""
    if not _any_word(f"{name}|{alt}|{title}"):
        return None  # (one search: no word of the tables in any of them, most pictures)
    for text in (name, alt, title):
        kind = _words_kind(text)
        if kind is not None:
            return kind
    return None


def _words_kind(text: str) -> str | None:
    """The kind of the first conversion word of ``text`` (its words, each pair joined);
    None when a word names no conversion page (a log-in, a help page)."""
    tokens = _split_words(text.lower())
    if not tokens or len(tokens) > rules.MAX_BANNER_WORDS:
        return None  # (a caption, no label)
    ws = tokens + [x + y for x, y in zip(tokens, tokens[1:], strict=False)]
    if any(w in rules.NOT_CONVERSION_WORDS for w in ws):
        return None
    for w in ws:
        kind = rules.CONVERSION_WORDS.get(w) or rules.BANNER_WORDS.get(w)
        if kind is not None:
            return kind
    return None


def stands_free(a: etree._Element, body: set[etree._Element], found: set[etree._Element]) -> bool:
    """No ancestor of ``a`` (nor ``a``) is a body block, an item already found or a form."""
    if a in body or a in found:
        return False
    return not any(x in body or x in found or x.tag == "form" for x in a.iterancestors())


def banner_widget(a: etree._Element, body: set[etree._Element], found: set[etree._Element]) -> etree._Element:
    """The box ``a`` stands alone in: its highest ancestor, ``BANNER_CLIMB`` levels up at
    most, holding no other link, little text (a heading at most) and nothing found."""
    box = a
    for parent in islice(a.iterancestors(), rules.BANNER_CLIMB):
        if tag_of(parent) in _NOT_WIDGET or parent in body or parent in found:
            break
        if len(href_links(parent, 2)) > 1 or _shown_chars(parent) > rules.MAX_BANNER_PROMPT:
            break
        if not found.isdisjoint(parent.iterdescendants()):
            break  # (a prompt found by its words: its own item)
        box = parent
    return box


def _shown_chars(el: etree._Element) -> int:
    """Characters of visible text in ``el``: a widget's ``<style>`` or ``<script>`` is no
    prompt (``text_content`` counts their code). The C call first; the visible text only
    read when that is long and code is there."""
    size = len(norm(el.text_content()))
    if size <= rules.MAX_BANNER_PROMPT or next(el.iter(*INVISIBLE), None) is None:
        return size
    stats = text_stats(el, max_elements=_MAX_WIDGET_NODES)
    return size if stats.truncated else stats.chars


#: Elements read for a widget's visible text (a widget is small; past this it is no widget).
_MAX_WIDGET_NODES = 200
