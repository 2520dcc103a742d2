"""Offer boxes outside the body (``extract/offer_boxes.py``): a pitch and one or two links
styled as buttons whose words name no CTA kind ("Browse courses" / "Enroll now") are a CTA
``other`` reported at the box; a menu's buttons, a listing's repeated "Learn more", a
card's read-more button and a bare button are none. Small pages written for the project,
English and German.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse


def _others(raw: bytes) -> list[str]:
    doc = parse(raw)
    return [c.locator or "" for c in doc.ctas if c.kind == "other"]


def test_course_band_after_the_article_en():
    """A band after the article: a heading, a line and two buttons to the site's course and
    pricing pages is one offer, reported at the band."""
    band = ("<div class='band-bg'><div class='band-row'><h2>Are you ready for the future of work?</h2>"
            "<p>Learn modern and relevant skills, online</p><div class='band-buttons'>"
            "<a class='default-button ghost' href='/courses/'>Browse courses</a> "
            "<a class='default-button solid' href='/pricing/'>Enroll now</a></div></div></div>")
    assert _others(regionpages.page(below=band)) == ["/html/body/div/main/div"]


def test_sidebar_download_box_de():
    """German: a side column's box (heading, blurb, picture) whose one button leads to the
    site's download page is an offer."""
    box = ("<div class='promo-card'><div class='card-title'>Der Hafen-Report 2024</div>"
           "<img src='/report.png' alt=''><div class='card-copy'>Laden Sie sich jetzt die aktuelle "
           "Ausgabe des Hafen-Reports kostenlos herunter.</div>"
           "<a class='btn btn-primary' href='/downloads/hafen-report'>Zum Download</a></div>")
    assert _others(regionpages.page(side=box, lang="de")) == ["/html/body/div/div/div"]


def test_bare_button_and_menu_buttons_are_none():
    """A button with no pitch beside it, and buttons in a menu's entries, are no offer box."""
    bare = "<div class='rail-cta'><a class='btn' href='/courses/'>Browse courses</a></div>"
    menu = ("<ul class='menu'><li><a class='btn' href='/plans/'>See our plans</a> Pick one of "
            "three plans today</li><li><a href='/about/'>About</a></li></ul>")
    assert _others(regionpages.page(side=bare, header=menu)) == []


def test_repeated_learn_more_cards_are_none_de():
    """German: three cards each closing with the same "Mehr erfahren" button are a listing's
    entries, no offer."""
    cards = "".join(
        f"<div class='card c{i}'><h3>Angebot Nummer {i} für den Hafen</h3><p>Ein kurzer Text über das "
        f"Angebot {i}.</p><a class='btn' href='/angebot-{i}/'>Mehr erfahren</a></div>" for i in range(3))
    assert _others(regionpages.page(side=cards, lang="de")) == []
    one = cards.split("</div>")[0] + "</div>"  # (the same card alone: an offer)
    assert len(_others(regionpages.page(side=one, lang="de"))) == 1


def test_a_side_box_titled_by_an_h1_is_an_offer_fr():
    """French: a side column's box whose title is set as an ``<h1>`` (a page builder's
    habit), with a picture and one "Jouer" button to the site's game page, is an offer;
    the same box whose ``<h1>`` repeats the article's headline is the article's head."""
    box = ("<div class='event-promo'><img src='/jeu-logo.png' alt=''><h1>Rejoignez notre grand concours "
           "de pronostics gratuit</h1><div class='event-buttons'><a class='btn btn-dark' "
           "href='/jeux/pronostics/'>Jouer</a></div></div>")
    assert _others(regionpages.page(side=box, lang="fr")) == ["/html/body/div/div/div"]
    head = box.replace("Rejoignez notre grand concours de pronostics gratuit", "Harbour wall to be rebuilt")
    assert _others(regionpages.page(side=head, lang="fr")) == []
