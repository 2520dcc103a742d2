"""A box holding a form inside the article's text (leaks): a sign-up, contact or deal-alert
box set among the paragraphs or closing the text, whose heading, prompt and fine print the
body walk kept while the form alone (or nothing) was found. The whole box is one CTA and its
lines leave ``doc.text()``; the article's paragraphs stay, and a box holding a paragraph of
the article, a table or a second action is not taken whole. Small pages written for the
project, in English and German.
"""

from __future__ import annotations

import syndicate
from regionpages import TEXTS, parse_intact, source, text_page

_FINE = ("By signing up you agree to receive recurring automated marketing messages at the "
         "number provided. Consent is not a condition of purchase. Reply STOP to cancel.")


def page(box: str, lang: str, *, after: bool = False) -> bytes:
    """A news page whose article text (``TEXTS[lang]``) holds ``box`` after its second
    paragraph (``after``: closing the text, below the last paragraph)."""
    paras = [f"<p>{t}</p>" for t in TEXTS[lang]]
    body = "".join(paras + [box]) if after else "".join(paras[:2] + [box] + paras[2:])
    return text_page(body, lang, container="section")


def parse(raw: bytes, lang: str) -> syndicate.Document:
    return parse_intact(raw, lang)


def test_phone_sign_up_box_in_the_text_is_one_cta():
    """English: a deal-alert box among the paragraphs (a label, a prompt, a phone field and
    'Sign me up', fine print) is one newsletter CTA, inline, and none of its lines stays
    in the text."""
    box = ("<section class='relative p-8 my-12'><div class='absolute px-2'>Harbour Deals</div>"
           "<div class='flex'><div class='font-bold'>Be the first to know!</div>"
           "<div class='mt-2'>Get hand-picked deals texted right to your phone.</div>"
           "<form class='flex'><input type='tel' name='phone'><input type='hidden' name='list'>"
           "<button type='submit'>Sign me up</button></form>"
           f"<div class='mt-4 text-xs'>{_FINE}</div></div></section>")
    doc = parse(page(box, "en"), "en")
    kinds = [(c.kind, c.position.placement) for c in doc.ctas]
    assert kinds == [("newsletter", "inline")]
    assert source(page(box, "en"), doc.ctas[0].locator).get("class") == "relative p-8 my-12"
    text = doc.text()
    for line in ("Harbour Deals", "Be the first to know!", "texted right to your phone", "Reply STOP"):
        assert line not in text


def test_sign_up_box_with_two_forms_grows_past_the_found_form():
    """English: the same box holding an e-mail form and its phone variant: the CTA found at
    the e-mail form's widget grows to the whole box, reported once."""
    box = ("<section class='relative my-12'><div class='absolute px-2'>Harbour Deals</div>"
           "<div class='p-8'><div class='flex'><div class='font-bold'>Offers hand-picked for you.</div>"
           "<div>Sign up now for the Harbour Deals newsletter.</div>"
           "<form class='flex'><input type='email' name='email'><button type='submit'>Sign me up</button></form></div>"
           "<div class='flex'><div class='font-bold'>Be the first to know!</div>"
           "<div>Get hand-picked deals texted right to your phone.</div>"
           "<form class='flex'><input type='tel' name='phone'><button type='submit'>Sign me up</button></form>"
           f"<div class='text-xs'>{_FINE}</div></div></div></section>")
    doc = parse(page(box, "en"), "en")
    assert [c.kind for c in doc.ctas] == ["newsletter"]
    assert source(page(box, "en"), doc.ctas[0].locator).get("class") == "relative my-12"
    assert "Harbour Deals" not in doc.text() and "Be the first to know!" not in doc.text()


def test_contact_form_box_closing_the_text_is_a_contact_cta():
    """German: a quick-contact box after the last paragraph (a heading, a form with a
    message box, name and e-mail, a consent line, a privacy note): one contact CTA, placed
    after, its lines out of the text."""
    box = ("<div id='schnellkontakt' class='panel'><div class='container'>"
           "<h2>Fragen? Dann schreiben Sie uns einfach!</h2>"
           "<div role='form'><form action='/hafen/#f1' class='cf-form'>"
           "<textarea name='message'></textarea><input type='text' name='name'>"
           "<input type='text' name='email'><p><label><input type='checkbox' name='ok'>"
           "Ja, ich habe die Datenschutzerklärung gelesen und bin einverstanden.</label></p>"
           "<p><input type='submit' value='Abschicken'></p></form></div>"
           "<p class='muted'>Ihre Angaben aus dem Formular speichern wir zur Bearbeitung der Anfrage.</p>"
           "</div></div>")
    doc = parse(page(box, "de", after=True), "de")
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("contact", "after")]
    text = doc.text()
    assert "Fragen? Dann schreiben" not in text and "Datenschutzerklärung" not in text
    assert "Ihre Angaben aus dem Formular" not in text


def test_box_holding_a_paragraph_of_the_article_is_not_taken():
    """German: a form under a long paragraph (over ``FORM_BOX_LINE`` characters) in the same
    box: the paragraph is the article's, the box no CTA box, and the paragraph stays."""
    long = ("Der Hafenmeister erklärte, dass die Mauer seit dem Frühjahr an drei Stellen nachgegeben "
            "habe und die Reparatur nur bei ruhiger See möglich sei; die Arbeiten sollen im Herbst "
            "beginnen, wenn die Fischer ihre Boote in den inneren Hafen verlegt haben. Bis dahin "
            "bleibt der äußere Kai für Besucher gesperrt, die Fähre legt am Nordanleger an. Die "
            "Gemeinde will die Anwohner im Sommer bei einer Versammlung im Rathaus über den Stand unterrichten.")
    box = (f"<div class='box'><div><p>{long}</p></div><div class='tel'>"
           "<form><input type='tel' name='tel'><button type='submit'>Rückruf</button></form></div></div>")
    doc = syndicate.parse(page(box, "de"), url="https://example.com/news/harbour-wall")
    assert long in doc.text()
    assert not any(source(page(box, "de"), c.locator).get("class") == "box" for c in doc.ctas)


def test_box_beside_a_table_and_another_action_stays_apart():
    """English: a price calculator (a number field) whose box also holds a price table and a
    'Get a quote' button: the table is the article's data and stays in the text."""
    box = ("<div class='calc'><div><h2>What does a harbour wall cost?</h2>"
           "<form><input type='number' name='value'><button type='submit'>Calculate</button></form></div>"
           "<div><table><tr><th>Item</th><th>Cost</th></tr><tr><td>Stone per metre</td><td>$1,200</td></tr>"
           "<tr><td>Concrete per metre</td><td>$900</td></tr></table>"
           "<div><b>Get an estimate from a local pro</b><button type='button'>Get a quote</button></div></div></div>")
    doc = syndicate.parse(page(box, "en"), url="https://example.com/news/harbour-wall")
    assert "Stone per metre" in doc.text()
