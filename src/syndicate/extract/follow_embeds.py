"""Follow widgets a network's or a blog platform's script draws, found by the markup the page
holds before the script runs (``chrome`` asks these of iframes and boxes):

- a network's follow plugin in an ``<iframe>`` whose address names the profile: Facebook's
  page plugin or like box (``plugins/page.php?href=<profile>``), X's follow button
  (``follow_button.html?screen_name=...``), YouTube's subscribe button. A like or share
  button of the article is no such frame;
- a blog platform's followers gadget: an empty box the platform's script fills with the
  blog's followers and a "Follow" button (Blogger's ``widget Followers``, class tokens whole,
  ``rules.follow_embeds.FOLLOWER_GADGETS``), holding at most a short title.
"""

from __future__ import annotations

from urllib.parse import unquote

from lxml import etree

from . import ctas
from .chrome_util import norm, tag_of, text_stats
from .rules import follow_embeds as rules

_SRC = b"src"
#: Whether a class string may name a followers gadget (``follower_gadget`` tells).
gadget_hint = rules.GADGET_HINT.search


def frame_box(el: etree._Element) -> etree._Element | None:
    """``el`` (an iframe) is a network's follow plugin: the box to report (the frame, or the
    wrappers holding only it, with a short prompt beside it), else None."""
    src = el.get(_SRC)
    if not src or not rules.FRAME_HINT.search(src):
        return None  # (most frames: no plugin host in the address)
    m = rules.PROFILE_FRAME.search(src)
    if m is None:
        if not rules.FOLLOW_FRAME.search(src):
            return None
    elif ctas.share_or_follow(unquote(m.group(1)).replace("&amp;", "&").split("&")[0]) != "follow":
        return None  # (a like box naming no profile: the article's own like button)
    box = el
    for _ in range(rules.FRAME_CLIMB):
        parent = box.getparent()
        if parent is None or len(parent) != 1 or norm(parent.text) or tag_of(parent) in ("body", "html"):
            break
        box = parent  # (a <center> or wrapper around the frame alone)
    return ctas.with_prompt(box)


def follower_gadget(el: etree._Element, cls: str) -> bool:
    """``el`` (class ``cls``, which ``gadget_hint`` let through) is a blog platform's
    followers gadget: its type among its class tokens, little text (a title)."""
    tokens = set(cls.split())
    if not any(tokens.issuperset(g) for g in rules.FOLLOWER_GADGETS):
        return False
    stats = text_stats(el, max_elements=rules.MAX_GADGET_ELEMENTS)
    return not stats.truncated and stats.chars <= rules.MAX_GADGET_TEXT


def embed_box(a: etree._Element, cls: str) -> etree._Element | None:
    """``a`` (class ``cls``) is a network's follow widget written as a link its script
    replaces (X's ``twitter-timeline``, ``twitter-follow-button``) naming a profile: the box
    to report (the link, or its widget with a short title), else None."""
    if not cls or rules.EMBED_LINK_CLASSES.isdisjoint(cls.split()):
        return None
    href = (a.get("href") or "").strip()
    if "?ref_src=" in href:
        href = href.partition("?")[0]  # (the embed code's own tracking; a search keeps its query)
    if not href or ctas.share_or_follow(href) != "follow":
        return None
    return ctas.with_prompt(a)
