"""A site's own promotions outside the body that name no CTA kind by their words: an
announcement bar above the article ("Email Performance Flatlining? ... See the Examples",
"Get the Lowest Prices anywhere on Macs"), a strip of one sentence whose one link points to
an offer page. A CTA ``other``. Asked by the region pass (``region_judge.py``) for a small
region that no CTA box rule took.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from lxml import etree

from . import ctas
from .chrome_util import class_or_id_named, norm
from .cta_boxes import any_stem, story_slug
from .rules import chrome_patterns as chrome_rules
from .rules import promo_boxes as bar_rules
from .rules.text_phrases import CONSENT_COOKIE

#: Tags of an announcement bar (a strip, or its one line).
BAR_TAGS = frozenset({"div", "section", "aside", "center"})


def top_bar(el: etree._Element, tag: str, n_links: int, above: Callable[[], AboveBody],
            hosts: Collection[str]) -> bool:
    """An announcement bar above the article: a strip named as a bar (class/id word
    ``bar_rules.PROMO_BAR_WORDS``; a header's other lines are a motto, a byline, a disclosure,
    a log-in help), set before the body's first block (``above()``: the page's
    :class:`AboveBody`), holding one sentence of ``MIN_BAR_TEXT`` to ``MAX_BAR_TEXT``
    characters and one target (one or two links to the same page) that is an offer page:
    no story (a breaking-news bar), no home page (a logo and its motto), no jump within
    the page, no network. No heading (the article's title block), no list, no picture (a
    teaser card), no form, no cookie notice."""
    if not 1 <= n_links <= 2 or tag not in BAR_TAGS or not class_or_id_named(el, bar_rules.PROMO_BAR_WORDS):
        return False
    if el not in above():
        return False  # (below the body's start: a bar at the top only)
    url = _one_target(el)
    if url is None or url.startswith(chrome_rules.NO_PAGE_HREF) or ctas.share_or_follow(url) is not None:
        return False
    if story_slug(url) or home_page(url, hosts):
        return False
    if next(el.iter(*_NOT_IN_BAR), None) is not None:
        return False
    text = norm(el.text_content())
    if not bar_rules.MIN_BAR_TEXT <= len(text) <= bar_rules.MAX_BAR_TEXT \
            or len(text.split()) < bar_rules.MIN_BAR_WORDS:
        return False
    return not any_stem(text.lower(), CONSENT_COOKIE)


class AboveBody:
    """Whether an element comes before the body's first block in document order (none
    does when the body is unknown: no bar stands above nothing). Told by source lines when
    they differ; on one line (a minified page) by one walk of the page's top, done once."""

    def __init__(self, body: Collection[etree._Element]) -> None:
        self.body = body
        self.first = min(body, key=lambda b: b.sourceline or 0) if body else None
        self.above: set[etree._Element] | None = None

    def __contains__(self, el: object) -> bool:
        first = self.first
        if first is None or not isinstance(el, etree._Element):
            return False
        line, top = el.sourceline, first.sourceline
        if line and top and line != top:
            return line < top
        if self.above is None:
            self.above = set()
            for x in first.getroottree().getroot().iter():
                if x in self.body:
                    break
                self.above.add(x)
        return el in self.above


def _one_target(el: etree._Element) -> str | None:
    """The one page ``el``'s links point to (a trailing slash aside), or None."""
    url = None
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if not href:
            continue
        if url is None:
            url = href
        elif href.rstrip("/") != url.rstrip("/"):
            return None
    return url


def home_page(url: str, hosts: Collection[str]) -> bool:
    """A link to the site's own home page ("/", "https://site.example/")."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    if "//" in path:
        host, _, path = path.split("//", 1)[1].partition("/")
        host = host.lower().removeprefix("www.")
        if host not in hosts and f"www.{host}" not in hosts:
            return False  # (another site's front page: a shop the bar promotes)
    return not path.strip("/")


#: Elements no announcement bar holds.
_NOT_IN_BAR = ("h1", "h2", "h3", "ul", "ol", "img", "picture", "form", "input", "iframe", "video")
