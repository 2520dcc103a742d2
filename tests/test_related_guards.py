"""Guards against link blocks found as related content that are some other kind of block
(``extract/related_guards.py``): a carousel's arrows or a link to the page itself, a
gallery or downloads, a byline or an author's card, a tag list or a table of contents, a
menu, a row of buttons. Small pages written for the project, in English, German,
French, Spanish and Polish.

Each page test reads the page twice: with the guards (no related block) and with them
switched off (the block the guard removes is found), so that it fails when the guard does
not act. The guard tests ask ``guard`` about one element of a small page, beside a story
list of headlines that no guard names.
"""

from __future__ import annotations

import lxml.html
import pytest

import syndicate.extract.related_guards as guards
from regionpages import TEXTS, page, related_unguarded
from syndicate.extract import linklists
from syndicate.extract.related import build_related

BASE = "https://news.example.org/2024/hafen"


def _guarded(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """No related block with the guards; one without them."""
    assert len(related_unguarded(raw, True, monkeypatch)) == 1
    assert related_unguarded(raw, False, monkeypatch) == []


def _article(lang: str, pre: str = "", post: str = "") -> bytes:
    """An article whose headline stands in a wrapper before ``pre``, its text after it."""
    text = "".join(f"<p>{x}</p>" for x in TEXTS[lang])
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>x</title></head>"
            f"<body><div class='wrap'><main><article class='publication'><div class='content'>"
            f"<div class='field-title'><h1>Kaimauer wird erneuert</h1></div>{pre}"
            f"<div class='field-body'>{text}</div>{post}</div></article></main></div></body></html>").encode()


def _ask(block: str, lang: str = "en", where: str = "after") -> str | None:
    """What ``guard`` says of the element ``#x`` of ``block``, laid ``where`` in a page."""
    root = lxml.html.fromstring(page(**{where: block}, lang=lang))
    (el,) = root.xpath("//*[@id='x']")
    paras = root.xpath("//article//p")
    order = {node: i for i, node in enumerate(root.iter())}
    return guards.guard(el, build_related(el, BASE), BASE, frozenset({"news.example.org/2024/hafen"}),
                        order[paras[0]], order, (paras[0], paras[-1]))


#: A story list of headlines: no guard names it, wherever it stands.
STORIES = ("<div id='x' class='box'><h3>{h}</h3><ul>"
           "<li><a href='/region/2024/faehre-faehrt-nach-drei-wochen-wieder-nach-plan'>Fähre fährt nach "
           "drei Wochen wieder nach Plan</a></li>"
           "<li><a href='/sport/2024/ruderverein-gewinnt-zum-dritten-mal-die-regatta'>Ruderverein gewinnt "
           "zum dritten Mal die Regatta</a></li>"
           "<li><a href='/wirtschaft/2024/fischmarkt-zieht-in-den-alten-lokschuppen'>Fischmarkt zieht in "
           "den alten Lokschuppen</a></li></ul></div>")


@pytest.mark.parametrize("where", ["after", "below", "side", "footer", "top"])
def test_a_story_list_of_headlines_is_named_by_no_guard(where: str):
    assert _ask(STORIES.format(h="Mehr zum Thema"), "de", where) is None


# ---------------------------------------------------------------- self_links


@pytest.mark.parametrize("lang,prev,nxt", [("en", "Previous", "Next"), ("de", "Zurück", "Weiter")])
def test_a_carousels_in_page_arrows_are_no_related_block(lang: str, prev: str, nxt: str,
                                                         monkeypatch: pytest.MonkeyPatch):
    """A slideshow under the text whose only links are its arrows to its own anchor."""
    slides = (f"<div id='slides' class='carousel'><div class='inner'><img src='/img/a.jpg' alt=''>"
              f"<img src='/img/b.jpg' alt=''></div><a href='#slides' class='prev'>{prev}</a>"
              f"<a href='#slides' class='next'>{nxt}</a></div>")
    _guarded(page(after=slides, lang=lang), monkeypatch)


def test_a_thread_title_linking_the_page_itself_is_no_related_block(monkeypatch: pytest.MonkeyPatch):
    """The thread's title repeated as a link to the page's own (canonical) address, with a
    session query the page URL lacks."""
    own = "https://news.example.org/2024/hafen?s=22c0955"
    head = f"<div class='thread-head'><h2><a href='{own}'>Kaimauer wird bis zum Herbst erneuert</a></h2></div>"
    raw = page(between=head, lang="de").replace(b"</head>", f"<link rel='canonical' href='{own}'></head>".encode())
    # (the region pass reads such a link as no story already: ``own_pages``; off here, so
    # that the guard is what is tested)
    monkeypatch.setattr(linklists, "own_link", lambda *a: False)
    _guarded(raw, monkeypatch)


# ---------------------------------------------------------------- files


