"""CTAs found by what a region IS on pages the rules were not tuned on (issue 15, third
round), on small pages written for the project, in English, German, French and Spanish:

1. a comment section found by its heading ("Responses (18)", "Réactions") whatever its class
   names, one CTA for the section; a heading that only counts ("Kommentare (34)") is none;
2. a link styled as a button standing alone between the blocks of the article's column (no
   paragraph around it): a CTA; the same link inside a sentence is none;
3. an invitation line in the text ("Learn more in our guide to <a>…</a>.", "Lesen Sie mehr
   zum Thema <a>…</a>", "En savoir plus : <a>…</a>"): a related block of one item, inline; a
   sentence that only holds a link, or a link to another site, is none;
4. a lone share button (no link to any network: it opens a share menu), labelled in its
   text or ``aria-label``, with the post tools around it: one share CTA; a gallery overlay's
   share button and a share panel's close button are none;
5. a poll or feedback question (a question and 2+ short answers: buttons, script links,
   radio buttons): a CTA ``other``; a confirm dialog and a question among a form's fields
   are none.

Every parse goes through ``parse_article``, which also checks that the body is exactly the
article's four paragraphs: none of the widgets' text may leak into it.
"""

from __future__ import annotations

import syndicate
from pages import ARTICLE_PARAS
from pages import parse_article as parse
from regionpages import P, page, source

# ------------------------------------------------------------------ 1. comment sections by heading


def test_responses_heading_and_button_are_one_comment_section():
    """Class names that say nothing (generated), a "Responses (18)" heading and a "See all
    responses" button: one comments CTA, the section around both."""
    section = ("<div class='ta tb'><div class='v j'><div class='v'><h2 class='bb sk'>Responses (18)</h2>"
               "</div><div class='tq'><button class='bb b'>See all responses</button></div></div></div>")
    raw = page(below=section)
    (cta,) = parse(raw).ctas
    assert cta.kind == "comments" and cta.text == "Responses (18)"
    assert cta.position.placement == "after"
    el = source(raw, cta.locator)
    assert el.find(".//h2") is not None and el.find(".//button") is not None


def test_reactions_heading_over_a_form_is_a_comment_section_in_french():
    section = ("<section class='bloc-7'><h3>Réactions</h3><form action='/poster' method='post'>"
               "<textarea name='texte'></textarea><button type='submit'>Publier</button></form></section>")
    raw = page(below=section, lang="fr")
    (cta,) = parse(raw).ctas
    assert cta.kind == "comments"
    assert source(raw, cta.locator).get("class") == "bloc-7"


def test_comment_count_heading_alone_is_no_cta_in_german():
    """A heading that only counts, with nothing to do below it: a counter, not a CTA."""
    raw = page(below="<div class='spalte'><h2>Kommentare (34)</h2></div>", lang="de")
    assert parse(raw).ctas == []


def test_comments_heading_over_a_thread_is_one_cta_in_spanish():
    thread = ("<div class='zona'><h2>Comentarios (2)</h2><ol>"
              "<li><p>Muy buen artículo, gracias por la información.</p><a href='#r1'>Responder</a></li>"
              "<li><p>No estoy de acuerdo con el alcalde.</p><a href='#r2'>Responder</a></li></ol></div>")
    raw = page(below=thread, lang="es")
    (cta,) = parse(raw).ctas
    assert cta.kind == "comments" and source(raw, cta.locator).get("class") == "zona"


# ------------------------------------------------------------------ 2. buttons on their own line


def test_button_link_between_paragraphs_is_a_cta_in_german():
    button = "<a class='knopf button-blau' href='https://shop.example.org/anmelden'>Jetzt testen</a>"
    raw = page(between=button, lang="de")
    (cta,) = parse(raw).ctas
    assert cta.kind == "other" and cta.position.placement == "inline"
    assert cta.text == "Jetzt testen" and cta.url == "https://shop.example.org/anmelden"
    assert source(raw, cta.locator).tag == "a"


def test_button_link_closing_a_section_of_the_text_is_a_cta_in_spanish():
    """A section of the article's text (heading, two paragraphs) closed by a button, no
    wrapper around the button: the button is a CTA, the section stays the article's."""
    raw = (
        "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>Muro</title></head><body>"
        f"<main><article><h1>El muro del puerto</h1><div class='texto'>{P[0]}{P[1]}"
        f"<div class='bloque'><h2>Las obras</h2>{P[2]}{P[3]}"
        "<a class='cta-boton azul' href='https://app.example.org/registro'>Descargar ahora</a></div>"
        "</div></article></main></body></html>"
    ).encode()
    doc = syndicate.parse(raw, url="https://noticias.example.org/muro")
    (cta,) = doc.ctas
    assert cta.kind == "other" and cta.position.placement == "after"  # (after the last block)
    assert source(raw, cta.locator).tag == "a"
    assert doc.text().split("\n") == [*ARTICLE_PARAS[:2], "Las obras", *ARTICLE_PARAS[2:]]


def test_button_styled_link_inside_a_sentence_is_no_cta():
    """Text runs into the link: part of the running text, not an action set apart."""
    para = ("<p>Readers can <a class='btn' href='https://shop.example.org/plan'>get started</a> "
            "with the council's own planning guide, published in March.</p>")
    raw = page(between=para)
    assert syndicate.parse(raw, url="https://news.example.org/harbour").ctas == []


# ------------------------------------------------------------------ 3. invitation lines


