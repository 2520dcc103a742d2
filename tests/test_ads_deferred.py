"""Ad slots whose code an ad-insertion plugin keeps encoded in an attribute until the page
picks it by viewport or consent (an empty box with ``data-code``: base64 markup), and what
only looks like one: short codes, encoded markup that holds no slot, a loader script. Small
pages in four languages."""

from __future__ import annotations

import base64

import pytest

from regionpages import TEXTS, body_intact, parse


def page(lang: str, between: str = "", after: str = "") -> bytes:
    """An article in ``lang`` with ``between`` after its second paragraph, ``after`` below it."""
    p = [f"<p>{t}</p>" for t in TEXTS[lang]]
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head>"
        f"<body><main><article><h1>{TEXTS[lang][0][:40]}</h1><div class='entry-content'>"
        f"{p[0]}{p[1]}{between}{p[2]}{p[3]}</div>{after}</article></main></body></html>"
    ).encode()


def deferred(code: str, view: str) -> str:
    """An empty box keeping ``code`` encoded, shown on the viewport ``view``."""
    value = base64.b64encode(code.encode()).decode()
    return (f"<div class='ai-viewports ai-viewport-{view}' data-insertion-position='after' "
            f"data-code='{value}'></div>")


def gpt(unit: str, sizes: str, div: str) -> str:
    return (f"<script>googletag.cmd.push(function() {{ googletag.defineSlot('{unit}', {sizes}, '{div}')"
            f".addService(googletag.pubads()); }});</script><div id='{div}'><script>"
            f"googletag.cmd.push(function() {{ googletag.display('{div}'); }});</script></div>")


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_twin_slots_kept_encoded_are_two_slots_with_their_units(lang):
    desktop = deferred(gpt("/1234/news/incontent_desktop", "[[728, 90], [970, 250]]", "div-gpt-ad-1"), "1")
    mobile = deferred(gpt("/1234/news/incontent_mobile", "[[300, 250]]", "div-gpt-ad-2"), "2")
    doc = parse(page(lang, between=f"<div class='code-block code-block-3'>{desktop}{mobile}</div>"))
    assert [(a.network, a.unit, a.sizes) for a in doc.ads] == [
        ("gpt", "/1234/news/incontent_desktop", [[728, 90], [970, 250]]),
        ("gpt", "/1234/news/incontent_mobile", [[300, 250]]),
    ]
    assert all(a.position.placement == "inline" for a in doc.ads)
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "code"), [
    ("en", "<div id='taboola-below-article'></div><script>window._taboola = window._taboola || [];"
           "_taboola.push({mode: 'thumbs-a', container: 'taboola-below-article', placement: 'Below'});</script>"),
    ("de", "<ins class='adsbygoogle' style='display:block' data-ad-client='ca-pub-1' data-ad-slot='42'></ins>"
           "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>"),
    ("ru", "<!-- /5678/sait/statja_vnizu --><div id='vnizu'><script>loadAd('vnizu');</script></div>"),
])
def test_a_slot_kept_encoded_below_the_article_is_one_slot(lang, code):
    doc = parse(page(lang, after=f"<div class='code-block code-block-6'>{deferred(code, '3')}</div>"))
    assert len(doc.ads) == 1
    assert doc.ads[0].position.placement == "after"
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "box"), [
    # a newsletter form's short code, a copy button's code, encoded markup without a slot
    ("en", "<form class='ml-block-form' data-code='k6z8m3' action='/subscribe'><input type='email'></form>"),
    ("de", "<button class='copy' data-code='pip install hafen'>Kopieren</button>"),
    ("fr", deferred("<div class='author-box'><p>Notre autrice écrit sur les ports depuis 2018.</p></div>", "1")),
    # a network's loader and page settings: no place for an ad
    ("es", deferred("<script>window._taboola = window._taboola || []; _taboola.push({flush: true});"
                    "</script><script src='//cdn.taboola.com/libtrc/sitio/loader.js'></script>", "1")),
])
def test_encoded_code_without_a_slot_is_no_ad(lang, box):
    doc = parse(page(lang, between=box))
    assert doc.ads == []
    body_intact(doc, lang)
