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
