"""Ad slots named in other words: a weak ad word ("pub", "sky", "creative") backed by a slot's
position, format or size in the same name; ad words of other languages; a page's own element
named as an ad (``<advertisement>``, ``<gpt-ad>``); an ad server's or network's own name on
its empty box. Small pages in five languages."""

from __future__ import annotations

import re

import pytest

from regionpages import article_in as page
from regionpages import body_intact, parse, source


@pytest.mark.parametrize(("lang", "box"), [
    ("fr", "<div class='bloc pub-300x600' data-at=''><div id='pub_pave_haut'></div></div>"),
    ("fr", "<div id='pub_oreille_gauche' class='pubs pubs-l'></div>"),
    ("de", "<div class='c-container__sky-right-wrapper'><div id='urban-sky-right'></div></div>"),
    ("ru", "<div class='creative creative_branding' data-v-d017d568=''><div class='creative__slot'></div></div>"),
    ("es", "<div class='pub-container-haut'><div id='pub_banniere_haute' class='pub'></div></div>"),
])
def test_a_weak_ad_word_with_a_slot_position_or_size_on_an_empty_box_is_a_slot(lang, box):
    doc = parse(page(lang, sidebar=box))
    assert len(doc.ads) == 1
    assert doc.ads[0].position.placement == "outside"
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "box"), [
    # the word alone, no position, format or size beside it
    ("fr", "<div id='pub_native' class='pub'></div>"),
    ("en", "<div class='sky-wrapper' id='weather-sky'></div>"),
    ("en", "<div class='creative-team' id='team'></div>"),
    # a publication's date or details, a Tailwind colour
    ("fr", "<div class='pub-date-top' id='d1'></div>"),
    ("en", "<div class='bg-sky-50 rounded-md' id='i1'></div>"),
    # backed, but showing something: a box with content is no unfilled slot
    ("fr", "<div id='pub_haut'><p>Publications du haut de la page</p></div>"),
    # backed and empty, but no hook an ad script would fill (a styled spacer)
    ("de", "<div class='sky-right'></div>"),
])
def test_a_weak_ad_word_is_no_slot_without_its_evidence(lang, box):
    doc = parse(page(lang, sidebar=box + "<p>Mehr zum Thema im Archiv der Redaktion.</p>"))
    assert doc.ads == []
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "box"), [
    ("de", "<div class='werbe-banner detail-page sidebar'></div>"),
    ("ru", "<div class='reklama-box'></div>"),
    ("en", "<div class='iAdserver' data-iadserver-zone='33'></div>"),
    ("de", "<div id='adleft' class='adside'></div>"),
])
def test_ad_words_of_other_languages_and_glued_ad_words_name_a_slot(lang, box):
    doc = parse(page(lang, sidebar=box))
    assert len(doc.ads) == 1
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "element", "placement"), [
    ("de", "<advertisement></advertisement>", "inline"),
    ("en", "<gpt-ad lazy-load='2' format='native' sizes-at-0='native'></gpt-ad>", "inline"),
    ("fr", "<atf-ad-slot id='atf-footer' atf-format='footer'></atf-ad-slot>", "inline"),
    ("es", "<ad class='bbcl-app' path='/1098385/250x250_x' width='250'></ad>", "inline"),
])
def test_an_element_named_as_an_ad_is_a_slot_when_empty(lang, element, placement):
    raw = page(lang, between=element)
    doc = parse(raw)
    assert [a.position.placement for a in doc.ads] == [placement]
    assert source(raw, doc.ads[0].locator).tag == re.match(r"<([\w-]+)", element).group(1)
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_an_element_named_as_an_ad_with_content_or_a_state_word_is_none(lang):
    # a component that shows a teaser, and one that marks an ad-free page
    box = ("<ad-card><a href='/story/1'><img src='/f.jpg' alt=''>Hafen</a></ad-card>"
           "<ad-free-banner></ad-free-banner>")
    doc = parse(page(lang, sidebar=box))
    assert doc.ads == []
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "box", "network"), [
    ("ru", "<div id='admediator-60548-417214'></div>", "admediator"),
    ("de", "<div id='teads_intext_container'></div>", "teads"),
    ("en", "<div id='medianetintraarticlenativead' class='medianetintraarticlenativead'></div>", "medianet"),
    ("es", "<div data-fusion-lazy-id='x'><div id='send2News' class='Send2News'></div></div>", "sendtonews"),
    ("en", "<div class='AdvallyContainer'><div class='AdvallyTag v2 ArticleInline'></div></div>", "advally"),
])
def test_an_ad_servers_own_name_on_its_empty_box_is_its_slot(lang, box, network):
    doc = parse(page(lang, between=box))
    assert [(a.network, a.position.placement) for a in doc.ads] == [(network, "inline")]
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_network_id_on_a_box_with_content_is_no_slot(lang):
    # (placeholder ids name a slot only while empty: an article section so named is none)
    box = "<div id='teads_intext_container'><p>Ein Absatz, den die Redaktion hier hält.</p></div>"
    doc = parse(page(lang, between=box))
    assert doc.ads == []
    body_intact(doc, lang)
