"""A related box titled by a first line that links its section ("Mehr aus Hafenberg" linking
the local pages; a "More" button beside an ``<h4>`` "Harbour TV" linking the video page) is
read by that title before it is judged: its cards are stories under a related heading.
Small pages written for the project, in German and English.
"""

from __future__ import annotations

import lxml.html

from regionpages import page, parse, source
from syndicate.extract.linked_titles import linked_title

HOSTS = frozenset({"news.example.org"})


def _card(kicker: str, title: str, slug: str) -> str:
    """A teaser card: an image link, its kicker, its headline link, its time."""
    url = f"/lokales/hafenberg/{slug}"
    return (f"<div class='teaser-item'><div class='teaser'><div class='teaser-image'>"
            f"<a href='{url}'><img src='/img/{slug}.jpg' alt=''></a></div>"
            f"<div class='teaser-kicker'>{kicker}</div><a class='teaser-link' href='{url}'><h3>{title}</h3></a>"
            f"<span class='teaser-time'>17:42 Uhr</span></div></div>")


def _more_from(head: str) -> str:
    cards = "".join((_card("St. Lorenz", "Kultkneipe am Priwall schließt nach vielen Jahren", "kneipe-schliesst"),
                     _card("Rathaus", "Neuer Belag für die Arkaden am Markt wird teuer", "arkaden-belag"),
                     _card("Feuerwehr", "Auto brennt in der Nacht bei einem Händler aus", "auto-brennt")))
    return (f"<div class='morefor row'><div class='morefor-blockhead row'><div class='morefor-blockhead-top'>"
            f"{head}</div></div><div class='teaser-row row'>{cards}</div></div>")


SECTION_HEAD = "<a href='/lokales/hafenberg' class='morefor-blockhead-top-headline'>Mehr aus Hafenberg</a>"


def test_a_box_titled_by_its_section_link_is_related():
    """German: "Mehr aus Hafenberg" links the local section over three teaser cards (each
    with a kicker): a related block of three, titled by that line (not by a kicker)."""
    raw = page(side=_more_from(SECTION_HEAD), lang="de")
    doc = parse(raw)
    found = [r for r in doc.related if "morefor" in (source(raw, r.locator).get("class") or "")]
    assert len(found) == 1
    assert found[0].title == "Mehr aus Hafenberg"
    assert len(found[0].items) == 3


def test_a_plain_section_line_is_no_title():
    """German: the same box whose first line is plain text of a sentence linking the section
    (no heading): the line names nothing, the cards are not read under it."""
    head = "<p><a href='/lokales/hafenberg'>Mehr aus Hafenberg</a></p>"
    box = lxml.html.fromstring(_more_from(head))
    assert linked_title(box, HOSTS) is None
    assert linked_title(lxml.html.fromstring(_more_from(SECTION_HEAD)), HOSTS) is not None


def _video_box() -> str:
    return ("<div class='box'><div class='heading'><a href='/harbour-tv' class='btn'><strong>More</strong></a>"
            "<span class='icon-play'></span><h4>Harbour TV</h4></div><div class='content'>"
            "<div class='video-holder'><a class='lightbox' href='/videos/new-sea-wall-explained-1234.html'>"
            "<img src='/img/wall.jpg' alt='The new sea wall explained'></a></div>"
            "<a class='description' href='/videos/new-sea-wall-explained-1234.html'><h5>The new sea wall "
            "explained in three minutes</h5><p>Our reporter walks the quay with the engineer in charge.</p></a>"
            "</div></div>")


def test_a_more_button_beside_the_heading_names_the_box():
    """English: a side box whose heading line is a "More" button to the video page beside
    ``<h4>Harbour TV</h4>``, over one video teaser: a related block of one, named by the
    heading."""
    raw = page(side=_video_box(), lang="en")
    doc = parse(raw)
    found = [r for r in doc.related if source(raw, r.locator).get("class") == "box"]
    assert len(found) == 1
    assert found[0].title == "Harbour TV"
    assert [i.url for i in found[0].items] == ["https://news.example.org/videos/new-sea-wall-explained-1234.html"]


def test_a_line_linking_a_story_is_no_title():
    """English: a first line whose link goes to a story (a card's headline) is no title."""
    box = lxml.html.fromstring(
        "<div><h3><a href='/region/2024/harbour-wall-repair-begins-in-spring'>More on the wall</a></h3>"
        "<ul><li><a href='/region/2024/ferry-stops'>Ferry stops for two weekends</a></li>"
        "<li><a href='/region/2024/mayor-promises'>Mayor promises quick work</a></li></ul></div>")
    assert linked_title(box, HOSTS) is None
