"""Offer boxes outside the body: a box the page sets up as a promotion — a pitch (a heading,
a sentence or two) and one or two links styled as buttons ("Browse courses" / "Enroll now",
"Go to resources", "Explore the Future", "View Report") — whose words name no CTA kind.
A CTA ``other``, reported at the box.

The evidence is structure: the button styling (class word ``btn``/``button``/``cta``: the
region pass collects such links in its one walk), the box around it holding nothing but
the pitch, pictures and links to the buttons' own pages (no menu, list, form, second row of
links, body block or found item), and the target: a page, not a jump, a script, a share
or profile link, a log-in, a legal page or a listing of stories (tag, author, archive).
A card's "Read more" (a read-more label), a "View all" under a list (the list stops the
box) and a bare button (no pitch) are none; so is a box named as an author card, a cookie
notice, a comment, a pager or a menu, and a box the page repeats (a listing's entries).
Words only rule out (``rules/offer_boxes``, read-more and legal labels, cookie stems).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from itertools import islice
from typing import Protocol

from lxml import etree

from ..memo import memo
from .chrome import Found
from .chrome_text import classify
from .chrome_util import NO_TEXT, named_near, norm, page_attributes, tag_of, text_content
from .chrome_util import _named as named
from .conversion_links import login_link, opens_page, styled_value
from .cta_boxes import any_stem
from .cta_widgets import legal_label
from .ctas import build_cta, share_or_follow
from .linklists import index_above, larger_than
from .offer_bands import module_button, offer_band, widened_cards
from .rules import chrome_patterns as chrome_rules
from .rules import offer_boxes as rules
from .rules import regions as region_rules
from .rules.text_phrases import CONSENT_COOKIE

#: Never an offer box, nor inside one: the page, its regions, lists and tables.
_NEVER = frozenset({
    "html", "body", "main", "article", "header", "footer", "nav", "aside", "ul", "ol", "li",
    "dl", "menu", "table", "tbody", "tr", "td", "form", "blockquote",
})
#: A line or wrapper of the button inside a box: climbed past, never the box itself.
_LINES = frozenset({"p", "span", "a", "strong", "b", "em", "i", "small", "figure", "center", "font"})
#: Parts of another widget or of navigation: a box holding one is no offer box.
_FOREIGN = frozenset({"form", "input", "select", "textarea", "iframe", "ul", "ol", "nav", "menu"})


class RegionWalk(Protocol):
    """What the region pass's one walk knows that the offer boxes need."""

    #: The page's links styled as buttons, in document order.
    buttons_a: list[etree._Element]
    #: How many links (with a target) each element holds.
    links: Mapping[etree._Element, int]
    #: The elements holding a form that asks for input.
    forms: Collection[etree._Element]
    #: The elements holding a body block.
    body_line: Collection[etree._Element]


def offer_boxes(walk: RegionWalk, body: Collection[etree._Element], found: Collection[etree._Element],
                hosts: Collection[str], base: str | None) -> list[Found]:
    """The offer boxes around the page's button-styled links (``walk``'s) standing outside
    the body blocks ``body`` and the items ``found`` (module doc); ``hosts``: the site's
    hosts, ``base``: the page's URL (a link above the page's own path is an index of the site).

    Most buttons stand in a menu, a bar or a list: the walk's counts, the tags and the
    letters beside the button rule them out before a label, a target or a part is read."""
    out: list[Found] = []
    boxes: set[etree._Element] = set()
    page: _Page | None = None
    links = walk.links
    for a in walk.buttons_a:
        if a in found or a in body:
            continue
        parent = a.getparent()
        if parent is None or links.get(parent, 0) > rules.MAX_BOX_LINKS or parent.tag in _NEVER:
            continue  # (a button in a bar, a menu or a list, told at its parent: ``_reach``'s first step)
        top = _reach(a, walk, body, found)
        if top is None or _lines_only(a, top) or _beside(top, a) < rules.MIN_PITCH_WORDS * 2:
            continue  # (no box, only the button's lines, or too few letters beside it for a pitch)
        if page is None:
            page = _Page(walk.buttons_a, body, found, hosts, base)
        if not page.offer_candidate(a):
            continue
        label = page.labels[a] = _label(a)
        box = _box(a, top, page)
        if box is None or box in boxes:
            continue
        cards = _cards(box, label, page)
        if cards is not None:
            # (a label the page repeats, or a box beside siblings of its design with buttons: a
            # listing's entries; or the cards of one headed band, reported once: ``offer_bands``)
            band = _band(box, cards, page, walk)
            if band is not None and band not in boxes:
                boxes.add(band)
                out.append(Found(band, build_cta(band, "other", base)))
            continue
        boxes.add(box)
        out.append(Found(box, build_cta(box, "other", base)))
    # (the boxes among the paragraphs, deeper than the body's box climb reaches; imported
    # here: ``inline_promos`` reads this module's target tests)
    from .inline_promos import inline_boxes
    out.extend(inline_boxes(walk.buttons_a, links, walk.body_line, body, set(found) | boxes, page_hosts(hosts), base))
    hrefs = getattr(walk, "hrefs", None)
    if hrefs:
        seen = set(walk.buttons_a)
        classes = page_attributes().classes  # (the page's names: a look-up, no copy out of lxml)
        for a in hrefs:
            if not (value := classes[a]) or not module_button(value) or a in seen or a in found or a in body:
                continue
            near = widened_cards(a)
            if near is None:
                continue
            seen.update(near[1])
            if page is None:
                page = _Page(walk.buttons_a, body, found, hosts, base)
            band = _band(near[0], near[1], page, walk)
            if band is not None and band not in boxes:
                boxes.add(band)
                out.append(Found(band, build_cta(band, "other", base)))
    return out


