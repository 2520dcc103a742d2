"""Two widgets of different kinds side by side are two CTAs, even when page-builder markup
wraps them in boxes of one child each (a column holding one "widget-wrap" holding the
widgets), and a follow bar is no bigger than its icons when picture links to pages stand
beside it (app-store badges, a logo). Small pages written for the project, in English and
German.

1. a column -> one wrapper -> a newsletter link + a donate button: two CTAs, at the widgets;
2. the same through three wrappers, in German;
3. two boxes of one kind behind a wrapper stay one CTA;
4. app-store badges (their words in the pictures' ``alt``), a logo, an e-paper's cover
   beside a bar of icons are page links: the box holding them is more than the bar;
5. icon-sized pictures without words, or naming a network, are the bar's own strays.
"""

from __future__ import annotations

import lxml.html

from pages import parse_article as parse
from regionpages import page, source
from syndicate.extract.sharebars import page_link_beside


def _at(raw: bytes) -> dict[str, str]:
    """CTA kind -> the class of the element it is reported at."""
    doc = parse(raw)
    return {c.kind: source(raw, c.locator).get("class") or "" for c in doc.ctas}


def _widget(kind: str, inner: str) -> str:
    return (f"<div class='element widget widget-{kind}' data-id='w-{kind}'>"
            f"<div class='widget-container'>{inner}</div></div>")


def _column(inner: str) -> str:
    return f"<div class='column top-column'><div class='widget-wrap'>{inner}</div></div>"


def _button(href: str, label: str) -> str:
    return (f"<div class='button-wrapper'><a class='button button-link' href='{href}' target='_blank'>"
            f"<span class='button-content-wrapper'><span class='button-text'>{label}</span></span></a></div>")


def _header(inner: str) -> str:
    """A page-builder header bar named for its menu (its controls are no text the chrome
    pass reads: the region pass judges them)."""
    return f"<div class='builder location-header menu-bar'><section class='builder-section'>{inner}</section></div>"


def _with_header(bar: str, lang: str = "en") -> bytes:
    return page(lang=lang).replace(b"<body class=''>", b"<body class=''>" + bar.encode())


# ------------------------------------------------------------------ 1-3. kinds behind wrappers


def test_newsletter_link_and_donate_button_behind_a_wrapper_are_two_ctas() -> None:
    """English: a header column (beside the logo's and the menu's) whose one child wraps a
    newsletter heading-link and a donate button: each widget is a CTA, the column none."""
    logo = _column(_widget("image", "<a href='/'><img src='/logo.png' alt='Harbour Times'></a>"))
    menu = _column(_widget("menu", "<nav><ul>" + "".join(f"<li><a href='/{w}/'>{w.title()}</a></li>"
                                                          for w in ("news", "sport", "culture")) + "</ul></nav>"))
    pair = _column(_widget("heading", "<h2><a href='/newsletter-subscriptions/'>Sign up to Newsletters</a></h2>")
                   + _widget("button", _button("/donate-now/", "Donate")))
    got = _at(_with_header(_header("<div class='container'>" + logo + menu + pair + "</div>")))
    assert got.get("newsletter") == "element widget widget-heading"
    assert got.get("donate") == "element widget widget-button"


def test_kinds_apart_through_three_wrappers_in_german() -> None:
    """German: a bar (section -> container -> column -> wrapper) holding "Newsletter
    abonnieren" and "Jetzt spenden": two CTAs, the bar none."""
    pair = _column(_widget("titel", "<h2><a href='/newsletter/'>Newsletter abonnieren</a></h2>")
                   + _widget("knopf", _button("/spenden/", "Jetzt spenden")))
    got = _at(_with_header(_header("<div class='container'>" + pair + "</div>"), lang="de"))
    assert got.get("newsletter") == "element widget widget-titel"
    assert got.get("donate") == "element widget widget-knopf"


def test_boxes_of_one_kind_behind_a_wrapper_stay_one_cta() -> None:
    """Two newsletter boxes behind a wrapper ask the same: one CTA."""
    pair = _column(_widget("heading", "<h2><a href='/newsletter-subscriptions/'>Sign up to Newsletters</a></h2>")
                   + _widget("button", _button("/newsletter/weekly", "Weekly newsletter")))
    doc = parse(_with_header(_header("<div class='container'>" + pair + "</div>")))
    assert [c.kind for c in doc.ctas] == ["newsletter"]


# ------------------------------------------------------------------ 4-5. picture links beside a bar
# (judged where ``region_judge._bar_below`` asks it: whether a box holding a bar holds more)


def _beside(html: str) -> bool:
    el = lxml.html.fragment_fromstring(html)
    bar = next(x for x in el.iter("div") if x.get("class") == "bar")
    return page_link_beside(el, bar)


_BAR = "<div class='bar'>" + "".join(f"<a href='https://www.{n}.com/harbourtimes'><img src='/i/{n}.png' width='28'></a>"
                                     for n in ("facebook", "twitter", "instagram")) + "</div>"


def test_app_badges_beside_a_follow_bar_are_page_links() -> None:
    """English: "Download on the App Store" and "Get it on Google Play" badges (words only in
    their pictures' ``alt``) beside the icons: the box holding both is more than the bar."""
    badges = ("<div class='stores'><a href='https://apps.apple.com/us/app/harbour/id1605206916'>"
              "<img src='/i/app-store.svg' alt='Download on the App Store'></a>"
              "<a href='https://play.google.com/store/apps/details?id=com.harbour'>"
              "<img src='/i/google-play.svg' alt='Get it on Google Play'></a></div>")
    assert _beside("<div>" + _BAR + badges + "</div>")


def test_logo_and_cover_beside_header_icons_in_german() -> None:
    """German: the site's logo (its name in ``alt``) beside the icons is a page link; so is
    an e-paper's cover without ``alt`` but bigger than an icon."""
    logo = "<a href='/'><img src='/i/logo.png' alt='Hafenzeitung — Nachrichten aus der Stadt'></a>"
    cover = "<a href='https://epaper.hafenzeitung.de/'><img src='/i/titelseite.jpg' height='80'></a>"
    assert _beside("<div>" + logo + _BAR + "</div>")
    assert _beside("<div>" + _BAR + cover + "</div>")


def test_icons_beside_a_bar_are_its_strays() -> None:
    """Icon-sized pictures without words (a feed, a newsletter icon) and a picture whose
    ``alt`` names a network are the bar's own strays: the box is the bar."""
    strays = ("<a href='/feed/'><img src='/i/rss.png' width='28' height='28'></a>"
              "<a href='/newsletter/'><img src='/i/brief.png'></a>"
              "<a href='/social/'><img src='/i/x.png' alt='Facebook'></a>")
    assert not _beside("<div>" + _BAR + strays + "</div>")
