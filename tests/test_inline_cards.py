"""One-story cards standing in the article's text (placement ``inline``): an inset card built
as an ``<article>`` ("TAMBIÉN LEA" over a headline and a picture), a WordPress post embed
(``blockquote.wp-embedded-content``), a quoted "Read: <headline>" line. Each is a related
block of one item, out of the body; a quote with running text stays body, and a hero header
holding the page's own title under a back link is no card. Small pages written for the
project, in Spanish, English and German.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import page, parse


def _related(raw: bytes) -> list[tuple[int, str | None, str]]:
    doc = parse(raw)
    return [(len(r.items), r.items[0].url if r.items else None, r.position.placement) for r in doc.related]


def test_an_inset_card_built_as_an_article_is_a_related_block():
    """Spanish: an ``<article>`` card between two paragraphs ("TAMBIÉN LEA", a headline
    linking another story of the site, the same link around its picture)."""
    card = ("<article class='contenido mini'><header><span class='etiqueta'>TAMBIÉN LEA</span>"
            "<h4><a href='/economia/2024/el-puerto-recibe-una-nueva-grua-para-contenedores/'>"
            "El puerto recibe una nueva grúa para los contenedores del muelle norte</a></h4></header>"
            "<div><a href='/economia/2024/el-puerto-recibe-una-nueva-grua-para-contenedores/'>"
            "<img src='/i/grua.jpg' alt=''></a></div></article>")
    raw = page(between=card, lang="es")
    assert _related(raw) == [
        (1, "https://news.example.org/economia/2024/el-puerto-recibe-una-nueva-grua-para-contenedores/", "inline")]
    assert parse(raw).text().split("\n") == ARTICLE_PARAS  # (the card's headline out of the body)


def test_a_wordpress_post_embed_is_a_related_block():
    """English: WordPress's embed of another post of the site (the fallback link in a
    ``blockquote.wp-embedded-content``) between the paragraphs."""
    embed = ("<blockquote class='wp-embedded-content'><p><a href='/2024/ferry-timetable-changes-for-the-winter/'>"
             "Ferry timetable changes for the winter season</a></p></blockquote>")
    raw = page(between=embed, lang="en")
    assert _related(raw) == [(1, "https://news.example.org/2024/ferry-timetable-changes-for-the-winter/", "inline")]
    assert parse(raw).text().split("\n") == ARTICLE_PARAS


def test_a_quoted_read_line_is_a_related_block():
    """German: a quote holding only a short lead word and a link to another story of the
    site ("Lesen: <headline>") is an in-text related link, not a quote."""
    quote = ("<blockquote><strong>Lesen: </strong><a href='/region/2024/neue-faehre-fuer-die-inselbewohner'>"
             "<strong>Neue Fähre für die Inselbewohner ab Mai</strong></a></blockquote>")
    raw = page(between=quote, lang="de")
    assert _related(raw) == [(1, "https://news.example.org/region/2024/neue-faehre-fuer-die-inselbewohner", "inline")]


def test_a_quote_of_running_text_with_a_link_stays_body():
    """German: a quote whose text only cites a story in passing is no card."""
    quote = ("<blockquote>Der Bürgermeister sagte am Montag vor dem Rathaus, die Mauer werde vor dem "
             "Herbst fertig, wie schon <a href='/region/2024/die-mauer-wird-vor-dem-herbst-fertig'>im "
             "Frühjahr berichtet</a> wurde, und die Fähre fahre fast ohne Pause weiter.</blockquote>")
    assert _related(page(between=quote, lang="de")) == []


def test_a_hero_header_with_a_back_link_is_no_card():
    """English: an ``<article>`` header holding a link back to the parent guide and the
    page's own title (``h1``) is no teaser card."""
    hero = ("<article class='hero'><div class='back'><a href='/guides/form-a-harbour-trust'>"
            "Form a Harbour Trust or Company</a></div><h1>Rebuilding the harbour wall step by step</h1>"
            "</article>")
    raw = page(top=hero, lang="en")
    assert all("form-a-harbour-trust" not in (r.items[0].url or "") for r in parse(raw).related if r.items)


_PRODUCT_BOXES = {
    "en": ("<div class='product-chart-item'><h2>Harbour Kayak X2 – best kayak for beginners</h2>"
           "<figure><img src='/i/k.jpg' alt='Kayak'></figure><div class='pros'><h3>Pros</h3><ul><li>Light</li>"
           "<li>Stable</li></ul></div><p class='review-link'>Read our full "
           "<a href='/reviews/2024/harbour-kayak-x2-review'>Harbour Kayak X2 review</a></p></div>",
           "https://news.example.org/reviews/2024/harbour-kayak-x2-review"),
    "fr": ("<div class='fiche-produit'><h2>Kayak Port X2 – le meilleur pour débuter</h2>"
           "<figure><img src='/i/k.jpg' alt='Kayak'></figure><div class='avantages'><h3>Points forts</h3><ul>"
           "<li>Léger</li><li>Stable</li></ul></div><p class='lien-test'>Découvrez notre "
           "<a href='/tests/2024/test-du-kayak-port-x2'>test complet du kayak Port X2</a></p></div>",
           "https://news.example.org/tests/2024/test-du-kayak-port-x2"),
}


def test_an_invitation_line_in_a_box_the_body_left_out_is_a_related_block():
    """English and French: a product box between the paragraphs (the body walk leaves it
    out) closing with an invitation to the site's full review ("Read our full <a>…
    review</a>", "Découvrez notre <a>test complet…</a>"): a related block of one item."""
    for lang, (box, url) in _PRODUCT_BOXES.items():
        assert _related(page(between=box, lang=lang)) == [(1, url, "inline")], lang
