"""Widgets a provider's script or frame fills (``extract/script_mounts.py``), on small pages
written for the project in English, German, French and Spanish: the HTML holds no link,
form field or button, only the provider's script (or frame) and an empty element.

1. a form provider's script (ActiveCampaign, HubSpot) in a box under a heading naming the
   kind: a CTA of that kind at the box; with no words naming a kind, none;
2. a sign-up form in a Pardot frame under a "Newsletters" heading: a newsletter CTA;
3. a provider's script among a column's links names no box: no CTA;
4. Jetpack's like button placeholder: a CTA (a like button, kind other); an empty box classed like a share bar
   is one only when the page loads a share widget's script (jsSocials);
5. empty sign-up mounts repeated with different classes are different widgets, not one
   prompt repeated over a listing.
"""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source

_AC = "<div id='form-signup' class='_form_12'></div><script src='https://acme.activehosted.com/f/embed.php?id=12'></script>"
#: The side column's other widget: a list of story links.
_LATEST = ("<div class='latest'><h4>Latest</h4><ul><li><a href='/news/ferry-timetable-changes'>Ferry timetable "
           "changes for the summer</a></li><li><a href='/news/new-school-opens'>New school opens on the hill</a>"
           "</li></ul></div>")
_HUBSPOT = ("<div class='shortcode'><script src='//js.hsforms.net/forms/embed/v2.js'></script>"
            "<script>hbspt.forms.create({region: 'na1', portalId: '1', formId: 'abc'});</script></div>")


def _kinds(doc):  # type: ignore[no-untyped-def]
    return sorted(c.kind for c in doc.ctas)


@pytest.mark.parametrize(("lang", "heading"), [
    ("en", "Subscribe to our Weekly Newsletter?"),
    ("de", "Unser Newsletter jede Woche"),
    ("fr", "Recevez notre lettre d'information"),
])
def test_form_script_under_a_heading_naming_the_kind(lang, heading):
    """A sidebar box: a heading and the provider's empty form container with its script."""
    raw = page(side=f"<div class='box'><div class='title'><h4>{heading}</h4></div>{_AC}</div>{_LATEST}", lang=lang)
    doc = parse(raw)
    assert _kinds(doc) == ["newsletter"]
    assert source(raw, doc.ctas[0].locator).get("class") == "box"


def test_inline_form_call_in_a_band_with_its_heading_in_another_column():
    """German: a band of two columns, the heading in one, HubSpot's form call in the other."""
    band = ("<section class='band'><div class='col'><div class='w'><h2>Kontaktieren Sie uns</h2></div></div>"
            f"<div class='col'><div class='w'>{_HUBSPOT}</div></div></section>")
    raw = page(below=band, lang="de")
    doc = parse(raw)
    assert _kinds(doc) == ["contact"]
    assert source(raw, doc.ctas[0].locator).get("class") == "band"


def test_form_script_naming_no_kind_is_no_cta():
    """A form provider draws forms of any purpose: with no words naming one, nothing."""
    raw = page(side=f"<div class='box'>{_HUBSPOT}</div>")
    assert parse(raw).ctas == []


def test_sign_up_frame_under_a_heading():
    """Spanish: a "Newsletters" heading, a line of pitch and a Pardot form in a frame."""
    box = ("<div class='block'><div class='headline'><b>Newsletters</b><p>Reciba cada semana los "
           "estudios y datos más recientes.</p><div><iframe src='//go.example.com/l/46942/2017-02-04/4kd444'"
           " height='260'></iframe></div></div></div>")
    raw = page(side=box + _LATEST, lang="es")
    doc = parse(raw)
    assert _kinds(doc) == ["newsletter"]
    assert source(raw, doc.ctas[0].locator).get("class") == "block"


def test_script_among_a_column_of_links_names_no_box():
    """A share widget's script sits in a column with links and text: no box of its own."""
    column = ("<div class='col'><h4>Hafen</h4><p>Mehr <a href='/about'>über uns</a> und <a href='/team'>"
              "das Team</a>.</p><script src='/js/jssocials-1.4.0/dist/jssocials.min.js'></script></div>")
    assert parse(page(side=column, lang="de")).ctas == []


@pytest.mark.parametrize(("lang", "title", "data"), [
    ("de", "Gefällt mir:", ""),
    ("fr", "J'aime ceci :", " data-src='//widgets.wp.com/likes/#post_id=12'"),
])
def test_like_button_placeholder(lang, title, data):
    """Jetpack's like button before its frame loads, a heading and a placeholder (the
    frame's address on it or not): a like button, a CTA of its own but no share bar."""
    like = (f"<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper' id='like-post-1'{data}>"
            f"<h3 class='sd-title'>{title}</h3><div class='likes-widget-placeholder'><span class='button'>"
            "<span>Like</span></span> <span class='loading'>…</span></div>"
            "<a class='sd-link-color'></a></div>")
    raw = page(after=like, lang=lang)
    (cta,) = parse(raw).ctas
    assert cta.kind == "other"
    assert source(raw, cta.locator).get("id") == "like-post-1"


@pytest.mark.parametrize("loaded", [True, False])
def test_empty_share_mount_needs_the_widget_script(loaded):
    """French: an empty box classed like a share bar is one when jsSocials is loaded."""
    script = "<script src='/js/jssocials-1.4.0/dist/jssocials.min.js'></script>" if loaded else ""
    raw = page(side=f"<div id='shareButtonLabel' class='shareButtonLabel'></div>{script}", lang="fr")
    assert _kinds(parse(raw)) == (["share"] if loaded else [])


def test_empty_mounts_classed_apart_are_different_widgets():
    """Three empty sign-up mounts, each classed for its place: three newsletters, not one
    prompt a listing repeats."""
    raw = page(between="<div class='react-newsletter-intext'></div>", side="<div class='react-newsletter-aside'></div>"
               + _LATEST, footer="<div class='react-newsletter-footer'></div>")
    assert _kinds(parse(raw)) == ["newsletter"] * 3
