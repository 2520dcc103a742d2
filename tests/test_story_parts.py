"""Related blocks stop at what holds their stories (issue 15, blocks built too high): a box
holding a share box or a "Latest tweets" box beside its story list is cut into its parts
(``story_parts``); a heading standing before each of two lists makes two blocks
(``related_parts``); a side column's heading line before a list heads that list
(``widget_stack``). A heading with a "View all" link, a line of topic links in a list and a
list of teasers stay one block. Small pages written for the project, chrome in English,
German, French and Spanish.
"""

from __future__ import annotations

import lxml.html

from pages import parse_article as parse
from regionpages import page, source, stories
from syndicate.extract.story_parts import story_parts


def cards(*titles: str, section: str = "news") -> str:
    """Story cards: a picture and a headline linking the story."""
    out = []
    for t in titles:
        url = f"/{section}/2024/05/{'-'.join(t.lower().split())}"
        out.append(f"<div class='card'><a href='{url}'><img src='/img/{len(t)}.jpg' alt=''></a>"
                   f"<h3><a href='{url}'>{t}</a></h3></div>")
    return "".join(out)


def teasers(*titles: str) -> str:
    """Teasers: a picture (no link) over a headline linking the story."""
    return "".join(f"<div class='views-row'><article class='teaser'><div class='pic'><img src='/i/{len(t)}.jpg' alt=''>"
                   f"</div><h2 class='headline'><a href='/news/2024/05/{'-'.join(t.lower().split())}'><span>{t}</span>"
                   "</a></h2></article></div>" for t in titles)


def test_a_share_box_beside_the_stories_is_left_out_of_the_block():
    """German: a box under the article holding a share box (icon buttons a script drives,
    no link) and a box of stories under their own heading: the block is the stories' box,
    the share box a share CTA of its own."""
    share = ("<div class='block block-tools'><h2>Teilen</h2><span class='kit'>" + "".join(
        f"<button class='btn btn-{n}'><span class='icon icon-{n}'></span></button>"
        for n in ("facebook", "twitter", "linkedin", "email")) + "</span></div>")
    related = ("<div class='block block-views'><h2>Aus der Redaktion</h2><div class='view'>"
               + teasers("Neuer Fahrplan für die Sommerfähre", "Sturmschäden an der Uferstraße",
                         "Seenotretter für nächtliche Rettung geehrt")
               + "</div></div>")
    raw = page(below=f"<div class='sidebar-wrapper'>{share}{related}</div>", lang="de")
    doc = parse(raw)
    (rel,) = doc.related
    assert source(raw, rel.locator).get("class") == "block block-views"
    assert len(rel.items) == 3
    assert [(source(raw, c.locator).get("class"), c.kind) for c in doc.ctas] == [("block block-tools", "share")]


def test_a_twitter_box_beside_a_gallery_list_is_left_out_of_the_block():
    """Spanish: a column under the article stacking a list of photo galleries and a box
    linking the town's Twitter account under its own heading: the galleries are the block."""
    galleries = ("<div class='teaser-box galleries'><div class='inner'><h3>Galerías de fotos</h3>"
                 + stories("El nuevo muelle en obras", "El temporal en el paseo marítimo",
                           "El puerto de noche", section="fotos")
                 + "</div></div>")
    twitter = ("<div class='teaser-box html'><div class='inner'><h3>Puerto Alto en Twitter</h3>"
               "<a href='https://twitter.com/puertoalto'>Sigue a @puertoalto</a>"
               "<a href='https://twitter.com/puertoalto/lists'>Todos los canales</a></div></div>")
    raw = page(below=f"<div class='col-4'>{galleries}{twitter}</div>", lang="es")
    (rel,) = parse(raw).related
    assert rel.title == "Galerías de fotos" and len(rel.items) == 3
    block = source(raw, rel.locator)
    assert "Twitter" not in block.text_content() and "Galerías" in block.text_content()


def test_a_heading_before_each_list_makes_two_blocks():
    """French: one box holding two lists, each under a heading of its own standing before it
    (the first heading links the author's page): two blocks, one per list."""
    box = ("<div class='more-posts'><h2>Plus d’articles de <a href='/auteur/marie-dupont'>Marie Dupont</a></h2>"
           + stories("Le quai sera reconstruit avant la fin du mois", "Les pêcheurs demandent des aides",
                     "Un nouveau bac pour les îles", section="fr")
           + "<h2>Dernières nouvelles</h2>"
           + stories("La tempête a frappé la côte cette nuit", "Le port de pêche rouvre ses portes",
                     "Les digues seront renforcées cet hiver", section="fr")
           + "</div>")
    raw = page(after=box, lang="fr")
    doc = parse(raw)
    assert [source(raw, r.locator).tag for r in doc.related] == ["ul", "ul"]
    assert [len(r.items) for r in doc.related] == [3, 3]


