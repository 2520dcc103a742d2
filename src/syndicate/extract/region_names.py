"""What a region of the page is named and where it stands, read from its own markup: the page
area (a menu, a page edge, open page) its class/id words put it in, media and not-related
names, a header-menu "Contact" button, previous/next post links, the short heading just
before a list. Used by the region pass (``regions.py``) and its related-block steps.
"""

from __future__ import annotations

import re

from lxml import etree

from ..memo import memo
from ..model import CallToAction
from .chrome import Found
from .chrome_util import (
    class_or_id_named,
    href_links,
    norm,
    page_attributes,
    previous_element,
    shown_text,
    tag_of,
    text_content,
    words,
)
from .cta_boxes import bare
from .element_hints import HEADINGS
from .linklists import below_page, index_above, link_kind, on_site
from .region_widgets import NEVER
from .rules import regions as rules
from .rules.chrome_patterns import literal_search

#: Where a region stands: open page, a page header/footer (related lists need a related
#: heading there), a menu (no related lists at all).
OPEN, EDGE, MENU = 0, 1, 2


def area_of(el: etree._Element, tag: str) -> int:
    if tag == "nav" or (tag in _LIST_TAGS and (el.get("role") or "").lower() in rules.BAR_ROLES):
        return MENU  # (a list that is the page's menu bar: its entries' panels are the menu's)
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    cls, eid = page.classes[el], page.ids[el]
    if cls or eid:
        # (the words of the class and of the id, looked up apart: ids are mostly unique)
        menu, edge, own = _area_words(cls) if cls else _NO_AREA_WORDS
        if eid:
            id_menu, id_edge, id_own = _area_words(eid)
            menu, edge, own = menu or id_menu, edge or id_edge, own or id_own
        if menu:
            return MENU
        if edge and not own:
            return EDGE
    if tag in ("header", "footer"):
        parent = el.getparent()
        return OPEN if parent is not None and tag_of(parent) == "article" else EDGE
    return OPEN


_LIST_TAGS = frozenset({"ul", "ol", "menu"})
_NO_AREA_WORDS = (False, False, False)
_AREA_WORDS = literal_search(sorted(rules.MENU_WORDS | rules.EDGE_WORDS | rules.OWN_PART_WORDS))


@memo(16384)
def _area_words(value: str) -> tuple[bool, bool, bool]:
    """Whether a word of a class/id value's names is a menu word, a page-edge word, an own-part
    word (``rules``). A word is a piece of the lower-cased value: a value holding none of
    the words as text is ruled out by one search."""
    if _AREA_WORDS.search(value.lower()) is None:
        return _NO_AREA_WORDS
    ws = {w for n in value.split() for w in words(n)}
    return bool(ws & rules.MENU_WORDS), bool(ws & rules.EDGE_WORDS), bool(ws & rules.OWN_PART_WORDS)


def is_media(el: etree._Element) -> bool:
    """A video/media embed or a button: no story card."""
    return plays_media(el) or media_named(el)


def plays_media(el: etree._Element) -> bool:
    """``el`` holds a player (a video, an embedded frame)."""
    return next(el.iterdescendants("video", "iframe"), None) is not None


def media_named(el: etree._Element) -> bool:
    """``el``'s class or id names a media embed, a button or an author box."""
    return class_or_id_named(el, rules.MEDIA_WORDS)


def player_named(el: etree._Element) -> bool:
    """``el``'s class or id names a player, a button or an author box: a media name other
    than a bare "embed" (an embedded story teaser is called so too)."""
    return class_or_id_named(el, rules.PLAYER_WORDS)


_NOT_RELATED_BUT_PAGER = rules.NOT_RELATED_WORDS - rules.PAGER_WORDS


def not_related_class(el: etree._Element) -> bool:
    """Tag, topic and breadcrumb lists are no related blocks."""
    return class_or_id_named(el, rules.NOT_RELATED_WORDS)


def nav_contact(f: Found) -> bool:
    """A bare "Contact us" button the chrome pass found by its text in a page header,
    footer or menu: navigation (``rules.NAV_CTA_KINDS``)."""
    item = f.item
    if not isinstance(item, CallToAction) or item.kind not in rules.NAV_CTA_KINDS or not bare(f.element):
        return False
    for anc in f.element.iterancestors():
        tag = tag_of(anc)
        if tag in NEVER:
            return False
        if area_of(anc, tag) != OPEN:
            return True
    return False




def post_pager(el: etree._Element) -> bool:
    """Named a pager ("pagination") and nothing else of ``not_related_class``: a post's
    previous/next links may be one."""
    return class_or_id_named(el, rules.PAGER_WORDS) and not class_or_id_named(el, _NOT_RELATED_BUT_PAGER)


