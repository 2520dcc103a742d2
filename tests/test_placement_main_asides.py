"""An ``<aside>`` after the text inside ``<main>`` (the page's main content; the text in no
``<article>``) is the article's own box, placed by order (``after``), as one inside an
``<article>`` is: a "More in" list under the text, a subscribe line. It stays ``outside``
when an ``<aside>`` stands before the text's box too (a row of three columns: a side column
either side) or it sits in a box named a side column ("content-secondary"). Pages written
for the project, in four languages (``regionpages.TEXTS``)."""

from __future__ import annotations

import pytest

from regionpages import TEXTS, body_intact, parse, stories

#: The heading of a related box under the text, per language.
HEADINGS = {"en": "More in Local", "de": "Mehr aus Lokales", "fr": "Plus dans Local", "es": "Más en Local"}


def _aside(lang: str) -> str:
    return (f"<aside><h2>{HEADINGS[lang]}</h2>"
            + stories("Ferry timetable changes for the winter", "Fish market moves to the old sheds",
                      "Rowing club wins the county regatta", section="local") + "</aside>")


def _page(lang: str, before: str = "", after: str = "") -> bytes:
    """A page whose text stands in a plain box of ``<main>`` (no ``<article>``), with
    ``before`` and ``after`` beside that box."""
    paras = "".join(f"<p>{t}</p>" for t in TEXTS[lang])
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head><body>"
        "<header class='site-header'><a href='/'>Home</a><a href='/local'>Local</a></header>"
        f"<main><div class='story'>{before}<div class='story-text'><h1>Harbour wall</h1>{paras}</div>"
        f"{after}</div></main>"
        "<footer class='site-footer'><a href='/imprint'>Imprint</a></footer></body></html>"
    ).encode()


def _placements(raw: bytes, lang: str) -> list[tuple[str, str]]:
    doc = parse(raw)
    body_intact(doc, lang)
    return [(r.title, r.position.placement) for r in doc.related]


@pytest.mark.parametrize("lang", sorted(HEADINGS))
def test_an_aside_under_the_text_in_main_is_after(lang: str) -> None:
    assert _placements(_page(lang, after=_aside(lang)), lang) == [(HEADINGS[lang], "after")]


@pytest.mark.parametrize("lang", sorted(HEADINGS))
def test_an_aside_after_the_text_with_an_aside_before_it_is_outside(lang: str) -> None:
    # (a row of three columns: a table of contents on the left, the box on the right)
    toc = "<aside><a href='#one'>One</a><a href='#two'>Two</a></aside>"
    assert _placements(_page(lang, before=toc, after=_aside(lang)), lang) == [(HEADINGS[lang], "outside")]


@pytest.mark.parametrize("lang", sorted(HEADINGS))
def test_an_aside_in_a_secondary_column_in_main_is_outside(lang: str) -> None:
    after = f"<div class='content-secondary'>{_aside(lang)}</div>"
    assert _placements(_page(lang, after=after), lang) == [(HEADINGS[lang], "outside")]


_SHARE = ("<aside><a href='https://www.facebook.com/sharer/sharer.php?u=https://news.example.org/2024/hafen'>f</a>"
          "<a href='https://twitter.com/intent/tweet?url=https://news.example.org/2024/hafen'>t</a>"
          "<a href='https://www.linkedin.com/shareArticle?url=https://news.example.org/2024/hafen'>in</a></aside>")


@pytest.mark.parametrize("lang", sorted(HEADINGS))
def test_a_share_bar_in_an_aside_under_the_text_in_main_is_after(lang: str) -> None:
    doc = parse(_page(lang, after=_SHARE))
    body_intact(doc, lang)
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("share", "after")]
