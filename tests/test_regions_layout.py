"""Placement by the page's layout columns (issue 15, session 4): a region in a grid column
that stands beside the article's column is ``outside``; one in a full-width row below it is
``after``; a rail layout's wide main column is no side region. Small pages written for the
project, chrome in Spanish, German, English and Polish.
"""

from __future__ import annotations

import pytest

import syndicate
from pages import ARTICLE_PARAS, article_with
from pages import parse_article as parse
from regionpages import stories

P = "".join(f"<p>{t}</p>" for t in ARTICLE_PARAS)


def grid_page(side: str, below: str, *, main: str = "col-md-8", other: str = "col-md-4",
              below_cls: str = "col-md-12", lang: str = "es") -> bytes:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Muro</title></head>"
        f"<body><div class='container'><div class='row'>"
        f"<div class='{main}'><article><h1>Harbour wall to be rebuilt</h1><div class='text'>{P}</div>"
        f"</article></div>"
        f"<div class='{other}'>{side}</div>"
        f"<div class='{below_cls}'>{below}</div>"
        f"</div></div></body></html>"
    ).encode()


def test_grid_column_beside_the_article_is_outside_a_full_row_below_is_after():
    """Spanish: "Lo más visto" in the col-md-4 beside the col-md-8 article column is outside,
    German "Mehr zum Thema" in a col-md-12 row below it is after; no class says sidebar."""
    side = ("<section><h3>Lo más visto</h3>"
            + stories("El puerto reabre sus puertas al turismo", "Nueva ruta de ferri hacia las islas",
                      section="es") + "</section>")
    below = ("<section><h3>Mehr zum Thema</h3>"
             + stories("Neue Fähre für die Inselbewohner", "Sturmflut trifft die Küste erneut",
                       section="de") + "</section>")
    doc = parse(grid_page(side, below))
    assert [(r.title, r.position.placement) for r in doc.related] == [
        ("Lo más visto", "outside"), ("Mehr zum Thema", "after")]


def test_widths_compared_at_one_breakpoint():
    """Columns of 7 and 5 at lg fit in a row (outside); a sibling that is full width at the
    same breakpoint is stacked (after), whatever it is at a narrower one."""
    side = ("<div><h3>Popular this week</h3>"
            + stories("Storm damage along the whole coast", "New ferry timetable for the winter") + "</div>")
    below = ("<div><h3>Więcej na ten temat</h3>"
             + stories("Nowy prom dla mieszkańców wyspy", "Sztorm znowu uderza w wybrzeże", section="pl")
             + "</div>")
    doc = parse(grid_page(side, below, main="col-md-12 col-lg-7", other="col-md-12 col-lg-5",
                          below_cls="col-md-6 col-lg-12", lang="en"))
    assert [r.position.placement for r in doc.related] == ["outside", "after"]


def test_named_side_column_is_outside():
    """A column named a side one ("col col-aside") before the main column: outside, not before."""
    side = ("<section><h3>Lo más visto</h3>"
            + stories("El puerto reabre sus puertas al turismo", "Nueva ruta de ferri hacia las islas",
                      section="es") + "</section>")
    raw = (
        "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>Muro</title></head><body>"
        f"<div class='row-container'><div class='col col-aside'>{side}</div>"
        f"<div class='col col-main'><article><h1>Harbour wall</h1><div>{P}</div></article></div>"
        "</div></body></html>").encode()
    doc = parse(raw)
    assert [r.position.placement for r in doc.related] == ["outside"]


def test_main_column_of_a_rail_layout_is_no_side_region():
    """Below the article, a rail layout (its container named after the rail) holds stories
    in its wide main column, a most-read list and an ad in its narrow rail: the stories are
    after, the rail's list and ad outside."""
    below = (
        "<div class='below'><div class='RightRailContainer'>"
        "<div class='RightRailContainer-columnOne col-md-8'><h3>More from the coast</h3>"
        + stories("Storm damage along the whole coast", "New ferry timetable for the winter")
        + "</div><div class='RightRailContainer-columnTwo col-md-4'>"
        "<div class='ad-slot' data-ad-unit='/1234/news/rail'></div><section><h3>Most read</h3>"
        + stories("Lighthouse keeper retires after forty years", "Fishing quotas cut again for next year")
        + "</section></div></div></div>")
    raw = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Wall</title></head><body>"
        f"<main><article><h1>Harbour wall</h1><div>{P}</div></article></main>{below}"
        "</body></html>").encode()
    doc = parse(raw)
    assert [(r.title, r.position.placement) for r in doc.related] == [
        ("More from the coast", "after"), ("Most read", "outside")]
    assert [a.position.placement for a in doc.ads] == ["outside"]


