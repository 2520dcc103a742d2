"""Navigation is a region, not a mask (``extract/page_wrapper.py``): an element classed like a
menu that holds the article (its ``h1`` and the paragraphs after it) is the page's wrapper,
walked as page; a real menu stays navigation. Small pages written for the project, in
English, German and Spanish.
"""

from __future__ import annotations

from lxml import html as lxml_html

import syndicate
from regionpages import TEXTS, page
from syndicate.extract.page_wrapper import holds_article, page_wrapper

_URL = "https://example.org/news/harbour-wall"


def _lang_page(lang: str, **parts: str) -> str:
    """``regionpages.page`` with the story's paragraphs in ``lang``."""
    from regionpages import P

    raw = page(lang=lang, **parts).decode()
    for mine, theirs in zip(P, TEXTS[lang], strict=True):
        raw = raw.replace(mine, f"<p>{theirs}</p>")
    return raw


def _wrapped(raw: str, wrapper: str) -> bytes:
    """``raw`` with everything in ``<body>`` inside ``wrapper`` (an opening tag)."""
    start = raw.index(">", raw.index("<body")) + 1
    end = raw.rindex("</body>")
    tag = wrapper[1:].split()[0].rstrip(">")
    return (raw[:start] + wrapper + raw[start:end] + f"</{tag}>" + raw[end:]).encode()


def _kinds(raw: bytes) -> list[str]:
    return [c.kind for c in syndicate.parse(raw, url=_URL).ctas]


#: A share block a script fills (AddToAny: an empty box, no link yet).
_SHARE = "<div class='a2a_kit a2a_kit_size_32 addtoany_list' data-a2a-url='https://example.org/x'></div>"


def test_drupal_canvas_wrapper_is_no_menu_en():
    """Drupal wraps the whole page in ``div.dialog-off-canvas-main-canvas``: the share block
    under the article is found as on the same page without the wrapper."""
    raw = _lang_page("en", after=_SHARE)
    assert "share" in _kinds(raw.encode())
    assert "share" in _kinds(_wrapped(raw, "<div class='dialog-off-canvas-main-canvas'>"))


def test_mobile_nav_wrapper_is_no_menu_de():
    """German page in a theme's ``div.mobile-nav-from-left`` page wrapper: its share block is
    still a CTA."""
    raw = _lang_page("de", after=_SHARE)
    assert "share" in _kinds(_wrapped(raw, "<div class='mobile-nav-from-left' id='page'>"))


def test_real_menu_stays_navigation_es():
    """A Spanish off-canvas menu of short links (a ``h1`` with the site's name, no article text
    after it) is no page wrapper; a mega menu's teasers under no ``h1`` neither."""
    menu = ("<div class='off-canvas-menu'><h1 class='logo'>Diario del Puerto</h1><ul>"
            "<li><a href='/portada'>Portada</a></li><li><a href='/region'>Región</a></li></ul></div>")
    teaser = "<p>{}</p>".format(TEXTS["es"][0])
    mega = f"<div class='mega-menu'>{teaser * 4}</div>"
    for snippet in (menu, mega):
        el = lxml_html.fromstring(snippet)
        assert not holds_article(el)


def test_article_holder_is_page_wrapper_es():
    """A Spanish wrapper holding the headline and the story's paragraphs holds the article."""
    paras = "".join(f"<p>{t}</p>" for t in TEXTS["es"])
    el = lxml_html.fromstring(f"<div class='menu-open'><h1>Nuevo muelle</h1>{paras}</div>")
    assert holds_article(el)


def test_wrapper_in_a_page_region_is_none_de():
    """German page whose header is left open (``<header><div class='menu-top'><main>``): the
    menu-classed element holds the article only by the broken markup; it stays navigation,
    as a ``<nav>`` element holding the article does."""
    paras = "".join(f"<p>{t}</p>" for t in TEXTS["de"])
    doc = lxml_html.fromstring(f"<html><body><header><div class='menu-top'><main><h1>Neue Kaimauer</h1>{paras}"
                               "</main></div></header></body></html>")
    menu = doc.find(".//div")
    assert holds_article(menu)
    assert not page_wrapper(menu, "div")
    nav = lxml_html.fromstring(f"<nav class='navigation'><h1>Neue Kaimauer</h1>{paras}</nav>")
    assert not page_wrapper(nav, "nav")
