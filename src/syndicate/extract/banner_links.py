"""Image banners: a link whose whole content is one picture (a side column's "Mitglied
werden" image, a footer's e-paper cover, a column's donation module, a sign-up banner set
into the text) pointing to a conversion page. The picture carries the label, so the link
has no text for the word rules and no button class for ``conversion_links``; it is still a
call to act when its target, or the picture's own name, says what it asks.

Its kind comes from the target first (``conversion_links.target_kind``: a membership,
donation, contact, sign-up page or an app store), else from the words of the picture:
its file name, ``alt`` and ``title`` (``rules.conversion.CONVERSION_WORDS`` looked up
as whole words, ``rules.conversion.BANNER_WORDS`` beside them), a class or id naming a
call to action, a stem of ``rules.picture_links`` inside a word of the target's path or
the file name ("/freenewsletter/", "kaffeekasse.png"), else the class or id of the link's
box ("chamada-assinatura", unless it or the picture is named a logo). A picture linking
to a story (its file name a photo's, its target a slug) names no kind and is left alone.

The picture is read through what pages wrap it in: a ``<picture>``'s sources, an image
framework's sizer span, a lazy loader's ``<noscript>`` twin or placeholder (an empty
vector or a data address standing for the file it loads), a banner's two copies for two
screen sizes. A glyph is no banner: a vector file, a picture under ``MIN_BANNER_PIXELS``
on both sides, or one side under ``MIN_SIDE_PIXELS`` (a 210x44 button picture is a banner).

Outside the body the banner is reported with the widget it stands alone in (a side
column's box holding a heading and this link, nothing else), a few levels up at most;
not a card's picture, a row of badges (links side by side in one box; widgets one above
the other in a column are no row), a menu's or drop-down panel's entry, nor the picture
copy of a text button to the same page beside it. Inside the text it is a banner when
it has a block of its own (a paragraph or box holding this link and no words, between
the text's blocks), reported at that block, which leaves the body; a picture among words
or linking to a picture file (the article's photo) stays the text's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice
from operator import and_
from urllib.parse import unquote, urlsplit

from lxml import etree

from ..sanitize import safe_url
from .chrome import Found
from .chrome_util import (
    INVISIBLE,
    class_or_id_named,
    href_links,
    norm,
    page_attributes,
    tag_of,
    text_stats,
    word_splitter,
)
from .conversion_links import login_link, target_kind
from .ctas import build_cta, share_or_follow
from .rules import conversion as rules
from .rules import picture_links as stems

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
#: Every end of a word (one letter or more, short of the whole): the last piece of a word
#: joined from two or three pieces is one; and every beginning (one letter or more): the first.
_ENDS = frozenset(w[n:] for w in _WORDS for n in range(1, len(w)))
_FIRSTS = frozenset(w[:n] for w in _WORDS for n in range(1, len(w)))


def _any_word(text: str) -> bool:
    """A word of the tables among the words of ``text`` (split at ``_SEPARATORS``), alone or
    joined with the next one or two ("mitglied-werden", "get-in-touch"): a text holding
    none names no kind for ``target_kind`` or ``picture_kind``. (Set look-ups over C
    iterators: no regex to compile, no Python loop over the words.)"""
    tokens = text.lower().encode("utf-8", "replace").translate(_SPLIT_BYTES).split()
    if not _WORDS.isdisjoint(tokens):
        return True
    if _STARTS.isdisjoint(tokens) or _ENDS.isdisjoint(tokens):
        return False  # (no piece begins or ends a word: no joined word either, most texts)
    # (a joined word's first piece begins one and its last ends it, one or two tokens on:
    # flags read in C, no pieces joined unless a beginning stands so before an end)
    firsts, ends = list(map(_FIRSTS.__contains__, tokens)), list(map(_ENDS.__contains__, tokens))
    if not any(map(and_, firsts, ends[1:])) and not any(map(and_, firsts, ends[2:])):
        return False
    pairs = list(map(bytes.__add__, tokens, tokens[1:]))
    return not _WORDS.isdisjoint(pairs) or not _WORDS.isdisjoint(map(bytes.__add__, pairs, tokens[2:]))


#: The one child of a link that is a banner's picture (an ``<img>``, or a ``<picture>`` of
#: sources and one img): the region walk keeps such links for ``banner_links``.
PICTURE_CHILD = frozenset({"img", "picture"})
#: The one child of a link that may wrap a banner's picture (a framework's ``<span>``, a
#: page builder's ``<div>`` or ``<figure>``), or the first of two (a banner's two copies for
#: two screen sizes): the region walk keeps such links for ``banner_links`` too.
WRAPPER_CHILD = frozenset({"span", "div", "figure"})
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
    texts: set[etree._Element] = set()
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    for a in links:
        img = a[0]  # (most: the picture itself, read here without a call)
        if img.tag != "img" or (a.text and not a.text.isspace()) or (img.tail and not img.tail.isspace()):
            img = only_picture(a)
            if img is None:
                continue
        href = (hrefs[a] or "").strip()
        if not _may_name_kind(a, img, href):
            continue  # (one search over all the names read below: most pictures name nothing)
        target = target_kind(href)
        kind = target or picture_kind(img) or _named_cta(a, img) or stem_kind(href, img) or box_kind(a, img)
        if kind is None:
            continue  # (most pictures: a logo, a teaser's photo)
        if _home_or_share(href, base) or (target != "app" and (_glyph(img) or feed_link(href))):
            continue  # a logo linking home, a share picture, a toolbar's icon, a feed reader's badge
        if login_link(href, "") or (a.get("aria-hidden") or "").lower() == "true":
            continue  # (a hidden link: a card's second copy of its title link)
        url = safe_url(href, base) or href
        if url in seen:
            continue
        if free := stands_free(a, body, found):
            if _in_card_or_row(a, href) or _text_twin(a, href):
                continue
            box = banner_widget(a, body, found)
        elif (box := body_banner(a, href, body, found)) is None:  # type: ignore[assignment]
            continue
        seen.add(url)
        if not free:
            texts.add(box)  # (a banner of the text: no row with another, the text is no row)
        elif out and out[-1].item.kind == kind and out[-1].element not in texts \
                and (row := _row(out[-1].element, box)) is not None:
            out[-1] = Found(row, build_cta(row, kind, base))  # (badges side by side: one widget)
            continue
        out.append(Found(box, build_cta(box, kind, base)))
    return out


def box_kind(a: etree._Element, img: etree._Element) -> str | None:
    """The kind the class or id of the link or of its box (``BOX_CLIMB`` levels up) names
    (a word of ``rules.CONVERSION_WORDS`` or ``BANNER_WORDS``, alone or joined with the next:
    "chamada-assinatura", "newsletter-banner", "donate_widget"); None when one names no
    conversion page (a log-in box), or when the box or the picture (its file name, alt text
    or class) is named a logo: a contact column's logo is no contact banner."""
    names = f"{_file_name(img)} {img.get('alt') or ''} {img.get('class') or ''}".lower()
    if not stems.LOGO_WORDS.isdisjoint(_split_words(names)):
        return None
    node: etree._Element | None = a
    for _ in range(stems.BOX_CLIMB + 1):
        if node is None:
            return None
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if not names.isspace():
            words = _split_words(names.lower())
            ws = words + [x + y for x, y in zip(words, words[1:], strict=False)]
            if not rules.NOT_CONVERSION_WORDS.isdisjoint(ws) or not stems.LOGO_WORDS.isdisjoint(words):
                return None  # (a log-in box; a logo's box, in a contact column or not)
            for w in ws:
                kind = rules.CONVERSION_WORDS.get(w) or rules.BANNER_WORDS.get(w)
                if kind is not None:
                    return kind
        node = node.getparent()
    return None


