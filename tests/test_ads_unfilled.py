"""Ad slots as a scraped page holds them before any ad script ran: empty boxes named by an ad
format, rows of such boxes, and boxes holding only a network's in-place ad script. Small pages
in four languages (the article text is what a slot must never take, and never lose)."""

from __future__ import annotations

import pytest

from regionpages import article_in as page
from regionpages import body_intact, parse, source

# --------------------------------------------------------------------------- empty format boxes


@pytest.mark.parametrize(("lang", "box"), [
    ("de", "<div id='billboardcontainer'><div id='billboard'></div></div>"),
    ("es", "<div id='skyscraperPrimary' class='skyscrapercontent'><div id='sky1'></div></div>"),
    ("ru", "<div class='cb-inread-content' id='inread-1'></div>"),
    ("fr", "<div id='inpagecontainer'><div id='inpage'></div></div>"),
    ("de", "<div class='mrec-slot' data-pos='2'></div>"),
    # "banner" with a position word, apart or glued
    ("es", "<div id='header-banner-wrapper'></div>"),
    ("ru", "<div id='bigbanner'><div class='container'> </div></div>"),
])
def test_an_empty_box_named_by_an_ad_format_is_a_slot(lang, box):
    raw = page(lang, between=box)
    doc = parse(raw)
    assert len(doc.ads) == 1
    ad = doc.ads[0]
    assert ad.position.placement == "inline"
    assert ad.position.after == doc.body[1].id
    assert "billboard" not in doc.text()
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "box"), [
    # a hero teaser called "billboard": it has an image, a heading and a link
    ("de", "<div class='billboard' id='top-story'><img src='/a.jpg' alt=''><h2><a href='/x'>Neue Fähre</a>"
           "</h2></div>"),
    # a CSS shape and a Tailwind colour: empty, but nothing an ad script could fill
    ("es", "<div class='Callout_rectangle__x7Hq'></div><div class='h-9 bg-sky-50 ring-sky-200'></div>"),
    # an in-page navigation box, empty until its script runs
    ("fr", "<div id='inpage-nav' class='inpage-nav'></div>"),
    # "banner" alone, and a sticky cookie or newsletter banner waiting for its script
    ("ru", "<div id='banner' class='banner'></div>"),
    ("de", "<div id='sticky-cookie-banner'></div><div class='footer-newsletter-banner' data-target='nl'></div>"),
])
def test_format_words_alone_do_not_make_a_slot(lang, box):
    doc = parse(page(lang, between=box))
    assert doc.ads == []
    body_intact(doc, lang)


# --------------------------------------------------------------------------- rows of slots


def test_a_row_of_two_empty_slots_gives_two_slots():
    row = ("<div id='contentAd'><div class='ad-left'><div data-ns='rectangle'></div></div>"
           "<div class='ad-right'><ins class='adsbygoogle' data-ad-client='ca-pub-7' data-ad-slot='70'></ins>"
           "</div></div>")
    raw = page("de", after=row)
    doc = parse(raw)
    assert [source(raw, ad.locator).get("class") for ad in doc.ads] == ["ad-left", "ad-right"]
    assert [ad.network for ad in doc.ads] == [None, "adsense"]
    assert all(ad.position.placement == "after" for ad in doc.ads)


def test_a_network_container_with_two_placements_gives_two_slots():
    row = ("<div class='taboola-banner'><div id='tbl-below-1'></div><script>window._taboola = window._taboola"
           " || []; _taboola.push({mode: 'thumbs-a', container: 'tbl-below-1', placement: 'Below 1'});</script>"
           "<div id='tbl-below-2'></div><script>_taboola.push({mode: 'thumbs-b', container: 'tbl-below-2',"
           " placement: 'Below 2'});</script></div>")
    raw = page("es", after=row)
    doc = parse(raw)
    assert [(ad.network, ad.unit) for ad in doc.ads] == [("taboola", "Below 1"), ("taboola", "Below 2")]


