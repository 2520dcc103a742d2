"""Placement of the parts beside the article's text (session of 2026-12-06, evening): a part
beside the text's column named by a side word alone ("secondary", "aside", "side": no column
word, no width) holding boxes is a side column, so what it holds is ``outside``, even inside
``<article>``. Small pages written for the project, in English, German, Spanish and French
(``regionpages.TEXTS``).
"""

from __future__ import annotations

import pytest

from regionpages import TEXTS, body_intact, parse, stories

#: A heading for a box of story links, per language.
HEADS = {"en": "Most read", "de": "Meistgelesen", "es": "Lo más leído", "fr": "Les plus lus"}
#: Five links of the site's own, as a page header or footer holds them.
SITE_LINKS = "".join(f"<a href='/{p}'>{p.title()}</a>" for p in ("about", "contact", "privacy", "jobs", "press"))


def _paras(lang: str) -> str:
    return "".join(f"<p>{t}</p>" for t in TEXTS[lang])


def _box(lang: str) -> str:
    """One headed box of three story links."""
    return (f"<div class='box'><h3>{HEADS[lang]}</h3>"
            + stories("Storm warning for the coast tonight", "New bus line to the harbour opens",
                      "Lighthouse museum reopens in spring", section="news") + "</div>")


def _two_parts(lang: str, side: str, side_cls: str = "secondary") -> bytes:
    """The article's text in ``div.entry-content`` and, beside it in the same box inside the
    ``<article>``, a part of class ``side_cls`` holding ``side``."""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head><body>"
        f"<header class='site-header'>{SITE_LINKS}</header><main><article><h1>Harbour wall</h1>"
        f"<div class='container'><div class='entry-content'>{_paras(lang)}</div>"
        f"<div class='{side_cls}'>{side}</div></div></article></main>"
        f"<footer class='site-footer'>{SITE_LINKS}</footer></body></html>"
    ).encode()


@pytest.mark.parametrize(("lang", "side_cls"), [("en", "secondary"), ("de", "aside"), ("es", "side hidden-xs"),
                                                ("fr", "layout--content__aside")])
def test_a_part_named_by_a_side_word_beside_the_text_is_outside(lang: str, side_cls: str):
    """A part beside the text's column inside the ``<article>``, named "secondary" / "aside" /
    "side" with no column word (WordPress's ``#secondary``), holding a box of story links: a
    side column, so its list is outside, not after the text."""
    doc = parse(_two_parts(lang, _box(lang), side_cls))
    body_intact(doc, lang)
    assert [(r.title, r.position.placement) for r in doc.related] == [(HEADS[lang], "outside")]


def test_a_plain_part_beside_the_text_stays_after():
    """English: the same box in a part with no side name ("more"): a band under the text,
    so after."""
    doc = parse(_two_parts("en", _box("en"), "more"))
    body_intact(doc, "en")
    assert [(r.title, r.position.placement) for r in doc.related] == [(HEADS["en"], "after")]


def test_an_item_named_secondary_itself_is_no_column():
    """English: a list beside the text that is itself named "secondary" (a second copy of a
    bar, no part holding boxes): after the text."""
    side = ("<div class='secondary'><h3>Most read</h3>" + stories(
        "Storm warning for the coast tonight", "New bus line to the harbour opens",
        "Lighthouse museum reopens in spring", section="news") + "</div>")
    raw = _two_parts("en", "", "x").replace(b"<div class='x'></div>", side.encode())
    doc = parse(raw)
    body_intact(doc, "en")
    assert [(r.title, r.position.placement) for r in doc.related] == [("Most read", "after")]


#: An author's box closing the text, per language (a heading and a short bio).
BIOS = {
    "en": ("About the author", "Jane Doe has covered the coast and its towns for the paper since 2009. "
           "She lives in Eastmere with her family and two dogs."),
    "de": ("Über die Autorin", "Jana Schmidt berichtet seit 2009 für die Zeitung über die Küste und ihre "
           "Städte. Sie lebt mit ihrer Familie in Ostmeer."),
}


