"""A post's previous/next links set inside a region that holds no related list.

The region pass rules a region to hold no related block when its class names tags, a
breadcrumb or a pager, or when none of its links is a story with a headline (a sidebar of
metadata, a header of search links); nothing below it is judged for related lists again.
A post's previous/next links often stand in such a region: "Nächste | Vorherige" above the
post's date and tags, "‹ 20345: TROPICS… | 14113: IMERG… ›" above the title beside search
links, the older/newer post pair in a ``nav`` styled as the page's pager, "‹ Vorheriges |
Nächstes ›" in a breadcrumb bar. They are related blocks wherever they stand
(``related_guards``), so the walk is told of them before it leaves the region:

* in a region of no story links, its ``<nav>`` elements of one to three links
  (``nav_boxes``: a cheap look, most such regions hold none);
* in a pager or a breadcrumb bar, its links marked as the previous/next post
  (``region_names.marked_link``: ``rel``, a prev/next class, a short prev/next text or
  label) and the small box around them (``neighbour_boxes``).

A box is the post's navigation when ``region_names.prev_next`` (``one_neighbour`` for one
link) says so. A comment section's "Older comments" pager leads to no other post: regions
named so are not read.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from .chrome import Found
from .chrome_util import class_or_id_named, tag_of
from .region_names import marked_link, one_neighbour, prev_next
from .rules import regions as rules

#: A region with more links than this is not read (a site's footer of link columns).
MAX_HOLDER_LINKS = 20
#: A previous/next box holds at most this many links (two neighbours and an index between).
MAX_BOX_LINKS = 3
#: Tags of a previous/next box (``region_judge.POST_NAV_TAGS`` and ``p``).
BOX_TAGS = frozenset({"aside", "div", "section", "nav", "footer", "ul", "ol", "p"})
#: Of the names of regions holding no related list (``region_names.not_related_class``),
#: those of a bar that may hold a post's neighbours: a pager, a breadcrumb bar.
NEIGHBOUR_HOLDER_WORDS = rules.PAGER_WORDS | {"breadcrumb", "breadcrumbs"}
#: Class/id words of regions whose previous/next links page through something else.
_OTHER_PAGERS = frozenset({"comments", "comment", "reviews", "gallery", "slider", "carousel"})


class NeighbourFound(Found):
    """A post's previous/next links found by their marks: related wherever they stand, the
    guards against menus and bylines (``related_guards``) do not apply. (A plain subclass:
    the fields of ``Found``.)"""


def nav_boxes(region: etree._Element, links: Counter[etree._Element], hosts: frozenset[str],
              base: str | None, marks: dict[etree._Element, bool],
              neighbours: dict[etree._Element, tuple[bool, bool]]) -> list[etree._Element]:
    """The ``<nav>`` elements of one to three links inside ``region`` that are a post's
    previous/next links (``neighbour_boxes``' arguments): a region of no stories (a sidebar
    of the post's date, tags and author; a header of search links) is read no further."""
    if links.get(region, 0) > MAX_HOLDER_LINKS:
        return []
    boxes = []
    for nav in region.iter("nav"):
        n = links.get(nav, 0)
        if n and n <= MAX_BOX_LINKS and nav is not region and _neighbours(nav, n, hosts, base, marks, neighbours):
            boxes.append(nav)
    return boxes


def neighbour_boxes(region: etree._Element, links: Counter[etree._Element], hosts: frozenset[str],
                    base: str | None, marks: dict[etree._Element, bool],
                    neighbours: dict[etree._Element, tuple[bool, bool]]) -> list[etree._Element]:
    """The previous/next boxes inside ``region``, a pager or a breadcrumb bar (outermost
    first, each at most once; ``region`` itself when it is one).

    ``links``: the links below each element (the region pass's count); ``marks`` and
    ``neighbours``: the page's memos of ``prev_next`` and ``one_neighbour``."""
    if links.get(region, 0) > MAX_HOLDER_LINKS or class_or_id_named(region, _OTHER_PAGERS):
        return []
    boxes: list[etree._Element] = []
    for a in _links_below(region, links):
        mark = marks.get(a)
        if mark is None:
            mark = marks[a] = marked_link(a)
        if not mark:
            continue
        box = _box_of(a, region, links)
        if box is None and links.get(region, 0) <= MAX_BOX_LINKS and tag_of(region) in BOX_TAGS:
            box = region  # (the region is the box: "<div class='breadcrumb'><a>‹ Précédent</a>…")
        if box is None or box in boxes:
            continue
        if _neighbours(box, links.get(box, 0), hosts, base, marks, neighbours):
            boxes.append(box)
    return boxes


def _neighbours(box: etree._Element, n: int, hosts: frozenset[str], base: str | None,
                marks: dict[etree._Element, bool], neighbours: dict[etree._Element, tuple[bool, bool]]) -> bool:
    """``box``, holding ``n`` links, is a post's previous/next links: both (``prev_next``)
    when it holds two or more, one neighbour (``one_neighbour``) otherwise."""
    return prev_next(box, hosts, base, marks) if n >= 2 else one_neighbour(box, hosts, base, neighbours)


def _links_below(region: etree._Element, links: Counter[etree._Element]) -> list[etree._Element]:
    """The links with a target below ``region``, in document order, reached down the
    elements that hold one (``links``): a region of few links in a long subtree costs its
    links, not its subtree."""
    found: list[etree._Element] = []
    stack = [region]
    get = links.get
    while stack:
        node = stack.pop()
        if node.tag == "a" and node is not region:
            found.append(node)
            continue
        stack.extend(c for c in reversed(node) if get(c, 0))
    return found


def _box_of(a: etree._Element, region: etree._Element, links: Counter[etree._Element]) -> etree._Element | None:
    """The outermost element below ``region`` around ``a`` holding no more than
    ``MAX_BOX_LINKS`` links, when it may be a box (None when ``a``'s parent holds more:
    a "Next" among a pager's numbers)."""
    box = None
    node = a.getparent()
    while node is not None and node is not region and links.get(node, 0) <= MAX_BOX_LINKS:
        box = node
        node = node.getparent()
    if box is None or tag_of(box) not in BOX_TAGS or len(box.text_content()) > 4 * rules.MAX_POST_NAV_CHARS:
        return None
    return box
