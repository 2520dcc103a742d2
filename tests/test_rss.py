"""RSS writer: W3C Feed Validator (0 errors), feedparser reads back what was written,
ads/related policies, hostile content, channel options."""

from __future__ import annotations

import calendar
import html
import re
from datetime import datetime, timezone
from pathlib import Path

import feedparser
import lxml.html
import pytest
from dateutil.parser import isoparse
from hypothesis import HealthCheck, given, settings
from lxml import etree

import syndicate
from rsscheck import check, validator
from strategies import documents
from syndicate.model import (
    AdSlot,
    Code,
    Document,
    Embed,
    Heading,
    Image,
    ImageBlock,
    ListBlock,
    ListItem,
    Metadata,
    Paragraph,
    Position,
    Quote,
    Related,
    RelatedItem,
    Rule,
    Table,
    TableCell,
)

CHANNEL = {
    "title": "Harbour Times",
    "link": "https://harbour.example/",
    "description": "News from the harbour",
    "self_url": "https://example.com/feed.xml",  # the validator's base: no self warning
    "language": "en",
}
BUILT = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)


def article(n: int, **meta) -> Document:
    url = f"https://harbour.example/news/{n}"
    body = [
        Paragraph(id="b1", text=f"Story {n} starts with AT&T and <tags> as text.",
                  html=f"Story {n} starts with <strong>AT&amp;T</strong> and &lt;tags&gt; as text."),
        Heading(id="b2", level=2, text="What happened", html="What happened"),
        Paragraph(id="b3", text="See the report for details.",
                  html='See <a href="/report.pdf">the report</a> for details.'),
        ListBlock(id="b4", ordered=False, items=[ListItem(text="piles", html="piles"),
                                                  ListItem(text="decking", html="<em>decking</em>")]),
        Quote(id="b5", text="The pier must hold.", html="The pier must hold.", cite="Marta Øberg"),
        ImageBlock(id="b6", src="/img/pier.jpg", alt="The pier", caption="The pier at dawn",
                   width=800, height=450, kind="figure"),
        Table(id="b7", caption="Costs", rows=[
            [TableCell(text="Item", html="Item", header=True), TableCell(text="EUR", html="EUR", header=True)],
            [TableCell(text="Piles", html="Piles"), TableCell(text="1,200", html="1,200")]]),
        Code(id="b8", text="if depth < 3:\n    close()", language="python"),
        Embed(id="b9", provider="youtube", url="https://www.youtube.com/watch?v=abc123",
              title="Drone footage", text="Drone footage of the pier & the <new> decking."),
        Rule(id="b10"),
        Paragraph(id="b11", text="Ends here. Café, naïve, 東京.", html="Ends here. Café, naïve, 東京."),
    ]
    metadata = Metadata(
        title=f"Pier {n} reopens & ferries return", authors=["Ines Calder", "Tom Ng"],
        published=f"2024-03-0{n}T10:15:00+01:00", language="en-GB",
        description=None, image=Image(src=f"https://harbour.example/lead/{n}.jpg", width=1200, height=630),
        tags=["Harbour", "Storm"], section="Local",
    )
    for key, value in meta.items():
        setattr(metadata, key, value)
    return Document(
        url=url, canonical_url=url, metadata=metadata, body=body,
        ads=[AdSlot(id="ad1", position=Position("inline", "b1"), network="gpt",
                    unit="/1234/news", label="Advertisement"),
             AdSlot(id="ad2", position=Position("outside"), label="Sidebar ad")],
        related=[Related(id="rel1", position=Position("after", "b11"), title="Must Read",
                         items=[RelatedItem(title="Ferry timetable", url="https://harbour.example/ferries")]),
                 Related(id="rel2", position=Position("after", "b11"), title="Sponsored",
                         provider="taboola", sponsored=True,
                         items=[RelatedItem(title="Miracle diet", url="https://ads.example/x")])],
    )


DOCS = [article(1), article(2), article(3, description="A summary written by the editor.")]


