"""Ad slots a page names in its own scheme: a family of empty boxes sharing a class and an id
scheme, one of them named by a slot format ("leader", a leaderboard's short name); ad systems
known by a class word, a ``data-*`` attribute or a label the style sheet shows; a carousel of
banners, each under its own "Sponsored Ad" label. Small pages in several languages."""

from __future__ import annotations

import pytest

from regionpages import article_in as page
from regionpages import body_intact, parse, source


def _box(name: str, cls: str) -> str:
    """An empty box of the family ``box-extra`` with an id of the scheme ``siteName1-container``
    and the bare mount its script fills."""
    return f"<div id='site{name}-container' class='box-extra box-extra-{cls}'><div id='site{name}'></div></div>"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_family_of_empty_boxes_with_one_named_slot_is_a_family_of_slots(lang):
    raw = page(lang, top=_box("ContentLeader1", "top"), between=_box("Content1", "inline"),
               sidebar=_box("Side1", "side"))
    doc = parse(raw)
    ids = sorted(source(raw, a.locator).get("id") for a in doc.ads)
    assert ids == ["siteContent1-container", "siteContentLeader1-container", "siteSide1-container"]
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_family_is_no_slot_family_when_a_member_shows_something(lang):
    # the shared class is a layout class: one box of it holds the site's text
    shown = "<div id='siteNote1-container' class='box-extra'><p>Notes de la rédaction</p></div>"
    raw = page(lang, top=_box("ContentLeader1", "top"), between=_box("Content1", "inline"), sidebar=shown)
    doc = parse(raw)
    assert [source(raw, a.locator).get("id") for a in doc.ads] == ["siteContentLeader1-container"]
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_family_needs_one_id_scheme(lang):
    # boxes sharing the class but named in other schemes: a comments mount, a poll mount
    others = ("<div id='comments-mount' class='box-extra'><div id='c1'></div></div>"
              "<div id='poll-mount' class='box-extra'><div id='p1'></div></div>")
    raw = page(lang, top=_box("ContentLeader1", "top"), sidebar=others)
    doc = parse(raw)
    assert [source(raw, a.locator).get("id") for a in doc.ads] == ["siteContentLeader1-container"]
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "box", "network"), [
    ("en", "<div class='box-extra box-extra-carambola'><script>loadUnit()</script></div>", "carambola"),
    ("de", "<div class='px-4 full-width'><div data-pogo='sidebar'></div></div>", "pogo"),
])
def test_an_ad_system_known_by_its_class_word_or_attribute_is_a_slot(lang, box, network):
    doc = parse(page(lang, sidebar=box))
    assert [a.network for a in doc.ads] == [network]
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_label_the_style_sheet_shows_marks_an_empty_box(lang):
    box = "<div class='x1Fq'><div class='k9Zr'><div data-before-content='advertisement' class='Nq8d'></div></div></div>"
    doc = parse(page(lang, sidebar=box))
    assert len(doc.ads) == 1
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_marketers_in_text_mount_with_an_empty_paragraph_is_a_slot(lang):
    doc = parse(page(lang, between="<div id='oms_intext_container'><p></p></div>"))
    assert [a.position.placement for a in doc.ads] == ["inline"]
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "label"), [("en", "Sponsored Ad"), ("de", "Anzeige")])
def test_each_banner_of_a_labelled_carousel_is_a_slot(lang, label):
    slides = "".join(
        f"<div class='swiper-slide'><div><a href='https://partner{i}.example.net/course' rel='nofollow'>"
        f"<img src='/banners/{i}_728x90.jpg' width='728' height='90' alt='Course {i}'></a>"
        f"<p class='small'>{label}</p></div></div>" for i in (1, 2))
    raw = page(lang, after=f"<div class='swiper-container'><div class='swiper-wrapper'>{slides}</div></div>")
    doc = parse(raw)
    assert [source(raw, a.locator).get("class") for a in doc.ads] == ["swiper-slide", "swiper-slide"]
    assert [a.label for a in doc.ads] == [label, label]
    body_intact(doc, lang)


def _column(heading: str, count: int, heading_class: str = "note") -> str:
    """A sidebar box: a short heading line over ``count`` network slots, each in its own box."""
    boxes = "".join(f"<div class='ads_box'><div id='zone_pc_{i}' class='goAdverticum'></div></div>"
                    for i in range(count))
    return f"<div id='sidebar_ads_box_2'><div class='{heading_class}'>{heading}</div>{boxes}</div>"


@pytest.mark.parametrize(("lang", "heading"), [("en", "Promotion"), ("de", "Unsere Partner")])
def test_each_slot_of_a_headed_column_of_slots_is_a_slot(lang, heading):
    raw = page(lang, sidebar=_column(heading, 4))
    doc = parse(raw)
    assert [source(raw, a.locator).get("class") for a in doc.ads] == ["ads_box"] * 4
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "column"), [
    # a label over two slots: the label and its slot's variants, one slot
    ("en", _column("Advertisement", 2)),
    # a heading classed as part of the ad unit: the unit is one slot
    ("fr", _column("Liens partenaires", 4, heading_class="mm-ads-partnerlinks__heading")),
])
def test_a_labelled_pair_or_a_unit_with_its_own_heading_stays_one_slot(lang, column):
    raw = page(lang, sidebar=column)
    doc = parse(raw)
    assert [source(raw, a.locator).get("id") for a in doc.ads] == ["sidebar_ads_box_2"]
    body_intact(doc, lang)