@pytest.mark.parametrize(("main", "other", "below", "lang"), [
    ("small-12 large-8 columns", "small-12 large-4 columns", "small-12 large-12 columns", "de"),
    ("w-full lg:w-2/3", "w-full lg:w-1/3", "w-full", "en"),
    ("et_pb_column et_pb_column_2_3", "et_pb_column et_pb_column_1_3", "et_pb_column et_pb_column_4_4", "fr"),
    ("fusion-layout-column fusion_builder_column_3_4", "fusion-layout-column fusion_builder_column_1_4",
     "fusion-layout-column fusion_builder_column_1_1", "es"),
])
def test_grid_widths_written_as_sizes_or_fractions(main: str, other: str, below: str, lang: str):
    """German, English, French, Spanish: widths written "large-4 columns", "lg:w-1/3",
    "et_pb_column_1_3" or "..._column_1_4" beside a column of 8 twelfths, 2/3 or 3/4 are a
    side column (outside); the full-width part below ("large-12", "w-full", "4_4", "1_1") is
    after."""
    side = ("<section><h3>Lo más visto</h3>"
            + stories("El puerto reabre sus puertas al turismo", "Nueva ruta de ferri hacia las islas",
                      section="es") + "</section>")
    below_box = ("<section><h3>Mehr zum Thema</h3>"
                 + stories("Neue Fähre für die Inselbewohner", "Sturmflut trifft die Küste erneut",
                           section="de") + "</section>")
    doc = parse(grid_page(side, below_box, main=main, other=other, below_cls=below, lang=lang))
    assert [(r.title, r.position.placement) for r in doc.related] == [
        ("Lo más visto", "outside"), ("Mehr zum Thema", "after")]


SIDE_BOXES = {
    "de": (("Mehr zum Thema", "Neue Fähre für die Inselbewohner", "Sturmflut trifft die Küste erneut"),
           ("Meistgelesen", "Hafenfest findet wieder statt", "Leuchtturm wird restauriert"),
           ("Aus dem Archiv", "Deich wird erhöht", "Fischer klagen über Fangquoten")),
    "fr": (("Sur le même sujet", "Le port de pêche rouvre ses portes", "Un nouveau ferry pour les îles"),
           ("Les plus lus", "La tempête frappe encore la côte", "Les digues seront renforcées"),
           ("Archives", "Le phare sera restauré", "Les pêcheurs contestent les quotas")),
    "en": (("Related", "Storm damage along the whole coast", "New ferry timetable for the winter"),
           ("Most read", "Lighthouse keeper retires after forty years", "Fishing quotas cut again"),
           ("From the archive", "Harbour festival returns this summer", "Sea wall to be raised")),
    "es": (("Noticias relacionadas", "El puerto reabre sus puertas al turismo", "Nueva ruta de ferri"),
           ("Lo más visto", "El faro será restaurado", "Los pescadores protestan en el muelle"),
           ("Del archivo", "El dique será más alto", "Vuelve la fiesta del puerto")),
}


def row_page(lang: str, side_cls: str, after_side: str = "") -> bytes:
    boxes = "".join(
        f"<div class='box'><h3>{head}</h3>{stories(*titles, section=lang)}</div>"
        for head, *titles in SIDE_BOXES[lang])
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Wall</title></head><body>"
        f"<div class='wrapper'><div class='part part-main'><article><h1>Harbour wall</h1><div>{P}</div>"
        f"</article></div><div class='{side_cls}'>{boxes}</div>{after_side}</div></body></html>").encode()


