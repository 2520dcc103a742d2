"""A one-link line to another story of the site named by its own caption
(``one_story.captioned_story``, ``read_lines``, the walk's ``heading_line``): under a label
ending in a colon a short title does when the address spells it; a closing fifth-level
heading whose link opens with "Up Next:" is a line; a paragraph whose class says "read more"
and that holds its label and link is a related line, no read-more control."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_PARAS, ARTICLE_URL
from pages import parse_article as parse

SITE = "https://news.example.com"


def page(inserted: str = "", closing: str = "", lang: str = "en") -> bytes:
    p = [f"<p>{t}</p>" for t in ARTICLE_PARAS]
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Wall</title></head><body>"
            f"<main><article><h1>Harbour wall</h1><div class='entry-content'>{p[0]}{p[1]}{inserted}{p[2]}{p[3]}"
            f"{closing}</div></article></main></body></html>").encode()


def one(doc) -> tuple[str | None, list[str]]:
    (rel,) = doc.related
    return rel.title, [i.url.removeprefix(SITE) for i in rel.items]


def test_short_title_under_a_see_also_label_spelt_by_its_address():
    """"See also: <a>Harbour Walls Explained</a>": three words, no headline, but the label
    ends in a colon and the slug spells the title."""
    doc = parse(page("<ul><li><strong>See also: </strong><a href='/guides/harbour-walls-explained'>"
                     "Harbour Walls Explained</a></li></ul>"))
    assert one(doc) == ("See also:", ["/guides/harbour-walls-explained"])
    assert not doc.ctas


def test_short_title_under_a_german_label_spelt_by_its_address():
    doc = parse(page("<ul><li><b>Lesen Sie auch: </b><a href='/ratgeber/hafenmauer-richtig-sanieren'>"
                     "Hafenmauer richtig sanieren</a></li></ul>", lang="de"))
    assert one(doc) == ("Lesen Sie auch:", ["/ratgeber/hafenmauer-richtig-sanieren"])


def test_short_title_needs_the_colon_and_the_spelling():
    """A label with no colon ("See also <a>…</a>") or an address that does not spell the
    short title ("/guides/walls") leaves the line alone."""
    for line in ("<strong>See also </strong><a href='/guides/harbour-walls-explained'>Harbour Walls Explained</a>",
                 "<strong>See also: </strong><a href='/guides/walls'>Harbour Walls Explained</a>"):
        assert not parse(page(f"<ul><li>{line}</li></ul>")).related


def test_closing_fifth_level_heading_opening_with_up_next():
    """A closing box (heading, the next story's title, a blurb) ends in a fifth-level heading
    that is one link, "Up Next: … →" (a label, the title and an arrow in their own
    elements): that line is a related block of one item."""
    closing = ("<div class='text-element'><h2>Up Next</h2><h3>Best harbour walks on the coast</h3>"
               "<p>Our next guide takes you along the finest harbour walks, from short strolls to day-long hikes "
               "along the sea wall, with maps and tips for every season of the year.</p>"
               "<h5 style='text-align: right;'><a href='/guides/best-harbour-walks-on-the-coast'>"
               "<span class='label'><strong>Up Next:</strong></span> <span class='title'><em>Best</em> Harbour "
               "Walks on the Coast</span> <i class='icon'></i>→</a></h5></div>")
    doc = syndicate.parse(page(closing=closing), url=ARTICLE_URL)
    assert [(r.title, [i.url.removeprefix(SITE) for i in r.items]) for r in doc.related] == [
        ("Up Next", ["/guides/best-harbour-walks-on-the-coast"])]


def test_readmore_classed_line_holding_a_headline_is_a_related_line():
    """``<p class="readmore">Read more: <a>…</a></p>``: the line's class says read more, its
    link is another story's headline: a related line, no read-more CTA."""
    doc = parse(page(closing="<p class='readmore'>Read more: <a href='/guides/harbour-wall-repairs'>"
                             "The complete guide to harbour wall repairs »</a></p>"))
    assert one(doc) == ("Read more", ["/guides/harbour-wall-repairs"])
    assert not [c for c in doc.ctas if c.kind == "read_more"]


def test_readmore_classed_line_in_german():
    doc = parse(page(closing="<p class='readmore'>Mehr lesen: <a href='/ratgeber/hafenmauer-sanierung'>"
                             "Der große Ratgeber zur Sanierung der Hafenmauer »</a></p>", lang="de"))
    assert one(doc) == ("Mehr lesen", ["/ratgeber/hafenmauer-sanierung"])
    assert not [c for c in doc.ctas if c.kind == "read_more"]
