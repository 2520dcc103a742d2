"""A sister site's story list beside the article (a partner blog's RSS widget, another
newspaper's headlines in the footer) is a related block: ``sister_lists``. The same
structure linking several sites, products or the article's own sources is not."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_PARAS, ARTICLE_URL
from pages import parse_article as parse


def page(sidebar: str = "", inside: str = "") -> bytes:
    p = "".join(f"<p>{t}</p>" for t in ARTICLE_PARAS)
    # (the site's own menu: the page links its own host more than any other)
    menu = "".join(f"<li><a href='https://news.example.com/{s}/'>{s.title()}</a></li>" for s in SECTIONS)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour wall</title></head><body>"
        f"<header><nav class='menu'><ul>{menu}</ul></nav></header>"
        f"<main><article><h1>Harbour wall to be rebuilt</h1><div class='entry-content'>{p}{inside}</div>"
        f"</article><aside class='sidebar'>{sidebar}</aside></main></body></html>"
    ).encode()


SECTIONS = ("news", "sport", "business", "culture", "travel", "weather", "opinion", "video",
            "podcasts", "local", "world", "science")


def widget(heading: str, *urls_titles: tuple[str, str]) -> str:
    items = "".join(f"<li><a href='{u}'>{t}</a></li>" for u, t in urls_titles)
    return f"<div class='box'><h3><a href='https://{heading.lower()}.example.org/'>{heading}</a></h3><ul>{items}</ul></div>"


STORIES_EN = (
    ("https://gazette.example.org/2024/05/02/ferry-timetable-changes-for-summer/", "Ferry timetable changes for summer"),
    ("https://gazette.example.org/2024/05/01/new-lifeboat-station-opens/", "New lifeboat station opens on the quay"),
    ("https://gazette.example.org/2024/04/30/fishing-quotas-debated/", "Fishing quotas debated at county hall"),
)
STORIES_DE = (
    ("https://partnerblog.example.net/2024/05/hafenfest-wird-verschoben/", "Das Hafenfest wird verschoben"),
    ("https://partnerblog.example.net/2024/05/neue-faehre-fuer-die-insel/", "Eine neue Fähre für die Insel"),
    ("https://partnerblog.example.net/2024/04/deichbau-beginnt-im-juni/", "Der Deichbau beginnt im Juni"),
)


def test_sister_site_widget_beside_the_article_is_one_related_block():
    doc = parse(page(sidebar=widget("Gazette", *STORIES_EN)))
    (rel,) = doc.related
    assert rel.title == "Gazette" and rel.position.placement == "outside"
    assert [i.url for i in rel.items] == [u for u, _ in STORIES_EN]
    assert rel.locator.endswith("/aside/div")  # (the widget: its heading and its list)


def test_partner_blog_feed_in_german_is_found_too():
    doc = parse(page(sidebar=widget("Partnerblog", *STORIES_DE)))
    (rel,) = doc.related
    assert rel.title == "Partnerblog" and [i.title for i in rel.items] == [t for _, t in STORIES_DE]


def test_links_to_several_sites_are_no_sister_list():
    mixed = STORIES_EN + STORIES_DE[:1] + (("https://third.example.com/2024/05/harbour-news-today/", "Harbour news from the coast"),)
    assert parse(page(sidebar=widget("Presse", *mixed))).related == []


def test_a_shops_products_are_no_sister_list():
    products = [(f"https://shop.example.com/Waterproof-Harbour-Boots-Size-{i}/dp/B01N5OPMJ{i}/ref=sr_1_{i}?tag=aff-21", f"Waterproof harbour boots size {i}")
                for i in range(3)]
    assert parse(page(sidebar=widget("Empfehlungen", *products))).related == []


def test_the_articles_own_list_of_another_sites_pages_is_no_sister_list():
    raw = page(inside="<h3>Further reading</h3>" + widget("Gazette", *STORIES_EN).replace("<div class='box'>", "<div>"))
    doc = syndicate.parse(raw, url=ARTICLE_URL)
    assert all("Gazette" != r.title for r in doc.related)
