"""Related blocks at the size of the widget (issue 15, unseen pages): a region stacking
several lists gives one block per list (columns under one heading stay one), headed slider
panes are one block each, the panes of one tab widget one block, a band of teaser cards
with a share tool under each card one block (no share CTAs), a paragraph of story links
below the text one block, a related-classed box of tag links none. Small pages written for
the project, chrome in Spanish, Polish, French, English and German.
"""

from __future__ import annotations

from pages import parse_article as parse
from regionpages import page, source, stories


def cards(*titles: str, section: str = "noticias", share: bool = False) -> str:
    """Teaser cards: a picture linking the story, its headline, a share tool (optional)."""
    out = []
    for t in titles:
        url = f"/{section}/2024/5/3/{'-'.join(t.lower().split())}-33{len(t)}.html"
        tool = ("<div class='share-tool'><a href=\"javascript:Popup('https://www.facebook.com/sharer/sharer.php"
                f"?u=https://news.example.com{url}')\" title='Compartir en Facebook' class='ico-fb'></a>"
                "<a href=\"javascript:Popup('https://twitter.com/intent/tweet"
                f"?url=https://news.example.com{url}')\" title='Compartir en Twitter' class='ico-tw'></a></div>"
                ) if share else ""
        out.append(f"<div class='col'><article class='teaser'><div class='photo'><a href='{url}'>"
                   f"<img src='/img/{len(t)}.jpg' alt=''></a></div><h2 class='title'><a href='{url}'>{t}</a></h2>"
                   f"<footer><small>Sección</small>{tool}</footer></article></div>")
    return "".join(out)


def test_a_rail_of_different_boxes_gives_one_block_per_box():
    """A side column stacking a tabbed box (its tab labels are links, no heading) and a
    heading-less list of Spanish story cards: two blocks, not one block of the column."""
    rail = ("<div class='sidebar-inner'><div><aside class='tabbed'><ul class='tabs-head'>"
            "<li><a href='#destacadas'>Destacadas</a></li><li><a href='#populares'>Populares</a></li></ul>"
            "<div id='destacadas'>"
            + stories("El ayuntamiento aprueba el nuevo presupuesto", "Las obras del puerto empiezan en abril",
                      section="es")
            + "</div><div id='populares'></div></aside></div><hr><div class='latest'>"
            + cards("Los pescadores piden más ayudas al gobierno", "El muelle norte será reparado este verano")
            + "</div></div>")
    raw = page(side=rail, lang="es")
    doc = parse(raw)
    assert [source(raw, r.locator).get("class") for r in doc.related] == ["tabbed", "latest"]
    assert [len(r.items) for r in doc.related] == [2, 2]


def test_columns_under_one_heading_stay_one_block():
    """Two columns of one list under one Polish heading: one block with all four stories."""
    after = ("<section class='more'><h2>Czytaj także</h2><div class='cols'><div class='col-a'>"
             + stories("Nowy prom dla mieszkańców wyspy", "Sztorm znowu uderza w wybrzeże", section="pl")
             + "</div><div class='col-b'>"
             + stories("Port rybacki znów otwarty dla łodzi", "Wały zostaną wzmocnione tej zimy", section="pl")
             + "</div></div></section>")
    raw = page(after=after, lang="pl")
    (rel,) = parse(raw).related
    assert source(raw, rel.locator).get("class") == "more"
    assert rel.title == "Czytaj także" and len(rel.items) == 4


def test_slider_panes_with_their_own_headings_are_two_blocks():
    """A related-classed band whose two panes each carry a French heading of their own."""
    def pane(heading: str, *titles: str) -> str:
        return f"<li class='pane'><h2>{heading}</h2>" + stories(*titles, section="fr") + "</li>"
    after = ("<section class='news-related'><div class='container'><ul class='slider'>"
             + pane("Articles liés", "Le port de pêche rouvre ses portes", "Les digues seront renforcées cet hiver")
             + pane("Recommandé pour vous", "La mairie vote le nouveau budget", "Les travaux du port débutent en avril")
             + "</ul></div></section>")
    raw = page(after=after, lang="fr")
    doc = parse(raw)
    assert [r.title for r in doc.related] == ["Articles liés", "Recommandé pour vous"]
    assert [source(raw, r.locator).get("class") for r in doc.related] == ["pane", "pane"]
    assert [len(r.items) for r in doc.related] == [2, 2]


def test_panes_of_one_tab_widget_are_one_block():
    """"Latest | Most read" tabs linking their panes by #id, under a box heading: one block
    at the box, with the stories of both panes."""
    rail = ("<div class='tabs-box'><h4>News</h4><div class='tabs'><ul class='tabs-head'>"
            "<li><a href='#latest-tab'>Latest</a></li><li><a href='#mostread-tab'>Most read</a></li></ul>"
            "<div class='pane' id='latest-tab'>"
            + stories("Ferry timetable changes for the winter season", "Lifeboat crew rescues three sailors")
            + "</div><div class='pane' id='mostread-tab'>"
            + stories("Divers inspect the old harbour foundations", "Council approves the new budget plan")
            + "</div></div></div>")
    raw = page(side=rail)
    (rel,) = parse(raw).related
    assert source(raw, rel.locator).get("class") == "tabs-box"
    assert len(rel.items) == 4 and rel.position.placement == "outside"


