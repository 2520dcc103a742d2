"""HTML reader: main content, boilerplate removal, locators, chrome integration, hostile input."""

from __future__ import annotations

import logging

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import syndicate
from pages import ARTICLE_PARAS
from syndicate import InputError, InputTooLargeError, Limits, SyndicateError
from syndicate.extract.chrome import Found
from syndicate.model import AdSlot, CallToAction, Paragraph, Related, RelatedItem
from syndicate.readers import html as html_reader

ARTICLE_TEXT = ARTICLE_PARAS


def page(body: str, head: str = "<title>Harbour wall to be rebuilt</title>") -> bytes:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


def article_page(extra_inside: str = "", extra_outside: str = "") -> bytes:
    paras = "".join(f"<p>{t}</p>" for t in ARTICLE_TEXT)
    return page(
        "<header class='site-header'><nav><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul></nav></header>"
        "<div id='cookie-banner'>We use cookies to improve your experience. Accept all cookies.</div>"
        "<main><article><h1>Harbour wall to be rebuilt</h1>"
        f"<div class='entry-content'>{paras}{extra_inside}</div></article>"
        "<aside class='sidebar'><h3>Most read</h3><ul><li><a href='/a'>Another story about "
        "something else entirely</a></li><li><a href='/b'>Yet another story</a></li></ul></aside>"
        "</main>"
        f"{extra_outside}"
        "<div id='comments' class='comments-area'><h3>3 comments</h3><p>I think this is a waste "
        "of money and the council should have spent it on the schools instead, frankly.</p></div>"
        "<footer><p>Copyright 2024 The Harbour Gazette. All rights reserved. Terms of use.</p></footer>"
    )


def resolve(raw: bytes, locator: str) -> lxml.html.HtmlElement:
    """The element a locator points to in the tree the ad benchmark builds."""
    found = lxml.html.fromstring(raw).getroottree().xpath(locator)
    assert len(found) == 1, locator
    return found[0]


def test_body_is_the_article_paragraphs_only():
    doc = syndicate.parse(article_page(), url="https://example.com/news/harbour")
    assert doc.text().split("\n") == ARTICLE_TEXT
    text = doc.text()
    for chrome in ("Home", "cookies", "Most read", "waste of money", "Copyright", "comments"):
        assert chrome not in text


def test_headline_is_not_body_but_subheadings_are():
    doc = syndicate.parse(article_page(extra_inside="<h2>What happens next</h2><p>" + ARTICLE_TEXT[0] + "</p>"))
    assert "Harbour wall to be rebuilt" not in doc.text()
    headings = [b for b in doc.body if b.type == "heading"]
    assert [(h.level, h.text) for h in headings] == [(2, "What happens next")]


def test_headline_in_an_h2_is_not_body_but_a_subheading_is():
    paras = "".join(f"<p>{t}</p>" for t in ARTICLE_TEXT)
    doc = syndicate.parse(page(
        "<main><div class='story'><p class='kicker'>News</p><h2>Harbour wall: to be rebuilt!</h2>"
        f"{paras}<h2>What happens next</h2><p>{ARTICLE_TEXT[0]}</p></div></main>"))
    assert [(h.level, h.text) for h in doc.body if h.type == "heading"] == [(2, "What happens next")]


def test_a_gallery_of_captioned_figures_is_not_retried_into_chrome():
    figs = "".join(f"<figure><img src='https://news.example.org/g/{i}.jpg' width='800' height='600'><figcaption>The harbour "
                   f"wall at dawn, picture {i} of the series.</figcaption></figure>" for i in range(3))
    doc = syndicate.parse(page(
        f"<main><article><h1>Harbour in pictures</h1><div class='gallery-body'>{figs}</div></article>"
        "<div class='promo-box'><p>Our shop sells prints of every picture in our archive, framed or "
        "unframed, with free delivery on all orders this month.</p></div></main>"))
    assert [b.type for b in doc.body] == ["image"] * 3 and doc.text() == ""


