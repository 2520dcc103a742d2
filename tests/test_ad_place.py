"""Where an ad slot stands, from what its FORMAT says: a skyscraper, half-page, gutter, side,
wallpaper/skin or adhesion slot stands beside the page (``outside``) wherever the tree puts it
before or after the article, but a slot between two paragraphs of the article stays
``inline`` whatever its name. Small pages in four languages."""

from __future__ import annotations

import pytest

import syndicate
from regionpages import TEXTS

LANGS = ["de", "en", "es", "fr"]


def _page(lang: str, before: str = "", middle: str = "", after: str = "", head: str = "") -> str:
    paras = TEXTS[lang]
    text = "".join(f"<p>{p}</p>" for p in paras[:2]) + middle + "".join(f"<p>{p}</p>" for p in paras[2:])
    return (
        f'<html lang="{lang}"><head><title>Kaimauer</title>{head}</head><body>'
        '<header class="site-header"><a href="/">Home</a></header>'
        f'<div class="page-wrap">{before}'
        f'<div class="content"><article><h1>Kaimauer</h1>{text}</article></div>'
        f"{after}</div>"
        '<footer class="site-footer"><a href="/impressum">Impressum</a></footer></body></html>'
    )


def _placements(html: str) -> list[str]:
    doc = syndicate.parse(html)
    return [a.position.placement for a in doc.ads]


def _gpt(slot_id: str, sizes: str) -> str:
    """The page's GPT configuration for one slot (what tells its sizes)."""
    return (
        '<script>googletag.cmd.push(function(){googletag.defineSlot("/1234/site/top", '
        f'{sizes}, "{slot_id}").addService(googletag.pubads());}});</script>'
    )


@pytest.mark.parametrize("lang", LANGS)
def test_gutter_and_skyscraper_names_stand_beside_the_page(lang: str) -> None:
    # Two gutter slots in the page's wrapper before the article's column, one skyscraper after it.
    before = ('<div class="ad-gutter-left"><div id="div-gpt-ad-11"></div></div>'
              '<div class="ad-gutter-right"><div id="div-gpt-ad-12"></div></div>')
    after = '<div class="skyscraperContainer" id="skyscraper_1"><div id="div-gpt-ad-13"></div></div>'
    html = _page(lang, before=before, after=after)
    assert _placements(html) == ["outside", "outside", "outside"]


@pytest.mark.parametrize("lang", LANGS)
def test_tall_sizes_stand_beside_the_page(lang: str) -> None:
    # No format word at all: the slot's only sizes are a skyscraper's and a half page's.
    before = '<div id="div-gpt-ad-21"></div>'
    head = _gpt("div-gpt-ad-21", "[[160, 600], [300, 600]]")
    assert _placements(_page(lang, before=before, head=head)) == ["outside"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_wide_banner_above_the_article_stays_before(lang: str) -> None:
    # A leaderboard/billboard above the article is no side format: the tree's "before" stands.
    before = '<div id="div-gpt-ad-31"></div>'
    head = _gpt("div-gpt-ad-31", "[[728, 90], [970, 250]]")
    assert _placements(_page(lang, before=before, head=head)) == ["before"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_side_format_between_paragraphs_is_inline(lang: str) -> None:
    # A half-page slot the article text flows around is part of the article: inline.
    middle = '<div class="ad halfpage-ad"><div id="div-gpt-ad-41"></div></div>'
    head = _gpt("div-gpt-ad-41", "[[300, 600]]")
    assert _placements(_page(lang, middle=middle, head=head)) == ["inline"]


@pytest.mark.parametrize("lang", LANGS)
def test_left_and_right_alone_say_no_side(lang: str) -> None:
    # Two rectangles side by side under the article ("ad-left", "ad-right") stand after it.
    after = ('<div class="ad-row"><div class="ad ad-left"><div id="div-gpt-ad-51"></div></div>'
             '<div class="ad ad-right"><div id="div-gpt-ad-52"></div></div></div>')
    assert _placements(_page(lang, after=after)) == ["after", "after"]


@pytest.mark.parametrize("lang", LANGS)
def test_format_in_a_data_value(lang: str) -> None:
    # The slot's format is written only in its data-* configuration ("data-size-key=GUTTER").
    before = '<div class="ad-slot" data-size-key="GUTTER" data-ad-unit-path="/1/site/gtl"></div>'
    assert _placements(_page(lang, before=before)) == ["outside"]


@pytest.mark.parametrize(("lang", "where", "box", "head"), [
    # an out-of-page slot named so, a 1x1 GPT slot, a skin named in French, an <ad1x1> element
    ("de", "before", '<div class="ad ad--out-of-page"><div class="ad__slot" data-node-id="a1"></div></div>', ""),
    ("en", "after", '<div id="div-gpt-ad-7"></div>', _gpt("div-gpt-ad-7", "[1, 1]")),
    ("fr", "before", '<div class="habillage-dfp" id="dfp-habillage" data-ad-unit="/1234/site/skin"></div>', ""),
    ("es", "after", '<ad1x1 id="ad-oop" data-ad-unit="/1234/site/oop"></ad1x1>', ""),
])
def test_an_out_of_page_slot_stands_outside(lang, where, box, head):
    html = _page(lang, head=head, **{where: box})
    assert _placements(html) == ["outside"]


@pytest.mark.parametrize("lang", LANGS)
def test_an_out_of_page_slot_between_paragraphs_stays_inline(lang):
    html = _page(lang, middle='<div class="ad ad--out-of-page" id="oop-1" data-ad-unit="/1234/site/oop"></div>')
    assert _placements(html) == ["inline"]
