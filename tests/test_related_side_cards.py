"""One story promoted by its picture in a sidebar widget: a headline (4+ words) over one
image link to an article of the site is a related block of one item, outside; a short name
or an ad label over a picture ("Anzeige", "Magazine") is none. Small pages written for the
project: Portuguese, English, German, Spanish.
"""

from __future__ import annotations

import pytest

from regionpages import page, parse

CARDS = {
    "pt": ("Coluna de Adauto Silva sobre a F1", "/2024/f1-max-verstappen-e-um-animal"),
    "en": ("How to Age a Terracotta Pot", "/2024/easy-diy-aged-spring-planter"),
    "de": ("Die neue Fähre im ersten Test", "/2024/faehre-test-auf-der-ostsee"),
    "es": ("Así se reconstruye el muro del puerto", "/2024/muro-del-puerto-obras"),
}


def card(head: str, href: str) -> str:
    return (f"<section class='widget'><h3 class='widget-title'>{head}</h3>"
            f"<div class='textwidget'><a href='{href}'><img src='/img/card.jpg'></a></div></section>")


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_pictured_story_card_in_the_sidebar_is_related_outside(lang: str):
    head, href = CARDS[lang]
    doc = parse(page(side=card(head, href), lang=lang))
    assert [(r.title, len(r.items), r.position.placement) for r in doc.related] == [(head, 1, "outside")]


@pytest.mark.parametrize("head", ["Anzeige", "Verbandsmagazin", "Seien Sie dabei"])
def test_short_name_over_a_picture_is_no_story_card(head: str):
    doc = parse(page(side=card(head, "/2024/amazon-echo-alexa-skill"), lang="de"))
    assert doc.related == []