def rss(docs=DOCS, **options) -> str:
    return syndicate.to_rss(docs, channel=CHANNEL, build_date=BUILT, **options)


def text_of(html: str) -> str:
    return " ".join(lxml.html.fragment_fromstring(html, create_parent="div").text_content().split())


# --------------------------------------------------------------------------- validity


def test_feed_passes_the_w3c_validator_without_errors_or_warnings() -> None:
    validator()
    for options in ({}, {"ads": "markers", "include_related": True}):
        report = check(rss(**options))
        assert report.errors == [], report.errors
        assert report.warnings == [], report.warnings


def test_feed_is_well_formed_and_declares_namespaces() -> None:
    root = etree.fromstring(rss().encode("utf-8"))
    assert root.tag == "rss" and root.get("version") == "2.0"
    assert set(root.nsmap) >= {"content", "dc", "media", "atom"}
    channel = root.find("channel")
    self_link = channel.find("{http://www.w3.org/2005/Atom}link")
    assert self_link.get("rel") == "self" and self_link.get("href") == CHANNEL["self_url"]
    assert channel.findtext("language") == "en"
    assert channel.findtext("lastBuildDate") == "Wed, 01 May 2024 12:00:00 +0000"
    assert channel.findtext("generator").startswith("syndicate ")
    assert len(channel.findall("item")) == 3


# --------------------------------------------------------------------------- read back


def test_feedparser_reads_back_titles_links_dates_and_full_content() -> None:
    parsed = feedparser.parse(rss().encode("utf-8"))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    assert parsed.feed.title == CHANNEL["title"]
    assert len(parsed.entries) == len(DOCS)
    for entry, doc in zip(parsed.entries, DOCS, strict=True):
        assert entry.title == doc.metadata.title
        assert entry.link == doc.url
        assert entry.id == doc.url
        expected = isoparse(doc.metadata.published).astimezone(timezone.utc)
        assert calendar.timegm(entry.published_parsed) == int(expected.timestamp())
        assert [a["name"] for a in entry.authors] == doc.metadata.authors
        assert [t.term for t in entry.tags] == ["Harbour", "Storm", "Local"]
        assert entry.media_content[0]["url"] == doc.metadata.image.src
        assert entry.media_content[0]["medium"] == "image"
        # Every body block's text, in order (compared without whitespace: table cells
        # and list items are separate elements): nothing lost.
        content = "".join(text_of(entry.content[0].value).split())
        position = 0
        for block in doc.body:
            for line in block.plain_text().split("\n"):
                if line:
                    found = content.find("".join(line.split()), position)
                    assert found >= 0, f"{block.id} text missing from content: {line!r}"
                    position = found


def test_links_and_images_in_content_are_absolute() -> None:
    content = feedparser.parse(rss().encode("utf-8")).entries[0].content[0].value
    tree = lxml.html.fragment_fromstring(content, create_parent="div")
    hrefs = [a.get("href") for a in tree.iter("a")]
    srcs = [i.get("src") for i in tree.iter("img")]
    assert "https://harbour.example/report.pdf" in hrefs
    assert srcs == ["https://harbour.example/img/pier.jpg"]
    assert all(u.startswith("https://") for u in hrefs + srcs)


def test_description_is_editor_summary_else_first_paragraph() -> None:
    parsed = feedparser.parse(rss().encode("utf-8"))
    assert parsed.entries[2].summary == "A summary written by the editor."
    assert text_of(parsed.entries[0].summary) == DOCS[0].body[0].text


def test_cdata_terminator_in_text_survives() -> None:
    doc = Document(url="https://x.example/a", metadata=Metadata(title="Has ]]> inside"),
                   body=[Paragraph(id="b1", text="a ]]> b ]]]]> c", html="a ]]&gt; b ]]]]&gt; c")])
    xml = rss([doc])
    etree.fromstring(xml.encode("utf-8"))
    entry = feedparser.parse(xml.encode("utf-8")).entries[0]
    assert entry.title == "Has ]]> inside"
    assert text_of(entry.content[0].value) == "a ]]> b ]]]]> c"