def page_hosts(hosts: Collection[str]) -> frozenset[str]:
    """The site's hosts ``hosts`` as a frozenset (the type the cached target tests key on)."""
    return hosts if isinstance(hosts, frozenset) else frozenset(hosts)


def _cards(box: etree._Element, label: str, page: _Page) -> list[etree._Element] | None:
    """The buttons of the cards ``box`` stands among (None: it stands alone, an offer box):
    one button of each sibling of ``box``'s tag and class holding one (``_repeated``), else
    the offer candidates saying its button's ``label`` when the page repeats it."""
    key = (box.tag, box.get("class"))
    parent = box.getparent()
    if key[1] and parent is not None:
        cards = []
        for c in parent:
            if (c.tag, c.get("class")) == key:
                first = next((x for x in c.iter("a") if _styled(x)), None)
                if first is not None:
                    cards.append(first)
        if len(cards) > 1:
            return cards
    if page.repeated(label):
        return [x for x in (page.groups or {}).get(label.lower(), ()) if page.offer_candidate(x)]
    return None


def _band(box: etree._Element, cards: list[etree._Element], page: _Page,
          walk: RegionWalk) -> etree._Element | None:
    """The offer band (``offer_bands``) around ``box`` and the cards whose buttons are
    ``cards``: None when they stand in no band."""
    band = offer_band(box, cards, page.body, page.found, walk.body_line, lambda x: _offer_button(x, page))
    if band is None or _named_apart(band) or _navigation_role(band) or _repeated(band) \
            or _foreign_part(band, getattr(page.hosts, "headline", "")):
        return None
    return band


def _reach(a: etree._Element, walk: RegionWalk, body: Collection[etree._Element],
           found: Collection[etree._Element]) -> etree._Element | None:
    """The highest ancestor of ``a`` an offer box may be (None: none), climbed in tags and
    the walk's counts, before any subtree is read: it stops where ``_box`` would (the
    page's regions and lists, a body block or found item or what holds one, a form, a link
    to another page that is no button, ``BOX_CLIMB`` levels) and at an element holding
    more than ``MAX_BOX_LINKS`` links (a bar, a menu, a listing)."""
    links, forms, line = walk.links, walk.forms, walk.body_line
    top = None
    held = 1
    for parent in islice(a.iterancestors(), rules.BOX_CLIMB):
        n = links.get(parent, 0)
        if n > rules.MAX_BOX_LINKS or parent in line or parent in forms or parent in body or parent in found \
                or parent.tag in _NEVER:
            break
        if n > held:
            if not _fellows(parent, a):
                break
            held = n
        top = parent
    return top


def _lines_only(a: etree._Element, top: etree._Element) -> bool:
    """Every ancestor of ``a`` up to ``top`` is a line or wrapper (``_LINES``): ``_box``
    climbs past them all and finds no box."""
    for parent in a.iterancestors():
        if parent.tag not in _LINES:
            return False
        if parent is top:
            return True
    return False


def _fellows(parent: etree._Element, a: etree._Element) -> bool:
    """The other links in ``parent`` may stand in ``a``'s box: each is styled as a button
    or goes to ``a``'s page with a short label (a picture's link; a linked headline is a
    teaser card's)."""
    href = (a.get("href") or "").strip()
    for x in parent.iter("a"):
        target = x.get("href")
        if x is a or not target or _styled(x):
            continue
        if target.strip() != href or len(norm(text_content(x)).split()) >= rules.TITLE_LINK_WORDS:
            return False
    return True