@pytest.mark.parametrize("lang", ["de", "fr", "en", "es"])
def test_unnamed_side_column_of_link_boxes_is_outside(lang: str):
    """German, French, English, Spanish: the row's last part, built like the article's column
    (both "part"), holding only three headed boxes of story links: a side column, though no
    class says side or width; its lists are outside, not after."""
    doc = parse(row_page(lang, "part"))
    assert [(r.title, r.position.placement) for r in doc.related] == [
        (box[0], "outside") for box in SIDE_BOXES[lang]]


def test_a_band_of_another_kind_or_followed_by_comments_stays_after():
    """English: the same boxes in a part of another kind than the column ("more-stories"),
    or in a "part" that a comment section follows in the row, are below the article: after."""
    doc = parse(row_page("en", "more-stories"))
    assert {r.position.placement for r in doc.related} == {"after"}
    comments = ("<div class='part'><h3>Comments</h3><form action='/comment'><textarea name='c'></textarea>"
                "<button>Post comment</button></form></div>")
    doc = parse(row_page("en", "part", after_side=comments))
    assert {r.position.placement for r in doc.related} == {"after"}


# ------------------------------------------------------------------ share/follow bars


def plain_page(footer: str, header: str = "", lang: str = "de") -> bytes:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Wall</title></head><body>"
        f"<header class='site-header'>{header}</header>"
        f"<main><article><h1>Harbour wall</h1><div>{P}</div></article></main>"
        f"<footer class='site-footer'>{footer}</footer></body></html>").encode()


def test_two_follow_bars_in_one_footer_column_stay_two():
    """German: the garden centre's and the landscaping firm's follow links, two lists under
    one footer column, are two follow CTAs, not one merged bar."""
    def bar(name: str) -> str:
        return ("<ul class='social-media-follow'>" + "".join(
            f"<li><a href='https://www.{net}.com/{name}/' title='Folgen auf {net}'><span>Folgen</span></a></li>"
            for net in ("facebook", "instagram", "twitter")) + "</ul>")
    doc = parse(plain_page(f"<div class='col'><h4>Gartencenter</h4>{bar('gartenhaus')}"
                           f"<h4>Landschaftsbau</h4>{bar('gartenbau')}</div>"))
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("follow", "outside"), ("follow", "outside")]


def test_sign_up_form_and_follow_links_in_one_box_are_two_widgets():
    """French: a footer column holding a newsletter form and a row of follow links gives a
    newsletter CTA and a follow CTA."""
    footer = (
        "<div class='region-footer'>"
        "<section class='block'><h3>Lettre d'information</h3><form action='/newsletter'>"
        "<input type='email' name='mail' placeholder='Votre e-mail'><button>S'inscrire</button></form></section>"
        "<section class='block'><ul>"
        "<li><a href='https://twitter.com/portdupecheur' aria-label='Twitter'><span class='icon'></span></a></li>"
        "<li><a href='https://www.facebook.com/portdupecheur' aria-label='Facebook'><span class='icon'></span></a></li>"
        "<li><a href='/fr/rss.xml' aria-label='RSS'><span class='icon'></span></a></li>"
        "</ul></section></div>")
    doc = parse(plain_page(footer, lang="fr"))
    assert sorted(c.kind for c in doc.ctas) == ["follow", "newsletter"]


def test_row_of_bare_icons_with_site_links_among_them_is_a_follow_bar():
    """Spanish header: four network icons among the site's own podcast, push, newsletter and
    app icons (no link text at all) make one follow bar; a line of text links with the same
    mix does not."""
    icons = "".join(
        f"<a href='{u}' title='Síguenos'><svg class='icon'></svg></a>" for u in (
            "https://www.youtube.com/@puertodiario", "https://twitter.com/puertodiario",
            "https://instagram.com/puertodiario", "https://flipboard.com/@puertodiario",
            "/podcast/", "/push/", "/boletin/", "/app/", "/rss/"))
    doc = parse(plain_page("", header=f"<div class='iconos'>{icons}</div>", lang="es"))
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("follow", "outside")]
    texts = " · ".join(
        f"<a href='{u}'>{t}</a>" for u, t in (
            ("https://www.youtube.com/@puertodiario", "YouTube"), ("https://twitter.com/puertodiario", "Twitter"),
            ("/podcast/", "Podcast del puerto"), ("/push/", "Avisos"), ("/boletin/", "Boletín diario"),
            ("/app/", "Nuestra app")))
    doc = parse(plain_page("", header=f"<div class='enlaces'>{texts}</div>", lang="es"))
    assert [c.kind for c in doc.ctas if c.kind == "follow"] == []


