"""Sign-up and lead forms a platform's script fills into an empty mount (``extract/form_mounts.py``),
on small pages written for the project in English, German, French and Spanish: the HTML holds
a heading and an empty ``<div>`` named for the platform, no form field, no link, and no
script address on the page to mark it.

1. HubSpot's empty mount under a heading naming the kind: a CTA of that kind at the box;
2. HubSpot's mount under a pitch naming no kind: an offer (other); with no prompt at all, none;
3. a newsletter platform's mount (Flodesk) is a newsletter CTA without any words;
4. a box whose class only resembles a platform's ("hbspt-formats", "form-wrapper") is none,
   and a mount that holds the form already is judged as a form.
"""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source

_HUBSPOT = "<div class='form-wrap'><div class='hbspt-form' id='hbspt-form-1766-9945'></div></div>"


def _kinds(doc):  # type: ignore[no-untyped-def]
    return sorted(c.kind for c in doc.ctas)


@pytest.mark.parametrize(("lang", "heading", "kind"), [
    ("en", "Get our weekly newsletter", "newsletter"),
    ("de", "Kontaktieren Sie unser Team", "contact"),
    ("fr", "Recevez notre lettre d'information", "newsletter"),
])
def test_hubspot_mount_under_a_heading_naming_the_kind(lang, heading, kind):
    """A band below the article: a heading and HubSpot's empty mount (its script loaded lazily)."""
    raw = page(below=f"<section class='band'><div class='col'><h2>{heading}</h2>{_HUBSPOT}</div></section>", lang=lang)
    doc = parse(raw)
    assert _kinds(doc) == [kind]
    assert source(raw, doc.ctas[0].locator).get("class") == "band"


@pytest.mark.parametrize(("lang", "pitch"), [
    ("en", "We would love to learn your goals and see how we fit"),
    ("es", "Conviértase en experto certificado en nutrición"),
])
def test_hubspot_mount_under_a_pitch_is_an_offer(lang, pitch):
    """A pitch naming no kind above a lead form: the reader is asked to act on an offer."""
    raw = page(below=f"<section class='band'><h3>{pitch}</h3>{_HUBSPOT}</section>", lang=lang)
    doc = parse(raw)
    assert _kinds(doc) == ["other"]
    assert source(raw, doc.ctas[0].locator).get("class") == "band"


def test_hubspot_mount_without_a_prompt_is_no_cta():
    """An empty mount alone in a box says nothing it asks for."""
    raw = page(side=f"<div class='box'>{_HUBSPOT}</div>")
    assert parse(raw).ctas == []


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_newsletter_platform_mount_needs_no_words(lang):
    """A widget area after the article holding only Flodesk's mount and its call."""
    mount = "<div id='fd-form-60f30003e0b041d38deb6b88'></div><script>window.fd('form', {formId: '60f3'});</script>"
    raw = page(below=f"<div class='after-entry'><section class='widget'>{mount}</section></div>", lang=lang)
    doc = parse(raw)
    assert _kinds(doc) == ["newsletter"]
    assert source(raw, doc.ctas[0].locator).get("class") == "after-entry"


@pytest.mark.parametrize("box", [
    "<div class='hbspt-formats'></div>",
    "<div class='form-wrapper' id='form-1'></div>",
])
def test_lookalike_classes_are_no_mount(box):
    """Class tokens that are no platform's mount name: the pitch above is no offer."""
    raw = page(below=f"<section class='band'><h3>We would love to learn your goals and see how we fit</h3>{box}</section>")
    assert parse(raw).ctas == []


def test_mount_named_a_newsletter_by_its_own_class():
    """Spanish: a pitch naming no kind ("the latest news") over a HubSpot mount classed a newsletter form."""
    mount = "<div class='form is-foot-newsletter' id='hubspot-form-wrapper-R2j5'></div>"
    raw = page(footer=f"<div class='footer-form'><p>Las últimas noticias de nuestro equipo cada semana</p>"
                      f"<div class='inner'>{mount}</div></div>", lang="es")
    doc = parse(raw)
    assert _kinds(doc) == ["newsletter"]
    assert source(raw, doc.ctas[0].locator).get("class") == "footer-form"
