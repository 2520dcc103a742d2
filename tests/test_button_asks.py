"""Calls to action that are ``<button>`` controls with no link (``extract/button_asks.py``).

A button in no form, menu or dialog, no toggle or page control, whose short label asks to
act ("Start a Quote", "Jetzt Termin buchen", "Download the guide") is a CTA: the small
box around it holding a heading or blurb, else the button alone in the site header or right
beside the page's content (a floating "Feedback" button). Menu toggles, players, a listing's
per-row buttons and "Learn more" expanders are none. Small pages written for the project.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse
from syndicate.extract import regions

MENU = ("<nav class='main-nav'><ul><li><a href='/news/'>News</a></li>"
        "<li><a href='/sport/'>Sport</a></li><li><a href='/culture/'>Culture</a></li>"
        "<li><a href='/travel/'>Travel</a></li></ul></nav>")


def cta_texts(doc, raw: bytes) -> list[tuple[str, str]]:
    """(kind, the text of the element) of each CTA of ``doc``."""
    return [(c.kind, " ".join(regionpages.source(raw, c.locator).text_content().split())) for c in doc.ctas]


def test_a_header_button_asking_is_a_cta():
    """A button beside the header's menu asking to act, in English, German and French: an
    ``other`` CTA at the button, placed outside the text."""
    for lang, label in (("en", "Start a Quote"), ("de", "Jetzt Termin buchen"), ("fr", "Réservez une visite")):
        raw = regionpages.page(lang=lang, header=f"{MENU}<button class='header-cta'>{label}</button>")
        doc = parse(raw)
        found = [c for c in doc.ctas if c.kind == "other"
                 and regionpages.source(raw, c.locator).text_content().strip() == label]
        assert len(found) == 1, (lang, cta_texts(doc, raw))
        assert found[0].position.placement == "outside"


def test_a_headed_box_around_a_button_is_one_cta():
    """A footer band (a heading line, a "Start a Quote" button, a phone line) and a box among
    the paragraphs (a heading, a blurb, a "Download the guide" button a script drives) are
    each one ``other`` CTA on the box; the box's words leave the body."""
    band = ("<section class='quote-band'><p class='band-title'>See your custom price in seconds</p>"
            "<div class='band-actions'><button class='quote-button'>Start a Quote</button>"
            "<p><a href='tel:+18005550100'>(800) 555-0100</a></p></div></section>")
    box = ("<div class='guide-box'><h3>Choose your accounting software</h3><div>Not sure which tool "
           "fits your business? Our guide compares the features of the popular ones.</div>"
           "<button id='guide-cta' class='px-6 py-4 rounded'>Download the guide</button></div>")
    raw = regionpages.page(footer=band, between=box)
    doc = parse(raw)  # (parse checks the body is the four paragraphs)
    boxes = [(c.kind, regionpages.source(raw, c.locator).get("class")) for c in doc.ctas]
    assert ("other", "quote-band") in boxes, cta_texts(doc, raw)
    assert ("other", "guide-box") in boxes, cta_texts(doc, raw)


def test_a_floating_button_beside_the_content_is_a_cta():
    """A "Feedback" button standing beside the page's content (last in ``<body>``, a script
    opens a survey): an ``other`` CTA."""
    raw = regionpages.page(top="<button id='survey-btn' class='btn btn-vertical'>Feedback</button>")
    assert ("other", "Feedback") in cta_texts(parse(raw), raw)


def test_buttons_asking_nothing_of_the_page_are_none(monkeypatch):
    """A header button opening a panel (``aria-expanded``), a "Get started" menu toggle, a
    player's "Start listening", three contractor rows each with the same "Get a quote"
    button, a headed box's "Learn more" expander, and a footer button whose box holds only
    a style sheet beside it (no heading): the rule adds no CTA (the page reads
    the same without it)."""
    header = (f"{MENU}<button class='shop-link' aria-expanded='false'>Shop now</button>"
              "<button class='menu-toggle'>Get started</button>")
    player = "<div class='player'><p>Listen to the council meeting</p><button>Start listening</button></div>"
    rows = "".join(f"<div class='pro-row'><h4>{n} Builders</h4><p>Rated 4.{i} by neighbours</p>"
                   "<button class='row-quote'>Get a quote</button></div>"
                   for i, n in enumerate(("North", "South", "East")))
    expander = "<div class='facts'><h4>About the sea wall</h4><p>Built in 1898.</p><button>Learn more</button></div>"
    styled = ("<div class='rail-box'><button class='demo'>Book a visit</button>"
              "<style>@media print{.demo{position:absolute!important}}</style></div>")
    raw = regionpages.page(header=header, side=player + rows, below=expander, footer=styled)
    with_rule = parse(raw).ctas
    monkeypatch.setattr(regions, "button_asks", lambda *args: [])
    assert with_rule == parse(raw).ctas
