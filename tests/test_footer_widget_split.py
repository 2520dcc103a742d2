"""Widgets of a site footer or side column, each judged by its own structure (issue: every
region outside the body gets one role; a footer is a region of widgets, not a mask).
Small pages written for the project, chrome in English and German.

1. a box holding a site's profile icons and, beside them, a newsletter sign-up form is two
   widgets: a follow bar and a newsletter sign-up (the icons' row no longer swallows the form,
   whether the box is named for the icons or found from their links).

Every parse goes through ``parse_article``: the body must stay the article's four paragraphs.
"""

from __future__ import annotations

from pages import parse_article as parse
from regionpages import page, source

ICONS = ("<a href='https://www.facebook.com/harbourtimes'>Facebook</a>"
         "<a href='https://twitter.com/harbourtimes'>Twitter</a>"
         "<a href='https://www.instagram.com/harbourtimes'>Instagram</a>")


def kinds_at(raw: bytes) -> dict[str, str]:
    """CTA kind -> the class of the element it is reported at."""
    doc = parse(raw)
    return {c.kind: source(raw, c.locator).get("class") or "" for c in doc.ctas}


# ------------------------------------------------------------------ 1. a bar and a sign-up


def test_footer_box_named_for_its_icons_holds_a_sign_up_beside_them():
    """English: "footer-social-container" holds the icons and "Get our weekly newsletter" with
    its e-mail form: a follow bar at the icons, a newsletter CTA at the form's box."""
    footer = ("<div class='footer-social-container'><div class='icons'>" + ICONS + "</div>"
              "<div class='form-box'><div class='label'>Get our weekly newsletter</div>"
              "<form action='/signup'><input type='email' name='email' placeholder='Your e-mail'>"
              "<button type='submit'>Subscribe</button></form></div></div>")
    got = kinds_at(page(footer=footer))
    assert got.get("follow") == "icons"
    assert got.get("newsletter") == "form-box"


def test_footer_row_of_icons_and_a_sign_up_button_is_two_widgets():
    """German: a footer row whose first cell lists the profiles and whose second holds a
    sign-up form with only a button: a follow bar at the first cell (the form is no prompt
    of it), a newsletter CTA at the second."""
    profiles = "".join(f"<li><a href='https://www.{n}.com/hafenzeitung'>{n}</a></li>"
                       for n in ("facebook", "twitter", "instagram", "youtube"))
    footer = ("<div class='fusszeile-reihe'><div class='zelle profile'><ul>" + profiles + "</ul></div>"
              "<div class='zelle anmeldung'><div class='newsletter'><form action='/anmelden'>"
              "<label>Angebote und News</label><button type='submit'>Anmelden</button></form></div></div></div>")
    got = kinds_at(page(footer=footer, lang="de"))
    assert got.get("follow") == "zelle profile"
    assert got.get("newsletter") in ("zelle anmeldung", "newsletter")
