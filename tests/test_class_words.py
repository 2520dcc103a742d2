"""Class/id words of CTA kinds are read as words: "regwalled" (content behind the
registration wall) is no "regwall", "Adopting" holds no "optin"; compounds ("sharebar")
still name their kind. Small pages written for the project, in German and English.
"""

from __future__ import annotations

import syndicate
from regionpages import page
from syndicate.extract import ctas

URL = "https://example.de/2024/02/hafen-mauer-neu/"


def _kinds(raw: bytes, url: str = URL) -> list[tuple[str, str]]:
    return [(c.kind, c.locator or "") for c in syndicate.parse(raw, url=url).ctas]


def test_content_behind_the_registration_wall_is_no_subscribe_prompt():
    """German: subtitles and a teaser card classed "regwalled" stay the article's; the
    subtitle's text stays in the body."""
    card = ("<div class='teaser teaser--linkbox regwalled'><a href='/2024/01/faehre-faehrt-wieder-ab-mai/'>"
            "<h3>Die Fähre fährt wieder ab Mai</h3><div>Nach dem Umbau des Anlegers.</div></a></div>")
    sub = "<h2 class='subtitle regwalled'>Mehrheit für den Umbau der Mauer</h2>"
    doc = syndicate.parse(page(between=sub + card, lang="de"), url=URL)
    assert [c for c in doc.ctas if c.kind == "subscribe"] == []
    assert "Mehrheit für den Umbau der Mauer" in doc.text()


def test_a_regwall_box_is_still_a_subscribe_prompt():
    """German: the wall itself ("regwall") is named by the same word, whole."""
    box = ("<div class='regwall'><p>Weiterlesen mit kostenloser Registrierung</p>"
           "<a class='button' href='/registrieren'>Jetzt registrieren</a></div>")
    assert "subscribe" in [k for k, _ in _kinds(page(after=box, lang="de"))]


def test_class_words_are_words():
    """A participle or a word holding the letters names no kind; a compound does."""
    assert ctas.class_kind("teaser paywalled-content") is None
    assert ctas.class_kind("adopting-rust") is None
    assert ctas.class_kind("dpsp_top_shared_posts-2") is None
    assert ctas.class_kind("post-sharebar") == "share"
    assert ctas.class_kind("m-newsletterbox") == "newsletter"
    assert ctas.class_kind("optin-form") == "newsletter"