def prev_next(el: etree._Element, hosts: frozenset[str] | None = None, base: str | None = None,
              marks: dict[etree._Element, bool] | None = None) -> bool:
    """Previous/next post links: 1-3 links marked rel=prev/next or by prev/next words.

    Every link marked: two of them, or any number in a region named a post navigation.
    With ``hosts`` (the site's), also a small region whose marked links (one at least) go
    to pages of the site, one unmarked link beside them at most (an index between the
    two: "Previous | Fiction Index | Next"): the first or last post has one neighbour, and
    a disabled "Previous" button is no link. ``marks``: a page's memo of the links read
    (each wrapper around the same links asks again)."""
    links = href_links(el, 4)
    if not 1 <= len(links) <= 3:
        return False
    named = _named_post_nav(el)
    if hosts is None and not named and len(links) != 2:
        return False  # (the answer below needs one or the other: no link read)
    marked = []
    for i, a in enumerate(links):  # (without ``hosts``, each link marked: the first unmarked
        # one ends it; with them, the second)
        if marks is None:
            mark = marked_link(a)
        elif (mark := marks.get(a)) is None:
            mark = marks[a] = marked_link(a)
        if mark:
            marked.append(a)
        elif hosts is None or i > len(marked) or _number(a):
            return False
    if len(marked) == len(links) and (named or len(links) == 2):
        return True
    if hosts is None or not marked or len(links) - len(marked) > 1:
        return False
    # (a neighbour is a post of the site, not an index above the page: "All articles" in a
    # class named prev; and the region no more than its links)
    return all(neighbour_target(a, hosts, base) for a in marked) \
        and len(norm(el.text_content())) <= rules.MAX_POST_NAV_CHARS


def neighbour_target(a: etree._Element, hosts: frozenset[str], base: str | None) -> bool:
    """A marked link leads to a neighbour post: an article of the site (not an index above
    the page), or another page of the site the link names by a headline when ``rel`` or its
    ``aria-label`` marks it ("20345: TROPICS Mission Animations" to "/20345": a numeric
    permalink is no article path; a listing's "Older posts" names none)."""
    href = a.get("href") or ""
    key, article = link_kind(href, hosts)
    if key is None or index_above(href, base):
        return False
    if article and _LETTERS.search(key.partition("/")[2].partition("?")[0]):
        return True
    # (a path of numbers alone: a post's id, or a month's archive "« Nov" in a calendar; the
    # link marked for machines, rel or aria-label, a class word is not enough)
    return titled_link(a) and _marked_for_machines(a) and internal_page(key, hosts) and not below_page(href, base)


def _marked_for_machines(a: etree._Element) -> bool:
    """``rel="prev"``/``"next"`` or an ``aria-label`` saying previous/next on the link."""
    rel = a.get("rel")
    return bool(rel) and rel.lower() in ("prev", "next") or _says_prev_next(a.get("aria-label") or "")


def titled_link(a: etree._Element) -> bool:
    """The link's text names a page: ``rules.TITLE_WORDS`` words or more besides the
    previous/next words and arrows around them ("← Aachen 1933 – 1945")."""
    title = [w for w in norm(text_content(a)).lower().split()
             if w.strip(_ARROWS) and w.strip(_ARROWS + ":") not in rules.PREV_NEXT_WORDS]
    return len(title) >= rules.TITLE_WORDS


_LETTERS = re.compile(r"[^\W\d_]")
#: Arrow glyphs and separators around a previous/next link's words.
_ARROWS = "«»‹›←→<>|·–—-"


def internal_page(key: str, hosts: frozenset[str]) -> bool:
    """A ``link_kind`` key (host and path) into the site, to a page with a path."""
    host, slash, path = key.partition("/")
    host = host[4:] if host.startswith("www.") else host
    return bool(slash and path.strip("/")) and (not host or on_site(host, hosts))


def one_neighbour(el: etree._Element, hosts: frozenset[str], base: str | None,
                  memo: dict[etree._Element, tuple[bool, bool]]) -> bool:
    """``prev_next`` of a region holding one link, asked of each wrapper around the same
    link: the link's answers (marked; to an article of the site, not an index above the
    page) are read once per page (``memo``), the region's size only when it is yes."""
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    a = next((x for x in el.iter("a") if hrefs[x]), None)
    if a is None:
        return False
    got = memo.get(a)
    if got is None:
        # (the rare answer first: most links are marked by nothing, their target never read)
        if not marked_link(a):
            got = memo[a] = (False, False)
        else:
            # (not the page itself or an index above it, nor its own page 2 below it)
            got = memo[a] = (neighbour_target(a, hosts, base) and not below_page(a.get("href") or "", base), True)
    article, marked = got
    if not marked:
        return False
    # (not to an article: in a region named a post navigation, any page of the site)
    return (article or _named_post_nav(el)) and len(norm(el.text_content())) <= rules.MAX_POST_NAV_CHARS