def test_every_locator_points_to_its_source_element():
    raw = article_page(extra_inside="<ul><li>First point made</li><li>Second point</li></ul>"
                                    "<blockquote>A quotation from the mayor at length.</blockquote>")
    doc = syndicate.parse(raw)
    assert doc.body
    for block in doc.body:
        el = resolve(raw, block.locator)
        assert " ".join(el.text_content().split()).startswith(block.plain_text().split("\n")[0][:20])


def test_locators_match_getpath_with_many_same_tag_siblings():
    raw = page("<div class='story'>" + "".join(f"<p>Paragraph number {i}, long enough to count as text.</p>"
                                               for i in range(30)) + "</div>")
    doc = syndicate.parse(raw)
    tree = lxml.html.fromstring(raw).getroottree()
    expected = [tree.getpath(p) for p in tree.iter("p")]
    assert [b.locator for b in doc.body] == expected


def test_locators_resolve_through_prefixed_tags():
    # An HTML page may hold prefixed tags (<fb:like>, <o:p>, <g:plusone>): the path step
    # "x:box" is an undeclared namespace prefix to XPath, so the step is by place (*[k]).
    paras = "".join(f"<p>Paragraph number {i} of the story, long enough to count as text.</p>" for i in range(4))
    raw = page(f"<article><fb:like href='/a'></fb:like><x:box>{paras}</x:box><p>Closing words of the "
               "article, also long enough to count as article text.</p></article>")
    doc = syndicate.parse(raw)
    tree = lxml.html.fromstring(raw).getroottree()
    assert len(doc.body) == 5
    for block in doc.body:
        hits = tree.xpath(block.locator)
        assert len(hits) == 1
        assert " ".join(hits[0].text_content().split()) == block.text
    assert "/*[2]/p[1]" in doc.body[0].locator


def test_ids_are_unique_and_in_order():
    doc = syndicate.parse(article_page())
    assert [b.id for b in doc.body] == [f"b{i}" for i in range(1, len(doc.body) + 1)]


def test_inline_html_is_sanitized_and_links_absolute():
    raw = page("<article><p>Read <a href='/report.pdf' onclick='steal()'>the report</a>, "
               "<a href='javascript:alert(1)'>this</a> and <em>mind</em> the "
               "<script>alert(1)</script><img src=x onerror=alert(1)>gap, said the long paragraph "
               "of an article that is long enough to be the article.</p></article>")
    doc = syndicate.parse(raw, url="https://example.com/news/a")
    html = doc.body[0].html
    assert '<a href="https://example.com/report.pdf">the report</a>' in html
    assert "<em>mind</em>" in html
    for bad in ("onclick", "javascript", "script", "onerror", "alert"):
        assert bad not in html
    assert "this" in doc.body[0].text


def test_text_in_divs_without_paragraph_tags():
    raw = page("<div class='post'><div class='text'>" + "<br><br>".join(ARTICLE_TEXT) + "</div></div>")
    doc = syndicate.parse(raw)
    for t in ARTICLE_TEXT:
        assert t in doc.text()


def test_standfirst_in_article_header_is_kept_title_and_byline_are_not():
    raw = page("<article><header><h1>Big news today</h1><p class='byline'>By Jane Doe</p>"
               "<p class='standfirst'>A short summary of the article that runs to a sentence or "
               "two, as standfirsts do.</p><time>12 May 2024</time></header><div class='body'>"
               + "".join(f"<p>{t}</p>" for t in ARTICLE_TEXT) + "</div></article>")
    text = syndicate.parse(raw).text()
    assert text.startswith("A short summary")
    assert "Jane Doe" not in text and "Big news today" not in text and "12 May" not in text


