"""The size of a reported ad slot: the outermost element holding the slot and nothing else.
A network's box inside a one-item list or a card (``ul > li > article``) is reported at the
element around them. Small pages in several languages."""

from __future__ import annotations

import pytest

from regionpages import TEXTS, body_intact, parse, source


def page(lang: str, between: str = "", after: str = "", sidebar: str = "") -> bytes:
    """An article in ``lang`` with chrome ``between`` paragraphs 2 and 3, ``after`` the text
    and in a ``sidebar``."""
    p = [f"<p>{t}</p>" for t in TEXTS[lang]]
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head>"
        f"<body><main><article><h1>{TEXTS[lang][0][:40]}</h1>"
        f"<div class='entry-content'>{p[0]}{p[1]}{between}{p[2]}{p[3]}</div></article>"
        f"{after}<aside class='sidebar'>{sidebar}</aside></main></body></html>"
    ).encode()


_CARD = ("<div class='zone-column' id='col-{n}'><ul class='cards'><li><article class='card card--tool'>"
         "<div class='OB_AR_{n}'><div class='OUTBRAIN' data-widget-id='AR_{n}' data-ob-template='x'></div>"
         "</div></article></li></ul></div>")


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_a_network_box_in_a_one_item_list_is_reported_around_the_list(lang):
    row = f"<div class='zone-row'>{_CARD.format(n=36)}{_CARD.format(n=13)}</div>"
    raw = page(lang, after=row)
    doc = parse(raw)
    assert [source(raw, ad.locator).get("id") for ad in doc.ads] == ["col-36", "col-13"]
    assert [ad.network for ad in doc.ads] == ["outbrain", "outbrain"]
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["es", "de"])
def test_a_list_of_two_items_is_no_wrapper_of_one_slot(lang):
    # the list holds the slot and a story: the slot stays below it
    box = ("<div id='mixed'><ul><li><div id='div-gpt-ad-12-0' class='slot'></div></li>"
           "<li><a href='/otra-historia'>Otra historia del puerto</a></li></ul></div>")
    raw = page(lang, sidebar=box)
    doc = parse(raw)
    assert [source(raw, ad.locator).get("id") for ad in doc.ads] == ["div-gpt-ad-12-0"]
    body_intact(doc, lang)


def test_a_deep_chain_of_lone_wrappers_is_climbed():
    # Container > ul > li > Row > column > flex > cell > network box: one slot, at Container
    box = ("<div class='Container' id='outer'><ul class='rows'><li class='rows-item'><div class='Row'>"
           "<div class='OneColumn'><div class='d-flex'><div class='col-12'>"
           "<div id='rc-box' data-rc-widget='' data-widget-host='habitat'></div>"
           "<script>var x = 1;</script></div></div></div></div></li></ul></div>")
    raw = page("de", after=box)
    doc = parse(raw)
    assert [source(raw, ad.locator).get("id") for ad in doc.ads] == ["outer"]
    assert doc.ads[0].network == "revcontent"
    body_intact(doc, "de")


# --------------------------------------------------------------------------- network markup


@pytest.mark.parametrize(("lang", "box", "network"), [
    ("en", "<div id='trendmd-suggestions'></div>", "trendmd"),
    ("es", "<div id='nativo1' class='nativo'></div>", "nativo"),
    ("de", "<div class='ad-free-col'><div id='ym_1234' class='ym'></div></div>", "yieldmo"),
    ("fr", "<div id='atatags-1-5e4'><script>__ATA.cmd.push(function() {"
           " __ATA.initVideoSlot('atatags-1-5e4', {format: 'inread'}); });</script></div>", "wordads"),
    ("en", "<div data-react-component='Outbrain' data-desktop-id='AR_7'></div>", "outbrain"),
])
def test_an_empty_network_box_is_a_slot(lang, box, network):
    raw = page(lang, between=box)
    doc = parse(raw)
    assert [ad.network for ad in doc.ads] == [network]
    assert doc.ads[0].position.placement == "inline"
    body_intact(doc, lang)


def test_a_publishers_place_ad_call_makes_its_box_a_slot():
    box = "<div id='OOP'><script>/*<![CDATA[*/newsPlaceAd(\"OOP\");/*]]>*/</script></div>"
    raw = page("en", sidebar=box)
    doc = parse(raw)
    assert [source(raw, ad.locator).get("id") for ad in doc.ads] == ["OOP"]


# --------------------------------------------------------------------------- labelled by attribute


@pytest.mark.parametrize(("lang", "box"), [
    ("de", "<div class='mj-pf-widget' style='height: 250px' data-client='x' data-label='Anzeige'></div>"),
    ("fr", "<div class='css-h9jo37'><object type='text/html' data='about:blank' aria-label='Publicité'"
           " class='css-7vy'></object></div>"),
    ("en", "<div class='slot-x' aria-label='Advertisement' role='region'></div>"),
])
def test_an_empty_box_labelled_as_an_ad_by_its_attributes_is_a_slot(lang, box):
    raw = page(lang, sidebar=box)
    doc = parse(raw)
    assert len(doc.ads) == 1
    assert doc.ads[0].position.placement == "outside"
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "box"), [
    # a region named so that holds content: a page about advertising, no slot
    ("en", "<div class='box-x' aria-label='Advertisement' role='region'><p>Our media kit: reach"
           " readers across the region with print and online campaigns.</p></div>"),
    # a weak label ("Sponsored") alone on an empty box is no evidence
    ("de", "<div class='box-y' aria-label='Sponsored' role='region'></div>"),
    # a label naming something else
    ("es", "<div class='box-z' aria-label='Compartir' role='region'></div>"),
])
def test_a_label_attribute_alone_does_not_make_content_a_slot(lang, box):
    doc = parse(page(lang, sidebar=box))
    assert doc.ads == []
    body_intact(doc, lang)
