"""Announcement bars holding a call line (``announce_bars``: a ``tel:``/``sms:`` link is a
bar's ask, which no breaking-news bar makes), on small pages written for the project in
English, German and Spanish: the strip opening the page with a phone or text-message link is
a CTA, ``contact`` when its links all call, ``other`` beside another ask ("Wir stellen ein",
"Financiación"), though that link's slug reads like a story's. A phone beside a log-in, the
same strip in the footer and a strip linking a story stay none.
"""

from __future__ import annotations

from pages import parse_article as parse
from regionpages import page, source


def first_in_body(bar: str, lang: str = "en") -> bytes:
    """A news page whose ``<body>`` opens with ``bar``, before the site's header."""
    return page(lang=lang).replace(b"<body class=''>", b"<body class=''>" + bar.encode(), 1)


EN_CALL = ("<div class='top-line'><p>Questions about an order? <a href='tel:+18005550100'>Call 1-800-555-0100</a>"
           " or <a href='sms:+18005550100'>text us</a></p></div>")
DE_HIRING = ("<div class='leiste'><a href='/karriere/stellenangebote-reinigungskraefte-hamburg'>Wir stellen ein</a>"
             " · <a href='tel:+4940555010'>040 555 010</a></div>")
ES_CALL = ("<div class='franja'><span>¿Dudas con su pedido?</span> <a href='tel:+34910000000'>Llámenos al 910 000 000</a>"
           " <a href='/paginas/financiacion-paneles-solares'>Financiación</a></div>")


def test_a_call_line_opening_the_page_is_a_contact_cta():
    raw = first_in_body(EN_CALL)
    (cta,) = parse(raw).ctas
    assert cta.kind == "contact" and source(raw, cta.locator).get("class") == "top-line"
    assert cta.position.placement == "outside"


def test_a_call_line_beside_another_ask_is_one_other_cta():
    for lang, bar, cls in (("de", DE_HIRING, "leiste"), ("es", ES_CALL, "franja")):
        raw = first_in_body(bar, lang)
        (cta,) = parse(raw).ctas
        assert cta.kind == "other" and source(raw, cta.locator).get("class") == cls, lang


def test_a_phone_beside_a_log_in_the_footer_strip_and_a_story_strip_are_none():
    login = "<div class='top-line'><a href='tel:+18005550100'>1-800-555-0100</a> <a href='/login'>Log in</a></div>"
    assert parse(first_in_body(login)).ctas == []
    assert parse(page(footer=EN_CALL.replace("top-line", "foot-line"))).ctas == []
    story = ("<div class='site-strip'><p>Storm closes the harbour road overnight "
             "<a href='/news/2024/03/storm-closes-harbour-road'>Read the report</a></p></div>")
    assert parse(first_in_body(story)).ctas == []