def _beside(top: etree._Element, a: etree._Element) -> int:
    """The letters (no blanks) in ``top`` beside ``a``'s (a pitch of four words has eight
    or more): read along the line of single children down to ``a`` (the button's wrappers,
    kept alive by the walk's counts), else in C."""
    n = 0
    x = top
    while x is not a:
        if len(x) != 1:
            return _letters(top) - (_blankless(a.text) if not len(a) else _letters(a))
        n += _blankless(x.text)
        x = x[0]
        n += _blankless(x.tail)
    return n


def _blankless(text: str | None) -> int:
    """The characters of ``text`` other than blanks."""
    return len("".join(text.split())) if text else 0


def _letters(el: etree._Element) -> int:
    """The characters of ``el``'s text other than blanks (read in C; a pitch of four
    words has eight letters or more)."""
    return len("".join(etree.tostring(el, method="text", encoding=str, with_tail=False).split()))


class _Page:
    """What the tests of one page share: its candidates, body blocks, found items, hosts and
    URL, and what each button is (two buttons of one box are each climbed from)."""

    def __init__(self, candidates: Sequence[etree._Element], body: Collection[etree._Element],
                 found: Collection[etree._Element], hosts: Collection[str], base: str | None) -> None:
        self.candidates, self.body, self.found, self.base = candidates, body, found, base
        self.hosts = page_hosts(hosts)
        self.buttons: dict[etree._Element, bool] = {}
        #: The candidates' labels.
        self.labels: dict[etree._Element, str] = {}
        #: How often a label (lower case) stands on an offer candidate (read when asked)...
        self.counts: dict[str, int] = {}
        #: ...among the candidates by label.
        self.groups: dict[str, list[etree._Element]] | None = None

    def offer_candidate(self, a: etree._Element) -> bool:
        """``a`` may be an offer's button: it opens an offer's page (``_offer_target``) and
        stands in no menu's part (most buttons do: ruled out after the cheaper tests)."""
        href = (page_attributes().hrefs[a] or "").strip()  # (the page's link targets: a look-up, no copy out of lxml)
        return len(href) <= _MAX_HREF and _offer_target(href, self.hosts, self.base) \
            and next(a.iterancestors(*rules.MENU_ANCESTOR_TAGS), None) is None and a not in self.found and a not in self.body

    def repeated(self, label: str) -> bool:
        """The page's offer candidates say ``label`` ``MAX_REPEATED_CTA`` times or more: a
        listing's button under each item. Read once a box is found (few pages have one)."""
        key = label.lower()
        n = self.counts.get(key)
        if n is None:
            if self.groups is None:
                self.groups = {}
                for a in self.candidates:
                    low = _label(a).lower()
                    self.groups.setdefault(low, []).append(a)
            n = self.counts[key] = sum(1 for a in self.groups.get(key, ()) if self.offer_candidate(a))
        return n >= region_rules.MAX_REPEATED_CTA


def _box(a: etree._Element, top: etree._Element, page: _Page) -> etree._Element | None:
    """The box ``a`` (a button outside menus) is the button of: its last ancestor (up to
    ``top``, ``_reach``'s) adding a part while it holds only the pitch, pictures and the
    buttons' own pages, and saying a pitch beside the buttons; None when there is none or
    ``a`` is no offer's button. Each level's new parts are read once (``_Held``): the
    climb costs the box's size, not its depth times it."""
    if not _offer_button(a, page):
        return None
    held = _Held()
    if not held.take(a, page, False):
        return None
    best = None
    node = a
    for parent in islice(a.iterancestors(), rules.BOX_CLIMB):
        tag = tag_of(parent)
        size = (held.elements + 1, held.chars)
        if tag in _NEVER or not held.level(parent, node, page):
            break
        node = parent
        if tag not in _LINES and (held.elements, held.chars) != size and held.pitch_words() >= rules.MIN_PITCH_WORDS:
            best = parent  # (a wrapper adding nothing is the page's column: the box is below it)
        if parent is top:
            break
    if best is None or _named_apart(best) or _navigation_role(best) \
            or _foreign_part(best, getattr(page.hosts, "headline", "")) \
            or any_stem(norm(best.text_content()).lower(), CONSENT_COOKIE):
        return None
    return best


