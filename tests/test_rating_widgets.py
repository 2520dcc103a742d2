"""Rating widgets at the end of the article (``rating_widgets``), on small pages written for
the project in German and English: a short question followed by answers that are no
controls (two words side by side, five empty star icons) is a CTA ``other``, and its question
leaves the body (``parse_article`` checks the body is the article's four paragraphs); a
question followed by links to pages, or by long answers, is none."""

from __future__ import annotations

from pages import parse_article as parse
from regionpages import page, source

JA_NEIN = ("<div id='was-this-helpful'><div id='wthf-title'>War dieser Artikel hilfreich?</div>"
           "<div id='wthf-yes-no'><span data-value='1'>Ja</span><span data-value='0'>Nein</span></div></div>")
STARS = ("<div class='rate-box'><p><strong>Was this article helpful?</strong></p><div class='stars'>"
         + "".join(f"<i data-id='{n}'></i>" for n in range(1, 6)) + "</div><span>4.8 / 5</span></div>")


def test_yes_no_widget_without_controls_is_a_cta():
    raw = page(after=JA_NEIN, lang="de")
    (cta,) = parse(raw).ctas
    assert cta.kind == "other" and source(raw, cta.locator).get("id") == "was-this-helpful"


def test_star_rating_at_the_end_of_the_text_leaves_the_body():
    raw = page(between="", after="", lang="en").replace(b"</div></article>", STARS.encode() + b"</div></article>")
    (cta,) = parse(raw).ctas
    assert cta.kind == "other" and source(raw, cta.locator).get("class") == "rate-box"


def test_a_question_over_links_to_pages_is_no_rating():
    box = ("<div class='more'><p>Want to know more about the coast?</p><div class='picks'>"
           "<a href='/tides'>Tides</a><a href='/storms'>Storms</a></div></div>")
    assert not any(c.kind == "other" for c in parse(page(after=box)).ctas)


def test_a_question_with_long_answers_is_no_rating():
    box = ("<div class='quiz'><p>Which wall was older?</p><div class='answers'>"
           "<span>The northern harbour wall</span><span>The southern breakwater</span></div></div>")
    assert not any(c.kind == "other" for c in parse(page(after=box)).ctas)
