"""A widget set apart from the text (``action_widgets``' climb past long text).

``action_widgets`` climbs from a CTA's action to its widget while each ancestor adds only a
box's parts, and stops at a long paragraph, a body-length block or a container of the
article's text. A promo box in the text ("Stay ahead of the trends" on a coloured
background: a title, four paragraphs, a "GET STARTED" button), an opt-in box with a long
consent note, a pop-up with a carousel of testimonials beside its form hold more text than
a box, yet the page sets them apart as one thing: an own background or border (an inline
style), or a close control of its own. Such an ancestor, a few levels up, is the widget
when all it holds is one action: one link target (its form, or links to one page; legal
links aside), no list of links (or empty list), no second form or embed, no other found
item, no page title, at most ``APART_MAX_TEXT`` characters. The body walk may have taken its paragraphs in: the box's
CTA takes them out (``regions.without_taken``).

Works on the climbed CTA's ancestors only (no walk of the page).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from .chrome_util import class_or_id_named, norm, tag_of, text_content, text_stats
from .close_controls import closable, close_control
from .cta_widgets import legal_label
from .rules import chrome_patterns as patterns
from .rules import regions as region_rules
from .rules import widgets as rules

#: Never a box: the page, its regions, the article's containers, lists and tables.
_NEVER = frozenset({
    "html", "body", "main", "article", "header", "footer", "aside", "nav", "blockquote",
    "figure", "td", "tr", "table", "tbody", "thead", "ul", "ol", "dl", "menu", "p",
})
#: What a box holding one action never holds: an embed, the page's title...
_FOREIGN = ("iframe", "h1")
#: ...or a list of links (a list of points is a blurb's).
_LISTS = ("ul", "ol", "nav", "menu")


def apart_box(node: etree._Element, body_line: Collection[etree._Element],
              alone: Callable[[etree._Element], bool]) -> etree._Element | None:
    """The nearest ancestor of ``node`` (``APART_CLIMB`` levels up at most) set apart as one
    widget (module doc), or None. ``alone(a)``: ``a`` holds no found item beside ``node``'s.
    ``body_line``: the article's containers (a box may be one of them: the text it took in)."""
    below = node
    for anc in islice(node.iterancestors(), rules.APART_CLIMB):
        if tag_of(anc) in _NEVER or class_or_id_named(anc, rules.PAGE_COLUMN_WORDS) or not alone(anc):
            return None
        # (a box of the article's line must say it is set apart by its style: a close
        # control among the article's containers is a gallery's or a player's)
        if _styled(anc) or anc not in body_line and _own_close(anc, below):
            return anc if _one_action(anc) else None
        below = anc
    return None


def _own_close(box: etree._Element, below: etree._Element) -> bool:
    """``box`` is a small box with a close control beside ``below`` (the climbed part's: a
    panel's own "Cancel" closes the panel, no box around it)."""
    if not closable(box):
        return False
    return any(type(x.tag) is str and close_control(x) for c in box if c is not below for x in c.iter())


def _styled(el: etree._Element) -> bool:
    """``el``'s inline style gives it a background, a border or a shadow of its own."""
    style = el.get("style")
    if not style:
        return False
    for decl in style.lower().split(";"):
        prop, _, value = decl.partition(":")
        value = value.strip()
        if prop.strip() in rules.APART_STYLES and value and value not in rules.APART_NO_STYLE:
            return True
    return False


def _one_action(box: etree._Element) -> bool:
    """``box`` is a widget's size and holds one action: at most ``APART_MAX_TEXT`` characters,
    no list of links (or empty list), embed or page title, one form at most, and links to one page (its path; legal
    links and in-page anchors aside) or none beside its form."""
    if next(box.iter(*_FOREIGN), None) is not None:
        return False
    for x in box.iter(*_LISTS):
        if sum(1 for _ in islice(x.iter("a"), 2)) > 1 or not norm(text_content(x)):
            return False  # (a list of links, or an empty one a script fills with stories)
    stats = text_stats(box, max_elements=rules.APART_MAX_ELEMENTS)
    if stats.truncated or stats.chars > rules.APART_MAX_TEXT or sum(1 for _ in islice(box.iter("form"), 2)) > 1:
        return False
    targets: set[str] = set()
    for a in box.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")) or legal_label(norm(text_content(a)).lower()):
            continue
        parts = urlsplit(href)
        targets.add(f"{parts.netloc}{parts.path.rstrip('/')}")
        if len(targets) > 1:
            return False
    return not (targets and next(box.iter("form"), None) is not None)


def titled_box(node: etree._Element, body_line: Collection[etree._Element],
               body_blocks: Collection[etree._Element]) -> etree._Element | None:
    """``node``'s parent when it is a titled box of the text around an action the body left
    out (a callout between two sections: "Manage Your Money Better", a line, "Get Trusted
    Advice"): of the article's blocks it holds only a heading (no page title) and at most
    ``TITLED_BOX_BLOCKS`` in all, a box's text with no body-length paragraph, no link beside
    ``node``'s, no list, form or embed; and the article goes on outside it (at least
    ``TITLED_BOX_BODY_LEFT`` more blocks). None when it is not (a section of the text ending
    in its button holds more, or no heading)."""
    parent = node.getparent()
    if parent is None or parent not in body_line or tag_of(parent) in _NEVER \
            or class_or_id_named(parent, rules.PAGE_COLUMN_WORDS):
        return None
    stats = text_stats(parent, max_elements=rules.TITLED_BOX_ELEMENTS)
    if stats.truncated or stats.chars > region_rules.MAX_BOX_TEXT or stats.longest_p > patterns.MAX_CTA_PARAGRAPH:
        return None
    if sum(1 for a in parent.iter("a") if a.get("href")) != sum(1 for a in node.iter("a") if a.get("href")):
        return None  # (a link in the blurb: a line of the text, no prompt)
    if next(parent.iter(*_FOREIGN, *_LISTS, "form"), None) is not None:
        return None
    blocks = [e for e in parent.iter() if e in body_blocks]
    if not blocks or len(blocks) > rules.TITLED_BOX_BLOCKS or not any(tag_of(b) in _TITLES for b in blocks):
        return None
    return parent if len(body_blocks) >= len(blocks) + rules.TITLED_BOX_BODY_LEFT else None


#: The title of a box in the text (the page's title, ``h1``, is the article's).
_TITLES = frozenset({"h2", "h3", "h4", "h5", "h6"})
