"""A column named by the side it stands on ("content-right", "#right", "colDroite") beside
the article's column is ``outside``; a band below the article in its column stays
``after``; a side-named column that holds the text itself is no side column; a side word
that names a style ("text-right") names no column. Small pages written for the project,
chrome in French, German, English and Spanish.
"""

from __future__ import annotations

import pytest

from pages import ARTICLE_PARAS
from pages import parse_article as parse
from regionpages import stories

P = "".join(f"<p>{t}</p>" for t in ARTICLE_PARAS)

LISTS = {
    "fr": ("Les plus lus", "Le port rouvre ses portes aux touristes", "Nouvelle ligne de ferry vers les îles"),
    "de": ("Meistgelesen", "Neue Fähre für die Inselbewohner", "Sturmflut trifft die Küste erneut"),
    "en": ("Most read", "Storm damage along the whole coast", "New ferry timetable for the winter"),
    "es": ("Lo más visto", "El puerto reabre sus puertas al turismo", "Nueva ruta de ferri hacia las islas"),
}
NAMES = {"fr": "class='colDroite'", "de": "id='teaser_right'", "en": "id='right'", "es": "class='content-right'"}


def two_columns(lang: str, side_attrs: str, *, main_attrs: str = "class='content-main'", below: str = "") -> bytes:
    head, *titles = LISTS[lang]
    side = f"<div class='box'><h3>{head}</h3>" + stories(*titles, section=lang) + "</div>"
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Port</title></head>"
        f"<body><div class='wrap'><div {main_attrs}><article><h1>Harbour wall to be rebuilt</h1>"
        f"<div class='text'>{P}</div></article>{below}</div>"
        f"<div {side_attrs}>{side}</div></div></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_column_named_by_its_side_is_outside(lang: str):
    """The list in the side-named sibling of the article's column is beside the article."""
    doc = parse(two_columns(lang, NAMES[lang]))
    assert [(r.title, r.position.placement) for r in doc.related] == [(LISTS[lang][0], "outside")]


def test_band_below_the_article_in_its_column_stays_after():
    """A related list under the article inside the main column is after, while the list in
    the right column is outside."""
    below = ("<div class='more'><h3>Mehr zum Thema</h3>"
             + stories("Neue Mole im Hafen geplant", "Fischer fordern mehr Schutz", section="de2") + "</div>")
    doc = parse(two_columns("en", "id='right'", below=below))
    assert [(r.title, r.position.placement) for r in doc.related] == [
        ("Mehr zum Thema", "after"), ("Most read", "outside")]


@pytest.mark.parametrize("attrs", ["class='text-right'", "class='box float-md-left'", "class='absolute left-0'",
                                   "class='has-right-label'"])
def test_style_word_names_no_column(attrs: str):
    """"text-right" aligns text, "float-md-left" floats a box, "left-0" positions it,
    "has-right-label" says what it has: no column name; the box below is placed by
    document order (after)."""
    doc = parse(two_columns("en", attrs))
    assert [r.position.placement for r in doc.related] == ["after"]
