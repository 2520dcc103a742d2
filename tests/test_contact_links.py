"""Links set apart to the site's contact or booking page (``contact_links``, ``nav_ctas``): a
"Book Now" or a "Kontakt" beside the main menu, a footer heading that links the contact
page are contact CTAs. Not: a menu's "Contact" among its entries, a row of
footer links holding one, a line of text running into the link, a person's page under the
contact path. Small pages written for the project, in English, German and Finnish.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse

MENU = ("<ul class='menu'><li><a href='/harbour'>Harbour</a></li><li><a href='/boats'>Boats</a></li>"
        "<li><a href='/events'>Events</a></li><li><a href='/about'>About</a></li></ul>")


def contacts(doc) -> list[str]:
    return [c.text or "" for c in doc.ctas if c.kind == "contact"]


def test_a_booking_link_beside_the_menu_is_contact():
    """English: the header's menu, a partner site's link and "Book Now" to the site's event
    enquiry form beside it (no entry of the menu): a contact CTA."""
    header = (f"<nav><div class='menu-wrap'>{MENU}</div><a class='partner' href='https://partner.example.org/'>"
              "Partner venue</a><a class='inline-flex px-3' href='/event-booking/enquiry-form/'>Book Now</a></nav>")
    doc = parse(regionpages.page(header=header))
    assert contacts(doc) == ["Book Now"], doc.ctas


def test_a_german_contact_link_beside_the_menu_is_contact():
    """German: beside the main menu, the header's "Kontakt" link with its icon, in a box of
    its own (no entry of the menu): a contact CTA."""
    header = (f"<div class='bar'>{MENU}<div class='contact'>"
              "<a class='contact-link' href='/kontakt/' title='Kontakt'><span class='icon'></span>"
              "<span class='label'>Kontakt</span></a></div></div>")
    doc = parse(regionpages.page(header=header, lang="de"))
    assert contacts(doc) == ["Kontakt"], doc.ctas


def test_a_finnish_footer_heading_linking_the_contact_page_is_contact():
    """Finnish: the footer's right column, a follow row, and a heading that is a link to the
    contact page ("Juttuvinkit"): a contact CTA."""
    footer = ("<div class='right'><div class='social'><h3>Seuraa</h3><a href='https://www.facebook.com/satama'>"
              "Facebook</a><a href='https://twitter.com/satama'>X</a></div>"
              "<h3><a href='/yhteystiedot/contact/'>Juttuvinkit</a></h3></div>")
    doc = parse(regionpages.page(footer=footer, lang="fi"))
    assert contacts(doc) == ["Juttuvinkit"], doc.ctas


def test_menu_entries_footer_rows_lines_and_person_pages_stay_navigation():
    """English guards: "Contact" as the menu's fifth entry, as one of a footer row of icon
    links with classes of their own, in a copyright line, and a person's name linking their
    page under the contact path: no contact CTA."""
    header = ("<nav><ul class='menu'><li><a href='/harbour'>Harbour</a></li><li><a href='/boats'>Boats</a></li>"
              "<li><a href='/about'>About</a></li><li><a href='/contact/'>Contact</a></li></ul></nav>")
    footer = ("<nav class='social'><a class='mail icon' href='/contact'>Contact</a><a class='git icon' "
              "href='https://git.example.org/me'>Git</a><a class='coffee icon' href='/coffee'>Coffee</a></nav>"
              "<p>(c) Harbour Town, <a href='/contact-us/'>Communications</a></p>")
    footer += ("<div class='profile'><h3 class='name'><a href='/experts/contact/21209254/jane-doe'>Jane Doe</a>"
               "</h3><h3 class='title'>Harbour master</h3></div>")
    doc = parse(regionpages.page(header=header, footer=footer))
    assert contacts(doc) == [], doc.ctas
