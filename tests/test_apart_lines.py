"""Lines of the text set apart as a whole — every word in emphasis, or the line in brackets —
holding one link (the gold's convention 11.4): a pointer to another article of the site is a
related block of one item, an ask after a question is a call to action; both leave the body.
A pointer after a question label, or after a label asking for more and a few words pointing
on, is a related block too. A sentence of the text in bold, a credit or a disclosure in
italics, a prompt written into the link stay as they are. Pages written for the project."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_URL, article_with
from pages import parse_article as parse

#: Story paths whose slugs do not spell the links' words (no slug line).
STORY = "/2023/11/02/senior-cover-9912"
STORY_2 = "/2024/01/18/wall-anchors-5530"


def _blocks(doc: syndicate.Document) -> list[tuple[str | None, list[str]]]:
    """(title, the items' URL paths) of each related block."""
    return [(r.title, [i.url.split("example.com", 1)[-1] for i in r.items]) for r in doc.related]


def test_an_emphasised_line_that_is_only_a_story_link():
    """"<a><strong><em>Click here to read our full review of …</em></strong></a>.": no
    pointer stem opens it and the slug does not spell it, but the line is set apart."""
    line = (f"<p><a href='{STORY}'><strong><em>Click here to read our full review of the "
            "harbour wall</em></strong></a>.</p>")
    doc = parse(article_with(line))
    assert _blocks(doc) == [(None, [STORY])]


def test_a_bracketed_italic_story_line():
    """"(<a><i>Headline</i></a>.)" between two paragraphs: one block."""
    line = f"<p>(<a href='{STORY}'><i>Engineers find one repair that may matter most for old walls</i></a>.)</p>"
    doc = parse(article_with(line))
    assert _blocks(doc) == [(None, [STORY])]


def test_a_question_label_before_a_link_pointing_on():
    """A question with no "more" in it, then a link whose own words point on to a story its
    address does not name."""
    line = (f"<p>Have trouble deciding? <a href='{STORY}'><strong><em>Read our comparison of the "
            "two wall anchors</em></strong></a>.</p>")
    doc = parse(article_with(line))
    assert [items for _, items in _blocks(doc)] == [[STORY]]


def test_a_long_lead_in_ending_in_a_colon_on_an_emphasised_line():
    """A whole line in bold italics: a tip of many words, then "in our latest guide:" and the
    link closing the line."""
    line = (f"<p><strong><em>Pro tip: stone walls last far longer when the joints are kept dry and "
            "the drains are cleared every spring. Learn how to check yours in our latest guide:</em></strong>"
            f"<a href='{STORY}'><strong><em> How to Inspect an Old Harbour Wall</em></strong></a>"
            "<strong><em>.</em></strong></p>")
    doc = parse(article_with(line))
    assert [items for _, items in _blocks(doc)] == [[STORY]]


def test_a_label_asking_for_more_and_a_pointer_tail():
    """"Looking for more …? Check out the list of our <a>…</a>.": the label asks for more and
    the words after it point on."""
    line = (f"<p><strong>Looking for more repair ideas?</strong> Check out the list of our "
            f"<a href='{STORY_2}'>favourite twelve repairs you can do at low tide</a>.</p>")
    doc = parse(article_with(line))
    assert [items for _, items in _blocks(doc)] == [[STORY_2]]


def test_guards_for_story_lines():
    """A prompt and its ask inside an emphasised link, a bold sentence of the text closing
    with a link, an italic source line: no related block, the text kept."""
    cases = [
        f"<p><strong><a href='{STORY}'><em>Ever thought about insuring your wall? Estimate the cost "
        "with our calculator</em></a></strong></p>",
        f"<p><strong>This is the whole idea behind our <a href='{STORY}'>repair series for old "
        "harbour walls</a>.</strong></p>",
        f"<p><em>Source: <a href='{STORY}'>the council's survey of the harbour walls</a></em></p>",
    ]
    for line in cases:
        doc = syndicate.parse(article_with(line), url=ARTICLE_URL)
        assert doc.related == [], line


def test_a_bracketed_italic_ask_linking_a_profile():
    """"[Want more …? <a>Let's hang out on Instagram!</a>]" in italics: a follow CTA, out of
    the body."""
    line = ("<p><em>[Want more wall photos and repair tips? </em><a href='https://www.instagram.com/harbourwalls/'>"
            "<strong><em>Let's hang out on Instagram!</em></strong></a><em>]</em></p>")
    doc = parse(article_with(line))
    assert [c.kind for c in doc.ctas] == ["follow"]


def test_a_bold_question_and_a_link_to_a_product_page():
    """A bold question, then a link to a product page of the site (no article): an `other`
    CTA, though its words name no kind."""
    line = ("<p><strong>Looking for sales leads among builders? </strong><a href='/labs/home'>"
            "<strong>Check out our Builders Database</strong></a></p>")
    doc = parse(article_with(line))
    assert [c.kind for c in doc.ctas] == ["other"]


def test_an_italic_newsletter_ask():
    """An italic question and a sign-up link in a line of words: a newsletter CTA."""
    line = ("<p><em>Love old harbours? Our weekly Harbour Notes newsletter has the best stories, delivered "
            "to your inbox. <a href='https://news.example.com/newsletters/harbour-notes/'>Sign up now</a> "
            "and never miss one.</em></p>")
    doc = parse(article_with(line))
    assert [c.kind for c in doc.ctas] == ["newsletter"]


def test_guards_for_asks():
    """An italic disclosure, an italic picture credit and a plain question in the running
    text, each linking one page: no CTA, the text kept."""
    cases = [
        "<p><em>This post contains affiliate links. Click here to read my full "
        "<a href='/disclosure-policy'>disclosure</a>.</em></p>",
        "<p><em>Photo: <a href='https://photos.example.org/harbour'>Harbour Photo Archive</a></em></p>",
        "<p>Why did the wall fail? The <a href='https://engineers.example.org/report'>engineers' report</a> "
        "blames the winter storms.</p>",
    ]
    for line in cases:
        doc = syndicate.parse(article_with(line), url=ARTICLE_URL)
        assert doc.ctas == [], line
        assert doc.related == [], line
