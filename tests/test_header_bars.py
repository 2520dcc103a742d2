"""Header action groups (``header_bars``): the buttons of one bar in the site header are one
CTA on the bar (convention 4), whichever rule found a button: a phone link, a log-in and a
"Get a demo" button; a "Call us" button and an account link in wrappers of their own. Asks
of different kinds side by side stay apart.
Small pages written for the project.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import page, parse, source

MENU = "".join(f"<li class='menu-item'><a href='/{e.lower()}/'>{e}</a></li>"
               for e in ("News", "Opinion", "Sport", "Culture"))


def header(bar: str) -> str:
    """A site header: the logo, the section menu in a ``<nav>``, and ``bar`` beside it."""
    return (f"<a class='logo' href='/'><img src='/logo.png' alt='Site'></a>"
            f"<nav class='main-nav'><ul class='menu'>{MENU}</ul>{bar}</nav>")


def outside(raw: bytes, doc) -> list[tuple[str, str | None]]:
    """(kind, class of the element) of each CTA placed outside the body."""
    return [(c.kind, source(raw, c.locator).get("class")) for c in doc.ctas if c.position.placement == "outside"]


def test_phone_login_and_demo_button_are_one_cta_on_the_bar():
    """A sales phone link, "Sign in" and a "Get a demo" button side by side: one ``other``
    CTA on the bar, none on the button alone; its target is the demo page."""
    bar = ("<div class='bar'><a href='tel:+18005550100'>Sales: 1-800-555-0100</a>"
           "<a class='btn btn-light' href='https://app.example.org/login'>Sign in</a>"
           "<a class='btn btn-dark' href='/watch-demo'>Get a demo</a></div>")
    raw = page(header=header(bar))
    doc = parse(raw)
    assert outside(raw, doc) == [("other", "bar")]
    (cta,) = doc.ctas
    assert cta.url == "https://news.example.org/watch-demo"
    assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_a_button_in_wrappers_of_its_own_is_one_cta_on_the_bar():
    """A "Call us" button (``tel:``) in three wrappers of its own beside a "My account" link
    in wrappers of its own: one ``contact`` CTA on the box holding both, not on the button's
    wrapper."""
    def wrapped(a: str) -> str:
        return f"<div class='item'><div class='button-wrap'><div class='inner'>{a}</div></div></div>"
    bar = ("<div class='section-center'>" + wrapped("<a class='button' href='tel:7035550114'>Call us</a>")
           + wrapped("<a href='/account/'>My account</a>") + "</div>")
    raw = page(header=header(bar))
    doc = parse(raw)
    assert outside(raw, doc) == [("contact", "section-center")]


def test_asks_of_different_kinds_stay_apart():
    """"Subscribe" and "Donate" buttons side by side: two asks, two CTAs (no bar)."""
    bar = ("<div class='bar'><a class='btn' href='/subscribe/'>Subscribe</a>"
           "<a class='btn' href='/donate/'>Donate</a></div>")
    raw = page(header=header(bar))
    doc = parse(raw)
    kinds = sorted(k for k, cls in outside(raw, doc))
    assert kinds == ["donate", "subscribe"]
    assert all(cls != "bar" for _, cls in outside(raw, doc))



def test_a_box_named_for_its_asks_is_one_cta():
    """A navbar box named for its calls to action ("navbar__ctas") holding "Sign in" and a
    "See pricing" button, neither naming a kind: one ``other`` CTA on the box, its target
    the pricing page (not the log-in)."""
    bar = ("<div class='navbar__ctas'><a class='navbar__button' href='https://app.example.org/sign_in'>Sign in</a>"
           "<a class='navbar__button navbar__button--primary' href='/pricing'>See pricing</a></div>")
    raw = page(header=header(bar))
    doc = parse(raw)
    assert outside(raw, doc) == [("other", "navbar__ctas")]
    assert doc.ctas[0].url == "https://news.example.org/pricing"
    assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_a_button_named_cta_is_a_cta():
    """A navbar button whose id names it the page's call to action ("main-cta"), to a page
    of the site naming no kind ("See today's rates"): an ``other`` CTA."""
    bar = "<div class='nav-button'><a id='main-cta' class='nav-link button' href='/rates/'>See today's rates</a></div>"
    raw = page(header=header(bar))
    doc = parse(raw)
    assert [k for k, _ in outside(raw, doc)] == ["other"]


def test_named_boxes_that_ask_nothing_are_none():
    """A "header__actions" box holding "Log in" and "Sign up" (the account's door) and a row
    of section links each classed "cta" (a menu styled alike): no CTA."""
    doors = ("<div class='header__actions'><a class='btn' href='/login/'>Log in</a>"
             "<a class='btn' href='/register/'>Sign up</a></div>")
    row = "<div class='topics'>" + "".join(
        f"<a class='cta_green' href='/{t.lower()}/'>{t}</a>" for t in ("Biogas", "Solar", "Wind", "Hydro")) + "</div>"
    for bar in (doors, row):
        raw = page(header=header(bar))
        doc = parse(raw)
        assert outside(raw, doc) == [], bar


def test_a_language_drop_down_inside_the_bar_is_no_menu():
    """"Contact sales", "Log in" and a "Start for free" button beside a language switcher
    whose locales unfold in a drop-down ``<nav>``: one ``other`` CTA on the bar (the
    drop-down's list is no menu of the header's row)."""
    switcher = ("<div class='lang w-dropdown'><div class='w-dropdown-toggle'>EN</div>"
                "<nav class='w-dropdown-list'><a href='/de/'>Deutsch</a><a href='/fr/'>Français</a></nav></div>")
    bar = (f"<div class='nav-right-links'>{switcher}"
           "<a class='nav-link' href='/book-demo'>Contact sales</a>"
           "<a class='nav-link' href='https://app.example.org/login'>Log in</a>"
           "<a class='nav-button' href='/start'>Start for free</a></div>")
    raw = page(header=header(bar))
    doc = parse(raw)
    assert outside(raw, doc) == [("other", "nav-right-links")]


def test_a_page_header_inside_main_holds_a_bar():
    """A page wrapped whole in ``<main>``: its header's "My list | Subscribe | Sign in" bar
    is one ``subscribe`` CTA on the bar, as in a header outside ``<main>``."""
    bar = ("<div class='account-bar'><a href='/my-list/'>My list</a>"
           "<a class='subscribe-link' href='/subscribe/'>Subscribe</a>"
           "<a href='/login/'>Sign in</a></div>")
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE_PARAS)
    raw = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour wall</title></head>"
           f"<body><main><header class='site-header'>{header(bar)}</header>"
           f"<article><h1>Harbour wall to be rebuilt</h1><div class='text'>{paras}</div></article>"
           f"</main></body></html>").encode()
    doc = parse(raw)
    assert outside(raw, doc) == [("subscribe", "account-bar")]
    assert all(p in doc.text() for p in ARTICLE_PARAS)
