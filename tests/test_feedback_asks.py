"""A short box asking the reader for feedback or a correction (``feedback_asks``), on small
pages written for the project in English, German and French: "Was this page helpful?" on
its own button, a footer line "Got feedback? Let us know!", a correction line "See a typo?
Send a fix here!". A footer menu entry "Feedback" and a long paragraph linking a survey
are none.
"""

from __future__ import annotations

import pytest

import syndicate
from pages import ARTICLE_URL
from pages import parse_article as parse
from regionpages import page, source


def _asks(doc):  # type: ignore[no-untyped-def]
    return [c for c in doc.ctas if c.url and ("feedback" in c.url or "/edit/" in c.url)]


@pytest.mark.parametrize(("lang", "label"), [("en", "Was this page helpful?"),
                                             ("de", "War diese Seite hilfreich?"),
                                             ("fr", "Cette page vous a-t-elle été utile ?")])
def test_page_feedback_button_is_an_other_cta(lang, label):
    """A box after the article holding one button to the feedback form: CTA ``other``."""
    box = f"<div class='page-feedback'><a class='button' href='/webform/page_feedback?page=x'>{label}</a></div>"
    raw = page(below=box, lang=lang)
    (cta,) = _asks(parse(raw))
    assert cta.kind == "other"
    assert source(raw, cta.locator).get("class") == "page-feedback"


def test_footer_feedback_line_asking_to_write_is_a_contact_cta():
    """A footer line: a question, then 'Let us know!' to the feedback page: CTA ``contact``."""
    line = ("<p class='ask'>How can we improve Harbour News? Got feedback?<br>"
            "<a href='/feedback' aria-label='feedback'>Let us know!</a></p>")
    menu = "<ul><li><a href='/about'>About</a></li><li><a href='/privacy'>Privacy</a></li></ul>"
    raw = page(footer=f"<div class='cols'>{line}{menu}</div>")
    (cta,) = _asks(parse(raw))
    assert cta.kind == "contact"
    assert source(raw, cta.locator).get("class") == "ask"


def test_correction_line_linking_the_edit_page_is_a_cta():
    """'See a typo? Send a fix here!' linking the post's edit page: one CTA."""
    line = ("<div class='attribution'>Maintained by the harbour team. See a typo? "
            "<a href='https://github.com/harbour/blog/edit/main/wall.md'>Send a fix here</a>!</div>")
    raw = page(footer=f"<div class='cols'>{line}<a href='/'>Home</a> <a href='/about'>About</a></div>")
    (cta,) = _asks(parse(raw))
    assert source(raw, cta.locator).get("class") == "attribution"


def test_footer_menu_entry_feedback_is_none():
    """'Feedback' as one entry of a footer menu is navigation."""
    menu = ("<ul class='menu'><li><a href='/about'>About</a></li><li><a href='/feedback'>Feedback</a></li>"
            "<li><a href='/privacy'>Privacy</a></li></ul>")
    assert _asks(parse(page(footer=menu))) == []


def test_long_paragraph_linking_a_survey_is_none():
    """A paragraph of more than a short ask, linking a survey among its words, is no box."""
    para = ("<div class='note'><p>Last year the harbour board asked residents about the new wall in a long "
            "<a href='/survey/2024'>survey</a>, and most of them said the old wall should be kept as it was, "
            "because it protects the fishing boats from the winter storms better than any new design.</p></div>")
    assert _asks(syndicate.parse(page(side=para), url=ARTICLE_URL)) == []


def test_feedback_card_in_a_menu_panel_is_navigation():
    """A header menu's "Contact Us" entry unfolds a panel of cards; its "Share your feedback"
    card (a line and one link to the feedback form) is the menu's, no CTA."""
    card = ("<div class='rec'><p>Share Your Feedback</p><p>Tell us how we did on your last visit.</p>"
            "<a href='/feedback-form'>Send customer feedback</a></div>")
    panel = ("<div class='panel'><div class='cards'>" + card
             + "<div class='rec'><p>Become a partner</p><a href='/partners'>Learn more</a></div></div>"
             "<ul><li><a href='/contact'>Contact us</a></li><li><a href='/faq'>FAQ</a></li></ul></div>")
    menu = ("<nav><ul class='nav-list'><li><a href='/services'>Services</a></li>"
            "<li><a href='/offers'>Offers</a></li>"
            f"<li class='has-submenu'><button>Contact Us</button>{panel}</li></ul></nav>")
    raw = page(header=menu)
    assert _asks(parse(raw)) == []
