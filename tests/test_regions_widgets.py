"""Regions outside the body, second round (issue 15): one test per category fixed, on small
pages written for the project, chrome in English, German, French, Spanish and Polish.

1. share bars of buttons that carry no link, follow links written protocol-relative;
2. related content inside the text: a paragraph that is only a link to another story (in
   capitals, or after a "Lesen Sie auch:" label), a story card linking its story several times;
3. teaser cards: titled by a heading of their own with a generic "Descubre más" link, or
   carrying their section's label link;
4. widgets: a donation form asking an amount, a comment section found in parts, a short
   contact button in the footer (navigation) against a contact box with a prompt, an offer box;
5. placement: an item standing right below <body>, off the article's branch, is outside.

Every parse goes through ``parse_article``, which also checks that the body is exactly the
article's four paragraphs: none of the widgets' text may leak into it.
"""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import P, page, source

# ------------------------------------------------------------------ 1. share and follow bars


def test_share_icons_without_links_are_one_share_bar():
    """Icons labelled for screen readers (Polish), no href anywhere: one share bar."""
    bar = ("<div class='narzedzia'><ul>"
           "<li><span class='ikona' aria-label='Udostępnij na Facebook' title='Facebook'></span></li>"
           "<li><span class='ikona' aria-label='Udostępnij na Twitter' title='Twitter'></span></li>"
           "<li><span class='ikona' aria-label='Wyślij e-mail' title='Email'></span></li>"
           "</ul></div>")
    raw = page(after=bar, lang="pl")
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "share" and cta.position.placement == "after"
    assert source(raw, cta.locator).get("class") == "narzedzia"


def test_one_network_and_mail_is_no_share_bar():
    """An e-mail button beside one network button is not enough for a bar."""
    pair = ("<div class='werkzeug'><button class='btn-facebook'>Facebook</button>"
            "<button class='btn-mail'>E-Mail</button></div>")
    doc = parse(page(after=pair, lang="de"))
    assert [c.kind for c in doc.ctas if c.kind == "share"] == []


def test_protocol_relative_profile_links_are_a_follow_bar():
    icons = ("<div class='icons'><a href='//www.facebook.com/HarbourGazette'>Facebook</a>"
             "<a href='//twitter.com/harbourgazette'>Twitter</a>"
             "<a href='//www.instagram.com/harbourgazette'>Instagram</a></div>")
    raw = page(header=icons)
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "follow" and cta.position.placement == "outside"
    assert source(raw, cta.locator).get("class") == "icons"


# ------------------------------------------------------------------ 2. related inside the text


def test_paragraph_that_is_only_a_link_in_capitals_is_an_inline_related_block():
    line = ("<p><strong><a href='https://news.example.com/region/2024/ferry-service-to-the-islands-resumes'>"
            "FERRY SERVICE TO THE ISLANDS RESUMES AFTER STORM</a></strong></p>")
    doc = parse(page(between=line))
    (rel,) = doc.related
    assert [i.title for i in rel.items] == ["FERRY SERVICE TO THE ISLANDS RESUMES AFTER STORM"]
    assert rel.position.placement == "inline" and rel.position.after == doc.body[1].id


def test_link_after_a_related_label_is_an_inline_related_block_in_german():
    line = ("<p>Lesen Sie auch: <a href='/region/2024/neue-faehre-fuer-die-inselbewohner'>"
            "Neue Fähre für die Inselbewohner kommt im Mai</a></p>")
    doc = parse(page(between=line, lang="de"))
    (rel,) = doc.related
    assert rel.title == "Lesen Sie auch"
    assert [i.title for i in rel.items] == ["Neue Fähre für die Inselbewohner kommt im Mai"]
    assert rel.position.placement == "inline"


def test_a_link_inside_a_sentence_stays_in_the_body():
    """A sentence of the article that holds a link is text, not a related block."""
    paras = list(P)
    paras[1] = paras[1].replace(
        "the storms of 2019", "<a href='/region/2019/storms-hit-the-coast-hard'>the storms of 2019</a>")
    raw = ("<!DOCTYPE html><html><head><title>Harbour wall</title></head><body><article>"
           f"<h1>Harbour wall to be rebuilt</h1>{''.join(paras)}</article></body></html>").encode()
    doc = parse(raw)
    assert doc.related == []


def test_story_card_linking_its_story_four_times_is_one_related_item():
    """A teaser box in the text: image, kicker, headline and "mehr" all link the same story."""
    url = "/inland/2024/hafenmauer-kosten-steigen-weiter-101.html"
    card = (f"<div class='infobox'><a href='{url}'><img src='/img/mauer.jpg' alt=''></a>"
            f"<p class='kicker'><a href='{url}'>Hafen</a></p>"
            f"<h4><a href='{url}'>Kosten für die Hafenmauer steigen weiter</a></h4>"
            f"<p><a href='{url}'>Der Rat streitet über die Finanzierung.</a> | <a href='{url}'>mehr</a></p></div>")
    raw = page(between=card, lang="de")
    doc = parse(raw)
    (rel,) = doc.related
    assert [i.url for i in rel.items] == ["https://news.example.com" + url]
    assert source(raw, rel.locator).get("class") == "infobox" and rel.position.placement == "inline"


