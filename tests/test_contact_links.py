"""Contact-page links set apart (``contact_links``): a footer column's "Contact us" beside the
column's profile icons and phone number; a "Kontakt aufnehmen" closing the header menu in a
``<div>`` of its own among the menu's ``<li>`` entries. Not: a "Contacto" entry of the header
menu, a "Contacto" in the footer's bottom line of legal links, a link showing the e-mail
address in an address block. Small pages written for the project, in English, German and
Spanish.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse


def contact(doc, raw: bytes) -> list[tuple[str, str, str]]:
    """(placement, tag, text) of the document's contact CTAs."""
    out = []
    for c in doc.ctas:
        if c.kind == "contact":
            el = regionpages.source(raw, c.locator)
            out.append((c.position.placement, el.tag, c.text or ""))
    return out


_MENU = ("<ul class='menu'><li><a href='/news/'>News</a></li><li><a href='/sport/'>Sport</a></li>"
         "<li><a href='/culture/'>Culture</a></li><li><a href='/weather/'>Weather</a></li>")
_LESSONS = ("<div class='col'><h3>Lessons</h3><ul><li><a href='/guitar/'>Guitar</a></li>"
            "<li><a href='/piano/'>Piano</a></li><li><a href='/drums/'>Drums</a></li></ul></div>")


def test_a_contact_link_beside_a_columns_profile_icons_and_phone_is_contact():
    """English: a footer column holding the site's profile icons, a "CALL 555 0100" line and
    a "Contact us" link to /contact/ on its own: contact, the link."""
    footer = (_LESSONS + "<div class='col reach'><ul class='social'>"
              "<li><a href='https://www.facebook.com/harbourmusic'>Facebook</a></li>"
              "<li><a href='https://www.instagram.com/harbourmusic'>Instagram</a></li></ul>"
              "<p class='call'>CALL <a href='tel:+15550100'>555 0100</a></p>"
              "<span class='contact-link'><a class='contactus' href='/contact/'>Contact us</a>"
              "<a class='gives' href='/about/community/'>Community</a></span></div>")
    raw = regionpages.page(footer=footer, lang="en")
    doc = parse(raw)
    found = [c for c in contact(doc, raw) if c[2] == "Contact us"]
    assert found == [("outside", "a", "Contact us")], contact(doc, raw)


def test_a_contact_link_closing_the_menu_in_an_element_of_its_own_is_contact():
    """German: the header menu's four ``<li>`` entries and, last, a ``<div>`` holding the
    link "Kontakt aufnehmen" to /kontakt: contact, that element."""
    header = ("<ul class='menu'><li><a href='/nachrichten/'>Nachrichten</a></li>"
              "<li><a href='/sport/'>Sport</a></li><li><a href='/kultur/'>Kultur</a></li>"
              "<li><a href='/wetter/'>Wetter</a></li>"
              "<div><a class='pill' href='/kontakt'>Kontakt aufnehmen</a></div></ul>")
    raw = regionpages.page(header=header, lang="de")
    doc = parse(raw)
    assert contact(doc, raw) == [("outside", "div", "Kontakt aufnehmen")], contact(doc, raw)


def test_menu_entries_legal_lines_and_address_links_are_not_contact():
    """Spanish: "Contacto" as the last ``<li>`` of the header menu, "Contacto" in the footer's
    bottom line beside "Aviso legal" and "Privacidad", and the e-mail address of an address
    block linking the contact page beside its phone number: no contact CTA."""
    header = _MENU + "<li><a href='/contacto/'>Contacto</a></li></ul>"
    footer = ("<div class='address'><p>Calle del Puerto 4, Cádiz<br>"
              "<a href='tel:+34956000000'>956 000 000</a><br>"
              "<a href='/contacto/'>info@puerto-alto.example</a></p></div>"
              "<div class='legal'><a class='l' href='/aviso-legal/'>Aviso legal</a>"
              "<a class='l' href='/contacto/'>Contacto</a><a class='l' href='/privacidad/'>Privacidad</a></div>")
    raw = regionpages.page(header=header, footer=footer, lang="es")
    doc = parse(raw)
    assert [c for c in contact(doc, raw) if c[2] in ("Contacto", "info@puerto-alto.example")] == [], \
        contact(doc, raw)


def test_a_lone_contact_link_with_no_widget_beside_it_is_not_contact():
    """English: a footer column of text about the site ending in a "Contact" link, with no
    profile icon, phone or sign-up beside it: navigation, no contact CTA."""
    footer = (_LESSONS + "<div class='col about'><p>Harbour Music teaches guitar, piano and drums "
              "to children and adults on the waterfront since 1998.</p>"
              "<p class='more'><a href='/contact/'>Contact</a></p></div>")
    raw = regionpages.page(footer=footer, lang="en")
    doc = parse(raw)
    assert contact(doc, raw) == [], contact(doc, raw)