class _Held:
    """What a climbed node holds, grown one level at a time: its elements, its text (and
    the pitch: the text outside its buttons), its buttons' targets and its other links'."""

    def __init__(self) -> None:
        self.elements = self.chars = self.longest_p = self.controls = 0
        self.pitch: list[str] = []
        self.targets: set[str] = set()
        self.others: set[str] = set()

    def level(self, parent: etree._Element, node: etree._Element, page: _Page) -> bool:
        """Add what ``parent`` holds beside ``node`` (held already); False when it holds more
        than an offer box does (a body block or found item, a long text, another link, a
        list, a form, an embed, a second ``<button>``: a menu's toggles)."""
        if parent in page.body or parent in page.found or larger_than(parent, rules.MAX_BOX_ELEMENTS):
            return False  # (a large region: told in C before its parts are read one by one)
        self.elements += 1
        if parent.text:
            self._text(parent.text, False)
        for child in parent:
            if child is not node and not self.take(child, page, False):
                return False
            if child.tail:
                self._text(child.tail, False)
        return self.elements <= rules.MAX_BOX_ELEMENTS and self.chars <= rules.MAX_BOX_TEXT \
            and self.longest_p <= chrome_rules.MAX_CTA_PARAGRAPH and self.controls < 2 \
            and 1 <= len(self.targets) <= rules.MAX_BUTTONS and self.others <= self.targets

    def take(self, x: etree._Element, page: _Page, label: bool) -> bool:
        """Add the subtree ``x`` (its tail aside); ``label``: inside a button (its text is
        no pitch). False at a part no offer box holds."""
        self.elements += 1
        if self.elements > rules.MAX_BOX_ELEMENTS or x in page.body or x in page.found:
            return False
        tag = x.tag
        if not isinstance(tag, str) or tag in NO_TEXT:
            return True  # (a comment, a script: nothing shown)
        if tag in _FOREIGN:
            return False
        if tag == "button":
            self.controls += 1
        elif tag == "a" and (href := (x.get("href") or "").strip()):
            if _styled(x):
                if not _offer_button(x, page):
                    return False
                self.targets.add(href)
                label = True
            elif len(norm(text_content(x)).split()) >= rules.TITLE_LINK_WORDS:
                return False  # (a linked headline: a teaser card)
            else:
                self.others.add(href)
        elif tag == "p":
            self.longest_p = max(self.longest_p, len(norm(text_content(x))))
        if x.text:
            self._text(x.text, label)
        for child in x:
            if not self.take(child, page, label):
                return False
            if child.tail:
                self._text(child.tail, label)
        return True

    def _text(self, text: str, label: bool) -> None:
        text = text.strip()
        if text:
            self.chars += len(text)
            if not label:
                self.pitch.append(text)

    def pitch_words(self) -> int:
        """The pitch's words (of two letters or more)."""
        return _words(" ".join(self.pitch))


def _foreign_part(box: etree._Element, headline: str) -> bool:
    """The box holds a part no offer has: the page's title (an ``<h1>`` naming the article,
    ``headline``; any ``<h1>`` when it is not known) or a dateline (an article's head), a
    part named as an author's card, a cookie notice, a comment... (``NOT_OFFER_WORDS``). An
    ``<h1>`` of other words is the offer's own title (a side column's "Join our Free
    Challenge")."""
    if next(box.iterdescendants("time"), None) is not None:
        return True
    for h in box.iterdescendants("h1"):
        text = norm(h.text_content()).casefold()
        if not headline or not text or text in headline or headline in text:
            return True
    vocabulary = rules.NOT_OFFER_WORDS
    return any(named(value, vocabulary) for value in _NAMES(box))  # (the names read in C)


#: The class and id values of a subtree's elements (no element made a Python object).
_NAMES = etree.XPath("descendant::*/@class | descendant::*/@id", smart_strings=False)


def _navigation_role(el: etree._Element) -> bool:
    """An ancestor of ``el`` has a menu's or a list entry's ``role``."""
    return any((x.get("role") or "").lower() in rules.MENU_ANCESTOR_ROLES for x in el.iterancestors())



def _offer_button(a: etree._Element, page: _Page) -> bool:
    """``_button`` of ``a``, once per page (a box's climb asks it of its buttons at each level)."""
    ok = page.buttons.get(a)
    if ok is None:
        ok = page.buttons[a] = _button(a, page)
    return ok


