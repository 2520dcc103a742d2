"""The previous/next post beside the article, in the two forms the region walk used to pass
over: a one-entry list (``<ul><li class="previous"><a rel="prev">``) and a link that holds a
whole teaser card, marked as the previous/next post by its class. Each is a related block of
one item; an unmarked card or a link to the site's index is none."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_PARAS, ARTICLE_URL
from pages import parse_article as parse


def page(after: str) -> bytes:
    p = "".join(f"<p>{t}</p>" for t in ARTICLE_PARAS)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour wall</title></head><body>"
        f"<main><article><h1>Harbour wall to be rebuilt</h1><div class='entry-content'>{p}</div></article>"
        f"{after}</main></body></html>"
    ).encode()


def test_one_entry_list_of_the_previous_post_is_a_related_block():
    nav = ("<ul class='default-wp-page'><li class='previous'><a rel='prev' "
           "href='/2024/04/30/ferry-timetable-changes-for-summer/'>&larr; Ferry timetable changes for summer</a></li>"
           "<li class='next'></li></ul>")
    doc = parse(page(nav))
    (rel,) = doc.related
    assert rel.locator.endswith("/ul") and rel.position.placement == "after"
    assert [i.url for i in rel.items] == ["https://news.example.com/2024/04/30/ferry-timetable-changes-for-summer/"]


def test_a_link_holding_the_previous_posts_card_is_a_related_block():
    card = ("<a class='teaser teaser-prev' href='/2024/04/ancien-article-sur-le-port-de-peche/'>"
            "<div class='teaser-arrow'></div><article><img src='/img/port.jpg' alt=''>"
            "<h3>Ancien article sur le port de pêche</h3></article></a>")
    doc = parse(page(card))
    (rel,) = doc.related
    assert rel.locator.endswith("/main/a")
    assert [(i.title, i.image) for i in rel.items] == [
        ("Ancien article sur le port de pêche", "https://news.example.com/img/port.jpg")]


def test_an_unmarked_card_link_or_a_link_to_the_index_is_none():
    card = ("<a class='teaser' href='/2024/04/ancien-article-sur-le-port-de-peche/'>"
            "<article><h3>Ancien article sur le port de pêche</h3></article></a>")
    assert syndicate.parse(page(card), url=ARTICLE_URL).related == []
    nav = "<ul class='pager'><li class='previous'><a rel='prev' href='/2024/'>&larr; All stories of 2024</a></li></ul>"
    assert syndicate.parse(page(nav), url=ARTICLE_URL).related == []


def test_previous_post_at_a_numeric_permalink_is_found_by_its_rel():
    nav = ("<ul class='default-wp-page'><li class='previous'><a rel='prev' href='https://news.example.com/1899'>"
           "&larr; [Exclusif] Le montage du port pour attirer des navires</a></li><li class='next'></li></ul>")
    (rel,) = parse(page(nav)).related
    assert [i.url for i in rel.items] == ["https://news.example.com/1899"]
    unmarked = nav.replace(" rel='prev'", "")
    assert syndicate.parse(page(unmarked), url=ARTICLE_URL).related == []
