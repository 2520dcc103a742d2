"""Promo boxes of one target (``extract/target_promos.py``): a box whose every link goes to
one page of the site that is no story — a picture banner alone in its widget, or a card
(a picture, a title, a line, a "more" link) whose links all share its target — is a CTA
``other`` reported at the box, whatever its link count; a teaser of a story, a listing's
entries, a logo, an ad's click and another site's lone picture are none. Small pages
written for the project, chrome in English, German and French.
"""

from __future__ import annotations

import pytest

from regionpages import page, parse, source

#: The page's own site (``regionpages.parse`` reads every page at news.example.org).
SITE = "https://news.example.org"


def _others(raw: bytes) -> list[str]:
    """The locators of the page's CTAs of kind ``other``."""
    return [c.locator or "" for c in parse(raw).ctas if c.kind == "other"]


def _widget(inner: str, tag: str = "section") -> str:
    return f"<{tag} class='widget widget_media_image'>{inner}</{tag}>"


def _archive() -> str:
    """A side column's archive widget (other links beside the promo)."""
    return ("<section class='widget widget_archive'><h3>Archive</h3><ul><li><a href='/2024/'>2024</a></li>"
            "<li><a href='/2023/'>2023</a></li><li><a href='/2022/'>2022</a></li></ul></section>")


@pytest.mark.parametrize(("lang", "inner"), [
    ("en", f"<a href='{SITE}/shop/'><img src='/uploads/gift-guide-2024.jpg' alt=''></a>"),
    ("de", "<div class='widget-wrap'><h3>Unser Kochbuch</h3><a href='/kochbuch/'>"
           "<img src='/uploads/kochbuch-cover.jpg' alt='Das Kochbuch'></a></div>"),
], ids=["en-shop", "de-book-with-heading"])
def test_a_house_banner_alone_in_its_widget_is_a_promo(lang, inner):
    """A picture (no icon, no logo) linking the site's own shop or book page, alone in its
    side column widget (a heading at most beside it): one CTA ``other`` at the widget."""
    raw = page(side=_widget(inner) + _archive(), lang=lang)
    others = _others(raw)
    assert len(others) == 1
    assert "widget_media_image" in (source(raw, others[0]).get("class") or "")


def test_a_house_banner_under_the_text_is_a_promo_fr():
    """French: a box under the article's text holding a picture linking the site's shop: a
    promo placed after the text."""
    box = ("<div class='post-bottom-banner'><a href='/boutique/noel/'>"
           "<img src='/uploads/noel-banniere.jpg' alt=''></a></div>")
    doc = parse(page(after=box, lang="fr"))
    (cta,) = [c for c in doc.ctas if c.kind == "other"]
    assert cta.position.placement == "after"


@pytest.mark.parametrize("href", [
    "/2024/05/harbour-festival-opens-on-the-quay",  # (a story of the site)
    "https://www.eastmere-bakery.example/",  # (another site: an ad's, if any, ``banner_ads``')
    "/link/21",  # (an ad's click counted by the site)
    "/tag/harbour/",  # (a listing of stories)
    "/",  # (the home page)
], ids=["story", "other-site", "ad-click", "tag", "home"])
def test_a_picture_to_no_offer_page_is_no_promo(href):
    """The same widget whose picture links a story, another site, an ad's counted click, a
    tag page or the home page: no promo (the control: linking the site's shop, one)."""
    inner = f"<a href='{href}'><img src='/uploads/harbour-view.jpg' alt=''></a>"
    assert _others(page(side=_widget(inner) + _archive())) == []
    shop = inner.replace(f"'{href}'", "'/shop/'")
    assert len(_others(page(side=_widget(shop) + _archive()))) == 1


def test_a_teasers_picture_and_a_listing_are_no_promo_de():
    """German: a picture beside its title linking the same page (a teaser card's picture),
    and three widgets alike each a picture to one page of the site (a listing): none."""
    card = ("<div class='card'><div class='card-image'><a href='/angebote/hafenrundfahrt/'>"
            "<img src='/uploads/rundfahrt.jpg' alt=''></a></div><div class='card-text'>"
            "<a href='/angebote/hafenrundfahrt/'>Hafenrundfahrt</a></div></div>")
    assert _others(page(side=card + _archive(), lang="de")) == []
    listing = "".join(_widget(f"<a href='/angebote/tour-{k}/'><img src='/uploads/tour-{k}.jpg' alt=''></a>",
                              tag="div") for k in range(3))
    assert _others(page(side=listing + _archive(), lang="de")) == []
    one = _widget("<a href='/angebote/tour-0/'><img src='/uploads/tour-0.jpg' alt=''></a>", tag="div")
    assert len(_others(page(side=one + _archive(), lang="de"))) == 1  # (the control: one alone)


def test_a_logo_or_an_icon_is_no_promo():
    """A picture whose file name or alt calls it a logo or an icon, linking a page of the
    site: no promo (the control: a picture named otherwise, one)."""
    for img in ("<img src='/uploads/partner-logo.png' alt=''>", "<img src='/img/icon18_wrench.png' alt=''>"):
        inner = f"<a href='/partners/'>{img}</a>"
        assert _others(page(side=_widget(inner) + _archive())) == []
    inner = "<a href='/partners/'><img src='/uploads/partner-programme.png' alt=''></a>"
    assert len(_others(page(side=_widget(inner) + _archive()))) == 1


def test_a_card_of_links_to_one_page_is_a_promo_fr():
    """French: a card whose picture and "En savoir plus" line both link the site's agency
    page, with a title and a sentence between them: one promo, whatever its link count."""
    card = ("<div class='editorial-block'><b>Agence marketing</b><div class='sub'><p><strong>Des résultats "
            "concrets pour votre entreprise</strong></p><a href='/agence-marketing'><img src='/uploads/agence.png' "
            "alt=''></a><p>Notre agence vous accompagne de la stratégie jusqu'à la mise en ligne.</p>"
            "<a href='/agence-marketing'>En savoir plus</a></div></div>")
    assert _others(page(side=card + _archive(), lang="fr")) == ["/html/body/div/div/div"]
    # (the same card linking a story of the site: a teaser, no promo)
    story = card.replace("/agence-marketing", "/2024/05/notre-agence-ouvre-un-bureau-sur-le-port")
    assert _others(page(side=story + _archive(), lang="fr")) == []
