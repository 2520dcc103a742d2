"""Related boxes a page ships empty and a script fills: a box whose class names a related block
holding, in the HTML, no story link yet — only its heading (Jetpack's related posts), a
heading over an empty list and a handlebars template, a Vue ``v-for`` card, an empty mount
named by its ``aria-label``, a "More in <section>" heading over an empty list. Each is one
related block of no items, placed where the box stands; a box named only by its class (no
heading), a shop's related products, a box with its own text and a box holding an ad slot are
none. Pages written for the project."""

from __future__ import annotations

import pytest

from regionpages import page, parse

#: (language, heading, a heading outside the related vocabulary of that language).
HEADINGS = [
    ("en", "Related posts", "Highlights"),
    ("de", "Ähnliche Beiträge", "Im Fokus"),
    ("es", "Relacionados", "Destacados"),
    ("fr", "Articles similaires", "À la une"),
]


def _empty_related(doc) -> list:  # type: ignore[no-untyped-def]
    return [r for r in doc.related if not r.items]


@pytest.mark.parametrize(("lang", "heading", "_other"), HEADINGS)
def test_a_related_box_holding_only_its_heading_is_a_block(lang: str, heading: str, _other: str) -> None:
    """Jetpack's box: the class names related posts, the box holds its heading only."""
    box = f"<div id='jp-relatedposts' class='jp-relatedposts'><h3 class='jp-relatedposts-headline'><em>{heading}</em></h3></div>"
    doc = parse(page(after=box, lang=lang))
    (rel,) = _empty_related(doc)
    assert rel.title == heading
    assert rel.locator.endswith("article/div[@id='jp-relatedposts']") or rel.locator.endswith("article/div[2]")
    assert rel.position.placement == "after"
    assert heading not in doc.text()


@pytest.mark.parametrize(("lang", "_heading", "other"), HEADINGS)
def test_a_heading_outside_the_vocabulary_needs_a_mark_of_the_script(lang: str, _heading: str, other: str) -> None:
    """A box named related under a plain heading: with an empty list and a template it is a
    block; the heading alone in it names nothing."""
    marked = (f"<aside class='rail-module--recommended-stories' data-count='4'><h3>{other}</h3>"
              "<div class='post-list'></div><script type='text/x-handlebars-template'>{{#each posts}}"
              "<a href='{{url}}'>{{title}}</a>{{/each}}</script></aside>")
    bare = f"<aside class='rail-module--recommended-stories'><h3>{other}</h3></aside>"
    (rel,) = _empty_related(parse(page(side=marked, lang=lang)))
    assert rel.title == other
    assert rel.position.placement == "outside"
    assert not _empty_related(parse(page(side=bare, lang=lang)))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_template_card_a_script_repeats_is_no_story(lang: str) -> None:
    """A Vue card (``v-for``, ``:href``) under the heading: no link to a page yet."""
    heading = "Relacionados" if lang == "es" else "Related"
    box = (f"<div v-if='posts.length' class='post-related'><h3>{heading}</h3><div class='related-articles'>"
           "<a :href='post.url' v-for='post in posts'><article><h4 v-html='post.title'></h4></article></a>"
           "</div></div>")
    (rel,) = _empty_related(parse(page(side=box, lang=lang)))
    assert rel.title == heading


@pytest.mark.parametrize(("lang", "label"), [("en", "recommended stories"), ("de", "Empfohlene Artikel")])
def test_an_empty_mount_is_named_by_its_label(lang: str, label: str) -> None:
    """An empty ``<aside>`` mount: its ``aria-label`` is the heading; without one the class
    only guesses what the script will show."""
    labelled = f"<aside id='end-mount' class='recommended-stories' aria-label='{label}'></aside>"
    (rel,) = _empty_related(parse(page(after=labelled, lang=lang)))
    assert rel.title == label
    assert not _empty_related(parse(page(after="<aside class='recommended-stories'></aside>", lang=lang)))


@pytest.mark.parametrize(("lang", "words", "section"), [("en", "Next Up In", "Tech"), ("de", "Mehr aus", "Kultur")])
def test_a_section_link_in_the_heading_is_no_item(lang: str, words: str, section: str) -> None:
    """"Next Up In <a>Tech</a>" over an empty list: the heading's link is the section's."""
    box = (f"<section class='c-nextclick'><div class='c-related-list'><h2>{words} "
           f"<a href='/{section.lower()}'>{section}</a></h2><ul></ul></div></section>")
    (rel,) = _empty_related(parse(page(after=box, lang=lang)))
    assert rel.title == f"{words} {section}"


@pytest.mark.parametrize(("lang", "heading"), [("en", "Related products"), ("de", "Ähnliche Produkte")])
def test_a_shops_related_products_are_no_stories(lang: str, heading: str) -> None:
    """The same box named for products (by its glued id, or its heading) is a shop's."""
    box = f"<div id='relatedproducts' class='related-box'><h2>{heading}</h2><div class='grid' data-sku='1'></div></div>"
    assert not _empty_related(parse(page(below=box, lang=lang)))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_box_with_text_of_its_own_is_no_empty_block(lang: str) -> None:
    """Text besides the heading: the box says something itself (a note, a notice)."""
    heading, note = ("Related", "Please enable JavaScript to see more.") if lang == "en" else (
        "Verwandte Artikel", "Bitte aktivieren Sie JavaScript.")
    box = f"<div class='related-posts' data-count='4'><h3>{heading}</h3><span>{note}</span></div>"
    assert not _empty_related(parse(page(after=box, lang=lang)))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_related_posts_in_a_share_bars_box_are_their_own_block(lang: str) -> None:
    """Jetpack's post flair: one box holding the share bar and the related posts box; the bar
    is reported at its own part of the box."""
    heading = "Related" if lang == "en" else "Ähnliche Beiträge"
    shares = "".join(
        f"<li><a class='share-{n}' href='https://news.example.org/2024/hafen?share={n}'>{n.title()}</a></li>"
        for n in ("facebook", "twitter", "linkedin"))
    flair = (f"<div id='jp-post-flair' class='sharedaddy sd-sharing-enabled'><div class='sharedaddy sd-sharing'>"
             f"<h3 class='sd-title'>Share:</h3><ul>{shares}</ul></div>"
             f"<div id='jp-relatedposts' class='jp-relatedposts'><h3>{heading}</h3></div></div>")
    doc = parse(page(after=flair, lang=lang))
    (rel,) = _empty_related(doc)
    assert rel.title == heading
    (share,) = [c for c in doc.ctas if c.kind == "share"]
    assert not rel.locator.startswith(share.locator)  # (the bar at its own part of the box)
    assert heading not in (share.text or "")


@pytest.mark.parametrize(("lang", "heading", "slot"), [
    ("en", "Related", "<div id='div-gpt-ad-123' class='ad-slot' data-ad-unit='/123/rel'></div>"),
    ("de", "Verwandte Artikel", "<ins class='adsbygoogle' data-ad-client='ca-pub-1' data-ad-slot='2'></ins>"),
])
def test_an_ad_slot_in_the_box_is_the_ads(lang: str, heading: str, slot: str) -> None:
    """Ad markup comes first: the empty box holding a slot is no related block."""
    doc = parse(page(after=f"<div class='related-posts'><h3>{heading}</h3>{slot}</div>", lang=lang))
    assert not _empty_related(doc)
    assert len(doc.ads) == 1
