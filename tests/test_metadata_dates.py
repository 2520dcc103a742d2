"""Publication dates: free text in many languages, certainty, and where a page shows them."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from syndicate.extract.dates import parse_date, plausible, to_rfc3339
from syndicate.extract.metadata import extract_metadata
from syndicate.readers.tree import parse_tree

BODY = "".join(
    f"<p>Paragraph {i} of the report on the new harbour wall, long enough to count as running "
    "text, with several clauses and a full stop at its end.</p>" for i in range(4)
)


def page(article: str, lang: str = "en", head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head>"
            f"<body><nav><a href='/'>Home</a> <span>Today is 1 March 2024</span></nav>"
            f"<article>{article}{BODY}</article></body></html>")


def published(html: str, url: str | None = "https://news.example.com/harbour") -> str | None:
    return extract_metadata(parse_tree(html), url).metadata.published


# ------------------------------------------------------------------ free text, many languages


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("3. Dezember 2019", "de", "2019-12-03"),                 # German (dateutil fuzzy: 2019-03-01)
    ("5 maja 2021", "pl", "2021-05-05"),                      # Polish (dateutil fuzzy: 2021-05-01)
    ("2019年11月19日", "zh", "2019-11-19"),                    # Chinese (dateutil fuzzy: 2000-11-19)
    ("2019年11月19日 14:30", "ja", "2019-11-19"),              # Japanese
    ("2019년 11월 19일", "ko", "2019-11-19"),                  # Korean
    ("19 de noviembre de 2019", "es", "2019-11-19"),          # Spanish (dateutil: nothing)
    ("le 3 décembre 2019", "fr", "2019-12-03"),               # French
    ("3 dicembre 2019", "it", "2019-12-03"),                  # Italian
    ("3 december 2019", "nl", "2019-12-03"),                  # Dutch
    ("3 декабря 2019", "ru", "2019-12-03"),                   # Russian
    ("3 de dezembro de 2019", "pt", "2019-12-03"),            # Portuguese
    ("3 Aralık 2019", "tr", "2019-12-03"),                    # Turkish
    ("December 3, 2019", "en", "2019-12-03"),                 # English
    ("Tuesday 3rd December 2019", "en-GB", "2019-12-03"),
    ("03.12.2019", "de", "2019-12-03"),                       # numeric, day first
    ("12/03/2019", "en-US", "2019-12-03"),                    # numeric, month first
    ("12/03/2019", "fr", "2019-03-12"),
    ("25/12/2019", None, "2019-12-25"),                       # a part above 12: certain anyway
])
def test_free_text_dates(text, lang, want):
    stamp = to_rfc3339(text, lang)
    assert stamp is not None and stamp[:10] == want


@pytest.mark.parametrize(("text", "lang"), [
    ("Dezember 2019", "de"),          # no day: not a publication day
    ("November 2019", "en"),
    ("2019", None),
    ("12/03/2019", "en"),             # day or month first? English alone does not say
    ("12/03/2019", None),
    ("vor 2 Tagen", "de"),            # relative: no absolute date stated
    ("yesterday", "en"),
    ("3 Dezember 2019", None),        # month name in a language not known: not guessed
    ("Chapter 5 of 2019", "en"),
    ("2019-11", None),                # ISO without a day
])
def test_uncertain_dates_are_left_out(text, lang):
    assert to_rfc3339(text, lang) is None


@pytest.mark.parametrize(("text", "lang", "want"), [
    # plain forms, read with the language's month names without dateparser's parser...
    ("12. Mai 2012", "de-DE", "2012-05-12T00:00:00Z"),
    ("Mai 20, 2019", "de", "2019-05-20T00:00:00Z"),
    ("17. Okt 2020", "de", "2020-10-17T00:00:00Z"),
    ("13 abril de 2022", "es", "2022-04-13T00:00:00Z"),
    ("1 de mayo del 2022", "es", "2022-05-01T00:00:00Z"),
    ("16 marca 2021", "pl", "2021-03-16T00:00:00Z"),
    ("7 janvier 2020", "fr", "2020-01-07T00:00:00Z"),
    ("Sept. 3, 2019", "en", "2019-09-03T00:00:00Z"),
    ("3 May 2019", "en-GB", "2019-05-03T00:00:00Z"),
    # ...and the others by dateparser or dateutil, as before
    ("3. Dezember 2019 um 14:05 Uhr", "de", "2019-12-03T14:05:00Z"),
    ("May 3, 2019 10:45 AM EST", "en-US", "2019-05-03T10:45:00-05:00"),
])
def test_plain_month_name_dates(text, lang, want):
    assert to_rfc3339(text, lang) == want


@pytest.mark.parametrize(("text", "lang"), [
    ("31. Februar 2020", "de"),       # no such day
    ("3 de Dezember 2019", "de"),     # "de" links the parts in Spanish, not in German
    ("20 Sommer 2019", "de"),         # a season, no month
    ("3 Smarch 2019", "en"),
])
def test_plain_forms_that_are_no_date(text, lang):
    assert to_rfc3339(text, lang) is None


def test_iso_and_time_zones_kept_exact():
    assert to_rfc3339("2019-11-18T10:45:00-05:00") == "2019-11-18T10:45:00-05:00"
    assert to_rfc3339("Nov 18, 2019 10:01 AM EST") == "2019-11-18T10:01:00-05:00"
    assert to_rfc3339("03.12.2019 14:05", "de") == "2019-12-03T14:05:00Z"
    assert parse_date("2019-11-18") == datetime(2019, 11, 18)


def test_future_and_pre_1995_dates_are_suspect():
    now = datetime(2024, 6, 1, tzinfo=timezone.utc)
    assert plausible("2024-05-31T23:00:00Z", now)
    assert not plausible("2024-06-30T00:00:00Z", now)
    assert not plausible("1994-12-31T00:00:00Z", now)
    assert not plausible(None, now)
    # in a page: a placeholder year and a future date give way to the next source
    head = ('<meta property="article:published_time" content="1970-01-01T00:00:00Z">'
            '<meta name="date" content="2999-01-01">'
            '<meta name="dc.date" content="2021-04-05">')
    assert published(page("<h1>Headline of the story</h1>", head=head)) == "2021-04-05T00:00:00Z"


# ------------------------------------------------------------------ dates shown in the page


def test_date_line_under_the_headline_in_german():
    html = page("<h1>Neue Hafenmauer eröffnet</h1><p class='meta'>Veröffentlicht am 3. Dezember 2019</p>",
                lang="de")
    assert published(html) == "2019-12-03T00:00:00Z"


def test_update_line_is_the_modified_date_not_the_published_one():
    html = page("<h1>Neue Hafenmauer eröffnet</h1>"
                "<div><span>Aktualisiert:</span> <time>5. Dezember 2019</time></div>"
                "<div>Von Max Muster · 3. Dezember 2019</div>", lang="de")
    md = extract_metadata(parse_tree(html), None).metadata
    assert md.published == "2019-12-03T00:00:00Z"
    assert md.modified == "2019-12-05T00:00:00Z"


def test_update_label_in_the_elements_before_the_date():
    # the label sits in earlier siblings or in the parent's own text, not in the date's element
    for line, lang in (("<div><span>Last Updated</span> <span>on</span> <span>Feb 27, 2021</span></div>", "en"),
                       ("<div>Updated <span>Feb. 27, 2021</span></div>", "en"),
                       ("<p><b>Mis à jour</b> le <span><span>27 février 2021</span></span></p>", "fr")):
        md = extract_metadata(parse_tree(page("<h1>Harbour wall opens</h1><div>By Ann Lee · May 3, 2020</div>"
                                              + line, lang=lang)), None).metadata
        assert md.published == "2020-05-03T00:00:00Z", line
        assert md.modified == "2021-02-27T00:00:00Z", line
    # the label of an earlier date belongs to that date
    html = page("<h1>Harbour wall opens</h1><div><span>Updated Mar 1, 2021</span>"
                "<span>Feb 27, 2021</span></div>")
    assert published(html) == "2021-02-27T00:00:00Z"


def test_a_page_showing_only_its_update_date_is_dated_by_it():
    # the date the page presents its article with; published and modified are both that day
    html = page("<h1>Harbour wall opens</h1><p class='meta'>Last updated on March 4, 2022</p>"
                "<p>The new harbour wall opened to walkers after two years of work.</p>")
    md = extract_metadata(parse_tree(html), None).metadata
    assert (md.published, md.modified) == ("2022-03-04T00:00:00Z", "2022-03-04T00:00:00Z")
    # the shown day with the structured stamp's time when both agree
    html = page("<h1>Harbour wall opens</h1><p class='meta'>Updated March 4, 2022</p>",
                head='<meta property="article:modified_time" content="2022-03-04T09:30:00+01:00">')
    md = extract_metadata(parse_tree(html), None).metadata
    assert md.published == md.modified == "2022-03-04T09:30:00+01:00"
    # a hidden dateModified alone (often the time of the last rebuild) dates nothing
    html = page("<h1>Harbour wall opens</h1><p>The wall opened.</p>",
                head='<meta property="article:modified_time" content="2022-03-04T09:30:00+01:00">')
    md = extract_metadata(parse_tree(html), None).metadata
    assert md.published is None and md.modified == "2022-03-04T09:30:00+01:00"


def test_shown_time_element_gives_its_machine_readable_value():
    html = page("<header><h1>Harbour wall opens</h1><time datetime='2021-02-27'>Feb 26, 2021</time></header>")
    assert published(html) == "2021-02-27T00:00:00Z"


def test_date_inside_running_text_is_not_the_publication_date():
    html = page("<h1>Harbour wall opens</h1><p>The council first discussed the wall on 5 March 2010, "
                "long before the money was found, and the plans were redrawn many times since then "
                "by three different firms of engineers working for the port authority.</p>")
    assert published(html) is None


def test_date_split_by_a_comment_and_in_the_articles_own_footer():
    # server-rendered pages split text with empty comments: "<p> <!-- -->Dec 17, 2021</p>"
    html = page("<h1>Harbour wall opens</h1><div><p>By Jane Doe</p><p> <!-- -->Dec 17, 2021</p></div>")
    assert published(html) == "2021-12-17T00:00:00Z"
    # an <article>'s <footer> holds its byline and date; the page's footer does not
    html = page("<article><h1>Harbour wall opens</h1><footer><span>March 30, 2021</span></footer></article>")
    assert published(html) == "2021-03-30T00:00:00Z"
    html = page("<h1>Harbour wall opens</h1>").replace(
        "</body>", "<footer><span>March 30, 2021</span></footer></body>")
    assert published(html) is None


def test_date_inside_a_short_sentence_is_not_the_publication_date():
    html = page("<h1>Filing your taxes</h1><p>The tax season for most people ends on April 15, 2025. "
                "File early.</p>")
    assert published(html) is None


def test_date_in_the_url_path():
    html = page("<h1>Harbour wall opens</h1>")
    assert published(html, "https://news.example.com/2019/12/03/harbour-wall") == "2019-12-03T00:00:00Z"
    assert published(html, "https://news.example.com/2019/12/harbour-wall") is None  # no day
    # the month by its name ("/2023/oct/03/", "/2023/october/03/"); no other word passes for one
    assert published(html, "https://news.example.com/world/2023/oct/03/harbour") == "2023-10-03T00:00:00Z"
    assert published(html, "https://news.example.com/blog/2023/october/03/harbour") == "2023-10-03T00:00:00Z"
    assert published(html, "https://news.example.com/2023/octopus/03/harbour") is None


def test_structured_date_wins_over_the_shown_one():
    head = '<meta property="article:published_time" content="2019-12-01T08:00:00+01:00">'
    html = page("<h1>Harbour wall opens</h1><p>December 3, 2019</p>", head=head)
    assert published(html) == "2019-12-01T08:00:00+01:00"


def test_time_element_text_near_headline_in_spanish():
    html = page("<header><h1>Se inaugura el muro</h1><time>19 de noviembre de 2019</time></header>",
                lang="es")
    assert published(html) == "2019-11-19T00:00:00Z"


def test_date_in_script_data_as_last_resort():
    html = page("<h1>Harbour wall opens</h1>").replace(
        "</body>", '<script>window.__STATE__={"post":{"publishedAt":"2021-02-03T04:05:06Z"}}</script></body>')
    assert published(html) == "2021-02-03T04:05:06Z"


def test_dates_of_a_teaser_listing_are_not_the_article_date():
    teasers = "".join(f"<li><a href='/s{i}'>Other story {i}</a><span class='teaser-date'>November {i + 2}, 2019"
                      "</span></li>" for i in range(3))
    html = page(f"<p class='post-date'>December 3, 2019</p><h1>Harbour wall opens</h1><ul>{teasers}</ul>")
    assert published(html) == "2019-12-03T00:00:00Z"


def test_date_in_a_long_list_item_is_running_text():
    html = page("<h1>Harbour wall opens</h1><ul><li>Deadlines: the council extended the consultation "
                "to <span>November 15, 2019</span> after residents, shop owners and the harbour master asked "
                "for more time to read the engineers' reports on the wall, its costs and the plans for the ferry "
                "terminal beside it.</li></ul>")
    assert published(html) is None


def test_dates_in_comments_and_related_blocks_are_not_the_article_date():
    html = page("<h1>Harbour wall opens</h1><div class='comments'><div class='comment-meta'>"
                "December 9, 2019</div></div><aside><p>March 1, 2018</p></aside>"
                "<div class='related-posts'><span>December 1, 2019</span></div>")
    assert published(html) is None


def test_a_reader_format_structured_date_gives_way_to_the_shown_one():
    # schema.org asks for ISO 8601; "Jun 24, 2025" comes from a hand-made template that is
    # often filled with the last save, while the page shows the article's own date
    ld = ('<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Harbour wall opens",'
          ' "datePublished": "Jun 24, 2025"}</script>')
    html = page("<h1>Harbour wall opens</h1><div class='meta'>August 25, 2024</div>", head=ld)
    assert published(html) == "2024-08-25T00:00:00Z"
    # an ISO value is trusted over the shown line
    html = page("<h1>Harbour wall opens</h1><div class='meta'>August 25, 2024</div>",
                head=ld.replace("Jun 24, 2025", "2025-06-24T10:00:00Z"))
    assert published(html) == "2025-06-24T10:00:00Z"
    # with nothing shown, the reader-format value stands
    html = page("<h1>Harbour wall opens</h1>", head=ld)
    assert published(html) == "2025-06-24T00:00:00Z"


def test_a_date_inside_a_sentence_is_no_date_line():
    html = page("<h1>Harbour wall opens</h1><p>As of July 31, 2025, the council has counted 300 walkers:</p>")
    assert published(html, None) is None


def test_a_labelled_date_far_below_the_headline_counts():
    filler = "".join(f"<p>Paragraph {i} of the report on the wall, long enough to be text.</p>" for i in range(300))
    html = page(f"<h1>Harbour wall opens</h1>{filler}<div class='foot'><span>Posted on April 13, 2023</span></div>")
    assert published(html, None) == "2023-04-13T00:00:00Z"
    # unlabelled, it may be anything (an event's date, a teaser's)
    html = page(f"<h1>Harbour wall opens</h1>{filler}<div class='foot'><span>April 13, 2023</span></div>")
    assert published(html, None) is None


def test_a_labelled_date_far_below_the_headline_in_capitals_beyond_ascii():
    # (the first look lower-cases only the text before each year: the label's case is no matter)
    filler = "".join(f"<p>Absatz {i} des Berichts über die Mauer, lang genug für Fließtext.</p>" for i in range(300))
    html = page(f"<h1>Hafenmauer eröffnet</h1>{filler}<div class='foot'><span>VERÖFFENTLICHT am 13. April 2023"
                "</span></div>", lang="de")
    assert published(html, None) == "2023-04-13T00:00:00Z"


def test_scans_near_the_headline_read_own_text_alike_with_the_pages_commented_elements():
    from syndicate.extract.authors import byline_names
    from syndicate.extract.metapage import collect
    from syndicate.extract.metatext import commented
    from syndicate.extract.pagedates import text_dates

    root = parse_tree(page("<h1>Harbour wall opens</h1><div><p>By <!-- -->Jane Doe</p>"
                           "<p> <!-- -->Dec 17, 2021<?pi x?> by the desk</p><p><b>Mar</b> 2, 2020</p></div>"))
    found = commented(root)
    assert {el.tag for el in found} == {"p"} and len(found) == 2
    near = collect(root).near("Harbour wall opens")
    assert byline_names(near, found) == byline_names(near) == ["Jane Doe"]
    assert text_dates(near, "en", commented=found) == text_dates(near, "en")
    assert text_dates(near, "en")[0] == "2021-12-17T00:00:00Z"


def test_the_date_line_nearest_the_headline_wins():
    # a short article's own date sits just above its headline; teasers follow it
    teasers = "".join(f"<div><a href='/t{i}'>Other story {i}</a><div class='date'>December {10 + i}, 2025</div></div>"
                      for i in range(2))
    html = page(f"<div class='date top'>September 4, 2025</div><h1>Harbour wall opens</h1>"
                f"<p>The wall opened.</p>{teasers}")
    assert published(html, None) == "2025-09-04T00:00:00Z"


def test_a_date_followed_by_many_words_is_part_of_a_sentence():
    html = page("<p class='claim'>on Sunday, October 13th, 2019 in an article in a local newspaper</p>"
                "<h1>Harbour wall opens</h1><p class='meta'>on Monday, November 18th, 2019 at 11:08 a.m.</p>")
    assert (published(html, None) or "")[:10] == "2019-11-18"


def test_own_date_dressed_like_the_teasers_below():
    text = "".join(f"<p>Paragraph {i} of the report on the wall, long enough to be running text.</p>" for i in range(60))
    cards = "".join(f"<div class='card'><a href='/s{i}'>Story {i}</a><div class='card__meta'>{d}</div></div>"
                    for i, d in enumerate(["April 12, 2024", "December 15, 2023", "February 19, 2026"]))
    html = page(f"<h1>Harbour wall opens</h1><div class='card__meta'>February 28, 2026</div>{text}{cards}")
    assert published(html, None) == "2026-02-28T00:00:00Z"
    # without the gap it is one more teaser of a listing
    html = page(f"<h1>Harbour wall opens</h1><div class='card__meta'>February 28, 2026</div>{cards}")
    assert published(html, None) is None


@pytest.mark.parametrize(("meta", "want"), [
    ("<meta name='published' content='July 17, 2025'>", "2025-07-17T00:00:00Z"),
    ("<meta name='published-date' content='2021-02-16'>", "2021-02-16T00:00:00Z"),
])
def test_plain_published_meta_names(meta, want):
    html = page("<h1>Harbour wall opens</h1>", head=meta)
    assert published(html, None) == want


def test_modified_date_meta_name():
    html = page("<h1>Harbour wall opens</h1>", head="<meta name='published-date' content='2021-02-16'>"
                "<meta name='modified-date' content='2024-07-30'>")
    md = extract_metadata(parse_tree(html), None).metadata
    assert (md.published, md.modified) == ("2021-02-16T00:00:00Z", "2024-07-30T00:00:00Z")


def test_a_far_label_split_over_elements_and_cased_counts():
    # the label's words and the date in separate elements, in capitals: the page-wide
    # quick test (serialised text, nodes not separated) must still let it through
    filler = "".join(f"<p>Paragraph {i} of the report on the wall, long enough to be text.</p>" for i in range(300))
    html = page(f"<h1>Harbour wall opens</h1>{filler}<div class='foot'><b>POSTED</b><i>on</i> "
                "<span>April 13, 2023</span></div>")
    assert published(html, None) == "2023-04-13T00:00:00Z"
    # a label far from any year is no label of it
    html = page(f"<h1>Harbour wall opens</h1><p>Posted by the harbour office.</p>{filler}"
                "<div class='foot'><span>April 13, 2023</span></div>")
    assert published(html, None) is None
