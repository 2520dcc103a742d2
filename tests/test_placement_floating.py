"""Layers floating over the page (session of 2026-12-06, late evening): a box fixed to the
window or kept in view while the page scrolls — by its own inline style (``position: fixed``,
``position: sticky``) or a positioning class (Bootstrap's "fixed-top", Tailwind's "fixed"),
or an ancestor's up to the part beside the article — is ``outside``, not ``before`` or
``after`` the text by where the tree puts it. Small pages in four languages."""

from __future__ import annotations

import pytest

import syndicate
from regionpages import TEXTS

LANGS = ["de", "en", "es", "fr"]


def _page(lang: str, before: str = "", after: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in TEXTS[lang])
    return (
        f'<html lang="{lang}"><head><title>Kaimauer</title></head><body>'
        '<header class="site-header"><a href="/">Home</a></header>'
        f'<div class="page-wrap">{before}'
        f'<div class="content"><article><h1>Kaimauer</h1>{text}</article></div>'
        f"{after}</div>"
        '<footer class="site-footer"><a href="/impressum">Impressum</a></footer></body></html>'
    )


def _placements(html: str) -> list[str]:
    return [a.position.placement for a in syndicate.parse(html).ads]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("style", ["position:fixed", "z-index: 9; position: sticky; top: 0"])
def test_slots_in_a_box_fixed_by_its_style_are_outside(lang: str, style: str) -> None:
    # Two slots in an unnamed box before the article's column, fixed to the window by the box's style.
    before = (f'<div><div style="{style}"><div id="div-gpt-ad-31"></div>'
              '<div id="div-gpt-ad-32"></div></div></div>')
    assert _placements(_page(lang, before=before)) == ["outside", "outside"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("cls", ["fixed-bottom", "fixed inset-x-0 bottom-0"])
def test_a_slot_in_a_box_of_a_positioning_class_is_outside(lang: str, cls: str) -> None:
    # An adhesion-like slot after the article's column in a box of a fixed-positioning class.
    after = f'<div class="{cls}"><div id="div-gpt-ad-41"></div></div>'
    assert _placements(_page(lang, after=after)) == ["outside"]


@pytest.mark.parametrize("style", ["position:relative", "display:fixed-width"])
def test_a_slot_in_a_box_in_the_page_flow_keeps_its_place(style: str) -> None:
    # English: the same box, placed in the flow (no fixed or sticky position): before the text.
    before = f'<div><div style="{style}" class="prefixed"><div id="div-gpt-ad-51"></div></div></div>'
    assert _placements(_page("en", before=before)) == ["before"]
