"""Buttons to the site's own funnel (``own_funnels``).

A link styled as a button in the header, footer or side column whose label names no kind
and asks nothing ("Reservation", "Quick Apply", "Find Local Pros", "Online-Termin",
"Devis gratuit") is still the site's ask when its target is the site's own funnel: a
sibling host of the site under a label of its own ("booking.example.com" beside
"news.example.com") or a page of the site whose path names an application, a booking or a
quote ("/apply/", "/terminbuchung/", "/devis/"): an ``other`` CTA. A button to the site's
help desk, search, blog or account host, to another firm's booking host, to a story on a
funnel host, or showing an icon glyph only, is none. Small pages written for the project.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse

#: (absolute links to the page's host: most of a page's links name the site)
MENU = ("<nav class='main-nav'><ul><li><a href='https://news.example.com/politics/'>Politics</a></li>"
        "<li><a href='https://news.example.com/business/'>Business</a></li>"
        "<li><a href='https://news.example.com/sport/'>Sport</a></li>"
        "<li><a href='https://news.example.com/culture/'>Culture</a></li></ul></nav>")


def outside(doc) -> list[tuple[str, str | None]]:
    return [(c.kind, c.text) for c in doc.ctas if c.position.placement == "outside"]


def test_buttons_to_a_sibling_funnel_host_are_other_ctas():
    """"Reservation" to booking.example.com in the header, "Find Local Pros" to
    request.example.com in the side column: the page is news.example.com, so both hosts are
    the site's own, under labels of their own."""
    cases = (
        {"header": f"{MENU}<div class='head-actions'><a class='btn btn-primary' "
                   "href='https://booking.example.com/?ref=head'>Reservation</a></div>"},
        {"header": MENU, "side": "<div class='rail-box'><a class='Button_btn__k3RhS' "
                 "href='https://request.example.com/service-request/task/40382'>Find Local Pros</a></div>"},
    )
    for parts in cases:
        doc = parse(regionpages.page(**parts))
        label = "Reservation" if "side" not in parts else "Find Local Pros"
        assert ("other", label) in outside(doc), (parts, outside(doc))


def test_buttons_to_a_funnel_page_of_the_site_are_other_ctas():
    """English "Quick Apply" to /apply/, German "Online-Termin" to /terminbuchung/, French
    "Devis gratuit" to /devis/, each a footer button: ``other`` CTAs."""
    cases = (
        ("en", "<a class='btn-default' href='/apply/'>Quick Apply</a>", "Quick Apply"),
        ("de", "<a class='button' href='/service/terminbuchung/'>Online-Termin</a>", "Online-Termin"),
        ("fr", "<a class='cta' href='https://www.example.com/devis/'>Devis gratuit</a>", "Devis gratuit"),
    )
    for lang, button, label in cases:
        doc = parse(regionpages.page(lang=lang, footer=f"<div class='footer-cta'>{button}</div>"))
        assert ("other", label) in outside(doc), (lang, outside(doc))


def test_a_funnel_button_in_an_aside_of_the_main_column_is_an_other_cta():
    """The side column inside ``<main>`` (an ``<aside>`` beside the article): its "Quick
    quote" button to /get-a-quote/ is the site's ask."""
    side = "<div class='box'><a class='button' href='/get-a-quote/'>Quick quote</a></div>"
    doc = regionpages.parse_intact(regionpages.article_in("en", sidebar=side), "en")
    assert ("other", "Quick quote") in [(c.kind, c.text) for c in doc.ctas]


def test_no_funnel_to_help_search_other_sites_stories_or_icons():
    """Buttons naming no kind to the site's help desk, search or blog host, to another
    firm's booking host, to a story's slug on a funnel host, to a share's quote page or a
    topic ("reserve", "quote" alone are no funnel words), or showing only an icon glyph:
    no CTA."""
    buttons = ("<a class='btn' href='https://help.example.com/'>Help center</a>"
               "<a class='btn' href='https://search.example.com/?q='>Find articles</a>"
               "<a class='btn' href='https://blog.example.com/'>Our blog</a>"
               "<a class='btn' href='https://booking.other-hotels.com/'>Partner hotels</a>"
               "<a class='btn' href='https://apply.example.com/news/how-we-changed-our-admissions-process/'>"
               "Admissions</a>"
               "<a class='btn' href='/quote/ACME/'>ACME 4.2%</a>"
               "<a class='btn' href='/topics/federal-reserve/'>Federal Reserve</a>"
               "<a class='btn login' href='https://app.example.com/'>\ue7fd</a>")
    doc = parse(regionpages.page(header=f"{MENU}<div class='head-actions'>{buttons}</div>"))
    assert [c for c in doc.ctas if c.kind == "other"] == []


def test_a_link_classed_as_one_of_the_buttons_is_a_button():
    """A footer's two links classed ``site-footer__buttons-link`` (the plural "buttons" of a
    BEM name) to the site's enrolment pages: a button bar, one ``other`` CTA."""
    footer = ("<div class='site-footer__buttons'>"
              "<a class='site-footer__buttons-link' href='/lessons/returning-students/'>Returning Students</a>"
              "<a class='site-footer__buttons-link' href='/lessons/get-started/'>New Students</a></div>")
    doc = parse(regionpages.page(header=MENU, footer=footer))
    assert [k for k, _ in outside(doc)] == ["other"], outside(doc)
