"""Contact forms read by their fields (``message_forms``): a form asking for a message (a
``<textarea>``) and an address to answer to (an e-mail or phone field) is a contact CTA,
whatever its heading says; so are such fields a script sends without a ``<form>``; a
control opening a hidden dialog that holds one is the CTA in its place. Not: a comment
form, a "mail this story to a friend" form, a sign-up asking a question too, a form whose
only textarea is a hidden spam trap, a menu entry opening the dialog or jumping to the
form. A control jumping to a form in view is a CTA beside it. Small pages written for the
project, in English, German, French and Spanish.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse


def kinds(doc) -> list[tuple[str, str, str]]:
    return [(c.kind, c.position.placement, c.text or "") for c in doc.ctas]


def contacts(doc) -> list[tuple[str, str, str]]:
    return [k for k in kinds(doc) if k[0] == "contact"]


def _fields(message: str = "Your message", extra: str = "") -> str:
    return (f"<input type='text' name='your-name' placeholder='Name'>"
            f"<input type='email' name='your-email' placeholder='E-mail'>{extra}"
            f"<textarea name='your-message' placeholder='{message}'></textarea>")


def test_a_german_question_box_with_a_message_form_is_contact():
    """German: "Fragen? Dann schreib uns einfach!" over a form asking for a message, a name
    and an e-mail address, after the article: contact, reported with its heading."""
    after = ("<div class='panel'><div class='inner'><h2>Fragen? Dann schreib uns einfach!</h2>"
             "<div class='form-wrap'><form action='/hafen/#f1' method='post'>"
             f"{_fields('Deine Nachricht an uns')}<input type='submit' value='Abschicken'></form></div>"
             "</div></div>")
    doc = parse(regionpages.page(after=after, lang="de"))
    assert [k for k in contacts(doc) if k[2].startswith("Fragen?")], kinds(doc)


def test_message_fields_without_a_form_element_are_contact():
    """English: a band "Let's get to work" whose fields (name, e-mail, a textarea, a button)
    a script sends, with no ``<form>`` element: contact."""
    below = ("<section class='band'><div class='grid'><div class='col'><h2>Let's get to work</h2>"
             "<p>Drop us a line about the harbour and we will answer within three days.</p></div>"
             f"<div class='col'><div class='fields'><div>{_fields()}</div>"
             "<button class='btn'>Send</button></div></div></div></section>")
    doc = parse(regionpages.page(below=below))
    assert contacts(doc), kinds(doc)


def test_the_control_opening_a_hidden_feedback_dialog_is_the_cta():
    """English: "Feedback to editors" (``data-target`` naming a modal) after the text; the
    modal holds a textarea and an e-mail field: the control is the contact CTA, the hidden
    modal is no second one (and no newsletter)."""
    after = ("<div class='tools'><a href='#' class='tool-link' data-toggle='modal' "
             "data-target='#feedback-box'>Feedback to editors</a></div>")
    top = ("<div id='feedback-box' class='modal fade'><div class='modal-body'><form action='/feedback'>"
           "<p>What do you think about this story? Your e-mail (only if you want an answer)</p>"
           "<textarea name='comments'></textarea><input type='email' name='emailFrom'>"
           "<button type='submit'>Send feedback</button></form></div></div>")
    doc = parse(regionpages.page(after=after, top=top))
    assert [k for k in contacts(doc) if k[2] == "Feedback to editors"], kinds(doc)
    assert not [k for k in kinds(doc) if k[0] == "newsletter"], kinds(doc)


def test_a_french_jump_link_to_a_form_in_view_is_a_cta_beside_the_form():
    """French: "Discutons de votre projet" beside the text, and a floating link to it
    (``href='#projet'``): the form in view stays the contact CTA, and the link asking to
    write is one too."""
    side = ("<div id='projet' class='box'><h3>Discutons de votre projet</h3><form action='/envoyer'>"
            f"{_fields('Votre message')}<button type='submit'>Envoyer</button></form></div>")
    top = "<a class='float-link' href='#projet'>Une consultation gratuite</a>"
    doc = parse(regionpages.page(side=side, top=top, lang="fr"))
    found = contacts(doc)
    assert [k for k in found if k[2].startswith("Discutons")], kinds(doc)
    assert [k for k in found if k[2].startswith("Une consultation")], kinds(doc)


def test_a_banner_jumping_to_the_footer_form_is_contact_with_its_prompt():
    """English: a banner above the text, "Injured? We can help." with one button jumping to
    the footer's case form (``href='#case-form'``, an id on a box above the form): a contact
    CTA reported at the banner, its prompt included; the form stays one."""
    between = ("<div class='banner-wrap'><div class='banner'><h2>Injured?</h2><p>We can help.</p>"
               "<div class='link-wrap'><a class='btn' href='#case-form'>See if you qualify for a case</a>"
               "</div></div></div>")
    footer = ("<div id='case-form' class='footer-form'><div class='inner'><h2>The fee is free</h2>"
              f"<form action='/intake' method='post'>{_fields('Tell us what happened')}"
              "<button type='submit'>Start my free case review</button></form></div></div>")
    doc = parse(regionpages.page(between=between, footer=footer))
    found = contacts(doc)
    assert [k for k in found if k[2].startswith("Injured?")], kinds(doc)
    assert [k for k in found if k[2].startswith("The fee is free")], kinds(doc)


def test_a_german_button_toggling_the_footer_form_is_the_cta():
    """German: the footer's "Kontaktformular" button toggles the box holding the contact
    form (``data-toggle`` naming its id, no "#", nothing else hiding it): the button is the
    contact CTA, the form it opens no second one."""
    footer = ("<section class='xfooter'><div class='row'><div class='col adress'><p>Rheingasse 6<br>"
              "50676 Köln</p></div><div class='col'><button class='button' type='button' "
              "data-toggle='kontakt-formular'>Kontaktformular</button></div></div></section>"
              "<div id='kontakt-formular' data-toggler='show'><form method='post'>"
              f"{_fields('Ihre Nachricht')}<input type='submit' value='absenden'></form></div>")
    raw = regionpages.page(footer=footer, lang="de")
    doc = parse(raw)
    found = [c for c in doc.ctas if c.kind == "contact"]
    assert len(found) == 1, kinds(doc)
    box = regionpages.source(raw, found[0].locator)
    assert box.xpath(".//button") and not box.xpath(".//form"), kinds(doc)


def test_a_span_opening_a_hidden_contact_dialog_is_contact_with_its_band():
    """Spanish: a band after the article, "Empiece su proyecto hoy" and a ``<span>`` styled
    as a button (``data-target`` naming a hidden modal holding a message form): a contact
    CTA reported with the band's heading."""
    below = ("<section class='band'><div class='content'><h2>Empiece su proyecto hoy</h2>"
             "<p>Nos encantaría hablar con usted.</p><p><span class='btn' data-toggle='modal' "
             "data-target='#contacto'>Agende una reunión</span></p></div></section>")
    top = ("<div id='contacto' class='modal fade' aria-hidden='true'><div class='modal-body'>"
           f"<h2>Hablemos</h2><form action='/enviar'>{_fields('Su mensaje')}"
           "<button type='submit'>Enviar</button></form></div></div>")
    doc = parse(regionpages.page(below=below, top=top, lang="es"))
    assert [k for k in contacts(doc) if k[2].startswith("Empiece")], kinds(doc)


