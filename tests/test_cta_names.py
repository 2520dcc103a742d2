"""Boxes the page names a call to action by a word of a compound class name
(``extract/cta_names.py``): ``cta`` inside a CSS module's ``Header_promoCta__k3Jd9``, a BEM
``c-card c-cta-v2`` or a ``footer-cta-container`` marks a small box of one action as a CTA
though neither its words nor its targets name a kind. A card repeated in a listing, a
partner's sponsored offer, a box holding the page's title, a cart drawer's buttons and a
link to a story are none. Small pages written for the project, in English and German.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import page, parse


def ctas(doc) -> list[tuple[str, str | None, str]]:
    return [(c.kind, c.text, c.position.placement) for c in doc.ctas]


def test_header_box_named_by_a_css_module_is_a_cta():
    """A header box ``Header_promoCta__k3Jd9`` holding the home link and a button to the
    firm's product site ("Grow your practice"): one ``other`` CTA at the box, outside."""
    header = ("<nav class='Header_nav__x8Kd2'><a href='/news/'>News</a><a href='/sport/'>Sport</a>"
              "<a href='/culture/'>Culture</a></nav>"
              "<div class='Header_promoCta__k3Jd9'><a href='/' class='Header_home__p2Qw1'>Example Home</a>"
              "<a href='https://pro.example.net/?utm_source=header' class='Header_orange__Zr4t1'>Grow your practice</a>"
              "</div>")
    doc = parse(page(header=header))
    assert ctas(doc) == [("other", "Example Home Grow your practice", "outside")]
    assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_card_named_cta_asking_for_a_story_is_other_not_share():
    """A side card ``c-card c-cta-v2`` (heading, blurb, one link "Share your story" to a
    form page): an ``other`` CTA; "share" in its prompt names no share bar. The same card in
    German ("Erzählen Sie uns Ihre Geschichte")."""
    for lang, head, blurb, label, href in (
        ("en", "Share your story", "Has the harbour changed your life? We would love to hear from you.",
         "Tell us your story", "/readers/share-your-story"),
        ("de", "Ihre Geschichte", "Hat der Hafen Ihr Leben verändert? Wir freuen uns auf Ihre Zuschrift.",
         "Geschichte erzählen", "/leser/geschichte-teilen"),
    ):
        side = f"<div class='c-card c-cta-v2'><h4>{head}</h4><div class='c-card__desc'>{blurb}</div>" \
               f"<p><a href='{href}'>{label}</a></p></div>"
        doc = parse(page(side=side, lang=lang))
        assert ctas(doc) == [("other", head, "outside")], (lang, ctas(doc))


def test_same_card_without_the_name_is_no_cta():
    """The English card classed ``c-card`` only: nothing names it, no rule reports it."""
    side = ("<div class='c-card'><h4>Share your story</h4><div class='c-card__desc'>Has the harbour changed your "
            "life? We would love to hear from you.</div><p><a href='/readers/share-your-story'>Tell us your story</a>"
            "</p></div>")
    assert ctas(parse(page(side=side))) == []


def test_listing_cards_sponsored_offers_title_block_cart_and_story_links_are_none():
    """Three product cards each with a ``product-cta`` box (a listing); a partner's offer
    (``rel=sponsored``); the title block ``hero-cta`` holding an ``<h1>``; a German cart
    drawer's ``cart__ctas`` (/warenkorb); an ``onward-cta`` link to a story; a "View all"
    link named ``more-cta``; a search box's ``search-cta`` beside its field: no CTA."""
    cards = "".join(f"<div class='card'><h3>Lamp {i}</h3><div class='product-cta'><a href='/shop/lamp-{i}'>"
                    f"View lamp</a></div></div>" for i in range(3))
    side = (f"<div class='grid'>{cards}</div>"
            "<div class='offer-cta'><a href='https://partner.example.com/deal' rel='sponsored noopener'>Get the deal"
            "</a></div>"
            "<div class='onward-cta'><a href='/2024/05/harbour-wall-storm-damage-repairs-delayed-again'>"
            "Repairs delayed</a></div>"
            "<div class='more-cta'><a href='/topics/'>View all</a></div>")
    top = ("<div class='hero-cta'><a href='/harbour/'>Harbour</a><h1>Harbour special</h1></div>"
           "<div class='cart-drawer'><div class='cart__ctas'><a href='/warenkorb'>Zum Warenkorb</a></div></div>"
           "<div class='site-search'><input type='search' name='q'><div class='search-cta'>"
           "<a href='/suche/beliebt'>Beliebte Suchen</a></div></div>")
    assert ctas(parse(page(side=side, top=top))) == []
