"""Lead-in lines: a short lead-in and a few links to other stories of the site, nothing after
the last ("Learn More: <a>…</a> and <a>…</a>", "Want to learn more? Check out: <a>…</a>",
"Du willst mehr wissen? Hier entlang: <a>…</a>"), and a WordPress post embed (a quote holding one
story link, wrapped in a figure): each a related block that leaves the body. A sentence of the
text holding links, a sources line and links to another site are none. Pages written for the
project (English, German, French)."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_URL, article_with
from pages import parse_article as parse

A = "/blog/2023/harbour-wall-repairs-cost-guide"
B = "/blog/2023/ferry-timetable-changes-explained"


def _blocks(doc: syndicate.Document) -> list[list[str]]:
    """The items' URL paths of each related block."""
    return [[i.url.split("example.com", 1)[-1] for i in r.items] for r in doc.related]


def test_a_lead_in_with_two_story_links_is_one_block():
    """ "Learn More: <a>…</a> and <a>…</a>" set as a quote between paragraphs."""
    line = (f"<blockquote>\n<p><em><strong>Learn More</strong>: <a href='{A}'>Harbour Wall Repair Costs</a> "
            f"and <a href='{B}'>Ferry Timetable Changes</a></em></p>\n</blockquote>")
    doc = parse(article_with(line))
    assert _blocks(doc) == [[A, B]]
    assert doc.related[0].title == "Learn More"
    assert "Ferry Timetable Changes" not in doc.text()


def test_a_question_and_a_colon_before_one_story_link():
    """A bold question ending "Check out:" before the story's title."""
    line = (f"<p><strong>Want to learn more about harbour walls? Check out: </strong>"
            f"<a href='{A}'><strong>Repairing a Harbour Wall Without Closing the Port</strong></a></p>")
    doc = parse(article_with(line))
    assert _blocks(doc) == [[A]]
    assert "Check out" not in doc.text()


def test_a_german_question_and_a_colon_before_the_link():
    """ "Du willst noch mehr über den Hafen wissen? Hier entlang:" and a headline, under the text."""
    line = (f"<p><span>Du willst noch mehr über den Hafen wissen? Hier entlang: <a href='{A}'>"
            "12 Dinge, die du im Herbst am Hafen tun solltest</a></span></p>")
    assert _blocks(parse(article_with("", "de", line))) == [[A]]


def test_a_french_lead_in_naming_the_invitation():
    """ "Pour d'autres conseils, voir aussi nos guides <a>…</a> et <a>…</a>." """
    line = (f"<p>Pour d'autres conseils, voir aussi nos guides <a href='{A}'>murs du port</a> "
            f"et <a href='{B}'>horaires des ferries</a>.</p>")
    assert _blocks(parse(article_with(line, "fr"))) == [[A, B]]


def test_a_wordpress_post_embed_is_one_story():
    """A post embed: figure > div > blockquote holding the story's link alone."""
    embed = (f"<figure class='wp-block-embed'><div class='wrap'><blockquote><a href='{A}'>"
             "Harbour Wall Repair Costs Explained</a></blockquote></div></figure>")
    assert _blocks(parse(article_with("", after=embed))) == [[A]]


def test_sentences_sources_and_other_sites_are_no_lead_in():
    """A question before one link, a colon before a three-word link, a line of the text
    above the lead-in (a line break), words after the links (a sentence), a sources line, a
    lead-in linking another site, a German sentence going on after its links: the body keeps
    them, no related block."""
    cases = [
        f"<p>Ready to start building? <a href='{A}'>Partner with us for your harbour wall repairs</a>.</p>",
        f"<p>» Save Even More: <a href='{B}'>Ferry Season Discounts</a></p>",
        f"<p><strong>Timeline estimate:</strong> 1 week<br><br><strong>Learn more: </strong><a href='{A}'>"
        "Repairing a Harbour Wall Without Closing the Port</a></p>",
        f"<p>Check out <a href='{A}'>the wall repairs</a> before you plan <a href='{B}'>the ferry trip</a> home.</p>",
        f"<p>Sources: <a href='{A}'>Harbour Wall Repair Costs</a> and <a href='{B}'>Ferry Timetables</a></p>",
        "<p>Learn More: <a href='https://other.org/2023/wall-report'>The Wall Report</a> and "
        "<a href='https://other.org/2023/ferry-report'>The Ferry Report</a></p>",
        f"<p>Mehr dazu: Der Bericht <a href='{A}'>zur Hafenmauer</a> und <a href='{B}'>zum Fahrplan</a> erklärt die Kosten.</p>",
    ]
    for inserted in cases:
        doc = syndicate.parse(_with_menu(article_with(inserted)), url=ARTICLE_URL)
        assert _blocks(doc) == [], inserted


def _with_menu(page: bytes) -> bytes:
    """``page`` with a header menu of the site's sections (the site's own links: another
    host linked twice is then another site, not the site read under another address)."""
    names = ["news", "sport", "culture", "travel", "food", "science", "health", "money", "cars", "weather"]
    menu = " ".join(f"<a href='/{n}/'>{n.title()}</a>" for n in names)
    return page.replace(b"<main>", f"<header><nav>{menu}</nav></header><main>".encode())


def test_a_lead_in_sentence_over_a_run_of_story_lines_leaves_the_body():
    """ "If you're looking for more tips, check out these articles!" over three paragraphs
    that are each one story link: one block, the sentence out of the text with its lines;
    the same in Spanish with a colon."""
    titles = ["Harbour Wall Repair Costs", "Ferry Timetable Changes", "Lighthouse Visits in Winter"]
    stories = [f"/{t.lower().replace(' ', '-')}/" for t in titles]  # (each line names its slug)
    run = "".join(f"<p><a href='{s}'>{t}</a></p>" for s, t in zip(stories, titles, strict=True))
    for lang, lead in (("en", "If you're looking for any more harbour tips, check out these articles!"),
                       ("es", "Si buscas más consejos sobre el puerto, aquí tienes otros artículos:")):
        doc = parse(article_with("", lang, f"<p>{lead}</p>{run}"))
        assert _blocks(doc) == [stories], lang
        assert lead not in doc.text() and "Lighthouse Visits" not in doc.text(), lang
