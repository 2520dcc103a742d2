"""Ad slots between the cards of a related block (a leaderboard between two card lists, an
"Anzeige" unit in a teaser grid) are reported beside the block; a card whose box is named
like an ad but holds a teaser link is none, and a sponsored widget stays whole. Small pages in
three languages."""

from __future__ import annotations

import pytest

from regionpages import TEXTS, body_intact, parse, source

HEADINGS = {"en": "Related stories", "de": "Auch interessant", "fr": "À lire aussi"}


def _cards(lang: str, first: int, box: str = "div") -> str:
    return "".join(
        f"<{box} class='card'><a href='/2024/story-{n}'><img src='/img/{n}.jpg' alt=''>"
        f"<h3>{TEXTS[lang][n % 4][:48]}</h3></a></{box}>" for n in range(first, first + 4))


def page(lang: str, block: str) -> bytes:
    p = "".join(f"<p>{t}</p>" for t in TEXTS[lang])
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head>"
        f"<body><main><article><h1>{TEXTS[lang][0][:40]}</h1><div class='entry-content'>{p}</div>"
        f"</article>{block}</main></body></html>"
    ).encode()


def _related(lang: str, between: str) -> str:
    return (f"<section class='related-posts'><h2>{HEADINGS[lang]}</h2>"
            f"<div class='card-list'>{_cards(lang, 1)}</div>{between}"
            f"<div class='card-list'>{_cards(lang, 5)}</div></section>")


@pytest.mark.parametrize(("lang", "slot"), [
    ("en", "<div id='leaderboardfooter_1-0' class='comp mm-ads-leaderboardfooter-flex-1-lazy'>"
           "<div id='leaderboardfooter-flex-1' class='wrapper'></div></div>"),
    ("de", "<div class='topicbox'><div id='content_ad_3'><small class='label'>Anzeige</small>"
           "<div id='content_ad_3_0'><iframe src='about:blank' width='300' height='250'></iframe></div></div></div>"),
    ("fr", "<gpt-ad format='native' targeting-pos='native-related'></gpt-ad>"),
])
def test_a_slot_between_the_cards_of_a_related_block_is_reported(lang, slot):
    raw = page(lang, _related(lang, slot))
    doc = parse(raw)
    assert len(doc.related) >= 1
    assert len(doc.ads) == 1
    located = source(raw, doc.ads[0].locator)
    # the slot, not the block nor a card
    assert "card" not in (located.get("class") or "") and located.tag != "section"
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_card_named_like_an_ad_is_no_slot(lang):
    # a teaser box whose id holds "ad" ("content_ad_1_not"): a link to a story is a card
    card = (f"<div class='topicbox'><div id='content_ad_1_not'><a href='/2024/story-9'>"
            f"<img src='/img/9.jpg' alt=''><h3>{TEXTS[lang][2][:48]}</h3></a></div></div>")
    doc = parse(page(lang, _related(lang, card)))
    assert len(doc.related) >= 1
    assert doc.ads == []
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sponsored_widget_stays_whole(lang):
    # Taboola's filled widget: its cards carry the network's markup, the block is the ad
    cards = "".join(f"<div class='videoCube trc_spotlight_item'><a href='https://ads.example.net/{n}'>"
                    f"<span class='video-title'>{TEXTS[lang][n % 4][:40]}</span></a>"
                    f"<div class='trc_ad_slot'></div></div>" for n in range(4))
    block = f"<div id='taboola-below-article' class='trc_related_container'>{cards}</div>"
    doc = parse(page(lang, block))
    assert doc.ads == []
    body_intact(doc, lang)
