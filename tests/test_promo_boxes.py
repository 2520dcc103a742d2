"""Announcement bars above the article (``promo_boxes.top_bar``), on small pages written for
the project in English and German: a strip named as a bar, before the body, with one
sentence and one link to an offer page, is a CTA ``other``; the same strip below the body,
one linking a story (breaking news) or one without a bar's name (a header's motto) is none.
"""

from __future__ import annotations

from pages import parse_article as parse
from regionpages import page, source

EN_BAR = ("<div class='announcement-bar'><p>Tired of losing recipes? Save your favourites "
          "<a href='/account/register'>Join for free</a></p></div>")
DE_BAR = ("<div id='top-promo'><a href='https://laden.example.de/winter'>"
          "<strong>Winterschlussverkauf:</strong> <span>bis zu 40 % auf alle Jacken</span></a></div>")


def test_announcement_bar_above_the_article_is_an_offer():
    raw = page(header=EN_BAR)
    (cta,) = parse(raw).ctas
    assert cta.kind == "other" and source(raw, cta.locator).get("class") == "announcement-bar"


def test_promo_strip_on_top_of_a_german_page():
    raw = page(top="", header=DE_BAR, lang="de")
    (cta,) = parse(raw).ctas
    assert cta.kind == "other" and source(raw, cta.locator).get("id") == "top-promo"


def test_the_same_strip_below_the_body_is_none():
    assert parse(page(footer=EN_BAR)).ctas == []


def test_a_bar_linking_a_story_is_breaking_news():
    bar = ("<div class='announcement-bar'><p>Breaking: storm closes the harbour road "
           "<a href='/news/storm-closes-harbour-road'>Read the latest</a></p></div>")
    assert parse(page(header=bar)).ctas == []


def test_a_header_line_without_a_bar_name_is_none():
    motto = ("<div class='site-header__branding'><a href='/report/'>The Report by Harbour News</a>"
             " Your source for the latest news from the coast</div>")
    assert parse(page(header=motto)).ctas == []
