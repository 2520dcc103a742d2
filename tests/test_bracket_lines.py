"""A reference line written in brackets or parentheses ("[Read more: <a>…</a>]") is a related
link line like the bare one; a bracketed sentence ending in a link stays text. Pages written
for the project."""

from __future__ import annotations

import pytest

import syndicate
from pages import ARTICLE_URL
from pages import parse_article as parse
from regionpages import page

#: A bracketed reference line, per language: (label, link path, opening, closing).
BRACKETED = {
    "en": ("Read more", "/2024/05/how-the-old-sea-wall-was-built-a-century-ago", "[", "]"),
    "de": ("Lesen Sie auch", "/2024/05/wie-die-alte-kaimauer-vor-hundert-jahren-entstand", "(", ".)"),
}


@pytest.mark.parametrize("lang", sorted(BRACKETED))
def test_a_bracketed_reference_line_is_a_related_link_line(lang: str):
    """"[<strong>Read more:</strong> <a>Headline</a>]" between two paragraphs: one related
    block of one item titled by its label, inline (the brackets do not hide the label)."""
    label, href, opening, closing = BRACKETED[lang]
    headline = " ".join(href.rsplit("/", 1)[1].split("-")).capitalize()
    line = f"<p>{opening}<strong>{label}: </strong><a href='{href}'>{headline}</a>{closing}</p>"
    doc = parse(page(between=line, lang=lang))
    assert [(r.title, len(r.items), r.position.placement) for r in doc.related] == [(label, 1, "inline")]


def test_a_bracketed_sentence_with_a_link_at_its_end_stays_text():
    """"(The council said so in <a>its report on the wall</a>.)": no label before the link,
    brackets or not: the text's own link, no related block."""
    line = ("<p>(The council said so last week in <a href='/2024/05/council-report-on-the-sea-wall'>"
            "its report on the sea wall</a>.)</p>")
    assert syndicate.parse(page(between=line), url=ARTICLE_URL).related == []