def _named_post_nav(el: etree._Element) -> bool:
    """``el``'s class or id names a post navigation ("post-navigation")."""
    page = page_attributes()  # (the page's names: a look-up, no copy out of lxml)
    hint = f"{page.classes[el] or ''} {page.ids[el] or ''}"
    if _POST_NAV_HINT(hint.lower()) is None:
        return False  # (no word of ``rules.POST_NAV_WORDS`` can be in it: most regions)
    return any("-".join(words(n)) in rules.POST_NAV_WORDS for n in hint.split())


#: The last word of each ``rules.POST_NAV_WORDS`` entry: a name matching one holds it as text.
_POST_NAV_HINT = literal_search(sorted({w.rsplit("-", 1)[-1] for w in rules.POST_NAV_WORDS})).search


def marked_link(a: etree._Element) -> bool:
    """A link marked as the previous/next post: rel, a prev/next word in its or its
    parent's class/id, or a short text saying it ("Prev Post", "Siguiente")."""
    rel = a.get("rel")
    if rel and rel.lower() in ("prev", "next"):
        return True
    parent = a.getparent()
    text = text_content(a)
    label = a.get("aria-label") or ""  # (what a screen reader says: "Previous page" over a headline)
    # (each test below needs a prev/next word as text in the names or the text: one search
    # over them all rules out most links; the names read from the page's, no copy out of lxml)
    page = page_attributes()
    classes, ids = page.classes, page.ids
    names = f"{classes[a] or ''} {ids[a] or ''} {label} {text}" if parent is None else \
        f"{classes[a] or ''} {ids[a] or ''} {classes[parent] or ''} {ids[parent] or ''} {label} {text}"
    if _PREV_NEXT_TEXT(names.lower()) is None:
        return False
    if class_or_id_named(a, rules.PREV_NEXT_WORDS):
        return True
    if parent is not None and class_or_id_named(parent, rules.PREV_NEXT_WORDS) and _alone_in(a, parent):
        return True  # (a box around this link alone: ``<li class="pager-prev">``; not ``div#__next``)
    return _says_prev_next(text) or bool(label) and _says_prev_next(label)


def _alone_in(a: etree._Element, parent: etree._Element) -> bool:
    """``a`` is the only link with a target in ``parent``."""
    return next((x for x in parent.iter("a") if x is not a and x.get("href")), None) is None


def _says_prev_next(text: str) -> bool:
    """A short text holding a previous/next word ("Prev Post", "Siguiente »")."""
    text = norm(text).lower()
    return bool(text) and len(text) <= 30 and any(w in rules.PREV_NEXT_WORDS for w in text.split())


_PREV_NEXT_TEXT = literal_search(sorted(rules.PREV_NEXT_WORDS)).search


def _number(a: etree._Element) -> bool:
    """A page number link ("2"): a listing's pager, no post navigation."""
    text = norm(text_content(a)) or norm(a.get("aria-label"))  # (an icon's link: its label)
    return not text or text.isdigit() or len(text) <= 2


def heading_before(el: etree._Element) -> str | None:
    """The short heading standing just before ``el`` ("Letzte Artikel" above its list)."""
    prev = previous_element(el)
    if prev is None or next(prev.iterdescendants("a"), None) is not None:
        return None
    tag = tag_of(prev)
    if tag in HEADINGS or (tag in ("div", "span", "p", "strong", "header") and len(prev) <= 2):
        text = norm(shown_text(prev))
        if text and len(text.split()) <= rules.MAX_HEADING_WORDS:
            return text
    return None


def opening_heading(el: etree._Element) -> str | None:
    """The short heading ``el`` opens with (its first child an ``h1``-``h6`` holding no link)."""
    first = next(el.iterchildren(etree.Element), None)
    if first is None or tag_of(first) not in HEADINGS or next(first.iter("a"), None) is not None:
        return None
    text = norm(shown_text(first))
    return text if text and len(text.split()) <= rules.MAX_HEADING_WORDS else None



def with_heading(el: etree._Element, line: set[etree._Element]) -> etree._Element:
    """``el``'s parent when it holds only the heading before ``el`` and ``el``."""
    parent = el.getparent()
    if parent is None or parent in line or tag_of(parent) in NEVER:
        return el
    children = [c for c in parent if isinstance(c.tag, str) and tag_of(c) not in ("script", "style")]
    return parent if len(children) == 2 and children[1] is el else el