# --------------------------------------------------------------------------- policies


def test_ads_are_left_out_by_default() -> None:
    xml = rss()
    assert "Advertisement" not in xml and 'class="ad"' not in xml
    assert "/1234/news" not in xml


def test_ad_markers_stand_where_the_slots_were() -> None:
    content = feedparser.parse(rss(ads="markers").encode("utf-8")).entries[0].content[0].value
    tree = lxml.html.fragment_fromstring(content, create_parent="div")
    children = list(tree)
    markers = [i for i, el in enumerate(children) if el.tag == "aside" and "ad" in el.get("class", "").split()]
    assert len(markers) == 1  # the sidebar ad (outside) stays out
    assert children[markers[0] - 1].text_content().startswith("Story 1")
    assert children[markers[0]].text_content() == "Advertisement"


def test_related_lists_are_optional_and_never_sponsored() -> None:
    assert "Ferry timetable" not in rss()
    xml = rss(include_related=True)
    assert "Ferry timetable" in xml and "https://harbour.example/ferries" in xml
    assert "Miracle diet" not in xml


def test_options_and_channel_are_checked() -> None:
    with pytest.raises(syndicate.InputError):
        rss(ads="keep")
    with pytest.raises(syndicate.InputError):
        syndicate.to_rss(DOCS, channel={**CHANNEL, "link": "javascript:alert(1)"})
    with pytest.raises(syndicate.InputError):
        syndicate.to_rss(DOCS, channel={**CHANNEL, "colour": "red"})
    with pytest.raises(syndicate.InputError):
        syndicate.to_rss(DOCS, channel={"title": "no links"})
    with pytest.raises(syndicate.InputError):
        syndicate.to_rss([{"title": "not a document"}], channel=CHANNEL)
    channel = syndicate.Channel(**CHANNEL)
    assert syndicate.to_rss(DOCS, channel=channel, build_date=BUILT) == rss()


@pytest.mark.parametrize(("given", "written"), [
    ("en_US", "en-US"), ("de", "de"), ("pt-BR", "pt-BR"), ("zz", None), ("english", None), ("", None),
])
def test_channel_language_is_valid_or_left_out(given: str, written: str | None) -> None:
    xml = syndicate.to_rss([], channel={**CHANNEL, "language": given or None})
    found = etree.fromstring(xml.encode()).findtext("channel/language")
    assert found == written


def test_item_without_url_or_title_still_valid_with_unique_guids() -> None:
    validator()
    docs = [Document(body=[Paragraph(id="b1", text="Orphan text", html="Orphan text")]),
            Document(), article(1), article(1)]
    xml = rss(docs)
    report = check(xml)
    assert report.errors == [], report.errors
    guids = [g.text for g in etree.fromstring(xml.encode()).iter("guid")]
    assert len(guids) == len(set(guids)) == 4


def test_unreadable_dates_are_left_out_not_invented() -> None:
    doc = article(1, published="sometime last week", modified=None)
    assert "<pubDate>" not in rss([doc])


# --------------------------------------------------------------------------- hostile input


HOSTILE_HTML = (
    'x<script>alert(1)</script><a href="javascript:alert(2)">j</a>'
    '<img src=x onerror="alert(3)"><a href="data:text/html,boom">d</a>'
    '<a href="vbscript:msgbox">v</a><svg onload="alert(4)"></svg>'
    '<span style="background:url(javascript:alert(5))">s</span>\x00\x0b\x1f\ufffe'
)


