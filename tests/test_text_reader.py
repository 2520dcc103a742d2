"""Flattened-text reader: the seed article and chrome of other sites and languages (issue 3)."""

from __future__ import annotations

import pytest

import syndicate
from syndicate import InputError, InputTooLargeError, Limits

SEED_CHROME = [
    "Tell us your opinion in the comments.", "Read more", "- Advertisement -",
    "Worth reading", "Must Read", "spot_img",
]


def test_seed_article(seed_text: str) -> None:
    lines = [line.strip() for line in seed_text.splitlines() if line.strip()]
    doc = syndicate.parse_text(seed_text)
    assert doc.metadata.title == lines[0]
    article = [line for line in lines[1:] if len(line.split()) > 20]
    assert len(article) == 6
    assert [b.text for b in doc.body] == article
    assert all(b.type == "paragraph" for b in doc.body)

    assert [(c.kind, c.text) for c in doc.ctas] == [
        ("comments", "Tell us your opinion in the comments."), ("read_more", "Read more")]
    assert [a.label for a in doc.ads] == ["Advertisement", "Advertisement"]
    assert doc.ads[1].attributes.get("leftover") == "spot_img"
    assert [r.title for r in doc.related] == ["Worth reading", "Must Read"]
    last = doc.body[-1].id
    for item in [*doc.ads, *doc.related, *doc.ctas]:
        assert (item.position.placement, item.position.after) == ("after", last)
        assert item.locator and item.locator.startswith("line:")

    text = doc.text()
    for chrome in SEED_CHROME:
        assert chrome not in text
    assert "Advertisement" not in text
    syndicate.validate(doc)


ARTICLE = [
    "The city council voted on Tuesday to expand the tram network by twelve kilometres, "
    "a project that has been debated for more than a decade.",
    "Supporters say the new lines will cut commuting times in the eastern districts, "
    "while critics point to the rising cost of construction materials.",
    "Work is expected to begin next spring and to last about four years, according to the "
    "transport department, which will publish a detailed timetable in January.",
]


def _compose(*parts: str) -> str:
    return "Council approves tram extension\n\n" + "\n\n".join(parts) + "\n"


