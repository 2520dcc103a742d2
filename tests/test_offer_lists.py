"""Offer lists taken for related blocks (``extract/offer_lists.py``): a box whose cards each
show a price, or whose links are all marked ``rel="sponsored"``, is one CTA ``other``; a
product page's own products and a box of story cards stay related. Pages written for the
project."""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source

#: Products per language: (slug, name, price).
PRODUCTS = {
    "de": [("der-weg-des-kapitaens", "Der Weg des Kapitäns", "19,99 €"),
           ("hafen-kalender-fuer-zwei-tausend", "Hafen-Kalender 2026", "12,50 €"),
           ("leuchtturm-poster-in-gross", "Leuchtturm-Poster groß", "24,00 €")],
    "en": [("the-captains-way-paperback", "The Captain's Way", "$19.99"),
           ("harbour-calendar-for-next-year", "Harbour calendar 2026", "$12.50"),
           ("lighthouse-poster-large-print", "Lighthouse poster, large", "$24.00")],
}
#: The shop box's heading per language.
SHOP = {"de": "Jetzt im Shop", "en": "Now in our shop"}


def _shop(lang: str) -> str:
    items = "".join(
        f"<li><a href='/produkt/{slug}/'><img src='/{slug}.jpg' alt=''><span class='name'>{name}</span></a>"
        f"<span class='amount'>{price}</span></li>" for slug, name, price in PRODUCTS[lang])
    return f"<div class='widget products'><h2>{SHOP[lang]}</h2><ul class='product-list'>{items}</ul></div>"


def _ctas(doc, raw: bytes, cls: str) -> list:  # type: ignore[no-untyped-def]
    return [c for c in doc.ctas if cls in (source(raw, c.locator).get("class") or "").split()]


@pytest.mark.parametrize("lang", sorted(PRODUCTS))
def test_a_side_box_of_priced_products_is_one_offer_cta(lang: str):
    """Three product cards each with a price beside an article: a shop widget, no stories."""
    raw = page(side=_shop(lang), lang=lang)
    doc = parse(raw)
    assert not any((r.title or "") == SHOP[lang] for r in doc.related)
    found = _ctas(doc, raw, "products")
    assert [c.kind for c in found] == ["other"]


@pytest.mark.parametrize("lang", sorted(PRODUCTS))
def test_a_product_pages_own_products_stay_related(lang: str):
    """The same box on a page that declares itself a product: the shop's related products."""
    raw = page(side=_shop(lang), lang=lang).replace(
        b"<meta charset='utf-8'>", b"<meta charset='utf-8'><meta property='og:type' content='product'>")
    doc = parse(raw)
    assert [r.title for r in doc.related] == [SHOP[lang]]
    assert not _ctas(doc, raw, "products")


#: Partner offers per language: (tracking link, offer name, perk) — no price on a card.
OFFERS = {
    "en": ("Top partner offers", "Apply now",
           [("go/GoldTravel_addSource/PO/DPID/dissn.7897.7897/", "Gold Travel Card", "Earn bonus points on every trip abroad"),
            ("go/HarbourCashback_addSource/PO/DPID/dissn.7897.7898/", "Harbour Cashback Card", "Cash back on groceries and fuel"),
            ("go/SailorRewards_addSource/PO/DPID/dissn.7897.7899/", "Sailor Rewards Card", "Lounge access and no foreign fees")]),
    "es": ("Ofertas de nuestros socios", "Solicitar",
           [("ir/TarjetaOro_origen/PO/DPID/dissn.4512.4512/", "Tarjeta Oro de Viaje", "Puntos extra en cada viaje al extranjero"),
            ("ir/TarjetaPuerto_origen/PO/DPID/dissn.4512.4513/", "Tarjeta Puerto Reembolso", "Reembolso en compras y gasolina"),
            ("ir/TarjetaMarinero_origen/PO/DPID/dissn.4512.4514/", "Tarjeta Marinero Premios", "Salas VIP y sin comisiones")]),
}


def _partners(lang: str, rel: str, links: list[str] | None = None) -> str:
    heading, apply, offers = OFFERS[lang]
    urls = links or [f"https://example.com/{p}" for p, _, _ in offers]
    cards = "".join(
        f"<div class='offer'><a href='{u}' rel='{rel}'><img src='/c{i}.png' alt=''></a>"
        f"<p class='offer-name'><a href='{u}' rel='{rel}'>{name}</a></p>"
        f"<a class='more' href='{u}' rel='{rel}'>{apply}</a>"
        f"<div class='perk'>{perk}</div></div>" for i, (u, (_, name, perk)) in enumerate(zip(urls, offers, strict=True)))
    return f"<div class='partner-box'><p class='box-heading'>{heading}</p><div class='offers'>{cards}</div></div>"


@pytest.mark.parametrize("lang", sorted(OFFERS))
def test_cards_whose_links_are_all_sponsored_are_one_offer_cta(lang: str):
    """An affiliate list: every link of every card ``rel="sponsored"``: an offer box."""
    raw = page(side=_partners(lang, "sponsored nofollow"), lang=lang)
    doc = parse(raw)
    assert not doc.related
    assert [c.kind for c in _ctas(doc, raw, "partner-box")] == ["other"]


@pytest.mark.parametrize("lang", sorted(OFFERS))
def test_own_story_links_marked_sponsored_stay_related(lang: str):
    """A site that marks its own story links "sponsored": their story slugs say stories."""
    slugs = {"en": ["ferry-timetable-for-the-winter", "new-lifeboat-station-opens-on-the-quay",
                    "harbour-market-returns-in-spring"],
             "es": ["nuevo-horario-del-ferry-en-invierno", "abre-la-nueva-estacion-de-salvamento",
                    "vuelve-el-mercado-del-puerto-en-primavera"]}[lang]
    raw = page(side=_partners(lang, "sponsored noopener", [f"/news/{s}" for s in slugs]), lang=lang)
    doc = parse(raw)
    assert not _ctas(doc, raw, "partner-box")
    assert len(doc.related) == 1


#: Story cards, each with a headline link and a "Read more" button to the same story.
STORIES = {
    "en": ("More from the harbour", "Read more",
           [("ferry-timetable-for-the-winter", "Ferry timetable for the winter"),
            ("new-lifeboat-station-opens-on-the-quay", "New lifeboat station opens on the quay"),
            ("harbour-market-returns-in-spring", "Harbour market returns in spring")]),
    "de": ("Mehr vom Hafen", "Weiterlesen",
           [("neuer-fahrplan-fuer-den-winter", "Neuer Fahrplan für den Winter"),
            ("neue-rettungswache-am-kai-eroeffnet", "Neue Rettungswache am Kai eröffnet"),
            ("hafenmarkt-kehrt-im-fruehling-zurueck", "Hafenmarkt kehrt im Frühling zurück")]),
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_story_cards_with_buttons_stay_related(lang: str):
    """No price and no paid link: a box of teaser cards with buttons is related content."""
    heading, more, stories = STORIES[lang]
    cards = "".join(
        f"<div class='card'><h3><a href='/news/{slug}'>{title}</a></h3>"
        f"<a class='btn' href='/news/{slug}'>{more}</a></div>" for slug, title in stories)
    raw = page(side=f"<div class='more-box'><h2>{heading}</h2><div class='cards'>{cards}</div></div>", lang=lang)
    doc = parse(raw)
    assert [r.title for r in doc.related] == [heading]
    assert not _ctas(doc, raw, "more-box")
