"""Ask buttons that open on the page itself (issue 15).

A link styled as a button whose target is no other page but a place on this one ("#",
"#cta-form", the site's home with a fragment: a script opens a pop-up form or jumps to the
page's own form) is the site's ask when its short label asks ("Book a demo", "Werden Sie
Partner", "Get started"): an ``other`` CTA. A log-in opening a pop-up, a tab or a "more"
toggle, an entry of a menu run, a form's own button and an author card's button are none.
Small pages written for the project, chrome in English, German and French.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse

MENU = ("<nav class='main-nav'><ul><li><a href='/news/'>News</a></li>"
        "<li><a href='/sport/'>Sport</a></li><li><a href='/culture/'>Culture</a></li>"
        "<li><a href='/travel/'>Travel</a></li></ul></nav>")


def other_ctas(doc, raw: bytes) -> list[str]:
    """The texts of the ``other`` CTAs' elements (a button is reported with its box)."""
    return [" ".join(regionpages.source(raw, c.locator).text_content().split())
            for c in doc.ctas if c.kind == "other"]


def test_buttons_opening_a_pop_up_ask_are_other_ctas():
    """English "Book a demo" opening a lightbox ("#") in the side column, German "Partner
    werden" jumping to the home page's form ("https://www.example.com/#cta-form") in the
    header beside the menu, French "Demandez un devis" ("#devis") in the footer: each an
    ``other`` CTA."""
    cases = (
        ("en", {"side": "<div class='rail-box'><p>See this trend in our data.</p>"
                        "<a class='btn btn-primary lightbox-toggle' href='#'>Book a demo</a></div>"}, "Book a demo"),
        ("de", {"header": f"{MENU}<div class='head-actions'><a class='cta-button' "
                          "href='https://www.example.com/#cta-form'>Partner werden</a></div>"}, "Partner werden"),
        ("fr", {"footer": "<div class='footer-quote'><a class='button' href='#devis'>Demandez un devis</a></div>"},
         "Demandez un devis"),
    )
    for lang, parts, label in cases:
        raw = regionpages.page(lang=lang, **parts)
        found = other_ctas(parse(raw), raw)
        assert any(label in t for t in found), (lang, found)


def test_pop_up_buttons_that_ask_nothing_are_none():
    """Button-styled links to places on the page that ask nothing of the visitor or are the
    account's door: "Log in" and "Sign in" opening pop-ups, "Read more" and "Show all"
    toggles, a "Top" jump, a tab "Details": no ``other`` CTA."""
    buttons = ("<a class='btn' href='#login'>Log in</a>"
               "<a class='btn' href='#'>Sign in</a>"
               "<a class='btn' href='#more'>Read more</a>"
               "<a class='btn' href='#all'>Show all</a>"
               "<a class='btn' href='#top'>Top</a>"
               "<a class='btn tab' href='#details'>Details</a>")
    raw = regionpages.page(side=f"<div class='rail-box'>{buttons}</div>")
    assert other_ctas(parse(raw), raw) == []


def test_menu_runs_forms_and_author_cards_keep_their_buttons():
    """German: a row of like "#" buttons that is the header's menu ("Jetzt buchen" among
    its entries), a "Termin buchen" button inside a submenu's entry, a form's own "Anfrage
    senden" button, and an author card's "Hire me" opening a pop-up: no ``other`` CTA."""
    entries = "".join(f"<li><a class='nav-btn' href='#{w}'>{w.title()}</a></li>"
                      for w in ("hafen", "stadt", "sport"))
    submenu = ("<li><a href='/hafen/'>Hafen</a><ul class='sub-menu'><li><a href='/hafen/touren/'>Touren</a>"
               "<span class='float'><a class='btn-book' href='#termin'>Termin buchen</a></span></li></ul></li>")
    menu = (f"<ul class='menu'>{entries}<li><a class='nav-btn' href='#buchen'>Jetzt buchen</a></li></ul>"
            f"<ul class='main-menu'>{submenu}<li><a href='/stadt/'>Stadt</a></li></ul>")
    form = ("<form class='request' action='/anfrage'><input type='email' name='mail'>"
            "<a class='button' href='#'>Anfrage senden</a></form>")
    author = ("<div class='author-box'><p>Anna Berg schreibt über Häfen.</p>"
              "<a class='btn' href='#hire'>Hire me</a></div>")
    raw = regionpages.page(lang="de", header=menu, side=form, below=author)
    assert other_ctas(parse(raw), raw) == []
