"""A box's title line that links its section, read before the box is judged.

A related box often titles itself with a link to the listing it samples: "Mehr aus Lübeck"
linking the local section, a "Mehr" button beside an ``<h4>`` "Macwelt TV" linking the
video page. The measure reads the box's heading from its ``<h*>`` (the ``<h4>`` alone: "Macwelt
TV"; or, with the heading a link, a card's kicker below it), so the words naming the box
("Mehr …") are never read and the box is judged as an untitled list. ``title_lines`` knows
such lines but is asked only once the block passed; ``linked_title`` reads the line first,
so that the related-heading test sees it.

Structure only: the line is the box's first child showing text, short (a name), set as a
heading (an ``<h*>`` or a heading/title class in it), every
link in it goes to one page that is no article of the site (a section or listing page),
the link's words are the line's (a name) or a short button beside a heading in the line,
and links follow the line in the box.
"""

from __future__ import annotations

from itertools import islice
from typing import NamedTuple

from lxml import etree

from .chrome_util import NO_TEXT, norm, text_content, words
from .element_hints import HEADINGS
from .linklists import link_kind
from .rules import linked_titles as rules
from .rules.chrome_patterns import NO_PAGE_HREF


class LinkedTitle(NamedTuple):
    """A box's first line that titles it by linking a listing page."""

    #: The line's text ("Mehr Macwelt TV").
    text: str
    #: The line, a child of the box.
    line: etree._Element
    #: The box's name: the text of an ``<h*>`` in the line, else the line's ("Macwelt TV").
    name: str


def linked_title(box: etree._Element, hosts: frozenset[str]) -> LinkedTitle | None:
    """``box``'s first line when it is a title linking a listing page (see the module's
    doc); None otherwise."""
    if (box.text or "").strip():
        return None
    kids = [c for c in box if isinstance(c.tag, str) and c.tag not in NO_TEXT]
    for i, c in enumerate(kids):
        if next(islice(c.iter(etree.Element), rules.MAX_LINE_ELEMENTS, None), None) is not None:
            # (a large child is no line: its text is not read, only whether it shows any)
            if next((t for t in c.itertext() if t.strip()), None) is None and next(c.iter("a"), None) is None:
                continue
            return None
        text = norm(text_content(c))
        if not text:
            if next(c.iter("a"), None) is not None:
                return None  # (an image link first: a card)
            continue  # (a rule, an icon, an empty slot)
        if len(text) > rules.MAX_LINE_CHARS or len(text.split()) > rules.MAX_LINE_WORDS:
            return None
        anchors = [a for a in c.iter("a") if a.get("href")]
        if not anchors or len({a.get("href") for a in anchors}) != 1:
            return None
        href = (anchors[0].get("href") or "").strip()
        if not href or href[:11].lower().startswith(NO_PAGE_HREF) or link_kind(href, hosts)[1]:
            return None  # (a control, or a story's link: a card's headline, no title)
        if not _set_as_heading(c):
            return None  # (a line of text linking a page: "Learn more about our disclosure")
        said = norm(" ".join(a.text_content() for a in anchors))
        if said != text and not (len(said.split()) <= rules.MAX_BUTTON_WORDS and _holds_heading(c)):
            return None  # (a link in a sentence; a short button goes only beside a heading)
        if not any(next((a for a in k.iter("a") if a.get("href")), None) is not None for k in kids[i + 1:]):
            return None  # (nothing listed under the line)
        h = c if c.tag in HEADINGS else next(c.iterdescendants(*HEADINGS), None)
        name = norm(text_content(h)) if h is not None else ""
        return LinkedTitle(text, c, name or text)
    return None


def _set_as_heading(line: etree._Element) -> bool:
    """``line`` is, or holds, an ``<h*>`` or an element classed as a heading or title
    (``HEADING_CLASS_WORDS``; the section link itself: ``…-headline_link``)."""
    for node in line.iter(etree.Element):
        if node.tag in HEADINGS:
            return True
        cls = node.get("class")
        if cls and any(not rules.HEADING_CLASS_WORDS.isdisjoint(words(n)) for n in cls.split()):
            return True
    return False


def _holds_heading(line: etree._Element) -> bool:
    """``line`` is or holds an ``<h*>`` (a "Mehr" button beside ``<h4>Macwelt TV</h4>``)."""
    return line.tag in HEADINGS or next(line.iterdescendants(*HEADINGS), None) is not None
