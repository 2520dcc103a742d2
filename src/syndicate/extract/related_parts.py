"""Related blocks at the size of their widget.

* One region, several blocks: a sidebar column stacking a tabbed "Featured" box and a
  heading-less list of latest stories, or a slider whose panes each carry a heading of
  their own ("Related Stories", "Recommended for you"). A region splits into its parts
  when two or more of its children are related lists on their own
  (``linklists.measure``) and they are not one list cut in columns: either each part has
  a heading of its own (not one list shown twice), or the parts differ in design (tag and
  class, numbers aside) and nothing besides them heads the region.
* One region, its lists under headings standing before each ("<h2>More from Ann Lee</h2>
  <ul>…</ul><h2>Latest News</h2><ul>…</ul>"): one block per list, titled by its heading.
* A block and a widget beside it (a share box, a "Latest tweets" box: ``story_parts``): the
  block stops at what holds its stories, the widget is judged alone. A block found by its
  class or heading that is a side column of widgets (``widget_stack``) keeps its related
  lists only.
* Several blocks, one widget: the panes of a tab widget (tab links to the panes' ``#id``)
  are one block at the widget.
* A band of teaser cards with a share tool under each card: the tools are the cards'
  chrome, so the band is judged whole.
* A box found by its class or heading whose links are all tag names to listing pages is
  a tag list, no related block.
"""

from __future__ import annotations

import re
from itertools import chain
from urllib.parse import unquote

from lxml import etree

from ..model import CallToAction, Related
from . import related
from .chrome import Found
from .chrome_util import NO_TEXT, SHOWN_TEXTS, page_attributes
from .element_hints import HEADINGS
from .linklists import LinkFacts, link_kind, measure, related_heading
from .rules import regions as rules
from .story_parts import story_parts
from .teaser_cards import card_tools
from .title_lines import title_line
from .widget_stack import heading_ahead, lead_heading, widget_stack

#: Wrappers walked down from a related block found by its class to the element whose
#: children are its parts (a section > container > row > list of panes).
_MAX_DEPTH = 6
#: Some text of a subtree outside scripts and styles.
_VISIBLE_TEXT = etree.XPath(
    "boolean(descendant-or-self::text()[normalize-space()][not(ancestor::script or ancestor::style"
    " or ancestor::noscript or ancestor::template)])")


def parts(el: etree._Element, hosts: frozenset[str], facts: dict[etree._Element, LinkFacts],
          descend: bool = False) -> list[etree._Element]:
    """The children of ``el`` that are related blocks of their own when ``el`` is several
    blocks (empty when it is one). ``descend``: look below the wrappers holding all of
    ``el``'s links first (a block found by its class)."""
    node = el
    others = False  # text beside the parts (a heading over all of them)
    if not descend:
        stack = widget_stack(el)  # a side column of widgets is never one block
        if stack:
            return stack
        beside = story_parts(el, hosts, facts)  # (a share box, a follow box beside the list)
        if beside:
            return beside
    if descend:
        total = _links(el)
        for _ in range(_MAX_DEPTH):
            inner = [c for c in node if isinstance(c.tag, str) and _links(c)]
            if len(inner) != 1 or _links(inner[0]) != total:
                break
            others = others or any(_VISIBLE_TEXT(c) for c in node if isinstance(c.tag, str)
                                   and c.tag not in NO_TEXT and c is not inner[0])
            node = inner[0]
    found: list[etree._Element] = []
    headings: set[str] = set()
    headed = 0
    texts: list[etree._Element] = []  # children with text and no list of their own
    for c in node:
        if not isinstance(c.tag, str) or c.tag in NO_TEXT:
            continue
        if _links(c) >= rules.MIN_ARTICLE_LINKS:
            lst = measure(c, hosts, facts)
            if not lst.too_big and lst.articles >= rules.MIN_ARTICLE_LINKS \
                    and lst.is_related(vocabulary=related_heading(lst.heading)):
                found.append(c)
                # (a widget's heading may be a bold line opening it, no <h*>, or a
                # line linking its section: ``title_lines``)
                heading = lst.heading or lead_heading(c) or title_line(c, hosts)
                if heading is not None:
                    headings.add(heading.casefold())
                    headed += 1
                continue
        if _links(c) < rules.MIN_ARTICLE_LINKS:
            texts.append(c)  # (a heading, with a "View all" link or not, if it shows text)
    if len(found) < 2:
        return []
    # A box built like the parts (a class name they all share: "box", "widget") is one more
    # box of the stack (its list filled by a script, a text widget), no heading over them.
    others = others or any(not _same_kind(t, found) and _VISIBLE_TEXT(t) for t in texts)
    if len(headings) == len(found):
        return found  # each part headed, each heading its own (not one list shown twice)
    if len({h.casefold() for c in found if (h := heading_ahead(c))}) == len(found):
        return found  # a heading before each part, each its own ("<h2>…</h2><ul>", twice)
    if not others and len(headings) == headed and len({_design(c) for c in found}) == len(found):
        return found
    return []