def test_share_related_newsletter_inside_article_are_not_body():
    inside = ("<div class='share-buttons'><a href='https://facebook.com/x'>Facebook</a>"
              "<a href='https://twitter.com/x'>Twitter</a></div>"
              "<div class='related-posts'><h3>Related</h3><ul><li><a href='/x'>Story about a long "
              "related subject here</a></li><li><a href='/y'>Another related story</a></li></ul></div>"
              "<div class='newsletter-signup'><p>Sign up for our daily newsletter and never miss a "
              "story from the harbour again.</p></div>")
    text = syndicate.parse(article_page(extra_inside=inside)).text()
    assert text.split("\n") == ARTICLE_TEXT


def test_hidden_elements_are_not_body():
    inside = "<p style='display:none'>Hidden tracking text that should never show up anywhere.</p>" \
             "<p hidden>Another hidden paragraph that is long enough to count as text.</p>"
    text = syndicate.parse(article_page(extra_inside=inside)).text()
    assert "Hidden" not in text and "hidden" not in text


def test_article_left_inside_an_unclosed_header_is_still_found():
    # Broken markup: the <header> is never closed, so the whole page sits inside it.
    raw = page("<header class='top'><div class='logo'>Gazette</div>"
               "<div class='content'>" + "".join(f"<p>{t}</p>" for t in ARTICLE_TEXT) + "</div>")
    assert syndicate.parse(raw).text().split("\n") == ARTICLE_TEXT


# --------------------------------------------------------------------------- chrome integration


class _FakeDetector:
    """Stands in for extract/chrome.py's detector (developed separately) to check the reader's
    side of the interface: ids, locators, positions, and chrome kept out of the body."""

    def __call__(self, root, base_url=None, nodes=None, names=None, unfilled=None):
        found = []
        for el in root.iter():
            cls = el.get("class") or ""
            if "ad-slot" in cls:
                found.append(Found(el, AdSlot(id="", label="Advertisement")))
            elif "more-stories" in cls:
                found.append(Found(el, Related(id="", title="More", items=[RelatedItem(title="x")])))
            elif "cta-box" in cls:
                found.append(Found(el, CallToAction(id="", kind="newsletter", text="Sign up")))
        return found


def test_chrome_items_get_ids_locators_and_positions(monkeypatch):
    monkeypatch.setattr(html_reader, "detect_chrome", _FakeDetector())
    paras = [f"<p>{t}</p>" for t in ARTICLE_TEXT]
    raw = page(
        "<div class='ad-slot top-banner'>Advertisement</div>"
        "<article><div class='story'>" + paras[0] + paras[1]
        + "<div class='ad-slot'>Advertisement inline with a long label text here</div>"
        + paras[2] + paras[3]
        + "<div class='cta-box'><p>Sign up for the newsletter, it is a long sentence here.</p></div>"
        "</div></article>"
        "<aside class='sidebar'><div class='more-stories'><a href='/x'>x</a></div></aside>"
    )
    doc = syndicate.parse(raw)
    assert doc.text().split("\n") == ARTICLE_TEXT
    assert [a.id for a in doc.ads] == ["ad1", "ad2"]
    assert [r.id for r in doc.related] == ["rel1"]
    assert [c.id for c in doc.ctas] == ["cta1"]
    tree = lxml.html.fromstring(raw).getroottree()
    marks = [(doc.ads, "ad-slot"), (doc.related, "more-stories"), (doc.ctas, "cta-box")]
    for items, mark in marks:
        for item in items:
            (el,) = tree.xpath(item.locator)
            assert tree.getpath(el) == item.locator
            assert mark in el.get("class")
    placements = {
        "ad1": doc.ads[0].position, "ad2": doc.ads[1].position,
        "cta1": doc.ctas[0].position, "rel1": doc.related[0].position,
    }
    assert placements["ad2"].placement == "inline" and placements["ad2"].after == "b2"
    assert placements["cta1"].placement == "after" and placements["cta1"].after == "b4"
    assert placements["rel1"].placement == "outside" and placements["rel1"].after is None
    assert placements["ad1"].placement in ("before", "outside")
    syndicate.validate(doc.to_dict())


# --------------------------------------------------------------------------- bad and hostile input


