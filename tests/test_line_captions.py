"""A one-link line opening with a related caption or an invitation ("Also Read: <a>…</a>",
"Read more about <a>…</a>.") is a related line wherever the text sets it: a heading, the one
entry of a list, a paragraph of a quoted note (``linklines.caption_line``, the walk's
``heading_line``); the same lines without the caption stay text."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_PARAS, ARTICLE_URL
from pages import parse_article as parse

SITE = "https://news.example.com"


def page(inserted: str) -> bytes:
    p = [f"<p>{t}</p>" for t in ARTICLE_PARAS]
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Wall</title></head><body>"
            f"<main><article><h1>Harbour wall</h1><div class='entry-content'>{p[0]}{p[1]}{inserted}{p[2]}{p[3]}"
            "</div></article></main></body></html>").encode()


def lines(doc) -> list[tuple[str | None, list[str]]]:
    return [(r.title, [i.url.removeprefix(SITE) for i in r.items]) for r in doc.related]


def test_heading_opening_with_a_related_caption():
    """``<h5>READ: <a>…</a></h5>`` between two paragraphs: a related line of one item, titled
    by its caption."""
    doc = parse(page("<h5 class='wp-block-heading has-text-align-center'>READ: <a href='/guides/harbour-wall-repairs' "
                     "title='Harbour Wall Repairs'>The Complete Guide to Harbour Wall Repairs</a></h5>"))
    assert lines(doc) == [("READ", ["/guides/harbour-wall-repairs"])]
    assert doc.related[0].position.placement == "inline"


def test_one_entry_list_opening_with_an_invitation():
    """A list of one entry, "Read more about <a>…</a>.": a related line; its words leave the text."""
    doc = parse(page("<ul><li>Read more about <a href='/guides/harbour-wall-repairs'>how harbour walls "
                     "are repaired</a>.</li></ul>"))
    assert lines(doc) == [(None, ["/guides/harbour-wall-repairs"])]
    assert "how harbour walls are repaired" not in doc.text()


def test_quoted_note_paragraph_opening_with_an_invitation():
    """A note set in a quote, its second paragraph "More on this topic in the <a>… post</a> 🤗"."""
    doc = syndicate.parse(page("<blockquote><p>The wall was rebuilt in stone after the storm of the winter before.</p>"
                     "<p>More on this topic in the <a href='/posts/storm-walls/'>“Rebuilding harbour walls after "
                     "storms” post</a> 🤗</p></blockquote>"), url=ARTICLE_URL)
    assert lines(doc) == [(None, ["/posts/storm-walls/"])]
    assert "after the storm of the winter before" in doc.text() and "More on this topic" not in doc.text()


def test_lines_without_a_caption_stay_text():
    """The same places holding a sentence of the text with a link: no related line."""
    for inserted in ("<ul><li>The harbour master keeps <a href='/guides/harbour-wall-repairs'>a record of "
                     "every repair</a>.</li></ul>",
                     "<blockquote><p>The wall held, as the <a href='/posts/storm-walls/'>report on the storm"
                     "</a> showed.</p></blockquote>"):
        doc = syndicate.parse(page(inserted), url=ARTICLE_URL)
        assert not doc.related and ("a record of every repair" in doc.text() or "report on the storm" in doc.text())
