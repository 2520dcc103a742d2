"""Related blocks found by their structure (issue 15, related recall): a post's one neighbour
(previous/next links of the first or last post), pointer lines in the text ("Check out our guide
to <a>…</a> here."), story lists a script fills (a related heading over an empty list), and the
site's own host told from a host the article cites. Pages written for the project; the
article's four paragraphs must stay the body (``parse_article``)."""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source

#: One neighbour post, marked by rel, by a class word or by its words, per language.
ONE_NEIGHBOUR = {
    "en": "<div class='post-links'><div class='nav-next'><a href='/2024/ferry-timetable-for-the-winter'>"
          "Ferry timetable for the winter</a></div></div>",
    "de": "<div class='beitrag-links'><a rel='prev' href='/2024/die-alte-mauer-am-hafen'>"
          "« Die alte Mauer am Hafen</a></div>",
    "es": "<div class='entrada'><a href='/blog/2024/el-puerto-reabre-sus-puertas'>Siguiente</a></div>",
    "fr": "<nav class='billets'><span class='precedent'><a href='/2024/le-vieux-quai-du-port'>"
          "Précédent</a></span></nav>",
}


@pytest.mark.parametrize("lang", sorted(ONE_NEIGHBOUR))
def test_the_first_or_last_post_has_one_neighbour_link(lang: str):
    """A region of one link to the neighbouring post, marked as previous/next (rel, a class
    word, or its words "Siguiente"/"Précédent"): one related block of one item, after the post."""
    raw = page(below=ONE_NEIGHBOUR[lang], lang=lang)
    doc = parse(raw)
    assert [(len(r.items), r.position.placement) for r in doc.related] == [(1, "after")]
    assert source(raw, doc.related[0].locator).get("class") in ("post-links", "beitrag-links", "entrada", "billets")


def test_a_disabled_previous_button_and_an_index_link_beside_the_next_link():
    """A chapter's navigation: a disabled "Previous Chapter" button, a link to the index of
    the work, a "Next Chapter" link: one related block."""
    nav = ("<div class='row buttons'><button disabled>Previous Chapter</button>"
           "<a href='/fiction/34/harbour-tales'>Fiction Index</a>"
           "<a href='/fiction/34/harbour-tales/chapter/2/the-storm'>Next Chapter</a></div>")
    doc = parse(page(below=nav))
    assert [len(r.items) for r in doc.related] == [2]


def test_a_link_to_the_blog_index_in_a_box_named_previous_is_no_neighbour():
    """"All articles" linking the blog above the page (its path a part of the page's), though
    its class says "prev": no related block."""
    nav = ("<div class='blog_next_prev'><a class='blog_prev' href='/2024'>All articles</a></div>")
    assert parse(page(below=nav)).related == []


def test_a_listing_pager_of_page_numbers_is_no_post_navigation():
    nav = "<div class='pages'><a href='/2024/harbour-wall/2'>2</a><a rel='next' href='/2024/harbour-wall/2'>Next</a></div>"
    assert parse(page(below=nav)).related == []


def test_a_post_pager_named_pagination_holds_the_neighbours():
    """Two links to the neighbouring posts (rel prev/next) in a box whose id says "pagination"
    (a word that otherwise names a listing's pager): one related block of two items."""
    nav = ("<div id='pagination' class='band'><div>« <a rel='prev' href='/2024/seven-ferries-for-the-island'>"
           "Seven ferries for the island</a></div><div><a rel='next' href='/2024/a-new-quay-for-the-fishers'>"
           "A new quay for the fishers</a> »</div></div>")
    doc = parse(page(below=nav))
    assert [len(r.items) for r in doc.related] == [2]


POINTER_LINES = {
    "en": "<p>Check out our complete guide to <a href='/guides/sea-wall-repairs'>sea wall repairs</a> here.</p>",
    "de": "<p>Lesen Sie unseren Ratgeber zur <a href='/ratgeber/hochwasserschutz'>Hochwasserschutz im Keller</a>.</p>",
    "es": "<p>Consulta nuestra guía sobre <a href='/guias/diques'>diques y muelles</a> para saber más.</p>",
    "fr": "<p>Consultez notre dossier sur <a href='/dossiers/digues'>les digues du littoral</a> ici.</p>",
}


@pytest.mark.parametrize("lang", sorted(POINTER_LINES))
def test_a_pointer_line_to_another_article_between_the_paragraphs(lang: str):
    """A one-sentence paragraph inviting the reader to another page of the site, its link
    near the end (a few words may follow: "here.", "para saber más."), the link's slug short:
    a related block of one item, inline; its words leave the body."""
    doc = parse(page(between=POINTER_LINES[lang], lang=lang))
    assert [(len(r.items), r.position.placement) for r in doc.related] == [(1, "inline")]


