"""Article metadata: one small page per source family (JSON-LD, OpenGraph, Twitter cards,
meta tags, microdata, time elements, bylines, ``<title>``), dates, URLs, hostile markup."""

from __future__ import annotations

import html as html_lib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import syndicate
from syndicate.extract.metadata import PageMetadata, extract_metadata, to_rfc3339
from syndicate.model import Document
from syndicate.readers.tree import parse_tree

BODY = "".join(
    f"<p>Paragraph {i} of the article about the harbour wall, long enough to count as text "
    "in the body of the page, with several clauses and a full stop.</p>" for i in range(5)
)


def page(head: str = "", body: str = BODY, html_attrs: str = "") -> str:
    return f"<!DOCTYPE html><html{html_attrs}><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def meta_of(html: str, url: str | None = "https://news.example.com/2024/05/harbour") -> PageMetadata:
    return extract_metadata(parse_tree(html), url)


def valid(pm: PageMetadata) -> None:
    syndicate.validate(Document(canonical_url=pm.canonical_url, metadata=pm.metadata).to_dict())


# --------------------------------------------------------------------------- JSON-LD


def test_jsonld_news_article_gives_every_field():
    article = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Harbour wall to be rebuilt",
        "alternativeHeadline": "Council approves the long-debated repair",
        "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
        "datePublished": "2024-05-02T09:30:00+02:00", "dateModified": "2024-05-03T10:00:00Z",
        "description": "The council voted to rebuild the &amp; harbour <b>wall</b>.",
        "image": {"@type": "ImageObject", "url": "/img/wall.jpg", "width": 1200, "height": "800"},
        "keywords": ["harbour", "council", "Harbour"], "articleSection": "Local",
        "publisher": {"@type": "Organization", "name": "The Courier"}, "inLanguage": "en-GB",
    }
    pm = meta_of(page(ld(article)))
    md = pm.metadata
    assert md.title == "Harbour wall to be rebuilt"
    assert md.subtitle == "Council approves the long-debated repair"
    assert md.authors == ["Jane Doe", "John Roe"]
    assert md.published == "2024-05-02T09:30:00+02:00"
    assert md.modified == "2024-05-03T10:00:00Z"
    assert md.description == "The council voted to rebuild the & harbour wall."
    assert md.image is not None and md.image.src == "https://news.example.com/img/wall.jpg"
    assert (md.image.width, md.image.height) == (1200, 800)
    assert md.tags == ["harbour", "council"]  # case-insensitive duplicates dropped
    assert md.section == "Local"
    assert md.site_name == "The Courier"
    assert md.language == "en-GB"
    valid(pm)


def test_jsonld_graph_with_id_references():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://news.example.com/#site", "name": "Example News"},
        {"@type": "WebPage", "@id": "https://news.example.com/2024/05/harbour#page", "name": "Page name"},
        {"@type": "Person", "@id": "https://news.example.com/#/person/1", "name": "Ana Lima"},
        {"@type": ["Article", "NewsArticle"], "@id": "https://news.example.com/2024/05/harbour#article",
         "headline": "Graph headline", "author": {"@id": "https://news.example.com/#/person/1"},
         "datePublished": "2024-05-02", "keywords": "ports, weather; council",
         "image": {"@id": "https://news.example.com/#img"}},
        {"@type": "ImageObject", "@id": "https://news.example.com/#img",
         "contentUrl": "https://cdn.example.com/a.jpg", "caption": "The wall"},
    ]}
    md = meta_of(page(ld(graph))).metadata
    assert md.title == "Graph headline"
    assert md.authors == ["Ana Lima"]
    assert md.published == "2024-05-02T00:00:00Z"  # a date alone: midnight UTC
    assert md.site_name == "Example News"
    assert md.tags == ["ports", "weather", "council"]
    assert md.image is not None and md.image.src == "https://cdn.example.com/a.jpg"
    assert md.image.caption == "The wall"


