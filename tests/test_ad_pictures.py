"""Picture links that are ad creatives by their own markup (``extract/ad_pictures.py``): a
link whose whole content is one picture is an ad slot, wherever it stands, when its class or
id or its picture's names or file name call it an ad, or when the picture is declared at a
wide or tall banner size; a product's card picture, a photo's enlargement and a thumbnail of
a square or 300x250 size are none. Small pages written for the project (English, German,
Spanish chrome).
"""

from __future__ import annotations

from regionpages import TEXTS, article_in, body_intact, parse, source


def _ads_at(raw: bytes) -> list[str]:
    """The tags of the elements the ads of ``raw`` are reported at."""
    doc = parse(raw)
    return [source(raw, ad.locator).tag for ad in doc.ads]


def test_a_side_link_whose_class_names_an_ad_is_a_slot():
    """English: under a "Sponsored by:" line, a side column's link classed ``promo_ad`` holding
    only a picture (a vector drawing, no size) linking the site's own demo page: a slot at the
    link, the body intact."""
    side = ("<div class='toc'><h2>Contents</h2><ul><li><a href='#costs'>Costs</a></li><li><a href='#plans'>Plans</a>"
            "</li></ul></div><div class='note'><div class='small'>Sponsored by:</div></div>"
            "<a href='/demo' class='promo_ad w-inline-block'><img src='/img/scheduling.svg' alt=''></a>")
    raw = article_in("en", sidebar=side)
    doc = parse(raw)
    hrefs = [ad.attributes.get("href") for ad in doc.ads]
    assert "https://news.example.org/demo" in hrefs
    assert [source(raw, ad.locator).get("class") for ad in doc.ads] == ["promo_ad w-inline-block"]
    body_intact(doc, "en")


def test_an_in_text_banner_of_leaderboard_size_is_a_slot():
    """German: in a section of the text (a heading, a paragraph with its links), a 728x90
    picture (no ad word) linking the site's own product page: a slot at the link; the
    paragraphs stay in the text."""
    section = ("<div class='skip-item'><h2>Mesh</h2><p>Ein Netz für das ganze Haus, siehe <a href='/mesh/'>Mesh</a>"
               " und <a href='/wlan/'>WLAN</a>.</p><a href='/router-770/'><img src='/uploads/router-770-hafen.jpg' "
               "width='728' height='90' alt=''></a></div>")
    raw = article_in("de", between=section)
    doc = parse(raw)
    assert [ad.attributes.get("href") for ad in doc.ads] == ["https://news.example.org/router-770/"]
    assert source(raw, doc.ads[0].locator).tag == "a"
    body_intact(doc, "de")


def test_an_ad_word_in_the_picture_file_name_makes_an_in_text_link_a_slot():
    """Spanish: a paragraph of the text holding only a picture link whose file name says
    ``ads`` (no size, no class): a slot, reported at the link."""
    raw = article_in("es", between="<p><a href='/cursos/verano/'><img src='/uploads/curso-ads-verano.jpg' alt=''>"
                                   "</a></p>")
    assert _ads_at(raw) == ["a"]


def test_a_photo_thumbnail_or_its_enlargement_is_no_slot():
    """English: in the text, a 300x250 photo linking another story and a 728x90 picture
    linking its own enlarged file: no ad (a thumbnail's size, a lightbox's link)."""
    photos = ("<p><a href='/2024/harbour-history'><img src='/uploads/quay-300x250.jpg' width='300' height='250' "
              "alt='The quay in 1920'></a></p><p><a href='/uploads/panorama-full.jpg'>"
              "<img src='/uploads/panorama-728x90.jpg' width='728' height='90' alt='Panorama'></a></p>")
    doc = parse(article_in("en", between=photos))
    assert doc.ads == []


def test_a_product_card_picture_named_ad_is_no_slot():
    """German: a price comparison's product cards, each a picture classed ``ads-container``
    beside a title link to the same shop page: offers, no slots."""
    cards = "".join(
        f"<div class='media'><div class='media-left'><a href='https://shop{k}.example/p/{k}'>"
        f"<img class='game ads-container' src='/img/p{k}.jpg' alt='Spiel {k}'></a></div>"
        f"<div class='media-body'><a href='https://shop{k}.example/p/{k}'>Spiel {k} für 19,99 €</a></div></div>"
        for k in range(1, 4))
    doc = parse(article_in("de", after=f"<div class='prices'>{cards}</div>"))
    assert doc.ads == []
    assert TEXTS["de"][2] in doc.text()
