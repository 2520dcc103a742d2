"""A call to action closing the article's column made of loose sibling lines (issue 15,
leaks): a heading and a line or two above a button, each a block of its own in the column.
The CTA is one item reported at its heading, and its lines leave ``doc.text()``; a lone link
asking to act that closes the column is a CTA even when no class says "button". An
article's last section above a button, and a list's own tool, stay as they are. Small pages
written for the project, in English, German, French and Spanish.
"""

from __future__ import annotations

from regionpages import TEXTS, parse_intact, source, text_page


def closing_page(closing: str, lang: str) -> bytes:
    """A news page whose article text (``TEXTS[lang]``) ends with ``closing``, loose in the
    same container as its paragraphs."""
    paras = "".join(f"<p>{t}</p>" for t in TEXTS[lang])
    return text_page(paras + closing, lang)


def test_a_heading_and_pitch_above_a_closing_button_are_one_cta():
    """English: a rule, a heading, a pitch line and a button line closing the column: one
    CTA at the heading, named by it; neither the heading nor the pitch is in the text."""
    closing = ("<hr><h3>Looking for advice on your harbour project?</h3>"
               "<p>Get one-on-one help from former port engineers. They will help you plan and build.</p>"
               "<p><a class='btn btn-secondary' href='/consulting/harbours'>Learn More</a></p>")
    raw = closing_page(closing, "en")
    doc = parse_intact(raw, "en")
    assert [c.kind for c in doc.ctas] == ["other"]
    cta = doc.ctas[0]
    assert source(raw, cta.locator).tag == "h3"
    assert cta.text == "Looking for advice on your harbour project?"
    assert cta.position.placement == "after"
    assert "advice on your harbour" not in doc.text()
    assert "former port engineers" not in doc.text()


def test_a_heading_naming_the_ask_takes_its_lines_without_a_rule():
    """German: a heading naming a newsletter, one line, a button "Jetzt anmelden": one CTA
    at the heading, the heading and the line out of the text."""
    closing = ("<h2>Der Newsletter aus dem Hafen</h2>"
               "<p>Jeden Freitag die wichtigsten Nachrichten aus dem Hafenamt.</p>"
               "<p><a class='button' href='https://example.com/anmeldung'>Jetzt anmelden</a></p>")
    raw = closing_page(closing, "de")
    doc = parse_intact(raw, "de")
    assert len(doc.ctas) == 1
    assert source(raw, doc.ctas[0].locator).tag == "h2"
    assert "Der Newsletter aus dem Hafen" not in doc.text()
    assert "Jeden Freitag" not in doc.text()


def test_an_articles_last_section_above_a_button_stays_in_the_text():
    """English and Spanish: the article's last section (a plain heading and a short
    paragraph, no rule, no box, no words of an ask) above a button: the CTA is the button
    alone, the section stays in the text."""
    for lang, heading, para, button in (
        ("en", "What comes next", "The works are due to end in the spring.",
         "<a class='btn' href='/guides/harbour-guide'>Get the guide</a>"),
        ("es", "Lo que viene", "Las obras terminarán en primavera.",
         "<a class='btn' href='/guias/puerto'>Descargar la guía</a>"),
    ):
        raw = closing_page(f"<h2>{heading}</h2><p>{para}</p><p>{button}</p>", lang)
        doc = parse_intact(raw, lang)
        assert len(doc.ctas) == 1, lang
        assert source(raw, doc.ctas[0].locator).tag == "p", lang
        assert heading in doc.text() and para in doc.text(), lang


def test_a_lone_link_asking_to_act_that_closes_the_column_is_a_cta():
    """French: the column ends with a line that is one link "Réservez maintenant" (no
    button class) to a booking page elsewhere: a CTA placed after, the text intact."""
    closing = "<div><a href='https://booking.example.net/port/visite?id=3'>Réservez maintenant</a></div>"
    raw = closing_page(closing, "fr")
    doc = parse_intact(raw, "fr")
    assert len(doc.ctas) == 1
    cta = doc.ctas[0]
    assert source(raw, cta.locator).tag == "div"
    assert cta.text == "Réservez maintenant"
    assert cta.position.placement == "after"


def test_a_lists_own_tool_and_a_line_before_more_text_are_no_closing_button():
    """English: a link "Download references" under the reference list closing the text is
    the list's tool; a line "Book now" followed by the story's tags is no closing line."""
    refs = ("<h2>References</h2><ol><li>Port authority annual report, 2019.</li>"
            "<li>Coastal engineering survey of the eastern quay, 2020.</li></ol>"
            "<p><a href='/articles/harbour-wall/references.ris'>Download references</a></p>")
    doc = parse_intact(closing_page(refs, "en"), "en")
    assert doc.ctas == []
    booked = ("<p><a href='https://booking.example.net/harbour-tour'>Book now</a></p>"
              "<div class='tags'><a href='/tag/harbour'>Harbour</a> <a href='/tag/port'>Port</a></div>")
    doc = parse_intact(closing_page(booked, "en"), "en")
    assert all(c.text != "Book now" for c in doc.ctas)


def test_a_cards_button_closing_the_column_is_no_closing_button():
    """German: the column ends with a course card whose title and button link to the same
    page: the button is the card's, no CTA closing the text."""
    card = ("<div class='kurs'><h3><a href='/kurse/kaimauern'>Kaimauern prüfen</a></h3>"
            "<p>Ein Kurs über das Prüfen alter Kaimauern.</p>"
            "<div><a href='/kurse/kaimauern'>Jetzt starten</a></div></div>")
    doc = parse_intact(closing_page(card, "de"), "de")
    assert all(c.text != "Jetzt starten" for c in doc.ctas)
