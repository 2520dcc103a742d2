"""One widget found in pieces is one CTA (issue 15: "one item per widget"), on small pages
written for the project, in English, German, French and Spanish: a subscription box's heading
and its offer, a share panel's button and its list of networks, a newsletter teaser's heading
or a teaser's image and its line are each found alone; the small box holding them is the one
CTA. A widget's device copies (the same links twice) stay apart.

Every parse goes through ``parse_article``, which also checks that the body is exactly the
article's four paragraphs.
"""

from __future__ import annotations

import lxml.html

from pages import parse_article as parse
from regionpages import page, source
from syndicate.extract.chrome import Found
from syndicate.extract.cta_pieces import one_per_piece_box
from syndicate.model import CallToAction

URL = "https://news.example.org/2024/05/harbour-wall"


def test_subscription_heading_and_offer_are_one_cta():
    box = ("<div class='c-box buy-options'><h3 class='c-box__heading'>Subscribe to the journal</h3>"
           "<div class='c-box__body'><p>Immediate online access to all issues. Renews every year.</p>"
           "<form action='https://shop.example.org/checkout' method='post'>"
           "<input type='hidden' name='type' value='journal'>"
           "<input type='submit' class='c-box__button' value='Buy a subscription'></form></div></div>")
    raw = page(side=box)
    (cta,) = parse(raw).ctas
    assert cta.kind == "subscribe"
    assert source(raw, cta.locator).get("class") == "c-box buy-options"


def test_share_button_and_its_network_list_are_one_cta_in_german():
    panel = ("<div class='werkzeuge'><button type='button' class='knopf'>Teilen</button>"
             "<div class='tafel'><ul class='netze'>"
             f"<li><a href='https://www.facebook.com/sharer/sharer.php?u={URL}'>Facebook</a></li>"
             f"<li><a href='https://twitter.com/intent/tweet?url={URL}'>X</a></li>"
             f"<li><a href='mailto:?body={URL}'>E-Mail</a></li></ul></div></div>")
    raw = page(after=panel, lang="de")
    (cta,) = parse(raw).ctas
    assert cta.kind == "share"
    assert source(raw, cta.locator).get("class") == "werkzeuge"


def test_teaser_image_and_line_inviting_to_the_newsletter_are_one_cta_in_spanish():
    """A teaser below the article: its image links to the sign-up, its line invites to it."""
    teaser = ("<div class='rejilla'><div class='teaser-x'>"
              "<div class='teaser-x__imagen'><div class='img'><a class='img__link' href='/es#newsletter'></a></div></div>"
              "<div class='teaser-x__contenido'><h2 class='teaser-x__titulo'><a href='/es#newsletter'>Novedades y promociones</a>"
              "</h2><div class='teaser-x__texto'><p>Suscríbete a nuestro boletín para recibir novedades y promociones</p>"
              "</div></div></div></div>")
    raw = page(below=teaser, lang="es")
    (cta,) = parse(raw).ctas
    assert cta.kind == "newsletter"
    assert source(raw, cta.locator).get("class") in ("rejilla", "teaser-x")


def _pieces(markup: str) -> list[str]:
    """The boxes ``one_per_piece_box`` leaves of the two donate CTAs found at the two
    children of the page's ``div.barre``: their class names."""
    root = lxml.html.fromstring(f"<html><body><div class='barre'>{markup}</div></body></html>")
    found = [Found(el, CallToAction(id="", kind="donate", text=None, url=None)) for el in root.find(".//div")]
    return [f.element.get("class") for f in one_per_piece_box(found, set(), None)]


def test_a_widgets_desktop_buttons_and_mobile_menu_stay_two_ctas_in_french():
    """The same two donation links as buttons and in a drop-down: copies, not pieces."""
    links = ("<a href='https://news.example.org/dons/particuliers'>{}</a>"
             "<a href='https://news.example.org/dons/entreprises'>{}</a>")
    markup = (f"<div class='dons-boutons'>{links.format('Faire un don', 'Mécénat')}</div>"
              f"<div class='dons-menu'><span>Faire un don</span>{links.format('Particuliers', 'Entreprises')}</div>")
    assert _pieces(markup) == ["dons-boutons", "dons-menu"]


def test_a_donation_prompt_and_its_button_are_one_cta_in_french():
    markup = ("<div class='dons-texte'><p>Le journal vit de vos dons.</p></div>"
              "<div class='dons-bouton'><a href='https://news.example.org/dons'>Faire un don</a></div>")
    assert _pieces(markup) == ["barre"]
