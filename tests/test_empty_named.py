"""A box named for an ask that can show or do nothing is no CTA (``chrome_guards.shows_nothing``):
an SVG sprite's ``<symbol>``, a hidden field, a heading's anchor, a logo alone, a views block
rendered empty. A script's empty mount stays one. Small pages written for the project, in
English, German, French and Spanish.
"""

from __future__ import annotations

import syndicate
from regionpages import TEXTS, page, source

_URL = "https://example.org/news/harbour-wall"


def _lang_page(lang: str, **parts: str) -> bytes:
    """``regionpages.page`` with the story's paragraphs in ``lang``."""
    from regionpages import P

    raw = page(lang=lang, **parts).decode()
    for mine, theirs in zip(P, TEXTS[lang], strict=True):
        raw = raw.replace(mine, f"<p>{theirs}</p>")
    return raw.encode()


def _ctas(raw: bytes) -> list[tuple[str, str]]:
    """Kind and ``tag#id.class`` of each CTA of ``raw``."""
    doc = syndicate.parse(raw, url=_URL)
    out = []
    for c in doc.ctas:
        el = source(raw, c.locator)
        out.append((c.kind, f"{el.tag}#{el.get('id') or ''}.{el.get('class') or ''}"))
    return out


def test_svg_sprite_symbol_is_no_newsletter():
    """English page: the sprite's ``<symbol id="newsletter-success-image">`` (drawn where a
    ``<use>`` calls it; a saved page keeps the symbols without their ``<svg>``) is no
    sign-up box."""
    top = "<symbol id='newsletter-success-image'> </symbol><symbol id='icon-search'> </symbol>"
    assert not any(kind == "newsletter" for kind, _ in _ctas(_lang_page("en", top=top)))


def test_hidden_field_is_no_newsletter():
    """French page: a hidden field under ``<body>`` holding the sign-up page's address for a
    script, ``id="url_page_newsletter"``: nothing a reader sees."""
    top = "<input type='hidden' name='url_page_newsletter' id='url_page_newsletter' value='/inscription-newsletter'>"
    assert not any(kind == "newsletter" for kind, _ in _ctas(_lang_page("fr", top=top)))


def test_heading_anchor_is_no_newsletter():
    """Spanish and English pages: the empty anchor a platform puts in each heading, its id
    the heading's words ("Suscríbete al newsletter"), is no sign-up box."""
    for lang, words in (("es", "suscribete-al-newsletter"), ("en", "sign-up-for-the-newsletter")):
        between = (f"<h2><div class='header-anchor-parent'><div id='§{words}' class='header-anchor offset-top'>"
                   f"</div></div>{words.replace('-', ' ').capitalize()}</h2>")
        assert not any(kind == "newsletter" for kind, _ in _ctas(_lang_page(lang, between=between)))


def test_logo_alone_in_a_newsletter_block_is_no_newsletter():
    """German footer: the column named for the newsletter holds only the site's logo (the
    sign-up form is not on the page): no sign-up box."""
    footer = ("<div class='footer__block footer__block--newsletter'><img src='/logo.png' alt='' width='60'></div>"
              "<p>© 2025 Hafenbote</p>")
    assert not any(kind == "newsletter" for kind, _ in _ctas(_lang_page("de", footer=footer)))


def test_views_block_rendered_empty_is_no_newsletter():
    """English page: a views block named for the newsletter's title, rendered with no content
    (its rows and fields hold a blank): nothing to show."""
    top = ("<section class='main-top'><div class='region'><div class='views-element-container "
           "block-views-blocknewsletter-title-block-2' id='block-views-block-newsletter-title-block-2'>"
           "<div class='block__content'><div class='view view-newsletter-title'><div class='view-content'>"
           "<div class='views-row'><span class='views-field'><span class='field-content'> </span></span>"
           "</div></div></div></div></div></div></section>")
    assert not any(kind == "newsletter" for kind, _ in _ctas(_lang_page("en", top=top)))


def test_script_mount_with_its_settings_stays():
    """German page: the empty box a script fills with the sign-up form, its settings in
    ``data-*``: a newsletter CTA (10.9), though it shows nothing yet."""
    between = ("<div class='frame frame-type-newsletterregisterform'>"
               "<div class='react-newsletter-intext' data-subscription-source='newsletter_intext'></div></div>")
    assert any(kind == "newsletter" for kind, _ in _ctas(_lang_page("de", between=between)))