def _with_line(line: str, lang: str) -> tuple[bytes, syndicate.Document]:
    raw = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Harbour wall</title>"
        "</head><body><nav><a href='https://news.example.org/'>Home</a> "
        "<a href='https://news.example.org/local/'>Local</a></nav>"
        "<main><article><h1>Harbour wall to be rebuilt</h1><div class='text'>"
        f"{P[0]}{P[1]}<p>{line}</p>{P[2]}{P[3]}</div></article></main></body></html>"
    ).encode()
    return raw, syndicate.parse(raw, url="https://news.example.org/2024/05/harbour-wall")


def test_invitation_line_is_an_inline_related_link_in_three_languages():
    for lang, line in (
        ("en", "Learn more in our guide to <a href='/guides/coastal-defence-planning'>coastal defence "
               "planning</a>."),
        ("de", "Lesen Sie mehr zum Thema <a href='/2024/04/hafen-sanierung-kosten'>Kosten der "
               "Hafensanierung</a>"),
        ("fr", "En savoir plus : <a href='/2024/04/digue-du-port-travaux'>les travaux de la digue</a>"),
    ):
        raw, doc = _with_line(line, lang)
        assert doc.text().split("\n") == ARTICLE_PARAS, lang
        (rel,) = doc.related
        assert rel.position.placement == "inline" and len(rel.items) == 1, lang
        assert rel.items[0].url.startswith("https://news.example.org/"), lang


def test_sentence_holding_a_link_or_a_link_elsewhere_is_no_invitation_line():
    for line in (
        # the link does not end the line: a sentence of the text
        "Learn more about <a href='/guides/coastal-defence-planning'>coastal defence planning</a> "
        "at the council's open evening next week.",
        # no invitation: a plain sentence ending with a link
        "The mayor has published <a href='/guides/coastal-defence-planning'>the full plan</a>.",
        # a link to another site: a source, not a related story
        "Learn more in our guide to <a href='https://other.example.com/coastal/defence-plan'>coastal "
        "defence planning</a>.",
    ):
        _, doc = _with_line(line, "en")
        assert doc.related == [], line


# ------------------------------------------------------------------ 4. lone share buttons


def test_share_button_with_post_tools_is_one_share_cta():
    """Generated class names; a save icon link, a "Listen" button and a "Share" button
    whose label is only its aria-label: one share CTA around the toolbar."""
    tools = ("<div class='k1 k2'><div class='k3'><a href='/m/signin?bookmark=1'><span></span></a></div>"
             "<div class='k4'><div><button aria-label='Listen' class='b1'><p>Listen</p></button></div>"
             "<div><button aria-label='Share Post' class='b1'></button></div></div></div>")
    raw = page(after=tools)
    (cta,) = parse(raw).ctas
    assert cta.kind == "share" and cta.text == "Share Post" and cta.position.placement == "after"
    assert source(raw, cta.locator).get("class") == "k1 k2"


def test_share_button_in_german_and_french():
    for lang, label in (("de", "Artikel teilen"), ("fr", "Partager")):
        raw = page(after=f"<div class='werkzeuge'><button type='button'>{label}</button></div>", lang=lang)
        (cta,) = parse(raw).ctas
        assert cta.kind == "share" and cta.text == label, lang


def test_gallery_share_button_and_close_button_are_no_share_cta():
    gallery = ("<div class='pswp' role='dialog' aria-hidden='true'><div class='pswp__ui'>"
               "<button class='pswp__button--share' title='Share'></button></div></div>")
    closing = "<div class='panel'><button aria-label='Close share panel'></button></div>"
    raw = page(after=closing, footer=gallery)
    assert parse(raw).ctas == []


# ------------------------------------------------------------------ 5. polls and feedback questions


def test_feedback_question_with_two_buttons_is_a_cta():
    box = ("<div class='fb'><div>Was this article helpful?</div><div><button type='button'>Yes</button>"
           "<button type='button'>No</button></div></div>")
    raw = page(after=box)
    (cta,) = parse(raw).ctas
    assert cta.kind == "other" and cta.text == "Was this article helpful?"
    assert source(raw, cta.locator).get("class") == "fb"


def test_feedback_question_with_script_links_is_a_cta_in_german():
    box = ("<section class='bewertung'><header><p>Gefällt Ihnen dieser Artikel?</p></header><form action='/r' "
           "method='post'><input type='hidden' name='v' value='1'/><a href='javascript:void(0);'>Gefällt mir</a>"
           "<a href='javascript:void(0);'>Gefällt mir nicht</a></form></section>")
    raw = page(below=box, lang="de")
    (cta,) = parse(raw).ctas
    assert cta.kind == "other" and source(raw, cta.locator).get("class") == "bewertung"


def test_poll_with_radio_buttons_is_a_cta_in_spanish():
    box = ("<div class='encuesta'><p>¿Cómo llega usted al puerto?</p><form>"
           "<label><input type='radio' name='r' value='a'/>En coche</label>"
           "<label><input type='radio' name='r' value='b'/>A pie</label>"
           "<button type='submit'>Votar</button></form></div>")
    raw = page(below=box, lang="es")
    (cta,) = parse(raw).ctas
    assert cta.kind == "other" and source(raw, cta.locator).get("class") == "encuesta"


def test_confirm_dialog_and_form_question_are_no_poll():
    confirm = ("<div class='box'><p>Are you sure you want to delete this comment?</p>"
               "<button>Cancel</button><button>Delete</button></div>")
    form = ("<form class='contact' action='/send'><input type='text' name='name'/>"
            "<div class='q'><p>Have you visited the harbour before?</p><label><input type='radio' name='v'/>Yes"
            "</label><label><input type='radio' name='v'/>No</label></div></form>")
    raw = page(below=confirm + form)
    assert all(c.kind != "other" for c in parse(raw).ctas)
