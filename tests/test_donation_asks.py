"""Donation asks whose words name no gift (issue 15, CTAs): the target tells. A button to a
donation platform (Patreon, Ko-fi) or to a page named for giving ("/giving/now",
"/kaffeekasse"), a card to the site's "/support/" page whose text speaks of donors: donate
CTAs. A "/support/" link beside no
donation word is a product's help desk: none. Small pages written for the project, in
English, German, French and Spanish.
"""

from __future__ import annotations

import pytest

import regionpages
from pages import parse_article as parse
from regionpages import source

MENU = ("<nav class='main-nav'><ul><li><a href='/news/'>News</a></li><li><a href='/sport/'>Sport</a></li>"
        "<li><a href='/culture/'>Culture</a></li><li><a href='/travel/'>Travel</a></li></ul></nav>")


#: The side column's other widget: a list of story links.
LATEST = ("<div class='latest'><h4>Latest</h4><ul><li><a href='/news/ferry-timetable-changes'>Ferry timetable "
          "changes for the summer</a></li><li><a href='/news/new-school-opens'>New school opens on the hill</a>"
          "</li></ul></div>")


def _kinds(doc):  # type: ignore[no-untyped-def]
    return [c.kind for c in doc.ctas]


@pytest.mark.parametrize(("lang", "heading", "host"), [
    ("en", "Enjoying the trail reports?", "https://www.patreon.com/trailnotes"),
    ("de", "Gefällt dir der Blog?", "https://ko-fi.com/hafenblog"),
])
def test_picture_button_to_a_donation_platform_under_a_heading(lang, heading, host):
    """A side-column widget: a heading naming no gift and a platform's button picture."""
    side = (f"<div class='widget-box'><h2 class='widget-title'>{heading}</h2><div class='the-content'>"
            f"<center><a href='{host}'><img src='/img/platform-button.png' width='200' height='50' "
            "alt='button'></a></center></div></div>" + LATEST)
    raw = regionpages.page(side=side, lang=lang)
    doc = parse(raw)
    assert _kinds(doc) == ["donate"]
    assert source(raw, doc.ctas[0].locator).get("class") == "widget-box"


@pytest.mark.parametrize(("lang", "label", "href"), [
    ("en", "Keep us going", "/giving/now"),
    ("fr", "Aidez-nous", "/soutenir/"),
    ("es", "Ayúdanos", "/apoyanos/"),
])
def test_header_button_to_a_giving_page(lang, label, href):
    """A button beside the menu whose label names no kind and whose target is a gift page."""
    header = f"{MENU}<div class='header-utility'><a class='site-btn-green' href='{href}'>{label}</a></div>"
    doc = parse(regionpages.page(header=header, lang=lang))
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("donate", "outside")]


def test_card_to_the_support_page_speaking_of_donors():
    """After the article: a card that is one link to /support/, its text over 200 characters."""
    card = ("<div class='action-bar'><div class='friends-card'><a href='/support/'><span class='headline'>Become a "
            "Friend of the Review</span><span class='message'>We rely on our annual donors to keep the project "
            "alive. Perks include receiving twice a year our themed postcard packs and getting a good discount "
            "on all of our prints.</span><span class='action'>Find out more</span></a></div></div>")
    raw = regionpages.page(below=card)
    doc = parse(raw)
    assert _kinds(doc) == ["donate"]


def test_support_page_beside_no_donation_word_is_a_help_desk():
    """German: "Hilfe nötig? Zum Support" to /support/ in a box after the article: no CTA."""
    box = ("<div class='help-box'><p>Fragen zu Ihrem Gerät oder zur Einrichtung? Unser Team antwortet werktags "
           "innerhalb eines Tages.</p><a href='/support/'>Zum Support</a></div>")
    doc = parse(regionpages.page(below=box, lang="de"))
    assert doc.ctas == []

