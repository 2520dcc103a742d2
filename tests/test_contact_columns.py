"""Headed contact columns (``contact_columns``): a footer column headed "Contact" holding the
e-mail address, a link to the contact form and profile icons; a closing band headed "Bereit?
Kontaktieren Sie uns" with the phone number beside its logo; a column titled by a paragraph
"Get in touch"; a column "Kontakt" of links to contact forms only; a "Contacto" line standing
after its heading in a block of two sections. Not: a footer menu column headed "Contact"
whose links lead to other pages, a column headed by other words, a half-menu column, a panel a
menu entry unfolds. Small pages written for the project, in English, German, Spanish and French.
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


def test_a_footer_column_labelled_by_a_paragraph_over_its_contact_links_is_contact():
    """English: a footer column whose title is a paragraph "Get in touch" (no heading element)
    over a list of a "Contact us" link, a phone line and a helpline page: contact, the column."""
    footer = (_LINKS + "<nav class='reach'><p class='footer-subheader'>Get in touch</p><ul>"
              "<li><a href='/about/contact-us'>Contact us</a></li>"
              "<li><p><a href='tel:+441632960123'>Call us on 01632 960123</a><br>(Mon-Fri, 9am-5pm)</p>"
              "<p><a href='/support/helpline'>Helpline</a></p></li></ul></nav>")
    raw = regionpages.page(footer=footer, lang="en")
    doc = parse(raw)
    assert contact(doc, raw) == [("outside", "reach")], contact(doc, raw)


def test_a_footer_column_headed_kontakt_of_links_to_contact_forms_is_contact():
    """German: a footer column "Kontakt" holding no phone or e-mail link, only links to the
    site's contact forms (general, press, reader letters) beside one to its events calendar:
    most links load a contact page, so the column is a contact CTA."""
    footer = (_LINKS + "<aside class='widget reach'><h3>Kontakt</h3><div class='textwidget'><ul>"
              "<li><a href='/kontakt/'>Allgemeine Anfragen</a></li>"
              "<li><a href='/kontakt/presse/'>Presseanfragen</a></li>"
              "<li><a href='/kontakt/leserbriefe/'>Leserbriefe</a></li>"
              "<li><a href='/termine/'>Veranstaltungen</a></li></ul></div></aside>")
    raw = regionpages.page(footer=footer, lang="de")
    doc = parse(raw)
    assert contact(doc, raw) == [("outside", "widget reach")], contact(doc, raw)


def test_a_contact_heading_and_its_lines_standing_in_a_block_of_two_sections_are_contact():
    """Spanish: a footer block holding two headed sections with no container of their own,
    "Contacto" (a line of the phone and e-mail links) and "Trabaja con nosotros" (a paragraph
    and a link to the jobs page): the contact line is a contact CTA, titled by the heading
    standing before it."""
    footer = (_LINKS + "<div class='content'><h2>Contacto</h2><p class='reach'>Teléfono: "
              "<a href='tel:+34911222333'>911 222 333</a><br><a href='mailto:redaccion@puerto-alto.example'>"
              "redaccion@puerto-alto.example</a></p><h2>Trabaja con nosotros</h2>"
              "<p>Buscamos periodistas, fotógrafos y editores con ganas de contar la vida del puerto, "
              "sus barrios y sus fiestas. Ofrecemos un equipo pequeño, horarios flexibles y la "
              "posibilidad de trabajar desde casa dos días por semana. Si te interesa, mándanos tu "
              "currículum y tres textos publicados; respondemos a todas las candidaturas en un mes.</p>"
              "<p><a href='/empleo/'>Ofertas de empleo</a></p></div>")
    raw = regionpages.page(footer=footer, lang="es")
    doc = parse(raw)
    assert contact(doc, raw) == [("outside", "reach")], contact(doc, raw)


def test_half_menu_columns_and_menu_panels_headed_contact_are_not_contact():
    """French: a footer column "Nous contacter" linking the contact page and the jobs page (half
    of its links serve the ask: a menu), and a header menu entry unfolding a panel titled
    "Contact" with a link to the contact page: no contact CTA."""
    footer = (_LINKS + "<div class='col'><h4>Nous contacter</h4><ul>"
              "<li><a href='/contact/'>Écrivez-nous</a></li><li><a href='/emplois/'>Emplois</a></li></ul></div>")
    header = ("<ul class='menu'><li><a href='/actualites/'>Actualités</a></li><li><a href='/sport/'>Sport</a></li>"
              "<li><a href='/apropos/'>À propos</a><div class='panel'><p class='panel-title'>Contact</p>"
              "<div class='panel-body'><p>Une question ?</p><a href='/contact/'>Contactez la rédaction</a></div>"
              "</div></li></ul>")
    raw = regionpages.page(header=header, footer=footer, lang="fr")
    doc = parse(raw)
    assert contact(doc, raw) == [], contact(doc, raw)
