"""A box of story cards counted per card, not per link (``region_judge``'s related test).

A card feed ("Latest Articles": one card per story, each with its section, its author, a tag
or a picture credit beside the story link) holds more meta links than stories, so a count of
article links among all its links finds no list of articles in it. Counted per card it is
one: a card is one story when its title link (the one in its heading element, else its
longest headline to an article, else its longest text) goes to an article; the card's other
links do not count against the share. A box of one such card under a related heading is a
related block of one item.

Guards: a card holding a price, a button or a form is a product or a widget; a card linking
a second story by a headline is a list of its own; a menu of section pages, an author list,
a tag cloud or a pager has no card whose title link goes to an article; the rows of a table
or grid are data.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from operator import itemgetter

from lxml import etree

from ..model import RelatedItem
from ..sanitize import safe_url
from .chrome_util import NO_TEXT, norm, text_content
from .element_hints import HEADINGS
from .linklists import (
    LinkFacts,
    LinkList,
    larger_than,
    link_facts,
    link_kind,
    related_heading,
    site_page,
)
from .rules import card_feeds as rules
from .rules import regions as region_rules

#: The cards of a box: (the cards, other linked children beside them, the box's first line).
Cards = tuple[list[etree._Element], int, str | None]
#: A card feed: its links counted per card, and each card's title link.
Feed = tuple[LinkList, list[etree._Element]]


def card_feed(el: etree._Element, lst: LinkList, heading: str | None, hosts: frozenset[str],
              facts: dict[etree._Element, LinkFacts], links: Counter[etree._Element],
              actions: set[etree._Element], title: etree._Element | None = None) -> Feed | None:
    """``lst`` counted per card when ``el`` is a box of story cards that is a related block
    so counted (its ``heading`` set to the box's first line when that names the box), and
    the cards' title links; None otherwise. ``heading``: the box's heading as found so far;
    ``links``: the links below each element; ``actions``: the elements holding a form or a
    button; ``title``: the box's title line, when a link in it names the box (no card)."""
    pages = _page_stories(el, lst, hosts)
    if pages:
        lst = replace(lst, articles=lst.articles + len(pages))
    if _hopeless(lst, heading):
        return None
    found = _cards(el, links, heading is None, title)
    if found is None:
        return None
    cards, others, line = found
    if any(links[card] > rules.MAX_CARD_LINKS for card in cards):
        return None  # (a list of its own, no card: read no further)
    named = heading or line
    if named and len(cards) > 1 and named in norm(text_content(cards[0])):
        named = None  # (the first card's own heading: a footer column's "Learn", no box heading)
    vocabulary = related_heading(named)
    if len(cards) == 1 and not vocabulary:
        return None  # (one card is a block only under a related heading)
    # (at most one story per article link: a box that fails even so is read no further)
    most = min(lst.articles, len(cards))
    if len(cards) > 1 and not replace(lst, articles=most, urls=len(cards) + others, labels=0,
                                      titled=max(lst.titled, most)).is_related(vocabulary=vocabulary):
        return None
    stories: set[str] = set()  # (the stories' URL keys: two cards of one story are one)
    titles: list[etree._Element] = []  # (each card's title link, a story's or not: the items)
    for card in cards:
        story = _story(card, hosts, facts, actions, len(cards) == 1, pages)
        if story is None:
            return None  # (no story card: a product, a widget, a list of its own)
        if story[0]:
            stories.add(story[0])
        titles.append(story[1])
    if not _story_cards(cards):
        return None
    own = line if lst.heading is None and heading is None else lst.heading
    if len(cards) == 1:
        text = norm(text_content(cards[0]))
        # (the heading above the card, not its own headline; no page title in it: a header)
        if not stories or len(text) > rules.MAX_ONE_CARD_TEXT or (named and named in text) \
                or next(cards[0].iter("h1"), None) is not None:
            return None
        return replace(lst, articles=1, urls=1, labels=0, titled=1, heading=own), titles
    # (each card one unit, its meta links in it; its title a teaser's, a blurb beside it is fine)
    # (under a related heading each story card is a teaser; else only those that read as one,
    # counted per card: titles inside one card, a "Top" list's, make no teasers of the box)
    teasers = max(lst.titled, len(stories)) if vocabulary else _teaser_cards(cards, titles)
    out = replace(lst, articles=len(stories), urls=len(cards) + others, labels=0, titled=teasers, heading=own)
    return (out, titles) if out.is_related(vocabulary=vocabulary) else None


def _teaser_cards(cards: list[etree._Element], titles: list[etree._Element]) -> int:
    """How many of ``cards`` read as story teasers (``titles``: each card's title link): a
    card showing more than its title link (a picture, a blurb, a date), the link standing
    as a line of its own (no link in a sentence: a list of terms and their definitions, a
    form's consent line), under a story's headline no other card shows. The title link's
    text is that headline unless another card's link says the same ("Read more", a fixture
    list's home team): then the card's heading is, and a card with none has no headline."""
    shown: list[tuple[etree._Element, str]] = []
    for card, a in zip(cards, titles, strict=True):
        title = norm(text_content(a))
        if (len(norm(text_content(card))) > len(title) or next(card.iter("img", "picture"), None) is not None) \
                and not _in_sentence(a):
            shown.append((card, title.casefold()))
    repeated = Counter(title for _, title in shown)
    headlines: set[str] = set()
    for card, title in shown:
        if repeated[title] > 1:
            head = next(card.iter(*HEADINGS), None)
            title = norm(text_content(head)).casefold() if head is not None else ""
        if len(title.split()) >= rules.MIN_TEASER_TITLE_WORDS:
            headlines.add(title)
    return len(headlines)


def _in_sentence(a: etree._Element) -> bool:
    """``a`` (or the inline element wrapping it alone: ``<strong><a>``) is part of a line of
    text: text stands beside it in its parent."""
    node = a
    parent = node.getparent()
    while parent is not None and parent.tag in _INLINE and len(parent) == 1 and not (parent.text or "").strip():
        node, parent = parent, parent.getparent()
    if parent is None:
        return False
    if (parent.text or "").strip():
        return True
    return any((c.tail or "").strip() for c in parent)


#: Inline elements a title link may sit in alone.
_INLINE = frozenset({"strong", "b", "em", "i", "span", "u"})


def _story_cards(cards: list[etree._Element]) -> bool:
    """No card shows a long text (a column of its own) or a price (a product), read last:
    once the box is found a feed by its links."""
    for card in cards:
        text = text_content(card)
        # (a template's indentation is no text: counted only when the raw length is over)
        if (len(text) > rules.MAX_CARD_CHARS and len(norm(text)) > rules.MAX_CARD_CHARS) or rules.PRICE.search(text):
            return False
    return True


def story_items(items: list[RelatedItem], titles: list[etree._Element], base: str | None) -> list[RelatedItem]:
    """The items of a card feed that its cards' ``titles`` link (a card's section, author
    and picture credit links are no items); all ``items`` when none is."""
    urls = {safe_url(a.get("href"), base) for a in titles}
    return [i for i in items if i.url in urls] or items


def _hopeless(lst: LinkList, heading: str | None) -> bool:
    """No count per card makes ``el`` a related block (read before its cards are looked
    for): several blocks, too few stories or too little link text even if every article
    link were a card's story, and too much text for one card."""
    if lst.sections > 1:
        return True
    # (a heading line inside the box may yet be in the related vocabulary)
    vocabulary = heading is None or related_heading(heading)
    if vocabulary and lst.links <= rules.MAX_CARD_LINKS \
            and lst.chars <= rules.MAX_ONE_CARD_TEXT + 2 * rules.MAX_HEADING_LINE_CHARS:
        return False  # (maybe one card under a related heading)
    return not replace(lst, urls=lst.articles, labels=0, titled=max(lst.titled, lst.articles)).is_related(
        vocabulary=vocabulary)


def _cards(el: etree._Element, links: Counter[etree._Element], want_line: bool,
           title: etree._Element | None = None) -> Cards | None:
    """The cards of ``el``: down through the wrappers holding all its links to 2+ linked
    children of one shape (with at most ``rules.MAX_OTHERS`` others), or to one element of
    several linked parts (one card). Its first line (``want_line``: the box has no heading
    yet): the one short text before the links on the way down (a card's own kicker aside)."""
    node, lines, last = el, 0, None
    line: str | None = None
    for _ in range(rules.MAX_DEPTH):
        linked = [c for c in node.iterchildren(etree.Element) if c in links and c is not title]
        if not linked:
            return None
        level: list[tuple[etree._Element, str | None]] = []
        if want_line and lines < 2 and node[0] is not linked[0]:
            for c in node.iterchildren(etree.Element):
                if c is linked[0] or lines + len(level) >= 2:
                    break
                if c.tag in NO_TEXT:
                    continue
                # (a large element is no heading line: counted, its text not read)
                if larger_than(c, rules.MAX_LINE_NODES):
                    level.append((c, None))
                elif text := norm(text_content(c)):
                    level.append((c, text))
        if len(linked) == 1 and linked[0].tag != "a":
            lines += len(level)
            if level:
                last = level[0]
            node = linked[0]
            continue
        shapes: dict[tuple[str, str], int] = {}
        for c in linked:
            key = _shape(c)
            shapes[key] = shapes.get(key, 0) + 1
        shape, n = max(shapes.items(), key=itemgetter(1))
        if n >= 2 and len(linked) - n <= rules.MAX_OTHERS:
            if shape[0] in rules.ROW_TAGS or linked[0].get("role") in rules.ROW_ROLES:
                return None  # rows of a table or grid (a repository's files): data, no cards
            lines += len(level)
            if level:
                last = level[0]
            cards = [c for c in linked if _shape(c) == shape]
            others = len(linked) - n
        elif node is el:
            return None  # (a box of parts unlike each other: no card under a heading)
        else:
            cards, others = [node], 0  # one card (its kicker no heading of the box)
        if lines == 1 and last is not None:
            line = _heading_line(*last)
        return cards, others, line
    return None


def _in_heading(a: etree._Element) -> bool:
    """``a`` is in a heading element (at most ``TITLE_CLIMB`` levels above it)."""
    node: etree._Element | None = a
    for _ in range(region_rules.TITLE_CLIMB + 1):
        if node is None:
            return False
        if node.tag in HEADINGS:
            return True
        node = node.getparent()
    return False


#: Blocks inside a link that make it a whole card, no headline (``_page_stories``).
_BLOCKS = ("div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul")


def _heading_line(el: etree._Element, text: str | None) -> str | None:
    """``text`` when ``el`` is a short styled line that can head a box."""
    if text is None or el.tag not in rules.HEADING_LINE_TAGS or len(text) > rules.MAX_HEADING_LINE_CHARS \
            or len(text.split()) > region_rules.MAX_HEADING_WORDS:
        return None
    return text


def _shape(el: etree._Element) -> tuple[str, str]:
    """A card's shape: its tag and first class name, numbers aside (``post-123``)."""
    cls = el.get("class")
    first = cls.split()[0] if cls and cls.strip() else ""
    return el.tag, first.rstrip("0123456789-_")


def _page_stories(el: etree._Element, lst: LinkList, hosts: frozenset[str]) -> frozenset[str]:
    """The URL keys of ``el``'s links that name a story by a headline though their path is
    no article's (``/militaerserien/``): a page of the site, no listing, its link text a
    headline of more than ``TITLE_WORDS + 1`` words and no whole card. Read only for a box
    whose links are not all article links and long on average (a menu's are short)."""
    if lst.too_big or lst.articles >= lst.urls or lst.link_chars < region_rules.TITLE_CHARS * lst.links:
        return frozenset()
    out = set()
    for a in el.iter("a"):
        href = a.get("href")
        text = text_content(a)
        if not href or len(text.split()) <= region_rules.TITLE_WORDS + 1 or len(text) > rules.MAX_PAGE_HEADLINE_CHARS \
                or next(a.iter(*_BLOCKS), None) is not None:
            continue  # (a name, or a whole card in the link: a product's or a section's teaser)
        key, article = link_kind(href, hosts)
        if key is not None and not article and site_page(href, hosts):
            out.add(key)
    return frozenset(out)


def _story(card: etree._Element, hosts: frozenset[str], facts: dict[etree._Element, LinkFacts],
           actions: set[etree._Element], alone: bool,
           pages: frozenset[str] = frozenset()) -> tuple[str, etree._Element] | None:
    """``card``'s title link and its URL key when it goes to an article (an empty key when
    not); None when ``card`` is no story card (a button or a form in it, a second headline
    story, a title that is one entry of a list in it). ``alone``: the box's one card, whose
    title must be set as one or read as a headline of ``TITLE_WORDS + 1`` words ("Download
    citation" is none)."""
    if card in actions:
        return None
    anchors = [a for a in card.iter("a") if a.get("href")]
    if not anchors:
        return None
    title: LinkFacts | None = None
    longest: LinkFacts | None = None
    longest_a = title_a = anchors[0]
    got: list[tuple[etree._Element, LinkFacts]] = []
    for a in anchors:
        f = facts.get(a)
        if f is None:
            f = facts[a] = link_facts(a, hosts)
        if f[0] is None:
            continue
        got.append((a, f))
        # (an article link's title flag is read already; another link's heading tag only)
        if f[2] and title is None and (f[5] if f[1] else _in_heading(a)):
            title, title_a = f, a
        if longest is None or (f[1] and f[4], f[2]) > (longest[1] and longest[4], longest[2]):
            longest, longest_a = f, a  # (a headline to an article before a longer section name)
    best = title or longest
    if best is None or not best[2]:
        return None
    entry = (title_a if title is not None else longest_a).getparent()
    if entry is not None and entry is not card and entry.tag == "li" and (
            entry.getprevious() is not None or entry.getnext() is not None):
        return None  # (its title one entry of a list in it: a menu column, no card)
    if alone and title is None \
            and len(text_content(longest_a).split()) <= region_rules.TITLE_WORDS:
        return "", longest_a
    for a, f in got:
        if f[1] and f[4] and f[0] != best[0] and f[2] >= region_rules.TITLE_CHARS \
                and len(text_content(a).split()) > region_rules.TITLE_WORDS:
            return None  # another story's headline: a list, no card ("Lesezeichen erstellen" is none)
    best_a = title_a if title is not None else longest_a
    if best[0] in pages:
        return best[0], best_a  # (a story named by its headline: ``_page_stories``)
    return (best[0] if best[1] and (best[3] or best[4]) else ""), best_a  # (an article by a headline or a picture)
