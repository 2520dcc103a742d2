"""One CTA per widget, from the action up (``action_widgets``): a sign-up form, a button or a
comment link reported deep inside the widget that holds its heading, prompt and close
control is reported at the widget; a byline's comment counter or a form beside a list of
links stays where it is. Small pages written for the project, in English, German, French
and Spanish.
"""

from __future__ import annotations

import syndicate
from regionpages import page, source


def _ctas(raw: bytes, url: str) -> list[tuple[str, str | None]]:
    doc = syndicate.parse(raw, url=url)
    return [(c.kind, source(raw, c.locator).get("class")) for c in doc.ctas]


def test_signup_modal_is_reported_whole():
    """English pop-up under ``<body>``: a close "×", a heading, a blurb and an e-mail form
    inside four wrappers: one newsletter CTA, the modal, not the form's box."""
    modal = ("<div class='modal fade' id='signupModal'><div class='modal-dialog'><div class='modal-content'>"
             "<div class='modal-body'><div class='signup-box'><button class='close'>×</button>"
             "<h2>Get Harbour News in your inbox daily</h2><p>The most important stories of the coast, "
             "delivered free every morning.</p><div class='signup-form'><form action='/list/join'>"
             "<input type='email' name='email' placeholder='Your e-mail'><button>Sign me up</button>"
             "</form></div></div></div></div></div></div>")
    raw = page(lang="en", top=modal)
    assert _ctas(raw, "https://example.com/a") == [("newsletter", "modal fade")]


def test_german_comment_button_is_reported_at_its_section():
    """German comment section below the article: a heading "Neueste Kommentare", a line "Noch
    kein Kommentar vorhanden!" and the "neuer Kommentar" button three levels down: one
    comments CTA, the section holding heading and button."""
    below = ("<div class='box light news-box'><h3>Neueste Kommentare</h3><div class='innen'>"
             "Noch kein Kommentar vorhanden!<br><div class='knopf-zeile'>"
             "<a class='comment-button rot' href='/kommentare/neu?id=42'>neuer Kommentar</a></div></div></div>")
    raw = page(lang="de", below=below)
    found = _ctas(raw, "https://example.de/a")
    assert ("comments", "box light news-box") in found
    assert all(cls != "comment-button rot" for _, cls in found)


def test_spanish_byline_comment_counter_stays_a_counter():
    """Spanish byline: author, date and the comment counter in one line of spans: the
    counter is no part of a widget, the byline is not reported."""
    header = ("<div class='entry-meta'><span class='pre'>Por </span><span class='autor'>"
              "<a href='/autor/ana'>Ana</a></span><span class='sep'> | </span>"
              "<span class='fecha'>23 de julio de 2017</span><span class='sep'> | </span>"
              "<span class='comments-link'><a href='#comentarios'>Deja un comentario</a></span></div>")
    raw = page(lang="es", header=header)
    assert all(cls != "entry-meta" for _, cls in _ctas(raw, "https://example.es/a"))


def test_french_newsletter_entry_of_a_link_row_stays_an_entry():
    """French header: a row of three one-link entries (search, newsletter, contact): the
    newsletter entry does not grow to the row (a menu, no widget)."""
    header = ("<div class='liens-utiles'><div class='entree'><a href='/recherche'>Recherche</a></div>"
              "<div class='entree'><a href='/lettre'>Newsletter</a></div>"
              "<div class='entree'><a href='/contact'>Contact</a></div></div>")
    raw = page(lang="fr", header=header)
    assert all(cls != "liens-utiles" for _, cls in _ctas(raw, "https://example.fr/a"))
