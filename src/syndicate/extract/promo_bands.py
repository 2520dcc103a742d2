"""Headed promo boxes outside the body: a box in which the site points the reader at one of
its own pages — a heading ("Deploy on DigitalOcean", "Get Featured", "Get financially
happy"), a line or two of pitch and ONE link ("Sign up", "Submit content", "Start here"),
however the link is styled (a plain link, a framework's hashed class). A CTA ``other``.

The region walk (``region_judge``) asks it of the outermost element holding one link (below
an element holding more), outside menus. What makes one is structure:

* ONE HEADING AND ONE LINK: one ``<h2>``–``<h6>`` of a few words, not linked, and the one
  link beside it, with a short label (a story's headline is longer); between them a pitch
  of a line or two; no form, list, menu, table, embed, ``<button>``, page title or date;
* AN OWN PAGE THAT IS NO STORY: the target is the site's (or a subdomain's), opens a page,
  and is no story (a slug of many words, a dated path), no listing, account, log-in or
  legal page, no index above the page, no share or profile link;
* SET APART: no entry of a listing (a sibling of its tag and class holding a heading and a
  link: a grid of teaser or service cards), nothing named an author's card, a comment, an
  ad, a menu (``rules.promo_bands.NOT_PROMO_WORDS``), no cookie notice, no read-more, close,
  legal or log-in label.

The box reported is the smallest element holding the heading and the link.

A band's lone button found by another rule first (its words, its class, a profile link: the
walk then only enters the band) is grown to the band at the end (``grown_bands``, called by
``regions.detect_regions`` once all CTAs are found): the outermost box above the button (or a
row of two) holding no other link, found item, body block or page region, when it holds ONE
heading (an ``<h2>``–``<h6>``, or a block whose class names a heading or draws large text:
``rules.HEADING_CLASS``), at most a pitch of a few lines (``GROW_MAX_WORDS``), no form, list,
table or embed, is no card of a listing, no box named as an author's, a comment's or a page
header's (``GROW_NOT_WORDS``) and no teaser (a button opening a story's slug).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from ..memo import memo
from ..model import CallToAction
from .chrome import Found
from .chrome_util import named_near, norm, text_content
from .conversion_links import login_link, opens_page
from .cta_boxes import BOX_TAGS, any_stem, story_slug
from .cta_rows import mail_href
from .ctas import build_cta, share_or_follow
from .linklists import larger_than, on_site
from .offer_boxes import listing, offer_label, page_hosts
from .rules import promo_bands as rules
from .rules.text_phrases import CONSENT_COOKIE

#: The headings a promo box is titled by (an ``<h1>`` is the page's title).
HEADINGS = ("h2", "h3", "h4", "h5", "h6")
#: Tags inside a line of text: a link's line is the first ancestor of another tag.
_INLINE = frozenset({"span", "strong", "b", "em", "i", "small", "font", "u"})


def promo_band(el: etree._Element, links: Mapping[etree._Element, int], line: Collection[etree._Element],
               hosts: Collection[str], base: str | None) -> Found | None:
    """A CTA ``other`` at the promo box inside ``el`` (module doc), an element holding one
    link (``links``: the region walk's counts) and at most ``MAX_ELEMENTS`` elements; None
    when ``el`` is none. Asked once per run of such elements, at the outermost (the walk
    goes top-down: a parent holding one link, no ancestor of the body or of a found item
    (``line``), was asked already)."""
    parent = el.getparent()
    if parent is not None and parent.tag in BOX_TAGS and links.get(parent, 0) == 1 and parent not in line:
        return None
    # (a heading first, looked for in C: most boxes of one link hold none, a teaser's picture
    # link, a logo, a lone button)
    heading = next(el.iter(*HEADINGS), None)
    if heading is None:
        return None
    link = None
    for a in el.iter("a"):
        if a.get("href"):
            link = a
            break
    # (then the target, cached: most headed boxes of one link are a teaser's or another
    # site's, told before the box is read; the link is found in C, no proxy per element)
    if link is None or not _own_target(link.get("href").strip(), page_hosts(hosts), base):
        return None
    if larger_than(el, rules.MAX_ELEMENTS) or next(el.iter(*rules.FOREIGN_TAGS), None) is not None:
        return None
    if next(islice(el.iter(*HEADINGS), 1, None), None) is not None:
        return None  # (two headings: a list of sections, no one offer)
    if next(heading.iter("a"), None) is not None or next(link.iter(*HEADINGS), None) is not None:
        return None  # (a linked heading: a teaser's headline)
    title = norm(text_content(heading))
    label = norm(text_content(link))
    n_title, n_label = len(title.split()), len(label.split())
    if not 1 <= n_title <= rules.MAX_HEADING_WORDS or not 1 <= n_label <= rules.MAX_LABEL_WORDS \
            or not offer_label(label) or login_link(link.get("href").strip(), label):
        return None  # (no read-more, close, legal or log-in label)
    text = norm(text_content(el))
    pitch = len(text.split()) - n_title - n_label
    if not rules.MIN_PITCH_WORDS <= pitch <= rules.MAX_PITCH_WORDS or any_stem(text.lower(), CONSENT_COOKIE):
        return None
    box = _box(heading, link, el)
    if box is None or not _set_apart(link) or _pitch_lines(box, heading, link) > rules.MAX_PITCH_LINES \
            or _named_apart(box) or _listing_entry(box):
        return None
    return Found(box, build_cta(box, "other", base))


def _classed_heading(el: etree._Element, link: etree._Element) -> etree._Element | None:
    """The heading of a box built of classed blocks (no ``<h*>``): the first element before
    ``link`` whose class names a heading or title (``rules.HEADING_CLASS``: "h3-style",
    "banner__title", "font-h5"), holding no link; None when there is none."""
    for x in el.iter(etree.Element):
        if x is link:
            return None
        cls = x.get("class")
        if cls and rules.HEADING_CLASS.search(cls) is not None and next(x.iter("a"), None) is None:
            return x  # (``iter`` starts at ``x``: a link is no heading either)
    return None


@memo(4096)
def _own_target(href: str, hosts: frozenset[str], base: str | None) -> bool:
    """``href`` opens a page of the site (or a subdomain's) that is no story, listing, index,
    home, log-in, share or profile page and no e-mail address behind a protecting CDN's link
    (cached: a site's pages repeat their boxes)."""
    if not opens_page(href) or mail_href(href) or share_or_follow(href) is not None:
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    host = (parts.hostname or "").lower().removeprefix("www.")
    if host and not on_site(host, hosts):
        return False
    if not parts.path.strip("/"):
        return False  # (the home page: a logo's or a motto's link)
    return not listing(href, hosts, base) and not story_slug(href)


def _box(heading: etree._Element, link: etree._Element, top: etree._Element) -> etree._Element | None:
    """The smallest element (up to ``top``) holding both ``heading`` and ``link``."""
    above = set(heading.iterancestors())
    for x in link.iterancestors():
        if x in above:
            return x
        if x is top:
            return None
    return None


def _set_apart(link: etree._Element) -> bool:
    """The link stands on a line of its own (the block holding it says nothing else): an
    action, no link inside a sentence of the pitch ("… owners. <a>See all trademarks</a>")."""
    node = link
    for x in link.iterancestors():
        if x.tag in _INLINE:
            node = x
            continue
        if x.tag == "p":  # (a paragraph: the link alone in it)
            return len(text_content(x).split()) == len(text_content(link).split())
        before = node.getprevious()
        text_before = x.text if before is None else before.tail
        return not (text_before and text_before.strip()) and not (node.tail and node.tail.strip())
    return False


def _pitch_lines(box: etree._Element, heading: etree._Element, link: etree._Element) -> int:
    """The elements of ``box`` that say some text of their own outside the heading and the
    link: the pitch's lines (three news items under a heading and a "More" link are a list)."""
    n = 0
    apart = {heading, link}
    for x in box.iter(etree.Element):
        if x in apart:
            continue
        if (x.text and x.text.strip()) and not any(a in apart for a in x.iterancestors()):
            n += 1
    return n


def _named_apart(box: etree._Element) -> bool:
    """The box or an ancestor near it is named as no promo (``NOT_PROMO_WORDS``)."""
    return named_near(box, rules.NOT_PROMO_WORDS, rules.NAMED_CLIMB)


def _listing_entry(box: etree._Element) -> bool:
    """A sibling of the box (or of the element holding it alone) has its tag and class and
    holds a heading and a link: the box is one card of a grid, no offer set apart."""
    node = box
    for _ in range(2):
        parent = node.getparent()
        if parent is None:
            return False
        key = (node.tag, node.get("class"))
        if any(c is not node and (c.tag, c.get("class")) == key and next(c.iter(*HEADINGS), None) is not None
               and next(c.iter("a"), None) is not None for c in parent):
            return True
        if len(parent) > 1:
            return False
        node = parent
    return False


def grown_bands(found: Sequence[Found], links: Mapping[etree._Element, int], body_line: Collection[etree._Element],
                body_all: Collection[etree._Element], base: str | None) -> list[Found]:
    """``found`` with each lone action (a button, a row of one or two) that is the action of a
    headed promo band reported at the band (``band_of``): the band is one CTA, its actions
    inside it join it (kind: theirs when they agree, else ``other``)."""
    out: list[Found] | None = None
    held: set[etree._Element] | None = None
    for i, f in enumerate(found):
        item = f.item
        if type(item) is not CallToAction or f.report is not None or item.kind in rules.GROW_NOT_KINDS:
            continue
        el = f.element
        if el.tag in _ACTIONS:
            if (row := el.getparent()) is not None and _action_row(row):
                el = row  # (one of a row's two buttons: the row is the band's action)
        elif not _action_row(el):
            continue
        if held is None:
            held = {g.element for g in found}
        band = band_of(el, links, held, body_line, body_all)
        if band is None:
            continue
        if out is None:
            out = list(found)
        inside = [j for j, g in enumerate(found) if j != i and type(g.item) is CallToAction and out[j] is not None
                  and (g.element is band or band in g.element.iterancestors())]
        kinds = {item.kind} | {found[j].item.kind for j in inside}
        for j in inside:
            out[j] = None
        out[i] = Found(band, build_cta(band, item.kind if len(kinds) == 1 else "other", base))
    return list(found) if out is None else [f for f in out if f is not None]


#: The elements a band's action is.
_ACTIONS = frozenset({"a", "button"})


def _action_row(el: etree._Element) -> bool:
    """A small box all of whose words are its actions' labels (a row of buttons)."""
    if len(el) > rules.GROW_MAX_ACTIONS or len(el) == 0:
        return False
    if el.text and el.text.strip():
        return False
    for c in el:
        if c.tag not in _ACTIONS or (c.tail and c.tail.strip()):
            return False
    return True


def band_of(action: etree._Element, links: Mapping[etree._Element, int], held: Collection[etree._Element],
            body_line: Collection[etree._Element], body_all: Collection[etree._Element]) -> etree._Element | None:
    """The headed promo band ``action`` is the action of: the outermost box above it holding no
    link but the action's, no found item, body block or page region (``GROW_CLIMB`` levels at
    most), when it holds a heading (an ``<h2>``–``<h6>`` or a classed one) outside the action,
    a short pitch, no form, list, table, embed or dateline, is no card of a listing, no box
    named as an author's, a comment's or a menu's and no teaser (its button opening a story's
    slug); else None."""
    n = links.get(action, 0) or 1
    box = None
    for x in islice(action.iterancestors(), rules.GROW_CLIMB):
        if x in body_line or x in body_all or x in held or x.tag in rules.GROW_STOP_TAGS or links.get(x, 0) > n:
            break
        box = x
    if box is None:
        return None
    if larger_than(box, rules.GROW_MAX_ELEMENTS) or next(box.iter(*rules.GROW_FOREIGN_TAGS), None) is not None:
        return None
    heads = list(islice(box.iter(*HEADINGS), 2))
    if len(heads) > 1:
        return None
    heading = heads[0] if heads else _classed_heading(box, action)
    if heading is None or heading is action or action in heading.iterancestors() or heading in action.iterancestors():
        return None
    title = norm(text_content(heading))
    if not 1 <= len(title.split()) <= rules.MAX_HEADING_WORDS:
        return None
    said = norm(text_content(box))
    words = len(said.split()) - len(norm(text_content(action)).split())
    if words > rules.GROW_MAX_WORDS or any_stem(said.lower(), CONSENT_COOKIE):
        return None
    if named_near(box, rules.GROW_NOT_WORDS, 0) or _listing_entry(box):
        return None
    if any(story_slug(a.get("href") or "") for a in box.iter("a")):
        return None  # (a headed box whose button opens a story: a teaser card, no promo)
    return box
