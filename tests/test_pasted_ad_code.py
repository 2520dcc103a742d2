"""Ad code a site pastes into its widgets and text: an affiliate network's banner link (its
picture served by the network itself, an HTML comment around it) and an AdSense unit inside
a ``<p>`` an editor left around it. Guards: a counter's badge served by its own service, a
weather box frame of no banner size, a video player's frame, an ad unit in a paragraph of
text. Small pages written for the project (en, de, fr).
"""

from __future__ import annotations

import pytest

from regionpages import TEXTS, body_intact, parse, source

SITE = "https://news.example.org"


def page(lang: str, side: str = "", between: str = "", footer: str = "") -> bytes:
    """An article in ``lang`` (``between`` after its second paragraph), a side column
    holding ``side`` and an archive widget, and a footer holding ``footer``."""
    texts = TEXTS[lang]
    p = "".join(f"<p>{t}</p>" for t in texts[:2]) + between + "".join(f"<p>{t}</p>" for t in texts[2:])
    archive = ("<section class='widget widget_archive'><h3>Archiv</h3><ul>"
               f"<li><a href='{SITE}/2024/'>2024</a></li><li><a href='{SITE}/2023/'>2023</a></li></ul></section>")
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head>"
        f"<body><header class='site-header'><a href='{SITE}/'><img src='/img/site.png' alt='News'></a></header>"
        f"<div class='wrap'><main><article><h1>{texts[0][:40]}</h1><div class='entry-content'>{p}</div>"
        f"</article></main><div id='secondary' class='widget-area sidebar'>{side}{archive}</div></div>"
        f"<footer class='site-footer'><p>© News</p>{footer}</footer></body></html>"
    ).encode()


# ---------------------------------------------------------------- sold picture links (A1)

def _network_banner(n: int, rel: str = "sponsored") -> str:
    """An affiliate network's banner code pasted into a widget: the link and its picture on
    the network's host, an HTML comment naming the advertiser around them."""
    return (f"<div class='widget code-block'><!-- START ADVERTISER: Camera shop {n} from network.example -->"
            f"<a rel='{rel}' href='https://www.network.example/cread.php?s={n}&v=89'>"
            f"<img src='https://www.network.example/cshow.php?s={n}&v=89' border='0'></a>"
            f"<!-- END ADVERTISER: Camera shop {n} from network.example --></div>")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_sponsored_network_banner_served_by_the_network_is_an_ad(lang: str) -> None:
    """A rel=sponsored picture link whose picture the link's own host serves (every
    affiliate network does), an HTML comment beside it: one display slot, at its widget."""
    raw = page(lang, side=_network_banner(1))
    doc = parse(raw)
    assert len(doc.ads) == 1, doc.ads
    assert "code-block" in (source(raw, doc.ads[0].locator).get("class") or "")
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_badge_served_by_the_service_it_links_is_no_ad(lang: str) -> None:
    """The same shape with no sign of a sale (no rel=sponsored, no ad size, no affiliate key):
    a counter's or a member's badge drawn by the service it links to stays no ad."""
    raw = page(lang, side=_network_banner(2, rel="nofollow"))
    assert parse(raw).ads == []


# ---------------------------------------------------------------- frames at a banner size (A2)

def _frame(src: str, size: str) -> str:
    w, h = size.split("x")
    return (f"<div class='widget code-block'><p><center><iframe width='{w}' height='{h}' scrolling='no' "
            f"frameborder='0' src='{src}'></iframe></center></p></div>")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("src,size", [
    ("https://weather.example/embed/forecast?city=hafen", "300x100"),  # (an ad size, no banner's, no affiliate key)
    ("https://www.youtube.com/embed/abc123", "300x250"),  # (a player)
    (f"{SITE}/widgets/poll.html", "300x250"),  # (the site's own page)
], ids=["weather", "player", "own"])
def test_a_weather_box_a_player_or_an_own_frame_is_no_ad(lang: str, src: str, size: str) -> None:
    raw = page(lang, side=_frame(src, size))
    assert parse(raw).ads == []


# ---------------------------------------------------------------- a <p> around pasted code (A3)

_ADSENSE = ("<script async src='https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js'></script>"
            "<ins class='adsbygoogle' style='display:block' data-ad-client='ca-pub-1' data-ad-slot='{n}'></ins>"
            "<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>")


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_an_ad_unit_in_an_editors_paragraph_is_reported_at_its_block(lang: str) -> None:
    """An AdSense unit and its scripts inside a ``<p>`` of a code block, a comment beside: the
    slot is the block, not the ``ins`` (the ``<p>`` holds the slot alone: a wrapper)."""
    block = f"<div class='sqs-block code-block'><div class='block-content'><p><!-- unit -->{_ADSENSE.format(n=7)}</p></div></div>"
    raw = page(lang, side=block)
    doc = parse(raw)
    assert len(doc.ads) == 1, doc.ads
    assert "code-block" in (source(raw, doc.ads[0].locator).get("class") or "")
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_an_ad_unit_in_a_paragraph_of_text_stays_the_unit(lang: str) -> None:
    """The same unit inside a paragraph that also holds a sentence: the ``<p>`` is text, no
    wrapper, and is never reported as the slot."""
    raw = page(lang, between=f"<p>Anzeige der Redaktion zum Thema Hafen und Kaimauer: {_ADSENSE.format(n=8)}</p>")
    doc = parse(raw)
    assert len(doc.ads) == 1, doc.ads
    assert source(raw, doc.ads[0].locator).tag == "ins"


# ---------------------------------------------------------------- a found slot's box design (A4)

_TEMPLATE = "Pico HideWhenPaying"
