"""Ad slots found in HTML by ``syndicate.parse``: one small page per rule family (AdSense, GPT,
Amazon, Prebid, native networks, generic containers and labels), checking the slot's fields,
its locator and its position, and that nothing of it reaches the body."""

from __future__ import annotations

import lxml.html

import syndicate
from pages import ARTICLE_PARAS, ARTICLE_URL
from pages import parse_article as parse
from syndicate.extract.chrome_util import words

PARAS = ARTICLE_PARAS
URL = ARTICLE_URL


def article(between: str = "", before: str = "", after: str = "", sidebar: str = "", head: str = "") -> bytes:
    """An article page with chrome ``between`` paragraphs 2 and 3, ``before`` the first,
    ``after`` the last, and in a ``sidebar``."""
    p = [f"<p>{t}</p>" for t in PARAS]
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour wall</title>"
        f"{head}</head><body><main><article><h1>Harbour wall to be rebuilt</h1>"
        f"<div class='entry-content'>{before}{p[0]}{p[1]}{between}{p[2]}{p[3]}{after}</div>"
        f"</article><aside class='sidebar'>{sidebar}</aside></main></body></html>"
    ).encode()




def element(raw: bytes, locator: str | None) -> lxml.html.HtmlElement:
    assert locator
    (el,) = lxml.html.fromstring(raw).getroottree().xpath(locator)
    return el


# --------------------------------------------------------------------------- AdSense


def test_adsense_ins_with_client_slot_format_and_size():
    raw = article(between=(
        "<ins class='adsbygoogle' style='display:inline-block;width:336px;height:280px' "
        "data-ad-client='ca-pub-1234567890' data-ad-slot='9876543210' data-ad-format='auto' "
        "data-full-width-responsive='true'></ins>"
        "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>"
    ))
    doc = parse(raw)
    (ad,) = doc.ads
    assert (ad.network, ad.client, ad.unit, ad.format) == ("adsense", "ca-pub-1234567890", "9876543210", "display")
    assert ad.sizes == [[336, 280]]
    assert ad.attributes["data-ad-format"] == "auto"
    assert ad.attributes["data-full-width-responsive"] == "true"
    assert ad.position.placement == "inline" and ad.position.after == doc.body[1].id
    assert "adsbygoogle" in element(raw, ad.locator).get("class")


def test_adsense_in_article_unit_is_native():
    raw = article(after=(
        "<ins class='adsbygoogle' style='display:block; text-align:center;' data-ad-layout='in-article' "
        "data-ad-format='fluid' data-ad-client='ca-pub-1' data-ad-slot='42'></ins>"
    ))
    doc = parse(raw)
    (ad,) = doc.ads
    assert ad.format == "native" and ad.network == "adsense"
    assert ad.position.placement == "after" and ad.position.after == doc.body[-1].id


def test_adsense_slot_built_by_a_theme_script():
    """tagDiv themes write the ``ins`` from a script: client, slot and size come from it."""
    script = (
        "<script>var adEl = document.createElement('ins'); adEl.setAttribute('class', 'adsbygoogle');"
        "adEl.setAttribute('style', 'display:inline-block;width:468px;height:60px');"
        "adEl.setAttribute('data-ad-client', 'ca-pub-555'); adEl.setAttribute('data-ad-slot', '777');"
        "(adsbygoogle = window.adsbygoogle || []).push({});</script>"
    )
    raw = article(between=f"<div class='td-g-rec td-g-rec-id-content_inline'><span class='td-adspot-title'>"
                          f"- Advertisement -</span>{script}</div>")
    doc = parse(raw)
    (ad,) = doc.ads
    assert (ad.network, ad.client, ad.unit, ad.sizes) == ("adsense", "ca-pub-555", "777", [[468, 60]])
    assert ad.label == "- Advertisement -"
    assert ad.position.placement == "inline"


# --------------------------------------------------------------------------- Google Publisher Tag


