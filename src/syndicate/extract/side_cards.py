"""One story promoted by its picture in a side column: a widget of the sidebar holding a
heading (its own title, or the heading standing just before it) and one image link to an
article of the site, with at most a short blurb, the heading a headline of 4+ words ("» Coluna de Adauto Silva"
over the columnist's picture, "How to Age a Terracotta Pot" over the post's picture). A related block of one item,
placed ``outside`` by the side column around it.

Asked only of a box with one link (``region_judge``); the cheap answers first: the link's
facts (memo of the page), then the box's text, then at most ``SIDE_CLIMB`` ancestors.
"""

from __future__ import annotations

from lxml import etree

from ..model import Related, RelatedItem
from ..sanitize import safe_url
from . import related
from .chrome_util import norm, tag_of, text_content, words
from .linklists import LinkFacts, link_facts
from .rules import regions as rules
from .rules import side_columns

#: How many ancestors up a side column (an <aside>, a class/id naming a sidebar) is looked for.
SIDE_CLIMB = 6


def side_card(el: etree._Element, hosts: frozenset[str], facts: dict[etree._Element, LinkFacts],
              base: str | None) -> Related | None:
    """``el`` (holding one link) as a related block of one pictured story, or None."""
    a = next((x for x in el.iter("a") if x.get("href")), None)
    if a is None:
        return None
    got = facts.get(a)
    if got is None:
        got = facts[a] = link_facts(a, hosts)
    _, article, length, image, _ = got
    if not article or not image or length:
        return None  # (a picture that is the link: a text link in a widget is a list's business)
    if len(norm(text_content(el))) > rules.MAX_CARD_TEXT or not _in_side_column(el):
        return None
    title = related._title(el)
    if title is None or sum(1 for w in title.split() if any(c.isalnum() for c in w)) <= rules.TITLE_WORDS:
        return None  # (an unnamed picture may be a banner; a short name, an ad label or a call:
        # "Anzeige", "Verbandsmagazin", "Seien Sie dabei": a card names its story in a headline)
    rel = related.build_related(el, base, title=title)
    if not rel.items:
        # (a lazy picture with no source yet: the story named by the image's alt text)
        img = next(a.iterdescendants("img"), None)
        alt = norm(img.get("alt") or "") if img is not None else ""
        url = safe_url(a.get("href"), base)
        if alt and url:
            rel.items = [RelatedItem(title=alt, url=url)]
    return rel if len(rel.items) == 1 else None


def _in_side_column(el: etree._Element) -> bool:
    """An <aside> or a box named a sidebar/rail above ``el``, before any <article>/<main>."""
    for n, anc in enumerate(el.iterancestors()):
        if n >= SIDE_CLIMB:
            return False
        tag = tag_of(anc)
        if tag == "aside":
            return True
        if tag in ("article", "main", "body"):
            return False
        names = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if names.strip() and any(side_columns.SIDEBAR_WORDS.intersection(words(x)) for x in names.split()):
            return True
    return False
