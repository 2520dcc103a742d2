"""Containers a script fills (``extract/script_mounts.py``): an empty box outside the body,
with a script or a ``data-*`` configuration, whose class/id words (or the profile URL it is
configured with, or its heading) name a kind, is a related block of no items or a CTA of that
kind, placed by where it stands. Pages written for the project; the article's four
paragraphs must stay the body."""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source

_SDK = "<div id='fb-root'></div><script async src='https://connect.facebook.net/de_DE/sdk.js'></script>"

#: A Facebook page plugin in the side column, its heading per language.
LIKE_BOXES = {
    "en": "Find us on Facebook",
    "de": "Besuchen Sie uns auf Facebook",
    "es": "Síguenos en Facebook",
    "fr": "Retrouvez-nous sur Facebook",
}


@pytest.mark.parametrize("lang", sorted(LIKE_BOXES))
def test_a_page_plugin_configured_with_the_site_profile_is_a_follow_box(lang: str):
    """An empty ``fb-page`` box told which profile to show (``data-href``), under a heading,
    beside the SDK's script: a follow CTA outside the article, reported at the widget."""
    box = (f"<div class='widget widget-fb'><h3 class='widget-title'>{LIKE_BOXES[lang]}</h3>{_SDK}"
           "<div class='fb-page' data-href='https://www.facebook.com/eastmere.news' data-tabs='timeline'"
           " data-width='300'></div></div>")
    raw = page(side=box, lang=lang)
    doc = parse(raw)
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("follow", "outside")]
    assert source(raw, doc.ctas[0].locator).get("class") == "widget widget-fb"


def test_a_recommendation_mount_under_the_article_is_a_related_block_of_no_items():
    """``<div class="related-stories" data-count="4">`` and its script under the article: a
    related block with no items yet, after the text."""
    mount = ("<div class='story-recs'><div class='related-stories' data-source='/api/recs' data-count='4'></div>"
             "<script src='/static/recs.js'></script></div>")
    raw = page(below=mount)
    doc = parse(raw)
    assert [(len(r.items), r.position.placement) for r in doc.related] == [(0, "after")]
    assert source(raw, doc.related[0].locator).get("class") == "related-stories"


@pytest.mark.parametrize(("lang", "heading"), [("en", "Top Stories"), ("de", "Meistgelesen")])
def test_a_related_heading_over_an_empty_template_box(lang: str, heading: str):
    """A side box named nothing telling, its heading a whole related phrase, over an empty
    list box (configured by ``data-*``) a template script fills: a related block of no items, titled by its heading."""
    box = (f"<aside class='module' data-component='topStories'><h3>{heading}</h3>"
           "<div class='module__inner'><div class='post-list' data-limit='5'></div></div>"
           "<script type='text/x-handlebars-template'>{{#each posts}}<a href='{{url}}'>{{title}}</a>"
           "{{/each}}</script></aside>")
    raw = page(side=box, lang=lang)
    doc = parse(raw)
    assert [(r.title, len(r.items), r.position.placement) for r in doc.related] == [(heading, 0, "outside")]


def test_a_share_widget_mount_above_the_text():
    """A Shariff box (its services as ``data-*``) before the article text: a share CTA."""
    mount = "<div class='shariff' data-services='[&quot;twitter&quot;,&quot;facebook&quot;]' data-lang='de'></div>"
    raw = page(header="", between="", after="", below="", side="", lang="de").replace(
        b"<div class='text'>", b"<div class='text-top'>" + mount.encode() + b"</div><div class='text'>")
    doc = parse(raw)
    assert [c.kind for c in doc.ctas] == ["share"]


@pytest.mark.parametrize("box", [
    # named related, but no script and no configuration: a leftover styling box
    "<div class='related-stories'></div>",
    # a counter, not a widget
    "<div class='share-count' data-count='12'></div><script src='/count.js'></script>",
    # a hidden copy
    "<div hidden><div class='related-stories' data-count='4'></div><script src='/r.js'></script></div>",
    # a modal's copy
    "<div class='modal'><div class='story-recs'><div class='recirculation' data-list='daily'></div></div></div>",
    # it shows a link: no mount (whatever else it is)
    "<div class='related-stories' data-count='4'><a href='/about'>About us</a></div>",
    # a configured box named nothing of a kind, no heading
    "<div class='widget-slot' data-widget='x1'></div><script src='/w.js'></script>",
])
def test_boxes_that_are_no_mount(box: str):
    doc = parse(page(side=box))
    assert [r for r in doc.related if not r.items] == []
    assert doc.ctas == []


def test_a_mount_inside_the_article_text_is_left_to_the_body():
    """An empty configured box between the paragraphs whose name says nothing of a kind but
    sits in the text: no item (the body's own rules judge what is in the text)."""
    mount = "<div class='embed' data-id='42'></div>"
    doc = parse(page(between=mount))
    assert doc.related == [] and doc.ctas == []
