"""Calls to action boxed off inside the article's text (placement ``inline``): a quote, an
aside or a captioned picture standing between two paragraphs that holds a prompt and ONE
action presented as such (a bare address, a picture, words asking to act) to a page that is
no story. It leaves ``doc.text()`` as a CTA; a quote citing its source in a sentence stays
in the text. Small pages written for the project,
in German, English and Spanish.
"""

from __future__ import annotations

import syndicate
from regionpages import TEXTS, parse_intact, text_page


def boxed_page(box: str, lang: str) -> bytes:
    """A news page whose article text (``TEXTS[lang]``) has ``box`` after its first paragraph."""
    first, *rest = TEXTS[lang]
    paras = f"<p>{first}</p>{box}" + "".join(f"<p>{t}</p>" for t in rest)
    return text_page(paras, lang)


def parse(box: str, lang: str) -> syndicate.Document:
    return parse_intact(boxed_page(box, lang), lang)


def test_a_quote_holding_a_newsletter_plug_is_an_inline_cta():
    """German: a quote asking to subscribe to the author's newsletter, its bare address the
    action: a newsletter CTA placed inline, out of the text."""
    doc = parse("<blockquote>Interesse an Häfen und Schiffen? Dann abonniere meinen Newsletter: "
                "<a href='https://autor.example.org/newsletter/'>https://autor.example.org/newsletter/</a>"
                "</blockquote>", "de")
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("newsletter", "inline")]
    assert "abonniere meinen Newsletter" not in doc.text()


def test_a_captioned_picture_linking_to_a_booking_page_is_a_cta():
    """English: a picture box (class word ``caption``) whose picture links to a booking page
    and whose caption asks to book an appointment: a contact CTA, inline."""
    doc = parse("<div class='wp-caption alignleft'><a href='https://clinic.example.org/therapist/ann-lee/'>"
                "<img src='/banner.jpg' alt='New blog'></a>"
                "<p class='wp-caption-text'>Request an appointment with Ann Lee, MA.</p></div>", "en")
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("contact", "inline")]
    assert "Request an appointment" not in doc.text()


def test_a_quote_citing_its_source_stays_in_the_text():
    """Spanish: a quote whose one link names its source inside a sentence (a survey) is the
    article's text, no CTA, though its words name a survey."""
    quote = ("<blockquote><p>Una <a href='https://example.org/informe-anual-de-puertos'>encuesta del puerto</a> "
             "indica que el sesenta por ciento de los barcos espera más de dos días.</p></blockquote>")
    doc = parse(quote, "es")
    assert doc.ctas == []
    assert "indica que el sesenta por ciento" in doc.text()