def test_a_menu_entry_jumping_to_a_form_in_view_is_navigation():
    """English guard: a one-page site's menu (four entries) whose "Contact" entry jumps to
    the form in view: the entry stays navigation, the form is the CTA."""
    header = ("<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
              "<li><a href='/about'>About</a></li><li><a href='#write'>Contact</a></li></ul></nav>")
    side = (f"<div id='write' class='box'><h3>Write to us</h3><form action='/send'>{_fields()}"
            "<button type='submit'>Send</button></form></div>")
    doc = parse(regionpages.page(header=header, side=side))
    assert [k[2] for k in contacts(doc)] == ["Write to us"], kinds(doc)


def test_comment_share_and_signup_forms_are_no_contact():
    """English: a WordPress comment form, a "mail this story to a friend" form and a
    sign-up whose e-mail field is named a subscription (with a question box) are no
    contact CTA; nor a newsletter form whose only textarea is a hidden spam trap."""
    after = ("<div id='respond' class='comment-respond'><h3>Leave a reply</h3>"
             "<form action='/wp-comments-post.php' id='commentform'>"
             f"{_fields('Comment')}<input type='hidden' name='comment_post_ID' value='7'>"
             "<input type='submit' value='Post comment'></form></div>")
    side = ("<div class='mail-layer'><h3>Send this story by e-mail</h3>"
            "<form id='email-share-form' action='/social/share/mail'>"
            "<input type='text' name='receiverAddresses'><textarea name='message'></textarea>"
            "<input type='email' name='senderAddress'><input type='submit' value='Send'></form></div>"
            "<div class='signup'><h3>Join our harbour letter</h3><form action='/join'>"
            "<input type='email' name='form_fields[email_subscribe]'>"
            "<textarea name='form_fields[topics]'>Which topics?</textarea>"
            "<button type='submit'>Join</button></form></div>")
    footer = ("<div class='letter'><h3>Weekly harbour news</h3><form action='/letter'>"
              "<input type='email' name='email'><p style='display: none !important;'>"
              "<textarea name='hp_textarea'></textarea></p><button type='submit'>Sign me up</button>"
              "</form></div>")
    doc = parse(regionpages.page(after=after, side=side, footer=footer))
    assert not contacts(doc), kinds(doc)


