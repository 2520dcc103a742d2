"""Related-content blocks found in HTML by ``syndicate.parse``: by class/id, by their heading
("Must Read"), and sponsored recommendation widgets (Taboola, Outbrain...) with their provider;
heading, items (title, absolute URL, image), locator and position."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_PARAS, ARTICLE_URL
from pages import parse_article as parse
from regionpages import source

PARAS = ARTICLE_PARAS
URL = ARTICLE_URL


def article(between: str = "", after: str = "", sidebar: str = "") -> bytes:
    p = [f"<p>{t}</p>" for t in PARAS]
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour wall</title></head><body>"
        f"<main><article><h1>Harbour wall to be rebuilt</h1><div class='entry-content'>"
        f"{p[0]}{p[1]}{between}{p[2]}{p[3]}</div>{after}</article>"
        f"<aside class='sidebar'>{sidebar}</aside></main></body></html>"
    ).encode()




def links(*titles: str, images: bool = False) -> str:
    out = []
    for i, t in enumerate(titles):
        img = f"<img src='/img/{i}.jpg' alt=''>" if images else ""
        out.append(f"<li><a href='/story-{i}'>{img}</a><a href='/story-{i}'>{t}</a></li>")
    return "<ul>" + "".join(out) + "</ul>"


def test_related_block_by_class_with_heading_items_and_images():
    raw = article(after="<div class='related-posts'><h3>Related Articles</h3>"
                        + links("Storm damage along the coast", "New ferry timetable", images=True) + "</div>")
    doc = parse(raw)
    (rel,) = doc.related
    assert rel.title == "Related Articles" and rel.provider is None and rel.sponsored is False
    assert [(i.title, i.url, i.image) for i in rel.items] == [
        ("Storm damage along the coast", "https://news.example.com/story-0", "https://news.example.com/img/0.jpg"),
        ("New ferry timetable", "https://news.example.com/story-1", "https://news.example.com/img/1.jpg"),
    ]
    assert rel.position.placement == "after" and rel.position.after == doc.body[-1].id
    el = source(raw, rel.locator)
    assert el.get("class") == "related-posts"


def test_related_block_by_its_heading_text():
    """No telling class: the heading "Must Read" stands for the list of links beside it."""
    raw = article(between="<div><h4>Must Read</h4>" + links("Harbour history", "Ferry fares rise", "Tides") + "</div>")
    doc = parse(raw)
    (rel,) = doc.related
    assert rel.title == "Must Read"
    assert [i.title for i in rel.items] == ["Harbour history", "Ferry fares rise", "Tides"]
    assert rel.position.placement == "inline" and rel.position.after == doc.body[1].id


def test_multilingual_related_heading():
    raw = article(after="<section><h2>Lesen Sie auch</h2>" + links("Hafenmauer", "Fähre") + "</section>")
    doc = parse(raw)
    (rel,) = doc.related
    assert rel.title == "Lesen Sie auch" and len(rel.items) == 2


def test_related_heading_naming_the_site_or_topic():
    raw = article(after="<section><h2>More Great Harbour Stories</h2>"
                        + links("Storm damage along the coast", "New ferry timetable") + "</section>")
    doc = parse(raw)
    (rel,) = doc.related
    assert rel.title == "More Great Harbour Stories" and len(rel.items) == 2


def test_sidebar_list_is_outside():
    raw = article(sidebar="<div class='widget popular-posts'><h3>Most Popular</h3>" + links("A story", "B story") + "</div>")
    doc = parse(raw)
    (rel,) = doc.related
    assert rel.title == "Most Popular" and rel.position.placement == "outside" and rel.position.after is None


def test_filled_native_widget_is_sponsored_related_with_provider():
    items = "".join(
        f"<div class='videoCube'><a href='https://ads.partner.example/c?{i}'>"
        f"<img src='https://img.partner.example/{i}.jpg'><span>Sponsored headline {i}</span></a></div>"
        for i in range(3)
    )
    raw = article(after=f"<div id='taboola-below-article-thumbnails' class='trc_related_container'>{items}</div>")
    doc = parse(raw)
    (rel,) = doc.related
    assert rel.provider == "taboola" and rel.sponsored is True
    assert [i.title for i in rel.items] == [f"Sponsored headline {i}" for i in range(3)]
    assert rel.items[0].image == "https://img.partner.example/0.jpg"
    assert not doc.ads


def test_sponsored_links_block_by_class():
    raw = article(after="<div class='sponsored-stories'><h3>Around the web</h3>" + links("One", "Two") + "</div>")
    doc = parse(raw)
    (rel,) = doc.related
    assert rel.sponsored is True and rel.provider is None


def test_related_class_on_text_is_not_a_related_block():
    """A post slug class ("drug-related-charges") or a related-classed box of prose stays body."""
    p = "".join(f"<p>{t}</p>" for t in PARAS)
    raw = (f"<html><body><article class='post type-post bvi-premier-arrested-on-drug-related-charges'>{p}"
           "</article></body></html>").encode()
    doc = syndicate.parse(raw)
    assert doc.text().split("\n") == PARAS and not doc.related
    raw2 = article(between=f"<div class='related-context'><p>{PARAS[2]} <a href='/x'>More</a></p></div>")
    doc2 = syndicate.parse(raw2)
    assert PARAS[2] in doc2.text()
    assert not doc2.related


def test_navigation_menus_are_no_related_blocks():
    menu = "<nav class='main-menu'><h3>Popular</h3>" + links("News", "Sport", "Weather") + "</nav>"
    raw = article().replace(b"<main>", b"<main>" + menu.encode())
    doc = syndicate.parse(raw, url=URL)
    assert not doc.related


def test_inline_read_also_line_is_a_related_block():
    raw = article(between="<p><strong>Read also:</strong> <a href='/ferry-fares'>Ferry fares to rise in May</a></p>")
    doc = parse(raw)
    (rel,) = doc.related
    assert rel.title == "Read also"
    assert [(i.title, i.url) for i in rel.items] == [("Ferry fares to rise in May", "https://news.example.com/ferry-fares")]
    assert rel.position.placement == "inline" and rel.position.after == doc.body[1].id


def test_heading_text_with_a_colon_in_a_sentence_stays_body():
    text = "More from the meeting: residents asked for a public inquiry into the delays, and got one."
    raw = article(between=f"<p>{text}</p>")
    doc = syndicate.parse(raw, url=URL)
    assert text in doc.text() and not doc.related


def test_card_section_labels_are_not_items():
    cards = "".join(
        f"<div class='card'><a href='/section/{s}'>{s}</a><a href='/story-{i}'>{t}</a></div>"
        for i, (s, t) in enumerate([("Transport", "New ferry timetable starts in May"),
                                    ("Weather", "Storm warning for the whole coast tonight")])
    )
    doc = parse(article(after=f"<div class='related-stories'><h3>Related Stories</h3>{cards}</div>"))
    (rel,) = doc.related
    assert [i.title for i in rel.items] == ["New ferry timetable starts in May",
                                            "Storm warning for the whole coast tonight"]
