"""Related links inside the article's text, second form: a one-sentence paragraph that
invites the reader to another story of the site — "Learn more in our guide to <a>project
charters</a>.", "Lesen Sie mehr zum Thema <a>Mietpreisbremse</a>", "En savoir plus : <a>…</a>"
— its words an invitation (``rules.regions.INVITE_STEMS``, many languages), its link last.
A sentence of the running text that merely holds a link is none: the line must open with the
invitation and end with the link (a few words after it allowed: "<a>…</a> here.", "to learn
more."). The words are the evidence: the link need only go to a page of the site that is no
listing ("Read our guide on the <a>Scrum methodology</a>": a one-word slug)."""

from __future__ import annotations

from lxml import etree

from . import related
from .chrome import Found
from .chrome_util import norm
from .linklists import site_page
from .rules import regions as rules

#: Characters that may close the line after its link.
_CLOSING = ".!?…:;)»”\"' "


def invite_line(el: etree._Element, links: list[etree._Element], text: str, hosts: frozenset[str],
                base: str | None) -> Found | None:
    """``el`` (a body paragraph; ``links``: its links, ``text``: its normalised text) as a
    related block of one item, if it is an invitation line (see the module).
    ``linklines.link_line`` asks it of the paragraphs with one link that are no other line."""
    if len(links) != 1 or not text.lower().startswith(rules.INVITE_STEMS):
        return None
    if len(text.split()) > rules.MAX_INVITE_WORDS:
        return None
    link_text = norm(links[0].text_content())
    head, _, tail = text.rpartition(link_text)
    if not link_text or not head or len(link_text.split()) < rules.MIN_INVITE_LINK_WORDS:
        return None
    rest = tail.strip(_CLOSING)
    if len(rest.split()) > rules.MAX_INVITE_TAIL_WORDS or (rest and tail.rstrip().endswith(":")):
        return None  # (the link closes the line, or a few words after it: "here.", "to learn more.";
        # "... <a>rental trucks</a> in New York:" leads into the text that follows)
    if not site_page(links[0].get("href") or "", hosts):
        return None
    rel = related.build_related(el, base, title=None)
    return Found(el, rel) if rel.items else None