def test_gpt_div_with_define_slot_in_an_inline_script():
    head = (
        "<script>googletag.cmd.push(function() {"
        "googletag.defineSlot('/1234/news/article_mid', [[300, 250], [728, 90]], 'div-gpt-ad-1')"
        ".addService(googletag.pubads());"
        "googletag.defineSlot(\"/1234/news/article_bottom\", [970, 250], \"div-gpt-ad-2\");"
        "googletag.enableServices(); });</script>"
    )
    raw = article(
        head=head,
        between="<div id='div-gpt-ad-1' data-lazy='1'><script>googletag.cmd.push(function() "
                "{ googletag.display('div-gpt-ad-1'); });</script></div>",
        after="<div id='div-gpt-ad-2'></div>",
    )
    doc = parse(raw)
    mid, bottom = doc.ads
    assert (mid.network, mid.unit, mid.sizes) == ("gpt", "/1234/news/article_mid", [[300, 250], [728, 90]])
    assert mid.format == "display" and mid.attributes == {"data-lazy": "1"}
    assert mid.position.placement == "inline" and mid.position.after == doc.body[1].id
    assert (bottom.unit, bottom.sizes, bottom.position.placement) == ("/1234/news/article_bottom", [[970, 250]], "after")
    assert element(raw, mid.locator).get("id") == "div-gpt-ad-1"


def test_gpt_out_of_page_slot_and_data_attributes():
    head = "<script>googletag.defineOutOfPageSlot('/99/site/interstitial', 'div-gpt-ad-oop');</script>"
    raw = article(head=head, before="<div id='div-gpt-ad-oop' data-google-query-id='CK1'></div>")
    doc = parse(raw)
    (ad,) = doc.ads
    assert (ad.network, ad.unit, ad.sizes) == ("gpt", "/99/site/interstitial", [])
    assert ad.attributes == {"data-google-query-id": "CK1"}
    # an out-of-page slot (here by its id) is drawn over the page, not in its flow: outside
    assert ad.position.placement == "outside" and ad.position.after is None


# --------------------------------------------------------------------------- other networks


def test_amazon_and_prebid_slots():
    raw = article(
        between="<div id='amzn-assoc-ad-8c29' data-aax_size='300x250'></div>"
                "<script>amzn_assoc_placement = 'adunit0';</script>",
        after="<div class='prebid' id='prebid-box-1' data-sizes='300x250'></div>",
    )
    doc = parse(raw)
    amazon, prebid = doc.ads
    assert amazon.network == "amazon" and amazon.attributes["data-aax_size"] == "300x250"
    assert amazon.position.placement == "inline"
    assert prebid.network == "prebid" and prebid.attributes["data-sizes"] == "300x250"
    assert prebid.position.placement == "after"


def test_empty_native_widgets_are_native_ad_slots():
    taboola_js = ("<script>window._taboola = window._taboola || []; _taboola.push({mode: 'thumbnails-a', "
                  "container: 'taboola-below-article', placement: 'Below Article Thumbnails', "
                  "target_type: 'mix'});</script>")
    raw = article(
        head="<script src='https://cdn.taboola.com/libtrc/examplepub/loader.js'></script>",
        after="<div id='taboola-below-article'></div>" + taboola_js
              + "<div class='OUTBRAIN' data-src='https://news.example.com/a' data-widget-id='AR_1'></div>"
              + "<div id='M123ScriptRootC456'></div>"
              + "<div data-widget-host='habitat' data-widget-id='9'></div>",
    )
    doc = parse(raw)
    nets = [a.network for a in doc.ads]
    assert nets == ["taboola", "outbrain", "mgid", "revcontent"]
    assert all(a.format == "native" and a.position.placement == "after" for a in doc.ads)
    taboola, outbrain, mgid, rev = doc.ads
    assert taboola.client == "examplepub" and taboola.unit == "Below Article Thumbnails"
    assert taboola.attributes["data-mode"] == "thumbnails-a"
    assert outbrain.unit == "AR_1" and outbrain.attributes["data-src"] == "https://news.example.com/a"
    assert rev.unit == "9"
    assert not doc.related


# --------------------------------------------------------------------------- generic containers and labels