def test_downloads_are_no_related_block(monkeypatch: pytest.MonkeyPatch):
    """A "Downloads" box of two PDF files under the article (German)."""
    box = ("<section class='downloads'><h2>Downloads</h2><ul>"
           "<li><a href='/files/kaimauer-gutachten-2024.pdf'>Gutachten zur Kaimauer (PDF, 2 MB)</a></li>"
           "<li><a href='/files/bauplan-kaimauer.pdf'>Bauplan der neuen Kaimauer (PDF)</a></li></ul></section>")
    _guarded(page(after=box, lang="de"), monkeypatch)


def test_a_photo_viewers_pictures_are_no_related_block(monkeypatch: pytest.MonkeyPatch):
    """Four untitled pictures linking one gallery page, one query each, and its "View all"
    link (English)."""
    pics = "".join(f"<div class='item'><a href='/gallery/harbour-wall?id={i}'><img src='/media/{i}.jpg' alt=''></a></div>"
                   for i in range(1, 5))
    _guarded(page(after=f"<div class='photos'>{pics}<a href='/gallery/harbour-wall?id=1'>View all (4)</a></div>"),
             monkeypatch)


# ---------------------------------------------------------------- byline


def test_an_institutes_box_before_the_text_is_no_related_block(monkeypatch: pytest.MonkeyPatch):
    """The editorial team's box under the headline, its one link to the team's page (German)."""
    box = ("<div class='article-institute'><a href='/de/ueber-uns/redaktion-lwf'><img src='/files/lwf.svg' "
           "alt='Landesanstalt'><span><strong>Redaktion</strong><br> Bayerische Landesanstalt für Wald</span></a></div>")
    _guarded(_article("de", pre=box), monkeypatch)


def test_an_author_card_after_the_text_is_no_related_block(monkeypatch: pytest.MonkeyPatch):
    """The author's card under the text, linking her staff page (English)."""
    card = ("<div class='writer'><a href='/staff/jane-doe'><img src='/img/jane.jpg' alt='Jane Doe'>"
            "<span>Jane Doe, harbour and coast reporter</span></a></div>")
    _guarded(_article("en", post=card), monkeypatch)


@pytest.mark.parametrize("block,lang", [
    ("<div id='x' class='field-autorzy'><div><a href='/pl/eksperci/jan-kowalski'>Jan Kowalski</a></div>"
     "<div><a href='/pl/eksperci/anna-nowak'>Anna Nowak</a></div></div>", "en"),
    ("<p id='x' class='infos'>Par <a href='/auteurs/jean-dupont_123/'>Jean Dupont</a> le "
     "<a href='/index/2024/05/14/'>14.05.2024 à 11h46</a></p>", "fr"),
])
def test_links_to_authors_pages_make_a_byline(block: str, lang: str):
    """Experts' pages (Polish), an author's page and a day's archive (French)."""
    assert _ask(block, lang, "between") == "byline"


def test_a_date_line_in_the_header_zone_makes_a_byline():
    """A topic link beside a publication date, before the text (German)."""
    head = ("<div id='x' class='head'><p><a href='/specials/kaimauer'>Kaimauer - Specials</a></p>"
            "<p class='date' itemprop='datePublished' content='2024-05-01'>Mai 2024</p></div>")
    root = lxml.html.fromstring(_article("de", pre=head))
    (el,) = root.xpath("//*[@id='x']")
    paras = root.xpath("//div[@class='field-body']/p")
    order = {node: i for i, node in enumerate(root.iter())}
    args = (BASE, frozenset(), order[paras[0]], order, (paras[0], paras[-1]))
    assert guards.guard(el, build_related(el, BASE), *args) == "byline"
    assert guards.guard(el, build_related(el, BASE), BASE, frozenset(), 0, order,
                        (paras[0], paras[-1])) is None  # (the same where the text starts before it: kept)


# ---------------------------------------------------------------- labels


@pytest.mark.parametrize("block,lang", [
    ("<div id='x'><h3>Tags:</h3><div> • <a href='/entdecken/kaimauer'>Kaimauer</a> • "
     "<a href='/entdecken/hochwasserschutz'>Hochwasserschutz</a> • <a href='/entdecken/faehren'>Fähren</a></div></div>", "de"),
    ("<div id='x' class='bloc'><span class='title'>Personnalités</span>"
     "<a href='/tag_personnalite/jean-dupont_1/'>Jean Dupont</a> <a href='/tag_personnalite/marie-curie_2/'>Marie Curie</a>"
     "<a href='/tag_personnalite/paul-martin_3/'>Paul Martin</a></div>", "fr"),
    ("<div id='x'><h4>Sommaire</h4><ul><li><a href='#cout'>Le coût du chantier</a></li>"
     "<li><a href='#travaux'>Le calendrier des travaux</a></li><li><a href='/guide/quais-et-ports-de-la-region'>"
     "Le guide complet des quais et des ports de la région</a></li></ul></div>", "fr"),
    ("<div id='x'><h2>Related topics</h2><ul><li><a href='/place/eastmere/'>EASTMERE</a></li>"
     "<li><a href='/tag/flooding/'>FLOODING</a></li><li><a href='/tag/sea-walls/'>SEA WALLS</a></li></ul></div>", "en"),
])
def test_tag_lists_and_tables_of_contents_are_labels(block: str, lang: str):
    assert _ask(block, lang, "side") == "labels"