def body_banner(
    a: etree._Element, href: str, body: set[etree._Element], found: set[etree._Element],
) -> etree._Element | None:
    """The block a picture link inside the article's text stands alone in (a paragraph or
    box of its own between the paragraphs, holding this link and no text: a newsletter's
    or a product's banner set into the text), else None: a picture beside words or other
    links is the text's, and one linking to a picture file is the article's photo."""
    if _PICTURE_FILE.search(href.partition("?")[0].lower()) is not None:
        return None
    box = a
    for parent in islice(a.iterancestors(), rules.BANNER_CLIMB + 1):
        if parent in found or parent.tag == "form":
            return None
        alone = len(href_links(parent, 2)) == 1 and not _has_text(parent)
        if parent in body:
            if alone:
                box = parent  # (the body's block is the banner's own paragraph)
            break
        if not alone:
            return None  # (a link among words or links, in a box of the text)
        box = parent
    else:
        return None
    if box is a or any(x in found or x.tag == "form" for x in box.iterancestors()):
        return None
    return box


#: A target that is a picture file: a photo's link to its full size.
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$")


def _may_name_kind(a: etree._Element, img: etree._Element, href: str) -> bool:
    """Whether anything ``target_kind``, ``picture_kind``, ``_named_cta``, ``stem_kind`` or
    ``box_kind`` read may name a kind: a word of the tables in the target (without its
    query), the picture's file name, its alt or title when short enough to be a label, or
    the class or id of the link and of its box (``BOX_CLIMB`` levels up); a stem of
    ``rules.picture_links`` in any of them; or "cta" inside the names of the picture or the
    link (as letters: "ctaButton" is split only later). One string, two searches in C."""
    get = img.get
    src = get("src")
    text = href.partition("?")[0] + "|" + (
        src.partition("?")[0].rpartition("/")[2] if src and not src.startswith("data:") else _file_name(img))
    alt, title = get("alt"), get("title")
    if alt and alt.count(" ") < rules.MAX_BANNER_WORDS:  # (a caption is no label)
        text += "|" + alt
    if title and title.count(" ") < rules.MAX_BANNER_WORDS:
        text += "|" + title
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    classes, ids = page.classes, page.ids
    names = f"{classes[img]} {ids[img]} {classes[a]} {ids[a]}"
    if "cta" in names or "CTA" in names or "Cta" in names:  # (in every word of ``rules.CTA_WORDS``)
        return True
    node = a.getparent()
    for _ in range(stems.BOX_CLIMB):
        if node is None:
            break
        text += f"|{classes[node]}|{ids[node]}"
        node = node.getparent()
    text += "|" + names
    if _any_word(text):
        return True
    low = text.lower()
    return any(x in low for x in _STEM_LIST)  # (15 searches in C: faster than one alternation)


