"""Navigation is a region, not a mask: an element classed like a menu that holds the article
is the page's wrapper, not navigation.

The chrome walk (``chrome.py``) walks a navigation-classed element (``rules.NAVIGATION``:
``nav``, ``menu``, ``off-canvas`` ...) for ad slots and rows of profile links only. Themes
put such words on the page's own wrapper: Drupal's ``<div
class="dialog-off-canvas-main-canvas">`` around the whole page, a theme's
``div.mobile-nav-from-left`` or ``div.off-canvas-wrap``, a ``<main class="row-offcanvas">``.
Walked as navigation, every related block and call to action of the page was lost. What
the element *is* decides, whatever its class says (``page_wrapper``):

* it holds the page's headline (an ``h1``) with ``rules.WRAPPER_PARAGRAPHS`` paragraphs of
  running text after it: the article (a menu is small in text and mostly links; a mega
  menu's teasers stand under no ``h1``, a header's logo ``h1`` has no article text after it);
* and it stands in no page region (``<header>``, ``<nav>``, ``<footer>``, ``<aside>``, a
  list, a button, a link): one that does holds the article only because the page's markup
  leaves a region unclosed (``<header>...<button><main>``), and what it holds stays a
  region's. A ``<nav>`` element is such a region itself.

``<html>`` and ``<body>`` classes (``has-nav-menu``, ``et_fixed_nav``,
``genesis-breadcrumbs-hidden``) still switch the walk to navigation: unmasked, those pages
(a tenth of the corpus) meet misreadings of other steps (per-picture share overlays, card
parts taken as blocks) that lose more than they find, and their walk costs +0.4% of the
parse time.

The body is found after the chrome walk, so the test reads the element's own subtree; it
is asked only of elements classed like navigation, and stops at the first answer.
"""

from __future__ import annotations

from lxml import etree

from .rules import chrome_patterns as rules

#: Page regions: an element in one (or one itself) is no page wrapper, whatever it holds.
_REGION_TAGS = frozenset({"header", "nav", "footer", "aside", "button", "a", "li", "ul", "ol", "form", "label"})
#: The page itself: left to its class (module doc).
_PAGE = frozenset({"html", "body"})


def page_wrapper(el: etree._Element, tag: str) -> bool:
    """``el`` (classed like navigation, tag ``tag``) is the page's wrapper holding the article
    (module doc), no navigation."""
    if tag in _REGION_TAGS or tag in _PAGE:
        return False
    # (the cheap test first: most navigation-classed elements are menus holding no h1)
    if not holds_article(el):
        return False
    return not any(anc.tag in _REGION_TAGS for anc in el.iterancestors())


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
