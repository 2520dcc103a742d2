"""Bands of a few teaser cards after the article: each story shown as a whole card (its picture
and its title linking it) is evidence of a related block as a related heading is
(``LinkList.full_cards``, ``LinkList.pictured``):

- two whole cards under a related heading ("More Stories") are a block however long their
  excerpts (the link text is a small share of the band's text);
- at the page's edge (a box named a footer), three or more pictured story cards are a block
  though their slugs are short.

Guards: the same cards under a heading of no related words, cards without pictures, and a
footer's plain links to the site's pages are no related block. Pages written for the project.
"""

from __future__ import annotations

import pytest

from pages import ARTICLE_PARAS
from regionpages import P, page, parse, source

#: Two stories per language: (slug, title, excerpt).
STORIES = {
    "en": [("new-ferry-pier-opens-in-the-old-port", "New ferry pier opens in the old port",
             "The new pier lets two ferries moor at once, so the morning crossings will no longer wait "
             "for the freight boat to leave, the harbour master said when he cut the ribbon on Friday. "
             "The old wooden jetty will stay for the fishing boats and the summer excursion launches."),
            ("lifeboat-crew-trains-for-winter-storms", "Lifeboat crew trains for winter storms",
             "Twelve volunteers spent the weekend practising rescues in heavy swell off the headland, "
             "towing a dummy dinghy back to the slipway again and again until the drill ran smoothly. "
             "The station hopes to recruit four more members before the season of gales begins.")],
    "de": [("neuer-faehranleger-im-alten-hafen", "Neuer Fähranleger im alten Hafen eröffnet",
            "Am neuen Anleger können zwei Fähren zugleich festmachen, so müssen die Morgenfähren nicht "
            "mehr auf das Frachtschiff warten, sagte der Hafenmeister bei der Eröffnung am Freitag. "
            "Der alte Holzsteg bleibt für die Fischerboote und die Ausflugsschiffe im Sommer erhalten."),
           ("seenotretter-ueben-fuer-die-winterstuerme", "Seenotretter üben für die Winterstürme",
            "Zwölf Freiwillige übten am Wochenende bei schwerem Seegang vor der Landspitze die Rettung, "
            "sie schleppten ein Übungsboot immer wieder zur Slipanlage, bis jeder Handgriff saß. "
            "Die Station will vor Beginn der Sturmsaison noch vier weitere Mitglieder gewinnen.")],
}
#: A related heading, and one of no related words, per language.
RELATED = {"en": "More Stories", "de": "Weitere Artikel"}
PLAIN = {"en": "Our Harbour", "de": "Unser Hafen"}


def card(slug: str, title: str, excerpt: str, picture: bool = True) -> str:
    """A post preview: its picture linking the story, its title linking it, a long excerpt."""
    img = f"<div class='graphic'><a href='/blog/{slug}/'><img src='/img/{slug}.jpg' alt=''></a></div>" if picture else ""
    return (f"<article class='preview'>{img}<div class='content'><h3><a href='/blog/{slug}/'>{title}</a></h3>"
            f"<p class='meta'>October 28, 2025</p><div class='excerpt'>{excerpt}</div></div></article>")


def post_page(band: str, lang: str) -> bytes:
    """A blog post: the article in the page's main element, then ``band`` across the page
    above the footer."""
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Harbour wall</title></head>"
            f"<body><header class='site-header'><a href='/'>Harbour News</a></header><main><article>"
            f"<h1>Harbour wall to be rebuilt</h1><div class='entry'>{''.join(P)}</div></article></main>{band}"
            f"<footer class='site-footer'><a href='/about/'>About</a></footer></body></html>").encode()


