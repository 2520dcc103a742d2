"""Story links standing as their own paragraph, named by their target's slug (no label, no
capitals), and what else such a line can be: a file, a caption, a promo box, a list of the
site's service pages, the page itself. Pages written for the project (English, German,
French, Spanish); a line kept as a related block must leave the body (``parse_article``)."""

from __future__ import annotations

import pytest

import syndicate
from pages import ARTICLE_URL, article_with
from pages import parse_article as parse
from regionpages import source

#: One story line per language: the link's words are its slug's (a German umlaut spelt out).
STORY_LINES = {
    "en": "<p><a href='/2024/05/ferry-returns-to-the-old-pier'>Ferry returns to the old pier</a></p>",
    "de": "<p><a href='/lokales/neue-faehre-fuer-den-hafen-123456.html'>Neue Fähre für den Hafen</a></p>",
    "fr": "<p><a href='/2024/le-vieux-quai-sera-renove'>Le vieux quai sera rénové</a></p>",
}


@pytest.mark.parametrize("lang", sorted(STORY_LINES))
def test_a_line_naming_its_targets_slug_is_a_related_line(lang: str):
    """A paragraph that is only a link whose words are its target's slug: a related block of
    one item among the paragraphs, though in lower case and under no label."""
    doc = parse(article_with(STORY_LINES[lang], lang))
    assert [(len(r.items), r.position.placement) for r in doc.related] == [(1, "inline")]


def test_a_line_whose_text_is_not_its_slug_stays_text():
    """The link's words are not its target's ("Photos from the day" to a ferry story): no
    story line (no label, no capitals either)."""
    line = "<p><a href='/2024/05/ferry-returns-to-the-old-pier'>Photos from the whole day</a></p>"
    assert syndicate.parse(article_with(line), url=ARTICLE_URL).related == []


@pytest.mark.parametrize("line", [
    # a report as a file
    "<p><a href='/2024/05/ferry-returns-to-the-old-pier.pdf'>Ferry returns to the old pier</a></p>",
    # a picture's caption (the picture just above links the same page)
    "<div class='pic'><a href='/venues/the-old-pier-hall'><img src='/i/hall.jpg' alt=''></a></div>"
    "<p><small><a href='/venues/the-old-pier-hall'>The Old Pier Hall</a></small></p>",
    "<figure><img src='/i/pier.jpg' alt=''><figcaption><p><a href='/2024/ferry-returns-to-the-old-pier'>"
    "Ferry returns to the old pier</a></p></figcaption></figure>",
    # a promo in a coloured box of its own
    "<p class='has-white-color has-background'><a href='/tools/harbour-fee-calculator'>"
    "Work out your fee with our harbour fee calculator</a></p>",
    "<div style='background:#fec'><p><a href='/tools/harbour-fee-calculator'>Harbour fee calculator"
    "</a></p></div>",
])
def test_a_named_link_that_is_no_story_line(line: str):
    """A file, a caption, a promo box: no related block, the line
    is left."""
    assert syndicate.parse(article_with(line), url=ARTICLE_URL).related == []


def test_a_run_of_lines_to_another_section_is_no_story_list():
    """Spanish: three lines in a row, each a named link to a page of another section of the
    site (services, where the article is a news story): no related block."""
    run = "".join(f"<p><a href='/servicios/{s}'>{t}</a></p>" for s, t in (
        ("reparacion-de-muelles-y-diques", "Reparación de muelles y diques"),
        ("alquiler-de-amarres-por-temporada", "Alquiler de amarres por temporada"),
        ("limpieza-de-cascos-de-barcos", "Limpieza de cascos de barcos")))
    assert syndicate.parse(article_with(run, "es"), url=ARTICLE_URL).related == []


def test_a_headed_run_of_story_lines_is_one_block_at_its_heading():
    """English: a heading and three story lines under it, one of them not named by its
    slug: one related block of three items, standing at the heading and titled by it."""
    run = ("<h3>More from the harbour</h3>"
           "<p><a href='/2024/ferry-returns-to-the-old-pier'>Ferry returns to the old pier</a></p>"
           "<p><a href='/2024/fishing-fleet-sets-out-early'>Fishing fleet sets out early</a></p>"
           "<p><a href='/2024/quay-lights-repaired'>The lights are back on</a></p>")
    raw = article_with(run)
    doc = parse(raw)
    assert [(len(r.items), r.title) for r in doc.related] == [(3, "More from the harbour")]
    assert source(raw, doc.related[0].locator).tag == "h3"


def test_a_named_link_to_a_file_is_no_story_line_of_itself():
    """The line's own test (not the later guards on related blocks): a link to a PDF whose
    name is the headline is no story line; the same words to a page are."""
    import lxml.html

    from syndicate.extract.slug_lines import slug_line

    for href, want in (("/2024/05/ferry-returns-to-the-old-pier.pdf", False),
                       ("/2024/05/ferry-returns-to-the-old-pier.html", True)):
        p = lxml.html.fromstring(f"<div><p>Text.</p><p><a href='{href}'>Ferry returns to the old pier</a></p></div>")[1]
        assert slug_line(p, "Ferry returns to the old pier", href, ARTICLE_URL) is want
