"""Pointer lines: a line of the text set apart that points the reader to another article of the
site is a related block of one item (the gold's convention 10.10), the line out of the body:
a paragraph that is only its link, the link's words pointing on ("<a>Read our full
review.</a>", "<a>Découvrez notre guide des digues</a>"), a click-counter script in it no part
of its words; a short headline that its address spells out after a lead-in ("Know the
differences: <a>SQL vs NoSQL</a>"); a question label and a link that points on ("Want to skill
up? <a>Explore these … certifications</a>"); a "READ MORE:" prompt labelling a story line.
A sentence of the text holding a link, a pointer to another site, to a product page or to a
file, a card's "Read more" stay as they are. Pages written for the project (English, French,
German)."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_URL, article_with
from pages import parse_article as parse

#: Story paths whose slugs do not spell the links' words (no slug line).
STORY = "/2023/11/02/senior-cover-9912"
STORY_FR = "/2023/10/14/digues-entretien-4471"


def _blocks(doc: syndicate.Document) -> list[tuple[str | None, list[str]]]:
    """(title, the items' URL paths) of each related block."""
    return [(r.title, [i.url.split("example.com", 1)[-1] for i in r.items]) for r in doc.related]


def test_a_line_that_is_only_a_link_pointing_on():
    """"<a>Read our full review.</a>" standing between two paragraphs: one block, the line
    out of the body."""
    line = f"<p><a href='{STORY}'><strong>Read our full review.</strong></a></p>"
    doc = parse(article_with(line))
    assert _blocks(doc) == [(None, [STORY])]
    assert "full review" not in doc.text()


def test_a_french_pointer_line_with_a_click_script():
    """A French pointer line whose paragraph holds a click counter's script before the link:
    the script's text is no word of the line."""
    line = (f"<p><script>function track12() {{ window.dataLayer.push({{'event': 'click'}}) }}</script>"
            f"<a href='{STORY_FR}' onclick='track12()'>Découvrez notre guide de l'entretien des digues.</a></p>")
    doc = parse(article_with(line, "fr"))
    assert _blocks(doc) == [(None, [STORY_FR])]


def test_a_short_headline_its_address_spells():
    """"(Know the differences: <a>SQL vs NoSQL</a>.)": three words, but the slug spells them."""
    line = "<p>(Know the differences: <a href='/blog/learn/sql-vs-nosql.html'>SQL vs NoSQL</a>.)</p>"
    doc = parse(article_with(line))
    assert _blocks(doc) == [("Know the differences", ["/blog/learn/sql-vs-nosql.html"])]


def test_a_question_and_a_link_pointing_on():
    """A German question asking for no "more", then a link whose words point on to a story
    its address names."""
    story = "/ratgeber/kurse-datenanalyse-statistik"
    line = (f"<p>(Wollen Sie sich weiterbilden? <a href='{story}'>Entdecken Sie diese Kurse zur "
            "Datenanalyse und Statistik</a>.)</p>")
    doc = parse(article_with(line, "de"))
    assert [items for _, items in _blocks(doc)] == [[story]]


def test_a_read_more_prompt_labelling_a_story_line():
    """"READ MORE:" in bold before a headline link, a heading between paragraphs, and the
    same in a quote: each one related block (no "read more" call to action)."""
    lines = (f"<h4><em><span><strong>READ MORE: </strong><a href='{STORY}'>Will the harbour wall "
             "survive the next storm?</a></span></em></h4>"
             f"<blockquote><div><span>READ MORE: </span><a href='{STORY_FR}'>Five questions to ask "
             "before repairing a wall</a></div></blockquote>")
    doc = parse(article_with(lines))
    assert sorted(items[0] for _, items in _blocks(doc)) == sorted([STORY, STORY_FR])
    assert [c.kind for c in doc.ctas if c.kind == "read_more"] == []


def test_a_marked_read_more_prompt_before_a_short_title():
    """">> Weiterlesen:" before a three-word title linking a review of the site: one related
    block titled by the prompt."""
    line = "<p><strong>&gt;&gt; Weiterlesen:</strong> <a href='/vpn/wallguard/test/'>WallGuard 2026 Test</a></p>"
    doc = parse(article_with(line, "de"))
    assert _blocks(doc) == [("Weiterlesen", ["/vpn/wallguard/test/"])]


def test_a_read_more_prompt_before_a_sentence_stays():
    """"Read more:" opening a sentence that goes on after its link: no related block."""
    line = (f"<p><strong>Read more:</strong> the council <a href='{STORY}'>published its review</a> "
            "of the harbour wall on Monday and will vote in May.</p>")
    doc = syndicate.parse(_with_menu(article_with(line)), url=ARTICLE_URL)
    assert doc.related == []


def test_guards_sentence_other_site_product_file_short_label():
    """A sentence holding a pointer link, a pointer to another site, to a shop's product page,
    to a PDF, and a pointer line longer than a line: no related block, the text kept."""
    cases = [
        f"<p>The council said it would <a href='{STORY}'>read our full review</a> before the vote.</p>",
        "<p><a href='https://other.org/2023/11/02/harbour-report-77'>Read the full report of the port "
        "authority.</a></p>",
        "<p><a href='/shop/product/wall-anchor-kit'>Learn more about the wall anchor kit.</a></p>",
        "<p><a href='/files/2023/harbour-wall-survey.pdf'>Read our full survey of the wall.</a></p>",
        f"<p><a href='{STORY}'>Read more about how the council, the port authority and the fishermen "
        "of the harbour argued for two years over who pays.</a></p>",
        # a bare "Discover more" names nothing (a button's words); a question before a site page
        # its address does not name
        f"<p><a class='cta' href='{STORY}'>Discover more</a></p>",
        "<p>Want to use the drawings of this post? <a href='/blog/license.htm'>Check out the licence</a>.</p>",
    ]
    for line in cases:
        doc = syndicate.parse(_with_menu(article_with(line)), url=ARTICLE_URL)
        assert doc.related == [], line


def _with_menu(page: bytes) -> bytes:
    """``page`` with a header menu of the site's sections (the site's own links: another
    host linked once is another site)."""
    names = ["news", "sport", "culture", "travel", "food", "science", "health", "money", "cars", "weather"]
    menu = " ".join(f"<a href='/{n}/'>{n.title()}</a>" for n in names)
    return page.replace(b"<main>", f"<header><nav>{menu}</nav></header><main>".encode())
