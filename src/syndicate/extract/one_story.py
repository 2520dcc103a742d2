"""A region holding one link to another story, named by its caption: a related block of one item.

A post's "Next article" box, a "Explore further" line under the text, a "weitere Artikel"
arrow: one link, so no list of links makes it related, and the link itself often says
nothing ("Diesen Artikel lesen", an icon). What names it is the region's own caption (a
``<b>`` or ``<span>`` leading the link) or the heading standing just before it. The caption
must say previous/next (``rules.PREV_NEXT_WORDS``) or, in the open page, be in the related
vocabulary (``linklists.related_heading``: "See also:"); a heading before the region must
say previous/next. The link must go to another article of the site, named by a headline
(not the page or its first page, nor its own page 2 below it); under a label of its own
ending in a colon, a short title does when the address spells it ("See also: <a>Travel
Photography Explained</a>").
"""

from __future__ import annotations

import re

from lxml import etree

from ..model import Related, RelatedItem
from ..sanitize import safe_url
from .chrome_util import norm, page_attributes, text_content
from .element_hints import HEADINGS
from .linklists import other_story, related_heading
from .region_names import heading_before
from .related import build_related
from .rules import regions as rules
from .slug_lines import names_target

#: The text nodes of a region outside its links, scripts and styles (its caption).
_CAPTION_TEXTS = etree.XPath(
    ".//text()[not(ancestor::a) and not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]",
    smart_strings=False)


def captioned_story(el: etree._Element, hosts: frozenset[str], base: str | None, edge: bool,
                    memo: dict[etree._Element, int]) -> str | None:
    """The caption naming ``el`` (a region of one link) a link to another story of the
    site, or None. ``edge``: ``el`` stands in a page header or footer, where only a
    previous/next caption names one (a footer column "Guides" over one link is a menu).
    ``memo``: the page's answers per link (``_story_link``; each wrapper around the same
    link asks again; most links are no story of the site, their region never read)."""
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    a = next((x for x in el.iter("a") if hrefs[x]), None)
    if a is None:
        return None
    story = memo.get(a)
    if story is None:
        story = memo[a] = _story_link(a, hosts, base)
    if not story:
        return None
    if len(norm(el.text_content())) > rules.MAX_CARD_TEXT:
        return None  # (a column or an article holding one link: no box of its own)
    caption = norm(" ".join(_CAPTION_TEXTS(el)))
    if not caption:
        if story != _HEADLINE:
            return None
        # (a heading before a lone link says less than a caption of its own: only "Next
        # article" above a preview box)
        heading = heading_before(el)
        return heading if heading is not None and _prev_next(heading) else None
    # (a caption leads the link: text after it is a sentence around a link, "You must
    # <a>log in</a> to post", or the link's meta line, "Technology · 12 minute read"; a
    # question or an exclamation is a CTA's prompt, "Ready to invest?")
    if len(caption.split()) > rules.MAX_HEADING_WORDS or _PROMPT.search(caption) \
            or _text_before(el, a) != caption or _in_heading(a, el):
        return None
    if story != _HEADLINE and not (caption.endswith(":") and _spelt(a)):
        return None  # (a short title under a label ending in a colon: its address must spell it)
    if _prev_next(caption) or (not edge and related_heading(caption)):
        return caption
    return None


#: ``_story_link``'s answers: no story of the site, a story named by a short title, by a headline.
_NO_STORY, _SHORT, _HEADLINE = 0, 1, 2


def _story_link(a: etree._Element, hosts: frozenset[str], base: str | None) -> int:
    """Whether ``a`` links another article of the site (``_NO_STORY`` if not), and names it
    by its headline (its text or its title: an arrow icon titled with the story's headline)
    or by a short title."""
    href = a.get("href") or ""
    if not other_story(href, hosts, base):
        return _NO_STORY
    if any(len(t.split()) > rules.TITLE_WORDS for t in (norm(text_content(a)), a.get("title") or "")):
        return _HEADLINE
    return _SHORT


def _spelt(a: etree._Element) -> bool:
    """``a``'s short title (two words or more) is spelt by its address's slug."""
    title = norm(text_content(a))
    return len(title.split()) >= _MIN_SHORT_TITLE_WORDS and names_target(title, a.get("href") or "")


#: Words of a short title at least ("Travel Photography Explained"; one word names a page).
_MIN_SHORT_TITLE_WORDS = 2


def _text_before(el: etree._Element, a: etree._Element) -> str:
    """The text of ``el`` before its link ``a`` (its scripts' and styles' left out)."""
    up = set(a.iterancestors())
    out = []
    for node in el.iter():
        if node is a:
            break
        if not isinstance(node.tag, str) or node.tag in _NO_TEXT:
            if node is not el and node not in up and node.tail:
                out.append(node.tail)
            continue
        if node.text:
            out.append(node.text)
        if node is not el and node not in up and node.tail:
            out.append(node.tail)
    return norm(" ".join(out))


_NO_TEXT = frozenset({"script", "style", "noscript"})


def _prev_next(caption: str) -> bool:
    """The caption says previous/next ("Nächster Eintrag", "Next »")."""
    return any(w.strip(":»«›‹<>|") in rules.PREV_NEXT_WORDS for w in caption.lower().split())


def _in_heading(a: etree._Element, el: etree._Element) -> bool:
    """The link is part of a heading in ``el`` ("More from <a>Music of the Month</a>": a
    section's name over its list, no story)."""
    for anc in a.iterancestors():
        if anc is el:
            return False
        if anc.tag in HEADINGS:
            return True
    return False


#: Sentence marks of a prompt (a question, a call).
_PROMPT = re.compile(r"[?!¿¡]")


def one_story(el: etree._Element, caption: str, base: str | None) -> tuple[etree._Element, Related]:
    """The box (``el``, or the one child holding all it shows: a column holding only the
    box) and its related block titled by the caption; its one item titled by the link's
    ``title`` when the link shows no text (an arrow icon)."""
    el = _inner(el)
    rel = build_related(el, base, title=caption)
    if not rel.items:
        a = next(x for x in el.iter("a") if x.get("href"))
        url = safe_url(a.get("href"), base)
        if url is not None:
            rel.items = [RelatedItem(title=norm(a.get("title")), url=url)]
    return el, rel


def _inner(el: etree._Element) -> etree._Element:
    """Down through wrappers whose one child element holds all their text and the link (a
    list of one entry stays the block: the list holds its items)."""
    while True:
        if (el.text and el.text.strip()) or el.tag in ("ul", "ol"):
            return el
        kids = [c for c in el if isinstance(c.tag, str) and c.tag not in _NO_TEXT]
        if len(kids) != 1 or (kids[0].tail and kids[0].tail.strip()) or kids[0].tag == "a":
            return el
        el = kids[0]
