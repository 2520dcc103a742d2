"""A ``read_more`` CTA is an expander (``extract/expanders.py``): "Read more" links to other
pages under each entry of a round-up, on a teaser card beside the card's own link, or to an
"about me" page are no expanders, and a "Read more:" heading is the lead-in of the related
links below it (small pages written for the project, in English, German, French and
Spanish). The same pages give ``read_more`` CTAs when the guard is off; an expander button,
an in-page "Lire la suite" link and a lone "Weiterlesen" on to the story's second part stay
CTAs.
"""

from __future__ import annotations

import pytest

from regionpages import page, parse
from syndicate.extract import regions

#: A round-up whose entries each end with a link to the entry's own page (English).
EN_ENTRIES = ("<div class='program-list'>" + "".join(
    f"<div class='hub-item'><h3>{name} programme</h3><p>The {name} programme takes two years and "
    f"admits about {size} students a year.</p><div class='hub-item__read-more'>"
    f"<a href='/programmes/{name.lower()}-programme'>Learn more about the {name} programme</a></div></div>"
    for name, size in (("Harbour", 400), ("Lighthouse", 300), ("Ferry", 250))) + "</div>")
#: A teaser card in a side column, its story's link repeated as "Weiterlesen" (German).
DE_TEASER = ("<div class='teaser'><h3><a href='/lokales/2024/hafenmauer-saniert'>Hafenmauer wird saniert</a></h3>"
             "<p>Die Stadt repariert die alte Mauer am Hafen.</p>"
             "<a class='read-more' href='/lokales/2024/hafenmauer-saniert'>Weiterlesen</a></div>")
#: An author box in a side column linking to the "about me" page under a "more" class (Spanish).
ES_ABOUT = ("<div class='about-box'><h3>Hola, soy Marta</h3><p>Escribo sobre el puerto y sus barcos.</p>"
            "<a class='more-link' href='/sobre-mi/'>Leer más</a></div>")
#: Related links under a "Read more:" heading (English; the heading belongs to the block).
EN_HEADED = ("<h3 id='h-read-more' class='wp-block-heading'>Read more:</h3><ul>"
             "<li><a href='/region/2024/the-harbour-reopens'>The harbour reopens after the sea wall works</a></li>"
             "<li><a href='/region/2024/the-wall-holds'>The sea wall holds through the night's storm</a></li></ul>")
CASES = (("en", "between", EN_ENTRIES, 3), ("de", "side", DE_TEASER, 1), ("es", "side", ES_ABOUT, 1),
         ("en", "after", EN_HEADED, 1))


def _read_more(html: str, lang: str, where: str) -> list[str]:
    doc = parse(page(**{where: html}, lang=lang))
    return [c.text for c in doc.ctas if c.kind == "read_more"]


def test_links_to_other_pages_and_headings_are_no_expanders():
    for lang, where, html, _ in CASES:
        assert _read_more(html, lang, where) == [], lang


def test_the_same_pages_give_read_more_ctas_without_the_guard(monkeypatch: pytest.MonkeyPatch):
    """The pages above do exercise the guard: without it each gives its "Read more" CTAs."""
    monkeypatch.setattr(regions, "without_page_links", list)
    for lang, where, html, count in CASES:
        assert len(_read_more(html, lang, where)) == count, lang


def test_the_heading_still_heads_its_related_block():
    doc = parse(page(after=EN_HEADED))
    assert [(r.title, len(r.items)) for r in doc.related] == [("Read more:", 2)]


def test_expanders_of_the_page_itself_stay():
    button = "<div class='read-more'><button type='button' class='read-more__button'>Read more</button></div>"
    assert _read_more(button, "en", "between") == ["Read more"]
    link = "<div class='read-more'><a href='#suite' class='read-more__link'>Lire la suite</a></div>"
    assert _read_more(link, "fr", "between") == ["Lire la suite"]


def test_a_lone_link_on_to_the_rest_of_the_story_stays():
    more = "<p><a class='btn read-more' href='/lokales/2024/hafenmauer-teil-zwei'>Weiterlesen</a></p>"
    assert _read_more(more, "de", "after") == ["Weiterlesen"]
