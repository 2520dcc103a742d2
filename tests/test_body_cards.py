"""A story card the body took in (``extract/body_cards.py``): a box among the article's
blocks, or just after them, showing one other article of the site — a bookmark card whose
one link wraps title, excerpt and thumbnail, an info box of headline, picture and "Read the
article" button, a headed box of one card. Each is a related block of one item and leaves
the body; a figure of the text and a box whose link stands in a sentence are none. Pages
written for the project."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_PARAS, ARTICLE_URL, article_with
from pages import parse_article as parse

STORY = "https://news.example.com/2024/ferry-timetable-changes-for-the-winter"


def only_related(doc: syndicate.Document) -> list[tuple[str | None, list[str | None]]]:
    return [(r.title, [i.url for i in r.items]) for r in doc.related]


def test_bookmark_card_between_paragraphs():
    """A ``<figure>`` whose one link wraps a story's title, excerpt, byline and thumbnail
    (the body read it as a picture): one related block, the story, out of the body."""
    card = (f"<figure class='kg-card kg-bookmark-card'><a class='kg-bookmark-container' href='{STORY}'>"
            "<div class='kg-bookmark-content'><div class='kg-bookmark-title'>Ferry timetable changes for the"
            " winter</div><div class='kg-bookmark-description'>The crossing will run every two hours from"
            " November, the operator said.</div><div class='kg-bookmark-metadata'><img src='/icon.png' alt=''>"
            "<span>Harbour News</span></div></div><div class='kg-bookmark-thumbnail'><img src='/ferry.jpg'"
            " alt=''></div></a></figure>")
    doc = parse(article_with(card))
    assert only_related(doc) == [(None, [STORY])]
    assert doc.related[0].items[0].title == "Ferry timetable changes for the winter"


def test_info_box_with_a_read_button_after_its_kicker():
    """A box of headline, "Read the article" button and picture after the text, under a
    "What to read next" heading: one related block titled by the heading; the heading and
    the picture leave the body."""
    box = ("<h3>What to read next...</h3><section class='info-block'><aside><h4>Ferry timetable changes"
           f" for the winter</h4><a class='cta-button' href='{STORY}'>Read the article</a></aside>"
           "<img src='/ferry.jpg' alt='The ferry at the quay'></section>")
    doc = parse(article_with("", after=box))
    assert only_related(doc) == [("What to read next...", [STORY])]
    assert doc.related[0].items[0].title == "Ferry timetable changes for the winter"


def test_headed_box_of_one_card_in_german():
    """"Mehr zum Thema" over one card (linked picture, linked headline, excerpt, a date, two
    script buttons) after the text: one block, its heading the box's."""
    box = ("<div class='more'><h3>Mehr zum Thema</h3><div class='card'><div class='card-img'>"
           f"<a href='{STORY}'><img src='/faehre.jpg' alt=''></a></div><div class='card-body'>"
           f"<a class='card-title' href='{STORY}'>Neuer Fahrplan für die Fähre im Winter</a>"
           "<p>Die Fähre fährt ab November nur noch alle zwei Stunden.</p><div class='date'>01.09.2024</div>"
           "<a href='#'>3</a><a href='#'>0</a></div></div></div>")
    doc = parse(article_with("", lang="de", after=box))
    assert only_related(doc) == [("Mehr zum Thema", [STORY])]


def test_a_figure_of_the_text_linking_a_story_stays():
    """A picture of the text linking another story, with its caption: a figure, no card."""
    fig = (f"<figure><a href='{STORY}'><img src='/wall.jpg' alt=''></a><figcaption>The old wall in"
           " 2019, before the storms damaged it</figcaption></figure>")
    doc = syndicate.parse(article_with(fig), url=ARTICLE_URL)
    assert doc.related == []
    assert any(b.type in ("image", "figure") for b in doc.body)


def test_a_figure_whose_caption_links_a_story_stays():
    """A picture of the text whose caption is a story's headline linking it: a figure."""
    fig = ("<figure><img src='/wall.jpg' alt=''><figcaption><p><a href='" + STORY + "'>Ferry timetable"
           " changes for the winter</a></p></figcaption></figure>")
    doc = syndicate.parse(article_with(fig), url=ARTICLE_URL)
    assert doc.related == []


def test_a_box_whose_link_stands_in_a_sentence_stays():
    """A note box with a picture whose one story link is part of a sentence: text."""
    note = (f"<div class='note'><img src='/wall.jpg' alt=''><p>The <a href='{STORY}'>ferry timetable"
            " changes for the winter</a> were announced by the operator on Friday.</p></div>")
    doc = syndicate.parse(article_with(note), url=ARTICLE_URL)
    assert doc.related == []
    assert "announced by the operator" in doc.text()


def test_body_unchanged_without_a_card():
    """The article alone: no related block, the four paragraphs."""
    doc = parse(article_with(""))
    assert doc.related == [] and doc.text().split("\n") == ARTICLE_PARAS
