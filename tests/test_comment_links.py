"""Comments CTAs found by structure: a jump link to the page's own comment thread or form
("Jetzt kommentieren" at the end of a post's meta line, "Réagir"), counts and a table of
contents' heading anchors left out; a comment section named by its id taken whole over
the form and the count heading found inside it (one widget, one CTA). Small pages written
for the project, in German, French and English.
"""

from __future__ import annotations

import syndicate
from regionpages import page, source

URL = "https://example.de/2024/02/hafen"


def _comments(doc: syndicate.Document) -> list[syndicate.CallToAction]:
    return [c for c in doc.ctas if c.kind == "comments"]


def _meta_line(last: str) -> str:
    return ("<div class='entry-meta'>veröffentlicht am <a href='/2024/02/hafen/'>14. Feb.</a> | "
            "Kategorien: <a href='/kategorie/region/'>Region</a> | Tags: <a href='/tag/hafen/'>Hafen</a>, "
            f"<a href='/tag/kaimauer/'>Kaimauer</a> | {last}</div>")


def test_jump_link_to_the_pages_own_form_is_a_comments_cta():
    """German: "Jetzt kommentieren" pointing at ``#respond`` on the page itself."""
    raw = page(after=_meta_line(f"<a class='entry-link' href='{URL}/#respond'>Jetzt kommentieren</a>"), lang="de")
    doc = syndicate.parse(raw, url=URL)
    found = _comments(doc)
    assert [source(raw, c.locator).text_content() for c in found] == ["Jetzt kommentieren"]


def test_jump_link_in_french_with_a_bare_anchor():
    raw = page(after="<div class='outils'><a class='bouton' href='#commentaires'>Réagir</a></div>", lang="fr")
    doc = syndicate.parse(raw, url="https://example.fr/a")
    assert [c.text for c in _comments(doc)] == ["Réagir"]


def test_a_count_or_another_pages_comments_is_no_jump_link():
    """English: "5 Comments on <title>" (a count with a screen reader's words) and a link to
    another story's comments are no CTA."""
    raw = page(after="<p class='meta'><a href='#comments'>5 Comments<span class='sr'> on Harbour wall</span></a>"
                     " | <a href='https://example.com/other-story/#respond'>Have your say</a></p>")
    doc = syndicate.parse(raw, url="https://example.com/harbour-wall")
    assert _comments(doc) == []


def test_a_table_of_contents_heading_anchor_is_no_jump_link():
    toc = ("<nav class='toc'><ul><li><a href='#Costs'>Costs</a></li>"
           "<li><a href='#Monitor_and_Respond_to_Reviews'>Monitor and Respond to Reviews</a></li></ul></nav>")
    doc = syndicate.parse(page(between=toc), url="https://example.com/harbour-wall")
    assert _comments(doc) == []