def test_empty_input_is_a_clear_input_error():
    for raw in (b"", "", b"   \n\t ", b"\xef\xbb\xbf"):
        with pytest.raises(InputError, match="empty"):
            syndicate.parse(raw)


def test_input_over_the_size_limit():
    raw = article_page()
    with pytest.raises(InputTooLargeError, match="limit"):
        syndicate.parse(raw, limits=Limits(max_input_bytes=len(raw) - 1))
    assert syndicate.parse(raw, limits=Limits(max_input_bytes=len(raw))).body


def test_wrong_input_type_and_bad_url():
    with pytest.raises(InputError):
        syndicate.parse(12345)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="url"):
        syndicate.parse(article_page(), url=12345)  # type: ignore[arg-type]


@pytest.mark.parametrize("url", ["example.com/a", "ftp://example.com/a", "javascript:alert(1)", "/relative",
                                 "hard::page.html"])
def test_unusable_url_is_not_a_base(url, caplog):
    """A url= that is no absolute http(s) URL is neither recorded nor used to resolve links."""
    page = article_page().replace(b"<p>", b"<p><a href='next.html'>Next</a> ", 1)
    with caplog.at_level("WARNING", logger="syndicate"):
        doc = syndicate.parse(page, url=url)
    assert doc.url is None
    assert "not an absolute http(s) URL" in caplog.text
    assert doc.body[0].text.startswith("Next The council")
    assert not any(url in b.html for b in doc.body)


def test_nul_bytes():
    raw = article_page().replace(b"harbour wall", b"harbour\x00wall")
    doc = syndicate.parse(raw)
    assert len(doc.body) == len(ARTICLE_TEXT)
    assert "\x00" not in doc.text() and "\x00" not in "".join(b.html for b in doc.body)


@pytest.mark.parametrize("depth", [300, 1000, 50_000])
def test_deep_div_nesting_keeps_text_inside_and_after(depth):
    raw = page("<div>" * depth + "<p>" + ARTICLE_TEXT[0] + "</p>" + "</div>" * depth
               + "<p>" + ARTICLE_TEXT[1] + "</p>")
    text = syndicate.parse(raw).text()
    assert ARTICLE_TEXT[0] in text and ARTICLE_TEXT[1] in text


@pytest.mark.parametrize("depth", [400, 1000, 50_000])
def test_unclosed_font_tags_keep_text_inside_and_after(depth):
    raw = page("<p>" + ARTICLE_TEXT[0] + "</p>" + "<font>" * depth + "<p>" + ARTICLE_TEXT[1]
               + "</p><p>" + ARTICLE_TEXT[2] + "</p>")
    text = syndicate.parse(raw).text()
    for t in ARTICLE_TEXT[:3]:
        assert t in text


def test_deep_inline_nesting_inside_a_paragraph():
    raw = page("<p>" + "<b>" * 3000 + ARTICLE_TEXT[0] + "</b>" * 3000 + "</p><p>" + ARTICLE_TEXT[1] + "</p>")
    text = syndicate.parse(raw).text()
    assert ARTICLE_TEXT[0] in text and ARTICLE_TEXT[1] in text


def test_many_siblings_all_kept_within_the_block_limit():
    n = 100_000
    raw = page("<div class='story'>" + "<p>Sentence number one, with a comma.</p>" * n + "</div>")
    doc = syndicate.parse(raw, limits=Limits(max_blocks=n))
    assert len(doc.body) == n
    assert doc.body[-1].locator == f"/html/body/div/p[{n}]"


def test_block_limit_is_reported_not_silent(caplog):
    raw = page("<div class='story'>" + "<p>Sentence number one, with a comma.</p>" * 50 + "</div>")
    with caplog.at_level(logging.WARNING, logger="syndicate"):
        doc = syndicate.parse(raw, limits=Limits(max_blocks=10))
    assert len(doc.body) == 10
    assert "max_blocks" in caplog.text