def test_a_band_of_teaser_cards_with_share_tools_is_one_block_without_ctas():
    """Three Spanish teaser cards below the article, each with a share tool sharing its own
    story: one related block of three stories; the cards' share tools are no CTAs."""
    after = ("<div class='nota'><section class='relacionadas'><header><h2>Otras noticias</h2></header>"
             "<div class='scroll'>"
             + cards("Luego del temporal el puerto vuelve a abrir", "El muelle norte será reparado este verano",
                     "Los pescadores piden más ayudas al gobierno", share=True)
             + "</div></section></div>")
    raw = page(after=after, lang="es")
    doc = parse(raw)
    (rel,) = doc.related
    assert rel.title == "Otras noticias"
    assert [i.title for i in rel.items] == ["Luego del temporal el puerto vuelve a abrir",
                                            "El muelle norte será reparado este verano",
                                            "Los pescadores piden más ayudas al gobierno"]
    assert [c for c in doc.ctas if c.kind == "share"] == []


def test_a_paragraph_of_story_links_below_the_text_is_one_block():
    """A German "NICHT VERPASSEN" label over a paragraph made of three headlines (with
    bracketed labels between them): one related block of three stories, titled by the label."""
    links = "".join(
        f"<a href='/de/2024/{'-'.join(t.lower().split())}-{n}'>{t}</a> [{label}]<br>"
        for n, (t, label) in enumerate((("Neue Fähre für die Inselbewohner ab Mai im Einsatz", "VIDEO"),
                                        ("Sturmflut trifft die Küste erneut mit voller Wucht", "ANALYSE"),
                                        ("Die Deiche an der Küste werden im Winter verstärkt", "REAKTION"))))
    after = f"<p><strong>NICHT VERPASSEN</strong></p><p>{links}</p>"
    raw = page(after=after, lang="de")
    (rel,) = parse(raw).related
    assert source(raw, rel.locator).tag == "p"
    assert rel.title == "NICHT VERPASSEN"
    assert [i.title for i in rel.items] == ["Neue Fähre für die Inselbewohner ab Mai im Einsatz",
                                            "Sturmflut trifft die Küste erneut mit voller Wucht",
                                            "Die Deiche an der Küste werden im Winter verstärkt"]


def test_a_related_classed_box_of_tag_links_is_no_related_block():
    """A "related-entities" box whose links are tag names to tag pages (English, Polish):
    no related block; the same box with story links is one."""
    tags = ("<div class='related-entities'><a href='/latest/china'>China</a> "
            "<a href='/tag/polityka-lokalna'>Polityka lokalna</a></div>")
    assert parse(page(after=tags)).related == []
    stories_box = "<div class='related-entities'>" + stories(
        "Ferry timetable changes for the winter season", "Lifeboat crew rescues three sailors") + "</div>"
    (rel,) = parse(page(after=stories_box)).related
    assert len(rel.items) == 2
    # A short title linking an item by its id ("?vid=565167712") or an article slug is a story.
    video = ("<div class='related-entities'><a href='/video/?vid=565167712'>Signing Day 2019</a> "
             "<a href='/2016/07/pickled-brussels-sprouts-recipe/'>Pickled Brussels Sprouts Recipe</a></div>")
    (rel,) = parse(page(after=video)).related
    assert len(rel.items) == 2


#: (heading of a box whose list a script fills, heading of a list box), per language.
STACK_HEADINGS = {
    "en": ("Most read", "Latest videos"),
    "de": ("Meistgelesen", "Neueste Videos"),
    "fr": ("Les plus lus", "Dernières vidéos"),
    "es": ("Lo más leído", "Últimos vídeos"),
}


def test_a_rail_stacking_an_empty_box_and_two_lists_gives_one_block_per_list():
    """A side column of boxes of one design ("box"): a headed box whose list a script fills
    (no links yet), a headed list and an unheaded list, with an ad slot's script between.
    The empty box is one more box, no heading over the column: each list is its own block,
    and the ad's script text titles none of them."""
    for lang, (empty, videos) in STACK_HEADINGS.items():
        rail = (f"<section class='box most-read'><h3>{empty}</h3><ul class='list'></ul></section>"
                f"<section class='box videos'><h3>{videos}</h3>"
                + stories("Storm warning for the coast tonight", "New bus line to the harbour opens",
                          "Lighthouse museum reopens in spring", section="video")
                + "</section><div class='slot'><script>googletag.cmd.push(function(){googletag.display('ad-4')})"
                "</script></div><section class='box news'>"
                + stories("Ferry timetable changes for the winter", "Fish market moves to the old sheds",
                          "Rowing club wins the county regatta", "School roof repaired after the storm",
                          section="local") + "</section>")
        raw = page(side=f"<aside class='column'>{rail}</aside>", lang=lang)
        doc = parse(raw)
        got = sorted((r.title or "", len(r.items)) for r in doc.related if r.items)
        assert got == sorted([(videos, 3), ("", 4)]), lang
