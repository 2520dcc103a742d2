"""A one-story card in the text that carries an offer's control is an offer, no related block
of one item (``offer_controls.offer_card``, asked by ``RegionJudge._card``): an app card's
'Install' button in the form beside its title, a promo card whose link holds a 'Register
now' button, a German card's 'Jetzt buchen' button. The same card with a 'Read more' button,
or none, is a story teaser: one related block. Pages written for the project (English,
German); the body stays the article's four paragraphs (``parse_article``)."""

from __future__ import annotations

from pages import article_with
from pages import parse_article as parse

APP = "https://apps.example.com/harbour-tide-planner-for-skippers"
STORY = "/2023/11/02/ferry-crews-train-for-the-winter-storms"


def app_card(control: str) -> str:
    """An app card: the title row (title link, rating), ``control`` in the row beside."""
    return ("<div class='app-card'><div class='row'><div class='info'>"
            f"<div class='title'><a href='{APP}'>Harbour Tide Planner for Skippers</a></div>"
            "<div class='meta'><span>4.8 out of 5 stars</span> <span>(193)</span></div></div>"
            f"<div class='action'>{control}</div></div></div>")


def test_an_app_card_with_an_install_button_is_no_related_block():
    form = ("<form method='post' action='/login/install'><button type='submit'>Install</button>"
            "<input type='hidden' name='id' value='660d02b2'></form>")
    assert parse(article_with(app_card(form))).related == []


def test_the_same_card_with_no_control_is_a_story_teaser():
    (block,) = parse(article_with(app_card(""))).related
    assert [i.url for i in block.items] == [APP]


def test_a_promo_card_whose_link_holds_a_register_button_is_no_related_block():
    card = ("<div class='promo'><a href='/webinars/protecting-your-payments-from-start-to-finish'>"
            "<img src='/i/webinar.png' alt=''><div class='promo-text'><strong>FREE WEBINAR:</strong> "
            "Protecting Your Payments from Start to Finish</div>"
            "<div class='promo_cta-text'><strong>Register Now →</strong></div></a></div>")
    assert parse(article_with(card)).related == []


def test_a_german_card_with_a_booking_button_is_no_related_block():
    card = ("<div class='kachel'><a href='/reisen/segeltoern-rund-um-die-insel-im-herbst'>"
            "<img src='/i/toern.jpg' alt=''></a>"
            "<h3><a href='/reisen/segeltoern-rund-um-die-insel-im-herbst'>Segeltörn rund um die Insel im Herbst</a></h3>"
            "<div class='knopf-btn'>Jetzt buchen</div></div>")
    assert parse(article_with(card, "de")).related == []


def test_a_card_with_a_read_more_button_stays_a_related_block():
    card = (f"<div class='teaser'><a href='{STORY}'><img src='/i/ferry.jpg' alt=''></a>"
            f"<h3><a href='{STORY}'>Ferry crews train for the winter storms</a></h3>"
            "<button class='teaser-btn' type='button'>Read more</button></div>")
    (block,) = parse(article_with(card)).related
    assert [i.url.rsplit("/", 1)[-1] for i in block.items] == [STORY.rsplit("/", 1)[-1]]
