"""A found ask standing in a bar of controls is reported at the bar (``box_edges._bar``): the
ask's button beside a search button, icon links, a phone link or a menu toggle is one CTA on
the bar (convention 9.2), while two asks side by side (a newsletter and a donation button) or
an ask beside menu entries stay where they were. Small pages written for the project, in
English, German, French and Spanish.
"""

from __future__ import annotations

import syndicate
from regionpages import page, source

_MENU = "<a href='/'>{home}</a><nav><ul><li><a href='/a/'>{one}</a></li><li><a href='/b/'>{two}</a></li></ul></nav>"


def _ctas(raw: bytes, url: str) -> list[tuple[str, str | None, str]]:
    doc = syndicate.parse(raw, url=url)
    out = []
    for c in doc.ctas:
        el = source(raw, c.locator)
        out.append((c.kind, el.get("class"), el.tag))
    return out


def test_english_demo_button_beside_icon_controls_is_the_bar():
    """English: search button, contact and sign-in icons, 'Request Demo': one CTA, the bar."""
    bar = ("<div class='actions'><button type='button' aria-label='Search'><svg></svg></button>"
           "<a href='/contact/' aria-label='Contact us'><svg></svg></a>"
           "<a href='https://app.example.com/login' aria-label='Sign in'><svg></svg></a>"
           "<a class='btn btn-primary' href='/request-demo/'>Request Demo</a></div>")
    menu = _MENU.format(home="Home", one="Products", two="Pricing")
    ctas = _ctas(page(lang="en", header=menu + bar), "https://example.com/a")
    assert ("other", "actions", "div") in ctas, ctas
    assert not [c for c in ctas if c[2] == "a"], ctas


def test_german_demo_button_beside_phone_and_toggle_is_the_bar():
    """German: a phone link, 'Demo anfragen' and a menu toggle's word: one CTA, the bar."""
    bar = ("<div class='cta-menu'><a href='tel:+49301234567'>030 1234567</a> "
           "<a class='cta-button' href='/demo-anfragen/'>Demo anfragen</a> <span id='menu-toggle'>Menü</span></div>")
    menu = _MENU.format(home="Start", one="Produkte", two="Preise")
    ctas = _ctas(page(lang="de", header=menu + bar), "https://example.de/a")
    assert ("other", "cta-menu", "div") in ctas, ctas


def test_french_two_asks_side_by_side_stay_two():
    """French: a newsletter button and a donation button side by side are two CTAs."""
    bar = ("<div class='actions'><a class='btn' href='/newsletter/'>Newsletter</a>"
           "<a class='btn' href='/faire-un-don/'>Faire un don</a></div>")
    menu = _MENU.format(home="Accueil", one="Monde", two="Sport")
    ctas = _ctas(page(lang="fr", header=menu + bar), "https://example.fr/a")
    assert ("newsletter", "btn", "a") in ctas and ("donate", "btn", "a") in ctas, ctas


def test_spanish_quote_button_beside_phone_and_scripted_menu_is_the_bar():
    """Spanish: in the side column, 'Pedir presupuesto' beside a phone link and a scripted
    menu link, each in a box of its own: one CTA, the bar (not the button's box)."""
    bar = ("<div class='botonera'><div><a class='btn' href='/solicitar-presupuesto/'>Pedir presupuesto</a></div>"
           "<div><a href='tel:+34911234567'>91 123 45 67</a></div>"
           "<div><a href='javascript:void(0)' class='abrir-menu'>Menú</a></div></div>")
    ctas = _ctas(page(lang="es", side=bar), "https://example.es/a")
    assert [c[1] for c in ctas] == ["botonera"], ctas
