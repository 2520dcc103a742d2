"""A related block's items are its stories (``extract/listing_items.py``): the section, tag
and day links of its cards and the band's own "View all" link to the listing above its
stories are no items; a block of topic links keeps them."""

from __future__ import annotations

from pages import ARTICLE_PARAS
from pages import parse_article as parse


def article(after: str, lang: str = "en") -> bytes:
    p = "".join(f"<p>{t}</p>" for t in ARTICLE_PARAS)
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Wall</title></head><body>"
            f"<main><article><h1>Harbour wall</h1><div class='entry-content'>{p}</div></article>"
            f"{after}</main></body></html>").encode()


def card(slug: str, title: str, meta: str) -> str:
    return (f"<div class='card'><a href='/news/{slug}'><img src='/img/{slug}.jpg' alt=''></a>"
            f"<h4><a href='/news/{slug}'>{title}</a></h4>{meta}</div>")


def urls(doc) -> list[str]:
    (rel,) = doc.related
    return [i.url.removeprefix("https://news.example.com") for i in rel.items]


def test_category_terms_of_cards_are_no_items():
    """Each card names its section under its headline, a link to the section's term page."""
    cards = (card("storm-damage-along-the-coast", "Storm damage along the coast",
                  "<a href='/category/weather/'>Weather</a>")
             + card("new-ferry-timetable-for-winter", "New ferry timetable for winter",
                    "<a href='/category/transport-news/'>Transport news</a>")
             + card("lifeboat-crew-honoured-at-dinner", "Lifeboat crew honoured at dinner",
                    "<a href='/category/people-and-places/'>People and places</a>"))
    doc = parse(article(f"<section class='related-posts'><h3>Related Posts</h3>{cards}</section>"))
    assert urls(doc) == ["/news/storm-damage-along-the-coast", "/news/new-ferry-timetable-for-winter",
                         "/news/lifeboat-crew-honoured-at-dinner"]


def test_date_archive_links_of_cards_are_no_items():
    """Each card's date links the day's archive ("/2024/03/05/")."""
    cards = "".join(card(s, t, f"<a href='/2024/03/0{i}/'>March {i}, 2024</a>") for i, (s, t) in enumerate([
        ("storm-damage-along-the-coast", "Storm damage along the coast"),
        ("new-ferry-timetable-for-winter", "New ferry timetable for winter"),
        ("lifeboat-crew-honoured-at-dinner", "Lifeboat crew honoured at dinner")], start=1))
    doc = parse(article(f"<section class='related-posts'><h3>Related Posts</h3>{cards}</section>"))
    assert len(urls(doc)) == 3 and all(u.startswith("/news/") for u in urls(doc))


def test_view_all_link_to_the_listing_above_the_stories_is_no_item_german():
    """A German band ends with "Alle Beiträge" to ``/news``, the listing its stories stand
    under, and its cards link their Kategorie by a query: neither is an item."""
    cards = (card("sturmschaeden-an-der-kueste", "Sturmschäden an der Küste",
                  "<a href='/news?kategorie=wetter'>Wetter und Klima</a>")
             + card("neuer-faehrplan-fuer-den-winter", "Neuer Fährplan für den Winter",
                    "<a href='/news?kategorie=verkehr'>Verkehr im Norden</a>"))
    doc = parse(article(f"<section class='related-posts'><h3>Weitere Artikel</h3>{cards}"
                        "<a href='/news'>Alle Beiträge ansehen</a></section>", lang="de"))
    assert urls(doc) == ["/news/sturmschaeden-an-der-kueste", "/news/neuer-faehrplan-fuer-den-winter"]


def test_a_block_of_topic_links_keeps_them():
    """Links to topic pages with one story beside them: fewer than two stories, no cut."""
    topics = "".join(f"<li><a href='/category/{t.lower().replace(' ', '-')}/'>{t} and more</a></li>"
                     for t in ("Weather", "Transport", "Local people"))
    doc = parse(article("<section class='related-posts'><h3>Related Topics</h3><ul>"
                        f"{topics}<li><a href='/news/storm-damage-along-the-coast'>Storm damage along the coast</a></li>"
                        "</ul></section>"))
    assert len(urls(doc)) == 4
