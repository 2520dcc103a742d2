"""An inset story card between the article's paragraphs: a box that shows another story of the
site — its picture and its headline, both linking the story, perhaps its teaser text and a
small section label ("Life Kit", "Anlagenbau") linking the section. One story, so one related
block of one item.

``RegionJudge._card`` finds the plain card (one target, little text besides its link); this
is the card that plain test turns away for what makes it a card: the excerpt under the
headline (more text than link), the section label (a second target), a story whose address
the site files under a listing word ("/sections/health/2019/05/05/…/from-gloom-to-…") but
whose slug the headline spells. The picture linking the story is the structural evidence:
a paragraph of text with a link in it shows none.
"""

from __future__ import annotations

from lxml import etree

from .chrome_util import norm, text_content
from .linklists import link_kind, on_site, other_story, split_link
from .own_pages import own_link
from .region_names import media_named
from .rules import regions as rules
from .slug_lines import names_target


def inset_card(el: etree._Element, links: list[etree._Element], titles: list[str], chars: int,
               hosts: frozenset[str], base: str | None) -> str | None:
    """The link target (``href``) of the one story the card ``el`` shows, or None.
    ``links``: its links with a target; ``titles``: their texts (normalised); ``chars``: its
    text's length. ``RegionJudge._card`` asks it of the cards its plain test turns away."""
    if chars > rules.MAX_INSET_CARD_TEXT:
        return None
    headline = max(range(len(titles)), key=lambda i: len(titles[i].split()))
    href = links[headline].get("href") or ""
    key, article = link_kind(href, hosts)
    if key is None or own_link(key, hosts):
        return None
    if not (article and other_story(href, hosts, base)) and not (
            _internal(href, hosts) and names_target(titles[headline], href)):
        return None
    parent = links[headline].getparent()
    if parent is None or norm(text_content(parent)) != titles[headline]:
        return None  # (the link is part of a sentence, a picture's caption: no headline)
    pictured = False
    labels: set[str] = set()
    for a, text in zip(links, titles, strict=True):
        other, other_article = link_kind(a.get("href") or "", hosts)
        if other == key:
            if media_named(a):
                return None  # (a byline's link to the author's page, an author box)
            pictured = pictured or next(a.iter("img", "picture"), None) is not None
        elif other_article or not text or len(text) > rules.LABEL_CHARS:
            return None  # (another story, or a link that is no section label: no card of one story)
        else:
            labels.add(other or "")
    if not pictured or len(labels) > rules.MAX_INSET_CARD_LABELS:
        return None
    return href


def _internal(href: str, hosts: frozenset[str]) -> bool:
    """The link goes to a page of the site (a relative path, or one of its hosts)."""
    split = split_link(href.strip())
    if split is None:
        return False
    host = split[0]
    host = host[4:] if host.startswith("www.") else host
    return bool(split[1].strip("/")) and (not host or on_site(host, hosts))
