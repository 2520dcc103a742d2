"""Share and follow tools of teaser cards: a band of story cards, each card with its own share
icons, shares (or follows) each card's story, not the page. Both region steps ask the same
question here — ``related_parts.without_card_tools`` before the walk (so the band is judged
whole as a related block) and ``cta_rows.without_false_ctas`` after it (no CTA of the page).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import islice
from urllib.parse import parse_qs, urlsplit

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import page_attributes, tag_of, text_content
from .ctas import share_or_follow
from .linklists import link_kind
from .rules import regions as rules


def card_tools(found: Iterable[Found], hosts: frozenset[str] | None = None) -> set[etree._Element]:
    """The share/follow CTAs of ``found`` that are teaser cards' tools:

    - each inside one of ``MIN_CARDS``+ alike cards (same tag and class under one parent, at
      most ``CARD_CLIMB`` levels up) that also hold a story link of their own: with
      ``hosts``, a link to an article of the site; without, a link with a headline's words;
    - a share "bar" whose links share ``MIN_CARDS``+ different pages: the tools of such a
      band taken together (``_shares_several_pages``).
    """
    tools = [f.element for f in found if isinstance(f.item, CallToAction) and f.item.kind in ("share", "follow")]
    out = {f.element for f in found if isinstance(f.item, CallToAction) and f.item.kind == "share"
           and _shares_several_pages(f.element)}
    if len(tools) < rules.MIN_CARDS:
        return out
    groups: dict[tuple[etree._Element, object, str | None], dict[etree._Element, etree._Element]] = {}
    classes = page_attributes().classes  # (the page's names: a look-up, no copy out of lxml)
    for tool in tools:
        for anc in islice(tool.iterancestors(), rules.CARD_CLIMB):
            parent = anc.getparent()
            if parent is None or tag_of(parent) in ("html", "body"):
                break
            groups.setdefault((parent, anc.tag, classes[anc]), {}).setdefault(anc, tool)
    for cards in groups.values():
        if len(cards) < rules.MIN_CARDS:
            continue
        own = [card for card, tool in cards.items() if _story_link(card, tool, hosts)]
        if len(own) >= rules.MIN_CARDS:
            out.update(cards[card] for card in own)
    return out


def _story_link(card: etree._Element, tool: etree._Element, hosts: frozenset[str] | None) -> bool:
    """``card`` holds a link beside ``tool`` (not around it, not in it, no share link) to the
    teaser's story: an article of the site (``hosts`` given), else a link with a headline's
    words. (Before the walk a dropped tool changes what the walk sees: the stricter test.)"""
    around = set(tool.iterancestors())
    for a in card.iter("a"):
        href = a.get("href")
        if not href or a in around or a is tool or tool in a.iterancestors() or share_or_follow(href):
            continue
        if link_kind(href, hosts)[1] if hosts is not None else len(text_content(a).split()) >= rules.TITLE_WORDS:
            return True
    return False


#: Query keys a share link names the shared page by (``sharer.php?u=``, ``intent/tweet?url=``).
_SHARED_PAGE_KEYS = ("u", "url", "href", "link")


def _shares_several_pages(el: etree._Element) -> bool:
    """``el``'s share links share ``MIN_CARDS`` or more different pages, each on two networks
    or more: the tools of a band of teaser cards taken together, each card sharing its own
    story. (A page's share bar shares the page; some sites give each network a redirect of
    its own, ``/share/3601129`` and ``/share/5601129``, each seen once.)"""
    links: Counter[str] = Counter()
    for a in el.iter("a"):
        href = a.get("href")
        if not href or "?" not in href or share_or_follow(href) != "share":
            continue
        query = parse_qs(urlsplit(href).query)
        shared = next((query[key][0] for key in _SHARED_PAGE_KEYS if key in query), None)
        if shared:  # (the page's path: networks get their own tracking query or anchor)
            parts = urlsplit(shared.strip())
            links[f"{parts.netloc.lower().removeprefix('www.')}{parts.path.rstrip('/')}"] += 1
    return sum(1 for n in links.values() if n >= 2) >= rules.MIN_CARDS
