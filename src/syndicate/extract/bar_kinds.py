"""The kind of a share/follow bar whose links say nothing of it.

``ctas.kind_of_links`` reads a bar's kind from its links: a ``sharer.php?u=`` link shares the
page, a link to a network profile follows the site. Many bars hold no such link: icons whose
``href`` is ``#`` (a script opens the network's dialog), buttons, links with no address. Their
kind then came from the word that named the box ("c-follow-us", "share-button"), which says
how the theme styles it, not what it does. Two things of the bar itself say more:

- its lead, the text before its first link or button: "Share this story", "Send this article
  to someone", "Seite empfehlen" ask to share; "Follow us", "Stay connected:" to follow
  (``rules.bar_kinds`` in several languages);
- a tool that acts on this page: print it, e-mail it (``mailto:?…body=``), copy its address.
  A follow bar's links are all profiles; a bar with such a tool is a share bar.

Asked only of a bar whose links decided nothing (rare): no walk of the page.
"""

from __future__ import annotations

from itertools import islice

from lxml import etree

from .chrome_util import norm
from .rules import bar_kinds as rules

#: Links and buttons of a bar read (a bar has a dozen at most).
_MAX_CONTROLS = 24
_CONTROLS = frozenset({"a", "button"})
_SKIP = frozenset({"script", "style", "noscript", "svg"})


def bar_kind(bar: etree._Element, kind: str) -> str:
    """``share`` or ``follow`` for ``bar``, named ``kind`` by a word, whose links are of
    neither kind: its lead's ask first, then a page tool (share)."""
    lead = _lead(bar)
    if lead:
        if lead.startswith(rules.SHARE_LEADS):
            return "share"
        if lead.startswith(rules.FOLLOW_LEADS):
            return "follow"
    if kind == "follow" and _page_tool(bar):
        return "share"
    return kind


def _lead(bar: etree._Element) -> str:
    """The text of ``bar`` before its first link or button (lower case, ``MAX_LEAD`` chars)."""
    parts: list[str] = []
    size = 0
    for node in bar.iter():
        tag = node.tag
        if type(tag) is not str:
            continue  # (a comment's text is no lead)
        if tag in _CONTROLS:
            break
        if tag in _SKIP:
            continue
        text = node.text
        if text and not text.isspace():
            parts.append(text)
            size += len(text)
            if size >= rules.MAX_LEAD:
                break
    return norm(" ".join(parts)).lower()[:rules.MAX_LEAD] if parts else ""


def _page_tool(bar: etree._Element) -> bool:
    """A link of ``bar`` printing the page, e-mailing it (``mailto:`` with no address or a
    body) or copying its address, by its target or its label."""
    for a in islice(bar.iter("a", "button"), _MAX_CONTROLS):
        href = (a.get("href") or "").strip().lower()
        if href.startswith("javascript:") and "print" in href:
            return True
        if href.startswith("mailto:") and (href.startswith("mailto:?") or "body=" in href):
            return True
        label = norm(a.text_content()).lower()
        if label and len(label) <= 20 and label in rules.PAGE_TOOL_LABELS:
            return True
    return False
