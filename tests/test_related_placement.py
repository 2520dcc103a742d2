"""Where a related block stands (issue 15, related placement): a layout wrapper named for
its side column ("l-sidebar-fixed", "c-layout-sidebar-left") holds the main column too, so a
block under the text in the main column ("l-col__main") is ``after`` the article, not
``outside``; the side column beside it stays ``outside``. Pages written for the project, in
four languages (``regionpages.TEXTS``)."""

from __future__ import annotations

import pytest

from pages import parse_article
from regionpages import TEXTS, body_intact, page, parse, stories

#: A related list under the text and one in the side column, with headings per language.
HEADINGS = {
    "en": ("Next up in Local", "Most read"),
    "de": ("Als Nächstes in Lokales", "Meistgelesen"),
    "fr": ("À suivre dans Local", "Les plus lus"),
    "es": ("A continuación en Local", "Lo más leído"),
}
#: (wrapper class, main column class, side column class): layouts named by their side column.
LAYOUTS = [
    ("l-sidebar-fixed l-segment", "l-col__main", "l-col__sidebar"),
    ("c-layout-sidebar-left", "c-layout-main", "c-layout-sidebar"),
]


def _page(lang: str, wrapper: str, main: str, side: str) -> bytes:
    """The article's text, then a segment of the article laid out as a main column (a related
    list) beside a side column (a most-read list), the segment named for its side column."""
    below, beside = HEADINGS[lang]
    paras = "".join(f"<p>{t}</p>" for t in TEXTS[lang])
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head><body>"
        f"<header class='site-header'><a href='/'>Home</a></header><main><article>"
        f"<h1>Harbour wall</h1><div class='body'>{paras}</div>"
        f"<div class='{wrapper}'><div class='{main}'><section class='next'><h2>{below}</h2>"
        + stories("Ferry timetable changes for the winter", "Fish market moves to the old sheds",
                  "Rowing club wins the county regatta", section="local")
        + f"</section></div><div class='{side}'><h2>{beside}</h2>"
        + stories("Storm warning for the coast tonight", "New bus line to the harbour opens",
                  "Lighthouse museum reopens in spring", section="news")
        + "</div></div></article></main></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", sorted(HEADINGS))
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_block_under_the_text_in_a_side_named_layout_is_after(lang: str, layout: tuple[str, str, str]):
    doc = parse(_page(lang, *layout))
    body_intact(doc, lang)
    assert sorted((r.title, r.position.placement) for r in doc.related) == sorted(
        [(HEADINGS[lang][0], "after"), (HEADINGS[lang][1], "outside")])


#: A related box of the article's own, under its text, per language.
ASIDE_HEADINGS = {"en": "More in Local", "de": "Mehr aus Lokales", "fr": "Plus dans Local", "es": "Más en Local"}


def _aside(lang: str, cls: str = "") -> str:
    return (f"<aside class='{cls}'><h2>{ASIDE_HEADINGS[lang]}</h2>"
            + stories("Ferry timetable changes for the winter", "Fish market moves to the old sheds",
                      "Rowing club wins the county regatta", section="local") + "</aside>")


@pytest.mark.parametrize("lang", sorted(ASIDE_HEADINGS))
def test_an_aside_of_the_article_under_its_text_is_after(lang: str):
    """An ``<aside>`` holding one related list inside ``<article>``, after the text: the
    article's own box, ``after`` (not a page region)."""
    doc = parse_article(page(after=_aside(lang, "more-stories"), lang=lang))
    assert [(r.title, r.position.placement) for r in doc.related] == [(ASIDE_HEADINGS[lang], "after")]


@pytest.mark.parametrize("lang", sorted(ASIDE_HEADINGS))
def test_an_aside_named_sidebar_in_the_article_is_outside(lang: str):
    """The same ``<aside>`` named a sidebar, or standing in a row layout beside the text, is
    a side column: ``outside``."""
    for markup in (_aside(lang, "sidebar"), f"<div class='row'>{_aside(lang)}</div>"):
        doc = parse_article(page(after=markup, lang=lang))
        assert [(r.title, r.position.placement) for r in doc.related] == [(ASIDE_HEADINGS[lang], "outside")]
