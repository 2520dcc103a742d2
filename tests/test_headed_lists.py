"""A label line inside the text over a run of links to other stories of the site: one in-text
related block, the label and the lines out of the body, whatever the links' slugs; and what
else such a run is (sources, a table of contents, products, prose citing links) left as text.
Pages written for the project (English, German, French, Finnish)."""

from __future__ import annotations

import pytest

import syndicate
from pages import ARTICLE_PARAS, ARTICLE_URL, article_with
from pages import parse_article as parse
from regionpages import source


def lines(pairs: list[tuple[str, str]], tag: str = "p") -> str:
    return "".join(f"<{tag}><a href='{h}'>{t}</a></{tag}>" for h, t in pairs)


#: Story links whose slugs are too short to name them (one or two words).
SHORT_SLUGS = [
    ("/article/chart/harbours", "Harbour charts: where the fleets of the coast lie up in winter"),
    ("/article/case-study/ferries", "Ferry case studies: three towns that kept their boats running"),
    ("/article/case-study/quays", "Rebuilding quays on a small budget: what the councils learned"),
]


def test_a_related_heading_over_story_lines_is_one_block_at_the_heading():
    """English: an ``h3`` "Related resources" over three paragraphs that are each one story
    link, their slugs one or two words: one block of three items at the heading, and the
    heading leaves the body."""
    raw = article_with("<h3>Related resources</h3>" + lines(SHORT_SLUGS))
    doc = parse(raw)
    assert [(r.title, len(r.items), r.position.placement) for r in doc.related] == [
        ("Related resources", 3, "inline")]
    assert source(raw, doc.related[0].locator).tag == "h3"


def test_a_bold_label_over_a_list_of_guides_is_a_block_at_the_list():
    """English: a bold "Related Resources:" line over a list of three guides, each its link
    and a few words after it: one block at the list; label and list leave the body."""
    entries = "".join(f"<li><a href='{h}'>{t}</a> - a short guide</li>" for h, t in SHORT_SLUGS)
    raw = article_with(f"<p><strong>Related Resources:</strong></p><ul>{entries}</ul>")
    doc = parse(raw)
    assert [(r.title, len(r.items)) for r in doc.related] == [("Related Resources:", 3)]
    assert source(raw, doc.related[0].locator).tag == "ul"


def card(href: str, title: str, summary: str) -> str:
    return (f"<div class='stream'><div class='teaser'><div class='media'><a href='{href}'>"
            f"<img src='/i/{abs(hash(href)) % 97}.jpg' alt=''></a></div>"
            f"<h2 class='teaser-title'><a href='{href}'>{title}</a></h2>"
            f"<div class='meta'>von <a href='/autor/anna-berg'>Anna Berg</a></div>"
            f"<p class='excerpt'>{summary}</p></div></div>")


def test_teaser_cards_under_a_bold_label_are_one_block_each():
    """German: a bold "Lesen Sie mehr" over two teaser cards (picture, headline, author,
    summary with an amount of money in it): one block of one item per card, the author's
    page no item; the label and the summaries leave the body."""
    cards = (card("/hafen/neue-faehre-12345.html", "Neue Fähre für den Hafen",
                  "Die Stadt kauft eine Fähre für 70000€ und setzt sie im Sommer ein.")
             + "<p></p>"
             + card("/hafen/kaimauer-67890.html", "Kaimauer wird saniert",
                    "Die Arbeiten beginnen im Frühjahr und dauern zwei Jahre."))
    raw = article_with(f"<p><strong>Lesen Sie mehr</strong></p><p></p>{cards}", "de")
    doc = parse(raw)
    assert [len(r.items) for r in doc.related] == [1, 1]
    assert [r.items[0].url.rsplit("/", 1)[1] for r in doc.related] == ["neue-faehre-12345.html", "kaimauer-67890.html"]


def test_a_neutral_label_needs_three_headlines_to_article_paths():
    """Finnish, a label in no vocabulary ("Aiheesta muualla"): three lines that are only their
    link, each an article path and a headline, make a block; two do not."""
    stories = [("/uutiset/3-11183605", "Kittilässä ennätyslumet ja Helsingissä lumeton tammikuu"),
               ("/uutiset/3-11214356", "Korkeasaaren karhut heräsivät jo talviunilta"),
               ("/uutiset/3-10595861", "Vuosi toi kylmää kuumaa ja kuivaa säätä")]
    doc = parse(article_with("<p><strong>Aiheesta muualla:</strong></p>" + lines(stories), "fi"))
    assert [len(r.items) for r in doc.related] == [3]
    two = syndicate.parse(article_with("<p><strong>Aiheesta muualla:</strong></p>" + lines(stories[:2]), "fi"),
                          url=ARTICLE_URL)
    assert two.related == []


def test_a_box_opened_inside_a_paragraph_is_a_block_at_the_box():
    """German: a "Weiterlesen" box the parser puts inside the last paragraph, over a list of
    three stories: one block at the box, and its heading is no "read more" call."""
    links = "".join(f"<li><a href='https://news.example.com/{n}/{s}'>{t}</a></li>" for n, s, t in (
        (706309, "experte-preise-steigen", "Experte: Preise werden weiter steigen"),
        (706278, "standort-risiko", "Standort Deutschland – zu großes Risiko?"),
        (706263, "unverbindliches", "Unverbindliches aus dem Rathaus")))
    paras = "".join(f"<p>{t}</p>" for t in ARTICLE_PARAS[:3])
    raw = (f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Wall</title></head><body>"
           f"<main><article><h1>Hafenmauer</h1><div class='text'>{paras}<p>{ARTICLE_PARAS[3]}"
           f"<aside class='box'><div class='box-head'>Weiterlesen</div><ul>{links}</ul></aside></p>"
           f"</div></article></main></body></html>").encode()
    doc = syndicate.parse(raw, url=ARTICLE_URL)
    assert [(r.title, len(r.items)) for r in doc.related] == [("Weiterlesen", 3)]
    assert doc.related[0].locator.endswith("/aside")
    assert not [c for c in doc.ctas if c.kind == "read_more"]


@pytest.mark.parametrize("inserted", [
    # sources: links out of the site
    "<h3>Related reading</h3>" + lines([("https://journal.example.org/a/1", "A study of harbour walls and storms"),
                                        ("https://archive.example.net/b/2", "Storm records of the northern coast"),
                                        ("https://gov.example.org/c/3", "Regional fund rules for coastal towns")]),
    # references by the label, though to pages of the site
    "<h3>Sources and references</h3>" + lines(SHORT_SLUGS),
    # a table of contents: in-page anchors
    "<p><strong>Read more in this article:</strong></p>" + lines([("#vote", "The vote on Tuesday night"),
                                                                  ("#money", "Where the money comes from"),
                                                                  ("#works", "When the works begin")]),
    # products with prices
    "<h3>You may also like</h3>" + lines([("/shop/harbour-map", "Harbour map, framed print – $24.99"),
                                          ("/shop/tide-table", "Tide table 2024 wall calendar – $12.00")]),
    # prose citing links: the link does not open the line, words follow it
    "<h3>More on the harbour</h3>" + "".join(
        f"<p>As the council explained last year in a long statement, <a href='{h}'>{t}</a>, and "
        "residents were asked to comment before the summer.</p>" for h, t in SHORT_SLUGS),
])
def test_what_else_a_run_of_links_under_a_label_is_stays_text(inserted: str):
    """Sources, references, a table of contents, products, prose citing links: no related
    block under the label."""
    doc = syndicate.parse(article_with(inserted), url=ARTICLE_URL)
    assert doc.related == []