def _same_kind(el: etree._Element, parts: list[etree._Element]) -> bool:
    """``el`` is a box of its own (a list or form in it, or text besides a heading) sharing a
    class name with each of ``parts``."""
    if el.tag in HEADINGS:
        return False
    names = set((el.get("class") or "").split())
    return bool(names) and all(names & set((p.get("class") or "").split()) for p in parts) and (
        _BOX_PART(el) or _beyond_headings(el))


def _beyond_headings(el: etree._Element) -> bool:
    """``el`` has visible text besides its headings (a line, a "Listen" link, a schedule)."""
    heads = sum(len("".join(h.itertext()).strip()) for h in el.iter(*HEADINGS))
    return len("".join(t.strip() for t in SHOWN_TEXTS(el))) > heads


#: What makes a box of a stack more than a heading: a list (empty until a script fills it) or a form.
_BOX_PART = etree.XPath("boolean(.//ul | .//ol | .//form)")


def _design(el: etree._Element) -> tuple[str, str]:
    """Tag and class, numbers left out ("card-list-1", "card-list-2": one design)."""
    return el.tag, _DIGITS.sub("", el.get("class") or "")


_DIGITS = re.compile(r"\d+")


def _links(el: etree._Element) -> int:
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    return sum(1 for a in el.iter("a") if hrefs[a])


#: Levels climbed from a related block to its tab pane (an element with an id) and from the
#: pane to the widget holding the tab links.
_PANE_CLIMB = 2
_TABS_CLIMB = 3


def tab_widget(el: etree._Element, stop: set[etree._Element],
               controls: TabControls | None = None) -> etree._Element | None:
    """The tab widget ``el`` is a pane of ("Latest | Most Read" over one pane each): the
    nearest ancestor holding a link to the pane's ``#id`` (or a control naming it in
    ``aria-controls``) outside the pane, with the heading standing alone above it. None
    when ``el`` is no tab pane. ``stop``: elements never taken (the body's ancestors).
    ``controls``: ``tab_controls`` of the page, when the caller asks of several panes."""
    found = _tab_pane(el, stop)
    if found is None:
        return None
    pane, pid = found
    # (the page's controls naming the pane, found in one scan: an ancestor holds one when it
    # is above one; each ancestor's own scan for them read its whole subtree again)
    if controls is None:
        controls = tab_controls(pane)
    targets = controls[0].get("#" + pid, []) + controls[1].get(pid, [])
    if not targets:
        return None
    holders = set(chain.from_iterable(t.iterancestors() for t in targets))
    node = pane.getparent()
    for _ in range(_TABS_CLIMB):
        if node is None or node in stop or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            return None
        if node in holders:
            parent = node.getparent()
            if parent is not None and parent not in stop and _heading_and(parent, node):
                return parent
            return node
        node = node.getparent()
    return None


def _tab_pane(el: etree._Element, stop: set[etree._Element]) -> tuple[etree._Element, str] | None:
    """(pane, its id): ``el`` or an ancestor (``_PANE_CLIMB`` levels up) with an id."""
    pane: etree._Element | None = el
    for _ in range(_PANE_CLIMB + 1):
        if pane is None or pane in stop:
            return None
        pid = pane.get("id")
        if pid:
            return pane, pid
        pane = pane.getparent()
    return None


