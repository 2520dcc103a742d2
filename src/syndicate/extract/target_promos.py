"""House promos of one target outside the body: a box whose every link goes to one page of
the site that is no story (a banner or a card for the site's shop, book, course, report or
trial: its picture, and a title, a line, a "more" link, all linking the same page). A CTA
``other`` (or the kind its target names), whatever its link count.

What makes one is structure, not words:

* ONE TARGET: the box is the widest ancestor of a picture link to the site's own page
  (``banner_ads`` tells those from another firm's in its walk of the picture links) whose
  links all go to that page, below the body's and found items' containers, the page's
  regions and lists;
* THE TARGET IS AN OFFER: no story (``linklists.article_path``, or the walk's reading), no
  home page of the site, no listing, account, feed or log-in page, no ad's click;
* A PROMO, NO TEASER: a banner that is the picture alone (a heading at most beside it), or
  a card saying a pitch outside its links with a labelled link; in no header, footer or
  menu, no form, list or embed in it, no listing's entry (three alike side by side),
  nothing named an author's card, a logo, an ad, a comment...

Few picture links pass the first tests (their parent's tag and link count, the walk's facts,
the alt text, the target's path), so the boxes are climbed for a handful per page.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from itertools import chain, islice

from lxml import etree

from .banner_ads import picture
from .banner_links import icon_picture
from .chrome import Found
from .chrome_util import NO_TEXT, class_design, class_or_id_named, href_links, tag_of, words
from .conversion_links import target_kind
from .ctas import build_cta, share_or_follow
from .element_hints import is_hidden
from .linklists import LinkFacts, article_path, host_of
from .region_names import OPEN, area_of
from .rules import target_promos as rules


def target_promos(own_links: Iterable[tuple[etree._Element, str]], links: Mapping[etree._Element, int],
                  facts: Mapping[etree._Element, LinkFacts], line: Collection[etree._Element],
                  body: Collection[etree._Element], found: Collection[etree._Element], hosts: Collection[str],
                  base: str | None) -> list[Found]:
    """The house promos around ``own_links`` (picture links to the site's own pages and their
    targets, document order): module doc. ``links``/``facts``: the links below each element
    and what the measured links are (the region walk's); ``line``: the ancestors of the body
    blocks and found items; ``body``/``found``: the body blocks and the items found so far."""
    out: list[Found] = []
    for a, href in own_links:
        # (most are a list's entry, a line's picture or a story's: cheapest tests first)
        parent = a.getparent()
        if parent.tag not in _SEED_PARENTS or links.get(parent, 0) > rules.MAX_SEED_LINKS or parent in body:
            continue
        fact = facts.get(a)
        if fact is not None and (fact[0] is None or fact[1]):
            continue  # (the walk read it: no page, or a story)
        img = picture(a)
        if img is None or len((img.get("alt") or "").split()) >= rules.TEASER_ALT_WORDS \
                or not _offer_page(href, hosts, fact is None) or icon_picture(img) or _logo(img):
            continue  # (a teaser's photo, no offer's page, an icon, a logo)
        box = _box(a, href, links, line, body, found)
        if any(f.element is box for f in out) or not _promo(box, a) \
                or any(x in found or x in body for x in box.iterancestors()) \
                or any(x in found for x in box.iterdescendants()):
            continue  # (no promo; inside an item found already, or around one)
        out.append(Found(box, build_cta(box, target_kind(href) or "other", base)))
    return out


def _offer_page(href: str, hosts: Collection[str], unread: bool) -> bool:
    """The site's page ``href`` may be an offer's: no home page (a subdomain's is its own
    product's), no story (read here when ``unread``), no picture, no listing, account, feed
    or ad's click (a short path ending in a number; ``NOT_OFFER_PATH_WORDS``, whole segments
    or their words), no share link."""
    relative = href[:1] == "/" and href[1:2] != "/"
    path = (href if relative else href.partition("//")[2].partition("/")[2]).split("#", 1)[0].split("?", 1)[0].lower()
    segments = [x for x in path.split("/") if x]
    if not segments:
        return not relative and (host := host_of(href)) != "" and host not in hosts
    if unread and article_path(path) or path.endswith(rules.PICTURE_FILES) \
            or segments[-1].isdigit() and len(segments) <= 2:
        return False  # (a story, a picture, a counted click: "/link/21")
    parts = {w for x in segments for w in x.replace("_", "-").replace(".", "-").replace("+", "-").split("-")}
    return rules.NOT_OFFER_PATH_WORDS.isdisjoint(parts.union(segments)) and share_or_follow(href) is None


def _box(a: etree._Element, href: str, links: Mapping[etree._Element, int], line: Collection[etree._Element],
         body: Collection[etree._Element], found: Collection[etree._Element]) -> etree._Element:
    """The widest ancestor of ``a`` (``BOX_CLIMB`` levels up at most) whose links, at most
    ``MAX_BOX_LINKS``, all go to ``href``, below the containers of the body and of found items
    (``line``), the page's regions and lists (``a`` when none is)."""
    node = a
    held = links.get(a, 1)
    for parent in islice(a.iterancestors(), rules.BOX_CLIMB):
        if parent.tag in _NEVER or parent in line or parent in body or parent in found:
            break
        n = links.get(parent, 0)
        if n > rules.MAX_BOX_LINKS or n > held and any(_other(x, href) for x in parent.iter("a") if x.get("href")):
            break
        held = n
        node = parent
    return node


def _other(x: etree._Element, href: str) -> bool:
    """The link ``x`` goes to another page than ``href`` (a trailing slash aside)."""
    target = (x.get("href") or "").strip()
    return target != href and target.rstrip("/") != href.rstrip("/")


def _promo(box: etree._Element, a: etree._Element) -> bool:
    """``box`` (around the picture link ``a``) is a promo: a banner of the picture alone (a
    heading aside), or a card with a pitch of ``MIN_PITCH_WORDS`` outside its links and a
    labelled link; no form, list, embed, page title or date in it; in no page header,
    footer or menu; not named as no promo; no listing's entry."""
    if next(box.iter(*_FOREIGN), None) is not None or _at_edge(box) or _named_apart(box):
        return False
    text, label = _texts(box)
    if len(text) + len(label) > rules.MAX_BOX_TEXT:
        return False
    pitch = len([w for w in text.split() if sum(c.isalpha() for c in w) > 1])
    if pitch < rules.MIN_PITCH_WORDS:
        if not _banner(box, a):
            return False
    elif box is a or label.isspace() or not label:
        return False  # (a card's link says what it does: a picture beside loose text is none)
    return not _repeated(box)


def _texts(box: etree._Element) -> tuple[str, str]:
    """The shown text of ``box`` outside its links, and inside them (no script's or style's)."""
    inside: set[etree._Element] = set()
    text: list[str] = []
    label: list[str] = []
    for x in box.iter():
        parent = x.getparent()
        if x.tag == "a" or parent in inside:
            inside.add(x)
        if x.text and type(x.tag) is str and x.tag not in NO_TEXT:
            (label if x in inside else text).append(x.text)
        if x.tail and x is not box:
            (label if parent in inside else text).append(x.tail)
    return " ".join(" ".join(text).split()), " ".join(" ".join(label).split())


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
        if box is a or not _other(x, href) or _lone_link(x, parent):
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
    card, a logo, an ad, a comment, a teaser: ``NOT_PROMO_WORDS``) or hidden (a script's
    template), or a part of it is named another widget's (``NOT_PROMO_PARTS``: a promo may
    show its product's logo)."""
    return any(class_or_id_named(x, rules.NOT_PROMO_WORDS) or is_hidden(x)
               for x in chain((box,), islice(box.iterancestors(), rules.NAMED_CLIMB))) \
        or any(class_or_id_named(x, rules.NOT_PROMO_PARTS) for x in box.iterdescendants())


