"""A post's previous/next links where the related-list tests do not look, and a ``<nav>``
that is a band of story cards (``post_neighbours``, ``RegionJudge._story_band``).

Previous/next links are related blocks wherever they stand: in a sidebar of the post's
metadata (date, tags, author: a region of no story), in a breadcrumb bar, or marked only by
their ``aria-label`` over a headline whose address is a number. A month's "« Nov" in a
calendar, or a banner under ``div#__next``, is none. Small pages written for the project:
German, English, French, Spanish.
"""

from __future__ import annotations

import pytest

from regionpages import page, parse, source

TAGS = {
    "de": ("Abgelegt in", "Nächste", "Vorherige"),
    "en": ("Filed under", "Next", "Previous"),
    "es": ("Archivado en", "Siguiente", "Anterior"),
}


@pytest.mark.parametrize("lang", sorted(TAGS))
def test_neighbours_in_a_metadata_sidebar_are_one_related_block(lang: str):
    """The post's two neighbours ("Nächste" / "Vorherige", marked rel=next/prev) above its
    tags and author in the side column: one block of two items, beside the article."""
    filed, nxt, prev = TAGS[lang]
    tags = ", ".join(f"<a href='/tag/{t}/' rel='tag'>{t.title()}</a>"
                     for t in ("hafen", "bau", "stadt", "kueste", "hochwasser"))
    side = (f"<section class='meta'><nav class='post-nav'>"
            f"<span class='post-nav-next'><a href='/2024/neue-faehre-fuer-die-insel/' rel='next'>{nxt}</a></span>"
            f"<span class='post-nav-prev'><a href='/2024/alte-mole-wird-saniert/' rel='prev'>{prev}</a></span>"
            f"</nav><aside class='post-info'><span class='post-date'>17.11.24</span>"
            f"<aside class='tags'>{filed}: {tags}</aside></aside>"
            f"<aside class='author-meta'><a href='/author/jm/' rel='author'>J. M.</a></aside></section>")
    doc = parse(page(side=side, lang=lang))
    assert [(len(r.items), r.position.placement) for r in doc.related] == [(2, "outside")]


@pytest.mark.parametrize(("lang", "prev", "nxt"), [("fr", "‹ Précédent", "Suivant ›"), ("de", "‹ Vorheriges", "Nächstes ›")])
def test_neighbours_in_a_breadcrumb_bar(lang: str, prev: str, nxt: str):
    """A breadcrumb-classed bar holding only the previous/next links: the post's neighbours."""
    header = (f"<div class='breadcrumb-collection'><div class='nav_arrows breadcrumb_text'>"
              f"<a href='/boutique/produits/cafe-du-perou-bio' class='breadcrumb_link'>{prev}</a> | "
              f"<a href='/boutique/produits/cafe-robusta-bio' class='breadcrumb_link'>{nxt}</a></div></div>")
    doc = parse(page(header=header, lang=lang))
    assert [len(r.items) for r in doc.related] == [2]


def test_aria_labelled_neighbours_with_numeric_addresses():
    """Two links to "/20345" and "/14113" labelled "Previous page"/"Next page" for screen
    readers, their texts the two pages' headlines, beside an icon link to the newest page and
    the page's search links: one block of the two neighbours."""
    header = ("<section class='position-relative'><nav class='row mb-2'><div class='w-100'>"
              "<a href='/20345' aria-label='Previous page'>20345: Tide gauge records from the north quay</a>"
              "<a href='/14113' aria-label='Next page'>14113: Storm surge model for the estuary</a>"
              "<a href='/14984' aria-label='Newest page'><span class='icon'></span></a></div></nav>"
              "<ul><li><a href='/search?people=Ann%20Lee'>Ann Lee</a></li>"
              "<li><a href='/search?people=Bo%20Berg'>Bo Berg</a></li>"
              "<li><a href='/api/4974'>API</a></li></ul></section>")
    raw = page(header=header)
    doc = parse(raw)
    assert [len(r.items) for r in doc.related] == [2]
    assert source(raw, doc.related[0].locator).tag == "nav"