def test_vimeo_profile_is_a_follow_link_a_vimeo_video_is_not():
    """Polish: a follow box of RSS, Twitter and a Vimeo channel is a follow bar; the credit
    line under an embedded Vimeo video (video, author, site) in the text is no CTA."""
    box = ("<div class='obserwuj'><h3>Obserwuj nas</h3><ul>"
           "<li><a href='/feed/'><img src='/rss.png' alt='RSS'></a></li>"
           "<li><a href='http://twitter.com/portowy'><img src='/tw.png' alt='Twitter'></a></li>"
           "<li><a href='http://vimeo.com/portowy'><img src='/vi.png' alt='Vimeo'></a></li></ul></div>")
    doc = parse(plain_page(box, lang="pl"))
    assert [c.kind for c in doc.ctas] == ["follow"]
    credit = ("<p><a href='http://vimeo.com/77911159'>Budowa falochronu</a> from "
              "<a href='http://vimeo.com/portowy'>Portowy</a> on <a href='https://vimeo.com'>Vimeo</a>.</p>")
    raw = (
        "<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'><title>Wall</title></head><body>"
        f"<main><article><h1>Harbour wall</h1><div>{''.join(f'<p>{t}</p>' for t in ARTICLE_PARAS[:2])}"
        f"{credit}{''.join(f'<p>{t}</p>' for t in ARTICLE_PARAS[2:])}</div></article></main></body></html>").encode()
    doc = syndicate.parse(raw, url="https://news.example.com/2024/harbour-wall")
    assert [c.kind for c in doc.ctas] == []


# ------------------------------------------------------------------ menus are navigation


def test_subscription_link_among_a_footer_list_is_navigation_a_header_button_pair_is_a_cta():
    """German: "Abonnements" and "Abo-Bedingungen" as entries of footer link lists are
    navigation; "Anmelden | Abonnieren" side by side in the header is a subscribe CTA."""
    footer = ("<div class='footer-col'><div class='links'>" + "".join(
        f"<div class='item'><a href='/{u}'>{t}</a></div>" for u, t in (
            ("ueber-uns", "Über uns"), ("abo", "Abonnements"), ("impressum", "Impressum"),
            ("datenschutz", "Datenschutz"), ("agb-abo", "Abo-Bedingungen"), ("jobs", "Karriere")))
              + "</div></div>")
    header = ("<div class='top'><span>Mittwoch, 20. November</span><div>"
              "<a href='https://abo.example.com/login'>Anmelden</a> "
              "<a href='https://abo.example.com/abonnieren'>Abonnieren</a></div></div>")
    doc = parse(plain_page(footer, header=header))
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("subscribe", "outside")]


def test_account_menu_naming_subscriptions_is_no_cta():
    """Spanish: the account pop-up (its title, four account links, one of them
    "Suscripciones", and a log-out button) is a menu, not a subscribe box."""
    popup = ("<div class='popup-cuenta'><p>Mi cuenta</p><ul><li>"
             "<a href='/privado/resumen'>Resumen</a> <a href='/privado/pedidos'>Pedidos</a> "
             "<a href='/privado/suscripciones'>Suscripciones</a> <a href='/privado/maquinas'>Máquinas</a>"
             "</li></ul><div><button type='button'>Cerrar sesión</button></div></div>")
    doc = parse(plain_page("", header=popup, lang="es"))
    assert doc.ctas == []


# ------------------------------------------------------------------ related blocks by structure


BLURB = ("Uma longa descrição da reportagem que acompanha cada manchete, escrita para atrair o leitor "
         "e que ocupa bem mais espaço do que o próprio título da matéria publicada.")


