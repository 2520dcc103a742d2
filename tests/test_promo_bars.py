"""A site's own announcement or promo bar (issue 15, ``promo_bars``): a strip at the top of the
page or in its header, named an announcement, a notification or a promo bar by its class,
holding a short offer and one or two links: one CTA ``other`` (or the kind its words name).
A story teaser named "promo", a menu bar of many links and a cookie notification are none.
Small pages written for the project, in English, German, French and Spanish.
"""

from __future__ import annotations

import pytest

import syndicate
from regionpages import page, source

_URL = "https://news.example.org/story"

#: (language, the bar's class, its offer, its link's label)
_BARS = [
    ("en", "announcement-bar", "Free shipping on orders over $40 this week.", "Shop now"),
    ("de", "site-wide-notification", "Nur heute: 30 % Rabatt auf alle Kalender im Shop.", "Zum Angebot"),
    ("fr", "header__promo", "Inscrivez-vous à notre conférence annuelle à Lyon.", "Je m'inscris"),
    ("es", "promo-banner", "Descubre nuestro curso de fotografía con un 20 % de descuento.", "Ver curso"),
]


def _ctas(raw: bytes) -> list[tuple[str, str | None]]:
    doc = syndicate.parse(raw, url=_URL)
    return [(c.kind, source(raw, c.locator).get("class")) for c in doc.ctas]


@pytest.mark.parametrize(("lang", "cls", "offer", "label"), _BARS)
def test_promo_bar_in_the_header_is_one_cta(lang, cls, offer, label):
    bar = f"<div class='{cls}'><p>{offer}</p><a href='/shop/offer'>{label}</a></div>"
    raw = page(lang=lang, header=bar + "<div class='logo'><a href='/'>News</a></div>")
    assert _ctas(raw) == [("other", cls)]


def test_story_teaser_named_promo_is_no_bar():
    """A "top-stories-promo" box of story links is related content, no offer."""
    box = ("<div class='top-stories-promo'><h2>Top stories</h2>"
           "<a href='/news/2024/05/ferry-strike-ends'>Ferry strike ends</a></div>")
    raw = page(side=box)
    assert [k for k, _ in _ctas(raw) if k == "other"] == []


def test_cookie_notification_and_menu_bar_are_no_promo():
    """A cookie notification with its policy link, and an announcement bar of five menu
    links: neither is an offer."""
    cookie = ("<div class='notification-bar'>We use cookies to improve the site. "
              "<a href='/cookie-policy'>Learn more</a></div>")
    menu = "<div class='announcement-bar'>" + "".join(
        f"<a href='/section/{s}'>{s.title()}</a>" for s in ("world", "sport", "arts", "travel", "food")) + "</div>"
    raw = page(header=cookie + menu)
    assert [k for k, _ in _ctas(raw) if k == "other"] == []