def _closing_box(lang: str, box_cls: str = "about", text_cls: str = "") -> bytes:
    """The text, then a box of story links (an item between the text and what follows), then
    a box closing the text (a heading, a picture and an author's bio), all in the text's
    container; ``text_cls``: the text's paragraphs in a part of that class."""
    head, bio = BIOS[lang]
    paras = f"<div class='{text_cls}'>{_paras(lang)}</div>" if text_cls else _paras(lang)
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head><body>"
        f"<header class='site-header'>{SITE_LINKS}</header><main><article><h1>Harbour wall</h1>"
        f"<div class='entry-content'>{paras}{_box(lang)}"
        f"<div class='{box_cls}'><h4>{head}</h4><img src='/img/author.jpg' alt=''><p>{bio}</p></div></div>"
        f"</article></main><footer class='site-footer'>{SITE_LINKS}</footer></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_items_before_a_closing_author_box_are_after(lang: str):
    """The text's last blocks are an author's box (heading, picture, bio) apart from the
    text: the box of story links before it stands after the text, not inside it."""
    doc = parse(_closing_box(lang))
    body_intact(doc, lang)
    assert BIOS[lang][1] in doc.text()
    assert [(r.title, r.position.placement) for r in doc.related] == [(HEADS[lang], "after")]


def test_items_before_a_part_of_the_text_built_like_it_stay_inline():
    """English: the closing blocks stand in a part built like the one holding the text's
    paragraphs ("part" both): the text goes on there, so the box of story links is inside
    the text."""
    doc = parse(_closing_box("en", box_cls="part", text_cls="part"))
    body_intact(doc, "en")
    assert [(r.title, r.position.placement) for r in doc.related] == [(HEADS["en"], "inline")]


#: A share bar (three share links), per language.
SHARE_WORDS = {"en": ("Share", "Tweet", "Email"), "de": ("Teilen", "Twittern", "E-Mail")}


def _share_bar(lang: str) -> str:
    url = "https://news.example.org/2024/hafen"
    f, t, m = SHARE_WORDS[lang]
    return (f"<div class='share'><a href='https://www.facebook.com/sharer/sharer.php?u={url}'>{f}</a>"
            f"<a href='https://twitter.com/intent/tweet?url={url}'>{t}</a>"
            f"<a href='mailto:?body={url}'>{m}</a></div>")


def _headed_article(lang: str, head_cls: str, inside: bool = True) -> bytes:
    """The article's headline and a share bar in a box of class ``head_cls``, inside the
    ``<article>`` above its text (``inside``) or above the ``<article>`` in the page."""
    head = f"<div class='{head_cls}'><h1>Harbour wall</h1>{_share_bar(lang)}</div>"
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head><body>"
        f"<header class='site-header'>{SITE_LINKS}</header><main>{'' if inside else head}"
        f"<article>{head if inside else ''}<div class='entry-content'>{_paras(lang)}</div></article></main>"
        f"<footer class='site-footer'>{SITE_LINKS}</footer></body></html>"
    ).encode()


@pytest.mark.parametrize(("lang", "head_cls"), [("en", "news-header"), ("de", "header")])
def test_a_share_bar_in_the_articles_own_header_box_is_before(lang: str, head_cls: str):
    """A box named as a header ("news-header", "header") inside the ``<article>``, holding
    the headline and a share bar: the article's own header, no page region, so the bar is
    before the text (as in a ``<header>`` tag inside the ``<article>``)."""
    doc = parse(_headed_article(lang, head_cls))
    body_intact(doc, lang)
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("share", "before")]


def test_a_share_bar_in_a_header_box_of_the_page_stays_outside():
    """English: the same header box above the ``<article>`` in the page: a page region, so
    the bar stays outside."""
    doc = parse(_headed_article("en", "header", inside=False))
    body_intact(doc, "en")
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("share", "outside")]