def test_mislabelled_cp1252_served_as_utf8():
    raw = page("<p>Caf\u00e9 cr\u00e8me \u201cbr\u00fbl\u00e9e\u201d \u2013 the dessert of the "
               "season, served warm, with a long sentence here.</p>").decode().encode("cp1252")
    assert b"charset='utf-8'" in raw
    assert "Caf\u00e9 cr\u00e8me \u201cbr\u00fbl\u00e9e\u201d \u2013" in syndicate.parse(raw).text()


def test_shift_jis_without_declaration():
    text = "東京都は今日、新しい防災計画を発表しました。計画には避難所の増設と、高齢者への支援が含まれています。"
    raw = f"<html><body><article><p>{text}</p></article></body></html>".encode("shift_jis")
    assert syndicate.parse(raw).text() == text


def test_xml_declaration_in_a_str_page():
    raw = '<?xml version="1.0" encoding="utf-8"?>' + article_page().decode()
    assert syndicate.parse(raw).text().split("\n") == ARTICLE_TEXT


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000) | st.text(max_size=2000).map(str.encode))
def test_arbitrary_bytes_give_a_document_or_a_syndicate_error(raw):
    try:
        doc = syndicate.parse(raw)
    except SyndicateError:
        return
    syndicate.validate(doc.to_dict())


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<table>", "<td>", "<li>", "<ul>",
                                 "<b>", "</b>", "text, ", "<br>", "<h2>", "<blockquote>", "<pre>",
                                 "<figure>", "<img src='/a.jpg'>", "<a href='/x'>", "</a>",
                                 "<script>", "<!--", "-->", "<iframe src='https://youtube.com/embed/x'>"]),
                max_size=200))
def test_tag_soup_gives_valid_documents(parts):
    raw = ("<html><body>" + "".join(parts)).encode()
    try:
        doc = syndicate.parse(raw, url="https://example.com/")
    except SyndicateError:
        return
    syndicate.validate(doc.to_dict())
    assert all(isinstance(b.id, str) and b.locator for b in doc.body)


def test_paragraphs_are_model_paragraphs():
    doc = syndicate.parse(article_page())
    assert all(isinstance(b, Paragraph) for b in doc.body)


def test_article_split_between_a_wrapper_and_a_nested_column_is_whole():
    para = "Paragraph number {} of the story, with commas, clauses, and enough words to count as text."
    head = "".join(f"<p>{para.format(i)}</p>" for i in range(8))
    inner = "".join(f"<p>{para.format(i)}</p>" for i in range(8, 18))
    raw = (f"<html><body><nav><a href='/'>Home</a></nav><div class='entry'>{head}"
           f"<div><p>A short lead-in to the second part.</p><div><p>Another short lead-in, here."
           f"</p><div>{inner}</div></div></div></div><footer>Footer text</footer></body></html>")
    text = syndicate.parse(raw).text()
    assert all(para.format(i) in text for i in range(18))
    assert "Home" not in text and "Footer" not in text


def test_standfirst_set_as_a_subheading_in_the_article_header_is_body():
    stand = "Risks and side effects come not only with medicines, but also with political measures."
    para = "The body of the story runs on for a while, with commas, clauses, and enough words to count."
    raw = (f"<html><body><nav><a href='/'>Home</a></nav><main><article><header><h1>Title</h1>"
           f"<h2>{stand}</h2><h2>Short kicker</h2></header><div class='body'>"
           + f"<p>{para}</p>" * 4 + "</div></article></main></body></html>")
    text = syndicate.parse(raw).text().split("\n")
    assert text[0] == stand and "Short kicker" not in text and "Title" not in text
    assert text[1:] == [para] * 4


