"""A call to action in the article's own ``<aside>`` or footer, below its text, is placed by
order (``after``), as a related list there is: the region is the article's part, not a
page region, though it holds more than the item (the tags beside the share bar). Before the text, a region of
more than the item inside an ``<article>`` wrapping the whole page is a side column:
``outside``. Small pages in four languages."""

from __future__ import annotations

import pytest

import syndicate
from regionpages import TEXTS

LANGS = ["de", "en", "es", "fr"]

_SHARE = ('<div class="sharing-bottom"><a href="https://www.facebook.com/sharer/sharer.php?u=https://n.example/a">f</a>'
          '<a href="https://twitter.com/intent/tweet?url=https://n.example/a">t</a>'
          '<a href="https://www.linkedin.com/shareArticle?url=https://n.example/a">in</a></div>')
_TAGS = '<div class="tags"><a href="/tag/hafen">Hafen</a><a href="/tag/stadt">Stadt</a></div>'


def _page(lang: str, inside_after: str = "", inside_before: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in TEXTS[lang])
    return (
        f'<html lang="{lang}"><head><title>Kaimauer</title></head><body>'
        '<header class="site-header"><a href="/">Home</a><a href="/lokales">Lokales</a></header>'
        f'<main><article>{inside_before}<h1>Kaimauer</h1><div class="text">{text}</div>{inside_after}</article></main>'
        '<footer class="site-footer"><a href="/impressum">Impressum</a></footer></body></html>'
    )


def _shares(html: str) -> list[str]:
    return [c.position.placement for c in syndicate.parse(html, url="https://n.example/a").ctas if c.kind == "share"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_share_bar_in_the_articles_own_aside_beside_its_tags_is_after(lang: str) -> None:
    aside = f'<aside class="article-options">{_TAGS}{_SHARE}</aside>'
    assert _shares(_page(lang, inside_after=aside)) == ["after"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_share_bar_alone_in_the_articles_own_aside_is_after(lang: str) -> None:
    assert _shares(_page(lang, inside_after=f"<aside>{_SHARE}</aside>")) == ["after"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_share_bar_in_an_aside_of_more_before_the_text_is_outside(lang: str) -> None:
    # (the whole page wrapped in an <article>: an <aside> before the text holding more than the bar)
    aside = f'<aside>{_TAGS}{_SHARE}</aside>'
    assert _shares(_page(lang, inside_before=aside)) == ["outside"]