def test_jsonld_broken_json_is_repaired():
    broken = """<script type="application/ld+json"><!--
    {"@context": "https://schema.org", "@type": "BlogPosting",
     "headline": "Line one
continues here", "datePublished": "2023-01-05T08:00:00-05:00",
     "author": {"@type": "Person", "name": "Sam Poe",},
    }
    --></script>"""
    md = meta_of(page(broken)).metadata
    assert md.title == "Line one continues here"
    assert md.published == "2023-01-05T08:00:00-05:00"
    assert md.authors == ["Sam Poe"]


def test_jsonld_beyond_repair_is_salvaged_field_by_field():
    hopeless = ('<script type="application/ld+json">{"@type": "NewsArticle", '
                '"description": "He said "no" twice", "headline": "Salvaged headline", '
                '"datePublished": "2022-02-02T02:02:02Z" </script>')
    md = meta_of(page(hopeless)).metadata
    assert md.title == "Salvaged headline"
    assert md.published == "2022-02-02T02:02:02Z"


def test_jsonld_prefers_the_page_article_over_embedded_works():
    video = {"@context": "https://schema.org", "@type": "VideoObject", "name": "A video clip name",
             "uploadDate": "2001-01-01T00:00:00Z", "url": "https://video.example.com/v/1"}
    related = {"@type": "ItemList", "itemListElement": [
        {"@type": "NewsArticle", "headline": "A related story", "datePublished": "2010-01-01"}]}
    main = {"@type": "ReportageNewsArticle", "headline": "The main story",
            "url": "https://news.example.com/2024/05/harbour", "datePublished": "2024-05-01T12:00:00Z"}
    md = meta_of(page(ld(video) + ld([related, main]))).metadata
    assert md.title == "The main story"
    assert md.published == "2024-05-01T12:00:00Z"


def test_jsonld_concatenated_values_and_type_without_at():
    script = ('<script type="application/ld+json">{"@type": "WebSite", "name": "Site"}'
              '{"type": "Article", "headline": "Second value", "datePublished": "Thu, 08 May 2014 14:04:53 -0400"}'
              "</script>")
    md = meta_of(page(script)).metadata
    assert md.title == "Second value"
    assert md.published == "2014-05-08T14:04:53-04:00"


# --------------------------------------------------------------------------- OpenGraph / Twitter


def test_opengraph_fields():
    head = """
      <meta property="og:title" content="Storm closes harbour | The Courier">
      <meta property="og:site_name" content="The Courier">
      <meta property="og:description" content="The harbour was closed on Monday.">
      <meta property="og:image" content="https://cdn.example.com/storm.jpg">
      <meta property="og:image:width" content="1200"><meta property="og:image:height" content="630px">
      <meta property="og:image:alt" content="Waves over the wall">
      <meta property="og:url" content="https://news.example.com/storm">
      <meta property="og:locale" content="en_GB">
      <meta property="article:published_time" content="2024-01-08T07:15:00+00:00">
      <meta property="article:modified_time" content="2024-01-08T09:00:00+00:00">
      <meta property="article:tag" content="Weather"><meta property="article:tag" content="Ports">
      <meta property="article:section" content="News">
      <meta property="article:author" content="https://www.facebook.com/someone">"""
    pm = meta_of(page(head), url=None)
    md = pm.metadata
    assert md.title == "Storm closes harbour"
    assert md.site_name == "The Courier"
    assert md.description == "The harbour was closed on Monday."
    assert md.image is not None
    assert (md.image.src, md.image.width, md.image.height, md.image.alt) == (
        "https://cdn.example.com/storm.jpg", 1200, 630, "Waves over the wall")
    assert pm.canonical_url == "https://news.example.com/storm"
    assert md.language == "en-GB"
    assert md.published == "2024-01-08T07:15:00Z"
    assert md.modified == "2024-01-08T09:00:00Z"
    assert md.tags == ["Weather", "Ports"]
    assert md.section == "News"
    assert md.authors == []  # a profile URL is not a name
    valid(pm)


def test_twitter_card_alone():
    head = """<meta name="twitter:card" content="summary_large_image">
      <meta name="twitter:title" content="Ferry timetable changes">
      <meta name="twitter:description" content="New sailings from June.">
      <meta name="twitter:image" content="/media/ferry.png">"""
    md = meta_of(page(head)).metadata
    assert md.title == "Ferry timetable changes"
    assert md.description == "New sailings from June."
    assert md.image is not None and md.image.src == "https://news.example.com/media/ferry.png"


