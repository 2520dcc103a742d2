"""Body extraction on page shapes the development pages did not teach (issue 10): one test
per way the article was lost on unseen pages. The pages are small, written for the project."""

from __future__ import annotations

import unicodedata

from articlepages import FOOTER, NAV, page, paras, text_of
from articlepages import STORY as _STORY

#: Four paragraphs of an article (each long enough to count as running text).
STORY = _STORY[:4]


def has_story(text: str, parts: list[str] = STORY) -> bool:
    return all(p in text for p in parts)


# 1. Hidden wrappers a script reveals ---------------------------------------------------------

def test_streamed_hidden_wrapper_is_read() -> None:
    # React/Next.js streaming: the server-rendered page sits in <div hidden id="S:0">.
    raw = page(f"{NAV}<div hidden id='S:0'><main><h1>Harbour wall</h1>{paras(STORY)}</main></div>{FOOTER}")
    assert has_story(text_of(raw))


def test_hide_classed_root_is_read() -> None:
    raw = page(f"<div class='root hide'>{NAV}<main><h1>Harbour wall</h1>{paras(STORY)}</main>{FOOTER}</div>")
    assert has_story(text_of(raw))


def test_small_hidden_parts_still_dropped() -> None:
    raw = page(f"<main><h1>Harbour wall</h1>{paras(STORY)}<div hidden><p>{'Secret menu text. ' * 5}</p></div></main>")
    text = text_of(raw)
    assert has_story(text) and "Secret menu" not in text


# 2. Malformed markup nests the article in an element skipped whole --------------------------

def test_article_inside_unclosed_button_is_read() -> None:
    # The site header's menu button is never closed: libxml2 nests <main> inside it.
    raw = page(
        "<header class='site-header'><div class='menu-button-container'><button class='menu-button'>"
        f"<span>Menu</span><main id='main'><h1>Harbour wall</h1>{paras(STORY)}</main></header>{FOOTER}"
    )
    assert has_story(text_of(raw))


def test_text_only_in_noscript_is_read() -> None:
    raw = page(f"{NAV}<noscript><div class='story'><h1>Harbour wall</h1>{paras(STORY)}</div></noscript>")
    assert has_story(text_of(raw))


def test_figure_swallowing_paragraphs_is_read_as_text() -> None:
    raw = page(
        f"{NAV}<main><article><h1>Harbour wall</h1><div class='body'>{paras(STORY[:2])}<figure>"
        f"<img src='/wall.jpg' alt='The wall'><div class='figure-body'>{paras(STORY[2:])}</div>"
        f"<figcaption>The old wall in 1990.</figcaption></figure></div></article></main>{FOOTER}"
    )
    assert has_story(text_of(raw))


# 3. Container too narrow: an article's sections in separate page-builder rows ---------------

def test_page_builder_rows_are_merged() -> None:
    def row(inner: str) -> str:
        return f"<div class='row-wrapper'><div class='row'><div class='cell'><div class='module'>{inner}</div></div></div></div>"

    long_story = [p + " " + p for p in STORY]
    rows = (
        row(paras(long_story[:2]))
        + "<div class='row-wrapper'><div class='row'><div class='cell'>"
        + row("<h2>What the engineers said</h2>")
        + row(paras(long_story[2:3] * 3))
        + row("<p>Photo gallery</p>")
        + "</div></div></div>"
        + row(paras(long_story[3:] * 2))
    )
    raw = page(f"{NAV}<main><div class='grid'><h1>Harbour wall</h1>{rows}</div></main>{FOOTER}")
    assert has_story(text_of(raw), long_story)


# 4. Class patterns on tokens, not substrings ------------------------------------------------

def test_bem_has_ads_modifier_and_longer_words_are_not_chrome() -> None:
    raw = page(
        f"{NAV}<main><h1>Harbour wall</h1><div class='copy-block'>{paras(STORY[:2])}</div>"
        f"<div class='copy-block copy-block--has-ads'>{paras(STORY[2:3])}</div>"
        f"<div class='c-product-widget'>{paras(STORY[3:])}</div></main>{FOOTER}"
    )
    assert has_story(text_of(raw))


def test_drupal_field_label_wrapper_is_content() -> None:
    fields = "".join(
        f"<div class='field field-label-above'><div class='field-label'>Part {i}:</div>"
        f"<div class='field-items'><p>{t}</p></div></div>"
        for i, t in enumerate(STORY)
    )
    text = text_of(page(f"{NAV}<main><h1>Harbour wall</h1>{fields}</main>{FOOTER}"))
    assert has_story(text)
    assert "Part 1:" not in text  # the label itself is still chrome


# 5. Link-density rules must not drop the wrapper that holds the article ----------------------

def test_link_heavy_wrapper_holding_the_article_is_kept() -> None:
    # Most of the story sits in one block whose paragraphs each link their key phrase: the
    # block is link-heavy, yet it is the article.
    linked = "".join(
        f"<p><a href='/t{i}'>{t[:len(t) * 3 // 5]}</a>{t[len(t) * 3 // 5:]}</p>" for i, t in enumerate(STORY[1:])
    )
    raw = page(
        f"{NAV}<main><article><h1>Harbour wall</h1><div class='story'><p>{STORY[0]}</p>"
        f"<div class='story-links'>{linked}</div></div></article></main>{FOOTER}"
    )
    assert has_story(text_of(raw))


