"""Navigation is a region, not a mask: an element classed like a menu that holds the article
is the page's wrapper, not navigation.

The chrome walk (``chrome.py``) walks a navigation-classed element (``rules.NAVIGATION``:
``nav``, ``menu``, ``off-canvas`` ...) for ad slots and rows of profile links only. Themes
put such words on the page itself: a ``<body>`` flag saying the page *has* a menu
(``has-menu``, ``nav-open``, ``genesis-breadcrumbs``), Drupal's ``<div
class="dialog-off-canvas-main-canvas">`` wrapping the whole page, a ``row-offcanvas``
``<main>``. Walked as navigation, every related block and call to action of the page is
lost. What the element *is* decides, whatever its class says:

* ``<html>``, ``<body>`` and ``<main>`` are the page (or its main part), never a menu;
* any other element (a wrapper ``div``, an ``<article>``, a misnested ``<nav>``) holding the
  page's headline (an ``h1``) with ``rules.WRAPPER_PARAGRAPHS`` paragraphs of running text
  after it holds the article: a menu is small in text and mostly links (a mega menu's
  teasers have no ``h1`` above them; a header's logo ``h1`` no article text after it).

The body is found after the chrome walk, so the test reads the element's own subtree;
it is asked only of elements classed like navigation (and ``<nav>`` elements), and stops
at the first answer.
"""

from __future__ import annotations

from lxml import etree

from .rules import chrome_patterns as rules

#: The page itself (or its main part): never navigation, whatever its class.
PAGE_TAGS = frozenset({"html", "body", "main"})


def holds_article(el: etree._Element) -> bool:
    """``el`` holds an ``h1`` followed (in document order, inside ``el``) by
    ``rules.WRAPPER_PARAGRAPHS`` paragraphs of ``rules.WRAPPER_PARAGRAPH_CHARS`` characters
    or more: the article's headline and body text."""
    # (one walk in C over the headings and paragraphs only; most menus hold neither)
    headline = False
    needed = rules.WRAPPER_PARAGRAPHS
    least = rules.WRAPPER_PARAGRAPH_CHARS
    for node in el.iter("h1", "p"):
        if node.tag == "h1":
            headline = True
        elif headline and _chars(node) >= least:
            needed -= 1
            if not needed:
                return True
    return False


def _chars(p: etree._Element) -> int:
    """Characters of a paragraph's text, blanks at its ends left out."""
    if not len(p):
        return len((p.text or "").strip())
    return len("".join(p.itertext()).strip())
