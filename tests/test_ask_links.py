"""Asks with no kind named, and app-store groups (issue 15).

A link styled as a button in the header, footer or side column whose target and label
name no CTA kind ("Sign Up" to an order page, "Book with us", "Angelkarten kaufen") is
still the site's ask when its short label opens with an ask verb (or, in German, ends with
one) and it goes to a page of the site: an ``other`` CTA. A log-in, a download, an entry of
a row of like buttons, a story and an affiliate's link are none.

Two or more links to app stores standing together, not outnumbered by other links, are an
``app`` CTA without any button styling; a menu that also names the apps among its pages
is none. Small pages written for the project, chrome in English, German and French.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse

MENU = ("<nav class='main-nav'><ul><li><a href='/politik/'>Politik</a></li>"
        "<li><a href='/wirtschaft/'>Wirtschaft</a></li><li><a href='/sport/'>Sport</a></li>"
        "<li><a href='/kultur/'>Kultur</a></li></ul></nav>")


def outside(doc) -> list[tuple[str, str | None]]:
    return [(c.kind, c.text) for c in doc.ctas if c.position.placement == "outside"]


def test_header_and_footer_asks_naming_no_kind_are_other_ctas():
    """English "Sign Up" to an order page in the header, German "Angelkarten kaufen" (the
    verb last) to the shop's home in the footer, French "Réservez une visite" in the side
    column: each an ``other`` CTA placed outside."""
    cases = (
        ("en", {"header": f"{MENU}<div class='head-actions'><a class='btn btn-primary' "
                          "href='https://clients.example.com/order/plans'>Sign Up</a></div>"}, "Sign Up"),
        ("de", {"footer": "<div class='footer-shop'><a class='button button-green' "
                          "href='https://www.example.com/'>Angelkarten kaufen</a></div>"}, "Angelkarten kaufen"),
        ("fr", {"side": "<div class='rail-box'><a class='cta' href='/visites/'>Réservez une visite</a></div>"},
         "Réservez une visite"),
    )
    for lang, parts, label in cases:
        doc = parse(regionpages.page(lang=lang, **parts))
        assert ("other", label) in outside(doc), (lang, outside(doc))


def test_no_ask_without_an_ask_verb_or_to_a_log_in_file_or_story():
    """Button-styled links that ask nothing of the visitor, or lead elsewhere: "Read the
    archive", "Sign in", "Download PDF", a "Buy now" to a story's slug, an affiliate's
    "Apply now" (``rel=sponsored``): no CTA."""
    buttons = ("<a class='btn' href='/archive/'>Read the archive</a>"
               "<a class='btn' href='/account/'>Sign in</a>"
               "<a class='btn' href='/files/report.pdf'>Download PDF</a>"
               "<a class='btn' href='/news/how-to-buy-a-boat-this-summer/'>Buy now</a>"
               "<a class='btn' rel='sponsored nofollow' href='/go/card-offer/'>Apply now</a>")
    header = f"{MENU}<div class='head-actions'>{buttons}</div>"
    doc = parse(regionpages.page(header=header))
    assert [c for c in doc.ctas if c.kind == "other"] == []


def test_a_row_of_like_buttons_is_a_menu():
    """English: "Shop men", "Shop women", "Shop kids", "Shop sale" styled alike as the
    header's menu: navigation, no CTA."""
    entries = "".join(f"<li><a class='nav-btn' href='/shop/{w}/'>Shop {w}</a></li>"
                      for w in ("men", "women", "kids", "sale"))
    doc = parse(regionpages.page(header=f"<ul class='menu'>{entries}</ul>"))
    assert [c for c in doc.ctas if c.kind == "other"] == []


def test_app_store_links_together_are_an_app_cta():
    """English: "Get our apps" over an iPhone and an Android link in the footer; German: two
    store badges (no text) in the header: app CTAs, with no button styling."""
    footer = ("<div class='footer-apps'><h3>Get our apps</h3><ul>"
              "<li><a href='https://apps.apple.com/us/app/harbour-news/id123'>iPhone</a></li>"
              "<li><a href='https://play.google.com/store/apps/details?id=com.harbour'>Android</a></li>"
              "</ul></div>")
    doc = parse(regionpages.page(footer=footer))
    assert [k for k, _ in outside(doc) if k == "app"] == ["app"]
    header = (f"{MENU}<ul class='stores'>"
              "<li class='appstore'><a href='https://apps.apple.com/at/app/hafen/id9' title='im App Store'></a></li>"
              "<li class='googleplay'><a href='https://play.google.com/store/apps/details?id=at.hafen' "
              "title='bei Google Play'></a></li></ul>")
    doc = parse(regionpages.page(header=header, lang="de"))
    assert [k for k, _ in outside(doc) if k == "app"] == ["app"]


def test_a_menu_naming_the_apps_among_its_pages_is_no_app_cta():
    """English: a footer list "About · Careers · Press · iOS app · Android app": the store
    links are two of five entries, navigation."""
    footer = ("<ul class='footer-links'><li><a href='/about/'>About</a></li>"
              "<li><a href='/careers/'>Careers</a></li><li><a href='/press/'>Press</a></li>"
              "<li><a href='https://apps.apple.com/us/app/harbour-news/id123'>iOS app</a></li>"
              "<li><a href='https://play.google.com/store/apps/details?id=com.harbour'>Android app</a></li></ul>")
    doc = parse(regionpages.page(footer=footer))
    assert [c for c in doc.ctas if c.kind == "app"] == []
