"""Lines found inside a body block that the body reads whole (a list of reviews, a forum
thread's list of posts): the line leaves the block's text, the rest of its entry stays, and
the item is placed by the block's text around it — ``inline`` with text of the block after
it even when the block is the body's last, ``after`` as the last block's tail, ``before`` at
the head of the body's first block. Pages written for the project (English, German)."""

from __future__ import annotations

import syndicate
from pages import ARTICLE_URL, article_with

STORY = "/2023/11/02/senior-cover-9912"
STORY_2 = "/2023/10/14/travel-phones-4471"
STORY_DE = "/2023/09/30/reiseversicherung-vergleich-5521"

FIRST = "The first plan covers trips of up to thirty days and costs little for travellers under seventy."
SECOND = "The second part of the plan adds cover for lost luggage and cancelled flights abroad."
THIRD = "The other plan pays for doctors abroad and brings a traveller home when a trip goes wrong."


def _parse(raw: bytes) -> syndicate.Document:
    doc = syndicate.parse(raw, url=ARTICLE_URL)
    syndicate.validate(doc.to_dict())
    return doc


def _places(doc: syndicate.Document) -> list[tuple[str, list[str]]]:
    return [(r.position.placement, [i.url.split("example.com", 1)[-1] for i in r.items]) for r in doc.related]


def _review_list(line_1: str, line_2: str) -> str:
    return ("<ul class='reviews'>"
            f"<li><h3>1. Plan one</h3><p>{FIRST}</p>{line_1}<p>{SECOND}</p></li>"
            f"<li><h3>2. Plan two</h3><p>{THIRD}</p>{line_2}</li></ul>")


def test_a_story_line_in_a_list_entry_leaves_the_lists_text():
    """A review list closing the body, a marked story line between an entry's paragraphs:
    its headline is no body text, the entry's paragraphs are, and the line stands inline
    (the list's text goes on after it)."""
    line = f"<p>» Read More: <a href='{STORY}'>A Guide to Insurance for Older Travellers</a></p>"
    doc = _parse(article_with("", "en", _review_list(line, "")))
    text = doc.text()
    assert "Guide to Insurance for Older Travellers" not in text
    assert FIRST in text and SECOND in text and THIRD in text
    assert _places(doc) == [("inline", [STORY])]


def test_a_german_story_line_in_a_list_entry_leaves_the_lists_text():
    """The same in German: "» Lesen Sie auch: <a>…</a>" in the middle of an entry."""
    line = f"<p>» Lesen Sie auch: <a href='{STORY_DE}'>Reiseversicherungen im großen Vergleich</a></p>"
    entries = ("<ul class='tarife'><li><h3>1. Tarif eins</h3><p>Der erste Tarif deckt Reisen bis zu dreißig "
               f"Tagen und kostet wenig für Reisende unter siebzig Jahren.</p>{line}<p>Der zweite Teil des "
               "Tarifs zahlt für verlorenes Gepäck und ausgefallene Flüge im Ausland.</p></li>"
               "<li><h3>2. Tarif zwei</h3><p>Der andere Tarif zahlt Ärzte im Ausland und holt Reisende nach "
               "Hause, wenn auf der Reise etwas schiefgeht.</p></li></ul>")
    doc = _parse(article_with("", "de", entries))
    text = doc.text()
    assert "Reiseversicherungen im großen Vergleich" not in text
    assert "Der zweite Teil des Tarifs" in text and "holt Reisende nach Hause" in text
    assert _places(doc) == [("inline", [STORY_DE])]


def test_a_story_line_closing_the_last_entry_is_after_the_body():
    """A line that is the tail of the body's last block is ``after`` the text."""
    line = f"<p>» Read More: <a href='{STORY_2}'>The Best Phones for Travellers Abroad</a></p>"
    doc = _parse(article_with("", "en", _review_list("", line)))
    assert "Best Phones for Travellers Abroad" not in doc.text()
    assert THIRD in doc.text()
    assert _places(doc) == [("after", [STORY_2])]


def test_an_ad_at_the_head_of_a_thread_is_before_the_text():
    """A forum thread read as one list of posts, an ad slot written before its first post:
    ``before`` the text, not after it (the list is the body's only block)."""
    posts = "".join(
        f"<li class='post'><div class='author'>member{n}</div><div class='message'>{t}</div></li>"
        for n, t in enumerate([FIRST, SECOND, THIRD, FIRST.replace("first", "cheapest")], 1))
    page = ("<!DOCTYPE html><html lang='en'><head><title>Thread</title></head><body><main>"
            "<h1>Which travel plan?</h1><ol class='posts'><center><ins class='adsbygoogle' "
            "data-ad-client='ca-pub-1234567890' data-ad-slot='555'></ins></center>"
            f"{posts}</ol></main></body></html>").encode()
    doc = _parse(page)
    assert FIRST in doc.text() and THIRD in doc.text()
    assert [a.position.placement for a in doc.ads] == ["before"]
