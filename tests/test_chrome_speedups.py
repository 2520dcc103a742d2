"""The chrome pass's shortcuts answer as the patterns they stand for (speed only)."""

from __future__ import annotations

import re

import pytest

from syndicate.extract import chrome, chrome_text, ctas, related
from syndicate.extract.firstchars import first_chars
from syndicate.extract.rules import chrome_patterns as rules


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"abc|d", {"a", "d"}),
    (r"(?:x|y)?z", {"x", "y", "z"}),
    (r"\d* ?comments?", set("0123456789 c")),
    (r"[a-c]b", {"a", "b", "c"}),
    (r"(?<![a-z])nav", {"n"}),
])
def test_first_chars(pattern: str, expected: set[str]) -> None:
    assert first_chars(pattern) == expected


def test_first_chars_ignorecase_gives_both_cases() -> None:
    assert first_chars("read|More", re.IGNORECASE) == {"r", "R", "m", "M"}


@pytest.mark.parametrize("pattern", [r"a*", r"\w+", r"[^a]b", r".x", r"(?:a|b)*c?", "é|a", r"(?:a|)"])
def test_first_chars_gives_up(pattern: str) -> None:
    # empty match possible, a class it does not follow, or a first character beyond ASCII
    assert first_chars(pattern) is None


def test_first_chars_says_where_every_match_starts() -> None:
    for pattern in (r"(?:read|see) (?:more|all)", r"\d+ (?:comments?|replies)", r"(?:the )?news(?:letter)?"):
        start = first_chars(pattern)
        assert start is not None
        for text in ("read more", "see all", "12 comments", "3 replies", "the newsletter", "news"):
            m = re.match(pattern, text)
            if m is not None:
                assert text[0] in start


@pytest.mark.parametrize(("text", "expected"), [
    ("Advertisement", ("ad", "Advertisement")),
    ("- ADVERTISEMENT -", ("ad", "ADVERTISEMENT")),
    ("Related articles", ("related", "Related articles")),
    ("» Read more", ("cta", "read_more")),
    ("12 Comments", ("cta", "comments")),
    ("Subscribe now", ("cta", "subscribe")),
    ("Zebra crossing", None),
    ("Read more about the budget in our annual report", None),
])
def test_classify_by_first_character_as_whole_pattern(text: str, expected: tuple[str, str] | None) -> None:
    assert chrome_text.classify(text) == expected
    # the whole pattern gives the same answer as the one narrowed to the first character
    assert (chrome_text._ANY.match(text) is not None) == (expected is not None)


@pytest.mark.parametrize("value", [
    "site-nav", "related-posts", "sponsored-links", "newsletter-box", "share-bar", "main-menu",
    "entry-content", "col-md-8", "post-12345", "td-module-thumb", "comments-area", "tagcloud",
])
def test_class_words_needed_rule_out_only_what_names_nothing(value: str) -> None:
    expected = (
        bool(rules.NAVIGATION.search(value)), related.is_related_class(value),
        related.is_sponsored_class(value), ctas.class_kind(value))
    assert rules.CLASS_WORDS_NEEDED is not None
    if rules.CLASS_WORDS_NEEDED.search(value) is None:
        assert expected == chrome._NOTHING
    chrome._hint_info.cache_clear()
    assert chrome._hint_info(value) == expected


def test_labelled_controls_in_document_order() -> None:
    from lxml import html

    from syndicate.extract.sharebars import labelled_controls

    root = html.fromstring(
        "<html><body><div role='button' id='d1'>x</div><ul><li title='Facebook' id='l1'>f</li>"
        "<li id='l2'>plain</li></ul><span aria-label='Share on X' id='s1'></span>"
        "<span id='s2'>no label</span><div role='region' id='d2'></div>"
        "<p title='not a control' id='p1'>p</p></body></html>")
    assert [x.get("id") for x in labelled_controls(root)] == ["d1", "l1", "s1"]


@pytest.mark.parametrize(("cls", "eid", "menu", "edge"), [
    ("site-header", None, False, True),
    ("post-header", None, False, False),   # the article's own header part
    (None, "main-menu", True, False),
    ("x", "footer-123", False, True),
    ("widget", "post-98765", False, False),
])
def test_area_words_of_class_and_id_apart(cls: str | None, eid: str | None, menu: bool, edge: bool) -> None:
    from lxml import etree

    from syndicate.extract import regions

    el = etree.Element("div")
    if cls:
        el.set("class", cls)
    if eid:
        el.set("id", eid)
    area = regions._area(el, "div")
    assert (area == regions._MENU) == menu
    assert (area == regions._EDGE) == edge
