"""An ad word inside a ``data-*`` attribute name, after a site's own prefix (``data-sdg-ad``,
``data-js-ad-type``, ``data-freestar-ad``), marks an empty box as an ad slot; the same words
configuring a container that holds content, after a negation, or before a tracking word do not.
Small pages in three languages (the article text must never be taken)."""

from __future__ import annotations

import pytest

from regionpages import TEXTS, body_intact, parse, source


def page(lang: str, between: str = "", after: str = "", body_attrs: str = "") -> bytes:
    """An article in ``lang`` with ``between`` paragraphs 2 and 3 and ``after`` the text; the
    text's container carries ``body_attrs``."""
    p = [f"<p>{t}</p>" for t in TEXTS[lang]]
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head>"
        f"<body><main><article><h1>{TEXTS[lang][0][:40]}</h1>"
        f"<div class='entry-content' {body_attrs}>{p[0]}{p[1]}{between}{p[2]}{p[3]}{after}</div>"
        f"</article><aside class='sidebar'></aside></main></body></html>"
    ).encode()


@pytest.mark.parametrize(("lang", "box", "marker"), [
    ("de", "<div class='sdg-box'><div data-sdg-ad='rectangle'></div></div>", "data-sdg-ad"),
    ("fr", "<div class='pdb-placard'><div data-js-prebid-type='rectangle' data-js-ad-type='300x250'>"
           "<script>window.x=1</script></div></div>", "data-js-ad-type"),
    ("es", "<div class='banner-row'><div id='mag_rightrail_2' data-freestar-ad='__300x600'>"
           "<script>window.y=1</script></div></div>", "data-freestar-ad"),
])
def test_an_ad_word_inside_a_data_name_marks_an_empty_slot(lang, box, marker):
    raw = page(lang, between=box)
    doc = parse(raw)
    assert len(doc.ads) == 1
    ad = doc.ads[0]
    slot = source(raw, ad.locator)
    assert slot.get(marker) is not None or slot.xpath(f".//*[@{marker}]")
    assert ad.position.placement == "inline"
    assert ad.position.after == doc.body[1].id
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "box"), [
    # a negation, a tracking word after the ad word, the letters "ad" inside another word
    ("de", "<div class='note-box' data-no-ads='true'></div>"),
    ("fr", "<div class='promo-box' data-js-ad-tracking='teaser'></div>"),
    ("es", "<div class='dl-box' data-download-id='7'></div><div class='r-box' data-roadmap='2'></div>"),
])
def test_no_slot_without_a_configuring_ad_word(lang, box):
    doc = parse(page(lang, between=box))
    assert doc.ads == []
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_a_container_configuring_its_ads_is_no_slot(lang):
    # the article's own container tells an ad script how to label and space the ads in it
    doc = parse(page(lang, body_attrs="data-sc-ad-label-height='0' data-sc-ad-track-spacing='90'"))
    assert doc.ads == []
    body_intact(doc, lang)