def _button(a: etree._Element, page: _Page) -> bool:
    """``a`` is a button asking to go to an offer's page: a short label that is no read-more,
    legal, log-in or close label, to a page that is no share or profile link, no picture
    file and no listing or index of the site."""
    href = (a.get("href") or "").strip()
    if len(href) > _MAX_HREF or not _offer_target(href, page.hosts, page.base):
        return False
    label = page.labels.get(a)
    if label is None:
        label = norm(text_content(a))
    if not label or len(label) > rules.MAX_LABEL_CHARS or len(label.split()) > rules.MAX_LABEL_WORDS:
        return False
    return _offer_words(label, href)


@memo(4096)
def _offer_words(label: str, href: str) -> bool:
    """An offer's label (``offer_label``) on a button to no log-in (cached: a page repeats
    its buttons)."""
    return offer_label(label) and not login_link(href, label)


@memo(4096)
def _offer_target(href: str, hosts: frozenset[str], base: str | None) -> bool:
    """``href`` opens a page that is no share or profile link and no listing (``listing``;
    cached: a site's pages repeat their buttons)."""
    return opens_page(href) and share_or_follow(href) is None and not listing(href, hosts, base)


@memo(4096)
def offer_label(label: str) -> bool:
    """A button's label that is no read-more, related, legal or close label (cached: sites
    repeat their labels, "Learn more", "Subscribe")."""
    low = label.lower()
    if not region_rules.CLOSE_WORDS.isdisjoint(low.split()) or legal_label(low):
        return False
    phrase = classify(label)
    return phrase is None or phrase[0] == "cta" and phrase[1] != "read_more"


def listing(href: str, hosts: frozenset[str], base: str | None) -> bool:
    """The target is a picture file (a photo's "Enlarge"), a page whose path names a listing
    or an account (``NAV_PATH_WORDS``, whole segments or their words), or a page of the
    site that is a dated story ("/2019/10/...") or lies above the page's own path (its
    section's index, "/blog" above "/blog/my-post")."""
    path = href.split("?", 1)[0].split("#", 1)[0]
    host = ""
    if "//" in path:
        host, _, path = path.split("//", 1)[1].partition("/")
    low = path.lower()
    if low.endswith(_PICTURE_FILES):
        return True
    for segment in low.split("/"):
        if segment in rules.NAV_PATH_WORDS or not rules.NAV_PATH_WORDS.isdisjoint(_SEGMENT_SPLIT.split(segment)):
            return True
    host = host.lower().removeprefix("www.")
    if host and host not in hosts and f"www.{host}" not in hosts:
        return False  # (another site: its paths say nothing of this page's)
    if _YEAR.search(low):
        return True  # (a dated path of the site: a story, a teaser card's button)
    return index_above(href, base)


#: A longer target is no page's address (an inlined ``data:`` picture).
_MAX_HREF = 600
#: Targets that are a picture, not a page.
_PICTURE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif")
_SEGMENT_SPLIT = re.compile(r"[-_.+]+")
#: A path segment that is a year: a dated story's path ("/2019/10/my-story").
_YEAR = re.compile(r"(?:^|/)(?:19|20)\d\d(?:/|$)")


def _label(a: etree._Element) -> str:
    """A button's label: its text, blanks collapsed (a bare text read without a call)."""
    return " ".join((a.text_content() if len(a) else a.text or "").split())


def _words(text: str) -> int:
    """The words of ``text`` with two letters or more (a date's numbers are no pitch)."""
    return len(_TWO_LETTERS.findall(text))


#: A word (a run of non-blanks) holding two letters.
_TWO_LETTERS = re.compile(r"[^\W\d_]\S*?[^\W\d_]\S*")


def _styled(a: etree._Element) -> bool:
    """A link styled as a button (``role=button``, class/id word ``btn``/``button``/``cta``)."""
    if (a.get("role") or "").lower() == "button":
        return True
    value = f"{a.get('class') or ''} {a.get('id') or ''}".strip()
    return bool(value) and styled_value(value)


def _named_apart(box: etree._Element) -> bool:
    """The box or an ancestor near it is named as no offer (an author's card, a cookie
    notice, a comment, a pager, a menu: ``NOT_OFFER_WORDS``)."""
    return named_near(box, rules.NOT_OFFER_WORDS, rules.NAMED_CLIMB)


def _repeated(box: etree._Element) -> bool:
    """A sibling of the box has its tag and class and holds a button of its own: the box is
    one entry of a listing (a grid of course cards), no offer set apart."""
    key = (box.tag, box.get("class"))
    if not key[1]:
        return False
    parent = box.getparent()
    if parent is None:
        return False
    return any(c is not box and (c.tag, c.get("class")) == key and any(_styled(x) for x in c.iter("a"))
               for c in parent)
