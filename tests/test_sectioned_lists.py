"""A box of several headed story lists built alike (``linklists.measure``'s ``sections``):
three or more headings of one tag and class, each over two or more stories of its own, are
the headings of as many blocks, not the titles of cards: the box is no one block, each list
is judged alone. Headings of one design that each title one story (teaser cards) stay card
titles: the box is one block. Small pages written for the project, in English and German.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import page, parse

SERIES = {
    "en": (("Getting Started", ("Where to put a vegetable garden in your yard", "The best gardening tools for beginners")),
           ("Planning a Garden", ("How to plan a vegetable garden layout", "What to plant in a small raised bed",
                                  "Companion planting for a healthy plot")),
           ("Harvesting", ("When to pick tomatoes for the best taste", "How to store potatoes through the winter"))),
    "de": (("Erste Schritte", ("Wohin mit dem Gemüsebeet im eigenen Garten", "Die besten Gartengeräte für Einsteiger")),
           ("Den Garten planen", ("So planen Sie die Beete im Gemüsegarten", "Was in ein kleines Hochbeet passt",
                                  "Mischkultur für ein gesundes Beet im Sommer")),
           ("Ernte", ("Wann Tomaten am besten schmecken und reif sind", "Kartoffeln richtig lagern über den Winter"))),
}


def _slug(title: str) -> str:
    return "-".join(title.lower().split()[:6])


def series_box(lang: str) -> str:
    """A rail box: its name ("Guides") over three ``<h3>`` headings, each over a list of its
    own stories."""
    parts = "".join(f"<div><h3>{h}</h3><ul>" + "".join(
        f"<li><a href='/garden/{_slug(t)}'>{t}</a></li>" for t in ts) + "</ul></div>" for h, ts in SERIES[lang])
    return (f"<div class='guides-box'><p class='box-name'>{lang.upper()} Guides</p>"
            f"<div class='inner'><div>{parts}</div></div></div>")


def test_headed_lists_of_one_design_are_several_blocks():
    """English and German: no one block titled by the first heading holding all seven
    stories; no block holds the stories of two headings."""
    for lang in ("en", "de"):
        doc = parse(page(side=series_box(lang), lang=lang))
        first = SERIES[lang][0][0]
        assert not any(len(r.items) > 3 for r in doc.related), (lang, [(r.title, len(r.items)) for r in doc.related])
        assert all(r.title != first or len(r.items) == 2 for r in doc.related), lang
        assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_card_titles_of_one_design_stay_one_block():
    """What must NOT split: a "More stories" band of three cards, each an ``<h3>`` title
    over its one story (picture and "Read more" link): one block of three items."""
    cards = "".join(f"<div class='card'><a href='/garden/{_slug(t)}'><img src='/i/{n}.jpg' alt=''></a>"
                    f"<h3 class='card-title'>{t}</h3><a href='/garden/{_slug(t)}'>Read more</a></div>"
                    for n, (_, (t, *_)) in enumerate(SERIES["en"]))
    doc = parse(page(below=f"<section class='more'><h2>More stories</h2>{cards}</section>"))
    assert [(r.title, len(r.items)) for r in doc.related] == [("More stories", 3)], \
        [(r.title, len(r.items)) for r in doc.related]
