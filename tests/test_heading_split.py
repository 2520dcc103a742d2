"""A related heading over one list among several parts of its parent heads only the list
right after it (``related.block_of_heading``): a column of boxes, two headed lists in one
box. A list that goes on below its heading with entries of another design stays whole.
Pages written for the project."""

from __future__ import annotations

import pytest

from regionpages import page, source
from regionpages import parse as parse_any

#: Per language: the box heading of a side column's first box, the related heading over the
#: list standing beside it in the same column, and story titles.
COLUMN = {
    "en": ("Most read", "Related Articles", ["Ferry timetable for the winter is out", "New lifeboat station opens on the quay",
                                             "Harbour market returns in the spring", "Council votes on the new sea wall",
                                             "Fishermen ask for a longer season", "Old lighthouse to become a museum"]),
    "de": ("Meistgelesen", "Lesen Sie auch", ["Neuer Fahrplan für den Winter ist da", "Neue Rettungswache am Kai eröffnet",
                                               "Der Hafenmarkt kehrt im Frühling zurück", "Rat stimmt über die Kaimauer ab",
                                               "Fischer wollen eine längere Saison", "Alter Leuchtturm wird ein Museum"]),
}


def _items(titles: list[str]) -> str:
    return "".join(f"<li><a href='/region/2024/{'-'.join(t.lower().split())}'>{t}</a></li>" for t in titles)


@pytest.mark.parametrize("lang", sorted(COLUMN))
def test_a_heading_beside_other_boxes_heads_the_list_after_it(lang: str):
    """A side column: a box opening with its own heading, then a related heading and its
    list standing loose in the column. The heading's block is its list, not the column."""
    first, second, titles = COLUMN[lang]
    column = (f"<div class='col'><div class='box'><h2>{first}</h2><ul>{_items(titles[:3])}</ul></div>"
              f"<h3 class='rel'>{second}</h3><ul class='list'>{_items(titles[3:])}</ul></div>")
    raw = page(side=column, lang=lang)
    doc = parse_any(raw)
    by_title = {r.title: r for r in doc.related}
    assert source(raw, by_title[second].locator).get("class") == "list"
    assert [i.title for i in by_title[second].items] == titles[3:]


@pytest.mark.parametrize("lang", sorted(COLUMN))
def test_two_headed_lists_in_one_box_are_two_blocks(lang: str):
    """One box holding two headings, each over its list (the first heading links the
    author's page): two blocks, the related heading's is its own list."""
    first, second, titles = COLUMN[lang]
    box = (f"<div class='author-posts'><h2>{first} <a href='/author/ann-lee/'>Ann Lee</a></h2><ul>{_items(titles[:3])}</ul>"
           f"<h2>{second}</h2><ul class='list'>{_items(titles[3:])}</ul></div>")
    raw = page(below=box, lang=lang)
    doc = parse_any(raw)
    by_title = {r.title: r for r in doc.related}
    assert source(raw, by_title[second].locator).get("class") == "list"
    assert [i.title for i in by_title[second].items] == titles[3:]


def test_cards_with_headlines_inside_stay_one_list():
    """A related heading over story cards standing loose beside it, each card a picture, a
    section link and its headline in a heading tag, inside: the cards do not open with a
    heading, they are one list, not boxes of their own."""
    _, second, titles = COLUMN["en"]
    cards = "".join(
        f"<div class='card'><a href='/region/2024/{'-'.join(t.lower().split())}'><img src='/i/{n}.jpg' alt=''></a>"
        f"<div class='meta'><a href='/region/'>Region</a><h2><a href='/region/2024/{'-'.join(t.lower().split())}'>{t}</a></h2>"
        f"<time>13 November 2025</time></div></div>" for n, t in enumerate(titles[:3]))
    box = f"<div class='picks'><h3>{second}</h3>{cards}</div>"
    raw = page(side=box)
    doc = parse_any(raw)
    (block,) = [r for r in doc.related if r.title == second]
    assert source(raw, block.locator).get("class") == "picks"
    assert [i.title for i in block.items] == titles[:3]