def test_page_builder_widgets_holding_the_article_are_not_chrome():
    # Elementor calls every block a widget, the article's text boxes too.
    box = ("<div class='elementor-widget-wrap'><div class='elementor-widget elementor-widget-text-editor'>"
           "<div class='elementor-widget-container'>{}</div></div></div>")
    half = len(ARTICLE_TEXT) // 2
    parts = ["".join(f"<p>{t}</p>" for t in ts) for ts in (ARTICLE_TEXT[:half], ARTICLE_TEXT[half:])]
    intro = ("The opening paragraph of the post stands on its own, outside the builder's boxes, and "
             "runs on long enough, with commas and clauses, to be taken for the whole article if the "
             "boxes were dropped as sidebar widgets; it is followed by the rest of the post below.")
    raw = page(f"<div class='entry'><p>{intro}</p>" + "".join(box.format(p) for p in parts) + "</div>"
               "<div class='sidebar-widget'><p>Some words about the author of this blog and her "
               "two cats, who sleep all day.</p></div>")
    assert syndicate.parse(raw).text().split("\n") == [intro, *ARTICLE_TEXT]


def test_standfirst_under_a_headline_above_the_article_column_is_body():
    stand = "The council voted on Tuesday to rebuild the old harbour wall before the winter storms."
    paras = "".join(f"<p>{t}</p>" for t in ARTICLE_TEXT)
    for head in (f"<h1>Harbour wall to be rebuilt</h1><div class='byline'>By Jane Doe</div>"
                 f"<div class='intro-box'><p>{stand}</p></div>",
                 f"<h1>Harbour wall to be rebuilt</h1><p class='leading-snug'>{stand}</p>",
                 f"<h1>Harbour wall to be rebuilt</h1><div class='summary'><div class='para'>{stand}"
                 "</div></div>",
                 f"<h1>Harbour wall to be rebuilt</h1><div class='teaser-intro'><div class='richtext'>"
                 f"<p>{stand}</p></div></div>"):
        raw = page(f"<div class='page-head'>{head}</div><div class='columns'>"
                   f"<div class='main-column'>{paras}</div><div class='side'><p>Weather: sunny.</p>"
                   "</div></div>")
        assert syndicate.parse(raw).text().split("\n") == [stand, *ARTICLE_TEXT]
    # A teaser's linked title is no headline: the teaser's text stays out.
    raw = page(f"<div class='top-stories'><h1><a href='/x'>Other story</a></h1><p>{stand}</p></div>"
               f"<div class='columns'><div class='main-column'>{paras}</div></div>")
    assert syndicate.parse(raw).text().split("\n") == ARTICLE_TEXT


def test_paper_with_a_long_reference_list_keeps_its_abstract():
    # The references (many list items full of commas) outscore the abstract: the article is
    # the sections around them, each a heading and its content; the buy box is no part of it.
    abstract = ["The purpose of the review is to summarise the drugs, used in the clinic, that "
                "are reported to cause the syndrome, and how often.",
                "The most commonly reported drugs are allopurinol, sulfasalazine and minocycline, "
                "followed by a long tail of rarer ones."]
    refs = [f"Author{i} A, Writer B, Scholar C. A study of case {i}, its causes, and its course. "
            f"J Clin Med. 20{i:02d};{i}:1-{i + 9}." for i in range(25)]
    raw = page(
        "<main><article><h1>The syndrome and the rheumatologist</h1><div class='article-body'>"
        "<section><div class='sec'><h2>Abstract</h2><div class='sec-content'>"
        + "".join(f"<p>{t}</p>" for t in abstract) + "</div></div></section>"
        "<div class='article-buy-box'><h2>Access options</h2><div class='buybox-info'><p>Instant access to the full "
        "article PDF, for a price that includes taxes where they apply, and a subscription to "
        "the journal with every issue since the first, which may be cancelled at any time.</p></div></div>"
        "<section><div class='sec'><h2>References</h2><div class='sec-content'><div>"
        "<ol class='references'>" + "".join(f"<li><p>{r}</p></li>" for r in refs) + "</ol>"
        "<p><a href='/refs.ris'>Download references</a></p></div></div></div></section>"
        "</div></article></main>")
    text = syndicate.parse(raw).text()
    assert all(t in text for t in abstract + refs)
    assert "Instant access" not in text