def test_generic_containers_by_class_and_id_words():
    raw = article(
        before="<div class='ad-container top'><div id='ad300x250'></div></div>",
        between="<div class='boxinlineAd'></div>",
        after="<div class='td-a-rec td-a-rec-id-content_bottom'><a href='https://shop.example/x'>"
              "<img src='https://news.example.com/banner.jpg' alt='spot_img'></a></div>",
    )
    doc = parse(raw)
    top, inline, bottom = doc.ads
    assert [a.position.placement for a in doc.ads] == ["before", "inline", "after"]
    assert "ad-container" in element(raw, top.locator).get("class")
    assert inline.network is None and inline.format == "unknown"
    assert bottom.label == "spot_img"


def test_ad_labels_make_slots():
    raw = article(
        between="<div class='wrap'><p>- Advertisement -</p><div class='slot-x'></div></div>",
        after="<div><span>Anzeige</span><iframe width='300' height='250' src='https://ads.example/f'></iframe></div>",
    )
    doc = parse(raw)
    inline, after = doc.ads
    assert inline.label == "- Advertisement -" and inline.position.placement == "inline"
    assert element(raw, inline.locator).get("class") == "wrap"
    assert after.label == "Anzeige" and after.sizes == [[300, 250]] and after.format == "display"
    assert after.position.placement == "after"


def test_weak_label_needs_a_slot_beside_it():
    """"Sponsored" next to an empty box is an ad; a heading "Advertising" over text is not."""
    raw = article(between="<div><small>Sponsored</small><div class='box'></div></div>")
    doc = parse(raw)
    (ad,) = doc.ads
    assert ad.label == "Sponsored" and ad.format == "sponsored"


def test_ad_like_words_that_are_not_ads():
    """Class names merely containing the letters "ad" (header, shadow, load, badge, hash-like
    CSS module names) or describing a page state (has-ads, no-ads) are no slots, and a big
    container classed "ad" that holds the article is not taken either."""
    p = "".join(f"<p>{t}</p>" for t in PARAS)
    raw = (
        "<html><body class='has-ads'><div class='header shadow'><div class='badge load-more'>x</div></div>"
        f"<div class='ads-enabled css-5ad3f'><article><div class='post ad'>{p}</div></article></div>"
        "</body></html>"
    ).encode()
    doc = syndicate.parse(raw)
    assert doc.text().split("\n") == PARAS
    assert not doc.ads


def test_words_split_class_names():
    assert words("boxinlineAd") == ("boxinline", "ad")
    assert words("div-gpt-ad-123") == ("div", "gpt", "ad", "123")
    assert words("ad300x250") == ("ad",)
    assert "ad" not in words("css-5ad3f")


def test_sidebar_ad_is_outside():
    raw = article(sidebar="<div class='widget'><ins class='adsbygoogle' data-ad-client='ca-pub-9' "
                          "data-ad-slot='1'></ins></div>")
    doc = parse(raw)
    (ad,) = doc.ads
    assert ad.position.placement == "outside" and ad.position.after is None


def test_an_ad_script_in_a_text_block_does_not_take_the_text():
    """A forum post with a GPT display call inside stays body; an ad slot is only an element
    holding next to no text."""
    post = ("<div class='post'><script>googletag.cmd.push(function() { googletag.display('div-gpt-ad-7'); });"
            f"</script>{PARAS[2]}</div>")
    p = [f"<p>{t}</p>" for t in PARAS]
    raw = f"<html><body><article>{p[0]}{p[1]}{post}{p[3]}</article></body></html>".encode()
    doc = syndicate.parse(raw)
    assert PARAS[2] in doc.text()
    assert not doc.ads


def test_generic_container_naming_its_network():
    raw = article(between="<div class='ad-container dfp dfp-slot-SPLASHYMID' data-slot-name='mid'></div>")
    doc = parse(raw)
    (ad,) = doc.ads
    assert ad.network == "gpt" and ad.attributes == {"data-slot-name": "mid"}
    assert ad.position.placement == "inline"


def test_network_named_in_a_longer_class_and_glued_ad_words():
    raw = article(after="<div class='taboola-sidebar'></div><div id='bottomad'></div>")
    doc = parse(raw)
    taboola, bottom = doc.ads
    assert taboola.network == "taboola" and taboola.format == "native"
    assert bottom.network is None and bottom.position.placement == "after"


