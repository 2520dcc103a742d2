"""Floods of look-alike related blocks on one page (``extract/related_floods.py``): a teaser
list the walk reported card by card is one block at the list; a product or offer box printed
again and again is no related content; in-text story lines, headed sidebar modules and cards
inside the article's text stay as they are. Small pages written for the project, in German,
English, Spanish and French; the blocks are handed over as the walk would report them.
"""

from __future__ import annotations

import lxml.html

from syndicate.extract import related
from syndicate.extract.chrome import Found
from syndicate.extract.related_floods import without_floods
from syndicate.model import Related

BASE = "https://news.example.com/region/2024/harbour-wall"
ARTICLE = ("<div class='text'><p>Die Stadt Hafenberg will die alte Kaimauer bis zum Herbst erneuern.</p>"
           "<p>Die Kosten werden auf rund zwölf Millionen Euro geschätzt.</p></div>")


def _found(root: lxml.html.HtmlElement, xpath: str) -> list[Found]:
    return [Found(el, related.build_related(el, BASE)) for el in root.xpath(xpath)]


def _body(root: lxml.html.HtmlElement) -> list:
    return root.xpath("//div[@class='text']/p")


def _card(i: int) -> str:
    """A German blog teaser: two author pictures and names, a label, the headline, a line."""
    url = f"/de/blog/2024/beitrag-{i}-ueber-die-energiewende-in-den-regionen"
    authors = "".join(f"<figure><a href='/de/menschen/person-{a}'><img src='/p/{a}.jpg' alt=''></a>"
                      f"<h3><a href='/de/menschen/person-{a}'>Dr. Person {a}</a></h3></figure>" for a in (i, i + 1))
    return (f"<div class='teaser-list__item views-row'><article class='teaser'>{authors}"
            f"<div class='label'>Werkstatt</div><h4><a href='{url}'>Beitrag {i} über die Energiewende in den "
            f"Regionen</a></h4><p>Ein Gespräch über Lasten und Chancen.</p></article></div>")


def test_a_card_list_reported_card_by_card_is_one_block_at_the_list():
    html = (f"<html><body><main><article>{ARTICLE}</article><section><div class='section-title'>Blogbeiträge</div>"
            "<div class='teaser-list'>" + "".join(_card(i) for i in range(1, 9)) + "</div></section></main></body></html>")
    root = lxml.html.fromstring(html)
    found = _found(root, "//article[@class='teaser']")[::2]  # (the walk reports some cards only)
    assert len(found) == 4
    (block,) = without_floods(found, BASE, _body(root))
    assert block.element.get("class") == "teaser-list"
    assert isinstance(block.item, Related) and block.item.title == "Blogbeiträge"
    assert sum(1 for i in block.item.items if "/blog/" in i.url) == 8


def test_cards_in_the_article_text_stay_apart():
    """The same cards standing one by one among the article's paragraphs: no list of their
    own, the article's text holds them."""
    cards = "".join(_card(i) + f"<p>Absatz {i} des Artikels über die Kaimauer.</p>" for i in range(1, 5))
    html = ("<html><body><main><article><div class='text'><p>Die Stadt Hafenberg will die alte Kaimauer "
            f"erneuern.</p>{cards}</div></article></main></body></html>")
    root = lxml.html.fromstring(html)
    found = _found(root, "//article[@class='teaser']")
    assert without_floods(found, BASE, _body(root)) == found


def _product(pid: int, name: str) -> str:
    """A buying guide's product box: picture, name and two retailer buttons, one target each."""
    out = f"https://www.example-guides.com/out/link/{pid}?merchant="
    return (f"<div class='callout'><div class='pick'><div class='info'><h2><a href='{out}Amazon' rel='sponsored'>"
            f"{name}</a></h2></div><div class='buy'><a href='{out}Amazon' rel='sponsored'>$99 from Amazon</a>"
            f"<a href='{out}Walmart' rel='sponsored'>$104 from Walmart</a></div></div></div>")


def test_product_boxes_printed_again_and_again_are_no_related_content():
    """An English buying guide shows its two picks in the intro, in their sections and in
    the summary: six boxes, two products, no story list."""
    picks = "".join(_product(p, n) for p, n in ((1, "The best cordless drill"), (2, "The best budget drill")))
    html = (f"<html><body><main><article>{ARTICLE}<section class='picks'>{picks}</section><p>Why we like it.</p>"
            f"<section class='picks'>{picks}</section><p>Who else should buy it.</p><section class='picks'>{picks}"
            "</section></article></main></body></html>")
    root = lxml.html.fromstring(html)
    found = _found(root, "//div[@class='pick']")
    assert len(found) == 6
    assert without_floods(found, BASE, _body(root)) == []


def test_in_text_story_lines_stay_one_each():
    """Spanish "Lee también" lines, each linking another story, between the paragraphs."""
    lines = "".join(f"<p><strong>Lee también:</strong> <a href='/es/2024/noticia-{i}-del-puerto'>La noticia "
                    f"número {i} sobre el puerto y el muelle</a></p><p>Texto del artículo {i}.</p>" for i in range(5))
    html = f"<html><body><main><article><div class='text'>{lines}</div></article></main></body></html>"
    root = lxml.html.fromstring(html)
    found = _found(root, "//p[strong]")
    body = [p for p in root.xpath("//div[@class='text']/p") if p.find("strong") is None]
    assert len(without_floods(found, BASE, body)) == 5


def test_headed_sidebar_modules_stay_one_each():
    """French rail modules, each under its own heading with five stories."""
    def module(h: str) -> str:
        items = "".join(f"<li><a href='/fr/2024/{h.lower()}-article-{i}'>Un long titre d'article numéro {i} "
                        f"de la rubrique {h}</a></li>" for i in range(5))
        return f"<div class='rail-module'><h3>{h}</h3><ul>{items}</ul></div>"
    rail = "".join(module(h) for h in ("Santé", "Nature", "Espace", "Animaux"))
    html = f"<html><body><main><article>{ARTICLE}</article></main><aside class='rail'>{rail}</aside></body></html>"
    root = lxml.html.fromstring(html)
    found = _found(root, "//div[@class='rail-module']")
    assert without_floods(found, BASE, _body(root)) == found


def test_a_stack_of_headed_modules_with_short_titles_is_no_card_list():
    """An English recipe rail: four widgets, each a heading over three short recipe names
    (few items, no headline: card-sized, yet each a module under a heading of its own)."""
    def widget(h: str, *names: str) -> str:
        items = "".join(f"<li><a href='/recipes/{'-'.join(n.lower().split())}'>{n}</a></li>" for n in names)
        return f"<div class='widget'><div class='inner'><h3>{h}</h3><ul>{items}</ul></div></div>"
    rail = (widget("Home Canning", "Dill Pickles", "Raspberry Peach Jam", "Canned Tomato Sauce")
            + widget("Soups", "French Onion Soup", "Clam Chowder", "Beef Stew")
            + widget("Baking", "Cheddar Biscuits", "Raisin Bread", "Apple Pie")
            + widget("Cast Iron", "Skillet Cornbread", "Dutch Baby", "Pan Pizza"))
    html = f"<html><body><main><article>{ARTICLE}</article></main><aside><div class='rail'>{rail}</div></aside></body></html>"
    root = lxml.html.fromstring(html)
    found = _found(root, "//div[@class='inner']")
    assert without_floods(found, BASE, _body(root)) == found
