"""A box of story cards counted per card (``extract/card_feeds.py``): each card a story link
and its meta links (section, author, picture credit), a styled first line as the box's
heading, one story card under a related heading. Pages written for the project; the
article's four paragraphs must stay the body (``parse_article``)."""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source

#: A side column's other box (links to sections, no stories): the feed is judged alone.
OTHER = "<ul class='sections'><li><a href='/sport'>Sport</a></li><li><a href='/kultur'>Kultur</a></li></ul>"


def _card(lang: str, slug: str, title: str, section: str, author: str) -> str:
    """A title card: the story, its section and its author (three links, one a story)."""
    return (f"<article class='teaser'><div class='t'><a href='/{section.lower()}/{slug}'>{title}</a></div>"
            f"<div class='meta'><span>12/19/2025</span> • <a href='/{section.lower()}'>{section}</a> • "
            f"<a href='/profile/{author.lower().replace(' ', '-')}'>{author}</a></div>"
            f"<p>{'A short blurb on the story.' if lang == 'en' else 'Ein kurzer Anreißer zur Geschichte.'}</p></article>")


#: Cards per language: (slug, headline, section, author).
CARDS = {
    "en": [("ferry-timetable-for-the-winter", "Ferry timetable for the winter", "Wire", "Ann Lee"),
           ("new-lifeboat-station-opens-on-the-quay", "New lifeboat station opens", "Wire", "Bo Chen"),
           ("harbour-market-returns-in-spring", "Harbour market returns", "Notes", "Ann Lee")],
    "de": [("neuer-fahrplan-fuer-den-winter", "Neuer Fahrplan für den Winter", "Wire", "Eva Roth"),
           ("neue-rettungswache-am-kai", "Neue Rettungswache am Kai", "Wire", "Jan Berg"),
           ("hafenmarkt-kehrt-im-fruehling-zurueck", "Hafenmarkt kehrt zurück", "Notizen", "Eva Roth")],
}
#: A box's heading set as a styled line, per language.
HEADING = {"en": "Latest Articles", "de": "Neueste Artikel"}


def _feed(lang: str, cards: list[str] | None = None) -> str:
    cards = cards if cards is not None else [_card(lang, *c) for c in CARDS[lang]]
    return (f"<div class='block'><div class='bar'><div class='big'>{HEADING[lang]}</div></div>"
            f"<div><div class='view'>{''.join(cards)}</div></div></div>")


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_title_cards_with_section_and_author_links_are_a_related_block(lang: str):
    """Three cards, each with its story, section and author: 3 stories of 7 URLs, but 3 of 3
    cards; the styled first line is the block's title."""
    raw = page(side=_feed(lang) + OTHER, lang=lang)
    doc = parse(raw)
    assert len(doc.related) == 1
    assert source(raw, doc.related[0].locator).get("class") == "block"
    assert doc.related[0].title == HEADING[lang]
    assert [i.title for i in doc.related[0].items] == [c[1] for c in CARDS[lang]]  # (no section, no author)


#: A box headed "Aktueller Schwerpunkt" holding one card: picture, picture credits linking
#: elsewhere, kicker, headline, blurb.
LONE_CARD = ("<div class='block'><h2>Aktueller Schwerpunkt</h2><div class='content'><article class='card'>"
             "<div class='img'><a href='/blog/2024/neue-wache-am-hafen'><img src='/a.jpg' alt=''></a></div>"
             "<div class='credit'>Bild: <a href='https://fotos.example.org/kai'>Kai Foto</a> "
             "<a href='https://creativecommons.org/licenses/by/4.0/'>cc-by 4.0</a></div>"
             "<div class='kicker'>Hafen</div><h3><a href='/blog/2024/neue-wache-am-hafen'>Neue Wache</a></h3>"
             "<div class='teaser'>Die neue Wache am Hafen ist eröffnet.</div></article></div></div>")


def test_one_story_card_under_a_related_heading_is_a_block_of_one_item():
    """One story card under "Aktueller Schwerpunkt" (its credits link elsewhere): a related
    block of one story."""
    raw = page(side=LONE_CARD + OTHER, lang="de")
    doc = parse(raw)
    assert len(doc.related) == 1
    assert source(raw, doc.related[0].locator).get("class") == "block"
    assert [i.title for i in doc.related[0].items] == ["Neue Wache"]  # (no picture credit)


def test_one_card_under_a_heading_of_no_related_words_is_no_block():
    """The same lone card under "Unser Partner": no related heading, no block."""
    box = LONE_CARD.replace("Aktueller Schwerpunkt", "Unser Partner")
    assert parse(page(side=box + OTHER, lang="de")).related == []


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_product_cards_with_prices_are_no_related_block(lang: str):
    """Cards of a shop (a product, its category, a price): no stories."""
    cards = [_card(lang, *c).replace("<p>", "<p>19,99 € ") for c in CARDS[lang]]
    assert parse(page(side=_feed(lang, cards) + OTHER, lang=lang)).related == []


def test_cards_of_section_pages_are_no_related_block():
    """Cards titled by a section page ("/wire" in the card's heading), each with a short line
    to its latest story: a menu of sections, the title link decides."""
    cards = [f"<div class='tile'><h3><a href='/{s}'>{s.title()}</a></h3>"
             f"<a href='/{s}/{s}-news-of-the-week'>{s.title()} news today</a></div>"
             for s in ("wire", "notes", "sport")]
    box = f"<div class='block'><div class='big'>Latest Articles</div><div>{''.join(cards)}</div></div>"
    assert parse(page(side=box + OTHER)).related == []


def test_rows_of_a_grid_are_no_cards():
    """Rows of a file grid (a file and its last change, a commit link with a long message):
    data, no story cards."""
    rows = "".join(
        f"<div role='row' class='row'><span><a href='/repo/tree/main/{d}'>{d}</a></span>"
        f"<span><a href='/repo/commit/{n}4f3a9c2e81b7d20931'>Merge branch fix of the {d} loader into main</a></span></div>"
        for n, d in enumerate(("docs", "tests", "scripts")))
    box = f"<div class='files'><div role='grid' class='grid'>{rows}</div></div>"
    assert parse(page(below=box)).related == []


def test_footer_columns_of_link_lists_are_no_cards():
    """Columns of one design, each a label over a list of links (guides, company pages): menu
    columns, though some entries have slugs of several words."""
    col = ("<div class='col'><span class='label'>{0}</span><ul>"
           "<li><a href='/{1}-guide-for-beginners/'>{2} guide for beginners</a></li>"
           "<li><a href='/{1}/'>{2}</a></li></ul></div>")
    box = "<div class='cols'>" + "".join(col.format(*c) for c in (
        ("Learn", "google-ads", "Google Ads"), ("Guides", "shopping-feeds", "Shopping feeds"),
        ("Company", "about", "About"))) + "</div>"
    assert parse(page(side=box + OTHER)).related == []