def _main_parts(lang: str, in_main: bool = True) -> bytes:
    """A page without ``<article>``: ``<main>`` holds a ``<header>`` (headline, share bar), the
    text and a ``<footer>`` (a box of story links); with ``in_main`` False the two stand
    beside ``<main>`` in the page instead."""
    head = f"<header><h1>Harbour wall</h1>{_share_bar(lang)}</header>"
    foot = f"<footer>{_box(lang)}</footer>"
    text = f"<div class='entry-content'>{_paras(lang)}</div>"
    inner = f"<main>{head}{text}{foot}</main>" if in_main else f"{head}<main>{text}</main>{foot}"
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head><body>"
        f"<div class='site-top'>{SITE_LINKS}</div>{inner}<div class='site-end'>{SITE_LINKS}</div></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_header_and_footer_inside_main_are_the_texts_own(lang: str):
    """A ``<header>`` and a ``<footer>`` inside ``<main>`` around the text are the text's own
    (as inside ``<article>``): the share bar under the headline is before the text, the box of
    story links in the footer after it."""
    doc = parse(_main_parts(lang))
    body_intact(doc, lang)
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("share", "before")]
    assert [(r.title, r.position.placement) for r in doc.related] == [(HEADS[lang], "after")]


def test_header_and_footer_beside_main_stay_outside():
    """English: the same header and footer beside ``<main>`` in the page: page regions."""
    doc = parse(_main_parts("en", in_main=False))
    body_intact(doc, "en")
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("share", "outside")]
    assert [(r.title, r.position.placement) for r in doc.related] == [(HEADS["en"], "outside")]


def _sky_page(lang: str, between: bool = False) -> bytes:
    """A GPT slot named as a skyscraper by its short name ("sky-left") standing before the
    article in the page's row (``between``: between two paragraphs of the text instead)."""
    slot = "<div id='div-gpt-ad-sky-left' class='ad-sky'></div>"
    paras = [f"<p>{t}</p>" for t in TEXTS[lang]]
    text = "".join(paras[:2]) + (slot if between else "") + "".join(paras[2:])
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head><body>"
        f"<header class='site-header'>{SITE_LINKS}</header><div class='page'>{'' if between else slot}"
        f"<main><article><h1>Harbour wall</h1><div class='entry-content'>{text}</div></article></main></div>"
        f"<footer class='site-footer'>{SITE_LINKS}</footer></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_sky_slot_before_the_article_is_outside(lang: str):
    """A slot named "sky" (the skyscraper's short name: "ga-sky-left", "sad_sky") standing
    before the article: a format beside the page, so outside, not before the text."""
    doc = parse(_sky_page(lang))
    body_intact(doc, lang)
    assert [a.position.placement for a in doc.ads] == ["outside"]


def test_a_sky_slot_between_two_paragraphs_stays_inline():
    """English: the same slot between two paragraphs of the text: inline, whatever its name."""
    doc = parse(_sky_page("en", between=True))
    body_intact(doc, "en")
    assert [a.position.placement for a in doc.ads] == ["inline"]


def _lead_slot(lang: str, in_figure: bool = False) -> bytes:
    """The article's lead picture (a ``<figure>``), a GPT slot, then its text; ``in_figure``:
    the slot inside the figure instead."""
    slot = "<div id='div-gpt-ad-7654321-0' class='ad-slot'></div>"
    pic = "<img src='/img/harbour-wall.jpg' alt='The harbour wall' width='800' height='450'>"
    cap = "<figcaption>The old sea wall at low tide.</figcaption>"
    lead = f"<figure>{pic}{slot}{cap}</figure>" if in_figure else f"<figure>{pic}{cap}</figure>{slot}"
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head><body>"
        f"<header class='site-header'>{SITE_LINKS}</header><main><article><h1>Harbour wall</h1>"
        f"<div class='entry-content'>{lead}{_paras(lang)}</div></article></main>"
        f"<footer class='site-footer'>{SITE_LINKS}</footer></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_slot_after_the_lead_picture_is_before_the_text(lang: str):
    """A slot standing after the article's lead (its headline and picture) and before the
    first paragraph is before the text, not inside it (as a share bar there is)."""
    doc = parse(_lead_slot(lang))
    body_intact(doc, lang)
    assert [a.position.placement for a in doc.ads] == ["before"]


def test_a_slot_inside_the_lead_figure_is_no_lead_slot():
    """English: the same slot inside the lead's ``<figure>`` (a block of the text): it is not
    moved before the text."""
    doc = parse(_lead_slot("en", in_figure=True))
    body_intact(doc, "en")
    assert [a.position.placement for a in doc.ads] != ["before"]