# --------------------------------------------------------------------------- meta tags, microdata


def test_plain_meta_tags():
    head = """<title>Ferry fares rise</title>
      <meta name="author" content="By Jane Doe and John Roe">
      <meta name="parsely-pub-date" content="2021-06-01T10:00:00Z">
      <meta name="sailthru.tags" content="ferries, fares, islands">
      <meta http-equiv="content-language" content="de-de">
      <meta name="description" content="Fares on the island ferries go up in July.">"""
    md = meta_of(page(head)).metadata
    assert md.title == "Ferry fares rise"
    assert md.authors == ["Jane Doe", "John Roe"]
    assert md.published == "2021-06-01T10:00:00Z"
    assert md.tags == ["ferries", "fares", "islands"]
    assert md.language == "de-DE"
    assert md.description == "Fares on the island ferries go up in July."


def test_dublin_core_and_site_name_author_split():
    head = """<meta name="DC.title" content="Dublin Core title">
      <meta name="DC.creator" content="Jill Disis, Example News Business">
      <meta name="DC.date.issued" content="2020-02-29">
      <meta property="og:site_name" content="Example News">"""
    md = meta_of(page(head)).metadata
    assert md.title == "Dublin Core title"
    assert md.authors == ["Jill Disis"]  # the site is no co-author
    assert md.published == "2020-02-29T00:00:00Z"


def test_microdata():
    body = """<article itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">Microdata headline</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person">
        <span itemprop="name">Ravi Patel</span></span>
      <meta itemprop="datePublished" content="2019-11-18T10:45:00-05:00">
      <span itemprop="articleSection">Science</span>""" + BODY + "</article>"
    md = meta_of(page(body=body)).metadata
    assert md.title == "Microdata headline"
    assert md.authors == ["Ravi Patel"]
    assert md.published == "2019-11-18T10:45:00-05:00"
    assert md.section == "Science"


# --------------------------------------------------------------------------- time, byline


def test_time_elements_classed_published_and_updated():
    body = """<article><h1>Quiet week</h1>
      <time class="updated" datetime="2020-03-05T12:00:00Z">5 March</time>
      <time class="entry-date published" datetime="2020-03-04T08:00:00+01:00">4 March</time>
      """ + BODY + "</article>"
    md = meta_of(page(body=body)).metadata
    assert md.published == "2020-03-04T08:00:00+01:00"
    assert md.modified == "2020-03-05T12:00:00Z"


def test_time_element_inside_article_and_outside():
    outside = '<aside><time datetime="2001-01-01T00:00:00Z">old</time></aside>'
    inside = '<article><time datetime="2020-07-07T07:07:07Z">7 July</time>' + BODY + "</article>"
    assert meta_of(page(body=outside + inside)).metadata.published == "2020-07-07T07:07:07Z"
    assert meta_of(page(body=outside + BODY)).metadata.published is None


def test_byline_element():
    body = ('<article><h1>Bridge reopens</h1><div class="byline">By <a href="/a/jd">Jane Doe</a> '
            "&amp; Max Muster</div>" + BODY + "</article>")
    assert meta_of(page(body=body)).metadata.authors == ["Jane Doe", "Max Muster"]


def test_byline_junk_is_not_a_name():
    body = '<div class="byline">Updated 10:02 AM, 12 comments</div>' + BODY
    assert meta_of(page(body=body)).metadata.authors == []


def test_structured_author_beats_byline():
    head = '<meta name="author" content="Jane Doe">'
    body = '<div class="byline">By Someone Else</div>' + BODY
    assert meta_of(page(head, body)).metadata.authors == ["Jane Doe"]


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(("title", "url", "want"), [
    ("Harbour wall to be rebuilt | The Courier", None, "Harbour wall to be rebuilt"),
    ("Harbour wall to be rebuilt - Courier News", "https://www.couriernews.co.uk/a", "Harbour wall to be rebuilt"),
    ("Courier News: Harbour wall to be rebuilt", "https://couriernews.com/a", "Harbour wall to be rebuilt"),
    ("Harbour wall - what we know so far", "https://couriernews.com/a", "Harbour wall - what we know so far"),
    ("Harbour wall to be rebuilt | World | News | Courier", "https://courier.com/a",
     "Harbour wall to be rebuilt"),
    ("Milan Design Week 2018 | Anastassiades' light installation for FLOS", None,
     "Milan Design Week 2018 | Anastassiades' light installation for FLOS"),
])
def test_title_suffix_stripping(title, url, want):
    site = '<meta property="og:site_name" content="The Courier">' if "The Courier" in title else ""
    md = meta_of(page(f"<title>{title}</title>{site}", body="<p>x</p>"), url=url).metadata
    assert md.title == want