def test_link_list_beside_the_article_still_dropped() -> None:
    links = "".join(f"<li><a href='/x{i}'>Another story about the county, number {i}</a></li>" for i in range(5))
    raw = page(f"{NAV}<main><article><h1>Harbour wall</h1>{paras(STORY)}<ul class='more'>{links}</ul></article></main>")
    text = text_of(raw)
    assert has_story(text) and "number 3" not in text


# 6. A non-article region must not win --------------------------------------------------------

def test_long_modal_does_not_outscore_the_article() -> None:
    policy = paras([f"Clause {i}: we may process your data, as described, for reasons, and so on, at length." * 2
                    for i in range(12)])
    raw = page(
        f"{NAV}<main><h1>Harbour wall</h1>{paras(STORY)}</main>"
        f"<div class='modal-container' role='dialog'>{policy}</div>{FOOTER}"
    )
    text = text_of(raw)
    assert has_story(text) and "Clause 3" not in text


def test_long_comment_thread_does_not_outscore_the_article() -> None:
    comments = "".join(
        f"<li class='comment-item'><p>Reader {i} wrote: I have lived here for forty years, and honestly, "
        "the wall was never the problem, it was the drains, the drains, always the drains.</p></li>"
        for i in range(14)
    )
    raw = page(f"{NAV}<main><h1>Harbour wall</h1>{paras(STORY)}</main><ol class='comments-list'>{comments}</ol>{FOOTER}")
    text = text_of(raw)
    assert has_story(text) and "Reader 3 wrote" not in text


# 7. Normalisation: NFC, ruby readings -------------------------------------------------------

def test_text_is_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Café déjà vu: the Société Générale branch reopened on the quay.")
    raw = page(f"<main><h1>Harbour wall</h1>{paras(STORY)}<p>{decomposed}</p></main>")
    text = text_of(raw)
    assert unicodedata.normalize("NFC", "Café déjà vu") in text
    assert text == unicodedata.normalize("NFC", text)


def test_ruby_readings_are_left_out() -> None:
    ruby = "<p>The <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp>字<rt>ji</rt></ruby> on the harbour sign were repainted by volunteers last week.</p>"
    text = text_of(page(f"<main><h1>Harbour wall</h1>{paras(STORY)}{ruby}</main>"))
    assert "漢字 on the harbour sign" in text
    assert "kan" not in text and "(" not in text


# The trace says which rule skipped what ----------------------------------------------------

def test_trace_names_the_rule() -> None:
    from syndicate.extract.trace import explain

    raw = page(f"{NAV}<main><h1>Harbour wall</h1>{paras(STORY)}<div hidden><p>Hidden promo text here</p></div>"
               f"<div class='share-bar'><p>Share this story with your friends</p></div></main>{FOOTER}")
    rules = {s.rule for s in explain(raw)}
    assert "hidden" in rules
    assert any(r.startswith(("class/id:share", "inner-chrome:share", "chrome")) for r in rules)
    kept = explain(page(f"<div hidden id='S:0'><main>{paras(STORY)}</main></div>"))
    assert any(s.kept and s.rule == "hidden" for s in kept)


def test_layout_wrapper_named_sidebar_under_a_long_menu_is_read() -> None:
    # A "layout with a sidebar" wrapper holds the article; the site menu above it holds more
    # text than the article, so against the whole page the wrapper looks small.
    menu = "<header><ul>" + "".join(
        f"<li><a href='/m{i}'>Menu entry number {i}</a></li>" for i in range(70)
    ) + "</ul></header>"
    body = (
        menu + f"<main><div><div class='intro'><h1>Harbour wall</h1><p>{STORY[1]} {STORY[2]}</p>"
        "</div></div><div class='wrap'><div class='layout-sidebar-left'>"
        "<div class='layout-sidebar-top'><a href='/p1'>Page one</a> <a href='/p2'>Page two</a></div>"
        f"<div class='layout-main'>{paras(STORY + STORY[::-1])}</div></div></div></main>" + FOOTER
    )
    text = text_of(page(body))
    assert STORY[0] in text and STORY[3] in text
    assert "Menu entry number 5" not in text


def test_headline_block_of_a_kept_header_named_wrapper_is_read() -> None:
    # The whole article sits in a wrapper whose class says "header"; its headline block (also
    # "header"-classed) carries the lead paragraph, which belongs to the article.
    lead = "A granite wall a metre higher than the old one will protect the lower town from now on."
    body = (
        NAV + "<div class='header'>"
        f"<div class='header'><h1>Harbour wall to be rebuilt</h1><p>{lead}</p></div>"
        f"<div>{paras(STORY)}</div></div>" + FOOTER
    )
    text = text_of(page(body))
    assert lead in text
    assert STORY[0] in text
