"""What is named like an ad slot but is none: the layout helpers beside a slot (a spacer
keeping its room, a margin box under it). Small pages in four languages."""

from __future__ import annotations

import pytest

from regionpages import TEXTS, body_intact, parse, source


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


def _variant(device: str, n: int) -> str:
    return (f"<div class='col'><div class='ad ad--{device}'><div id='rect-{device}-{n}' "
            f"data-ad-id='rect_{n}' data-ad-position='{device}'></div></div></div>")


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_device_variants_each_in_its_own_wrapper_are_separate_slots(lang):
    # one ad container holding the tablet and desktop copies of a slot, two levels down
    rail = f"<div class='ad-rail'>{_variant('tablet', 1)}{_variant('desktop', 1)}</div>"
    raw = page(lang, between=rail)
    doc = parse(raw)
    assert len(doc.ads) == 2
    held = [source(raw, a.locator).xpath("string(.//@data-ad-position)") for a in doc.ads]
    assert held == ["tablet", "desktop"]
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "label"), [
    ("en", "Advertisement"), ("de", "Anzeige"), ("fr", "Publicité"), ("es", "Publicidad"),
])
def test_a_labelled_container_stays_one_slot(lang, label):
    # the label beside the copies makes the container the one slot a reader sees
    box = f"<div class='ad-rail'><span class='ad-label'>{label}</span>{_variant('tablet', 2)}{_variant('desktop', 2)}</div>"
    doc = parse(page(lang, between=box))
    assert len(doc.ads) == 1
    assert doc.ads[0].label == label
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "label"), [
    ("en", "Advertisement"), ("de", "Anzeige"), ("fr", "Publicité"), ("es", "Publicidad"),
])
def test_a_label_inside_one_unit_of_a_rail_labels_that_unit_only(lang, label):
    # a rail of units, each in its own block; the second block shows its own label
    second = (f"<div class='block'><span class='unit-label'>{label}</span>"
              f"<div class='ad ad--desktop'><div id='rect-2' data-ad-id='rect_2'></div></div></div>")
    first = "<div class='block'><div class='ad ad--desktop'><div id='rect-1' data-ad-id='rect_1'></div></div></div>"
    raw = page(lang, between=f"<div class='ad-rail'><div class='ad-group'>{first}{second}</div></div>")
    doc = parse(raw)
    assert len(doc.ads) == 2
    held = [source(raw, a.locator).xpath("string(.//@data-ad-id)") for a in doc.ads]
    assert held == ["rect_1", "rect_2"]
    assert doc.ads[1].label == label
    body_intact(doc, lang)
