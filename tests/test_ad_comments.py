"""Ad slots named only by an HTML comment (``ad_comments``): an empty box whose opening comment,
right before it or first inside it, names an ad by a word ("AD:", "Werbung", "Publicité") or an
ad size ("728x90", an ad server's "300,600"). Guards: closing comments, comments of tracking
tags and plugins, boxes that show something or carry no hook, boxes inside the text. Small
pages in English, German, Spanish and French."""

from __future__ import annotations

import pytest

from regionpages import TEXTS, body_intact, parse, source
from regionpages import article_in as page
from syndicate.extract.ad_comments import names_slot, sizes_named

#: A vendor's placeholder: no ad word in its class, id or attributes.
_SHOP_BOX = "<div class='shop24-text-placeholder' data-brand='Apple' data-id='3232088077'></div>"


@pytest.mark.parametrize(("lang", "comment"), [
    ("en", "<!-- AD: performance article_link -->"),
    ("de", "<!-- Werbung mitte -->"),
    ("es", "<!-- Publicidad intermedia -->"),
    ("fr", "<!-- Publicité milieu -->"),
    ("en", "<!-- begin ad tag -->"),
])
def test_an_empty_box_after_a_comment_naming_an_ad_is_a_slot(lang: str, comment: str) -> None:
    doc = parse(page(lang, between=f"{comment}\n{_SHOP_BOX}"))
    assert len(doc.ads) == 1
    ad = doc.ads[0]
    assert ad.position.placement == "inline"
    assert source(page(lang, between=f"{comment}\n{_SHOP_BOX}"), ad.locator).get("data-id") == "3232088077"
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_an_ad_size_names_the_slot_and_gives_its_size(lang: str) -> None:
    top = ("<!-- AdGlare: Village Voice 728x90 --><div class='u-tac'><span id='zone849653265'></span>"
           "<script>(function(){var s=document.createElement('script');})();</script></div>")
    doc = parse(page(lang, top=top))
    assert len(doc.ads) == 1
    assert doc.ads[0].sizes == [[728, 90]]
    assert doc.ads[0].format == "display"
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_comment_first_in_a_box_of_scripts_names_that_box(lang: str) -> None:
    # An ad server's zone in a sidebar text widget: its comment, then only its scripts.
    side = ("<div id='text-5' class='widget widget_text'><div class='textwidget'>"
            "<!-- Article Pages 300,600 [async] --><script>var plc686138 = 0;</script>"
            "<script>window.zone = window.zone || [];</script></div></div>")
    raw = page(lang, sidebar=side)
    doc = parse(raw)
    assert len(doc.ads) == 1
    assert source(raw, doc.ads[0].locator).get("id") == "text-5"
    assert doc.ads[0].sizes == [[300, 600]]


@pytest.mark.parametrize(("lang", "between"), [
    # a closing comment names the box before it: the box after it is something else
    ("en", "<div class='promo-slot' id='x1'><script>load()</script></div><!-- /ad -->"
           "<div class='mount' data-widget='poll'></div>"),
    ("de", "<!-- end ad --><div class='mount' data-widget='poll'></div>"),
    ("en", "<!-- .ad-wrapper --><div class='mount' data-widget='poll'></div>"),
    # a tracking tag's comment
    ("de", "<!-- Global site tag (gtag.js) - Google Ads: 784477961 --><div id='gtag-holder'>"
           "<script>gtag('config')</script></div>"),
    # the box shows something: a teaser, no unfilled slot
    ("en", "<!-- Ad --><div class='teaser' id='t1'><a href='/harbour'>The harbour wall</a></div>"),
    # an empty box without a hook for a script: a spacer
    ("de", "<!-- Werbung --><div class='clearfix'></div>"),
    # a size no ad has (a favicon's, a splash image's)
    ("en", "<!-- size: 32x32 --><div id='icon-holder'></div>"),
])
def test_what_no_comment_makes_a_slot(lang: str, between: str) -> None:
    doc = parse(page(lang, between=between))
    assert doc.ads == []
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_box_inside_the_text_is_no_slot(lang: str) -> None:
    # An empty element in a quote of the text, and one in a paragraph (a note's anchor).
    quote = f"<blockquote><!-- ad --><div id='q1' data-cite='7'></div><p>{TEXTS[lang][1][:60]}</p></blockquote>"
    note = f"<p>{TEXTS[lang][2][:40]}<!-- ad --><span id='fn1' data-note='1'></span> ...</p>"
    doc = parse(page(lang, between=quote + note))
    assert doc.ads == []


def test_names_slot_reads_words_and_sizes() -> None:
    assert names_slot(" AD: billigerDe breaker ")
    assert names_slot("Anzeige oben")
    assert names_slot("Pubblicità 2")
    assert names_slot("Leaderbord 728x90 Header")
    assert not names_slot("Add to cart")  # ("add" is no ad word)
    assert not names_slot("Ad block END")
    assert not names_slot("site.com is managing ads with Advanced Ads")
    assert not names_slot("<div class='ad'></div>")  # (commented-out markup)
    assert sizes_named("mobile ad 320 x 100, then 300*250") == [[320, 100], [300, 250]]
    assert sizes_named("Startup Image iPad (768x1004)") == []
