"""Headed lists of stories set as a menu (``extract/menu_stories.py``): a rail's "Lo más
leído" ``<nav>``, a box of the latest stories inside a ``<nav>`` that holds several, a
"Reading next" pair of pictured cards in a box classed as navigation. Each is a related
block, whatever its heading's words. A menu's own parts stay navigation: a drop-down panel
of stories in the site header, a footer's menu column of posts, a rail's section menu, a
"Recent comments" list linking into comments. Small pages written for the project, in
Spanish, German, French and English.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import page, parse

TITLES = {
    "es": ("El puerto recibe su primer crucero del año tras las obras",
           "Los pescadores piden una nueva lonja para el muelle norte",
           "La ciudad abre un carril bici a lo largo del paseo marítimo"),
    "de": ("Der Hafen empfängt das erste Kreuzfahrtschiff des Jahres",
           "Fischer fordern eine neue Halle für die Nordmole am Hafen",
           "Die Stadt eröffnet einen Radweg entlang der Strandpromenade"),
    "en": ("The harbour welcomes its first cruise ship of the year",
           "Fishermen ask for a new market hall on the northern pier",
           "The town opens a cycle lane along the whole seafront road"),
    "fr": ("Le port accueille son premier paquebot de l'année",
           "Les pêcheurs demandent une nouvelle halle sur la jetée nord",
           "La ville ouvre une piste cyclable le long du front de mer"),
}


def _slug(title: str) -> str:
    return "-".join(w.strip("'").lower() for w in title.split()[:6])


def story_list(lang: str) -> str:
    """Three story links, each its headline, to article paths of the site."""
    return "<ul>" + "".join(f"<li><a href='/region/2024/{_slug(t)}'>{t}</a></li>" for t in TITLES[lang]) + "</ul>"


def titles(doc) -> list[str | None]:
    return [r.title for r in doc.related]


def test_headed_story_list_in_a_rail_nav_is_related():
    """Spanish "Lo más leído" and German "Aus der Region" (no related word) as the first
    heading of a ``<nav>`` in the side column over three story links."""
    for lang, heading in (("es", "Lo más leído"), ("de", "Aus der Region")):
        doc = parse(page(side=f"<nav class='side-list'><h5>{heading}</h5>{story_list(lang)}</nav>", lang=lang))
        assert heading in titles(doc), (lang, titles(doc))
        (block,) = [r for r in doc.related if r.title == heading]
        assert len(block.items) == 3 and block.position.placement == "outside"
        assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_lists_inside_a_nav_holding_several_are_each_related():
    """English "Latest News" and "Latest Guides", each a box titled by a classed ``div``,
    side by side inside one ``<nav>`` under the article: two blocks."""
    guides = "<ul>" + "".join(f"<li><a href='/guides/{_slug(t)}-guide'>{t}: a guide</a></li>"
                              for t in TITLES["fr"]) + "</ul>"
    nav = ("<nav><section class='latest-lists'>"
           f"<div class='latest-list'><div class='section_title'>Latest News</div>{story_list('en')}</div>"
           f"<div class='latest-list'><div class='section_title'>Latest Guides</div>{guides}</div>"
           "</section></nav>")
    doc = parse(page(below=nav))
    assert {"Latest News", "Latest Guides"} <= set(titles(doc)), titles(doc)


def test_pair_of_pictured_cards_in_a_navigation_box_is_related():
    """French "À lire ensuite" over two cards (picture and headline linking the story) in a
    box classed ``article-navigation`` under the text."""
    cards = "".join(f"<div class='card'><a href='/blog/{_slug(t)}'><img src='/i/{n}.jpg' alt=''></a>"
                    f"<p class='h5'><a href='/blog/{_slug(t)}'>{t}</a></p></div>"
                    for n, t in enumerate(TITLES["fr"][:2]))
    box = f"<div class='article-navigation'><h2>À lire ensuite</h2><div class='cards'>{cards}</div></div>"
    doc = parse(page(after=box, lang="fr"))
    assert "À lire ensuite" in titles(doc), titles(doc)
    (block,) = [r for r in doc.related if r.title == "À lire ensuite"]
    assert len(block.items) == 2


def test_menu_parts_stay_navigation():
    """What must NOT fire: a drop-down panel of stories under a header menu entry, a footer
    menu column of posts, a rail's section menu of short entries, and a "Recent comments"
    list whose links go to comments (``#comment-…``)."""
    panel = ("<nav class='main-nav'><ul class='menu'><li class='menu-item'><a href='/news/'>News</a>"
             f"<div class='mega-panel'><h4>Top stories</h4>{story_list('en')}</div></li>"
             "<li class='menu-item'><a href='/sport/'>Sport</a></li></ul></nav>")
    column = f"<nav class='footer-nav'><div class='col'><h3>Insights</h3>{story_list('en')}</div></nav>"
    sections = ("<nav class='section-menu'><h5>Secciones</h5><ul>" + "".join(
        f"<li><a href='/{s.lower()}/'>{s}</a></li>" for s in ("Noticias", "Opinión", "Deportes", "Cultura")) + "</ul></nav>")
    comments = ("<nav class='widget'><h5>Neueste Kommentare</h5><ul>" + "".join(
        f"<li>Anna bei <a href='/region/2024/{_slug(t)}#comment-{n}'>{t}</a></li>"
        for n, t in enumerate(TITLES["de"], 100)) + "</ul></nav>")
    for lang, kwargs in (("en", {"header": panel}), ("en", {"footer": column}), ("es", {"side": sections}),
                         ("de", {"side": comments})):
        doc = parse(page(lang=lang, **kwargs))
        assert titles(doc) == [], (lang, kwargs.keys(), titles(doc))
        assert all(p in doc.text() for p in ARTICLE_PARAS)