def test_related_topics_over_headlines_is_a_related_block():
    """"Related topics" over story headlines: no tag list."""
    assert _ask(STORIES.format(h="Related topics"), "en", "below") is None


# ---------------------------------------------------------------- menu


@pytest.mark.parametrize("block,lang", [
    ("<ul id='topnav'><li><a href='/'>Start</a></li><li><a href='/guides'>Alle Guides</a><ul id='x' class='children'>"
    "<li><a href='/guides/segeln'>Segeln lernen</a></li><li><a href='/guides/rudern'>Rudern lernen</a></li>"
    "<li><a href='/guides/angeln'>Angeln am Hafen</a></li></ul></li></ul>", "de"),
    ("<div id='mainnav' class='b-mainnav'><div class='l-wrap'><ul id='x'><li><a href='/radio_harbour/'>Harbour Hour</a></li>"
    "<li><a href='/radio_coast/'>Coast Talk</a></li><li><a href='/radio_sea/'>The Sea Show</a></li></ul></div></div>", "en"),
    ("<div id='x'><h2>Pages</h2><ul><li><a href='/guide/sea-walls' aria-current='page'>Guide: sea walls</a></li>"
    "<li><a href='/guide/sea-walls/costs'>Step 1 - What a wall costs</a></li>"
    "<li><a href='/guide/sea-walls/storms'>Step 2 - Walls in winter storms</a></li></ul></div>", "en"),
])
def test_menus_and_sub_menus_are_no_related_blocks(block: str, lang: str):
    """A German page menu's sub-menu, an English site's second-level menu (id "mainnav"),
    an English guide's page list marking the current page."""
    assert _ask(block, lang, "header") == "menu"


@pytest.mark.parametrize("block,lang", [
    ("<aside id='x' class='section'><button type='button' aria-label='MENU'><span class='icon'></span></button>"
    "<div class='collapse'><nav class='block'><ul><li><a href='/students'>Students</a></li>"
    "<li><a href='/students/team'>Meet our team</a></li><li><a href='/students/care'>Communities of care</a></li>"
    "<li><a href='/students/health'>Mental health resources</a></li></ul></nav></div></aside>", "en"),
    ("<div id='x' class='modal-content'><div class='modal-body'>"
    "<div><p><a href='/particulares/resumen' role='menuitem'>Particulares</a></p></div>"
    "<div><p><a href='/empresas/que-ofrecemos' role='menuitem'>Empresas y autónomos</a></p></div>"
    "<div><p><a href='/asesores/que-ofrecemos' role='menuitem'>Asesores financieros</a></p></div></div></div>", "es"),
    ("<section id='x' class='widget'><h2>Pages</h2><div role='navigation'><ul><li><a href='/a-propos/'>À propos</a></li>"
    "<li><a href='/contact/'>Contact</a></li><li><a href='/port/horaires/'>Horaires du port</a></li></ul></div>"
    "</section>", "fr"),
])
def test_a_block_holding_a_menu_is_no_related_block(block: str, lang: str):
    """An English sidebar holding its section menu (a ``<nav>``) under a toggle button; a
    Spanish dialog of ``role=menuitem`` links; a French "Pages" widget holding a navigation."""
    assert _ask(block, lang, "side") == "menu"


def test_recent_posts_in_a_navigation_stay_related():
    """A "Recent posts" widget whose list a ``<nav>`` holds (WordPress's): named so, related."""
    box = STORIES.format(h="Recent posts").replace("<ul>", "<nav aria-label='Recent posts'><ul>").replace(
        "</ul>", "</ul></nav>")
    assert _ask(box, "en", "side") is None


def test_a_related_list_in_a_drop_down_box_stays():
    """A "Related articles" box whose wrapper is named a drop-down: a related block."""
    box = STORIES.format(h="Related articles").replace("<div id='x' class='box'>",
                                                       "<div class='articles-dropdown'><div id='x' class='box'>") + "</div>"
    assert _ask(box, "en", "side") is None


# ---------------------------------------------------------------- buttons


@pytest.mark.parametrize("labels,lang", [
    (("VISUAL MARKETING", "ONLINE BUSINESS"), "en"),
    (("Prueba gratis", "Ver la reseña"), "es"),
])
def test_a_row_of_buttons_is_no_related_block(labels: tuple[str, str], lang: str):
    row = ("<div id='x' class='row'>" + "".join(
        f"<div class='col'><a href='/offers/{i}-harbour-course/' class='elementor-button' role='button'>"
        f"<span>{t}</span></a></div>" for i, t in enumerate(labels)) + "</div>")
    assert _ask(row, lang, "after") == "buttons"


def test_next_chapter_buttons_are_a_posts_neighbours():
    row = ("<div id='x'><a class='btn' href='/fiction/harbour/chapter-1'>Previous chapter</a>"
           "<a class='btn' href='/fiction/harbour/chapter-3'>Next chapter</a></div>")
    assert _ask(row, "en", "after") is None