def teasers(section: str, *titles: str) -> str:
    return "".join(
        f"<div class='teaser'><a href='/{section}/2024/{'-'.join(t.lower().split())}'><img src='/i/{i}.jpg' alt=''></a>"
        f"<a href='/{section}'>Cidade</a><h3><a href='/{section}/2024/{'-'.join(t.lower().split())}'>{t}</a></h3>"
        f"<p>{BLURB}</p></div>" for i, t in enumerate(titles))


def test_teaser_cards_with_long_blurbs_under_a_related_heading():
    """Portuguese: "Leia também" over three teaser cards (image, section label, short
    headline, a blurb longer than the headline) is one related block of three stories."""
    after = ("<div class='bloco'><h2>Leia também</h2>"
             + teasers("cidade", "Porto ganha nova balsa", "Muralha cai após tempestade", "Pescadores voltam ao mar")
             + "</div>")
    raw = plain_page("", lang="pt").replace(b"</main>", f"</main>{after}".encode())
    doc = parse(raw)
    assert [(r.title, len(r.items)) for r in doc.related] == [("Leia também", 3)]


def test_blocks_of_one_design_under_their_own_headings_are_separate_blocks():
    """German: three blocks, each an <h5> heading of the same style over three story links,
    side by side in one region below the article: three related blocks, not one."""
    def block(heading: str, section: str, *titles: str) -> str:
        return f"<div class='block'><h5>{heading}</h5>{stories(*titles, section=section)}</div>"
    after = ("<div class='region-bottom'>"
             + block("Mehr aus der Redaktion", "redaktion", "Neue Fähre für die Inselbewohner",
                     "Sturmflut trifft die Küste erneut", "Hafenfest findet wieder statt")
             + block("Das könnte Sie auch interessieren", "kultur", "Museum zeigt alte Seekarten",
                     "Leuchtturm wird restauriert", "Chor singt am Kai")
             + block("Mehr von der Küste", "kueste", "Fischer klagen über Fangquoten",
                     "Deich wird erhöht", "Neue Radwege am Strand")
             + "</div>")
    raw = plain_page("").replace(b"</article></main>", f"</article>{after}</main>".encode())
    doc = parse(raw)
    assert [(r.title, len(r.items)) for r in doc.related] == [
        ("Mehr aus der Redaktion", 3), ("Das könnte Sie auch interessieren", 3), ("Mehr von der Küste", 3)]


def test_top_topics_box_of_story_links_is_related_a_tag_list_is_not():
    """French: a footer box classed "top-topics" whose links all go to stories is a related
    block; a "tags" list linking tag pages stays none."""
    box = ("<div class='top-topics'><h3>Les sujets les plus lus</h3>"
           + stories("Le port de pêche rouvre ses portes", "Les digues seront renforcées cet hiver",
                     "Un nouveau ferry pour les îles", "La tempête frappe encore la côte", section="fr")
           + "</div>")
    tags = ("<div class='tags'><ul>" + "".join(
        f"<li><a href='/tag/{t}'>{t}</a></li>" for t in ("port", "tempete", "ferry")) + "</ul></div>")
    doc = parse(plain_page(box + tags, lang="fr"))
    assert [(r.title, len(r.items), r.position.placement) for r in doc.related] == [
        ("Les sujets les plus lus", 4, "outside")]


# ------------------------------------------------------------------ CTA boxes


def test_sign_up_box_among_footer_links_is_found():
    """English: a footer column of follow links and a newsletter prompt with one button
    (no form): the walk, finding no story links there, still judges the small box."""
    footer = (
        "<div class='footer-third'><div class='region'>"
        "<nav><a href='https://www.facebook.com/harbourtimes'>FB</a> "
        "<a href='https://twitter.com/harbourtimes'>X</a> <a href='https://www.linkedin.com/company/harbourtimes'>in</a></nav>"
        "<section class='block'><p>Get our newsletter for exclusive updates from the harbour</p>"
        "<p><a class='btn' href='/signup-harbour'>Sign up</a></p></section></div></div>")
    doc = parse(plain_page(footer, lang="en"))
    assert sorted(c.kind for c in doc.ctas) == ["follow", "newsletter"]


