"""Links set apart to the site's contact or booking page (issue 15, ``extract/contact_links.py``):
a "Book Now" standing beside the main menu (not one of its entries), a menu of its own
holding the one "Kontakt" entry, a footer heading that is a link to the contact page are
contact CTAs placed ``outside``, though no button class styles them. A "Contact" entry
among the menu's entries, a footer column's links and a link inside a line of text stay
navigation. Small pages written for the project, in English, German and Finnish.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import page, parse


def menu(*entries: str) -> str:
    """A main menu of section entries."""
    items = "".join(f"<li class='menu-item'><a href='/{e.lower()}/'>{e}</a></li>" for e in entries)
    return f"<ul class='menu'>{items}</ul>"


def contacts(doc) -> list[tuple[str, str | None]]:
    return [(c.kind, c.text) for c in doc.ctas if c.kind == "contact"]


def test_booking_link_beside_the_menu_is_a_contact_cta():
    """English "Book Now" to /event-booking/inquiry-form/ after the menu's list, in the nav
    bar (its class is no button's): a contact CTA; the article is kept whole."""
    header = (f"<nav class='bar'><div class='row'>{menu('Weddings', 'Parties', 'Venue')}"
              "<a class='px-3 rounded-md bg-accent' href='/event-booking/inquiry-form/'>Book Now</a></div></nav>")
    doc = parse(page(header=header))
    assert contacts(doc) == [("contact", "Book Now")]
    assert doc.ctas[0].position.placement == "outside"
    assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_menu_of_one_contact_entry_beside_the_main_menu_is_a_contact_cta():
    """German: a second ``<nav>`` holding the one entry "Kontakt" beside the main menu."""
    header = (f"<div class='navigation'><div class='main'><nav>{menu('Nachrichten', 'Politik', 'Wirtschaft', 'Sport', 'Kultur')}</nav></div>"
              "<div class='featured'><nav><ul><li class='menu-item'><a href='/de/kontakt'>Kontakt</a></li></ul>"
              "</nav></div></div>")
    assert contacts(parse(page(header=header, lang="de"))) == [("contact", "Kontakt")]


def test_footer_heading_linking_to_the_contact_page_is_a_contact_cta():
    """Finnish: the footer's follow box, then a heading that is a link to /yhteystiedot/."""
    footer = ("<div class='footer-right'><div class='social'><h2>Seuraa meitä</h2>"
              "<a href='https://www.facebook.com/example'>Facebook</a></div>"
              "<h2><a href='/yhteystiedot/'>Ota yhteyttä</a></h2></div>")
    assert contacts(parse(page(footer=footer, lang="fi"))) == [("contact", "Ota yhteyttä")]


def test_contact_entries_of_menus_columns_and_lines_stay_navigation():
    """A "Contact" entry of the main menu (en), a footer column of links under its heading
    (de: "Kontakt" heads the list), links of like entries (fi), a link inside the
    copyright line (de) and one of a row of icon links, each its own class (en): no contact
    CTA."""
    cases = (
        ("en", dict(header=f"<nav>{menu('News', 'Sport', 'Contact')}</nav>")),
        ("de", dict(footer="<div class='col'><p><a href='/kontakt/'>Kontakt</a></p>"
                           "<ul><li><a href='/impressum/'>Impressum</a></li><li><a href='/presse/'>Presse</a></li>"
                           "</ul></div>")),
        ("fi", dict(footer="<div class='links'><div class='item'><a href='/tietoa/'>Tietoa meistä</a></div>"
                           "<div class='item'><a href='/yhteystiedot/'>Yhteystiedot</a></div>"
                           "<div class='item'><a href='/tyopaikat/'>Työpaikat</a></div></div>")),
        ("de", dict(footer="<p><strong>© Stadt Beispiel, <a href='/kontakt'>Abteilung Kommunikation</a></strong></p>")),
        ("en", dict(footer="<nav class='icons'><a class='mail icon' href='/contact'>Contact</a>"
                           "<a class='code icon' href='/snippets'>Snippets</a><a class='feed icon' href='/notes'>Notes</a>"
                           "</nav>")),
    )
    for lang, parts in cases:
        assert contacts(parse(page(lang=lang, **parts))) == [], (lang, parts)