def test_one_rel_prev_link_named_by_a_headline():
    """A WordPress post navigation holding only the previous post ("← Aachen 1933 – 1945",
    rel=prev, a path of one word and two years): a block of one item."""
    after = ("<nav class='navigation'><div class='nav-previous'><a href='https://news.example.org/aachen-1933-1945/' "
             "rel='prev'><span class='meta-nav'>←</span> Aachen 1933 – 1945</a></div><div class='nav-next'></div></nav>")
    doc = parse(page(below=after, lang="de"))
    assert [(len(r.items), r.position.placement) for r in doc.related] == [(1, "after")]


def test_a_calendar_month_link_is_no_neighbour():
    """A sidebar calendar's "« Nov" to the month's archive ("/2024/11/"): no related block."""
    side = ("<div class='wp-block-calendar'><table><caption>December 2024</caption><tbody><tr>"
            "<td>1</td><td>2</td><td><a href='/2024/12/03/'>3</a></td></tr></tbody></table>"
            "<nav aria-label='Previous and next months' class='wp-calendar-nav'>"
            "<span class='wp-calendar-nav-prev'><a href='/2024/11/'>« Nov</a></span>"
            "<span class='wp-calendar-nav-next'></span></nav></div>")
    doc = parse(page(side=side))
    assert doc.related == []


def test_a_page_root_named_next_marks_no_banner_as_a_neighbour():
    """A promotion banner straight under a framework's root ``div#__next`` (the page's other
    links in it too): no neighbour."""
    raw = page(side="<a href='/'>Home</a> <a href='/business/'>Business</a>").replace(b"<div class='wrap'>", (
        b"<div id='__next'><a href='/business-plus/' class='BannerContainer'><div class='TextContainer'>"
        b"<span>Your free business plus membership unlocks exclusive tech deals</span>"
        b"<div class='CtaButton'>Join Free</div></div></a><div class='wrap'>")).replace(
        b"</footer>", b"</footer></div>")
    doc = parse(raw)
    assert doc.related == []


BANDS = {
    "de": ("Empfohlene Beiträge", ["Zverev gewinnt in Montpellier zum Auftakt", "Thiem kehrt erst in Indian Wells zurück",
                                   "Tsonga und del Potro vor dem letzten Hurrah", "Murray ersetzt Medvedev in Rotterdam"]),
    "en": ("Recommended reads", ["Ferry timetable changes for the winter season", "New lifeboat station opens on the quay",
                                 "Storm damage repaired along the shore road", "Fish market moves to the old warehouse"]),
}


@pytest.mark.parametrize("lang", sorted(BANDS))
def test_a_nav_holding_a_headed_band_of_story_cards_is_related(lang: str):
    """A ``<nav>`` under the article: a heading over four image cards, each a story's
    headline: one related block of four, titled by the heading."""
    heading, titles = BANDS[lang]
    cards = "".join(f"<a href='/news/{'-'.join(t.lower().split())}'><img src='/i/{n}.jpg' alt=''>"
                    f"<div class='text'><span class='category'>ATP</span><h2>{t}</h2></div></a>"
                    for n, t in enumerate(titles))
    below = f"<nav id='recommendedArticles'><div class='container'><div class='title'>{heading}</div><div>{cards}</div></div></nav>"
    doc = parse(page(below=below, lang=lang))
    assert [(r.title, len(r.items)) for r in doc.related] == [(heading, 4)]


def test_a_headed_menu_nav_stays_navigation():
    """A footer ``<nav>`` headed "Service" over five short links to sections: a menu."""
    links = "".join(f"<a href='/{w.lower()}/'>{w}</a>" for w in ("Kontakt", "Impressum", "Datenschutz", "Abo", "Archiv"))
    footer = f"<nav><h3>Service</h3>{links}</nav>"
    doc = parse(page(footer=footer, lang="de"))
    assert doc.related == []
