"""Headed promo boxes outside the body (``extract/promo_bands.py``): a heading, a line or two
of pitch and ONE link to one of the site's own pages that is no story, however the link is
styled, are a CTA ``other`` reported at the box; an author's box, a teaser's "Learn more"
to a story, a grid of service cards and a box linking another site are none. Small pages
written for the project, English, German and Spanish.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse


def _others(raw: bytes) -> list[str]:
    doc = parse(raw)
    return [c.locator or "" for c in doc.ctas if c.kind == "other"]


#: A side box: heading, one line, a plain link to the site's sign-up page on a subdomain.
SIDE_BOX = ("<div class='x9fk2'><div class='x9fk3'><h2>Host your shop in minutes</h2>"
            "<span>Click below to try our hosted machines and databases for free.</span></div>"
            "<div><a class='Lnk-sc-77ab' href='https://cloud.example.com/registrations/new'>Sign up</a></div></div>")


#: The site's menu: its own pages (a page of one link would take that link's host for the site's).
MENU = "<nav>" + "".join(f"<a href='/{s}'>{s.title()}</a> " for s in (
    "news", "sport", "weather", "tv", "radio", "travel", "money", "food", "health", "science")) + "</nav>"


def test_side_box_with_a_plain_link_to_an_own_subdomain_en():
    """A side column's box titled by a heading, with a line of pitch and one link (a hashed
    class: no button word) to the site's sign-up page on a subdomain, is an offer."""
    assert _others(regionpages.page(side=SIDE_BOX, header=MENU)) == ["/html/body/div/div/div"]


def test_footer_box_with_one_link_de():
    """German: a footer block (heading, two sentences, one plain link to the site's
    submission page) is an offer."""
    box = ("<div class='block-18e5'><h2>Projekt einreichen</h2><p>Schicken Sie uns Ihr Projekt, damit wir "
           "es im Blog vorstellen. Bitte fügen Sie Bilder und Nachweise bei.</p>"
           "<p><a href='/projekt-einreichen'>Jetzt einreichen</a></p></div>")
    assert _others(regionpages.page(footer=box, lang="de")) == ["/html/body/footer/div"]


def test_box_linking_another_site_or_a_story_is_none():
    """The same box whose link goes to another site, to a story of the site (a slug of many
    words), to the home page or to an e-mail address behind a protecting CDN's link is no offer."""
    for href in ("https://cloud.other-firm.net/registrations/new",
                 "/news/harbour-wall-to-be-rebuilt-before-the-storms", "/", "/cdn-cgi/l/email-protection#4f2a"):
        box = SIDE_BOX.replace("https://cloud.example.com/registrations/new", href)
        assert _others(regionpages.page(side=box, header=MENU)) == [], href


def test_author_box_and_read_more_are_none_es():
    """Spanish: an author's box (heading, bio, link to the author's page) and a box whose one
    link is a read-more are no offer; the advertising box beside them is."""
    author = ("<div class='author-box'><h3>Sobre la autora</h3><p>Ana escribe sobre el puerto y la costa "
              "desde hace diez años.</p><a href='/equipo/ana'>Ver perfil</a></div>")
    more = ("<div class='x1'><h3>Nuestro puerto</h3><p>Todo sobre las obras del muelle y sus plazos.</p>"
            "<a href='/obras'>Leer más</a></div>")
    offer = ("<div class='x2'><h3>Anuncie su negocio</h3><p>Llegue a los lectores del puerto cada semana.</p>"
             "<div><a href='/publicidad/tarifas'>Ver tarifas</a></div></div>")
    assert _others(regionpages.page(side=author, below=more, footer=offer, lang="es")) == ["/html/body/footer/div"]


def test_grid_of_cards_is_none():
    """Three cards alike (heading, line, "Learn more" to a service page) are a listing's
    entries, no offer set apart; one card alone is."""
    cards = "".join(f"<div class='svc'><h3>Harbour service {i}</h3><p>What we do for boats of size {i}.</p>"
                    f"<a href='/services/s{i}'>See service</a></div>" for i in range(3))
    assert _others(regionpages.page(below=f"<div class='grid'>{cards}</div>")) == []
    one = cards.split("</div>")[0] + "</div>"
    assert len(_others(regionpages.page(below=f"<div class='grid'>{one}<p>x</p></div>"))) == 1
