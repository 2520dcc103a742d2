"""A network's empty placeholder, known only by its own id (WordAds' ``atatags-*``, nativendo,
plista) or by a network's name as a word of its id (``div-mgid-mid-…``), WordPress.com's
labelled ``wpa`` boxes side by side, and an "Ad" read out of a random id suffix. Small pages in
four languages."""

from __future__ import annotations

import pytest

from regionpages import article_in as page
from regionpages import body_intact, parse, source


@pytest.mark.parametrize(("lang", "box", "network"), [
    ("en", "<div id='atatags-26942-5e42ee9da6878'></div>", "wordads"),
    ("de", "<div id='nativendo-artikel'></div>", "nativendo"),
    ("es", "<div id='plista_widget_belowArticle'></div>", "plista"),
    ("fr", "<div data-widget='plista_widget_belowArticle'></div>", "plista"),
])
def test_an_empty_placeholder_with_a_network_id_is_that_networks_slot(lang, box, network):
    doc = parse(page(lang, between=box))
    assert [(a.network, a.position.placement) for a in doc.ads] == [(network, "inline")]
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_a_network_id_on_content_is_no_slot(lang):
    # nativendo marks the article and its title for its targeting: they are not its slots
    raw = page(lang).replace(b"<article>", b"<article id='nativendo-article'>").replace(
        b"<h1>", b"<h1 id='nativendo-title'>")
    doc = parse(raw)
    assert doc.ads == []
    body_intact(doc, lang)
    # ...nor is a small box it names that shows something (a teaser image and its caption)
    box = "<div id='nativendo-hero'><img src='/f.jpg' alt=''><p>Hafen</p></div>"
    doc = parse(page(lang, between=box))
    assert doc.ads == []


def _wpa(label: str, n: int) -> str:
    return (f"<div class='aligncenter wpcnt'><div class='wpa'><span class='wpa-about'>{label}</span>"
            f"<div class='u inline'><div style='width:300px;height:250px'>"
            f"<div id='atatags-{n}-69b5bca41adc1'></div></div></div></div></div>")


@pytest.mark.parametrize(("lang", "label"), [("en", "Advertisements"), ("de", "Werbeanzeigen"),
                                             ("es", "Anuncios")])
def test_labelled_boxes_side_by_side_are_one_slot_each(lang, label):
    raw = page(lang, sidebar="<div class='wp-block-group'>" + "".join(_wpa(label, n) for n in range(1, 4)) + "</div>")
    doc = parse(raw)
    assert len(doc.ads) == 3
    for ad in doc.ads:
        assert "wpcnt" in (source(raw, ad.locator).get("class") or "")
        assert ad.network == "wordads"
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_an_ad_in_a_random_id_suffix_is_no_ad_word(lang):
    strip = ("<div id='shopify-section-sections--18042404962361__header_support_AdNyHd' "
             "class='shopify-section'><div class='usp'></div></div>")
    doc = parse(page(lang, top=strip))
    assert doc.ads == []
    # the same box named in words is a slot
    doc = parse(page(lang, top="<div id='header_support_topAd'><div class='usp'></div></div>"))
    assert len(doc.ads) == 1
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "box", "network"), [
    ("en", "<div id='div-mgid-mid-newpos-4410'></div>", "mgid"),
    ("de", "<section id='dk-art-outbrain-5521' class='dk_only'></section>", "outbrain"),
    ("es", "<div id='__RevcontentPlaceholder'></div>", "revcontent"),
    ("fr", "<div id='div-vdoai-mid-88'></div>", "vdoai"),
])
def test_an_empty_box_whose_id_names_a_network_in_a_word_is_its_slot(lang, box, network):
    doc = parse(page(lang, between=box))
    assert [(a.network, a.position.placement) for a in doc.ads] == [(network, "inline")]
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_network_word_in_the_id_of_content_is_no_slot(lang):
    # a theme's column named after the network it once held, showing the site's own links
    box = ("<div id='theme-taboola'><h3>Mehr</h3><ul><li><a href='/a'>Hafen und Stadt</a></li>"
           "<li><a href='/b'>Ufer und Brücke</a></li></ul></div>")
    doc = parse(page(lang, sidebar=box))
    assert doc.ads == []
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_vdo_ai_class_word_names_its_video_slot(lang):
    doc = parse(page(lang, between="<div class='et_vdoai' id='v-example-news-v3'></div>"))
    assert [(a.network, a.format) for a in doc.ads] == [("vdoai", "video")]
    body_intact(doc, lang)