def tab_controls(el: etree._Element) -> TabControls:
    """The elements of ``el``'s page that may open a tab pane: the links to an in-page
    ``#id`` by their ``href``, and the elements with an ``aria-controls`` by its value."""
    links: dict[str, list[etree._Element]] = {}
    named: dict[str, list[etree._Element]] = {}
    hrefs = page_attributes().hrefs  # (the page's links and targets, document order: no XPath walk)
    if hrefs:
        for a, href in hrefs.items():
            if href and href[0] == "#":
                links.setdefault(href, []).append(a)
    else:  # (outside a page's reading, or a page without links)
        # (the attributes selected, not the elements by a predicate on each: a third of the cost)
        for href in _TAB_LINKS(el):
            links.setdefault(str(href), []).append(href.getparent())
    for pid in _TAB_NAMES(el):
        named.setdefault(str(pid), []).append(pid.getparent())
    return links, named


#: ``tab_controls``: (links by their "#id" target, elements by their ``aria-controls``).
TabControls = tuple[dict[str, list[etree._Element]], dict[str, list[etree._Element]]]
_TAB_LINKS = etree.XPath("//a/@href[starts-with(., '#')]")
_TAB_NAMES = etree.XPath("//@aria-controls")


def _heading_and(parent: etree._Element, el: etree._Element) -> bool:
    """``parent`` holds a heading and ``el`` only (a titled box around the widget)."""
    kids = [c for c in parent if isinstance(c.tag, str) and c.tag not in NO_TEXT]
    return len(kids) == 2 and kids[1] is el and (kids[0].tag in HEADINGS or (
        len(kids[0]) == 0 and len((kids[0].text or "").split()) <= rules.MAX_HEADING_WORDS))


def without_card_tools(found: list[Found], hosts: frozenset[str]) -> list[Found]:
    """Share bars of one design repeated in each card of a teaser band are the cards'
    chrome (``teaser_cards.card_tools``, each card's story an article of the site): dropped,
    so the band is judged as a whole."""
    groups: dict[tuple[str, str | None], list[Found]] = {}
    for f in found:
        if isinstance(f.item, CallToAction) and f.item.kind in ("share", "follow"):
            groups.setdefault((f.element.tag, f.element.get("class")), []).append(f)
    drop: set[int] = set()
    for group in groups.values():
        if len(group) >= rules.MAX_REPEATED_CTA and len(card_tools(group, hosts)) == len(group):
            drop.update(id(f) for f in group)
    return [f for f in found if id(f) not in drop] if drop else found


def split_related(found: list[Found], hosts: frozenset[str], base: str | None,
                  facts: dict[etree._Element, LinkFacts] | None = None) -> list[Found]:
    """A related block found by its class that holds several headed or different lists
    (a slider's "Related" and "Recommended" panes): one block per list. ``facts``: the
    page's memo of ``linklists.link_facts`` for ``hosts``, when the caller keeps one (the
    region walk measures the same links again)."""
    out: list[Found] = []
    if facts is None:
        facts = {}
    for f in found:
        if isinstance(f.item, Related) and f.item.provider is None and _labels_only(f.item, hosts):
            continue  # a "related topics" box of tag links is no related block
        if isinstance(f.item, Related) and f.item.provider is None and f.report is None \
                and len(f.item.items) >= 2 * rules.MIN_ARTICLE_LINKS:
            split = parts(f.element, hosts, facts, descend=True) or _stacked(f.element, hosts, facts)
            if split:
                out.extend(Found(el, _part_block(el, base)) for el in split)
                continue
        if isinstance(f.item, Related) and f.item.provider is None and f.report is None:
            inner = _without_widgets(f, hosts, facts, base)
            if inner is not None:
                out.extend(inner)
                continue
        out.append(f)
    return out


def _without_widgets(f: Found, hosts: frozenset[str], facts: dict[etree._Element, LinkFacts],
                     base: str | None) -> list[Found] | None:
    """A related block found by its class or heading holding a widget beside its stories
    (``story_parts``): the block is the one part holding the stories, or each part that is a
    related list of its own; the widget is left to the region walk. None when the block
    holds no widget (or no part shows several stories)."""
    stories = story_parts(f.element, hosts, facts, descend=True)
    if len(stories) == 1:
        rel = related.build_related(stories[0], base)
        if rel.title is None:
            rel.title = f.item.title  # type: ignore[union-attr]  (the heading over both)
        return [Found(stories[0], rel)] if rel.items else None
    # (else the parts showing several stories: the class named the block, a list's author
    # links may hide it from the list test)
    lists = [c for c in stories if _related_list(c, hosts, facts)] or [
        c for c in stories if measure(c, hosts, facts).articles >= rules.MIN_ARTICLE_LINKS]
    return [Found(c, related.build_related(c, base)) for c in lists] or None


