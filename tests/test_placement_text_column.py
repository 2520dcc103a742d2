"""Placement against the column holding the text (session of 2026-12-06, late evening): the
body's container is often the page's whole main part (``<main>``, a grid holding a headline
row with a standfirst above a row of columns), and a column of that row beside the one
holding the text is a side column, so what it holds is ``outside`` — not ``after`` the text
by document order, nor ``inline`` because the standfirst above the columns starts the text's
run. Small pages written for the project, in English, German, Spanish and French
(``regionpages.TEXTS``).
"""

from __future__ import annotations

import pytest

from regionpages import TEXTS, body_intact, parse, stories

#: A heading for a box of story links, and a standfirst above the columns, per language.
HEADS = {"en": "You may also like", "de": "Das könnte Sie interessieren", "es": "También le puede interesar",
         "fr": "À lire aussi"}
DEKS = {"en": "The council of the harbour town will spend twelve million pounds on the old sea wall "
              "before the storms, it said on Monday.",
        "de": "Die Stadt Hafenberg gibt zwölf Millionen Euro für die alte Kaimauer aus, bevor die "
              "Herbststürme kommen, teilte sie am Montag mit.",
        "es": "El ayuntamiento de Puerto Alto gastará doce millones de euros en el viejo muelle antes "
              "de los temporales, anunció el lunes.",
        "fr": "La ville de Port-Haut dépensera douze millions d'euros pour son vieux quai avant les "
              "tempêtes, a-t-elle annoncé lundi."}
#: Five links of the site's own, as a page header or footer holds them.
SITE_LINKS = "".join(f"<a href='/{p}'>{p.title()}</a>" for p in ("about", "contact", "privacy", "jobs", "press"))


def _paras(lang: str) -> str:
    return "".join(f"<p>{t}</p>" for t in TEXTS[lang])


def _box(lang: str) -> str:
    """One headed box of three story links."""
    return (f"<div class='box'><h3>{HEADS[lang]}</h3>"
            + stories("Storm warning for the coast tonight", "New bus line to the harbour opens",
                      "Lighthouse museum reopens in spring", section="news") + "</div>")


def _page(lang: str, row: str) -> bytes:
    """A page whose ``<main>`` holds the headline and a standfirst, then ``row``."""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head><body>"
        f"<header class='site-header'>{SITE_LINKS}</header><main><h1>Harbour wall</h1>"
        f"<p class='dek'>{DEKS[lang]}</p>{row}</main>"
        f"<footer class='site-footer'>{SITE_LINKS}</footer></body></html>"
    ).encode()


def _placed(doc) -> list[tuple[str | None, str]]:
    return [(r.title, r.position.placement) for r in doc.related]


@pytest.mark.parametrize(("lang", "text_cls", "side_cls"), [
    ("en", "col-lg-8", "col-12 col-lg-4"), ("de", "col-md-9", "col-md-3"), ("es", "large-8 columns", "large-4 columns"),
    ("fr", "section-content--primary", "section-content--secondary")])
def test_a_grid_column_beside_the_texts_column_is_outside(lang: str, text_cls: str, side_cls: str):
    """Under the headline and standfirst, a row of two grid columns whose widths make one row
    (or a part named "secondary" beside the text's): the text in the first, a box of story
    links in the second. The box stands beside the text (outside), though it comes after the
    text's last block in the page."""
    row = f"<div class='row'><div class='{text_cls}'>{_paras(lang)}</div><div class='{side_cls}'>{_box(lang)}</div></div>"
    doc = parse(_page(lang, row))
    body_intact(doc, lang)
    assert _placed(doc) == [(HEADS[lang], "outside")]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_column_before_the_text_under_the_standfirst_is_outside(lang: str):
    """The side column comes first in the row (a left column), after the standfirst: the
    standfirst is the article's lead, so the box is beside the text, not inside its run."""
    row = f"<div class='row'><div class='col-md-3'>{_box(lang)}</div><div class='col-md-9'>{_paras(lang)}</div></div>"
    doc = parse(_page(lang, row))
    body_intact(doc, lang)
    assert _placed(doc) == [(HEADS[lang], "outside")]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_another_cell_of_the_texts_table_row_is_outside(lang: str):
    """A page laid out as a table: the text in one cell of a row, a box of story links in the
    next cell of the same row: beside the text."""
    row = f"<table><tr><td>{_paras(lang)}</td><td>{_box(lang)}</td></tr></table>"
    doc = parse(_page(lang, row))
    body_intact(doc, lang)
    assert _placed(doc) == [(HEADS[lang], "outside")]


@pytest.mark.parametrize("side_cls", ["more", "row related left"])
def test_a_band_under_the_texts_column_stays_after(side_cls: str):
    """English: the box in a part after the text's column with no width, no column class and
    no side-column name (a plain band, or one floated "left"): under the text, so after."""
    row = f"<div class='wrap'><div class='body'>{_paras('en')}</div><div class='{side_cls}'>{_box('en')}</div></div>"
    doc = parse(_page("en", row))
    body_intact(doc, "en")
    assert _placed(doc) == [(HEADS["en"], "after")]
