"""Ad slots of the same placeholder design as a slot found by its markup (``ad_siblings``):
a site draws its empty zones from one template, and only some carry an ad word. Guards: a
layout class (an element so classed shows text), an ad container around another widget's
mount, a placeholder whose own encoded code is no ad. Small pages in German and French."""

from __future__ import annotations

import base64

import lxml.html
import pytest

import syndicate
from regionpages import TEXTS

LANGS = ["de", "fr"]


def _page(lang: str, header: str = "", side: str = "", footer: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in TEXTS[lang])
    return (
        f'<html lang="{lang}"><head><title>Kaimauer</title></head><body>'
        f'<header class="site-header"><a href="/">Home</a>{header}</header>'
        '<div class="page-wrap"><div class="content"><article><h1>Kaimauer</h1>'
        f"{text}</article></div>"
        f'<aside class="rail">{side}</aside></div>'
        f'<footer class="site-footer"><a href="/impressum">Impressum</a>{footer}</footer></body></html>'
    )


#: A zone the ad script fills, named by its format word (the walk finds it) around one
#: of the site's placeholders (a zone number, no ad word).
_FOUND = '<div class="sidebarBanner"><div id="zone_pc_3504954" class="zoneBox"></div></div>'


def _slots(html: str) -> list[str]:
    doc = syndicate.parse(html)
    root = lxml.html.fromstring(html)
    out = []
    for ad in doc.ads:
        el = root.xpath(ad.locator)[0]
        out.append(el.get("id") or next((n.get("id") for n in el.iter() if n.get("id")), "") or "")
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_same_design_zones_are_slots(lang: str) -> None:
    html = _page(lang, header='<aside class="bannerbox"><div id="zone_pc_3504748" class="zoneBox"></div></aside>',
                 side=_FOUND,
                 footer='<div class="cols"><div class="col-6"><div id="zone_pc_3504957" class="zoneBox wide"></div>'
                        '</div><div class="col-6"><a href="/kontakt">Kontakt</a></div></div>')
    slots = _slots(html)
    assert "zone_pc_3504954" in slots  # (the one its format word names)
    assert "zone_pc_3504748" in slots and "zone_pc_3504957" in slots
    assert len(slots) == 3


@pytest.mark.parametrize("lang", LANGS)
def test_layout_class_spreads_nothing(lang: str) -> None:
    # The placeholder's class also boxes a line of text: a layout class, no ad design.
    html = _page(lang, header='<div id="zone_pc_3504748" class="zoneBox"></div>', side=_FOUND,
                 footer='<div class="zoneBox" id="legal">Alle Rechte vorbehalten.</div>')
    assert _slots(html) == ["zone_pc_3504954"]


@pytest.mark.parametrize("lang", LANGS)
def test_ad_container_around_a_widget_mount(lang: str) -> None:
    # A sidebar classed "Ads" holds a news widget's mount beside an ad box: the mount's
    # design is no ad slot's, and the page's other mounts of it stay unreported.
    side = ('<div class="Ads-mediaPagina"><div class="lazy"></div>'
            '<div class="Article-Widget"><div class="Widget" id="latest-news"></div></div>'
            '<div class="Ads-sticky"><div class="lazy"></div></div></div>')
    html = _page(lang, side=side, footer='<div class="Widget" id="trending"></div>')
    slots = _slots(html)
    assert "trending" not in slots
    assert len(slots) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_placeholder_whose_own_code_is_no_ad(lang: str) -> None:
    slot_code = base64.b64encode(b'<div id="taboola-below-article"></div><script>window._taboola = window._taboola'
                                 b' || []; _taboola.push({mode: "thumbs"});</script>').decode()
    loader = base64.b64encode(b'<script type="text/javascript">window.performance.mark("page_loaded");'
                              b' console.log("ready for the reader");</script>').decode()
    side = f'<div class="code-block"><div class="ai-dynamic" data-code="{slot_code}"></div></div>'
    html = _page(lang, side=side, footer=f'<div class="ai-dynamic" data-code="{loader}"></div>')
    doc = syndicate.parse(html)
    assert len(doc.ads) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_generated_ids_spread_nothing(lang: str) -> None:
    # An app block's generated id holds "Ad" by chance: its siblings stay unreported even
    # if the walk took that one for a slot.
    blocks = "".join(f'<div id="shopify-block-{h}__43189628658" class="shopify-block app-block"></div>'
                     for h in ("Aajk0TllTV2lJZTdoT", "AdkI4OThpNVFvQjRqQ", "AdUhINzJDU05HRnJaS"))
    html = _page(lang, footer=blocks)
    assert len(syndicate.parse(html).ads) <= 1