def test_script_hints_cover_every_ad_script_call():
    """The substring test that spares most scripts the pattern scan never hides a call: each
    written call is still found, and each holds one of the hints."""
    from syndicate.extract import ad_scripts
    from syndicate.extract.rules import ad_networks as rules

    calls = [
        "googletag.display('div-1')", "(adsbygoogle = window.adsbygoogle || []).push({})",
        "adsbygoogle.push({})", "apstag.fetchBids({})", "var amzn_assoc_ad_type = 1",
        "pbjs.que.push(f)", "pbjs.requestBids({})", "window._taboola.push({container: 'tbl-1'})",
        "OBR.extern.researchWidget()", "s.src='//widgets.outbrain.com/outbrain.js'",
        "tmntag.adTag('x')", "adTag('x')", "showAd('top')", "displayAd(3)", "renderAd(a)",
        "loadAd(b)", "OAS_AD('Top')", "google_ad_client = 'ca-pub-1';",
        "window.Ya.adfoxCode.create({ownerId: 1})", "(__lxGc__=window.__lxGc__||{})",
        "if (!document.MAX_used) document.MAX_used = ','",
    ]
    for code in calls:
        assert ad_scripts.script_call_row(code) is not None, code
        assert any(h in code for h in rules.AD_SCRIPT_HINTS), code
    # (a Taboola flush or page setting places nothing)
    assert ad_scripts.script_call_row("window._taboola.push({flush: true})") is None
    for code in ("window.dataLayer = []", "loadAdvice()", "function display(x) {}"):
        assert not any(h in code for h in rules.AD_SCRIPT_HINTS) and ad_scripts.script_call_row(code) is None


def test_class_signal_fast_answer_agrees_with_the_full_rules():
    """Class strings without any ad vocabulary get the fast answer; it is the full rules' answer."""
    from syndicate.extract import ads
    from syndicate.extract.chrome_util import class_names

    for cls in ("entry-content post", "Header_nav__x1", "sidebar_ad", "topAds", "site-header",
                "taboola-below", "dfp-slot", "AdSlot", "col-md-6 row", "leaderboardAd2",
                "skyscrapercontent", "cb-inread-content", "wallpaper-container", "bg-sky-50"):
        classes = class_names(cls)
        assert ads._class_signal.__wrapped__(cls) == (
            ads._class_network.__wrapped__(classes), ads._generic_classes.__wrapped__(classes),
            max((ads._format_name.__wrapped__(c) for c in classes), default=ads.NO_FORMAT)), cls


def test_grouped_alternation_finds_what_the_written_alternation_finds():
    """Plain alternatives regrouped by first character match wherever the written pattern
    does; anything else is compiled as written."""
    import re

    from syndicate.extract.rules.chrome_patterns import grouped_alternation

    source = r"nav|navbar|menu|main-menu|x\.com|t\.me|tnp-|-app"
    grouped = grouped_alternation(source, before="(?<![a-z])", after="(?![a-z])")
    written = re.compile(rf"(?<![a-z])(?:{source})(?![a-z])")
    assert grouped.pattern != written.pattern
    for text in ("site-navbar", "navigation", "main-menu x", "mainmenu", "see x.com/a", "xxcom",
                 "t.me/s", "tnp-form", "my-app", "apps", "nav", "", "menu-item", "submenu"):
        assert (grouped.search(text) is None) == (written.search(text) is None), text
    assert grouped_alternation(r"\btags?\b|author").pattern == r"(?:\btags?\b|author)"


def test_script_call_row_is_the_first_call_in_the_script():
    """Row by row, the call found first in the script wins (as one alternation finds it);
    a call inside a longer word ("xshowAd(") is none."""
    from syndicate.extract import ad_scripts

    assert ad_scripts.script_call_row("googletag.display('a'); OBR.extern.x()") == 0
    assert ad_scripts.script_call_row("OBR.extern.x(); googletag.display('a')") == 5
    assert ad_scripts.script_call_row("xshowAd(1); var y__lxGc__; google_ad_client = 1") == 7
    assert ad_scripts.script_call_row("myshowAd(1)") is None
    assert ad_scripts.script_call_row("__lxGc__=1") == 9