def test_hostile_markup_never_reaches_the_feed() -> None:
    doc = Document(
        url="https://x.example/a",
        metadata=Metadata(title="<script>alert(0)</script>", authors=["<b onmouseover=x>"],
                          image=Image(src="javascript:alert(6)")),
        body=[Paragraph(id="b1", text="t", html=HOSTILE_HTML),
              ImageBlock(id="b2", src="data:image/png;base64,AAAA", alt="x"),
              Embed(id="b3", provider="evil", url="javascript:alert(7)"),
              Quote(id="b4", text="q", html="q", cite="javascript:alert(8)")],
    )
    xml = rss([doc], ads="markers", include_related=True)
    etree.fromstring(xml.encode("utf-8"))  # well-formed despite control characters
    content = feedparser.parse(xml.encode("utf-8"), sanitize_html=False).entries[0].content[0].value
    lowered = content.lower()
    for bad in ("<script", "javascript:", "vbscript:", "data:", "onerror", "onload", "<svg", "style="):
        assert bad not in lowered, bad
    assert "media:content" not in xml
    validator()
    report = check(xml)
    assert report.errors == []
    assert not any("security" in w.lower() for w in report.warnings), report.warnings


@pytest.mark.parametrize("cite, text, link", [
    ("Source: AP", "Source: AP", None),
    ("Photo:", "Photo:", None),
    ("https://example.com/report", None, "https://example.com/report"),
    ("java\tscript:alert(1)", None, None),  # a URL by its scheme, and not a safe one
])
def test_quote_cite_is_attribution_text_or_a_safe_source_link(cite, text, link) -> None:
    doc = Document(url="https://x.example/a",
                   body=[Quote(id="b1", text="The pier must hold.", html="The pier must hold.", cite=cite)])
    content = feedparser.parse(rss([doc]).encode("utf-8")).entries[0].content[0].value
    quote = lxml.html.fragment_fromstring(content, create_parent="div").find(".//blockquote")
    assert quote.get("cite") == link
    assert [c.text_content() for c in quote.iter("cite")] == ([text] if text else [])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=documents().map(lambda d: [d]))
def test_any_valid_document_gives_well_formed_rss_feedparser_can_read(docs) -> None:
    xml = syndicate.to_rss(docs, channel=CHANNEL, build_date=BUILT)
    root = etree.fromstring(xml.encode("utf-8"))
    assert len(root.findall("channel/item")) == 1
    parsed = feedparser.parse(xml.encode("utf-8"))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert len(parsed.entries) == 1
    assert not _SCRIPT_PLACES.search(html.unescape(xml))
    for el in root.iter("link", "url", "guid", "comments"):
        assert not (el.text or "").strip().lower().startswith("javascript:")


#: A script or a script URL where one would run: an element, a URL attribute, a CSS url().
#: Plain text saying "javascript:" (a category, a title) is harmless and may appear.
_SCRIPT_PLACES = re.compile(
    r"<script|(?:href|src|cite|action|poster|srcset)\s*=\s*[\"']?\s*(?:javascript|vbscript):|url\(\s*[\"']?\s*javascript:",
    re.I,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_any_valid_document_passes_the_validator(doc) -> None:
    validator()
    report = check(syndicate.to_rss([doc], channel=CHANNEL, build_date=BUILT))
    assert report.errors == [], report.errors


# --------------------------------------------------------------------------- real documents


def test_text_reader_documents_give_a_valid_feed(seed_text) -> None:
    examples = Path(__file__).resolve().parents[1] / "examples"
    docs = [syndicate.parse_text(seed_text, url="https://observer.example/bvi")]
    docs += [syndicate.parse_text(p.read_text(encoding="utf-8"), url=f"https://example.com/{p.stem}")
             for p in sorted(examples.glob("*.txt"))]
    xml = rss(docs, ads="markers", include_related=True)
    validator()
    report = check(xml)
    assert report.errors == [], report.errors
    parsed = feedparser.parse(xml.encode("utf-8"))
    assert [e.link for e in parsed.entries] == [d.url for d in docs]
    for entry, doc in zip(parsed.entries, docs, strict=True):
        content = "".join(text_of(entry.content[0].value).split())
        for block in doc.body:
            assert "".join(block.plain_text().split()) in content
    # The seed's chrome stays out of the default feed.
    plain = rss(docs[:1])
    for chrome in ("Tell us your opinion in the comments", "spot_img", "- Advertisement -"):
        assert chrome not in plain
