"""A list of stories set inside a box the page names a menu or a navigation
(``extract/menu_stories.py``): a side column's ``<nav>`` holding "Latest News" under its
heading, an "article-navigation" box of the next posts to read under the text. Each is a
related block; the same list in a navigation bar over the article, in a menu entry's panel
or under a heading that names no stories stays navigation. Small pages written for the project, in
English, Spanish and German.
"""

from __future__ import annotations

from regionpages import TEXTS, parse_intact

HEADLINES = {
    "en": ("Ferry timetable changes for the summer season", "New cycle path opens along the harbour front",
           "Council approves budget for the old lighthouse repairs"),
    "es": ("Cambia el horario del ferry para la temporada de verano", "Abre el nuevo carril bici junto al puerto",
           "El ayuntamiento aprueba el presupuesto para reparar el faro"),
    "de": ("Neuer Fahrplan für die Fähre in der Sommersaison", "Radweg an der Hafenpromenade wird eröffnet",
           "Stadtrat bewilligt Geld für die Reparatur des alten Leuchtturms"),
}
HEADINGS = {"en": "Latest News", "es": "Últimas noticias", "de": "Neueste Artikel"}


def story_list(lang: str, heading: str | None = None) -> str:
    items = "".join(f"<li><a href='/news/2024/05/{'-'.join(t.lower().split()[:5])}'>{t}</a></li>"
                    for t in HEADLINES[lang])
    return f"<div class='latest-list'><h3>{heading or HEADINGS[lang]}</h3><ul>{items}</ul></div>"


def page(lang: str, *, top: str = "", above: str = "", side: str = "", after: str = "", footer: str = "") -> bytes:
    p = [f"<p>{t}</p>" for t in TEXTS[lang]]
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Hafen</title></head><body>"
        f"<header class='site-header'><a href='/'>Home</a>{top}</header>"
        f"<div class='wrap'>{above}<main><article><h1>{TEXTS[lang][0][:40]}</h1><div class='entry-content'>"
        f"{''.join(p)}</div>{after}</article></main><div class='rail'>{side}</div></div>"
        f"<footer class='site-footer'>{footer}<p>© Example</p></footer></body></html>"
    ).encode()


def related(doc) -> list[tuple[str | None, int]]:
    return [(r.title, len(r.items)) for r in doc.related]


def test_headed_story_list_in_a_side_nav_is_related():
    """A side column's ``<nav>`` holding a headed list of three stories: one related block
    of three items, in English, Spanish and German."""
    for lang in ("en", "es", "de"):
        doc = parse_intact(page(lang, side=f"<nav class='side-nav'>{story_list(lang)}</nav>"), lang)
        assert related(doc) == [(HEADINGS[lang], 3)], (lang, related(doc))


def test_next_posts_in_an_article_navigation_box_is_related():
    """Under the text, a box classed "article-navigation" holding "Reading next" and two
    post cards (picture and headline): one related block of two items."""
    cards = "".join(
        f"<div class='card'><a href='/blog/{'-'.join(t.lower().split()[:5])}'><img src='/i/{i}.jpg' alt=''></a>"
        f"<h4><a href='/blog/{'-'.join(t.lower().split()[:5])}'>{t}</a></h4></div>"
        for i, t in enumerate(HEADLINES["en"][:2]))
    box = f"<div class='article-navigation'><h3>Reading next</h3><div class='cards'>{cards}</div></div>"
    doc = parse_intact(page("en", after=box), "en")
    assert related(doc) == [("Reading next", 2)], related(doc)


def test_story_lists_above_the_article_in_a_menu_entry_or_unnamed_stay_navigation():
    """The same list in a navigation bar standing over the article (below the site header),
    as the panel of a side menu's entry and in a side nav under a heading naming no stories
    ("Sections", "Rubriken"): no related block."""
    for lang, plain in (("en", "Sections"), ("de", "Rubriken")):
        bar = f"<nav class='top-nav'>{story_list(lang)}</nav>"
        assert related(parse_intact(page(lang, above=bar), lang)) == [], lang
        entry = f"<nav class='side-nav'><ul><li class='menu-item'><a href='/news/'>News</a>{story_list(lang)}</li></ul></nav>"
        assert related(parse_intact(page(lang, side=entry), lang)) == [], lang
        side = f"<nav class='side-nav'>{story_list(lang, heading=plain)}</nav>"
        assert related(parse_intact(page(lang, side=side), lang)) == [], lang
