"""A page footer named otherwise than "footer" (session of 2026-12-06, late evening): its
short form ("foot") and other languages' names (fr "pied" de page, de "Fusszeile", it
"piede", pt "rodape", pl "stopka") name a page region as "footer" does, so what it holds is
``outside``, not ``after`` the text; an article's own foot ("entry-foot") stays its part.
Small pages in four languages."""

from __future__ import annotations

import pytest

import syndicate
from regionpages import TEXTS


def _page(lang: str, foot: str, own: str = "") -> str:
    """The article in the page's wrapper, then a part named ``foot`` holding an ad slot (no
    <footer> tag, no "footer" word); ``own``: a part of that name inside the article."""
    text = "".join(f"<p>{p}</p>" for p in TEXTS[lang])
    return (
        f'<html lang="{lang}"><head><title>Kaimauer</title></head><body>'
        '<header class="site-header"><a href="/">Home</a></header>'
        f'<div class="page-wrap"><div class="content"><article><h1>Kaimauer</h1>{text}{own}</article></div>'
        f'<div {foot}><div id="div-gpt-ad-61"></div><a href="/impressum">Impressum</a></div></div>'
        "</body></html>"
    )


def _placements(html: str) -> list[str]:
    return [a.position.placement for a in syndicate.parse(html).ads]


@pytest.mark.parametrize(("lang", "foot"), [
    ("en", 'class="foot"'), ("fr", 'id="pied"'), ("de", 'class="seiten-fusszeile"'), ("es", 'class="site-foot"')])
def test_a_slot_in_a_page_foot_named_in_other_words_is_outside(lang: str, foot: str) -> None:
    assert _placements(_page(lang, foot)) == ["outside"]


def test_a_slot_in_the_articles_own_foot_stays_after() -> None:
    # English: the slot in the article's own "entry-foot" under the text: after the text.
    own = '<div class="entry-foot"><div id="div-gpt-ad-62"></div></div>'
    assert _placements(_page("en", 'class="more"', own))[0] == "after"
