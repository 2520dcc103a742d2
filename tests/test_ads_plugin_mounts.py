"""Ad markup the tables named only in one form: Hashtag Labs' empty ``htlad-*`` mounts (a
network word as a class or id: ``htlad-adhesion``, ``htlad-<site>_in-content_1``) and
AdRotate's box of one ad under its ad-blocker disguise (``gbalday gbalday-26`` around
``gbalday-single abalday-134``: the plugin glues one random string to its "g" and "a").
Guards: a name that only looks alike (a gallery's "gallery-single", a class pair whose
strings differ, an "htl" word without "ad") is no slot. Small pages written for the project,
in four languages."""

from __future__ import annotations

import pytest

from regionpages import article_in as page
from regionpages import body_intact, parse


@pytest.mark.parametrize(("lang", "box"), [
    ("en", "<div class='htlad-adhesion'></div>"),
    ("de", "<div class='PicoSignal HideWhenPaying htlad-hafen_in-content_1'></div>"),
    ("es", "<div id='htlad-puerto_side-rail_3'></div>"),
])
def test_an_empty_htlad_mount_is_a_slot(lang, box):
    doc = parse(page(lang, between=box))
    assert [(a.network, a.position.placement) for a in doc.ads] == [("htl", "inline")]
    body_intact(doc, lang)


def _adrotate(disguise: str, group: int, ad: int, target: str, alt: str, size: str = "300x250") -> str:
    w, h = size.split("x")
    return (f"<div class='g{disguise} g{disguise}-{group}'><div class='g{disguise}-single a{disguise}-{ad}'>"
            f"<a href='{target}' rel='nofollow noopener'><img src='/uploads/{ad}.webp' alt='{alt}' "
            f"width='{w}' height='{h}'></a></div></div>")


@pytest.mark.parametrize(("lang", "disguise", "alt"), [
    ("en", "balday", "Single board computer with eight cores"),
    ("de", "xqwrt", "Neue Fähre nach Helgoland"),
    ("fr", "zpolk", "Location de vélos au port"),
])
def test_a_disguised_adrotate_box_is_a_slot(lang, disguise, alt):
    """A banner of the plugin between the text and what follows, and two in the sidebar,
    whatever string disguises the plugin's names."""
    doc = parse(page(lang, after=_adrotate(disguise, 26, 134, "https://shop.example.net/board", alt, "720x280"),
                     sidebar=_adrotate(disguise, 5, 59, "https://maker.example.org/", alt)
                     + _adrotate(disguise, 18, 24, "https://other.example.org/", alt)))
    assert sorted(a.position.placement for a in doc.ads) == ["after", "outside", "outside"]
    body_intact(doc, lang)


@pytest.mark.parametrize(("lang", "classes"), [
    ("en", ("gallery gallery-3", "gallery-single agallery-x")),  # (no ad number: a word after "a")
    ("de", ("gbalday gbalday-2", "gbalday-single aother-12")),  # (the strings differ)
    ("es", ("grid grid-2", "gallery-single article-12")),
])
def test_a_look_alike_single_box_is_no_slot(lang, classes):
    outer, inner = classes
    box = (f"<div class='{outer}'><div class='{inner}'><a href='https://photos.example.net/x'>"
           f"<img src='/uploads/photo.jpg' alt='Harbour' width='300' height='250'></a></div></div>")
    doc = parse(page(lang, after=box))
    assert doc.ads == []
    body_intact(doc, lang)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_an_htl_word_without_ad_names_no_slot(lang):
    doc = parse(page(lang, between="<div class='htl-note'></div><div id='html-block_2'></div>"))
    assert doc.ads == []


@pytest.mark.parametrize(("lang", "element"), [
    ("en", "<partner-poster class='spacer-large' sizes='[[300, 250], [300, 600]]' util-module-path='elements/partner'>"
           "</partner-poster>"),
    ("de", "<werbe-platz min-height='600' fluid outstream></werbe-platz>"),
    ("fr", "<zone-pub placement='leaderboard_btf' class='spacer'></zone-pub>"),
])
def test_an_empty_custom_element_configured_as_a_slot_is_one(lang, element):
    """A page's own component carrying an ad's configuration: a list of IAB sizes, an
    outstream format, a leaderboard placement (convention 9.4 of the labelling notes)."""
    doc = parse(page(lang, between=element))
    assert [a.position.placement for a in doc.ads] == ["inline"]
    body_intact(doc, lang)


def test_two_configured_elements_side_by_side_are_two_slots():
    side = ("<div class='aux'><div class='slot'>"
            "<partner-poster sizes='[[300, 250], [300, 600]]'></partner-poster>"
            "<partner-posterscroll sizes='[[300, 600], [300, 1050]]'></partner-posterscroll></div></div>")
    doc = parse(page("en", sidebar=side))
    assert [a.locator.rsplit("/", 1)[-1] for a in doc.ads] == ["partner-poster", "partner-posterscroll"]


@pytest.mark.parametrize(("lang", "element"), [
    ("en", "<image-gallery sizes='(max-width: 600px) 480px, 800px' data-count='3'></image-gallery>"),
    ("de", "<video-player autoplay muted src='/clip.mp4' width='300' height='250'></video-player>"),
    ("es", "<share-buttons networks='facebook,x' layout='[[1, 2]]'></share-buttons>"),
])
def test_a_custom_element_configured_otherwise_is_no_slot(lang, element):
    doc = parse(page(lang, between=element))
    assert doc.ads == []
    body_intact(doc, lang)
