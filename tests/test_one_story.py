"""A region holding one link to another story, named by its own caption or the heading before
it (``extract/one_story.py``): "Nächster Eintrag" over the next post, a "See also:" label
leading a link, an arrow icon titled with the headline beside "weitere Artikel". Pages written
for the project; the article's four paragraphs must stay the body (``parse_article``)."""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source

#: A side column's other box (links to sections, no stories): the captioned box is judged alone.
OTHER = "<ul class='sections'><li><a href='/sport'>Sport</a></li><li><a href='/kultur'>Kultur</a></li></ul>"

#: A caption of its own leading one story link, per language.
CAPTIONED = {
    "de": "<div class='kasten'><b>Nächster Eintrag</b><br><a href='/aktuelles/2024/neue-wache-am-hafen-eroeffnet'>"
          "Neue Wache am Hafen eröffnet</a></div>",
    "en": "<div class='box'><span class='label'>See also:</span> <a href='/2024/ferry-timetable-for-the-winter'>"
          "Ferry timetable for the winter months</a></div>",
    "fr": "<div class='encadre'><strong>Article suivant</strong> <a href='/2024/le-vieux-quai-du-port-renove'>"
          "Le vieux quai du port sera rénové</a></div>",
}


@pytest.mark.parametrize("lang", sorted(CAPTIONED))
def test_a_caption_leading_one_story_link_is_a_related_block(lang: str):
    """One link to another article of the site led by a caption saying next or "See also":
    a related block of one item titled by the caption."""
    raw = page(side=CAPTIONED[lang] + OTHER, lang=lang)
    doc = parse(raw)
    assert [len(r.items) for r in doc.related] == [1]
    assert source(raw, doc.related[0].locator).get("class") in ("kasten", "box", "encadre")
    assert doc.related[0].title in ("Nächster Eintrag", "See also", "Article suivant")


def test_an_arrow_icon_titled_with_the_headline_beside_its_caption():
    """An icon link with no text, its ``title`` the story's headline, beside "weitere Artikel":
    one item titled by the link's title."""
    box = ("<div class='weiter'><span>weitere Artikel</span><a class='pfeil' title='Neue Wache am Hafen eröffnet'"
           " href='/nachrichten/2024/neue-wache-am-hafen-eroeffnet'><span class='icon'></span></a></div>")
    doc = parse(page(below=box, lang="de"))
    assert [[i.title for i in r.items] for r in doc.related] == [["Neue Wache am Hafen eröffnet"]]


def test_a_next_article_heading_before_a_preview_box():
    """A heading "Nächster Artikel" standing just before a box of one link ("Diesen Artikel
    lesen", titled with the headline): the box is the post's neighbour."""
    box = ("<h4>Nächster Artikel</h4><section class='preview'><a href='/2024/neue-wache-am-hafen-eroeffnet/index.html'"
           " title='Neue Wache am Hafen eröffnet'>Diesen Artikel lesen</a></section>")
    raw = page(below=box, lang="de")
    doc = parse(raw)
    assert [len(r.items) for r in doc.related] == [1]
    assert source(raw, doc.related[0].locator).get("class") == "preview"


@pytest.mark.parametrize("box", [
    # a sentence around a link (text after it)
    "<div class='note'><p>You must <a href='/2024/how-to-log-in-to-the-harbour-site'>log in to the site</a>"
    " to post a comment.</p></div>",
    # a prompt asking something: a CTA band, no related caption
    "<div class='band'><h2>Ready to read more?</h2><p>Need help picking a route? "
    "<a href='/2024/guides/how-to-choose-the-right-ferry-route'>Learn how to choose the right route</a></p></div>",
    # the link inside the caption's heading: a section's name
    "<div class='more'><h2>More from <a href='/columns/harbour-life-and-times'>Harbour life and times</a></h2></div>",
])
def test_a_lone_link_whose_caption_names_no_story_is_no_related_block(box: str):
    assert parse(page(side=box + OTHER)).related == []


def test_a_related_caption_in_the_footer_is_a_menu_column():
    """A footer column "Beginners guides" over one link: a menu, not a related block (there
    only a previous/next caption names a story)."""
    col = ("<div class='col'><div class='title'>Beginners guides</div>"
           "<a href='/running-for-weight-loss-and-health'>Running for weight loss and health</a></div>")
    assert parse(page(footer=col)).related == []