def test_a_menu_entry_opening_a_contact_dialog_is_navigation():
    """German: the header menu's "Kontakt" entry opens a contact form dialog: a menu entry
    (navigation), and the hidden dialog is no CTA of its own."""
    header = ("<nav><ul class='menu'><li><a href='/'>Start</a></li><li><a href='/hafen'>Hafen</a></li>"
              "<li><a href='/schiffe'>Schiffe</a></li><li><a href='#kontakt-dialog'>Kontakt</a></li></ul></nav>")
    top = ("<div id='kontakt-dialog' class='popup' style='display:none'><div><form action='/kontakt'>"
           f"{_fields('Ihre Nachricht')}<button type='submit'>Senden</button></form></div></div>")
    doc = parse(regionpages.page(header=header, top=top, lang="de"))
    assert not contacts(doc), kinds(doc)


#: A case-type list (its options' words make the form no small box read by its words).
_CASES = "<select name='case_type'>" + "".join(f"<option>Case type number {i}</option>" for i in range(60)) + "</select>"


def _band(title: str, line: str, heading: str, button: str, lang: str, action: str = "/anfrage") -> str:
    """A band the page sets a message form in: a column with the band's title and a line,
    beside a column holding the form under its own heading, each in wrappers."""
    return (f"<div class='band'><div class='container'><div class='region'><div class='block'>"
            f"<div class='cols'><div class='intro'><h2>{title}</h2><div class='sub'>{line}</div></div>"
            f"<div class='col-form'><div class='form-block'><div class='form-wrap'><h3>{heading}</h3>"
            f"<form action='{action}' method='post'>{_fields(extra=_CASES)}<button type='submit'>{button}</button></form>"
            f"<p class='note'><a href='/privacy'>Privacy</a></p></div></div></div></div></div></div></div></div>")


def test_a_message_form_is_reported_with_the_band_around_it():
    """English: a footer band ("The fee is free." beside "It's easy to get started" and its
    form): the contact CTA is the whole band."""
    raw = regionpages.page(footer=_band("The fee is free", "Only pay if we win.", "It's easy to get started",
                                        "Start your claim", "en", action="/api/intake"))
    doc = parse(raw)
    found = [c for c in doc.ctas if c.kind == "contact"]
    assert len(found) == 1, kinds(doc)
    assert regionpages.source(raw, found[0].locator).get("class") == "band", found[0].locator


def test_a_band_stops_at_a_column_with_links_of_its_own():
    """German: the form's column stands beside a column of links (a footer menu): the band
    is no CTA, the form's own column is."""
    footer = ("<div class='band'><div class='cols'><div class='menu-col'><h2>Service</h2>"
              "<a href='/impressum'>Impressum</a> <a href='/agb'>AGB</a></div>"
              f"<div class='col-form'><div class='form-wrap'><h3>Schreiben Sie uns</h3>"
              f"<form action='/anfrage' method='post'>{_fields('Ihre Nachricht', _CASES)}"
              "<button type='submit'>Absenden</button></form></div></div></div></div>")
    raw = regionpages.page(footer=footer, lang="de")
    doc = parse(raw)
    found = [c for c in doc.ctas if c.kind == "contact"]
    assert len(found) == 1, kinds(doc)
    assert regionpages.source(raw, found[0].locator).get("class") == "col-form", found[0].locator  # (its wrapper)