CASES = {
    "english": (
        _compose(ARTICLE[0], "ADVERTISEMENT", ARTICLE[1], "Sponsored", ARTICLE[2],
                 "Share this:", "Facebook", "Twitter", "Sign up for our newsletter",
                 "Related Articles", "Tram fares to rise in March", "New bridge opens to cyclists",
                 "Recommended for you"),
        {"ads": ["ADVERTISEMENT", "Sponsored"], "related": ["Related Articles", "Recommended for you"],
         "ctas": ["share", "newsletter"],
         "placements": {"ad1": ("inline", "b1"), "ad2": ("inline", "b2"), "rel1": ("after", "b3")}},
    ),
    "german": (
        _compose(ARTICLE[0], "Anzeige", ARTICLE[1], ARTICLE[2], "Lesen Sie auch",
                 "Kommentare anzeigen"),
        {"ads": ["Anzeige"], "related": ["Lesen Sie auch"], "ctas": ["comments"],
         "placements": {"ad1": ("inline", "b1")}},
    ),
    "spanish": (
        _compose("Publicidad", ARTICLE[0], ARTICLE[1], "Lea también: El metro amplía su horario",
                 ARTICLE[2], "Seguir leyendo"),
        {"ads": ["Publicidad"], "related": ["Lea también"], "ctas": ["read_more"],
         "placements": {"ad1": ("before", None), "rel1": ("inline", "b2")}},
    ),
    "french": (
        _compose(ARTICLE[0], ARTICLE[1], "Publicité", ARTICLE[2], "Lire aussi",
                 "Abonnez-vous à notre newsletter"),
        {"ads": ["Publicité"], "related": ["Lire aussi"], "ctas": ["newsletter"],
         "placements": {"ad1": ("inline", "b2")}},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_chrome_of_other_sites_and_languages(name: str) -> None:
    text, expected = CASES[name]
    doc = syndicate.parse_text(text)
    assert doc.metadata.title == "Council approves tram extension"
    assert [b.text for b in doc.body] == ARTICLE
    assert [a.label for a in doc.ads] == expected["ads"]
    assert [r.title for r in doc.related] == expected["related"]
    assert [c.kind for c in doc.ctas] == expected["ctas"]
    items = {x.id: x for x in [*doc.ads, *doc.related, *doc.ctas]}
    for ident, (placement, after) in expected["placements"].items():
        assert (items[ident].position.placement, items[ident].position.after) == (placement, after)
    body_text = doc.text()
    for line in text.splitlines()[1:]:
        if line.strip() and line not in ARTICLE:
            assert line not in body_text
    syndicate.validate(doc)


def test_related_items_are_collected_under_their_heading() -> None:
    doc = syndicate.parse_text(CASES["english"][0])
    assert [i.title for i in doc.related[0].items] == [
        "Tram fares to rise in March", "New bridge opens to cyclists"]
    assert "Facebook" in doc.ctas[0].text and "Twitter" in doc.ctas[0].text


def test_text_without_chrome_is_untouched() -> None:
    text = _compose(*ARTICLE) + "\n" + (
        "The mayor said the advertisement campaign for the new lines would start in May, "
        "and that residents could read more about the plans on the city's website.\n")
    doc = syndicate.parse_text(text)
    assert not doc.ads and not doc.related and not doc.ctas
    assert [b.text for b in doc.body] == [*ARTICLE, text.strip().splitlines()[-1]]


def test_locators_name_source_lines() -> None:
    text = "Title line\nFirst paragraph of the story goes here.\n\nAdvertisement\nSecond one."
    doc = syndicate.parse_text(text)
    assert [b.locator for b in doc.body] == ["line:2", "line:5"]
    assert doc.ads[0].locator == "line:4"
    lines = text.splitlines()
    for block in doc.body:
        assert lines[int(block.locator.split(":")[1]) - 1].strip() == block.text


def test_body_html_is_escaped_text() -> None:
    doc = syndicate.parse_text("A title\n<script>alert(1)</script> & more text <b>here</b>.")
    assert "<script>" not in doc.body[0].html
    assert doc.body[0].text == "<script>alert(1)</script> & more text <b>here</b>."


@pytest.mark.parametrize("bad", [b"bytes", None, 42])
def test_non_text_is_a_clear_error(bad) -> None:
    with pytest.raises(InputError):
        syndicate.parse_text(bad)


def test_size_limit() -> None:
    with pytest.raises(InputTooLargeError, match="max_input_bytes"):
        syndicate.parse_text("x" * 101, limits=Limits(max_input_bytes=100))


def test_empty_text_gives_empty_valid_document() -> None:
    doc = syndicate.parse_text("   \n\n")
    assert doc.body == [] and doc.metadata.title is None
    syndicate.validate(doc)


@pytest.mark.parametrize("url", ["/relative", "javascript:alert(1)", "ftp://x.org/a"])
def test_unusable_url_argument_is_not_recorded(url: str, caplog) -> None:
    with caplog.at_level("WARNING", logger="syndicate"):
        doc = syndicate.parse_text("Title\nSome text here.", url=url)
    assert doc.url is None and "absolute" in caplog.text


def test_url_argument_must_be_a_string() -> None:
    with pytest.raises(InputError, match="url"):
        syndicate.parse_text("Title\nSome text here.", url=b"https://a.b/")  # type: ignore[arg-type]


def test_url_surrounding_spaces_are_dropped() -> None:
    assert syndicate.parse_text("Title\nSome text here.", url=" https://a.b/ ").url == "https://a.b/"


def test_good_url_is_kept() -> None:
    assert syndicate.parse_text("T\nText.", url="https://example.com/a").url == "https://example.com/a"
