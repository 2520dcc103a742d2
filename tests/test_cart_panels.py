"""A shop's cart panels are no CTAs (``chrome_guards.in_cart``): the pop-up saying what went
into the cart, the cart drawer with its discount-code field, the notice "Ajouté au panier"
(small pages written for the project, in English, German and French). The same boxes are
found as CTAs when the guard is off; a sign-up box on a shop page whose ``<body>`` names the
cart, a product's buy box named ``add-to-cart`` and a header's sign-up beside the cart icon
stay CTAs.
"""

from __future__ import annotations

import pytest

from regionpages import page, parse
from syndicate.extract import regions

#: A cart pop-up named for the cart, saying what was added (English).
EN_POPUP = ("<aside class='cart-popup-wrapper' role='dialog' aria-modal='true'><div class='cart-popup'>"
            "<div class='cart-popup__header'><h2>Just added to your cart</h2>"
            "<button class='cart-popup__close' aria-label='Close'>×</button></div>"
            "<p>Harbour mug, blue · Qty 1</p><a class='btn button' href='/cart'>View cart</a>"
            "<a class='btn button' href='/checkout'>Check out</a></div></aside>")
#: A cart drawer named in German, with its discount-code field.
DE_DRAWER = ("<div class='warenkorb-schublade'><div class='inhalt'><h2>Ihr Warenkorb</h2>"
             "<p>Hafenbecher, blau · 1 Stück</p><div class='rabatt'><label for='code'>Rabattcode hinzufügen</label>"
             "<input id='code' type='text' name='discount_code'><button type='submit'>Jetzt einlösen</button></div>"
             "<a class='button' href='/kasse'>Zur Kasse</a></div></div>")
#: A French notice named for nothing but "atc": its words say what it is.
FR_NOTICE = ("<div class='atc-notice' role='alert'><p>Ajouté au panier : Tasse du port</p>"
             "<a class='btn' href='/panier'>Voir le panier</a><button aria-label='Fermer'>×</button></div>")
CASES = (("en", EN_POPUP), ("de", DE_DRAWER), ("fr", FR_NOTICE))


def test_cart_panels_are_no_ctas():
    for lang, panel in CASES:
        assert parse(page(top=panel, lang=lang)).ctas == [], lang


def test_the_same_panels_are_found_without_the_guard(monkeypatch: pytest.MonkeyPatch):
    """The pages above do exercise the guard: without it each panel is an ``other`` CTA."""
    monkeypatch.setattr(regions, "without_cart_panels", list)
    for lang, panel in CASES:
        assert [c.kind for c in parse(page(top=panel, lang=lang)).ctas] == ["other"], lang


def test_sign_up_on_a_shop_page_buy_box_and_header_sign_up_beside_the_cart_stay():
    """``<body class="woocommerce-cart">`` names the cart on every page of a shop: the climb
    stops below it. A product's ``add-to-cart`` buy box is a buy box. A header's newsletter
    button beside the cart icon is the header's ask."""
    news = ("<div class='signup-box'><h3>Get the harbour newsletter</h3><form action='/newsletter/subscribe'>"
            "<input type='email' name='email' placeholder='Your e-mail'><button type='submit'>Subscribe</button>"
            "</form></div>")
    assert [c.kind for c in parse(page(side=news, body_class="woocommerce-cart theme-shop")).ctas] == ["newsletter"]
    buy = ("<div class='add-to-cart product-buy'><p>Harbour mug, blue enamel, 12 €</p>"
           "<a class='btn button' href='https://shop.example.com/harbour-mug'>Buy now</a></div>")
    assert [c.kind for c in parse(page(between=buy)).ctas] == ["other"]
    header = ("<div class='header-cart'><a href='/cart' class='cart-icon'>Cart (0)</a></div>"
              "<div class='header-actions'><a class='btn button' href='/newsletter'>Newsletter</a></div>"
              "<nav><a href='/a/'>News</a><a href='/b/'>Sport</a><a href='/c/'>Culture</a></nav>")
    assert [(c.kind, c.text) for c in parse(page(header=header)).ctas] == [("newsletter", "Newsletter")]
