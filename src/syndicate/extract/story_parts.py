"""A related region holding a widget beside its stories is cut into its parts.

A related block stops at what holds its stories. When a region judged a list of stories has
among its children one that holds no story of the site and is a widget of its own, the
region is several regions and each child is judged alone (the story lists as related
blocks, the widget as a CTA or nothing). A widget is a child

* asking something of the reader: a form with a field, or share or follow controls (links
  to networks, buttons naming one);
* or a box of its own: opening with a heading line over several links or a network's (a
  "Latest tweets" box, a shop's links), none of them set as a title (a teaser card), when
  each story part is headed too (its own heading line, or one standing just before it): a
  heading over the region's one list may open a box of the list's filters or arrows.

A heading, a "View all" link, an ad label, a pager or a card's meta line beside the list are
the list's own (no heading of their own over several links): the region stays one block. A
list's entries are its items (a line of topic links among them too).
"""

from __future__ import annotations

from lxml import etree

from .chrome_util import NO_TEXT, lone_descent, norm, page_attributes, text_content
from .ctas import share_or_follow
from .element_hints import HEADINGS
from .linklists import NO_FACTS, LinkFacts, link_facts, titled
from .region_widgets import asks_input
from .rules import regions as rules
from .sharebars import network
from .widget_stack import heading_ahead, lead_heading

#: Wrappers walked down from a region to the element whose children are its parts.
_MAX_DEPTH = 6
#: A region with more children than this is a page area, no block with a widget beside it.
_MAX_PARTS = 20
_LISTS = frozenset({"ul", "ol", "dl"})
#: Controls a share or follow widget may use instead of links.
_CONTROLS = ("a", "button")


def story_parts(el: etree._Element, hosts: frozenset[str], facts: dict[etree._Element, LinkFacts],
                descend: bool = False) -> list[etree._Element]:
    """The children of ``el`` (below the wrappers holding all it shows, when ``descend``)
    holding its stories, when another child is a widget holding none (each child is judged
    alone); empty otherwise."""
    node = _inner(el) if descend else el
    if node.tag in _LISTS:
        return []  # (a list's entries are its items: a line of topic links among them too)
    kids = [c for c in node if isinstance(c.tag, str) and c.tag not in NO_TEXT]
    if not 2 <= len(kids) <= _MAX_PARTS:
        return []
    stories: list[etree._Element] = []
    asking = boxed = False
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    for c in kids:
        links = [a for a in c.iter("a") if hrefs[a]]
        if _stories(c, links, hosts, facts):
            stories.append(c)
        elif not asking:
            kind = _widget(c, links, facts)
            asking, boxed = kind is _ASKING, boxed or kind is _BOXED
    # (a box under its heading is a widget beside lists headed too: a heading over the
    # region's one list may open a box of its filters, "Le scan" over "All sports | Football")
    if asking or (boxed and all(_heading(c) is not None or heading_ahead(c) is not None for c in stories)):
        return stories
    return []


def _inner(el: etree._Element) -> etree._Element:
    """Down through wrappers whose one child with content holds all they show."""
    node = el
    for _ in range(_MAX_DEPTH):
        full = [c for c in node if isinstance(c.tag, str) and c.tag not in NO_TEXT and _shows(c)]
        if len(full) != 1 or (node.text and node.text.strip()):
            break
        node = full[0]
    return node


def _shows(el: etree._Element) -> bool:
    """``el`` shows something: text, a link or a control."""
    return bool(norm(text_content(el))) or next(el.iter(*_CONTROLS, "form", "img", "iframe"), None) is not None


def _stories(c: etree._Element, links: list[etree._Element], hosts: frozenset[str],
             facts: dict[etree._Element, LinkFacts]) -> bool:
    """``c`` shows stories of the site: links to article paths shown by an image, or by
    headlines making a fair share of its text (a story link in an appeal's sentence,
    "… <a>subscribe to the paper</a>", is the appeal's button)."""
    chars = 0
    for a in links:
        got = facts.get(a)
        if got is None:
            got = facts[a] = link_facts(a, hosts)
        if got[1] and got[3]:
            return True
        if got[1] and got[4]:
            chars += got[2]
    return chars > 0 and chars >= _MIN_STORY_SHARE * len(norm(text_content(c)))


#: Share of a part's text its story headlines make at least (below: a prompt with a link).
_MIN_STORY_SHARE = 0.2


def _widget(c: etree._Element, links: list[etree._Element], facts: dict[etree._Element, LinkFacts]) -> object:
    """What widget ``c`` (holding no story, ``links`` its links with a target) is:
    ``_ASKING`` (a form, share or follow controls), ``_BOXED`` (a box of links of its own
    under its heading), or None."""
    if any(asks_input(f) for f in c.iter("form")):
        return _ASKING
    social = sum(1 for a in links if share_or_follow(a.get("href") or ""))
    if social >= 2:
        return _ASKING
    if social == 0 and sum(1 for x in c.iter(_CONTROLS) if not x.get("href") and network(x)) >= 2:
        return _ASKING  # share buttons a script drives
    # (links to pages: a carousel's "#" arrows under the block's heading are no box's links)
    pages = sum(1 for a in links if facts.get(a, NO_FACTS)[0] is not None)
    if not (social or pages >= rules.MIN_ARTICLE_LINKS) or any(titled(a) for a in links):
        return None  # (links set as titles: a teaser the list test did not take, no widget)
    return _BOXED if _heading(c) is not None else None


_ASKING = object()
_BOXED = object()


def _heading(c: etree._Element) -> str | None:
    """The heading line ``c`` opens with (through one-child wrappers)."""
    for node in lone_descent(c, _MAX_DEPTH):
        if node.tag in HEADINGS:
            return None  # (a heading alone is the list's title, no box)
        line = lead_heading(node)
        if line is not None:
            return line
    return None