def band(lang: str, heading: str, picture: bool = True) -> str:
    cards = "".join(card(*s, picture=picture) for s in STORIES[lang])
    return f"<section class='more'><h2>{heading}</h2><div class='compact'>{cards}</div></section>"


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_two_whole_cards_under_a_related_heading_are_a_block(lang: str):
    """Two cards, each with a picture, a title and a long excerpt, under "More Stories" /
    "Weitere Artikel" below the article: one related block of both stories."""
    raw = post_page(band(lang, RELATED[lang]), lang)
    doc = parse(raw)
    assert [[i.title for i in r.items] for r in doc.related] == [[s[1] for s in STORIES[lang]]]
    assert doc.related[0].title == RELATED[lang]
    assert all(p in doc.text() for p in ARTICLE_PARAS)


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_two_cards_under_a_plain_heading_or_without_pictures_are_no_block(lang: str):
    """The same cards under "Our Harbour" (no related words), and the related band with no
    pictures (titles over long texts: a section of its own): no related block."""
    assert parse(post_page(band(lang, PLAIN[lang]), lang)).related == []
    assert parse(post_page(band(lang, RELATED[lang], picture=False), lang)).related == []


#: Four rankings per language with short slugs (four words): (slug, title).
RANKINGS = {
    "en": [("best-harbour-ferry-lines", "Best harbour ferry lines of the year ranked"),
           ("top-coastal-lifeboat-stations", "Top coastal lifeboat stations by rescues"),
           ("largest-fishing-ports-ranked", "Largest fishing ports ranked by their catch"),
           ("top-sea-wall-builders", "Top sea wall builders and their projects")],
    "de": [("beste-faehrlinien-im-norden", "Die besten Fährlinien im Norden im Vergleich"),
           ("groesste-fischereihaefen-im-vergleich", "Die größten Fischereihäfen nach ihrem Fang"),
           ("top-seenotstationen-nach-einsaetzen", "Die Seenotstationen mit den meisten Einsätzen"),
           ("beste-deichbauer-der-kueste", "Die besten Deichbauer der Küste und ihre Projekte")],
}


def footer_posts(lang: str, picture: bool = True) -> str:
    """A band named a footer's, under the article: four ranking cards (picture, title,
    a line of text), no heading."""
    def one(slug: str, title: str) -> str:
        img = f"<div class='image'><a href='/ranking/{slug}/'><img src='/img/{slug}.jpg' alt=''></a></div>" \
            if picture else ""
        return (f"<div class='featured-post'>{img}<div class='post'><h3><a href='/ranking/{slug}/'>{title}</a>"
                f"</h3><p>{'Updated ranking with the latest figures.' if lang == 'en' else 'Aktualisierte Rangliste.'}"
                f"</p></div></div>")
    return f"<div class='section-footer-posts'><div class='wrapper'>{''.join(one(*r) for r in RANKINGS[lang])}</div></div>"


@pytest.mark.parametrize("lang", sorted(RANKINGS))
def test_pictured_story_cards_in_a_footer_box_are_a_block(lang: str):
    """Four pictured ranking cards in a box named a footer's (short slugs, no heading): one
    related block of the four stories."""
    raw = page(below=footer_posts(lang), lang=lang)
    doc = parse(raw)
    assert [[i.title for i in r.items] for r in doc.related] == [[r[1] for r in RANKINGS[lang]]]
    assert "section-footer-posts" in (source(raw, doc.related[0].locator).getparent().get("class") or "") \
        or source(raw, doc.related[0].locator).get("class") == "section-footer-posts"


@pytest.mark.parametrize("lang", sorted(RANKINGS))
def test_footer_box_without_pictures_is_no_block(lang: str):
    """The same cards without pictures (short slugs, no heading, in the footer's box): the
    edge's guard holds, no related block."""
    assert parse(page(below=footer_posts(lang, picture=False), lang=lang)).related == []


def test_footer_menu_of_site_pages_is_no_block():
    """A site footer's column of page links (About, Contact, Imprint, Careers) with icons:
    no stories, no related block."""
    pages = "".join(f"<li><a href='/{p.lower()}/'><img src='/icons/{p.lower()}.svg' alt=''>{p}</a></li>"
                    for p in ("About", "Contact", "Imprint", "Careers"))
    assert parse(page(footer=f"<ul class='footer-links'>{pages}</ul>")).related == []