def _logo(img: etree._Element) -> bool:
    """The picture's file name, alt text or class calls it a logo, a badge, an icon
    ("distinctiveIcon_a9a2d74.png"), an ad."""
    src = (img.get("src") or img.get("data-src") or "").split("?", 1)[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return any(not rules.LOGO_WORDS.isdisjoint(words(n))
               for n in f"{src} {img.get('alt') or ''} {img.get('class') or ''}".split())


def _repeated(box: etree._Element) -> bool:
    """``box`` is one entry of a listing: ``REPEATED_BOXES`` or more siblings of its tag and
    of a kind alike (class tokens without digits, more than half of the fewer shared; both
    classless), each a box of one target too (a shop's grid, a portfolio, a column of
    banners; a page builder's sections hold other links, or none)."""
    kind = class_design(box.get("class") or "")
    n = 0
    for c in box.getparent():
        if c.tag == box.tag and _alike(kind, class_design(c.get("class") or "")) and _one_target(c):
            n += 1
            if n >= rules.REPEATED_BOXES:
                return True
    return False


def _alike(one: frozenset[str], other: frozenset[str]) -> bool:
    if not one or not other:
        return not one and not other
    return 2 * len(one & other) > min(len(one), len(other))


def _one_target(el: etree._Element) -> bool:
    """``el``'s links (``MAX_BOX_LINKS`` at most, one at least) all go to one page."""
    found = href_links(el, rules.MAX_BOX_LINKS + 1)
    return 0 < len(found) <= rules.MAX_BOX_LINKS and not any(
        _other(x, (found[0].get("href") or "").strip()) for x in found[1:])


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
