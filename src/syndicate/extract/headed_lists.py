"""A label line inside the article's text over a run of links to other stories of the site:
an in-text related block the body walk keeps.

"Related resources" as an ``h3`` over three paragraphs that are each one story link, a bold
"**Lesen Sie mehr**" over two teaser cards, a bold "Related Resources:" over a list of three
guides, a "Weiterlesen" box opened inside a paragraph over a list of three stories. Each line
alone is not enough (a link of a few words, a slug of one or two), but under a label the
lines are a list, and the label is the evidence in place of the slug:

* the label is a heading (``h2``-``h6``), a line that is only bold text, or the first line of
  a box set in the text; short and without a link;
* under it stand two or more story lines (one link each, opening the line, a few words after
  it at most) or teaser cards (a headline linking a story, a picture, a summary), or a list
  whose every entry is one, each to a page of the site that is no listing, file or part of
  the page itself;
* a label in the related vocabulary ("Related", "Lesen Sie mehr", "Weiterlesen", "See also")
  needs two; a neutral label needs stronger structure: three or more lines that are only
  their link, each to an article path, each a headline;
* what else such a run is stays text: sources and references (links out, files), a table of
  contents (in-page anchors), footnotes, downloads, products (prices, a product label).

The block stands at the label over a run of lines, at the list under a label, at each card
(an inset card is a block of one item), at the box; the label and the lines leave the body
(``HeadedFound.also``)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from lxml import etree

from ..model import Related, RelatedItem
from ..sanitize import safe_url
from . import related
from .chrome import Found, HeadedFound
from .chrome_util import norm
from .linklists import above_page, below_page, link_kind, related_heading, site_page
from .rules import headed_lists as rules
from .slug_lines import file_link

HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
#: Siblings passed over between the label and its lines (nothing a reader sees).
_QUIET = frozenset({"script", "style", "noscript", "template", "br"})
_LISTS = frozenset({"ul", "ol"})
_LINE_TAGS = frozenset({"p", "li", "div"})
_CARD_TAGS = frozenset({"div", "article", "section", "li", "figure"})
_BOLD = frozenset({"strong", "b"})
_CONTROLS = frozenset({"button", "form", "input", "select"})
_BULLETS = "•·-–—»>▸►→*"
#: Blanks and bullets that may open a line before its link.
_OPENING_STR = " \t\n\r\xa0" + _BULLETS
OPENING_CHARS = frozenset(_OPENING_STR)


def opens_with_text(text: str | None) -> bool:
    """``text`` (an element's text before its first child) holds more than blanks and bullets."""
    if not text:
        return False
    if text[0] not in OPENING_CHARS:
        return True  # (most texts: a word's first letter)
    return bool(text.lstrip(_OPENING_STR))


def text_of(el: etree._Element) -> str:
    """``el``'s text: what ``text_content`` gives (comments and processing instructions
    left out), without its XPath call."""
    return "".join(el.itertext())


def headed_at(el: etree._Element, hosts: frozenset[str], base: str | None,
              taken: Collection[etree._Element], body_set: Collection[etree._Element]) -> list[Found]:
    """The in-text related blocks at the body block ``el`` (module doc): under it when it is a
    label line, or the box the parser opened at its end. ``body_set``: the body's blocks (a
    card's summary the body kept leaves it); ``taken``: elements found as something else.
    ``linklines.link_lines`` asks it in its one walk of the body, of headings and of the
    paragraphs that open or end with markup."""
    tag = el.tag
    if tag == "p":
        # (a box the parser opened in a paragraph ends it: its last child)
        if (box := el[-1]).tag in rules.BOX_TAGS and box not in taken \
                and (f := _box(box, hosts, base, taken)) is not None:
            return [f]
        if el[0].tag not in _BOLD or opens_with_text(el.text):
            return []  # (a bold line opens with its bold element)
    first = _opening(el)
    if first is None:
        return []  # (a label over prose: never read)
    label = _label(el)
    if label is None:
        return []
    return list(_under(el, label, hosts, base, taken, body_set))


def _opening(el: etree._Element) -> etree._Element | None:
    """The next element after ``el`` a reader sees (empty paragraphs passed over), if it may
    open a run of story lines or cards, or be a list of them: it (or its first entry) opens
    with a link, perhaps inside a few wrappers (a bold line, a card's picture), not with
    words."""
    sib = el.getnext()
    while sib is not None:
        tag = sib.tag
        if type(tag) is str and tag not in _QUIET:
            if len(sib):
                break
            text = sib.text
            if text and not text.isspace():
                return None  # (a line of words)
        sib = sib.getnext()  # (an empty paragraph the parser left between the cards)
    if sib is None:
        return None
    node = next((c for c in sib if isinstance(c.tag, str)), sib) if sib.tag in _LISTS else sib
    for _ in range(_OPEN_LEVELS):
        if not len(node):
            return None
        if opens_with_text(node.text):
            return None
        node = node[0]
        if node.tag == "a":
            return sib
    return None


#: Wrappers a line or card may open with before its link (a card's frame, item, media box).
_OPEN_LEVELS = 6


def _label(el: etree._Element, plain: bool = False) -> str | None:
    """The text of a label line: a heading, a line that is only bold text (``plain``: any
    line without markup of its own, a box's first line); short, no link."""
    tag = el.tag
    if tag in HEADINGS:
        pass
    elif plain:
        if tag not in ("div", "p", "span", "strong", "b") or any(isinstance(c.tag, str) and c.tag
                                                                   not in ("strong", "b", "span") for c in el):
            return None
    elif tag not in ("p", "div") or not len(el) or opens_with_text(el.text) or el[0].tag not in _BOLD:
        return None  # (a bold line opens with its bold element)
    if any(a.get("href") is not None for a in el.iter("a")):
        return None
    text = norm(text_of(el))
    if not text or len(text.split()) > rules.MAX_LABEL_WORDS:
        return None
    if tag not in HEADINGS and not plain and norm("".join(text_of(x) for x in el.iter("strong", "b"))) != text:
        return None
    return text


def _box(box: etree._Element, hosts: frozenset[str], base: str | None,
         taken: Collection[etree._Element]) -> Found | None:
    """A box the parser opened inside a paragraph (``<p>...<aside>``) whose first line is a
    label over a list of stories: one block at the box."""
    first = next((c for c in box if isinstance(c.tag, str) and c.tag not in _QUIET), None)
    if first is None:
        return None
    label = _label(first, plain=True)
    if label is None:
        return None
    found = _under(first, label, hosts, base, taken, ())
    if len(found) != 1 or found[0].element.tag not in _LISTS:
        return None
    return Found(box, Related(id="", title=found[0].item.title, items=found[0].item.items))  # type: ignore[union-attr]


def _under(el: etree._Element, label: str, hosts: frozenset[str], base: str | None,
           taken: Collection[etree._Element], body_set: Collection[etree._Element]) -> list[HeadedFound]:
    """The related blocks under the label line ``el`` (text ``label``), if its next lines are
    stories (module doc); else none."""
    first = _next_shown(el)
    if first is None or first in taken:
        return []
    title = label
    if first.tag in _LISTS:
        if len(first) > 2 * rules.MAX_UNITS:
            return []  # (a directory of the site's pages, no list of further stories)
        entries = [c for c in first if isinstance(c.tag, str) and c.tag not in _QUIET]
        if not entries or len(entries) > rules.MAX_UNITS or any(c.tag != "li" for c in entries):
            return []
        units = []
        for c in entries:
            unit = _line(c)
            if unit is None:
                return []  # (every entry a story line, or the list is something else)
            units.append(unit)
        if len(units) < rules.MIN_UNITS or not _stories(units, _vocabulary(label), hosts, base, entries):
            return []
        return [HeadedFound(first, Related(id="", title=title, items=_items(entries, base)), also=(el,))]
    run: list[etree._Element] = []
    units = []
    cards = False
    node: etree._Element | None = first
    while node is not None and node not in taken:
        unit = _line(node) if node.tag in _LINE_TAGS else None
        if unit is None and node.tag in _CARD_TAGS:
            unit = _card(node)
            cards = cards or unit is not None
        if unit is None:
            break
        run.append(node)
        units.append(unit)
        if len(run) > rules.MAX_UNITS:
            return []
        node = _next_shown(node)
    if len(run) < rules.MIN_UNITS or not _stories(units, _vocabulary(label), hosts, base, run):
        return []
    if not cards:
        return [HeadedFound(el, Related(id="", title=title, items=_items(run, base)), also=tuple(run))]
    out = []
    for i, (card, unit) in enumerate(zip(run, units, strict=True)):
        inside = tuple(b for b in card.iter() if b in body_set) if body_set else ()
        story = safe_url(unit[0], base) if unit is not None else None  # (not its author's page)
        items = [x for x in related.items_of(card, base) if x.url == story]
        out.append(HeadedFound(card, Related(id="", title=title if i == 0 else None, items=items),
                               also=(el, *inside) if i == 0 else inside))
    return out


def _vocabulary(label: str) -> bool | None:
    """True: the label is in the related vocabulary; False: neutral; None: it names what
    else a run of links is (sources, contents, products)."""
    if _stem_in(label, rules.GUARD_STEMS):
        return None
    return related_heading(label) or _stem_in(label, rules.EXTRA_STEMS)


def _stem_in(label: str, stems: tuple[str, ...]) -> bool:
    """A word of ``label`` starts with one of ``stems`` (no pattern compiled: a few labels
    per page are read, and compiling costs more than the look-ups; ``str.startswith`` with
    the stems as a tuple at each word's start)."""
    text = " ".join(label.lower().split())
    at = 0
    for word in text.split(" "):
        if text.startswith(stems, at + len(word) - len(word.lstrip(rules.WORD_START))):
            return True
        at += len(word) + 1
    return False


def _price(text: str) -> bool:
    """A currency sign beside a digit ("$24.99", "12 €")."""
    for sign in rules.CURRENCY:
        at = text.find(sign)
        while at >= 0:
            near = text[max(0, at - 2):at + 3]
            if any(c.isdigit() for c in near):
                return True
            at = text.find(sign, at + 1)
    return False


def _next_shown(el: etree._Element) -> etree._Element | None:
    """The next element sibling of ``el`` a reader sees (empty paragraphs passed over)."""
    sib = el.getnext()
    while sib is not None:
        tag = sib.tag
        if type(tag) is str and tag not in _QUIET:
            if len(sib):
                return sib
            text = sib.text
            if text and not text.isspace():
                return sib
        sib = sib.getnext()  # (an empty paragraph the parser left between the cards)
    return None


#: A unit: (target, link words, words after the link or besides the card's headline, is a card).
_Unit = tuple[str, int, int, bool]


def _line(el: etree._Element) -> _Unit | None:
    """``el`` as a story line: one link target, its text opening the line, at most a few
    words after it."""
    if opens_with_text(el.text):
        return None  # (a line of prose: the link does not open it)
    links: list[etree._Element] = []
    href = ""
    for a in el.iter("a"):
        target = a.get("href")
        if not target:
            continue
        if links and target != href:
            return None  # (two targets: read no further of a long block)
        href = target
        links.append(a)
    if not links or href[0] == "#":
        return None  # (an in-page anchor: a table of contents)
    full = text_of(el)
    if len(full) > rules.MAX_LINE_CHARS or next(el.iter(*_CARD_HEADINGS), None) is not None:
        return None  # (a paragraph, not a line: its words are never split; a card)
    link_text = norm(" ".join(text_of(a) for a in links))
    text = norm(full).lstrip(_BULLETS + " ")
    words = len(link_text.split())
    if words < rules.MIN_TITLE_WORDS or not text.startswith(link_text):
        return None
    tail = len(text[len(link_text):].split())
    if tail > rules.MAX_TAIL_WORDS:
        return None
    return href, words, tail, False


def _card(el: etree._Element) -> _Unit | None:
    """``el`` as a teaser card: a heading linking a story, other links only to the same
    story or short names (an author), a summary of a few lines, no control (a product's
    cart button; a price in a summary is no product: "70000 EUR over five years"). One walk
    of at most ``rules.MAX_CARD_NODES`` elements: a bigger box is no card."""
    links = []
    head = None
    for n, x in enumerate(el.iter()):
        tag = x.tag
        if n > rules.MAX_CARD_NODES or tag in _CONTROLS:
            return None  # (a section, no card; a product card's "Add to cart" button or form)
        if tag == "a" and x.get("href"):
            links.append(x)
            if len(links) > rules.MAX_CARD_LINKS:
                return None
            if head is None and any(h.tag in _CARD_HEADINGS for h in x.iterancestors(*_CARD_HEADINGS)):
                head = x  # (the headline's link)
    if head is None:
        return None
    href = head.get("href") or ""
    others = [x for x in links if x.get("href") != href]
    if len(others) > rules.MAX_CARD_OTHER_LINKS or any(
            len(norm(text_of(x)).split()) > rules.MAX_META_LINK_WORDS for x in others):
        return None
    title = norm(text_of(head))
    rest = len(norm(text_of(el)).split()) - len(title.split())
    if rest > rules.MAX_CARD_WORDS:
        return None
    return href, len(title.split()), rest, True


def _stories(units: Sequence[_Unit | None], vocabulary: bool | None, hosts: frozenset[str], base: str | None,
             els: Sequence[etree._Element]) -> bool:
    """The units are a list of stories: enough of them, each a page of the site (no file, no
    listing, not the page or a part of it), no prices; under a neutral label, more of them,
    each only its link (or a card) to an article path, a headline."""
    if vocabulary is None or any(u is None for u in units):
        return False
    targets = [u for u in units if u is not None]
    if len({u[0] for u in targets}) < (rules.MIN_UNITS if vocabulary else rules.MIN_NEUTRAL_UNITS):
        return False
    for href, words, tail, card in targets:
        if not site_page(href, hosts) or file_link(href) or above_page(href, base) or below_page(href, base):
            return False
        if not vocabulary and (not link_kind(href, hosts)[1] or (not card and (
                tail or words < rules.MIN_NEUTRAL_TITLE_WORDS))):
            return False
    return not any(not u[3] and _price(text_of(e)) for u, e in zip(targets, els, strict=True))


def _items(els: Sequence[etree._Element], base: str | None) -> list[RelatedItem]:
    """The run's items, one per URL, in order."""
    items: dict[str, RelatedItem] = {}
    for x in els:
        for item in related.items_of(x, base):
            items.setdefault(item.url, item)
    return list(items.values())
