"""Runs of sibling lists each opening with a title line of its own are one related block
each (``title_lines``): a title that is a link to its section's listing
(``<h3><a href="/etiqueta/…">``), a bold ``<div>`` after a rule (``<hr>``). A run of
lists with no title of their own, or with a number or a "Read more" link first, stays one
block. Small pages written for the project, chrome in Spanish, English and German.
"""

from __future__ import annotations

import lxml.html

from regionpages import page, parse, source, stories
from syndicate.extract.title_lines import title_line


def _column(title: str, tag: str, *titles: str) -> str:
    """A topic column: its title linking the topic's listing, then its stories."""
    return (f"<section class='topic'><h3 class='cat_title'><a href='/etiqueta/{tag}/'>{title}</a></h3>"
            + stories(*titles, section="noticias") + "</section>")


def test_topic_columns_titled_by_links_to_their_listings_are_one_block_each():
    """A Spanish band of three topic columns, each titled by a link to its tag page (one of
    four words): three blocks, each titled, not one block of the band."""
    band = ("<section class='band'>"
            + _column("Béisbol", "beisbol", "Los Leñadores ganan el tercer juego seguido",
                      "El estadio de Las Tunas reabre sus puertas")
            + _column("Serie Nacional de Béisbol", "serie-nacional-de-beisbol",
                      "Los Alazanes acechan a los líderes del torneo", "El campeonato suma cuatro nuevas sedes")
            + _column("Salud", "salud", "El hospital provincial estrena una sala nueva",
                      "La campaña de vacunación llega a los barrios")
            + "</section>")
    raw = page(below=band, lang="es")
    doc = parse(raw)
    assert [r.title for r in doc.related] == ["Béisbol", "Serie Nacional de Béisbol", "Salud"]
    assert [source(raw, r.locator).get("class") for r in doc.related] == ["topic"] * 3
    assert [len(r.items) for r in doc.related] == [2, 2, 2]


def _stripe(title: str, *titles: str) -> str:
    """A list under a rule and a bold line (no heading tag, no title class)."""
    return (f"<section class='stripe'><hr><div class='mt-12 font-bold'>{title}</div>"
            "<div class='list'>" + "".join(
                f"<div class='row'><a href='/article/{'-'.join(t.lower().split())}'>{t}</a></div>" for t in titles)
            + "</div></section>")


def test_stripes_under_a_rule_and_a_bold_line_are_not_merged():
    """Three English lists under the article, each opening with a rule and a bold line of
    its own: three blocks, not one at their parent."""
    after = ("<section class='more'>"
             + _stripe("More in Tech", "Five laptops worth buying this spring", "The best phones for long battery life",
                       "How to keep your router safe from attacks")
             + _stripe("Trending now", "A tiny robot learns to climb stairs", "Scientists map the deepest cave yet",
                       "The island that runs on wind alone")
             + _stripe("Deals of the week", "Save on a popular noise cancelling headset",
                       "This smart lamp is half price today", "A tablet deal you should not miss")
             + "</section>")
    raw = page(below=after)
    doc = parse(raw)
    assert [r.title for r in doc.related] == ["More in Tech", "Trending now", "Deals of the week"]
    assert [source(raw, r.locator).get("class") for r in doc.related] == ["stripe"] * 3


def test_lines_that_name_nothing_are_no_titles():
    """A rank number, a "Weiterlesen" link outside any heading, a headline-long link to an
    article: no title line (German)."""
    def first(line: str) -> str | None:
        box = lxml.html.fromstring(f"<div>{line}<ul><li><a href='/a/eins-zwei-drei'>Eins zwei drei vier</a></li>"
                                   "<li><a href='/a/vier-fuenf-sechs'>Vier fünf sechs sieben</a></li></ul></div>")
        return title_line(box, frozenset({"example.org"}))
    assert first("<span class='rank'>1</span>") is None
    assert first("<p><a href='/thema/hafen/'>Weiterlesen</a></p>") is None
    assert first("<h3><a href='/politik/stadtrat-beschliesst-neuen-haushalt-fuer-den-hafen'>"
                 "Stadtrat beschließt neuen Haushalt für den Hafen</a></h3>") is None
    assert first("<h3><a href='/thema/hafen/'>Hafen</a></h3>") == "Hafen"
    assert first("<div class='box-title'><hr><div class='h3'><a href='/videos/alle-videos,hot/'>Beliebt</a>"
                 "</div></div>") == "Beliebt"