def test_title_unknown_site_after_a_bar():
    md = meta_of(page("<title>Ferry fares rise again this summer | Isle Post</title>", body="<p>x</p>"),
                 url=None).metadata
    assert md.title == "Ferry fares rise again this summer"


def test_displayed_headline_wins_over_seo_variant():
    head = '<meta property="og:title" content="Sweden drops Assange rape investigation">'
    body = ('<header><h1>Example News</h1></header><article><h1>Julian Assange: Sweden drops rape '
            'investigation</h1>' + BODY + "</article>")
    md = meta_of(page(head + '<meta property="og:site_name" content="Example News">', body)).metadata
    assert md.title == "Julian Assange: Sweden drops rape investigation"


def test_displayed_headline_loses_a_section_label_after_a_bar():
    head = '<meta property="og:title" content="Ferry fares rise again this summer | Opinion | Isle Post">'
    body = "<article><h1>Ferry fares rise again this summer | Opinion</h1>" + BODY + "</article>"
    md = meta_of(page(head, body), url=None).metadata
    assert md.title == "Ferry fares rise again this summer"


def test_displayed_headline_that_is_the_first_part_of_the_og_title():
    head = '<meta property="og:title" content="Ferry fares in 2025 | A guide to every route and discount">'
    body = "<article><h1>Ferry fares in 2025</h1>" + BODY + "</article>"
    assert meta_of(page(head, body), url=None).metadata.title == "Ferry fares in 2025"


def test_utf8_read_as_latin1_in_a_value_is_repaired():
    mangled = "A harbour’s new wall".encode().decode("latin-1")
    head = f'<meta property="og:title" content="{mangled}">'
    assert meta_of(page(head, "<p>x</p>"), url=None).metadata.title == "A harbour’s new wall"


def test_h1_marked_as_headline_wins_over_a_differently_worded_og_title():
    head = ('<meta property="og:title" content="Best harbour walks near Kiel: the full list">'
            "<title>Best harbour walks near Kiel: the full list - Isle Post</title>")
    body = ('<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">'
            "Twelve walks along the water this winter</h1>" + BODY + "</article>")
    assert meta_of(page(head, body)).metadata.title == "Twelve walks along the water this winter"
    # Unmarked, the same <h1> shares too few words with og:title to be taken for it.
    plain = body.replace(' itemprop="headline"', "")
    assert meta_of(page(head, plain)).metadata.title == "Best harbour walks near Kiel: the full list"
    # Marked inside another item (a listed product), it is not this article's headline.
    other = body.replace("NewsArticle", "Product")
    assert meta_of(page(head, other)).metadata.title == "Best harbour walks near Kiel: the full list"


def test_h1_equal_to_the_social_card_title_wins_over_a_search_wording():
    article = {"@type": "NewsArticle", "headline": "Harbour wall review with photos"}
    head = ld(article) + ('<meta property="og:title" content="We walked the new harbour wall, and it changed our town">'
                          "<title>Harbour wall review with photos | Isle Post</title>")
    body = "<article><h1>We walked the new harbour wall, and it changed our town</h1>" + BODY + "</article>"
    assert meta_of(page(head, body)).metadata.title == "We walked the new harbour wall, and it changed our town"
    # a second og:title value may be the one the <h1> shows
    two = head.replace('<meta property="og:title"', '<meta property="og:title" content="Harbour wall review">'
                       '<meta property="og:title"')
    assert meta_of(page(two, body)).metadata.title == "We walked the new harbour wall, and it changed our town"
    # without the card agreeing, the JSON-LD headline stands (the <h1> shares too few of its words)
    alone = head.replace("We walked the new harbour wall, and it changed our town", "Harbour news")
    assert meta_of(page(alone, body)).metadata.title == "Harbour wall review with photos"
    # the section label after a bar is cut, as from any displayed headline
    labelled = head.replace("changed our town", "changed our town | Opinion")
    body_l = body.replace("changed our town", "changed our town | Opinion")
    assert meta_of(page(labelled, body_l)).metadata.title == "We walked the new harbour wall, and it changed our town"


