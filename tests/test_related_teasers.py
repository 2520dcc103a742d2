"""Teaser lists under a related heading whose link text is short or missing (related recall on
unseen pages): a sidebar widget of posts whose short titles sit in headings with long
snippets under each ("Popular posts", "Beliebte Posts"), and cards whose headline is a heading
of the card while the link is an image or an empty overlay ("Read next", "Ähnliche
Beiträge"). Each is one related block, its items named by the titles. Tiles of two-word
labels over empty links are a menu, no block. Pages written for the project."""

from __future__ import annotations

import pytest

from regionpages import page, parse, source

#: (heading, [(slug, short title, snippet)]) per language.
WIDGETS = {
    "en": ("Popular posts", [
        ("2023/04/gone-fishing.html", "Gone fishing",
         "The boat was ready at six and the weather held for once, so we went out past the "
         "lighthouse and stayed until the tide turned, which was later than any of us wanted..."),
        ("2022/11/short-cuts.html", "Short cuts",
         "Three small things that happened this week, none of them worth a post of its own, "
         "but together they say something about how the town is changing, I think..."),
        ("2021/06/the-old-pier.html", "The old pier",
         "Nobody remembers when the old pier was last painted, and the council has no record "
         "of it either, which tells you most of what you need to know about its upkeep..."),
        ("2020/02/snow-day.html", "Snow day",
         "The school closed at nine, the buses stopped at ten and by eleven half the street "
         "was out with sledges on the hill behind the church, as if it were the seventies..."),
    ]),
    "de": ("Beliebte Posts", [
        ("2023/04/ausgezockt.html", "Ausgezockt",
         "Nachdem der Sender mit seinem Auktionshaus dem Begriff Ladenhüter eine neue "
         "Dimension verliehen hat, bleibt die Frage, wer da eigentlich noch mitbietet..."),
        ("2022/11/tach-post.html", "Tach, Post!",
         "Zu meinem größten Vergnügen durfte ich heute wieder den Laden meines Vertrauens "
         "aufsuchen, um dort hinter sehr vielen anderen Kunden geduldig zu warten..."),
        ("2021/06/kurz-notiert.html", "Kurz notiert",
         "Drei kleine Dinge aus dieser Woche, keines davon einen eigenen Beitrag wert, aber "
         "zusammen sagen sie etwas darüber, wie sich die Stadt gerade verändert..."),
        ("2020/02/schneetag.html", "Schneetag",
         "Die Schule schloss um neun, die Busse fuhren ab zehn nicht mehr und um elf war "
         "die halbe Straße mit Schlitten auf dem Hügel hinter der Kirche unterwegs..."),
    ]),
}


def _widget(heading: str, posts: list[tuple[str, str, str]]) -> str:
    items = "".join(f"<li><div class='item-title'><a href='/{slug}'>{title}</a></div>"
                    f"<div class='item-snippet'>{snippet}</div></li>" for slug, title, snippet in posts)
    return f"<div class='widget PopularPosts'><h2>{heading}</h2><div class='widget-content'><ul>{items}</ul></div></div>"


@pytest.mark.parametrize("lang", sorted(WIDGETS))
def test_a_widget_of_short_titles_with_snippets_is_one_related_block(lang: str):
    """Four posts, each a short title link in a title element and a long snippet, under a
    related heading in the side column: one block of four items named by the titles."""
    heading, posts = WIDGETS[lang]
    raw = page(side=_widget(heading, posts), lang=lang)
    doc = parse(raw)
    assert [(r.title, [i.title for i in r.items]) for r in doc.related] == [(heading, [p[1] for p in posts])]
    assert "PopularPosts" in source(raw, doc.related[0].locator).get("class")


#: (heading, [(slug, card headline)]) per language: cards whose link is an image or empty.
CARDS = {
    "en": ("Read next", [
        ("guides/how-the-harbour-wall-was-first-built-in-1890", "How the harbour wall was first built in 1890 and who paid for it all"),
        ("guides/what-the-new-sea-defences-will-cost-each-household", "What the new sea defences will cost each household over ten years"),
        ("guides/five-walks-along-the-old-harbour-front", "Five walks along the old harbour front before the works begin next spring"),
    ]),
    "de": ("Ähnliche Beiträge", [
        ("ratgeber/wie-die-hafenmauer-1890-gebaut-wurde", "Wie die Hafenmauer im Jahr 1890 gebaut wurde und wer sie damals bezahlt hat"),
        ("ratgeber/was-der-neue-kuestenschutz-jeden-haushalt-kostet", "Was der neue Küstenschutz jeden Haushalt in den nächsten zehn Jahren kostet"),
        ("ratgeber/fuenf-spaziergaenge-am-alten-hafen", "Fünf Spaziergänge am alten Hafen, bevor die Bauarbeiten im Frühjahr beginnen"),
    ]),
}
#: A card's label line.
BLURB = "Guide · 6 min"


def _cards(heading: str, cards: list[tuple[str, str]], link: str) -> str:
    out = []
    for slug, title in cards:
        inner = "<img src='/img/card.jpg' alt=''>" if link == "image" else ""
        out.append(f"<div class='card'><a class='stretched' href='/{slug}'>{inner}</a>"
                   f"<div class='card-body'><div class='card-title'>{title}</div><span>{BLURB}</span></div></div>")
    return f"<section class='band'><h2>{heading}</h2><div class='row'>{''.join(out)}</div></section>"


@pytest.mark.parametrize("link", ["image", "empty"])
@pytest.mark.parametrize("lang", sorted(CARDS))
def test_cards_titled_by_their_own_headings_are_one_related_block(lang: str, link: str):
    """Three cards in the site footer, each an image (or empty overlay) link, a headline of
    ten words or more in a title element and a label line, under a related heading: one block of
    three items named by the card headlines."""
    heading, cards = CARDS[lang]
    raw = page(footer=_cards(heading, cards, link), lang=lang)
    doc = parse(raw)
    assert [(r.title, [i.title for i in r.items]) for r in doc.related] == [(heading, [c[1] for c in cards])]


def test_tiles_of_two_word_labels_over_empty_links_are_no_related_block():
    """Three tiles, each an empty link over a two-word label ("Wedding rings"): a menu of the
    shop's sections, no related block."""
    tiles = "".join(
        f"<div class='tile'><a href='/product-category/{s}/'></a><h4 class='tile-title'>{t}</h4></div>"
        for s, t in (("engagement-rings", "Engagement rings"), ("wedding-rings", "Wedding rings"),
                     ("eternity-rings", "Eternity rings")))
    doc = parse(page(side=f"<div class='tiles'>{tiles}</div>"))
    assert doc.related == []
