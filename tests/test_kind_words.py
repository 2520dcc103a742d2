"""A CTA's kind is read from what the reader sees as the widget's prompt: never from the
entries of a drop-down list (a search form's category ``<select>`` ending in "Gutscheine")
nor from a tag manager's class on a link ("gtm_footer_newsletter" on a "Media Kit" link).
Small pages written for the project, in German and English.
"""

from __future__ import annotations

import syndicate
from regionpages import page

URL = "https://example.de/2024/02/hafen/"


def _kinds(raw: bytes) -> list[str]:
    return [c.kind for c in syndicate.parse(raw, url=URL).ctas]


def _search_form(last_option: str) -> str:
    """A shop's search box: an advanced-search toggle a script drives, a category drop-down
    and a text field."""
    options = "".join(f"<option value='{i}'>{o}</option>" for i, o in enumerate(
        ["Buch", "Taschenbuch", "Hörbuch", "Kalender", "Spielwaren", last_option]))
    return (
        "<div class='formSearch'><span class='expand' title='Erweiterte Suche'>"
        "<a data-request-href='/suche.xml?erweitert=1' href='javascript:void(0);'></a></span>"
        "<form action='/suche' method='post'><select name='kategorie'><option></option>"
        f"{options}</select><input type='text' name='q' placeholder='Titel, Autor, ISBN...'>"
        "<button type='submit'>Suchen</button></form></div>")


def test_a_category_option_names_no_kind():
    """German: the last category of a search form's drop-down is "Gutscheine" (vouchers)."""
    raw = page(header=_search_form("Gutscheine"), lang="de")
    assert "other" not in _kinds(raw)


def test_an_option_naming_donations_names_no_kind():
    """English: a service picker offering "Donation Pickups" beside a city search."""
    box = ("<div class='city-search'><label for='svc'>Service:</label><select id='svc'>"
           "<option>Junk Removal</option><option>Donation Pickups</option><option>Local Movers</option>"
           "</select><form class='city-search-form'><input type='text' placeholder='Enter your city...'>"
           "</form></div>")
    raw = page(side=box)
    assert "donate" not in _kinds(raw)


def _footer_box(link_class: str) -> str:
    return ("<div class='footer__columns'><div class='footer__section'><h4>Interested in partnering with us?</h4>"
            f"<a href='https://example.de/media-kit.pdf' class='{link_class}'>Media Kit</a></div></div>")


def test_a_tracking_class_names_no_kind():
    """English: the analytics label of a "Media Kit" link says newsletter; the reader sees none."""
    raw = page(footer=_footer_box("gtm_footer_newsletter"))
    assert "newsletter" not in _kinds(raw)


def test_a_class_of_the_widget_still_names_its_kind():
    """English: the same box whose own class names a newsletter sign-up is one."""
    box = ("<div class='newsletter-signup'><h4>Our weekly letter</h4>"
           "<a href='https://example.de/join' class='btn'>Join</a></div>")
    raw = page(footer=box)
    assert "newsletter" in _kinds(raw)
