"""A link that IS a story card, standing loose among its parent's other boxes: a related
block of one item.

A side column's teaser (``<a><div><img></div><div><p>Kicker</p><p>Headline</p></div></a>``)
or a theme's fixed previous/next post arrow (``<a class="avia-post-nav"><span>Headline</span>
<img></a>``) holds its whole card inside the link. The region walk never enters a link that
holds no other link (a third of the page), and the column or page wrapper around such a card
is too big to be a block, so no region test reads it. Two places hold them, both met at no
extra walk: the links holding elements the walk meets among a body container's run (a page
wrapper beside the article's column: ``regions._Regions.run`` keeps them) and the links
standing as children of a region measured too big (a side column of many boxes).

A card is a link holding its story's picture and a headline, to another article of the site,
standing beside other content of its parent (not a list of cards: the walk judged that list;
not beside another link to its story: then the parent is the card), outside the body, a menu,
a page header or footer and what was found. A title link alone (``<a><h3>``) is a part of the
card around it, never a card. A logo links the home page, an author's avatar an author page,
a gallery thumbnail an image file: none is an article link. Each card is a block of its own
(``regions.detect_regions`` keeps them out of ``one_block_per_list``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from lxml import etree

from ..model import Related
from . import related
from .chrome import Found
from .chrome_util import class_or_id_named, norm, tag_of
from .linklists import LinkList, other_story
from .region_names import OPEN, area_of, is_media, not_related_class
from .region_widgets import NEVER
from .rules import card_links as card_rules
from .rules import regions as rules


def card_links(hrefs: Iterable[etree._Element], links: Mapping[etree._Element, int], hosts: frozenset[str],
               base: str | None, body: set[etree._Element], found: set[etree._Element],
               line: set[etree._Element], body_line: set[etree._Element]) -> list[Found]:
    """The card links among ``hrefs`` (links the walk left unread), each a related block
    of its one story. ``links``: the links each element holds; ``body``: the body's blocks;
    ``found``: the elements found so far; ``line``: their ancestors and the body's;
    ``body_line``: the body's ancestors alone."""
    out: list[Found] = []
    for a in filter(len, hrefs):  # (most links hold only text: left out in C)
        # (a card shows its story's picture, a ``<picture>``'s own ``<img>`` included; a bar
        # holding a close button is a notice)
        if next(a.iter("img"), None) is None or next(a.iter("button"), None) is not None:
            continue
        parent = a.getparent()
        if parent is None or tag_of(parent) not in _PARENTS or a in line or a in found \
                or not _story(a.get("href") or "", hosts, base):
            continue
        text = norm(a.text_content())
        if len(text.split()) <= rules.TITLE_WORDS or len(text) > rules.MAX_CARD_TEXT:
            continue  # a card names its story in a headline (an icon, a logo, an avatar name: none)
        if not _beside_other(a, parent, links) or not _own_card(a) or not _open_place(a, body, found, body_line):
            continue
        rel: Related = related.build_related(a, base, title="")
        if len(rel.items) == 1:
            rel.title = None  # (the link is its own card: a heading before it names something else)
            out.append(Found(a, rel))
    return out


def card_places(measured: Mapping[etree._Element, LinkList]) -> Iterator[etree._Element]:
    """The links standing as children of the regions the walk measured too big to be one block
    (a side column of many boxes): the walk enters their boxes, never their loose links."""
    for el, lst in measured.items():
        if lst.too_big:
            yield from el.iterchildren("a")


def _beside_other(a: etree._Element, parent: etree._Element, links: Mapping[etree._Element, int]) -> bool:
    """``parent`` holds something besides ``a`` that is no link (a box, a heading, a header):
    ``a`` stands loose among other content, not as an entry of a list of links; and no other
    link beside it goes where ``a`` goes (a picture and a headline linked apart: the parent
    is the card, ``a`` only its part; a column's far boxes are not read)."""
    other = False
    href = a.get("href")
    for c in parent:
        if c is a or not isinstance(c.tag, str) or c.tag in _NO_CONTENT:
            continue
        if c.get("href") == href or (0 < links.get(c, 0) <= _CARD_PART_LINKS
                                     and any(x.get("href") == href for x in c.iter("a"))):
            return False
        if c.tag != "a" and (len(c) or (c.text and c.text.strip())):
            other = True
    return other


def _story(href: str, hosts: frozenset[str], base: str | None) -> bool:
    """A link to another article of the site (not the page or its first page, its own page 2
    below it, nor a picture file: a gallery's thumbnail)."""
    path = href.split("?", 1)[0].split("#", 1)[0]
    if path.rsplit(".", 1)[-1].lower() in card_rules.FILE_EXTENSIONS:
        return False
    return other_story(href, hosts, base)


def _own_card(a: etree._Element) -> bool:
    """The link is no media embed, no tag or author link, no ad or sponsored card (the ad
    pass owns those) and shows no page title (a hero header linking back)."""
    if not_related_class(a) or is_media(a) or class_or_id_named(a, card_rules.SPONSORED_WORDS):
        return False
    return next(a.iter("h1"), None) is None


def _open_place(a: etree._Element, body: set[etree._Element], found: set[etree._Element],
                body_line: set[etree._Element]) -> bool:
    """``a`` stands in the open page: in no body block, nothing found, no menu, page header or
    footer (``area_of``, as the walk reads it: the body's own ancestors name no area), no
    sponsored box."""
    for anc in a.iterancestors():
        if anc in body or anc in found:
            return False
        if anc in body_line:
            continue
        tag = anc.tag
        if not isinstance(tag, str) or tag in NEVER:
            continue
        if area_of(anc, tag) != OPEN or class_or_id_named(anc, card_rules.SPONSORED_WORDS):
            return False
    return True


#: Links a sibling box of a card's part holds at most (its headline, a kicker, a tag).
_CARD_PART_LINKS = 3
#: Parents a loose card stands in: boxes and columns (in a list entry, a paragraph, a figure
#: or a heading a link is a menu entry, part of the text or a caption).
_PARENTS = frozenset({"div", "section", "aside", "article", "main", "body", "td"})
#: Children of the parent that show nothing.
_NO_CONTENT = frozenset({"script", "style", "noscript", "template", "link", "meta", "br", "hr"})