def test_unrelated_h1_does_not_replace_the_title():
    head = '<meta property="og:title" content="Council sets budget for the new year">'
    body = "<h1>Navigation and service</h1>" + BODY
    assert meta_of(page(head, body)).metadata.title == "Council sets budget for the new year"


def test_truncated_headline_gives_way_to_the_whole_one():
    article = {"@type": "NewsArticle", "headline": "A very long headline that the CMS cut off at a…"}
    head = ld(article) + ('<meta property="og:title" content="A very long headline that the CMS cut off '
                          'at a hundred and ten characters">')
    assert meta_of(page(head)).metadata.title == (
        "A very long headline that the CMS cut off at a hundred and ten characters")


def test_title_in_svg_is_not_the_page_title():
    body = '<svg><title>Close icon</title></svg><h1>Real headline of the page</h1>' + BODY
    assert meta_of(page(body=body)).metadata.title == "Real headline of the page"


# --------------------------------------------------------------------------- language, URLs


@pytest.mark.parametrize(("attrs", "head", "want"), [
    (' lang="pt_br"', "", "pt-BR"),
    (' lang="zh-hant-tw"', "", "zh-Hant-TW"),
    (' lang="english"', '<meta property="og:locale" content="fr_FR">', "fr-FR"),
])
def test_language(attrs, head, want):
    md = meta_of(page(head, html_attrs=attrs)).metadata
    assert (md.language, md.language_detected) == (want, False)


def test_undeclared_language_is_detected_and_marked():
    md = meta_of(page()).metadata  # English paragraphs, no lang anywhere
    assert (md.language, md.language_detected) == ("en", True)


def test_urls_are_absolute_and_http_only():
    head = """<link rel="canonical" href="/2024/05/harbour?ref=x">
      <meta property="og:image" content="javascript:alert(1)">
      <meta name="twitter:image" content="data:image/png;base64,AAAA">"""
    pm = meta_of(page(head))
    assert pm.canonical_url == "https://news.example.com/2024/05/harbour?ref=x"
    assert pm.metadata.image is None


def test_canonical_rejects_unsafe_and_falls_back_to_og_url():
    head = """<link rel="canonical" href="javascript:void(0)">
      <meta property="og:url" content="https://news.example.com/real">"""
    assert meta_of(page(head)).canonical_url == "https://news.example.com/real"
    assert meta_of(page('<link rel="canonical" href="/rel">'), url=None).canonical_url is None


def test_address_escaped_whole_is_no_canonical():
    # og:url written with its slashes percent-escaped names no host ("example.org%2Fnews"):
    # the canonical link that follows it in the page wins; alone, there is none.
    escaped = '<meta property="og:url" content="https://blog.example.org%2Fposts%2F2025-12-15%2Bgcc">'
    pm = meta_of(page(escaped), url=None)
    assert (pm.canonical_url, pm.declared_url) == (None, None)
    both = escaped + '<meta name="twitter:url" content="https://blog.example.org/posts/2025-12-15+gcc">'
    assert meta_of(page(both)).canonical_url == "https://blog.example.org/posts/2025-12-15+gcc"
    # an escape in the path or the query is an ordinary address
    plain = '<link rel="canonical" href="https://blog.example.org/caf%C3%A9?q=a%20b">'
    assert meta_of(page(plain)).canonical_url == "https://blog.example.org/caf%C3%A9?q=a%20b"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(("raw", "want"), [
    ("2019-11-18T10:45:00-05:00", "2019-11-18T10:45:00-05:00"),
    ("2019-11-18T10:45:00.250Z", "2019-11-18T10:45:00.25Z"),
    ("2019-11-18 10:45", "2019-11-18T10:45:00Z"),
    ("20191118", "2019-11-18T00:00:00Z"),
    ("Nov 18, 2019 10:01 AM EST", "2019-11-18T10:01:00-05:00"),
    ("Monday, 18 November 2019, 21:17 GMT", "2019-11-18T21:17:00Z"),
    ("1574168580", "2019-11-19T13:03:00Z"),
    ("1574168580000", "2019-11-19T13:03:00Z"),
    ("10:30", None), ("yesterday", None), ("0000-00-00 00:00:00", None), ("", None),
    ("9999-12-31T00:00:00Z", None), ("2019-13-45", None), (None, None), ("x" * 500, None),
])
def test_to_rfc3339(raw, want):
    assert to_rfc3339(raw) == want


