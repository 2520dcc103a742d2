"""Comment jump links: a link outside the body to the page's own comment thread or form
("Jetzt kommentieren", "Commenter", "Réagir" at the end of a post's meta line), found by
its target (``#respond``, ``#comments`` on this page), not by its words. A count ("21",
"3 Kommentare"), an icon without text and a link inside the section it jumps to (a form's
"Cancel reply") are none; the same link under each post of a listing is listing chrome."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from lxml import etree

from .chrome import Found
from .chrome_util import page_attributes, visible_text, words
from .ctas import build_cta
from .rules import comment_links as jump_rules
from .rules import regions as rules


def comment_jumps(links: Iterable[etree._Element], body: set[etree._Element], taken: set[etree._Element],
                  urls: Sequence[str | None], base: str | None) -> list[Found]:
    """Links (``links``: the page's links whose target holds a '#') to the page's own comments anchor,
    outside the body and outside every item found (``taken``): one comments CTA each."""
    pages: set[str] | None = None
    hits: list[etree._Element] = []
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    for a in links:
        href = hrefs[a] or ""
        cut = href.find("#")
        if cut < 0 or not _comment_anchor(href[cut + 1:]):
            continue
        if pages is None:
            pages = {p for p in map(_page, urls) if p}
        if cut and ("?" in href[:cut] or _page(href[:cut]) not in pages):
            continue  # another page's comments (a teaser's count), or a reply-to-one-comment link
        if _inside(a, body, taken, href[cut + 1:]):
            continue
        # (spaced, an icon's <title> left out: "2<span>Comments</span>" is a count)
        text = visible_text(a, jump_rules.MAX_JUMP_TEXT)
        if not any(c.isalpha() for c in text) or _count(text):
            continue  # an icon, or a count ("21", "3 Kommentare"): no call to action
        hits.append(a)
    # The same button twice (one shown on phones, one on screens): one CTA, the first.
    seen: set[str] = set()
    out = []
    for a in hits:
        key = _letters(a)
        if key not in seen:
            seen.add(key)
            out.append(Found(a, build_cta(a, "comments", base)))
    return out


def _comment_anchor(fragment: str) -> bool:
    """``fragment`` names a comment thread or form ("respond", "comments", "disqus_thread",
    "comment-form") and nothing else: no single comment ("comment-1234"), no heading of
    the article ("#Monitor_and_Respond_to_Reviews")."""
    if not fragment or len(fragment) > jump_rules.MAX_JUMP_ANCHOR or any(c.isdigit() for c in fragment):
        return False
    ws = set(words(fragment))
    return not ws.isdisjoint(jump_rules.COMMENT_JUMP_ANCHORS) and ws <= jump_rules.COMMENT_JUMP_WORDS


def _count(text: str) -> bool:
    """``text`` is a comment count: "3 Kommentare", "5 Comments on <the title>" (a screen
    reader's words after the count), "One comment so far", "No comments"."""
    first = text.split(None, 1)[0].lower()
    return bool(rules.COUNT_TEXT.match(text)) or first[:1].isdigit() or first in jump_rules.COUNT_WORDS


def _page(url: str | None) -> str:
    """``url``'s path without a trailing slash ("" for none): a link may name the page
    with or without its host."""
    if not url:
        return ""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    return parts.path.rstrip("/")


def _inside(a: etree._Element, body: set[etree._Element], taken: set[etree._Element], anchor: str) -> bool:
    """``a`` is a body block's, part of an item found, or inside the element it jumps to."""
    if a in body or a in taken:
        return True
    for anc in a.iterancestors():
        if anc in body or anc in taken or anc.get("id") == anchor:
            return True
    return False


def _letters(a: etree._Element) -> str:
    return "".join(c for c in a.text_content().lower() if c.isalpha())
