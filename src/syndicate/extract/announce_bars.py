"""Announcement bars: the strip that opens a page (above its header, at the start of its
header, or at the top of the article's column, above the body) holding one short offer or
invitation and a link or two: "$10 flat rate shipping", "Coming Soon: Free AI Training —
Join the waitlist!", "LIFETIME DEAL — Get Lifetime Access". A CTA ``other`` (or the kind its
link's target names: a subscription, a donation...).

Found by place first: only the elements that lead the page are asked — walking down from
``<body>`` along the body's own column, the first content child at each level above the
body, and the strip opening a header standing there (a few elements per page, no walk of
the page). Then by size: one or two lines, at most ``MAX_TARGETS`` pages linked, no menu,
form or table, no link to a story (a breaking-news ticker is related content), to the home
page (a logo) or to a network (a follow bar). A close control, a class/id naming a bar or
an offer's words or figures are the evidence it asks something; none of them alone finds
one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from itertools import islice

from lxml import etree

from . import ctas
from .chrome import Found
from .chrome_util import NO_TEXT, class_or_id_named, norm, text_content
from .close_controls import close_control
from .conversion_links import login_link, target_kind
from .cta_boxes import any_stem
from .element_hints import HEADINGS, is_hidden
from .linklists import link_kind
from .promo_boxes import home_page
from .rules import announce_bars as rules
from .rules.bar_text import SR_ONLY_CLASSES
from .rules.chrome_patterns import NO_PAGE_HREF
from .rules.dismissible import KINDS as ASK_KINDS
from .rules.dismissible import NOTICE_ROLES
from .rules.regions import MENU_ROLES
from .rules.text_phrases import CONSENT_COOKIE


def announcement_bars(root: etree._Element, body: Sequence[etree._Element], body_line: Collection[etree._Element],
                      taken: Collection[etree._Element], links: Mapping[etree._Element, int],
                      hosts: frozenset[str], base: str | None, headline: str | None = None) -> list[Found]:
    """The page's announcement bars. ``body``: the body's blocks; ``body_line``: their
    ancestors; ``taken``: the elements found so far (no bar is, holds or is inside one);
    ``links``: how many links each element holds (the region pass's count)."""
    if not body:
        return []
    out: list[Found] = []
    title = norm(headline) if headline else None  # (normalised once: each heading is compared with it)

    def judge(el: etree._Element) -> int:
        verdict = _bar(el, links, hosts, title)
        if verdict == BAR:
            if any(x in taken for x in el.iterdescendants()):
                return REFUSED  # (what is found inside is no part of a bar)
            href = _first_href(el)
            kind = target_kind(href) if href else None
            out.append(Found(el, ctas.build_cta(el, kind if kind in ASK_KINDS else "other", base)))
        return verdict

    for lead in _leads(root, frozenset(body), body_line):
        if lead in taken or judge(lead) != INSIDE or links.get(lead, 0) < rules.MIN_HEADER_LINKS:
            continue  # (a bar, or no header: a header links the site's sections)
        # Down from each of the header's first content children (its mobile and desktop rows,
        # each opening with its own copy of the bar), the first content child of each level,
        # until a menu, a heading or a list: no bar is inside one. A link is a bar of its own
        # only where it opens the header (its other links are its menu).
        branches = 0
        for c in lead.iterchildren(etree.Element):
            if branches >= rules.MAX_BRANCHES:
                break
            if not _content(c):
                continue
            branches += 1
            node: etree._Element | None = c
            for depth in range(rules.MAX_INNER_DEPTH):
                if node is None or node.tag in rules.NOT_IN_BAR or node.tag in HEADINGS or node in taken \
                        or node.get("role") in MENU_ROLES:
                    break  # (a menu's panel: its cards are its entries)
                if (node.tag != "a" or branches == 1) and judge(node) != INSIDE:
                    break  # (a bar, or a strip that is none: nothing inside is one)
                if depth == rules.MAX_INNER_DEPTH - 1:
                    break  # (the deepest level asked: no child of it is looked for)
                node = next((x for x in node.iterchildren(etree.Element) if _content(x)), None)
    return out


def _leads(root: etree._Element, body: Collection[etree._Element],
           body_line: Collection[etree._Element]) -> Iterator[etree._Element]:
    """The elements that lead the page above the body: at each level down the body's line
    (the ancestors of its blocks), the first content child standing before the child that
    holds the body (so above all of it)."""
    node = root.find("body") if root.tag != "body" else root
    for _ in range(rules.MAX_DEPTH):
        if node is None:
            return
        nxt = None
        lead = True
        for c in node.iterchildren(etree.Element):
            if c in body_line:
                # (the body's column: its own first children come next; inside the page's
                # main region or the article, what leads is the article's own header)
                nxt = c if c.tag not in rules.CONTENT_REGIONS else None
                break
            if c in body:
                break  # (a body block itself: nothing after it stands above the body)
            if lead and _content(c):
                lead = False
                yield c
        node = nxt


def _content(el: etree._Element) -> bool:
    """``el`` shows something: no script or style, no hidden box, no skip link, not empty."""
    tag = el.tag
    if tag in rules.NOT_CONTENT or el.get("aria-hidden") == "true":
        return False
    if tag == "a" and (el.get("href") or "").startswith("#"):
        return False  # (a skip link)
    if is_hidden(el):
        return False
    if class_or_id_named(el, rules.NOT_CONTENT_WORDS):
        return False  # (a consent dialog laid over the page)
    return _shows(el)


def _shows(el: etree._Element) -> bool:
    """Some text outside scripts and styles, or a picture, among ``el``'s first
    ``SHOW_LOOKUP`` nodes; a box of more nodes showing nothing that early is taken to show
    something later (only empty boxes and style holders are left out, at a bounded cost)."""
    n = 0
    for x in islice(el.iter(), rules.SHOW_LOOKUP):
        n += 1
        tag = x.tag
        if tag == "img" or (type(tag) is str and tag not in _NO_TEXT and x.text and not x.text.isspace()):
            return True
        if n > 1 and x.tail and not x.tail.isspace():
            return True
    return n == rules.SHOW_LOOKUP


#: ``_bar``'s verdicts: a bar; not one, but a part of it may be (a header holding the bar
#: beside its menu); not one, nor any part of it (a follow bar, a disclosure).
BAR, INSIDE, REFUSED = 1, 0, -1


def _bar(el: etree._Element, links: Mapping[etree._Element, int], hosts: frozenset[str], title: str | None) -> int:
    """Whether ``el`` is a bar: by its size and links first (``INSIDE`` when too large), then
    by what it is not (``REFUSED``), then by what it asks. ``title``: the article's headline,
    normalised (``norm``)."""
    if el.tag not in rules.BAR_TAGS or links.get(el, 0) > rules.MAX_COUNTED_LINKS \
            or next(el.iter(*rules.NOT_IN_BAR), None) is not None or len(text_content(el)) > rules.MAX_ALL_CHARS:
        return INSIDE  # (a menu, a form, a page's worth of text: told in C, no walk)
    shown = _shown(el)
    if shown is None or _SIZE(el) > rules.MAX_ALL_ELEMENTS:
        return INSIDE  # (more than a bar shows, or hides)
    text, shown_links, headings = shown
    if len(shown_links) > rules.MAX_LINKS:
        return INSIDE
    if not rules.MIN_CHARS <= len(text) <= rules.MAX_CHARS or not rules.MIN_WORDS <= len(text.split()) <= rules.MAX_WORDS:
        return INSIDE
    targets = set()
    for a in shown_links:
        href = (a.get("href") or "").strip()
        if not href or href.startswith(NO_PAGE_HREF):
            continue
        if home_page(href, hosts) or login_link(href, norm(a.text_content())):
            return INSIDE  # (a logo, an account row: the header's, beside the bar)
        targets.add(href.rstrip("/"))
    if len(targets) > rules.MAX_TARGETS or len({_host(t) for t in targets} - {""}) > 1:
        return INSIDE  # (links to several other sites: a browser notice, a menu)
    # A strip of a bar's size: what it may be instead.
    low = f" {text.lower()} "
    if class_or_id_named(el, rules.NOT_BAR_WORDS) or any_stem(low, CONSENT_COOKIE):
        return REFUSED  # (a breadcrumb, a byline, a cookie notice)
    if any(ctas.share_or_follow(t) is not None or _legal(t) for t in targets):
        return REFUSED  # (a follow bar, a disclosure, a notice of terms)
    if title is not None and any(norm(h.text_content()) == title for h in headings):
        return REFUSED  # (the article's title band)
    offer = any_stem(low, rules.OFFER_STEMS) or rules.OFFER_FIGURE.search(low) is not None
    if any(link_kind(t, hosts)[1] for t in targets) and not offer:
        return REFUSED  # (a story's headline: a breaking-news bar)
    if not targets and not offer:
        return INSIDE  # (a notice saying nothing to do)
    if offer or class_or_id_named(el, rules.BAR_WORDS) or (
            class_or_id_named(el, rules.NOTICE_WORDS) and _closable(el)):
        return BAR
    return INSIDE


def _closable(el: etree._Element) -> bool:
    """A close control in ``el``, or a live notice's role."""
    if el.get("role") in NOTICE_ROLES:
        return True
    return any(type(x.tag) is str and close_control(x) for x in el.iter())


def _shown(el: etree._Element) -> tuple[str, list[etree._Element], list[etree._Element]] | None:
    """What a reader sees of ``el`` (hidden, ``aria-hidden`` and screen-reader parts left
    out: a marquee's copies): its text, its links and headings; None when more than
    ``MAX_ELEMENTS`` elements show it (``_bar`` has ruled out a menu, a form, a table in it)."""
    parts: list[str] = []
    links: list[etree._Element] = []
    headings: list[etree._Element] = []
    stack: list[etree._Element | str] = [el]
    budget = rules.MAX_ELEMENTS
    chars = 0
    while stack:
        x = stack.pop()
        if type(x) is str:
            parts.append(x)  # (a child's tail, after the child)
            chars += len(x)
            if chars > _MAX_RAW_CHARS:
                return None
            continue
        tag = x.tag
        if tag == "a" and x.get("href"):
            links.append(x)
        elif tag in HEADINGS:
            headings.append(x)
        if t := x.text:
            parts.append(t)
            chars += len(t)
            if chars > _MAX_RAW_CHARS:
                return None  # (more text than a bar's, blanks counted)
        for c in reversed(x):
            budget -= 1
            if budget < 0:
                return None  # (more elements than a bar's: a region)
            if c.tail:
                stack.append(c.tail)
            if type(c.tag) is str and c.tag not in _NO_TEXT and not is_hidden(c) and c.get("aria-hidden") != "true" \
                    and not ((cls := c.get("class")) and not SR_ONLY_CLASSES.isdisjoint(cls.split())):
                stack.append(c)
    return norm(" ".join(parts)), links, headings


def _host(href: str) -> str:
    """The host ``href`` names ("" for a link within the site)."""
    if "//" not in href[:8]:
        return ""
    return href.split("//", 1)[1].split("/", 1)[0].lower().removeprefix("www.")


def _legal(href: str) -> bool:
    """``href``'s path names a legal page (a disclosure, terms, privacy)."""
    path = href.split("?", 1)[0].split("#", 1)[0].lower()
    if "//" in path[:8]:
        path = path.split("//", 1)[1].partition("/")[2]
    return not rules.LEGAL_PATH_WORDS.isdisjoint(_PATH_WORDS.split(path))


def _first_href(el: etree._Element) -> str | None:
    if el.tag == "a" and el.get("href"):
        return el.get("href")
    a = next((a for a in el.iter("a") if a.get("href")), None)
    return a.get("href") if a is not None else None


_SIZE = etree.XPath("count(.//*)")


#: Characters of a bar's text before blanks are collapsed (indentation counted).
_MAX_RAW_CHARS = 8 * rules.MAX_CHARS
_PATH_WORDS = re.compile(r"[/_.-]+")
_NO_TEXT = NO_TEXT | {"svg"}
