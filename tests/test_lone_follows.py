"""A lone social-profile icon in the page's chrome is a follow CTA (``lone_follows``), on
small pages written for the project in German, English, Spanish and French: one LinkedIn
icon in a footer box of its own, icon modules each a link in a side column, the icons of a
header left loose among its links. A text link naming the network, an author card's
profile icon, one badge of a row of podcast platforms, an icon between an account and a
search toggle, and a share icon are none.
"""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source

_SVG = "<svg viewBox='0 0 10 10'><path d='M0 0h10v10z'/></svg>"


def _follows(doc):  # type: ignore[no-untyped-def]
    return [c for c in doc.ctas if c.kind == "follow"]


def _footer(social: str, lang: str) -> str:
    """A footer: a logo block with the address, the phone and a page link, then ``social``."""
    place = {"de": ("Hafenstraße 4, Hafenberg", "Standorte", "Telefon"),
             "en": ("4 Quay Road, Eastmere", "Locations", "Phone")}[lang]
    return ("<div class='upper-footer'><div class='footer-logo'>"
            "<a href='/'><img src='/img/logo.png' alt='' width='180' height='60'></a>"
            f"<p>{place[0]} <a href='/locations/'>{place[1]}</a></p>"
            f"<p><a href='tel:+4940123456'>{place[2]} 040 123456</a></p></div>{social}</div>")


def _linkedin_box(name: str) -> str:
    return (f"<div class='social-icon'><ul><li><a href='https://www.linkedin.com/company/{name}/' title='linkedin'>"
            f"<img src='/img/linkedin.svg' alt='linkedin'></a></li></ul></div>")


@pytest.mark.parametrize(("lang", "name"), [("de", "hafenblatt"), ("en", "eastmere")])
def test_one_icon_in_a_footer_box_of_its_own(lang, name):
    """One LinkedIn icon beside the footer's address block: one follow CTA, at its box."""
    raw = page(footer=_footer(_linkedin_box(name), lang), lang=lang)
    (cta,) = _follows(parse(raw))
    box = source(raw, cta.locator)
    assert box.get("class") == "social-icon"
    assert cta.url == f"https://www.linkedin.com/company/{name}/"


def test_icon_modules_in_a_side_column_each_a_follow_cta():
    """Spanish side column: picture modules, each a link (donations, two profiles, the
    newsletter), then the column's contact and legal links: each profile module is one CTA."""
    modules = "".join(f"<a href='{href}'><img class='modulo' src='/mod/{i}.jpg'></a><br>" for i, href in enumerate((
        "/donar", "https://www.facebook.com/puertoalto", "https://www.instagram.com/puertoalto/", "/boletin")))
    legal = "<p><a href='/contacto'>Contacto</a> · <a href='/aviso-legal'>Aviso legal</a></p>"
    raw = page(side=f"<div class='modulos'>{modules}{legal}</div>", lang="es")
    hrefs = sorted(source(raw, c.locator).get("href") for c in _follows(parse(raw)))
    assert hrefs == ["https://www.facebook.com/puertoalto", "https://www.instagram.com/puertoalto/"]


def test_loose_header_icons_after_the_menu_each_a_follow_cta():
    """French header: a menu of five entries, then three profile icons loose in the same
    wrapper (no list of their own): each icon is one follow CTA."""
    menu = "".join(f"<li><a href='/{w}'>{w.title()}</a></li>" for w in ("actualites", "meteo", "climat", "recherche", "produits"))
    icons = "".join(f"<a id='{n}_link' href='https://www.{n}.com/porthaut/'><img src='/pict/{n}.png' alt='{n}'></a>"
                    for n in ("facebook", "twitter", "instagram"))
    raw = page(header=f"<div id='globalnav-wrapper'><ul id='globalnav'>{menu}</ul><div class='clearer'></div>{icons}</div>",
               lang="fr")
    hrefs = sorted(source(raw, c.locator).find(".//a").get("href") if source(raw, c.locator).tag != "a"
                   else source(raw, c.locator).get("href") for c in _follows(parse(raw)))
    assert hrefs == [f"https://www.{n}.com/porthaut/" for n in ("facebook", "instagram", "twitter")]


def test_a_text_link_naming_the_network_is_no_icon():
    """German footer: "Facebook" as a text link beside the address block is a plain link."""
    text = "<div class='social-link'><a href='https://www.facebook.com/hafenblatt'>Facebook</a></div>"
    assert _follows(parse(page(footer=_footer(text, "de"), lang="de"))) == []


def test_an_author_cards_profile_icon_is_no_site_widget():
    """English author card under the text: the author's page and his one LinkedIn icon."""
    card = ("<div class='about'><div class='who'><span>Written by</span> <a href='/author/tom-hale/'>Tom Hale</a>"
            "<p>Tom covers the harbour and the council.</p></div>"
            f"<div class='links'><div><a href='https://www.linkedin.com/in/tomhale/'>{_SVG}</a></div></div></div>")
    assert _follows(parse(page(below=card))) == []


def test_one_badge_of_a_row_of_podcast_platforms_is_no_lone_icon():
    """Spanish: four platform badges under the player, one of them a show page on a network:
    the row is one widget, none of its badges a follow icon of its own."""
    badges = "".join(f"<a href='{h}'><img src='/img/plataforma-{i}.png' width='180' height='60'></a>" for i, h in enumerate((
        "https://itunes.example.org/podcast/puerto", "https://open.spotify.com/show/4rOoJ6Egrf8K2IrywzwOMk",
        "https://www.deezer.example/show/123", "https://podcasts.example.net/puerto")))
    raw = page(side=f"<div class='plataformas'><p>{badges}</p></div>", lang="es")
    assert all(source(raw, c.locator).tag != "a" for c in _follows(parse(raw)))


def test_an_icon_between_account_and_search_toggles_is_a_toolbar():
    """German header toolbar: an account toggle, a Facebook icon, a search toggle (each
    toggle unfolding its own menu): a row of controls, no lone follow icon."""
    toolbar = ("<ul class='nav-icons'>"
               "<li><a href='#'><i class='icon icon--profile'></i></a><div class='flyout'>"
               "<a href='/login'>Anmelden</a><a href='/registrieren'>Registrieren</a></div></li>"
               "<li><a href='https://www.facebook.com/hafenblatt'><i class='icon icon--social'></i></a></li>"
               "<li><a href='#'><i class='icon icon--search'></i></a><div class='flyout'><form action='/suche'>"
               "<input type='search' name='q'></form></div></li></ul>")
    menu = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in ("Politik", "Sport", "Kultur", "Wetter"))
    raw = page(header=f"<ul class='menu'>{menu}</ul>{toolbar}", lang="de")
    assert _follows(parse(raw)) == []


def test_a_lone_share_icon_is_no_follow_cta():
    """English footer: one share icon (a sharer link) is no profile."""
    share = ("<div class='social-icon'><a href='https://www.facebook.com/sharer/sharer.php?u=https://eastmere.example/a'>"
             f"{_SVG}</a></div>")
    assert _follows(parse(page(footer=_footer(share, "en")))) == []