def test_a_side_column_found_by_its_heading_keeps_only_its_lists():
    """English: a side column found by its "Related Articles" heading stacks a promo card,
    a box of resource links, a box of related articles and, under a heading standing before
    it, a list of related articles: two blocks (the two lists), not the column."""
    def points(*titles: str) -> str:
        return "".join(f"<p class='point'><a href='/news/2024/{'-'.join(t.lower().split())}'>{t}</a></p>"
                       for t in titles)
    thumbs = "".join(f"<li><a href='/news/2024/{'-'.join(t.lower().split())}'><img src='/i/{len(t)}.jpg' alt=''></a>"
                     f"<a href='/news/2024/{'-'.join(t.lower().split())}'>{t}</a></li>"
                     for t in ("Fishermen ask for more help", "North pier to be repaired this summer",
                               "A new ferry for the islands"))
    rail = ("<section class='sidebar'><div><div class='info-card'><h4>How well do you know the harbour?</h4>"
            "<p>Take the free quiz and find out.</p><a class='btn' href='/quiz'>Take the quiz</a></div></div>"
            "<div class='free-resource'><h2>Free resources</h2><p class='point'><a href='/resources/guide'>Harbour guide"
            "</a></p><p class='point'><a href='/resources/map'>Map</a></p><p class='point'><a href='/resources/times'>"
            "Timetables</a></p></div><div class='free-resource'><h2>Related Articles</h2>"
            + points("Council approves the harbour budget", "Works on the port start in April",
                     "The fish market will open on Sundays")
            + f"</div><h3 class='related-art'>Related Articles</h3><ul class='article-list'>{thumbs}</ul></section>")
    raw = page(side=rail)
    doc = parse(raw)
    assert [(source(raw, r.locator).tag, len(r.items)) for r in doc.related] == [("div", 3), ("ul", 3)]


def test_a_heading_with_a_view_all_link_stays_with_its_list():
    """English: a box whose heading line carries a "View all" link over a list of cards is
    one block (the heading's box holds one link: no widget of its own)."""
    box = ("<section class='more-news'><div class='head'><h2>More from the coast</h2>"
           "<a href='/coast'>View all</a></div><div class='grid'>"
           + cards("New ferry timetable for the summer", "Storm damage along the coast road",
                   "Lifeboat crew honoured for a night rescue")
           + "</div></section>")
    raw = page(below=box)
    (rel,) = parse(raw).related
    assert source(raw, rel.locator).get("class") == "more-news" and len(rel.items) == 3


def test_what_is_no_widget_beside_stories():
    """A list's entries are its items (a German line of topic links among them); a card
    whose link is no article path, headed by its linked title, is a teaser; a follow box
    under its heading is a widget beside a headed list only; share controls beside any."""
    hosts = frozenset({"news.example.org"})
    topic = lxml.html.fromstring(
        "<ul><li><a href='/region/2024/die-neue-kaimauer-im-bau'>Die neue Kaimauer im Bau, 04.06.2024</a></li>"
        "<li><a href='/region/2024/sturmflut-an-der-uferstrasse'>Sturmflut an der Uferstraße, 04.12.2023</a></li>"
        "<li><strong>Alle Meldungen zum Thema</strong><a href='/thema/hafen'>Hafen</a>"
        "<a href='/thema/kueste'>Küste</a></li></ul>")
    assert story_parts(topic, hosts, {}) == []
    teasers = lxml.html.fromstring(
        "<div><div class='row'><h4><a href='/region/2024/die-neue-kaimauer-im-bau'>Die neue Kaimauer</a></h4>"
        "<p>Der Bau beginnt im Frühjahr.</p></div>"
        "<div class='row'><h4><a href='/fix'>Fix</a></h4><p>Die Stadt ruft zur Beteiligung auf, "
        "<a href='/mitmachen'>hier mitmachen</a>.</p></div></div>")
    assert story_parts(teasers, hosts, {}) == []
    follow = ("<div><div><h3>Auf Twitter</h3><a href='https://twitter.com/hafenberg'>@hafenberg</a></div>"
              "<div>{}<a href='/region/2024/die-neue-kaimauer-im-bau'>Die neue Kaimauer im Bau beginnt</a></div></div>")
    assert len(story_parts(lxml.html.fromstring(follow.format("<h3>Neu im Hafen</h3>")), hosts, {})) == 1
    # (a heading box over an unheaded list: the region's heading over the list's filters)
    assert story_parts(lxml.html.fromstring(follow.format("")), hosts, {}) == []
    filters = lxml.html.fromstring(
        "<div><div class='head'><div class='title'>Der Ticker</div><a href='/sport'>Sport</a><a href='/kultur'>Kultur</a>"
        "</div><ul><li><a href='/region/2024/die-neue-kaimauer-im-bau'>Die neue Kaimauer im Bau beginnt</a></li>"
        "<li><a href='/region/2024/sturmflut-an-der-uferstrasse'>Sturmflut an der Uferstraße im Winter</a></li></ul></div>")
    assert story_parts(filters, hosts, {}) == []
    share = lxml.html.fromstring(
        "<div><div><button class='btn-facebook'></button><button class='btn-twitter'></button></div>"
        "<div><a href='/region/2024/die-neue-kaimauer-im-bau'>Die neue Kaimauer im Bau beginnt</a></div></div>")
    assert len(story_parts(share, hosts, {})) == 1  # (share controls: a widget beside any list)