def test_published_falls_back_through_sources_in_order():
    head = ('<meta property="article:published_time" content="not a date">'
            '<meta name="pubdate" content="2018-10-09T16:02:36+01:00">')
    assert meta_of(page(head)).metadata.published == "2018-10-09T16:02:36+01:00"


# --------------------------------------------------------------------------- robustness


HOSTILE = [
    '<script type="application/ld+json">' + "[" * 50_000 + "</script>",
    '<script type="application/ld+json">{"@type": 5, "headline": ["a", {"b": 1}], "author": 7}</script>',
    '<script type="application/ld+json">{"@type": "Article", "author": {"name": {"name": {"name": '
    '{"name": {"name": "deep"}}}}}, "image": [[]], "keywords": {"x": 1}, "datePublished": 12}</script>',
    '<script type="application/ld+json">"just a string"</script><script type="application/ld+json"></script>',
    '<script type="application/ld+json">{"@graph": {"@graph": null}}</script>',
    '<meta property="og:image:width" content="-5"><meta property="og:image" content="//cdn.example.com/a.jpg">',
    '<meta name="author" content="   "><meta name="keywords" content=",,,">',
]


@pytest.mark.parametrize("head", HOSTILE)
def test_hostile_metadata_never_raises(head):
    pm = meta_of(page(head))
    valid(pm)
    doc = syndicate.parse(page(head), url="https://news.example.com/a")
    syndicate.validate(doc.to_dict())


def test_protocol_relative_image_gets_the_page_scheme():
    md = meta_of(page(HOSTILE[5])).metadata
    assert md.image is not None and md.image.src == "https://cdn.example.com/a.jpg"
    assert md.image.width is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300), st.sampled_from(["og:title", "article:published_time", "author",
                                                 "og:image", "keywords", "og:locale"]))
def test_any_meta_value_gives_a_valid_document(value, key):
    value = value.replace("\x00", "")
    script = ld({"@type": "NewsArticle", "headline": value, "datePublished": value, "author": value,
                 "inLanguage": value, "image": value, "keywords": value})
    head = f'<meta property="{key}" content="{html_lib.escape(value)}">' + script
    valid(meta_of(page(head)))


def test_full_reader_carries_metadata_and_canonical():
    head = ('<title>Bridge reopens | The Courier</title><link rel="canonical" href="https://courier.example.com/bridge">'
            '<meta property="og:site_name" content="The Courier">'
            '<meta property="article:published_time" content="2024-04-01T06:00:00Z">')
    doc = syndicate.parse(page(head, "<article><h1>Bridge reopens</h1>" + BODY + "</article>"),
                          url="https://courier.example.com/bridge?utm=1")
    assert doc.metadata.title == "Bridge reopens"
    assert doc.metadata.site_name == "The Courier"
    assert doc.metadata.published == "2024-04-01T06:00:00Z"
    assert doc.canonical_url == "https://courier.example.com/bridge"
    syndicate.validate(doc.to_dict())


# --------------------------------------------------------------------------- standfirst, junk


def test_standfirst_by_class_next_to_the_headline():
    body = ('<article><header><h1>Bridge reopens after two years</h1>'
            '<p class="standfirst">The swing bridge carries traffic again from Monday morning.</p></header>'
            + BODY + "</article>")
    assert meta_of(page(body=body)).metadata.subtitle == (
        "The swing bridge carries traffic again from Monday morning.")


