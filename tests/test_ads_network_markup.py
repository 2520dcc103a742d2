"""Ad slots known by markup a network or an ad plugin writes (AdRotate's single-ad box,
AdButler's zone tag, Ezoic's placeholder span), a format word with a number glued on in a
styled component's class, and an anchor id that only repeats its heading. Small pages in
several languages."""

from __future__ import annotations

import pytest

from regionpages import article_in as page
from regionpages import body_intact, parse, source

#: AdButler's async zone tag as its console writes it (account, zone and size made up).
_ADBUTLER = (
    "<script type='text/javascript'>if (!window.AdButler){(function(){var s = document.createElement('script');"
    "s.async = true; s.src = 'https://servedbyadbutler.com/app.js';"
    "var n = document.getElementsByTagName('script')[0]; n.parentNode.insertBefore(s, n);}());}</script>"
    "<script type='text/javascript'>var AdButler = AdButler || {}; AdButler.ads = AdButler.ads || [];"
    "var plc1234 = window.plc1234 || 0;"
    "document.write('<'+'div id=\"placement_1234_'+plc1234+'\"></'+'div>');"
    "AdButler.ads.push({handler: function(opt){ AdButler.register(100001, 1234, [300,250], "
    "'placement_1234_'+opt.place, opt); }, opt: { place: plc1234++, domain: 'servedbyadbutler.com' }});"
    "</script>"
)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_an_adrotate_single_ad_box_is_a_slot(lang):
    # AdRotate's box of one ad ("a-single a-<ad number>"), here holding a banner of its own
    box = ("<div class='a-single a-7'><a href='https://shop.example.net/?ref=12'>"
           "<img src='/banners/shop-300x250.jpg' alt=''></a></div>")
    raw = page(lang, sidebar=box)
    doc = parse(raw)
    assert [source(raw, a.locator).get("class") for a in doc.ads] == ["a-single a-7"]
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_box_holding_an_adbutler_zone_tag_is_its_slot(lang):
    raw = page(lang, sidebar=f"<div class='widget-box'>{_ADBUTLER}</div>")
    doc = parse(raw)
    assert [(a.network, source(raw, a.locator).get("class")) for a in doc.ads] == [("adbutler", "widget-box")]
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_an_ezoic_placeholder_span_is_a_slot(lang):
    # (its ``data-ez-ph-id`` twin beside it is left to the script)
    span = ("<span id='ezoic-pub-ad-placeholder-101'></span>"
            "<span data-ez-ph-id='101' style='display:inline-block;min-height:250px'></span>")
    raw = page(lang, top=span)
    doc = parse(raw)
    assert [(a.network, source(raw, a.locator).get("id")) for a in doc.ads] == [
        ("ezoic", "ezoic-pub-ad-placeholder-101")]
    body_intact(doc, lang)


def test_an_ezoic_placeholder_span_holding_text_is_no_slot():
    span = "<p><span id='ezoic-pub-ad-placeholder-101'>Hafen</span> liegt am Meer.</p>"
    doc = parse(page("de", between=span))
    assert doc.ads == []


@pytest.mark.parametrize(("lang", "cls"), [
    ("en", "styles__Medrec1Container-sc-tc1w4x-0 edODTm"),
    ("de", "styles__Leaderboard2Wrapper-sc-9a8b7c-1 kLmNoP"),
    ("es", "halfpage-container"),
])
def test_an_empty_box_named_for_a_format_and_a_container_is_a_slot(lang, cls):
    # no id, no data-* attribute, no script: the page's ad code finds the box by its component
    raw = page(lang, sidebar=f"<div class='{cls}'></div><div class='about'><p>Hafenblatt</p></div>")
    doc = parse(raw)
    assert [source(raw, a.locator).get("class") for a in doc.ads] == [cls]
    body_intact(doc, lang)


@pytest.mark.parametrize("cls", ["styles__Medrec1-sc-tc1w4x-0 edODTm", "leaderboard"])
def test_an_empty_box_named_for_a_format_alone_wants_a_hook(cls):
    # (a format word without a container word: "a billboard" is also a big teaser's style)
    doc = parse(page("en", sidebar=f"<div class='{cls}'></div><div class='about'><p>Hafenblatt</p></div>"))
    assert doc.ads == []


@pytest.mark.parametrize(("lang", "heading", "anchor"), [
    ("en", "ChatGPT Launches an App Store", "chat-gpt-launches-an-app-store"),
    ("de", "Werbung für den Hafen kommt", "werbung-fur-den-hafen-kommt"),
    ("fr", "La publicité du port change", "la-publicite-du-port-change"),
])
def test_a_heading_anchor_id_names_no_ad(lang, heading, anchor):
    section = f"<div id='{anchor}'><h2>{heading}</h2></div>"
    doc = parse(page(lang, between=section))
    assert doc.ads == []
    body_intact(doc, lang)

