"""Share/follow bars: the text a reader sees in a bar and the links a bar holds beside its
network links.

A bar's links are icons; what a reader sees of them is the icon. Their words for screen
readers ("Click to share on Facebook (Opens in new window)", in an element whose class is a
screen-reader-only token: ``rules.SR_ONLY_CLASSES``) and text the markup hides (the page's
address kept in a hidden span for a copy-link button) are no visible text: counted, they
made a bar look like a list of stories. And a bar holds, beside its network links, the
page's own controls: an e-mail link (plain, or hidden from harvesters by Cloudflare), a
feed, print and copy-link controls and a jump to the comments (``#``/``javascript:``
links): such links make no bar, but do not break one.
"""

from __future__ import annotations

from lxml import etree

from .chrome_util import norm, text_content, text_stats, words
from .element_hints import is_hidden
from .follow_rows import row_aside
from .rules.bar_text import CHANNEL_WORDS, PROTECTED_MAIL_HREF, SR_ONLY_CLASSES


def unseen_chars(el: etree._Element) -> tuple[int, int]:
    """Characters of ``el``'s text a reader does not see (screen-reader-only, hidden by the
    markup), in all and inside its links."""
    total = in_links = 0
    stack = [(c, False) for c in reversed(el)]
    while stack:
        x, in_link = stack.pop()
        if not isinstance(x.tag, str):
            continue
        if _unseen(x):
            # (its visible-node text as ``text_stats`` counts it: a hidden box's scripts are none)
            total += text_stats(x, max_elements=100).chars
            in_links += len(norm(text_content(x))) if in_link else 0
            continue
        in_link = in_link or (x.tag == "a" and bool(x.get("href")))
        stack.extend((c, in_link) for c in reversed(x))
    return total, in_links


def _unseen(x: etree._Element) -> bool:
    """A label a reader does not see. (A hidden part holding links or a heading is a piece
    of the page a script shows, a sticky header with the story's title: its text counts.)"""
    cls = x.get("class")
    if not (cls and not SR_ONLY_CLASSES.isdisjoint(cls.split())) and not is_hidden(x):
        return False
    return next(x.iter(*_PAGE_PARTS), None) is None


#: Elements that make a hidden part more than a label.
_PAGE_PARTS = ("a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "ul", "ol", "form")


def beside_bar(href: str) -> bool:
    """A link a bar holds beside its network links: e-mail, feed, or a control on this page
    (print, copy link, the jump to the comments)."""
    href = href.strip()
    return (href[:1] == "#" or href[:11].lower() == "javascript:" or href[:7].lower() == "mailto:"
            or row_aside(href) is not None or PROTECTED_MAIL_HREF.match(href) is not None)


def channel_link(text: str) -> bool:
    """A link whose short text (``norm``-ed) names another way to follow the site: its
    newsletter, feed, app, podcast or mail ("Newsletters", "Fil RSS", "Android App"). (``words``
    splits at blanks itself.)"""
    return len(text) <= 30 and not CHANNEL_WORDS.isdisjoint(words(text))