def test_repeated_subheadings_are_no_standfirst():
    body = ('<article><h1>Bridge reopens after two years</h1>'
            '<h2 class="subtitle">What changes for drivers on the bridge</h2>' + BODY
            + '<h2 class="subtitle">What changes for boats on the river</h2></article>')
    assert meta_of(page(body=body)).metadata.subtitle is None


def test_unfilled_template_fields_and_punctuation_are_dropped():
    head = ('<meta property="article:section" content="{$category}">'
            '<meta name="keywords" content="&quot;, ports, {{tag}}, weather">')
    md = meta_of(page(head)).metadata
    assert md.section is None
    assert md.tags == ["ports", "weather"]


def test_author_lists_split_only_into_names():
    head = '<meta name="author" content="Bayerische Landesanstalt für Wald und Forstwirtschaft">'
    assert meta_of(page(head)).metadata.authors == ["Bayerische Landesanstalt für Wald und Forstwirtschaft"]
    head = '<meta name="author" content="Ana Lima, Ursula von der Leyen and Sam Poe">'
    assert meta_of(page(head)).metadata.authors == ["Ana Lima", "Ursula von der Leyen", "Sam Poe"]
    # A dateline city or a publisher's address between the names is no author.
    head = '<meta name="author" content="Ana Lima, Lisbon, Sam Poe">'
    assert meta_of(page(head)).metadata.authors == ["Ana Lima", "Sam Poe"]
    head = '<meta name="author" content="Harbour Verlag GmbH, Kiel, Germany">'
    assert meta_of(page(head)).metadata.authors == ["Harbour Verlag GmbH"]
    head = '<meta name="author" content="Ela, Tom">'  # no full name beside: kept
    assert meta_of(page(head)).metadata.authors == ["Ela", "Tom"]


def test_placeholder_authors_are_no_authors():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry fares rise",
          "author": {"@type": "Person", "name": "admin"}}
    head = (f'<script type="application/ld+json">{json.dumps(ld)}</script>'
            '<meta name="author" content="Unknown">')
    assert meta_of(page(head)).metadata.authors == []
    head += '<meta name="dc.creator" content="Sam Poe">'
    assert meta_of(page(head)).metadata.authors == ["Sam Poe"]


def test_site_name_is_no_handle_or_url():
    head = ('<meta name="twitter:site" content="@courier"><meta property="og:site_name" content="@courier">'
            '<meta name="application-name" content="The Courier">')
    assert meta_of(page(head)).metadata.site_name == "The Courier"
    head = '<meta property="og:site_name" content="https://www.courier.example.com/">'
    assert meta_of(page(head)).metadata.site_name == "courier.example.com"


def test_parsely_page_json_meta():
    data = {"title": "Parse.ly title", "pub_date": "2017-04-03T12:00:00Z", "authors": ["Kim Lee"],
            "section": "Tech", "tags": ["chips", "phones"], "link": "https://news.example.com/p"}
    head = f'<meta name="parsely-page" content="{html_lib.escape(json.dumps(data))}">'
    pm = meta_of(page(head), url=None)
    md = pm.metadata
    assert (md.title, md.published, md.authors, md.section, md.tags) == (
        "Parse.ly title", "2017-04-03T12:00:00Z", ["Kim Lee"], "Tech", ["chips", "phones"])
    assert pm.canonical_url == "https://news.example.com/p"
    assert meta_of(page('<meta name="parsely-page" content="{broken">')).metadata.title is None


def test_site_name_h1_is_not_the_headline():
    body = "<div class='logo'><h1>Isle Post Daily</h1></div><article><h2>Ferry fares rise again</h2>" + BODY
    md = meta_of(page("<title>Isle Post Daily - Ferry fares rise again this summer, says operator</title>",
                      body), url=None).metadata
    assert md.title != "Isle Post Daily"
    assert "Ferry fares rise again this summer, says operator" in md.title


