"""Copies of one conversion button: a target's button was judged once (its first copy
standing on its own), so when a later filter dropped that copy as navigation (the header's
"Unterstützen" closing a row of menu links) the footer's own copy was lost. Every copy
standing on its own is now judged; the mobile header's copy of the header's button and a
promo box shown twice stay one. Small pages written for the project, German and English.
"""

from __future__ import annotations

import lxml.html

import regionpages
from pages import parse_article as parse
from syndicate.extract.conversion_links import _another_widget

MENU = ("<nav class='main-nav'><ul><li><a href='/politik/'>Politik</a></li>"
        "<li><a href='/wirtschaft/'>Wirtschaft</a></li><li><a href='/sport/'>Sport</a></li>"
        "<li><a href='/kultur/'>Kultur</a></li></ul></nav>")


def _copies_page(lang: str, first: str, label: str, href: str, legal: str) -> bytes:
    """A header row of menu links closed by a button, and the same button alone in the footer."""
    header = (f"{MENU}<div class='navbar-right'><a class='navpoint' href='/{first.lower()}/'>{first}</a>"
              "<a class='navpoint' href='/newsletter/'>Newsletter</a><a class='navpoint' href='/app/'>App</a>"
              f"<a class='pulse-button' href='{href}'>{label}</a></div>")
    footer = (f"<div class='footer-links'><a href='/{legal.lower()}/'>{legal}</a> <a href='/privacy/'>Privacy</a></div>"
              f"<div class='footer-col'><a class='pulse-button' href='{href}'>{label}</a></div>")
    return regionpages.page(header=header, footer=footer, lang=lang)


def test_footer_copy_stands_when_the_header_copy_is_a_menu_entry_de():
    """German: "Unterstützen" closes the header's row of menu links (navigation) and stands
    again alone in the footer: the footer's copy is the donate CTA."""
    doc = parse(_copies_page("de", "Konto", "Unterstützen", "/unterstuetzen/", "Impressum"))
    donate = [c.locator or "" for c in doc.ctas if c.kind == "donate"]
    assert donate == ["/html/body/footer/div[2]/a"], [(c.kind, c.locator) for c in doc.ctas]


def test_footer_copy_stands_when_the_header_copy_is_a_menu_entry_en():
    """English: "Chip in" (a label no word rule knows, a target that names a donation)
    in the header's menu row and alone in the footer: the footer's copy is the CTA."""
    doc = parse(_copies_page("en", "Podcast", "Chip in", "/donate/", "Imprint"))
    donate = [c.locator or "" for c in doc.ctas if c.kind == "donate"]
    assert donate == ["/html/body/footer/div[2]/a"], [(c.kind, c.locator) for c in doc.ctas]


def _links(markup: str) -> list[lxml.html.HtmlElement]:
    return lxml.html.fromstring(markup).xpath("//a[@class='btn']")


def test_copies_in_another_part_or_box_are_other_widgets():
    """English: a header button and its footer copy, two promo boxes of different pitches
    ("Sign up free" under two texts): each copy is a widget of its own."""
    page = ("<html><body><header><div><a class='btn' href='/join/'>Join</a></div></header><main>"
            "<div><div><p>Move files without limits.</p><a class='btn' href='/signup'>Sign up</a></div></div>"
            "<div><div><p>Collect files from anyone.</p><a class='btn' href='/signup'>Sign up</a></div></div></main>"
            "<footer><div><a class='btn' href='/join/'>Join</a></div></footer></body></html>")
    join_head, first, second, join_foot = _links(page)
    assert _another_widget(join_foot, [join_head])
    assert _another_widget(second, [first])


def test_second_header_copy_and_twin_box_are_one_widget():
    """German: the mobile header's copy of "Mitglied werden" (a second header) and a promo
    box shown twice with the same text are no widgets of their own."""
    page = ("<html><body><header><div><a class='btn' href='/mitglied/'>Mitglied werden</a></div></header>"
            "<header class='lg:hidden'><div><a href='/'>Start</a><a class='btn' href='/mitglied/'>Mitglied werden</a>"
            "</div></header><main><div class='ctas'>"
            "<div><div><p>14 Tage kostenlos testen!</p><a class='btn' href='/testen'>Jetzt starten</a></div></div>"
            "<div><div><p>14 Tage kostenlos testen!</p><a class='btn' href='/testen'>Jetzt starten</a></div></div>"
            "</div></main></body></html>")
    head, mobile, first, twin = _links(page)
    assert not _another_widget(mobile, [head])
    assert not _another_widget(twin, [first])
