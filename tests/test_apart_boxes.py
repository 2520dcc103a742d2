"""A widget set apart from the text (``apart_boxes``): a promo box on its own background
with a title, paragraphs and one button, an opt-in box with a close control and a long
consent note beside its form, are reported whole, though they hold more text than a box;
a styled box whose links lead to several pages, or an empty list a script fills, stays at
its action. Small pages written for the project, in English, German and French.
"""

from __future__ import annotations

import syndicate
from regionpages import page, source

_BLURB = ("This year the trend is clear: tools that draft, sort and summarise are reaching every desk "
          "of the harbour office, and the teams that learn them early will set the pace for the others. ")


def _promo(extra: str = "") -> str:
    """An English promo box in the text: an inline background, a title, four paragraphs (one
    link to the course, as the button), the button three levels down."""
    return ("<div class='lazyblock-promo'><div class='boxes-holder'>"
            "<div class='boxes-item' style='background-color:#30206b'>"
            "<div class='boxes-title'>Stay ahead of the trends: learn the new tools</div>"
            f"<div class='boxes-content'><p>{_BLURB * 2}</p>"
            "<p>With the <a href='https://example.com/courses/tools/?from=link'>Harbour Tools Program</a>, "
            "you will learn to plan, write and check faster.</p>"
            f"<p>{_BLURB}</p><p>Keep your skills ready for the next season.</p>{extra}"
            "<div style='text-align:center'><div class='wp-block-button'>"
            "<a class='wp-block-button__link' href='https://example.com/courses/tools/?from=button'>GET STARTED</a>"
            "</div></div></div></div></div></div>")


def test_styled_promo_box_in_the_text_is_one_cta():
    """English promo box between paragraphs: one CTA at the styled box (or its wrappers),
    not at the button; its paragraphs leave the body."""
    raw = page(lang="en", between=_promo())
    doc = syndicate.parse(raw, url="https://example.com/a")
    classes = [source(raw, c.locator).get("class") for c in doc.ctas]
    assert any(c in ("boxes-item", "boxes-holder", "lazyblock-promo") for c in classes), classes
    assert "wp-block-button" not in classes
    assert "Keep your skills ready" not in doc.text()


def test_styled_box_linking_to_several_pages_stays_at_its_button():
    """English: the same box also lists three courses (links to three pages): no one action,
    the box is not reported whole."""
    links = "".join(f"<p><a href='https://example.com/courses/{n}/'>Course {n}</a> starts in May.</p>"
                    for n in ("maps", "boats", "nets"))
    raw = page(lang="en", between=_promo(links))
    classes = [source(raw, c.locator).get("class") for c in syndicate.parse(raw, url="https://example.com/a").ctas]
    assert not any(c in ("boxes-item", "boxes-holder", "lazyblock-promo") for c in classes), classes


def _optin(lists: str = "") -> str:
    """A German opt-in box under the article: a heading, a close control, the form and a
    long consent note beside it (``lists``: more parts of the box)."""
    note = ("Nach dem Absenden des Formulars bekommst du eine Mail mit einem Link, den du anklicken "
            "musst, um dich zum Newsletter anzumelden. Du bekommst dann ein- bis zweimal im Monat "
            "E-Mails von uns zu Hafen-Themen. Die Frequenz hängt von der Menge an Neuigkeiten ab. Du "
            "kannst deine Einwilligung jederzeit widerrufen, ein Abmeldelink steht in jeder Mail.")
    return ("<div class='optin-widget'><h4>Tipps und Neuigkeiten vom Hafen per E-Mail</h4>"
            "<div class='optin-body'><div class='optin-container'><span class='optin-close-button'></span>"
            "<div class='optin-header'><h2>Nichts mehr verpassen!</h2><p>Melde dich hier an.</p></div>"
            f"<div class='optin-content'><form action='/anmelden'><input type='email' name='email'>"
            f"<button>Anmelden</button></form>{lists}<div class='optin-footer'><p>{note}</p></div>"
            "</div></div></div></div>")


def test_german_optin_box_with_a_close_control_is_one_cta():
    """German opt-in box: one newsletter CTA at the box holding heading, close control and
    form, not at the form."""
    raw = page(lang="de", below=_optin())
    found = [(c.kind, source(raw, c.locator).get("class")) for c in syndicate.parse(raw, url="https://example.de/a").ctas]
    assert ("newsletter", "optin-widget") in found, found


def test_french_closable_box_with_an_empty_story_list_stays_at_its_form():
    """French exit box: a close control, an empty list a script fills with stories and a
    sign-up form: two things, the box is not reported whole."""
    box = ("<div class='sortie'><div class='sortie-inner'><span class='close_btn'></span>"
           "<p class='titre'>Des articles qui pourraient vous intéresser</p><ul></ul>"
           f"<div class='corps'><p>{_BLURB * 3}</p><div class='lettre'><div class='gauche'>"
           "<span>Abonnez-vous à notre lettre</span><span>Les nouvelles du port</span></div>"
           "<div class='droite'><input class='courriel' type='email'><button type='button'>ENVOYER</button>"
           "</div></div></div></div></div>")
    raw = page(lang="fr", top=box)
    classes = [source(raw, c.locator).get("class") for c in syndicate.parse(raw, url="https://example.fr/a").ctas]
    assert "sortie" not in classes and "sortie-inner" not in classes, classes