# ------------------------------------------------------------------ 3. teaser cards


def test_cards_titled_by_their_own_heading_with_a_generic_link_are_related():
    cards = "".join(
        f"<div class='tarjeta'><h4 class='tarjeta-titulo'>{t}</h4>"
        f"<a href='/recetas/{'-'.join(t.lower().split())}'>Descubre más</a></div>"
        for t in ("Café helado con limón", "Tarta de café y chocolate", "Espresso con tónica"))
    block = f"<section class='otras'><h3>Te puede interesar</h3>{cards}</section>"
    raw = page(after=block, lang="es")
    doc = parse(raw)
    (rel,) = doc.related
    assert len(rel.items) == 3 and rel.position.placement == "after"
    assert source(raw, rel.locator).get("class") == "otras"


def test_generic_links_without_card_titles_are_no_related_block():
    links = "".join(f"<a href='/recetas/receta-numero-{n}-de-la-casa'>Descubre más</a> " for n in range(3))
    doc = parse(page(after=f"<div class='mas'>{links}</div>", lang="es"))
    assert doc.related == []


def test_teaser_cards_with_section_labels_are_one_related_block():
    """Each card links its section ("Sport", "Culture") beside its story: still one block."""
    cards = "".join(
        f"<div class='carte'><a href='/{s}/2024/{slug}'><img src='/img/{slug}.jpg' alt=''></a>"
        f"<a href='/{s}/'>{s.title()}</a><a href='/{s}/2024/{slug}'>{t}</a>"
        f"<p>Un résumé de quelques mots de l'article.</p></div>"
        for s, slug, t in (("sport", "le-club-gagne-la-coupe", "Le club gagne la coupe"),
                           ("culture", "un-festival-sur-le-port", "Un festival sur le port"),
                           ("economie", "le-marche-aux-poissons-rouvre", "Le marché aux poissons rouvre")))
    raw = page(after=f"<div class='plus'><h3>Plus de la rédaction</h3>{cards}</div>", lang="fr")
    doc = parse(raw)
    (rel,) = doc.related
    assert [i.title for i in rel.items] == ["Le club gagne la coupe", "Un festival sur le port",
                                           "Le marché aux poissons rouvre"]


# ------------------------------------------------------------------ 4. widgets


def test_donation_form_asking_an_amount_is_a_donate_cta():
    box = ("<div class='apoyo'><form method='post' action='/carrito'>"
           "<div class='opciones'><div>Dona hoy</div><div>Dona cada mes</div></div>"
           "<label>Elige un importe para donar:</label>"
           "<div><span>5</span> <span>20</span> <span>50</span> <span>100</span></div>"
           "<input type='number' name='importe' value='20'>"
           "<button type='submit'>Donar</button></form></div>")
    raw = page(after=box, lang="es")
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "donate"
    assert source(raw, cta.locator).get("class") in ("apoyo", None)


def test_comment_section_found_in_parts_is_one_comments_cta():
    section = ("<div class='kommentare-bereich'><div class='show-comments'><button>Kommentare anzeigen</button>"
               "</div><div id='disqus_thread'></div></div>")
    raw = page(after=section, lang="de")
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "comments"
    assert source(raw, cta.locator).get("class") == "kommentare-bereich"


def test_short_contact_button_in_the_footer_is_navigation_a_contact_box_is_a_cta():
    footer = ("<div class='links'><div class='btn-contact'><a href='/kontakt'>Kontakt</a></div></div>"
              "<div class='tipps'><h4>Haben Sie einen Hinweis für unsere Redaktion?</h4>"
              "<p>Schreiben Sie uns vertraulich, wir melden uns.</p>"
              "<form action='/kontakt/hinweis'><input type='text' name='hinweis'>"
              "<button>Hinweis senden</button></form></div>")
    raw = page(footer=footer, lang="de")
    doc = parse(raw)
    assert [(c.kind, source(raw, c.locator).get("class")) for c in doc.ctas] == [("contact", "tipps")]


@pytest.mark.parametrize(("lang", "box", "cls"), [
    ("de", "<div class='angebot'><p>Jetzt 20 % Rabatt mit dem Gutschein HAFEN20</p>"
           "<a class='button' href='https://shop.example.com/'>Jetzt bestellen</a></div>", "angebot"),
    # (five words and a dash: the dash is punctuation, not a sixth word of the label)
    ("en", "<div class='signup-card'><p>Better harbour trips start now: plan the crew and the costs "
           "in one place.</p><a class='btn' href='https://trips.example.com/sign-up'>"
           "Join today \u2013 it\u2019s 100% free</a></div>", "signup-card"),
])
def test_offer_box_is_a_cta_of_kind_other(lang, box, cls):
    raw = page(after=box, lang=lang)
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "other" and source(raw, cta.locator).get("class") == cls


# ------------------------------------------------------------------ 5. placement


def test_popup_right_below_body_is_outside():
    """A newsletter pop-up standing right below <body>, after the footer: page chrome."""
    popup = ("<div class='popup'><h3>Subscribe to our newsletter</h3>"
             "<form action='/join'><input type='email' name='email'><button>Sign up</button></form></div>")
    raw = page(top=popup)
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "newsletter" and cta.position.placement == "outside"
