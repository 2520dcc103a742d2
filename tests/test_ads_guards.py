"""What is named like an ad slot but is none: the layout helpers beside a slot (a spacer
keeping its room, a margin box under it). Small pages in four languages."""

from __future__ import annotations

import pytest

from regionpages import TEXTS, body_intact, parse


def page(lang: str, between: str = "", top: str = "", footer: str = "") -> bytes:
    """An article in ``lang`` with ``between`` after its second paragraph, ``top`` first in the
    body and ``footer`` in the site footer."""
    p = [f"<p>{t}</p>" for t in TEXTS[lang]]
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head>"
        f"<body>{top}<main><article><h1>{TEXTS[lang][0][:40]}</h1><div class='entry-content'>"
        f"{p[0]}{p[1]}{between}{p[2]}{p[3]}</div></article></main>"
        f"<footer class='site-footer'>{footer}</footer></body></html>"
    ).encode()


@pytest.mark.parametrize(("lang", "where", "box"), [
    ("en", "top", "<div id='ads-leaderboard-spacer_1-0' class='ads-leaderboard-spacer js-spacer'></div>"),
    ("de", "between", "<div class='ad-mobile-spacer'> </div>"),
    ("fr", "footer", "<div id='footerAdMargin' class='visible-lg'></div>"),
    ("es", "between", "<div class='AdsSpacer-x1'></div>"),
])
def test_a_spacer_or_margin_box_beside_a_slot_is_no_slot(lang, where, box):
    doc = parse(page(lang, **{where: box}))
    assert doc.ads == []
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_the_slot_beside_its_spacer_is_still_one_slot(lang):
    box = ("<div class='ad-mobile-spacer'></div><div class='ad-slot' id='ad-incontent-1' "
           "data-ad-unit='/1234/news/incontent'></div>")
    doc = parse(page(lang, between=box))
    assert [a.attributes.get("data-ad-unit") for a in doc.ads] == ["/1234/news/incontent"]
    body_intact(doc, lang)
