"""Follow widgets the chrome pass missed (issue 15, sixth round), on small pages written for
the project, in English, German, French and Spanish:

1. a page whose ``<body>`` (or page wrapper) carries a menu-like class ("has-slider-menu",
   "mob-menu-slideout") is walked as navigation, where links are no CTAs: a row of links to
   the site's profiles in it is still a follow bar of its own, found at the row, not at the
   line around it (a copyright line, a menu entry); one "Facebook" among menu links is none.

Every parse goes through ``parse_article``, which also checks that the body is exactly the
article's four paragraphs.
"""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source


def _follows(doc):  # type: ignore[no-untyped-def]
    return [c for c in doc.ctas if c.kind == "follow"]


# ------------------------------------------------------------------ 1. a page classed like a menu


@pytest.mark.parametrize(("lang", "line", "body_class"), [
    ("en", "© Eastmere Gazette, all rights reserved.", "single has-slider-menu"),
    ("de", "© Hafenberger Anzeiger, alle Rechte vorbehalten.", "single mob-menu-slideout"),
    ("fr", "© Le Courrier de Port-Haut, tous droits réservés.", "single site-menu-social"),
])
def test_profile_row_on_a_page_classed_like_a_menu(lang, line, body_class):
    """A bottom bar: a copyright line on the left, Facebook and X icons on the right. On a
    page whose <body> class names a menu, the follow bar is where it is on any other page:
    the icon row with the line beside it, not the whole bottom bar."""
    bar = (f"<div class='site-bottom-bar'><div class='container'><div class='row'><div class='col'>"
           f"<div class='left'><div class='copy'>{line}</div></div>"
           f"<div class='right'><span class='profiles'><a href='https://www.facebook.com/gazette'><i></i></a>"
           f"<a href='https://twitter.com/gazette'><i></i></a></span></div></div></div></div></div>")
    plain = page(footer=bar, lang=lang, body_class="single")
    raw = page(footer=bar, lang=lang, body_class=body_class)
    (expected,) = _follows(parse(plain))
    (cta,) = _follows(parse(raw))
    assert cta.locator == expected.locator
    assert source(raw, cta.locator).get("class") != "site-bottom-bar"


def test_one_profile_link_among_menu_links_is_no_bar():
    """Spanish: a menu whose last entry is the Facebook page, on a page classed like a menu:
    navigation, no follow bar."""
    menu = ("<ul class='links'><li><a href='/portada/'>Portada</a></li><li><a href='/deportes/'>Deportes</a></li>"
            "<li><a href='/cultura/'>Cultura</a></li><li><a href='https://www.facebook.com/puertoalto'>Facebook</a></li></ul>")
    raw = page(footer=menu, lang="es", body_class="has-slider-menu")
    assert _follows(parse(raw)) == []



# ------------------------------------------------------------------ 2. a plugin box a network's script fills


@pytest.mark.parametrize(("lang", "prompt", "plugin"), [
    ("en", "Like us on Facebook", "fb-like-box"),
    ("es", "Me gusta El Diario de Puerto Alto", "fb-like"),
    ("de", "Hafenblatt auf Facebook", "fb-page"),
])
def test_facebook_page_plugin_is_a_follow_widget(lang, prompt, plugin):
    """A sidebar widget: a heading and Facebook's empty plugin box naming the site's page in
    data-href (its script fills it): one follow CTA, the widget with its heading."""
    widget = (f"<div class='widget'><h3>{prompt}</h3><div id='fb-root'></div>"
              f"<div class='{plugin}' data-href='https://www.facebook.com/puertoalto' data-width='300'></div></div>")
    raw = page(side=widget, lang=lang)
    (cta,) = _follows(parse(raw))
    assert source(raw, cta.locator).get("class") == "widget"
    assert cta.text == prompt


def test_like_button_of_the_article_is_no_follow_widget():
    """French: Facebook's like button naming the article's own URL likes the page, it
    follows no profile."""
    button = "<div class='fb-like' data-href='https://example.com/news/harbour-wall' data-layout='button_count'></div>"
    raw = page(after=button, lang="fr")
    assert _follows(parse(raw)) == []


# ------------------------------------------------------------------ 3. an author card's own Follow button


@pytest.mark.parametrize(("lang", "button"), [
    ("en", "<button class='btn'>Follow</button>"),
    ("en", "<a href='https://twitter.com/annareed'><span>follow</span></a>"),
    ("de", "<a class='c-button' href='/login'>Folgen</a>"),
    ("fr", "<button type='submit'>Suivre</button>"),
])
def test_follow_button_of_an_author_card(lang, button):
    """Below the text, the author's card: a portrait, the name, a short bio and the
    profile's own Follow button. The button is a follow CTA (at the button or at the box
    holding only it: its outermost element, ``box_edges``), not the card."""
    card = (f"<div class='author-card'><img src='/a.jpg' alt=''><span class='name'>Anna Reed</span>"
            f"<p>Reporter for the harbour and the council.</p><div class='act'>{button}</div></div>")
    raw = page(below=card, lang=lang)
    (cta,) = _follows(parse(raw))
    el = source(raw, cta.locator)
    assert el.tag in ("a", "button") or el.get("class") == "act", el.get("class")


def test_follow_label_under_each_network_of_a_row_is_no_button():
    """Spanish: a row of networks, each link labelled "Seguir" and leading to the site's
    own redirect pages: the label is the row's, no follow button per entry."""
    row = "".join(f"<li><a href='/conecta-en-{n}/'><span>Seguir</span></a></li>" for n in ("facebook", "instagram", "tiktok"))
    raw = page(header=f"<ul class='redes'>{row}</ul>", lang="es")
    assert len(_follows(parse(raw))) <= 1


# ------------------------------------------------------------------ 4. a profile on a locale host


@pytest.mark.parametrize(("lang", "host"), [
    ("de", "de-de.facebook.com"), ("pt", "pt-br.facebook.com"), ("es", "es-la.facebook.com"),
])
def test_profile_on_a_locale_host_is_followed(lang, host):
    """Facebook serves a page under a locale host ("de-de.", "pt-br."); a footer's icon row of
    such a profile and an X profile is a follow bar like any other."""
    row = (f"<div class='footer-social'><ul><li><a href='https://{host}/Hafenberger-Anzeiger-144130875774981'></a></li>"
           f"<li><a href='https://twitter.com/hafenberger'></a></li></ul></div>")
    (cta,) = _follows(parse(page(footer=row, lang=lang)))
    assert source(page(footer=row, lang=lang), cta.locator).tag in ("div", "ul")
