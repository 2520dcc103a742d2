"""Stories shown by their pictures alone: a related heading ("You may also like", "Das
könnte Sie auch interessieren") over links holding only an image whose alt text is the
story's headline is a related block; flags linking the same article in other languages
(alt "Deutsch") are none. Small pages written for the project: English, German, French,
Spanish.
"""

from __future__ import annotations

import pytest

from regionpages import page, parse

HEADS = {
    "en": ("You may also like:", ["Pickled sprouts for the winter", "Spiced pear jam for the holidays",
                                  "Quick cucumber pickles in one hour"]),
    "de": ("Das könnte Sie auch interessieren", ["Neue Fähre für die Inselbewohner",
                                                  "Sturmflut trifft die Küste erneut", "Alte Mole wird bald saniert"]),
    "fr": ("À lire aussi", ["Le port rouvre ses portes aux touristes", "Nouvelle ligne de ferry vers les îles",
                            "La digue sera reconstruite cet été"]),
    "es": ("Te puede interesar", ["El puerto reabre sus puertas al turismo", "Nueva ruta de ferri hacia las islas",
                                  "El muro del puerto será reconstruido"]),
}


def pictures(titles: list[str]) -> str:
    return "<div>" + " ".join(
        f"<a href='/2024/{'-'.join(t.lower().split())}'><img src='/img/{i}.jpg' alt='{t}'></a>"
        for i, t in enumerate(titles)) + "</div>"


@pytest.mark.parametrize("lang", sorted(HEADS))
def test_pictures_of_stories_under_a_related_heading_are_related(lang: str):
    head, titles = HEADS[lang]
    below = f"<h3>{head}</h3>{pictures(titles)}"
    doc = parse(page(below=below, lang=lang))
    assert [(r.title, len(r.items)) for r in doc.related] == [(head, 3)]


def test_flags_of_translations_are_no_related_block():
    """The same article in other languages, each a flag named by its language: no related block."""
    flags = "".join(
        f"<a href='/{c}/2024/hafen-mauer-wird-neu-gebaut'><img src='/flags/{c}.png' alt='{n}'></a>"
        for c, n in (("de", "Deutsch"), ("fr", "Français"), ("es", "Español")))
    below = f"<h3>Also available in</h3><div>{flags}</div>"
    doc = parse(page(below=below))
    assert doc.related == []
