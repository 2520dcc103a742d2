"""A small offer box whose one action a script drives — a ``<button>``, or a button-styled
link with ``href="#"`` or ``javascript:`` — asks to act as one with a real link does (CTA
``other``); toggles, hidden templates, placeholder copy and a form's own button do not.
Small pages written for the project, in English and German.
"""

from __future__ import annotations

import syndicate
from regionpages import page

URL = "https://example.com/2024/02/harbour/"


def _others(raw: bytes) -> list[str]:
    return [c.text or "" for c in syndicate.parse(raw, url=URL).ctas if c.kind == "other"]


def _band(action: str, cls: str = "promo-band", heading: str = "Your trusted guide to the cloud",
          blurb: str = "Our experts support you every step of the way.") -> str:
    return f"<section class='{cls}'><h2>{heading}</h2><p>{blurb}</p><div class='wrap'>{action}</div></section>"


def test_a_hash_link_button_is_an_offer():
    """English: the band's "Learn more" button goes to ``#`` (a script opens a form)."""
    raw = page(below=_band("<a class='btn btn-primary' href='#'>Learn more</a>"))
    assert len(_others(raw)) == 1


def test_a_button_element_is_an_offer():
    """German: the band's action is a ``<button>`` ("Jetzt testen"), no link at all."""
    band = _band("<button type='button' class='cta'>Jetzt kostenlos testen</button>",
                 heading="Bessere Berichte in Minuten", blurb="Automatisch erstellt, sofort versandt.")
    raw = page(below=band, lang="de")
    assert len(_others(raw)) == 1


def test_a_menu_toggle_is_no_offer():
    """English: a button opening the article's topic menu ("Explore topics ▾")."""
    box = ("<div class='topics'><button class='topics-current'>Explore article topics</button>"
           "<div class='topics-menu'></div></div>")
    raw = page(below=box)
    assert _others(raw) == []


def test_a_hidden_placeholder_template_is_no_offer():
    """English: an unfinished banner template, hidden, with placeholder copy."""
    band = _band("<a class='btn' href='#'>Learn more</a>", cls="banner hide",
                 heading="Banner title", blurb="Lorem ipsum dolor sit amet.")
    raw = page(below=band)
    assert _others(raw) == []


def test_a_forms_own_button_is_no_offer():
    """German: a registration form's ``<button>`` (a submit without ``type``) is the form's."""
    box = ("<div class='register'><form action='/konto/'><section class='line'><button>Registrieren</button>"
           "<label>* Pflichtfelder</label></section></form></div>")
    raw = page(below=box, lang="de")
    assert _others(raw) == []
