"""Ad slots as the open web marks them, and what only looks like one: hash-made class names,
consent options, links to a site's advertising page; ad-server frames, slots an ad script in
the head names by id, recommendation networks' empty units, the word "advertising" in other
languages. Small pages in four or more languages."""

from __future__ import annotations

import pytest

from regionpages import TEXTS, body_intact, parse


def page(lang: str, between: str = "", after: str = "", footer: str = "", head: str = "",
         top: str = "") -> bytes:
    """An article in ``lang`` with chrome ``between`` paragraphs 2 and 3, ``after`` the text,
    in the site ``footer``, at the ``top`` of the page and scripts in the ``head``."""
    p = [f"<p>{t}</p>" for t in TEXTS[lang]]
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title>{head}"
        f"</head><body>{top}<main><article><h1>{TEXTS[lang][0][:40]}</h1>"
        f"<div class='entry-content'>{p[0]}{p[1]}{between}{p[2]}{p[3]}</div>{after}</article></main>"
        f"<footer class='site-footer'>{footer}</footer></body></html>"
    ).encode()


# --------------------------------------------------------------------------- no slot


@pytest.mark.parametrize(("lang", "box", "words"), [
    # a page builder's element hash (Elementor), a UUID, a CSS-module suffix, a random token
    ("en", "<div class='elementor-element elementor-element-ad44488'>Sheffield, MA</div>", "Sheffield"),
    ("de", "<div id='block-8b12d038-81ff-4352-ad15-30e5cd82b0a9'>Unsere Standorte</div>", "Standorte"),
    ("es", "<div class='Bylines_publishDate__u6aAD'>Publicado el 7 de noviembre</div>", "Publicado"),
    ("fr", "<div class='instant-rich-text iK9mG2ZV5tAdLgMKP'>Soldes</div>", "Soldes"),
    # "adv" for "advanced" (a page builder's advanced heading)
    ("ru", "<div class='kt-adv-heading2551161_2198c1-a1'>Автор пишет для блога с 2018 года.</div>", "Автор"),
])
def test_a_hash_or_abbreviation_in_a_class_name_is_no_ad_word(lang, box, words):
    doc = parse(page(lang, between=box))
    assert doc.ads == []
    assert not any(words in str(item) for item in (*doc.related, *doc.ctas))  # (nor other chrome)
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "box"), [
    ("en", "<div class='product-embed' data-ad-exclude='true'><a href='/p/1'>Rose napkin, set of 4</a></div>"),
    ("de", "<div class='cookie-law'><div class='hide-on-button ads-active' id='cookie-law'>"
           "<form><input type='submit' value='Akzeptieren'></form></div></div>"),
])
def test_a_box_that_says_no_ad_goes_there_is_no_slot(lang, box):
    assert parse(page(lang, between=box)).ads == []


@pytest.mark.parametrize(("lang", "label"), [
    ("en", "Advertisement"), ("de", "Werbung"), ("es", "Publicidad"), ("fr", "Publicité"),
])
def test_a_consent_category_named_like_an_ad_label_is_no_slot(lang, label):
    # a consent dialog's category: the name and its switch, or the name in the switch's label
    options = (
        f"<div class='cli-tab-header'><a role='button' data-target='ads'>{label}</a>"
        f"<div class='cli-switch'><input type='checkbox' id='c-ads'>"
        f"<label for='c-ads'><span class='sr-only'>{label}</span></label></div></div>"
    )
    doc = parse(page(lang, top=f"<div class='cookie-settings'>{options}</div>"))
    assert doc.ads == []
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "label", "href"), [
    ("de", "Werbung", "https://media.example.de/portfolio/"),
    ("fr", "Publicité", "/publicite"),
    ("es", "Publicidad", "/contacto/"),
    ("en", "Advertisement", "/advertise"),
])
def test_a_footer_link_to_the_advertising_page_is_no_slot(lang, label, href):
    footer = (f"<ul><li><a href='/impressum'>Impressum</a></li><li><a href='{href}'>{label}</a></li>"
              "<li><a href='/privacy'>Datenschutz</a></li></ul>")
    doc = parse(page(lang, footer=footer))
    assert doc.ads == []


# --------------------------------------------------------------------------- slots


@pytest.mark.parametrize(("lang", "src", "network"), [
    ("es", "//mg.mgid.com/mghtml/framehtml/c/l/a/site.com.1243842.html", "mgid"),
    ("de", "https://ws-eu.amazon-adsystem.com/widgets/q?ServiceVersion=20070822&ad_type=product_link", "amazon"),
    ("fr", "https://ad.adverticum.net/b/?z=123", None),
    ("en", "https://tpc.googlesyndication.com/safeframe/1-0-40/html/container.html", "adsense"),
])
def test_an_ad_servers_frame_is_a_slot(lang, src, network):
    frame = f"<iframe src='{src}' width='300' height='250' frameborder='0'></iframe>"
    doc = parse(page(lang, between=f"<div class='box'>{frame}</div>"))
    assert len(doc.ads) == 1
    assert doc.ads[0].network == network
    assert doc.ads[0].position.placement == "inline"
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "de", "es", "ru"])
def test_an_ad_servers_hidden_helper_frame_is_no_slot(lang):
    frame = "<iframe src='https://pagead2.googlesyndication.com/pagead/html/zrt_lookup.html' style='display: none;'></iframe>"
    assert parse(page(lang, after=frame)).ads == []


@pytest.mark.parametrize(("lang", "call", "network"), [
    ("en", "window['nitroAds'].createAd('Content_Mid', {\"sizes\": [[728, 90]]});", None),
    ("de", "if (typeof AdController !== 'undefined') { AdController.render('Content_Mid'); }", "iqdigital"),
    ("fr", "googletag.cmd.push(function() { googletag.display('Content_Mid'); });", "gpt"),
    ("ru", "nitroAds.createAd(\"Content_Mid\", {});", None),
])
def test_an_empty_box_an_ad_script_names_by_id_is_a_slot(lang, call, network):
    head = f"<script>{call}</script>"
    between = "<div class='wide'><div id='Content_Mid'></div></div>"
    doc = parse(page(lang, head=head, between=between, after="<div id='Content_Other'></div>"))
    assert len(doc.ads) == 1  # (the box no script names is no slot)
    assert doc.ads[0].network == network
    assert doc.ads[0].position.placement == "inline"
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "box", "network"), [
    ("en", "<div class='zergnet-widget' id='zergnet-widget-93545'></div>", "zergnet"),
    ("de", "<div id='zergnet-widget-83525' class='mt-16'></div>", "zergnet"),
    ("es", "<div class='dianomi_context' data-dianomi-context-id='4301'></div>", "dianomi"),
    ("fr", "<div class='adtile--mobile--iqadtile4'></div>", "iqdigital"),
    ("ru", "<div id='iqadtile41'></div>", "iqdigital"),
])
def test_a_networks_empty_unit_is_a_slot(lang, box, network):
    doc = parse(page(lang, after=box))
    assert len(doc.ads) == 1
    assert doc.ads[0].network == network
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "cls"), [
    ("es", "publicidad-top"), ("fr", "bloc-publicite"), ("de", "publicidade publicidade-responsive1"),
    ("en", "pubblicita-box"), ("ru", "reclame-blok"), ("es", "advertentie"),
])
def test_the_word_advertising_in_other_languages_names_a_slot(lang, cls):
    doc = parse(page(lang, between=f"<div class='{cls}'><div id='slot-7'></div></div>"))
    assert len(doc.ads) == 1
    assert doc.ads[0].position.placement == "inline"
    body_intact(doc, lang)