def test_closable_promo_banner_without_a_link_is_a_cta():
    """Italian: a closable banner at the top of the header, one line of offer and a close
    control (no link): an "other" CTA placed outside."""
    banner = ("<section class='banner-top'><span class='titolo'>SCONTO DEL 15% CON IL CODICE "
              "<strong>PORTO</strong> | Offerta: 15% off su tutti gli ordini</span>"
              "<div class='chiudi' role='button' aria-label='Chiudi'></div></section>")
    doc = parse(plain_page("", header=banner, lang="it"))
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("other", "outside")]


def test_sidebar_with_a_donation_card_and_a_newsletter_card_gives_two_ctas():
    """Spanish sidebar: a donation card ("Apoya nuestro periodismo", one link) and a
    newsletter card (one link): a donate CTA and a newsletter CTA, not one box."""
    rail = (
        "<aside class='sidebar'>"
        "<section><p><strong>Apoya nuestro periodismo</strong></p><p>Dependemos de nuestros lectores. "
        "<a class='btn' href='https://dona.example.org/give'>Haz una donación</a></p></section>"
        "<section><h4>Boletín</h4><p>Recibe las noticias del puerto cada mañana. "
        "<a href='/boletin/alta'>Suscríbete al boletín</a></p></section></aside>")
    raw = (
        "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>Muro</title></head><body>"
        f"<main><div class='content'><article><h1>Harbour wall</h1><div>{P}</div></article></div>{rail}</main>"
        "</body></html>").encode()
    doc = parse(raw)
    assert sorted(c.kind for c in doc.ctas) == ["donate", "newsletter"]


# ------------------------------------------------------------------ CTAs inside the text


def test_membership_appeal_box_in_the_text_is_a_cta_and_leaves_the_body():
    """Spanish: a box among the paragraphs (heading, a line of copy, one button "Hágase
    miembro ahora") is a subscribe CTA placed after the text; its words leave doc.text()."""
    box = ("<div class='nota'><h2>UN PÚBLICO INFORMADO DECIDE MEJOR</h2>"
           "<p>Hacemos periodismo desde hace cien años. <strong>HAZTE MIEMBRO</strong></p>"
           "<a class='boton' href='https://miembros.example.com/'>Hágase miembro ahora</a></div>")
    doc = parse(article_with("", "es", after=box))
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("subscribe", "after")]


def test_demo_call_out_in_the_text_is_a_cta():
    """English: a call-out box between paragraphs whose one link books a demo: an "other"
    CTA, inline."""
    box = ("<div class='call-out'><p><b>Note:</b> Want to grow your harbour business? Our software "
           "helps. <a href='/demo'>Get a free and personalised demo.</a></p></div>")
    doc = parse(article_with(box, "en"))
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("other", "inline")]


def test_bold_line_asking_to_get_in_touch_is_a_cta_a_paragraph_linking_a_contact_page_is_not():
    """German: a line all in bold, "Kontaktieren Sie uns" linking the contact page, is a
    contact CTA; an ordinary sentence of the article whose link text mentions a contact
    stays body."""
    line = ("<p><strong><a href='/kontakt/'>Sprechen Sie mit uns</a> und planen Sie Ihr Projekt "
            "noch heute!</strong></p>")
    doc = parse(article_with(line, "de"))
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("contact", "inline")]
    plain = ("<p><a href='/gemeinde/hafenamt'>Das Hafenamt ist der erste Kontakt für alle Anwohner</a>, "
             "es nimmt Beschwerden über Lärm und Schäden entgegen.</p>")
    raw = article_with(plain, "de")
    doc = syndicate.parse(raw, url="https://news.example.com/2024/harbour-wall")
    assert doc.ctas == [] and "Das Hafenamt ist der erste Kontakt" in doc.text()


def test_app_line_in_capitals_and_channel_line_in_bold_are_ctas():
    """French: "TÉLÉCHARGEZ NOTRE APPLICATION" in capitals linking an app store is an app
    CTA; "Abonnez-vous à notre chaîne YouTube" in bold linking the channel is a follow CTA."""
    app = "<p><a href='https://apps.apple.com/app/id123'>TÉLÉCHARGEZ NOTRE APPLICATION</a></p>"
    channel = ("<p><strong><a href='https://www.youtube.com/c/portdupecheur?sub_confirmation=1'>"
               "Abonnez-vous à notre chaîne YouTube pour toutes nos vidéos</a></strong></p>")
    doc = parse(article_with(app, "fr", after=channel))
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("app", "inline"), ("follow", "after")]


