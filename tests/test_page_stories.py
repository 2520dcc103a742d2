"""Story cards whose links have no article path (one-word slugs ``/magnesium/``) but name
their story by a headline are a card feed (``card_feeds._page_stories``); cards whose link
wraps a whole teaser (a product's or a section's box), and a menu's short links, are not.
Pages written for the project, chrome in German and English."""

from __future__ import annotations

from pages import parse_article as parse
from regionpages import page, source


def _widget(heading: str, cards: list[tuple[str, str]]) -> str:
    """A sidebar widget of cards: a picture link and a headline link to one slug each."""
    items = "".join(
        f"<article class='post'><div class='img'><a href='/{slug}/'><img src='/{slug}.jpg' alt=''></a></div>"
        f"<h3 class='post-title'><a href='/{slug}/'>{title}</a></h3></article>" for slug, title in cards)
    return f"<aside class='widget'><p><strong>{heading}</strong></p><section class='posts'>{items}</section></aside>"


def test_cards_naming_one_word_slugs_by_headlines_are_a_related_block():
    """German cards linking ``/magnesium/``, ``/kaeltewallungen/`` and one article path: one
    related block (one story of three by its path alone was too few)."""
    cards = [("der-hafenmarkt-kehrt-zurueck", "Der Hafenmarkt kehrt im Frühling wieder zurück"),
             ("magnesium", "Warum Magnesium im Winter so wichtig ist"),
             ("kaeltewallungen", "Kältewallungen und was wirklich dagegen hilft")]
    raw = page(side=_widget("Top-Themen", cards), lang="de")
    (rel,) = parse(raw).related
    assert source(raw, rel.locator).get("class") == "widget"
    assert [i.title for i in rel.items] == [t for _, t in cards]


def test_links_wrapping_whole_product_cards_are_no_stories():
    """English boxes whose link wraps a product's name, pitch and button text (one-word
    slugs but one): no related block."""
    boxes = "".join(
        f"<a class='promo' href='/{slug}/'><div class='name'>{name}</div><div class='pitch'>{pitch}</div>"
        "<div class='btn'>Learn more</div></a>"
        for slug, name, pitch in (("managed-hosting-for-shops", "Managed hosting", "Fast servers for every shop you build"),
                                  ("optimizer", "Image optimizer", "Smaller pictures for faster pages today"),
                                  ("mailer", "Site mailer", "Reliable mail for your forms and orders")))
    raw = page(below=f"<div class='promos'>{boxes}</div>")
    assert parse(raw).related == []


def test_short_menu_links_to_one_word_pages_are_no_stories():
    """An English widget of short links to one-word pages (a menu): no related block."""
    cards = [("how-we-report-the-news", "How we report"), ("team", "Our team"), ("contact", "Contact")]
    raw = page(side=_widget("Pages", cards))
    assert parse(raw).related == []