def _file_name(img: etree._Element) -> str:
    """The picture's file name without its extension (its ``src``, else a lazy loader's)."""
    src = img.get("src") or ""
    if not src or src.startswith("data:"):
        src = _lazy_src(img)
    return src.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _lazy_src(img: etree._Element) -> str:
    """The address a lazy loader puts in the picture's ``src`` (its ``data-src``, a plugin's
    ``data-lazy-src``, the first of its ``srcset``), or an empty string."""
    return (img.get("data-src") or img.get("data-lazy-src") or (img.get("srcset") or "").strip().split(" ", 1)[0]
            or (img.get("data-srcset") or "").strip().split(" ", 1)[0])


#: Any stem of ``rules.picture_links`` (one search over a link's names rules most out).
_STEMS = re.compile("|".join(sorted({x for xs in stems.KIND_STEMS.values() for x in xs})))
_STEM_KIND = {x: kind for kind, xs in stems.KIND_STEMS.items() for x in xs}
_STEM_LIST = tuple(sorted(_STEM_KIND))


def stem_kind(href: str, img: etree._Element) -> str | None:
    """The kind a stem of ``rules.picture_links`` names inside a word of the target's path
    or of the picture's file name ("/freenewsletter/", "kaffeekasse.png"), in a segment of
    few words (a longer one is a story's slug); None when none does or a word names no
    conversion page (a log-in, a help page)."""
    path = href.partition("?")[0].partition("#")[0]
    if "//" in path:  # (no host: a site's name is no ask; an archive's copy: the page's own path)
        path = path.rpartition("//")[2].partition("/")[2]
    names = f"{unquote(path).lower()}/{_file_name(img).lower()}"
    if _STEMS.search(names) is None:
        return None  # (most links)
    for segment in names.split("/"):
        words = _split_words(segment)
        if not words or len(words) > stems.MAX_STEM_WORDS:
            continue
        if not rules.NOT_CONVERSION_WORDS.isdisjoint(words):
            return None
        for word in words:
            if (m := _STEMS.search(word)) is not None:
                return _STEM_KIND[m.group()]
    return None


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


def _glyph(img: etree._Element) -> bool:
    """``icon_picture`` as a banner's picture is read: a lazy loader's placeholder (a data
    address beside the picture it loads, or an empty vector sized as a banner) is read as
    the picture it stands for, and a picture declaring both sides is a glyph when both are
    under ``MIN_BANNER_PIXELS`` or one is under ``stems.MIN_SIDE_PIXELS`` (a 210x44 button
    picture is a banner; a 16x16 icon, a 1x1 pixel, a 400x16 rule are none)."""
    src = (img.get("src") or "").lower()
    small, wide = _sides(img)
    if src.startswith("data:") and ((lazy := _lazy_src(img)) or small is not None and src.startswith("data:image/svg")):
        src = lazy.lower()  # (the placeholder's picture, or none to read)
    src = src.split("?", 1)[0]
    if src.endswith(".svg") or src.startswith("data:image/svg"):
        return True
    path = src.split("//", 1)[1].partition("/")[2] if "//" in src else src  # (no host)
    if any(w in rules.ICON_WORDS for w in _split_words(path.rsplit(".", 1)[0])):
        return True
    if small is not None:
        return small < stems.MIN_SIDE_PIXELS or not wide
    return any(d and d.strip().isdigit() and int(d) < rules.MIN_BANNER_PIXELS
               for d in (img.get("width"), img.get("height")))


