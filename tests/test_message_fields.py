"""A form's fields decide its kind before an e-mail field makes it a sign-up
(``message_fields``): a form asking for a message (a ``<textarea>`` a reader writes in)
asks for an address to answer to, not to sign up — a contact form when its markup names
no comment form, a comment form when it does. A spam-trap address field (``tabindex=-1``,
hidden) is no second address; a one-line "textarea" asking for a first name is no message. Small
pages written for the project, in English, German, Spanish and French.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse


def kinds(doc) -> list[tuple[str, str]]:
    return [(c.kind, c.text or "") for c in doc.ctas]


def of_kind(doc, kind: str) -> list[tuple[str, str]]:
    return [k for k in kinds(doc) if k[0] == kind]


def test_an_english_message_band_with_a_spam_trap_address_is_contact():
    """English: "Talk to our crew" over a form asking for a name, a phone number, an e-mail
    address and a message, with a second "e-mail" text field out of the keyboard order (a
    spam trap no reader fills in): contact, no newsletter."""
    below = ("<div class='postscript'><div class='container'><h2>Talk to our crew</h2>"
             "<p>We answer every question about the harbour works within two days.</p>"
             "<form action='/harbour-works/#f98' method='post'>"
             "<input type='text' name='first-name' placeholder='First Name*'>"
             "<input type='tel' name='phone' placeholder='Phone Number*'>"
             "<input type='email' name='your-email' placeholder='Email*'>"
             "<textarea name='message' rows='10' placeholder='Message'></textarea>"
             "<span class='trap'><input type='text' name='thefullemail' tabindex='-1' autocomplete='off'></span>"
             "<input type='submit' value='Submit Form'></form></div></div>")
    doc = parse(regionpages.page(below=below))
    assert [k for k in of_kind(doc, "contact") if k[1].startswith("Talk to our crew")], kinds(doc)
    assert not of_kind(doc, "newsletter"), kinds(doc)


def test_a_german_question_form_with_a_hidden_second_address_is_contact():
    """German: "Fragen an die Redaktion" over a form asking for a name, an e-mail address and
    a message, with a second e-mail field hidden from readers (``display: none``, a spam
    trap): one address to answer to, so contact, no newsletter."""
    below = ("<div class='leserbox'><div class='innen'><h2>Fragen an die Redaktion</h2>"
             "<form action='/hafen/#frage' method='post'>"
             "<input type='text' name='name' placeholder='Ihr Name'>"
             "<input type='email' name='email' placeholder='Ihre E-Mail-Adresse'>"
             "<textarea name='nachricht' rows='6' placeholder='Ihre Frage'></textarea>"
             "<p style='display:none'><input type='email' name='email_check'></p>"
             "<input type='submit' value='Absenden'></form></div></div>")
    doc = parse(regionpages.page(below=below, lang="de"))
    assert [k for k in of_kind(doc, "contact") if k[1].startswith("Fragen an die Redaktion")], kinds(doc)
    assert not of_kind(doc, "newsletter"), kinds(doc)


def test_a_spanish_comment_form_named_by_its_fields_is_comments():
    """Spanish: "Deja un comentario" over a form whose fields are named for a comment
    (``comentario[autor]``, ``comentario[correo]``, ``comentario[texto]``): comments."""
    after = ("<div class='articulo-opiniones'><div class='caja'><p class='titulo'>Deja un comentario</p>"
             "<form method='post' action='/blog/puerto/articulo' class='form'>"
             "<input type='text' name='comentario[autor]' placeholder='Nombre'>"
             "<input type='email' name='comentario[correo]' placeholder='Correo'>"
             "<textarea name='comentario[texto]' rows='4'></textarea>"
             "<button type='submit'>Enviar</button></form></div></div>")
    doc = parse(regionpages.page(after=after, lang="es"))
    assert of_kind(doc, "comments"), kinds(doc)
    assert not of_kind(doc, "newsletter"), kinds(doc)


def test_a_french_sign_up_asking_a_first_name_in_a_one_line_textarea_stays_newsletter():
    """French: "Recevez nos recettes chaque semaine" over an e-mail field and a one-line
    "textarea" asking for a first name (``rows=1``): no message, a sign-up."""
    side = ("<div class='popup-box'><h2>Recevez nos recettes chaque semaine</h2>"
            "<form method='post' class='form'><input type='email' name='courriel' placeholder='Adresse e-mail'>"
            "<textarea name='prenom' rows='1' placeholder='Prénom'></textarea>"
            "<button type='submit'>Je m'inscris</button></form></div>")
    doc = parse(regionpages.page(side=side, lang="fr"))
    assert of_kind(doc, "newsletter"), kinds(doc)
    assert not of_kind(doc, "contact"), kinds(doc)
