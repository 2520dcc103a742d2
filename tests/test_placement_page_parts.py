"""Placement by the parts of the page around the article's column (session of 2026-12-06):
the last column of a row of columns beside it is ``outside`` whatever it holds; what stands
after the page's footer or before its header in the article's row is page-level
(``outside``); items between the text and one short closing line that is no line of the
text ("Comments are closed.") are ``after`` it. Small pages written for the project, in
English, German, Spanish and French (``regionpages.TEXTS``).
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


def _columns_page(lang: str, column: str, main_cls: str = "", side_cls: str = "") -> bytes:
    """The article in the first column of a row of columns named by its builder
    ("wp-block-column"), ``column`` in the second."""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head><body>"
        f"<header class='site-header'>{SITE_LINKS}</header><main><div class='wp-block-columns'>"
        f"<div class='wp-block-column {main_cls}'><article><h1>Harbour wall</h1>"
        f"<div class='entry-content'>{_paras(lang)}</div></article></div>"
        f"<div class='wp-block-column {side_cls}'>{column}</div></div></main>"
        f"<footer class='site-footer'>{SITE_LINKS}</footer></body></html>"
    ).encode()


def _box(lang: str) -> str:
    """One headed box of three story links (a side column of one box: no stack of boxes)."""
    return (f"<div class='box'><h3>{HEADS[lang]}</h3>"
            + stories("Storm warning for the coast tonight", "New bus line to the harbour opens",
                      "Lighthouse museum reopens in spring", section="news") + "</div>")


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr"])
def test_second_column_of_a_row_of_columns_is_outside(lang: str):
    """A second "wp-block-column" beside the article's, holding one box of story links (no
    side name, no width, no stack of boxes): a side column, so its list is outside."""
    doc = parse(_columns_page(lang, _box(lang)))
    body_intact(doc, lang)
    assert [(r.title, r.position.placement) for r in doc.related] == [(HEADS[lang], "outside")]


def test_a_column_that_wraps_under_the_article_stays_after():
    """English: the same columns with widths that fill a row each ("col-12"): the second
    wraps under the article, so its list is after."""
    doc = parse(_columns_page("en", _box("en"), main_cls="col-12", side_cls="col-12"))
    body_intact(doc, "en")
    assert [(r.title, r.position.placement) for r in doc.related] == [(HEADS["en"], "after")]


def _shell(lang: str, top: str = "", end: str = "", footer: str = "<footer class='site-footer'>") -> bytes:
    """A page shell (``div.page``): ``top``, the site header, the article under a breadcrumb
    trail, the footer, ``end``."""
    close = "</" + footer.split()[0][1:] + ">"
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head><body>"
        f"<div class='page'>{top}<header class='site-header'>{SITE_LINKS}</header>"
        f"<main>{CRUMBS}<article><h1>Harbour wall</h1><div class='entry-content'>{_paras(lang)}</div>"
        f"</article></main>{footer}{SITE_LINKS}{close}{end}</div></body></html>"
    ).encode()


CRUMBS = "<div class='crumbs'><a href='/'>Home</a> &gt; <a href='/news'>News</a></div>"
SLOT = "<div id='div-gpt-ad-1234567-0' class='ad-slot'></div>"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_ad_slot_after_the_page_footer_is_outside(lang: str):
    """A GPT slot standing after the site's footer in the page shell (an interstitial or
    pixel slot): outside, not after the text."""
    doc = parse(_shell(lang, end=SLOT))
    body_intact(doc, lang)
    assert [a.position.placement for a in doc.ads] == ["outside"]


def test_ad_slot_after_the_posts_own_footer_stays_after():
    """English: the same slot after a footer named as the post's own ("entry-footer"): after."""
    doc = parse(_shell("en", end=SLOT, footer="<footer class='entry-footer'>"))
    body_intact(doc, "en")
    assert [a.position.placement for a in doc.ads] == ["after"]


def test_ad_slot_before_the_page_header_is_outside():
    """Spanish: a GPT slot above the site's header in the page shell: outside, not before."""
    doc = parse(_shell("es", top=SLOT))
    body_intact(doc, "es")
    assert [a.position.placement for a in doc.ads] == ["outside"]


#: Previous/next post links and a closing line, per language.
NAV = {
    "en": ("Previous post", "Next post", "Comments are closed."),
    "de": ("Vorheriger Beitrag", "Nächster Beitrag", "Kommentare sind geschlossen."),
    "fr": ("Article précédent", "Article suivant", "Les commentaires sont fermés."),
}


def _tail_page(lang: str, closing: str) -> bytes:
    prev, nxt, _ = NAV[lang]
    nav = (f"<nav class='navigation post-navigation'><div class='nav-previous'>"
           f"<a href='/news/2024/storm-warning-for-the-coast' rel='prev'>{prev}: Storm warning for the coast</a>"
           f"</div><div class='nav-next'><a href='/news/2024/new-bus-line-to-the-harbour' rel='next'>"
           f"{nxt}: New bus line to the harbour</a></div></nav>")
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head><body>"
        f"<main><div class='content'><article><h1>Harbour wall</h1><div class='entry-content'>{_paras(lang)}"
        f"</div></article>{nav}{closing}</div></main></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_post_navigation_before_a_closing_line_is_after(lang: str):
    """The previous/next post links under the article, then a lone line of another kind
    ("Comments are closed.", a ``p.nocomments`` under the content box): after, not inline."""
    doc = parse(_tail_page(lang, f"<p class='nocomments'>{NAV[lang][2]}</p>"))
    body_intact(doc, lang)
    assert [r.position.placement for r in doc.related] == ["after"]


def test_link_line_before_the_texts_short_last_paragraph_stays_inline():
    """English: an in-text story link before a short last paragraph of the text itself (a
    ``<p>`` beside the text's other paragraphs): inline."""
    paras = [f"<p>{t}</p>" for t in TEXTS["en"]]
    line = "<p><strong><a href='/news/2024/storm-warning-for-the-coast'>READ MORE: STORM WARNING FOR THE COAST TONIGHT</a></strong></p>"
    raw = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Wall</title></head><body>"
        f"<main><article><h1>Harbour wall</h1><div class='entry-content'>{''.join(paras)}{line}"
        "<p>The council meets again in May.</p></div></article></main></body></html>").encode()
    doc = parse(raw)
    body_intact(doc, "en")
    assert [r.position.placement for r in doc.related] == ["inline"]


def test_related_list_after_a_list_before_the_texts_last_paragraph_stays_inline():
    """English: a headed related list standing after a list of the text and before the text's
    short closing paragraph (a ``<p>`` like the text's other paragraphs, in the same box):
    inline, though the block right before it is a list item."""
    paras = "".join(f"<p>{t}</p>" for t in TEXTS["en"])
    facts = "<ul><li>Open from 6am to 10pm</li><li>Cycling allowed at walking pace</li></ul>"
    related = ("<div class='related-posts'><h3>Must Read</h3><ul>"
               "<li><a href='/news/2024/10/quay-market-returns'>Quay market returns for the winter season</a></li>"
               "<li><a href='/news/2024/09/ferry-timetable'>Ferry timetable changes from next month</a></li>"
               "</ul></div>")
    closing = "<p>An exhibition about the wall's history opens in the old toll house at weekends.</p>"
    raw = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Wall</title></head><body>"
        f"<main><article><h1>Harbour wall</h1><div class='entry-content'>{paras}{facts}{related}{closing}"
        "</div></article></main></body></html>").encode()
    doc = parse(raw)
    assert [r.position.placement for r in doc.related] == ["inline"]