def test_h1_opening_the_body_after_the_page_headline_is_a_heading():
    paras = "".join(f"<p>{t}</p>" for t in ARTICLE_TEXT)
    raw = page("<h1 class='site-title'><a href='/'>The Gazette</a></h1><article><header>"
               f"<h1>About us</h1></header><div class='page-content'><h1>Our history</h1>{paras}"
               "</div></article>")
    doc = syndicate.parse(raw)
    assert [(b.type, getattr(b, "level", None)) for b in doc.body[:2]] == [("heading", 1), ("paragraph", None)]
    assert doc.text().split("\n") == ["Our history", *ARTICLE_TEXT]
    # Without a headline before it, the body's first h1 is the headline: not body.
    raw = page("<h1 class='site-title'><a href='/'>The Gazette</a></h1><article>"
               f"<div class='page-content'><h1>Our history</h1>{paras}</div></article>")
    assert syndicate.parse(raw).text().split("\n") == ARTICLE_TEXT


def test_key_points_under_the_headline_are_body_a_link_list_is_not():
    points = ["The council will rebuild the harbour wall before winter.",
              "The work costs two million and takes six months."]
    bullets = "<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    links = "<ul><li><a href='/a'>Another story about the harbour</a></li><li><a href='/b'>More " \
            "news from the town hall</a></li></ul>"
    paras = "".join(f"<p>{t}</p>" for t in ARTICLE_TEXT)
    for raw in (page(f"<article><header><h1>Harbour wall</h1>{links}{bullets}</header>"
                     f"<div class='body'>{paras}</div></article>"),
                page(f"<div class='page-head'><h1>Harbour wall</h1>{bullets}</div>"
                     f"<div class='columns'><div class='main-column'>{paras}</div></div>")):
        doc = syndicate.parse(raw)
        assert doc.body[0].type == "list"
        assert doc.text().split("\n") == [*points, *ARTICLE_TEXT]


def test_storable_fast_check_agrees_with_the_pattern():
    """The byte-level test that spares clean pages the character scan says "clean" exactly
    when no character the tree cannot hold (or NUL, form feed) is there."""
    from syndicate.readers.tree import _BAD_CHAR, _clean

    for text in ("plain ascii\tpage\r\n", "caf\u00e9 \u2019quotes\u2019", "\ud55c\uad6d\uc5b4 page",
                 "nul\x00here", "form\x0cfeed", "bell\x07", "del\x7f", "\ufffe", "\uffff x \u00e9",
                 "lone \ud800 surrogate", "\ufffd replacement", "emoji \U0001f600", "\ufeffbom",
                 "ok \u00e9\x1f"):
        assert _clean(text) == (_BAD_CHAR.search(text) is None), repr(text)
    # From the page's own UTF-8 bytes, undecodable ones (U+FFFD after decoding) included.
    for raw in (b"caf\xc3\xa9 page", b"bad \xff\xfe bytes", b"bell\x07", b"\xed\xa0\x80 surrogate",
                b"\xef\xbf\xbe nonchar", b"\xef\xbb\xbfbom", b"nul\x00", "\ud55c\uad6d".encode()):
        text = raw.decode("utf-8", "replace")
        assert _clean(text, raw) == (_BAD_CHAR.search(text) is None), raw


def test_xml_chars_fast_path_skips_only_printable_text():
    """Printable text is returned unscanned: no character xml_chars removes or replaces is
    printable, and every one of them is still handled in text that is not."""
    from syndicate.sanitize import xml_chars

    bad = [*map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0xFFFE, 0xFFFF]),
           *map(chr, range(0xD800, 0xE000))]
    assert not any(c.isprintable() for c in bad)
    for c in bad:
        out = xml_chars(f"a{c}b")
        assert out in ("ab", "a\ufffdb"), repr(c)
    assert xml_chars("caf\u00e9 \u2019ok\u2019") == "caf\u00e9 \u2019ok\u2019"
    assert xml_chars("line\nbreak\ttab") == "line\nbreak\ttab"
