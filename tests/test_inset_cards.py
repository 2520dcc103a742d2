"""Inset story cards between the article's paragraphs: a box showing another story of the site,
its picture and headline linking the story, with what a plain one-link card may not hold — a
teaser text, a small section label, an "embed" class, a short headline. Each is a related block
of one item, the story's. And what such a box can be besides: a picture's caption, an author
box, a player, a note with no picture. Pages written for the project (English, German, French);
a card kept as a related block must leave the body (``parse_article``)."""

from __future__ import annotations

import pytest

import syndicate
from pages import ARTICLE_URL, article_with
from pages import parse_article as parse

STORY = "/2023/11/02/ferry-crews-train-for-the-winter-storms"


def _one_story(doc: syndicate.Document, url_end: str) -> None:
    """``doc`` has one related block, inline, holding the one story ending ``url_end``."""
    assert [(r.position.placement, [i.url.rsplit("/", 1)[-1] for i in r.items]) for r in doc.related] == [
        ("inline", [url_end.rsplit("/", 1)[-1]])]


def test_a_card_with_a_section_label_is_one_story():
    """Picture and headline link the story; a small label above links the story's section
    (a second target): the card shows one story, the label is no item."""
    card = (f"<div class='bucketwrap internallink'><div class='bucket img'><a href='{STORY}'>"
            "<img src='/i/ferry.jpg' alt=''></a><div class='bucketblock'>"
            "<h3 class='slug'><a href='/sections/harbour'>Harbour</a></h3>"
            f"<h3><a href='{STORY}'>Ferry crews train for the winter storms</a></h3></div></div></div>")
    _one_story(parse(article_with(card)), STORY)


def test_a_story_filed_under_a_listing_word_but_named_by_its_slug():
    """The site files the story under "sections" (a listing word: no article path by itself),
    but its slug spells the headline: still the card's story."""
    story = "/sections/harbour/2023/11/02/71975/ferry-crews-train-for-the-winter-storms"
    card = (f"<div class='inset'><a href='{story}'><img src='/i/ferry.jpg' alt=''></a>"
            "<h3><a href='/sections/harbour/'>Harbour</a></h3>"
            f"<h3><a href='{story}'>Ferry crews train for the winter storms</a></h3></div>")
    _one_story(parse(article_with(card)), story)


def test_an_embedded_teaser_with_its_summary_is_one_story():
    """A German "embed" teaser: caption, a three-word headline, the picture, a summary longer
    than its links (a plain card would be mostly link). No player in it: a story teaser."""
    story = "/lokales/neue-faehre-fuer-den-hafen;art4886,20721"
    card = (f"<aside class='embed-article'><h3><a href='{story}'>Lesen Sie auch</a></h3>"
            f"<h2 class='headline'><a href='{story}'>Neue Fähre bestellt</a></h2>"
            f"<figure class='thumbnail'><a href='{story}'><img src='/i/faehre.jpg' alt='Fähre'></a></figure>"
            "<p class='description'>Die Stadt hat eine neue Fähre bestellt. Sie soll im Frühjahr fahren "
            "und doppelt so viele Fahrgäste befördern wie das alte Schiff, das seit dreißig Jahren im "
            "Dienst ist.</p></aside>")
    _one_story(parse(article_with(card, "de")), story)


def test_a_whole_card_link_with_a_long_summary_is_one_story():
    """A French card that is one link around picture, section, headline and a summary of more
    than a plain card's text: the picture inside the story's link makes it a card."""
    story = "/port/le-vieux-quai-sera-renove-cet-hiver-333.html"
    summary = ("La ville a voté le budget des travaux du vieux quai, fermé depuis les tempêtes. "
               "Les entreprises commenceront en décembre et le chantier durera six mois, selon "
               "la mairie, qui promet de garder un passage ouvert aux piétons pendant toute la "
               "durée des travaux et de rouvrir le marché du dimanche au printemps.")
    card = (f"<div class='row postinclude'><div class='col'><a href='{story}'>"
            "<div class='category'>Port</div><div class='teaser-image'><img src='/i/quai.jpg' alt=''></div>"
            "<div class='header'><span class='topline'>Travaux</span>"
            "<h3 class='title'>Le vieux quai sera rénové cet hiver</h3></div>"
            f"<div class='body'><p>{summary}</p></div></a></div></div>")
    _one_story(parse(article_with(card, "fr")), story)


@pytest.mark.parametrize("box", [
    # a picture whose caption sentence links a story: a caption, no headline
    f"<figure class='wp-block-image'><a href='{STORY}'><img src='/i/ferry.jpg' alt=''></a>"
    f"<figcaption>The crews at work, from our story on <a href='{STORY}'>winter storm training</a>"
    "</figcaption></figure>",
    # an author box: the picture and name link the author's page
    "<div class='about-writer'><a class='byline' href='/bio/jane-doe'><img src='/i/jane.jpg' alt=''>"
    "<span>By Jane Doe Smith</span></a><p>Jane has covered the harbour and its ferries for the paper "
    "since 2009, and before that wrote about the city council for ten years.</p></div>",
    # a headline and summary with no picture: a note in the text, no card
    f"<div class='note'><h3><a href='{STORY}'>Ferry crews train for the winter storms</a></h3><p>The "
    "crews spent the week practising rescues in rough water off the old pier, watched by a crowd of "
    "residents who had come to see the new boats.</p></div>",
])
def test_what_else_a_box_with_a_story_link_is(box: str):
    """A caption, an author box, a note without a picture: no related block."""
    assert syndicate.parse(article_with(box), url=ARTICLE_URL).related == []


def _card_of(html: str) -> str | None:
    """``inset_cards.inset_card`` of the box ``html`` on a page of news.example.com."""
    from lxml import html as lxml_html

    from syndicate.extract.chrome_util import norm, text_content
    from syndicate.extract.inset_cards import inset_card

    el = lxml_html.fragment_fromstring(html)
    links = [a for a in el.iter("a") if a.get("href")]
    titles = [norm(text_content(a)) for a in links]
    return inset_card(el, links, titles, len(norm(text_content(el))), frozenset({"news.example.com"}),
                      ARTICLE_URL)


def test_the_card_test_names_the_story_shown_with_its_picture():
    """Picture and headline linking one story, a section label beside them: that story."""
    assert _card_of(f"<div><a href='{STORY}'><img src='/i/f.jpg'></a><a href='/harbour'>Harbour</a>"
                    f"<h3><a href='{STORY}'>Ferry crews train for the winter storms</a></h3></div>") == STORY


@pytest.mark.parametrize("box", [
    # the story's link is part of a caption's sentence: no headline
    f"<figure><a href='{STORY}'><img src='/i/f.jpg'></a><figcaption>Crews at work, from "
    f"<a href='{STORY}'>our winter storm training story</a></figcaption></figure>",
    # a byline: the picture and the name link the author's page
    "<div><a class='byline' href='/bio/jane-doe-smith'><img src='/i/j.jpg'><span>By Jane Doe Smith"
    "</span></a></div>",
    # no picture linking the story
    f"<div><h3><a href='{STORY}'>Ferry crews train for the winter storms</a></h3><p>A week at sea.</p></div>",
    # a second story beside it
    f"<div><a href='{STORY}'><img src='/i/f.jpg'></a><h3><a href='{STORY}'>Ferry crews train for "
    "the winter storms</a></h3><a href='/2023/11/03/new-ferry-arrives-at-the-pier'>New ferry arrives at "
    "the pier</a></div>",
])
def test_the_card_test_turns_away(box: str):
    """A caption, a byline, a headline with no picture, two stories: no inset card."""
    assert _card_of(box) is None