def test_itemprops_of_cited_or_listed_items_are_not_the_article():
    body = """<article itemscope itemtype="https://schema.org/ScholarlyArticle">
      <meta itemprop="datePublished" content="2017-01-30">""" + BODY + """
      <ol><li itemscope itemtype="https://schema.org/CreativeWork">
        <meta itemprop="datePublished" content="1988-01-01"></li></ol></article>"""
    html = page(body=body.replace('<meta itemprop="datePublished" content="2017-01-30">', ""))
    assert meta_of(html).metadata.published is None  # only the citation has a date
    assert meta_of(page(body=body)).metadata.published == "2017-01-30T00:00:00Z"
    # A cited paper is an article type too: its property name says it is not this one.
    cited = body.replace('<li itemscope itemtype="https://schema.org/CreativeWork">',
                         '<li itemprop="citation" itemscope itemtype="https://schema.org/ScholarlyArticle">')
    assert meta_of(page(body=cited)).metadata.published == "2017-01-30T00:00:00Z"
    cited_only = cited.replace('<meta itemprop="datePublished" content="2017-01-30">', "")
    assert meta_of(page(body=cited_only)).metadata.published is None


def test_updated_time_is_not_taken_for_published():
    body = '<article><time class="updated" datetime="2021-03-16T08:00:48Z">16 March</time>' + BODY + "</article>"
    md = meta_of(page(body=body)).metadata
    assert md.published is None
    assert md.modified == "2021-03-16T08:00:48Z"


def test_json_ld_in_a_meta_tag_is_read():
    # how the Remix framework renders JSON-LD
    data = '{"@type": "Article", "headline": "Harbour wall opens", "datePublished": "2025-11-17T09:00:00-05:00"}'
    html = (f"<html><head><meta name='script:ld+json' content='{data}'></head>"
            "<body><h1>Harbour wall opens</h1><p>The wall opened.</p></body></html>")
    md = extract_metadata(parse_tree(html), None).metadata
    assert md.published == "2025-11-17T09:00:00-05:00"


@pytest.mark.parametrize("h1", [
    "<h1>Harbour wall opens to walkers <span class='posted-on'>Posted on July 1, 2024 by admin</span></h1>",
    "<h1><span class='label'>Blog:</span> Harbour wall opens to walkers</h1>",
    "<h1><a href='/p'><time>Dec <span>18</span> 2025</time> Harbour wall opens to walkers</a></h1>",
    "<h1><span><a href='/s'>Harbour wall opens to walkers</a> <span>(example.org)</span></span> <span>87</span></h1>",
])
def test_headline_without_the_markup_beside_it(h1: str) -> None:
    html = (f"<html><head><meta property='og:title' content='Harbour wall opens to walkers'></head>"
            f"<body>{h1}<p>The wall opened.</p></body></html>")
    assert extract_metadata(parse_tree(html), None).metadata.title == "Harbour wall opens to walkers"


def test_headline_in_two_spans_stays_whole() -> None:
    html = ("<html><head><meta property='og:title' content='Real Estate 101'></head><body>"
            "<h1>Real Estate Investing for Beginners <span>Real Estate 101</span></h1><p>Text.</p></body></html>")
    assert extract_metadata(parse_tree(html), None).metadata.title == "Real Estate Investing for Beginners Real Estate 101"


def test_of_several_h1_the_one_closest_to_the_metadata_headline() -> None:
    html = ("<html><head><title>Defer, Panic, and Recover - The Go Programming Language</title></head>"
            "<body><h1>The Go Blog</h1><h1>Defer, Panic, and Recover</h1><p>Text.</p></body></html>")
    assert extract_metadata(parse_tree(html), None).metadata.title == "Defer, Panic, and Recover"


def test_elements_before_the_headline_nearest_first():
    from lxml import html as lxml_html

    from syndicate.extract.metatext import around_parts

    root = lxml_html.fromstring(
        "<html><body><header><div id='a'><p id='b'>x</p><p id='c'><i id='d'>y</i></p></div>"
        "<!-- note --><span id='e'>z</span></header><main><h1 id='h'>Title</h1><p id='f'>t</p></main></body></html>")
    after, before = around_parts(root.get_element_by_id("h"), after=5, before=4)
    assert [el.get("id") for el in before] == ["e", "d", "c", "b"]  # document order reversed, no ancestors
    assert [el.get("id") for el in after][:1] == ["f"]
