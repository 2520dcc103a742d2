"""Calls to action closing the article's text (issue 15, leaks): promo lines and boxes a site
puts under the last paragraph, inside the article's own container. Found by their place
(the closing run of the body) and what their action asks, they leave ``doc.text()`` and are
reported once each, placed ``after``; a closing paragraph of the article that merely holds
a link stays in the body. Small pages written for the project, in English, German, French and
Spanish.
"""

from __future__ import annotations

import syndicate
from regionpages import TEXTS, parse_intact, source, text_page


def closing_page(closing: str, lang: str) -> bytes:
    """A news page whose article text (``TEXTS[lang]``) ends with ``closing``, in the same
    container as its paragraphs."""
    paras = "".join(f"<p>{t}</p>" for t in TEXTS[lang])
    return text_page(paras + closing, lang)


def parse(raw: bytes, lang: str) -> syndicate.Document:
    return parse_intact(raw, lang)


def test_marked_promo_lines_closing_the_text_are_ctas_each():
    """German: a credit line, then three "+++" lines (app, newsletter, support) each with a
    bare address: three CTAs of their kinds, placed after, none of them in the text; the
    credit line stays."""
    closing = ("<p>Bildquelle: Hafenamt</p>"
               "<p>+++ Unsere kostenlose App für Android und iOS finden Sie hier: "
               "<a href='https://example.com/app/'>https://example.com/app/</a></p>"
               "<p>+++ Abonnieren Sie jetzt unseren Newsletter: "
               "<a href='https://example.com/newsletter/'>https://example.com/newsletter/</a></p>"
               "<p>+++ Ihnen gefällt unsere Arbeit? So können Sie uns unterstützen: "
               "<a href='https://example.com/unterstuetzen/'>https://example.com/unterstuetzen/</a></p>")
    raw = closing_page(closing, "de")
    doc = parse(raw, "de")
    assert sorted(c.kind for c in doc.ctas) == ["app", "donate", "newsletter"]
    assert all(c.position.placement == "after" for c in doc.ctas)
    assert "+++" not in doc.text()
    assert "Bildquelle: Hafenamt" in doc.text()


def test_a_closing_line_whose_action_names_it_is_a_cta():
    """English and French: the last line asks for a demo / to get in touch by its link's
    words and address: one CTA each, out of the text."""
    for lang, line, kind in (
        ("en", "<p>Want to see it in action? <a href='/request-demo'>Request a demo</a> today.</p>", "other"),
        ("fr", "<p>Un projet ? <a href='/contact/'>Contactez notre équipe</a> pour en parler.</p>", "contact"),
    ):
        raw = closing_page(line, lang)
        doc = parse(raw, lang)
        assert [c.kind for c in doc.ctas] == [kind], lang
        assert source(raw, doc.ctas[0].locator).tag == "p"
        assert "?" not in doc.text().split("\n")[-1], lang


def test_a_promo_box_closing_the_text_is_one_cta():
    """Spanish: a box (heading line, copy, an image link to the app) under the last
    paragraph: one app CTA at the box, its words out of the text."""
    box = ("<div class='consejo'><p class='titulo'>Consejo: las noticias del puerto</p>"
           "<p>Todas las noticias de la ciudad en tu móvil, gratis para iOS y Android.</p>"
           "<div class='boton'><a href='https://example.com/movil'><img src='/badge.png' alt=''></a></div></div>")
    raw = closing_page(box, "es")
    doc = parse(raw, "es")
    assert [c.kind for c in doc.ctas] == ["app"]
    assert source(raw, doc.ctas[0].locator).get("class") == "consejo"
    assert "gratis para iOS" not in doc.text()


def test_an_offer_verb_into_a_sites_home_page_is_a_cta():
    """English: a set-apart closing quote inviting to join a course, its link a site's home
    page: a CTA ``other``, out of the text."""
    line = ("<blockquote><p>If you want to learn to build sea walls yourself, then join"
            "<a href='https://www.wallschool.io/'> WallSchool </a>and learn how.</p></blockquote>")
    raw = closing_page(line, "en")
    doc = parse(raw, "en")
    assert [c.kind for c in doc.ctas] == ["other"]
    assert "WallSchool" not in doc.text()


def test_closing_paragraphs_of_the_text_stay_in_the_body():
    """German and French: the last paragraph names a supporting association and links a
    federation inside its sentence; a longer closing paragraph ends with a contact link: no
    CTA, both stay in the text."""
    for lang, line in (
        ("de", "<p>Der Hafenverein wird vom Förderkreis finanziell unterstützt und ist Mitglied im "
               "<a href='https://www.hafenverband.de/'>Verband der Häfen</a>.</p>"),
        ("fr", "<p>La mairie rappelle que les travaux ont été décidés après des années de discussions entre "
               "les habitants, les pêcheurs et les gens du port, et que le projet définitif sera présenté lors "
               "de réunions publiques dans les quartiers du bord de mer pendant l'été ; pour toute question "
               "sur le chantier, il est possible de <a href='/contact/'>contacter le service technique</a>.</p>"),
    ):
        raw = closing_page(line, lang)
        doc = parse(raw, lang)
        assert not doc.ctas, lang
        assert lxml_text(line) in doc.text(), lang


def lxml_text(markup: str) -> str:
    import lxml.html

    return " ".join(lxml.html.fromstring(markup).text_content().split())