def test_a_line_leading_into_the_text_that_follows_stays_text():
    """"Check out our picks for <a>rental trucks</a> in the region:" introduces what follows:
    no related block (the line stays in the body)."""
    line = "<p>Check out our picks for <a href='/blog/best-rental-trucks'>rental moving trucks</a> in the region:</p>"
    doc = page(between=line)
    import syndicate

    parsed = syndicate.parse(doc, url="https://news.example.com/2024/harbour-wall")
    assert parsed.related == []
    assert "rental moving trucks" in parsed.text()


def test_a_read_more_label_before_a_short_slug_link():
    """"Read More: <a>…</a>" between the paragraphs, the link's slug two words (no article
    path by itself; the label says it is one): a related block."""
    line = ("<p><em>Read More</em>: <a href='/starting-a-podcast/'>Four real fears you "
            "might have about starting a harbour podcast</a></p>")
    doc = parse(page(between=line))
    assert [len(r.items) for r in doc.related] == [1]


SCRIPT_LISTS = {
    "en": ("Most read in World", "<ul></ul>"),
    "de": ("Meistgelesen", "<ol class='liste'></ol>"),
    "es": ("Lo más leído", "<ul data-list='top'></ul>"),
    "fr": ("Les plus lus", "<amp-list src='/api/top' layout='fixed-height' height='300'>"
           "<template type='amp-mustache'><a href='{{link}}'>{{title}}</a></template></amp-list>"),
}


@pytest.mark.parametrize("lang", sorted(SCRIPT_LISTS))
def test_a_related_heading_over_a_list_a_script_fills(lang: str):
    """A box in the side column: a related heading over an empty list (or an amp-list's
    template): a related block of no items yet, outside, reported around heading and list."""
    heading, lst = SCRIPT_LISTS[lang]
    box = f"<section class='box'><header><h3>{heading}</h3></header>{lst}</section>"
    raw = page(side=box, lang=lang)
    doc = parse(raw)
    assert [(r.title, len(r.items), r.position.placement) for r in doc.related] == [(heading, 0, "outside")]
    assert source(raw, doc.related[0].locator).tag == "section"


@pytest.mark.parametrize("box", [
    "<div class='table-of-contents'><h4>Topics covered in this story</h4><ul class='toc'></ul></div>",
    "<div class='widget'><h3>Recent comments</h3><ul></ul></div>",
    "<div class='box'><h3>Latest news</h3><p>Our editors pick the stories of the day for you, every "
    "morning, from the harbour and the islands.</p><ul></ul></div>",
])
def test_empty_lists_that_hold_no_stories(box: str):
    """A table of contents, a comments widget, a box with more than its heading: no block."""
    assert parse(page(side=box)).related == []


def test_a_shop_the_article_cites_most_is_not_the_site():
    """A round-up whose lists link a shop more often than the site links itself: the shop's
    product links are no related block (the site's host is its URL's); the site's own story
    list still is one."""
    shop = "".join(
        f"<ul><li><h2><a href='https://ropes.harbourgoods.org/{n}-harbour-rope/dp/B0{n}'>Harbour rope number {n} "
        f"strong</a></h2></li><li><h2><a href='https://ropes.harbourgoods.org/{n}-mooring-line/dp/B1{n}'>Mooring "
        f"line number {n} long</a></h2></li></ul>" for n in range(8))
    menu = "".join(f"<a href='https://news.example.com/{s}'>{s}</a>" for s in (
        "news", "sport", "region", "weather", "culture", "business", "travel", "science", "health", "food"))
    own = ("<div class='more'><h3>More stories</h3><ul>"
           "<li><a href='https://news.example.com/2024/new-ferry-for-the-island'>New ferry for the island</a></li>"
           "<li><a href='https://news.example.com/2024/fishers-get-a-new-quay'>Fishers get a new quay</a></li>"
           "</ul></div>")
    doc = parse(page(header=menu, after=shop, side=own))
    assert [r.title for r in doc.related] == ["More stories"]


#: A paragraph that is one link whose own text opens with a related label, per language.
LABEL_IN_LINK = {
    "en": ("Read next", "/2024/05/how-the-old-sea-wall-was-built-a-century-ago"),
    "de": ("Lesen Sie auch", "/2024/05/wie-die-alte-kaimauer-vor-hundert-jahren-entstand"),
    "es": ("También lea", "/2024/05/como-se-construyo-el-viejo-muelle-hace-un-siglo"),
    "fr": ("Lire aussi", "/2024/05/comment-le-vieux-quai-a-ete-construit-il-y-a-un-siecle"),
}


@pytest.mark.parametrize("lang", sorted(LABEL_IN_LINK))
def test_a_link_line_whose_text_opens_with_a_related_label_is_a_related_block(lang: str):
    """"<p><a>Lea también: Headline of another story</a></p>" between two paragraphs: the
    label is inside the link. One related block of one item titled by the label, inline."""
    label, href = LABEL_IN_LINK[lang]
    headline = " ".join(href.rsplit("/", 1)[1].split("-")).capitalize()
    raw = page(between=f"<p><em><a href='{href}'>{label}: {headline}</a></em></p>", lang=lang)
    doc = parse(raw)
    assert [(r.title, len(r.items), r.position.placement) for r in doc.related] == [(label, 1, "inline")]