def _sides(img: etree._Element) -> tuple[int | None, bool]:
    """The picture's smaller declared side (None unless it declares both) and whether its
    larger one is ``MIN_BANNER_PIXELS`` or more."""
    dims = (img.get("width") or "").strip(), (img.get("height") or "").strip()
    if not (dims[0].isdigit() and dims[1].isdigit()):
        return None, False
    w, h = int(dims[0]), int(dims[1])
    return min(w, h), max(w, h) >= rules.MIN_BANNER_PIXELS


def _in_card_or_row(a: etree._Element, href: str) -> bool:
    """``a`` is a card's picture (a link with text beside it, ``CARD_CLIMB`` levels up at
    most, goes to the same page: the card's title carries the item) or one badge of a row
    of ``ROW_PICTURES`` or more picture links to as many hosts (podcast platforms,
    partners' logos: a row of places, no call to one)."""
    if class_or_id_named(a, _MENU_WORDS) or class_or_id_named(a.getparent(), _MENU_WORDS):
        return True  # (an entry of a menu of pictures, or of a drop-down menu's panel)
    node = a
    for _ in range(rules.CARD_CLIMB):
        node = node.getparent()
        if node is None or (tag_of(node) in _NOT_ROW and tag_of(node) != "article"):
            return False  # (an article element may be a teaser card)
        links = href_links(node, rules.ROW_PICTURES * 4)
        if len(links) == 1 and node.tag in _WIDGET_BOXES:
            return False  # (a side column's widget of its own: the column is no row of badges)
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


def _text_twin(a: etree._Element, href: str) -> bool:
    """A link with words to the same target stands ``TWIN_CLIMB`` levels up at most (among
    ``TWIN_LINKS`` links): ``a`` is a copy of that button (a header's button and, beside
    it, the picture buttons its mobile layout shows), or a card's picture."""
    node = a.getparent()
    if node is None:
        return False
    for anc in islice(node.iterancestors(), stems.TWIN_CLIMB - 1):
        for x in href_links(anc, stems.TWIN_LINKS):
            if x is not a and (x.get("href") or "").strip() == href and _has_text(x):
                return True
    return False


#: A box of its own around one picture link: a widget, whatever stands beside it.
_WIDGET_BOXES = frozenset({"section", "aside"})
#: Class/id words of a menu's entry: a menu's, or a drop-down panel's.
_MENU_WORDS = rules.MENU_WORDS | rules.DROPDOWN_WORDS


def _home_or_share(href: str, base: str | None) -> bool:
    """A link to the site's home page (a logo's) or a share or profile link. (The root of
    another host, "//membership.example.org/", is that host's page.)"""
    if share_or_follow(href) is not None:
        return True
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    if parts.path not in ("", "/") and _LANGUAGE_HOME.fullmatch(parts.path) is None or not (parts.netloc or parts.path):
        return False  # (a home page: the root, or a language's, "/en-sa/", "/de/")
    return not parts.netloc or (base is not None and parts.netloc == urlsplit(base).netloc)


#: The path of a site's home page in one language ("/en/", "/en-sa/", "/pt_BR").
_LANGUAGE_HOME = re.compile(r"/[a-zA-Z]{2}(?:[-_][a-zA-Z]{2})?/?")


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
    it, ``PICTURE_DEPTH`` levels at most, and no text beside it), else None. A lazy loader's
    ``<noscript>`` twin and an image framework's sizer (a span holding an empty vector:
    Next.js) stand beside the picture; two pictures side by side are one banner's copies
    for two screen sizes (the first is read). Read by hand: most links are ruled out at
    their first child, no subtree walked."""
    node = a
    for _ in range(rules.PICTURE_DEPTH):
        if node.text and not node.text.isspace():
            return None
        if len(node) != 1:
            kids = [x for x in node if x.tag != "noscript" and not _sizer(x)]
            if not kids or any(x.tail and not x.tail.isspace() for x in node):
                return None
            if len(kids) > 1:
                return kids[0] if all(x.tag == "img" for x in kids) and len(kids) == 2 else None
            child = kids[0]
        else:
            child = node[0]
            if child.tail and not child.tail.isspace():
                return None
        if child.tag == "img":
            return child
        if child.tag == "picture":  # (its sources beside its one img; the parser nests an
            imgs = list(child.iter("img"))  # unclosed ``<source>`` around what follows it)
            return imgs[0] if len(imgs) == 1 and not _has_text(child) else None
        node = child
    return None


def _sizer(el: etree._Element) -> bool:
    """An image framework's sizer beside its picture: a ``<span>`` holding one empty vector
    (or hidden) ``<img>`` and no text."""
    if el.tag != "span" or len(el) != 1 or (el.text and not el.text.isspace()):
        return False
    img = el[0]
    return img.tag == "img" and ((img.get("src") or "").startswith("data:image/svg")
                                 or img.get("aria-hidden") == "true")


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
