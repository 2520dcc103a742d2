"""Headed contact columns (``contact_columns``): a footer column headed "Contact" holding the
e-mail address, a link to the contact form and profile icons; a closing band headed "Bereit?
Kontaktieren Sie uns" with the phone number beside its logo; columns with no phone or e-mail
link whose links reach the contact pages; a "Contact" title over an office's sub-title. Not: a
footer menu column headed "Contact" whose links lead to other pages, a column headed by other
words, a contact column of the footer's navigation. Small pages written for the project, in
English, German, Spanish, French and Italian.
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


def test_a_footer_column_headed_kontakt_over_contact_forms_and_no_address_is_contact():
    """German: a footer column "Kontakt" whose links lead to the site's contact forms (general,
    press, reader letters), its advertising page and its events page, with no phone or e-mail
    link in it: contact, the column (most of its links reach the site)."""
    footer = (_LINKS + "<aside class='widget text'><h3 class='widget-title'>Kontakt</h3><div class='textwidget'><ul>"
              "<li><a href='/kontakt/'>Allgemeine Fragen</a></li><li><a href='/anzeigen/'>Anzeigen schalten</a></li>"
              "<li><a href='/kontakt/presse/'>Presseanfragen</a></li>"
              "<li><a href='/kontakt/leserbriefe/'>Leserbriefe</a></li>"
              "<li><a href='/termine/'>Veranstaltungen</a></li></ul></div></aside>")
    raw = regionpages.page(footer=footer, lang="de")
    doc = parse(raw)
    assert contact(doc, raw) == [("outside", "widget text")], contact(doc, raw)


def test_a_footer_block_headed_contact_with_one_contact_page_link_is_contact():
    """English: a footer block "Contact" holding one line "Questions? Write to me" linking the
    contact page and the studio's address as text: contact, the block."""
    footer = (_LINKS + "<div class='footer-block studio'><h2>Contact</h2><div class='details'>"
              "<p>Questions? Write to me <a href='/pages/contact'><strong>HERE</strong></a></p>"
              "<p>Studio visits by appointment, 12 Quay Street, Harbourtown</p></div></div>")
    raw = regionpages.page(footer=footer, lang="en")
    doc = parse(raw)
    assert contact(doc, raw) == [("outside", "footer-block studio")], contact(doc, raw)


def test_a_contact_heading_over_an_office_sub_title_is_one_heading():
    """French: a footer widget "Contact" whose first line is the office's name as a sub-title
    (h3 under the h2), then its profile icon, its appointment and staff pages, its e-mail
    address and phone number: contact, the widget (title and sub-title are one heading)."""
    footer = (_LINKS + "<div class='widget reach'><h2 class='widget-title'>Contact</h2><div class='textwidget'>"
              "<h3>Service des carrières</h3>"
              "<p><a href='https://www.instagram.com/carrieres.port'>Instagram</a></p>"
              "<p><a href='/carrieres/rendez-vous/'>Prendre rendez-vous</a></p>"
              "<p><a href='https://annuaire.port.example/carrieres'>L’équipe</a></p>"
              "<p><a href='mailto:carrieres@port.example'>carrieres@port.example</a></p>"
              "<p><a href='tel:+33145678900'>01 45 67 89 00</a></p></div></div>")
    raw = regionpages.page(footer=footer, lang="fr")
    doc = parse(raw)
    assert contact(doc, raw) == [("outside", "widget reach")], contact(doc, raw)


def test_a_kontakt_menu_column_of_other_pages_is_not_contact():
    """German: a footer menu column "Kontakt" whose one contact-page link stands among the
    press, jobs and imprint pages: no contact CTA (most links lead elsewhere)."""
    footer = ("<div class='col menu'><h4>Kontakt</h4><ul><li><a href='/kontakt/'>Kontakt</a></li>"
              "<li><a href='/presse/'>Presse</a></li><li><a href='/jobs/'>Karriere</a></li>"
              "<li><a href='/impressum/'>Impressum</a></li></ul></div>" + _LINKS)
    raw = regionpages.page(footer=footer, lang="de")
    doc = parse(raw)
    assert contact(doc, raw) == [], contact(doc, raw)


def test_a_contact_column_of_the_footer_menu_is_not_contact():
    """Italian: the footer's navigation (a ``<nav>`` of menu columns) whose column "Contatti"
    links the contact page, the press office's contact page and the jobs page, with no
    phone or e-mail link: navigation, no contact CTA."""
    footer = ("<nav class='footer-lists'><div class='footer-col'><h3>Contatti</h3><ul>"
              "<li><a href='/contatti/'>Scrivici</a></li><li><a href='/contatti/stampa/'>Ufficio stampa</a></li>"
              "<li><a href='/lavora-con-noi/'>Lavora con noi</a></li></ul></div>"
              "<div class='footer-col'><h3>Corsi</h3><ul><li><a href='/chitarra/'>Chitarra</a></li>"
              "<li><a href='/pianoforte/'>Pianoforte</a></li></ul></div></nav>")
    raw = regionpages.page(footer=footer, lang="it")
    doc = parse(raw)
    assert contact(doc, raw) == [], contact(doc, raw)