def _related_list(el: etree._Element, hosts: frozenset[str], facts: dict[etree._Element, LinkFacts]) -> bool:
    """``el`` is a related list on its own (its heading, or the one before it, may say so)."""
    lst = measure(el, hosts, facts)
    heading = lst.heading or lead_heading(el) or heading_ahead(el)
    return not lst.too_big and lst.is_related(vocabulary=related_heading(heading))


def _part_block(el: etree._Element, base: str | None) -> Related:
    """The related block of one part, titled by the heading standing before it when it holds
    none ("More from <a>Ann Lee</a>" over her list)."""
    rel = related.build_related(el, base)
    if rel.title is None:
        rel.title = heading_ahead(el)
    return rel


def _stacked(el: etree._Element, hosts: frozenset[str], facts: dict[etree._Element, LinkFacts]) -> list[etree._Element]:
    """The related lists among the widgets of a side column found as one block by its class
    or a heading (``widget_stack``): the other widgets (a promo card, a course menu) are
    left to the region walk, each judged alone. Empty when ``el`` is no stack or none of its
    widgets is a related list."""
    return [box for box in widget_stack(el) if _related_list(box, hosts, facts)]


def _labels_only(item: Related, hosts: frozenset[str]) -> bool:
    """Every item of a related block found by its class or heading is a tag name ("China",
    "Airbus Group SE") linking a listing page, not an article: a tag/category/search path,
    a path ending in the tag's own name ("/latest/china"), or a query without an item id
    ("/quotes?symbol=AIR")."""
    if item.sponsored or not item.items:
        return False
    return all(i.title and len(i.title.split()) <= rules.TAG_LABEL_WORDS and i.image is None
               and not link_kind(i.url, hosts)[1] and _listing(i.url, i.title) for i in item.items)


def _listing(url: str, title: str) -> bool:
    """``url`` reads like the listing page of the tag ``title``."""
    rest = url.split("//", 1)[-1]
    path, _, query = rest.partition("/")[2].partition("#")[0].partition("?")
    segments = [s for s in path.lower().split("/") if s]
    if query and not _ITEM_ID.search(query):
        return True  # a query naming the tag, not an item's id ("?vid=565167712")
    if any(s in rules.NON_ARTICLE_PATH_WORDS for s in segments):
        return True
    slug = _NON_WORD.sub("-", title.lower()).strip("-")
    return bool(segments) and bool(slug) and _NON_WORD.sub("-", unquote(segments[-1])).strip("-") == slug


_NON_WORD = re.compile(r"[\W_]+")
_ITEM_ID = re.compile(r"\d{4,}")


def tabs_merged(found: list[Found], stop: set[etree._Element], base: str | None) -> list[Found]:
    """Related blocks that are two or more panes of one tab widget ("Latest | Most Read"):
    one block at the widget (``tab_widget``), when nothing else was found
    inside it (a "Related" pane beside "Figures" and "References" panes stays alone)."""
    widgets: dict[etree._Element, list[Found]] = {}
    controls: TabControls | None = None  # (read once, at the first pane)
    for f in found:
        if isinstance(f.item, Related) and f.item.provider is None:
            if controls is None:
                if _tab_pane(f.element, stop) is None:
                    continue  # (no pane: the page's controls are not read for it)
                controls = tab_controls(f.element)
            w = tab_widget(f.element, stop, controls)
            if w is not None:
                widgets.setdefault(w, []).append(f)
    if not widgets:
        return found
    inside: dict[etree._Element, etree._Element] = {}
    for f in found:
        for anc in f.element.iterancestors():
            if anc in widgets:
                inside[f.element] = anc
    merged: set[etree._Element] = set()
    for w, panes in widgets.items():
        members = [f for f in found if inside.get(f.element) is w]
        if len(panes) >= 2 and all(isinstance(f.item, Related) for f in members) and len(members) == len(panes):
            merged.add(w)
    if not merged:
        return found
    out = [f for f in found if inside.get(f.element) not in merged]
    out.extend(Found(w, related.build_related(w, base)) for w in merged)
    return out
