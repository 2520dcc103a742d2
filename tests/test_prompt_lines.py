"""A found action whose box holds only one more part, the short line asking for it: the CTA is
the box, and the line leaves the body with it (a button under "Need more help?", a Share
button under its caption, a comment section under the comment policy line). A long
paragraph beside a button is text, and stays. Pages written for the project (English, German)."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_PARAS, ARTICLE_URL, article_with
from pages import parse_article as parse

BOX = "/html/body/main/article/div/div"


def _ctas(doc: syndicate.Document) -> list[tuple[str, str, str]]:
    return [(c.kind, c.locator, c.position.placement) for c in doc.ctas]


def test_a_prompt_over_a_quote_button_leaves_the_body():
    box = ("<div class='plan-box'><div class='plan-box__text'>Need more help? Build your move plan.</div>"
           "<a class='plan-box__button' href='/moving-cost-calculator/'>Get Quote</a></div>")
    assert _ctas(parse(article_with(box))) == [("other", BOX, "inline")]


def test_a_german_caption_over_a_share_button_leaves_the_body():
    box = ("<div class='teilen-box'><div class='vorwort'><p class='cta-caption'>Danke fürs Lesen! Dieser "
           "Beitrag ist öffentlich, teile ihn gern.</p></div><p class='button-wrapper'><a class='button primary' "
           f"href='{ARTICLE_URL}?action=share'>Teilen</a></p></div>")
    assert _ctas(parse(article_with("", "de", box))) == [("share", BOX, "after")]


def test_a_comment_policy_line_over_the_comments_leaves_the_body():
    box = ("<div class='discussion'><div class='policy'><p>Thank you for being part of our community. Read "
           "our <a href='/comment-policy'>Comment Policy</a> before posting.</p></div>"
           "<div id='comments-section' class='comments'></div></div>")
    assert _ctas(parse(article_with("", "en", box))) == [("comments", BOX, "after")]


def test_a_long_paragraph_beside_a_button_stays_text():
    """Over thirty words: a paragraph of the text with a button under it, not a prompt."""
    para = ("The harbour board will publish the plans for the new wall next spring, and every resident "
            "may comment on them at the town hall or by letter before the council takes its final vote "
            "on the work and its cost.")
    box = (f"<div class='plan-box'><div class='plan-box__text'>{para}</div>"
           "<a class='plan-box__button' href='/moving-cost-calculator/'>Get Quote</a></div>")
    doc = syndicate.parse(article_with(box), url=ARTICLE_URL)
    assert doc.text().split("\n") == [*ARTICLE_PARAS[:2], para, *ARTICLE_PARAS[2:]]