def test_a_labelled_box_of_slots_stays_one_slot():
    box = ("<div class='ad-wrap'><div class='ad-header'><span>Реклама</span></div>"
           "<div class='ad-config-wrap'><div id='ad-slot-1' class='ad-config'></div></div>"
           "<div class='ad-config-wrap'><div id='ad-slot-2' class='ad-config'></div></div></div>")
    raw = page("ru", sidebar=box)
    doc = parse(raw)
    (ad,) = doc.ads
    assert source(raw, ad.locator).get("class") == "ad-wrap"
    assert ad.label == "Реклама"
    assert ad.position.placement == "outside"


def test_a_close_button_beside_a_slot_is_no_slot():
    box = ("<div id='footer-container-ad'><div id='footer-ad' class='site-ad'><script>googletag.cmd.push("
           "function(){googletag.display('footer-ad');});</script></div>"
           "<div id='close-footer-ad'><a class='icon-close' href='#'></a></div></div>")
    raw = page("fr", after=box)
    doc = parse(raw)
    (ad,) = doc.ads
    assert source(raw, ad.locator).get("id") == "footer-container-ad"


# --------------------------------------------------------------------------- in-place ad scripts


def test_legacy_adsense_script_box_with_client_unit_and_size():
    box = ("<div class='bnr'><script type='text/javascript'><!--\ngoogle_ad_client = \"ca-pub-5177\";\n"
           "google_ad_slot = \"8954\";\ngoogle_ad_width = 300;\ngoogle_ad_height = 250;\n//-->\n</script>"
           "<script type='text/javascript' src='https://pagead2.googlesyndication.com/pagead/show_ads.js'>"
           "</script></div>")
    raw = page("es", sidebar=box)
    doc = parse(raw)
    (ad,) = doc.ads
    assert (ad.network, ad.client, ad.unit, ad.sizes, ad.format) == ("adsense", "ca-pub-5177", "8954",
                                                                       [[300, 250]], "display")
    assert source(raw, ad.locator).get("class") == "bnr"


def test_a_bare_center_holding_an_ad_script_is_a_slot():
    box = ("<center><script>google_ad_client = 'pub-1'; google_ad_slot = '2'; google_ad_width = 468;"
           " google_ad_height = 60;</script></center>")
    raw = page("de", after=box)
    doc = parse(raw)
    (ad,) = doc.ads
    assert source(raw, ad.locator).tag == "center"
    assert ad.position.placement == "after" and ad.sizes == [[468, 60]]


def test_adfox_and_revive_boxes_are_slots():
    adfox = ("<div class='b-banner m-banner-3'><!--AdFox START--><div id='adfox_1496'></div><script>"
             "window.Ya.adfoxCode.create({ownerId: 1, containerId: 'adfox_1496', params: {pp: 'g'}});"
             "</script></div>")
    revive = ("<div class='zone-wrap'><ins data-revive-zoneid='3247' data-revive-id='f4be'></ins>"
              "<script async src='//ads.example.net/www/delivery/asyncjs.php'></script></div>")
    raw = page("ru", between=adfox, sidebar=revive)
    doc = parse(raw)
    assert [(ad.network, ad.position.placement) for ad in doc.ads] == [("adfox", "inline"), ("revive", "outside")]
    body_intact(doc, "ru")


def test_an_empty_ins_configured_by_data_attributes_is_a_slot():
    raw = page("fr", sidebar="<div class='textwidget'><ins data-wpas-zoneid='5'></ins></div>")
    doc = parse(raw)
    (ad,) = doc.ads
    assert ad.position.placement == "outside"


def test_an_ins_with_text_is_an_edit_not_a_slot():
    raw = page("fr", between="<p>Le maire a <ins data-edit='2024-05-01'>finalement</ins> signé.</p>")
    doc = parse(raw)
    assert doc.ads == []
    assert "finalement" in doc.text()


def test_a_taboola_flush_call_is_no_slot():
    raw = page("es", after="<div><script>window._taboola = window._taboola || [];"
                           " _taboola.push({flush: true});</script></div>")
    assert parse(raw).ads == []
