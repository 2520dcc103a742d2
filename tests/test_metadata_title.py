"""Titles: which of the page's headline sources is the article's title, and which parts
of it label the headline rather than belong to it. Small pages written for the project."""

from __future__ import annotations

import pytest

from syndicate.extract.metadata import extract_metadata
from syndicate.readers.tree import parse_tree

BODY = "".join(
    f"<p>Paragraph {i} of the article about the harbour wall, long enough to count as text "
    "in the body of the page, with several clauses and a full stop.</p>" for i in range(5)
)


def title_of(head: str = "", body: str = BODY, url: str | None = "https://news.example.com/2024/05/harbour") -> str | None:
    html = f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    return extract_metadata(parse_tree(html), url).metadata.title


@pytest.mark.parametrize(("shown", "want"), [
    # a short capitalised label after a spaced dash names the kind of page, the part, the site
    ("Harbour Wall Repairs Finished Before Winter - Infographic", "Harbour Wall Repairs Finished Before Winter"),
    ("Building a Harbour Wall by Hand in Small Steps – Part 2", "Building a Harbour Wall by Hand in Small Steps"),
    ("Stone Walls for Beginners at the Coast — Strength Training", "Stone Walls for Beginners at the Coast"),
    ("Die besten Hafenmauern an der Nordsee – Großer Vergleich", "Die besten Hafenmauern an der Nordsee"),
    ("Les plus beaux ports de Bretagne en hiver - Guide Complet", "Les plus beaux ports de Bretagne en hiver"),
    ("Harbour Wall Planning Tools – Mason Comparison Spreadsheet", "Harbour Wall Planning Tools"),
    # a dash going on with a phrase, or after a short headline, is part of the headline
    ("The harbour wall we walked in 2024 — and 5 things we learned", None),
    ("Transitioning to a harbour town life – tips and tricks", None),
    ("How to repair a harbour wall – From an Experienced Mason", None),
    ("Best Harbour Walls – My Favourites!", None),  # an exclamation, a question: a phrase
    ("Harbour Signal #18 – The Sea Without Walls?", None),
    ("Dog Chases Burglar – Witness Appeal", None),  # after a headline of three words
    ("Chapter 1: Prologue - Drowned", None),
    ("Harbour walls compared - How Small Towns Keep the Sea Out of Their Streets", None),
])
def test_short_label_after_a_spaced_dash_is_cut(shown, want):
    head = f'<meta property="og:title" content="{shown}"><title>{shown}</title>'
    body = f"<article><h1>{shown}</h1>{BODY}</article>"
    assert title_of(head, body) == (want or shown)
    assert title_of(f"<title>{shown}</title>", BODY) == (want or shown)  # from <title> alone too


def test_hyphenated_words_are_not_a_dash():
    shown = "Long-Distance Moving Companies Compared-By-Price"
    assert title_of(f"<title>{shown}</title>") == shown


def test_h1_in_capitals_gives_way_to_the_metadata_wording_and_case():
    # the same words: the card's case
    head = '<meta property="og:title" content="Tips for a Safe Harbour Walk">'
    assert title_of(head, f"<article><h1>TIPS FOR A SAFE HARBOUR WALK</h1>{BODY}</article>") == \
        "Tips for a Safe Harbour Walk"
    # a version of it in capitals: the metadata's wording
    head = "<title>Harbour Wall Repairs 2026: What the Council Decided | Isle Post</title>"
    assert title_of(head, f"<article><h1>HARBOUR WALL REPAIRS IN 2026: WHAT THE COUNCIL DECIDED</h1>{BODY}</article>") \
        == "Harbour Wall Repairs 2026: What the Council Decided"
    # a heading in mixed case keeps its own wording; a short one in capitals is not a style ("EU")
    assert title_of(head, f"<article><h1>Harbour wall repairs in 2026: what the council decided</h1>{BODY}</article>") \
        == "Harbour wall repairs in 2026: what the council decided"
    head = '<meta property="og:title" content="Eu Rules for Harbours">'
    assert title_of(head, f"<article><h1>EU Rules for Harbours</h1>{BODY}</article>") == "EU Rules for Harbours"


def test_headline_cut_inside_a_bracket_gives_way_to_the_whole_one():
    whole = "We Walked the Harbour Wall at Night (Including the Part That Floods at High Tide)"
    article = '{"@type": "NewsArticle", "headline": "We Walked the Harbour Wall at Night (Including"}'
    head = (f'<script type="application/ld+json">{article}</script>'
            f'<meta property="og:title" content="{whole} - Isle Post">')
    assert title_of(head) == whole
    # a bracket closed is no sign of a cut: the JSON-LD headline stands
    closed = article.replace("(Including", "(Including Tides)")
    assert title_of(head.replace(article, closed)) == "We Walked the Harbour Wall at Night (Including Tides)"


@pytest.mark.parametrize(("h1", "og", "want"), [
    ('<span class="dachzeile">Nach dem Sturm</span> <span class="headline">Hafenmauer hält der Flut stand</span>',
     "Nach dem Sturm: Hafenmauer hält der Flut stand | Inselpost", "Hafenmauer hält der Flut stand"),
    ('<span class="article-heading__kicker">Harbours</span><span class="visually-hidden">: </span>'
     '<span class="article-heading__title">Drilling until the wall gives way</span>',
     "Harbours: Drilling until the wall gives way", "Drilling until the wall gives way"),
    ('<span class="c-eyebrow">Mer du Nord</span> Le mur du port résiste à la tempête',
     "Mer du Nord : le mur du port résiste à la tempête | Isle Post", "Le mur du port résiste à la tempête"),
    # a kicker that would leave less than a headline stays in it
    ('<span class="kicker">Harbour</span> <span>news</span>', "Harbour news from the coast", "Harbour news"),
])
def test_kicker_inside_the_h1_is_not_part_of_the_headline(h1, og, want):
    head = f'<meta property="og:title" content="{og}">'
    assert title_of(head, f"<article><h1>{h1}</h1>{BODY}</article>") == want
