"""Headed contact columns (``contact_columns``): a footer column headed "Contact" holding the
e-mail address, a link to the contact form and profile icons; a closing band headed "Bereit?
Kontaktieren Sie uns" with the phone number beside its logo. Not: a footer menu column headed
"Contact" whose links lead to other pages, a column headed by other words. Small pages written for
the project, in English, German and Spanish.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse


def contact(doc, raw: bytes) -> list[tuple[str, str]]:
    """(placement, class) of the document's contact CTAs."""
    return [(c.position.placement, regionpages.source(raw, c.locator).get("class") or "")
            for c in doc.ctas if c.kind == "contact"]


_LINKS = ("<div class='footer_section'><h3>Lessons</h3><ul><li><a href='/guitar/'>Guitar</a></li>"
          "<li><a href='/piano/'>Piano</a></li><li><a href='/drums/'>Drums</a></li></ul></div>")


def test_a_footer_column_headed_contact_with_its_address_and_form_link_is_contact():
    """English: a footer column "Contact" listing the e-mail address, a "Contact form" link
    and two profile icons, beside a column of lesson links: contact, the column."""
    footer = (_LINKS + "<div class='footer_section reach'><h3>Contact</h3><ul>"
              "<li><a href='mailto:office@harbour-music.example'>office@harbour-music.example</a></li>"
              "<li><a href='/contact/'>Contact form</a></li><li class='social'>"
              "<a href='https://facebook.com/harbourmusic' class='icon'></a>"
              "<a href='https://instagram.com/harbourmusic' class='icon'></a></li></ul></div>")
    raw = regionpages.page(footer=footer, lang="en")
    doc = parse(raw)
    assert contact(doc, raw) == [("outside", "footer_section reach")], contact(doc, raw)


def test_a_closing_band_headed_by_a_contact_ask_with_a_phone_number_is_contact():
    """German: a band "Bereit für Ihr Projekt? Kontaktieren Sie uns noch heute" whose heading
    column holds the logo and whose other column the phone number, a log-in icon and a
    "Jetzt starten" button: contact, the band's grid."""
    footer = ("<div class='band'><div class='grid'><div class='col'><div class='brand'>"
              "<a href='/' class='brand-link'><img src='/logo.svg' alt='Logo'></a></div>"
              "<h2>Bereit für Ihr Projekt? Kontaktieren Sie uns noch heute</h2></div>"
              "<div class='col'><div class='buttons'><a href='tel:+4930123456' class='phone'>030 123 456</a>"
              "<a href='https://kunden.portal.example/login' class='login' aria-label='Anmelden'></a>"
              "<a href='#' class='button popup'>Jetzt starten</a></div></div></div></div>" + _LINKS)
    raw = regionpages.page(footer=footer, lang="de")
    doc = parse(raw)
    assert contact(doc, raw) == [("outside", "grid")], contact(doc, raw)


def test_menu_columns_and_columns_headed_by_other_words_are_not_contact():
    """Spanish: a footer menu column "Contacto" whose links lead to the press office, jobs and
    legal pages beside its e-mail address, and a column headed by the shop's opening hours
    with its phone number (a heading naming no contact): no contact CTA."""
    footer = ("<div class='col menu'><h4>Contacto</h4><ul>"
              "<li><a href='mailto:info@puerto-alto.example'>info@puerto-alto.example</a></li>"
              "<li><a href='/prensa/'>Prensa</a></li><li><a href='/empleo/'>Empleo</a></li>"
              "<li><a href='/aviso-legal/'>Aviso legal</a></li></ul></div>"
              "<div class='col hours'><h4>Horario de la tienda</h4><p>Lunes a viernes, de 9 a 20 h</p>"
              "<p><a href='tel:+34911222333'>911 222 333</a></p></div>")
    raw = regionpages.page(footer=footer, lang="es")
    doc = parse(raw)
    assert contact(doc, raw) == [], contact(doc, raw)