def test_class_naming_a_page_state_is_no_page_region():
    """Polish: a related list below the article inside wrappers classed "has-sidebar-option"
    and "section under-menu" (states and places, not a sidebar or a menu) is after."""
    below = ("<div class='has-sidebar-option'><div class='related-posts'><h3>Więcej na ten temat</h3>"
             + stories("Nowy prom dla mieszkańców wyspy", "Sztorm znowu uderza w wybrzeże", section="pl")
             + "</div></div>")
    raw = (
        "<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'><title>Wall</title></head><body>"
        f"<div class='page'><div class='section under-menu'><article><h1>Harbour wall</h1><div>{P}</div>"
        f"{below}</article></div></div></body></html>").encode()
    doc = parse(raw)
    assert [(r.title, r.position.placement) for r in doc.related] == [("Więcej na ten temat", "after")]


# ------------------------------------------------------------------ more related blocks


def test_card_with_an_empty_overlay_link_is_a_related_block():
    """German: an inset card in the text whose headline is plain text under an empty link
    laid over the card (and a "Weiterlesen" label) is a related block of one story."""
    card = ("<aside class='verwandt'><div class='bild'></div><div class='txt'>Neue Fähre soll ab Mai "
            "die Inselbewohner zum Festland bringen<div class='label'>Weiterlesen</div>"
            "<a href='/region/2024/neue-faehre-fuer-die-inselbewohner'></a></div></aside>")
    doc = parse(article_with(card, "de"))
    assert [(len(r.items), r.items[0].title, r.position.placement) for r in doc.related] == [
        (1, "Neue Fähre soll ab Mai die Inselbewohner zum Festland bringen", "inline")]


def test_previous_and_next_links_named_by_their_words():
    """Spanish: two links "Anterior" / "Siguiente" to the neighbouring posts, no class or rel
    saying so: one related block (previous/next)."""
    nav = ("<div class='entradas'><a href='/blog/2024/el-puerto-reabre-sus-puertas'>Anterior</a>"
           "<a href='/blog/2024/nueva-ruta-de-ferri-hacia-las-islas'>Siguiente</a></div>")
    doc = parse(article_with("", "es", after=nav))
    assert [(len(r.items), r.position.placement) for r in doc.related] == [(2, "after")]


def test_link_line_in_capitals_with_an_acronym_plural():
    """English: a story link set in capitals that holds an acronym's plural ("AMAs") is
    still an in-text related link."""
    line = ("<p><strong><a href='/region/2024/harbour-band-cleared-to-play-at-the-amas'>HARBOUR BAND "
            "CLEARED TO PLAY HITS AT THE AMAs AFTER LONG DISPUTE</a></strong></p>")
    doc = parse(article_with(line, "en"))
    assert [(len(r.items), r.position.placement) for r in doc.related] == [(1, "inline")]


def test_story_lists_interleaved_with_ad_slots_are_one_block():
    """French: four lists of two teaser cards each, with an ad slot between every two, all
    in one column below the article: one related block of eight stories; the slots stay
    ads of their own."""
    def cards(n: int) -> str:
        return "<div class='liste'><ul>" + "".join(
            f"<li><a href='/fr/2024/recit-numero-{n}-{i}-sur-le-port'><img src='/i/{n}{i}.jpg' alt=''></a>"
            f"<a href='/fr/2024/recit-numero-{n}-{i}-sur-le-port'>Récit numéro {n}{i} sur la vie du port</a></li>"
            for i in range(2)) + "</ul></div>"
    ad = "<div class='pub' data-ad-unit='/1234/fr/mor'></div>"
    column = "<div class='colonne'>" + cards(1) + ad + cards(2) + ad + cards(3) + ad + cards(4) + "</div>"
    raw = plain_page("", lang="fr").replace(b"</main>", f"</main>{column}".encode())
    doc = parse(raw)
    assert [len(r.items) for r in doc.related] == [8]
    assert len(doc.ads) == 3


