"""Announcement bars leading the page (``announce_bars``), on small pages written for the
project in English, German and Spanish: the strip that opens the page (before its header,
or opening the header), one short offer line and a link, is a CTA ``other`` whatever its
class says; the same strip below the body, one linking a story, an account row, a cookie
notice or a motto line is none.
"""

from __future__ import annotations

from pages import parse_article as parse
from regionpages import page, source


def first_in_body(bar: str, lang: str = "en", header: str = "") -> bytes:
    """A news page whose ``<body>`` opens with ``bar``, before the site's header."""
    return page(header=header, lang=lang).replace(b"<body class=''>", b"<body class=''>" + bar.encode(), 1)


#: A strip named nothing a bar is: its place and its offer say what it is; it closes.
EN_STRIP = ("<div class='site-strip'><p>Free shipping on orders over $40 "
            "<a href='/collections/winter-sale'>Shop the sale</a></p>"
            "<button class='x' aria-label='Close'>×</button></div>")
#: A German strip opening the header: a line and a partner magazine's logo.
DE_STRIP = ("<div id='magazinhinweis'><span>Jetzt neu:</span> <a href='https://magazin.example.de/heft'>"
            "<img src='/logo-magazin.svg' alt='Das Turnmagazin'></a></div>")
#: A Spanish marquee: its copies hidden from screen readers are one bar.
ES_COPY = "><a href='/paginas/envios'>Envío gratis</a> en pedidos desde 40 €</span>"
ES_MARQUEE = ("<aside class='cinta'><div class='pista'><span" + ES_COPY
              + ("<span aria-hidden='true'" + ES_COPY) * 5 + "</div></aside>")


def test_a_closable_offer_strip_before_the_header_is_a_cta():
    raw = first_in_body(EN_STRIP)
    (cta,) = parse(raw).ctas
    assert cta.kind == "other" and source(raw, cta.locator).get("class") == "site-strip"
    assert cta.position.placement == "outside"


def test_a_german_strip_opening_the_header_is_a_cta():
    menu = "".join(f"<a href='/{w.lower()}/'>{w}</a>" for w in ("Turnen", "Gymwelt", "Verband"))
    raw = page(header=DE_STRIP + f"<div class='kopf'><a href='/'>Turnerbund</a><nav>{menu}</nav></div>", lang="de")
    (cta,) = parse(raw).ctas
    assert cta.kind == "other" and source(raw, cta.locator).get("id") == "magazinhinweis"


def test_a_spanish_marquee_is_one_bar():
    raw = first_in_body(ES_MARQUEE, lang="es")
    (cta,) = parse(raw).ctas
    assert cta.kind == "other" and source(raw, cta.locator).get("class") == "cinta"


def test_the_same_strip_below_the_body_is_none():
    raw = page(footer=EN_STRIP.replace("site-strip", "footer-strip"))
    assert [c for c in parse(raw).ctas if source(raw, c.locator).get("class") == "footer-strip"] == []


def test_a_strip_linking_a_story_is_breaking_news():
    news = ("<div class='site-strip'><p>Storm closes the harbour road overnight "
            "<a href='/news/2024/03/storm-closes-harbour-road'>Read the report</a></p></div>")
    assert parse(first_in_body(news)).ctas == []


def test_an_account_row_a_motto_and_a_cookie_notice_are_none():
    account = "<div class='site-strip'><a href='/login'>Anmelden</a> <a href='/konto/neu'>Jetzt registrieren</a></div>"
    motto = "<div class='site-strip'><p>Die Nachrichten aus dem Norden, jeden Tag neu</p></div>"
    cookies = ("<div class='site-strip'><p>Free cookies? We use cookies to analyse browsing; "
               "<a href='/privacy'>accept</a></p><button aria-label='Close'>×</button></div>")
    for strip in (account, motto, cookies):
        assert parse(first_in_body(strip, lang="de")).ctas == [], strip
