"""A link that IS a story card, standing loose among its parent's other boxes
(``extract/card_links.py``): a side column's teaser links (picture, kicker, headline), a
theme's previous/next post arrows beside the page's columns. Each is a related block of one
item; a logo, an avatar, a gallery thumbnail, a sponsored card, a menu entry with an icon
are none. Pages written for the project; the article's four paragraphs must stay the body."""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source

#: A side column's other box: topics A-Z, many links to sections (no stories), so the column
#: is too big to be one block and its loose links are read one by one.
OTHER = "<div class='box'><h3>Themen</h3><ul>" + "".join(
    f"<li><a href='/themen/{t}{n}'>{t.title()} {n}</a></li>" for t in ("sport", "kultur", "reise") for n in range(15)
) + "</ul></div>"


def teaser(path: str, kicker: str, headline: str, cls: str = "element") -> str:
    """A teaser card that is one link: a picture box and a text box of kicker and headline."""
    return (f"<a class='{cls}' href='{path}'><div class='img'><img src='/img/{len(path)}.jpg' alt=''>"
            f"</div><div class='info'><p class='kicker'>{kicker}</p><p class='title'>{headline}</p></div></a>")


#: Loose teaser links in a side column beside other boxes, per language.
TEASERS = {
    "de": teaser("/kultur/2024/neues-theater-am-hafen-eroeffnet-1234.html", "Premiere",
                 "Neues Theater am Hafen eröffnet")
    + teaser("/sport/2024/ruderclub-gewinnt-die-meisterschaft-1235.html", "Jubel", "Ruderclub gewinnt die Meisterschaft"),
    "en": teaser("/culture/2024/new-theatre-opens-on-the-quay", "Opening night", "New theatre opens on the quay")
    + teaser("/sport/2024/rowing-club-wins-the-league-title", "Champions", "Rowing club wins the league title"),
}


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_loose_teaser_links_in_a_side_column_are_one_item_each(lang: str):
    """Two card links standing among the column's other boxes: two related blocks of one
    item each, at the links (no list holds them)."""
    raw = page(side=OTHER + TEASERS[lang] + OTHER, lang=lang)
    doc = parse(raw)
    assert sorted(len(r.items) for r in doc.related) == [1, 1]
    assert {source(raw, r.locator).tag for r in doc.related} == {"a"}


def test_previous_and_next_post_arrows_beside_the_columns():
    """A theme's fixed previous/next arrows (icon, headline, thumbnail in spans) standing in
    the page wrapper beside the columns: one block each."""
    arrows = "".join(
        f"<a class='post-nav post-{side}' href='/2024/{slug}/'><span class='icon'></span><span class='info'>"
        f"<span class='title'>{title}</span><span class='thumb'><img src='/t/{side}.jpg' alt=''></span></span></a>"
        for side, slug, title in (("prev", "ferry-timetable-for-the-winter-months", "Ferry timetable for the winter months"),
                                  ("next", "lifeboat-crew-rescues-two-sailors", "Lifeboat crew rescues two sailors")))
    raw = page(top=arrows)
    doc = parse(raw)
    assert sorted([i.title for i in r.items] for r in doc.related) == [
        ["Ferry timetable for the winter months"], ["Lifeboat crew rescues two sailors"]]


@pytest.mark.parametrize("link", [
    # a logo: the home page
    "<a class='logo' href='/'><img src='/logo.png' alt=''><div>Eastmere Daily News and Views</div></a>",
    # an author's avatar and name: an author page
    "<a class='who' href='/author/jane-smith-reporter'><img src='/a.jpg' alt=''><p>Jane Smith, harbour reporter</p></a>",
    # a gallery thumbnail: a picture file
    "<a href='/uploads/2024/05/old-sea-wall-in-the-storm.jpg'><img src='/t.jpg' alt=''>"
    "<div>The old sea wall in the storm</div></a>",
    # a sponsored card: the ad pass's
    "<a class='sponsored' href='/partner/2024/best-ferry-deals-this-summer'><img src='/s.jpg' alt=''>"
    "<div>Best ferry deals this summer season</div></a>",
    # the page itself
    "<a href='/2024/harbour-wall'><img src='/s.jpg' alt=''><div>Harbour wall to be rebuilt soon</div></a>",
    # a picture with a short caption: no headline
    "<a href='/culture/2024/new-theatre-opens-on-the-quay'><img src='/s.jpg' alt=''><div>Theatre</div></a>",
])
def test_a_link_with_a_picture_that_is_no_story_card(link: str):
    assert parse(page(side=OTHER + link + OTHER)).related == []


def test_a_menu_entry_with_an_icon_is_no_card():
    """A header menu's entries with icons and long names: navigation, no stories."""
    menu = ("<nav class='menu'><div class='row'><a href='/guides/2024/how-to-sail-in-winter-weather'><img src='/i.svg' alt=''>"
            "<div>How to sail in winter weather</div></a><span>|</span></div></nav>")
    assert parse(page(header=menu)).related == []


def test_a_list_of_card_links_alone_is_left_to_the_list_tests():
    """A box holding nothing but card links is a list: its parts are not cards one by one."""
    box = "<div class='grid'>" + TEASERS["en"] + "</div>"
    doc = parse(page(side=OTHER + box))
    assert all(source(page(side=OTHER + box), r.locator).tag != "a" for r in doc.related)