def test_follow_prompt_box_filled_by_a_script_and_comment_tools_line():
    """German: a pop-up "Gefällt Ihnen der Artikel? Folgen Sie uns auf Facebook" whose like
    button a script fills (only a close button in the HTML) is a follow CTA; the post tools
    line "Kommentar schreiben | Trackback-URL | nach oben" under the text is a comments CTA."""
    tools = ("<p class='werkzeuge'><a href='#respond'>Kommentar schreiben</a> | "
             "<a href='/2024/harbour-wall/trackback'>Trackback-URL</a> | <a href='#'>nach oben</a></p>")
    popup = ("<div class='fb-hinweis'><button class='schliessen' title='schließen'></button>"
             "<h2>Gefällt Ihnen der Artikel?</h2><p>Folgen Sie uns auf Facebook</p>"
             "<div class='fb-page' data-href='https://www.facebook.com/hafenzeitung'></div></div>")
    raw = (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Wall</title></head><body>"
        f"<main><article><h1>Harbour wall</h1><div class='text'>{P}</div>{tools}</article></main>{popup}"
        "</body></html>").encode()
    doc = parse(raw)
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("comments", "after"), ("follow", "outside")]


def test_closable_pop_up_beside_the_article_is_outside():
    """Italian: an exit-intent pop-up standing after <main> in the page wrapper (a close
    button, a question, one link to request advice) is a contact CTA placed outside, not
    after."""
    popup = ("<div class='uscita'><div class='contenuto'><button class='btn-chiudi' type='button'>"
             "<span class='icona'></span></button><h3>Non sai quale caldaia scegliere?</h3>"
             "<p>Qui trovi una consulenza personalizzata.</p>"
             "<a class='bottone' href='/contatto/consulenza'>Contattaci per una consulenza</a></div></div>")
    raw = (
        "<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>Wall</title></head><body>"
        f"<div class='pagina'><main><article><h1>Harbour wall</h1><div>{P}</div></article></main>{popup}</div>"
        "</body></html>").encode()
    doc = parse(raw)
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("contact", "outside")]


def test_linked_sentences_in_wrapped_paragraphs_stay_body():
    """Polish/English: a paragraph wrapped in a card's content div whose link runs on in the
    sentence ("... <a>contribute to consumption</a>, especially ...") or points to a guide
    named "tips-for-..." is body, not a donate or contact CTA; an ingredient list next to a
    basket box stays body."""
    wrapped = (
        "<div class='karta'><div class='obraz'></div><div class='tresc'><p>Even cooling fans and background "
        "processes <a href='https://example.org/paper.pdf'><span>contribute to consumption</span></a>"
        "<span>, especially when the system runs for long periods.</span></p></div></div>"
        "<div class='karta'><div class='obraz'></div><div class='tresc'><p>Darning a sock is not hard. "
        "For more, read <a href='/guides/tips-for-sustainable-wear/'>Tips for Sustainable Wear</a>.</p>"
        "</div></div>")
    raw = article_with(wrapped, "pl")
    doc = syndicate.parse(raw, url="https://news.example.com/2024/harbour-wall")
    assert doc.ctas == []
    assert "contribute to consumption" in doc.text() and "Tips for Sustainable Wear" in doc.text()


def test_action_link_followed_by_an_html_comment_is_read():
    """A button-like link whose next sibling is an HTML comment (templates leave them
    everywhere): the comment has no text of its own, only its tail counts; reading it must
    not fail (it raised ValueError and cost the page all its regions)."""
    import lxml.html

    from syndicate.extract.body_ctas import _standalone

    box = lxml.html.fromstring("<p>Unterstützen Sie uns: <a href='/spenden'>Jetzt spenden</a>"
                               "<!-- /button --></p>")
    assert _standalone(box.find("a")) is True
    box = lxml.html.fromstring("<p><a href='/spenden'>spenden</a><!-- x --> und mehr lesen</p>")
    assert _standalone(box.find("a")) is False
