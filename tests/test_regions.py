"""Regions outside the body judged by what they are (issue 15), one test per category, on small
pages written for the project, chrome in English, German, French, Spanish and Polish:

1. related blocks from their structure (links to the site's article pages), whatever the
   heading's wording, language or class;
2. navigation is a region, not a mask (a class on <html>/<body> switches nothing off; a
   Subscribe button in the header is a CTA, placed outside; menu items stay navigation);
3. share/follow bars tolerate an extra e-mail/RSS link and know more share URL forms;
4. one item per widget (label + slot, form + prompt, no counters);
5. placement from one document order (an aside in the text is inline, a rail outside);
6. ad slots from ad markup alone (data-ad-*, amp-ad, a GPT unit path).
"""

from __future__ import annotations

from pages import ARTICLE_URL
from pages import parse_article as parse
from regionpages import page, source, stories

# ------------------------------------------------------------------ 1. related by structure


def test_related_lists_found_by_structure_whatever_the_heading():
    """Headed lists of story links under headings no table holds verbatim (an inflected
    German heading, a French and a Spanish one, a plain section name), plus a heading-less
    list of headlines under the article: each is one related block, with its heading."""
    after = (
        "<div class='box-a'><h3>Weitere Artikel aus der Redaktion</h3>"
        + stories("Neue Fähre für die Inselbewohner", "Sturmflut trifft die Küste erneut", section="de")
        + "</div><div class='box-b'><h3>À lire aussi sur le même sujet</h3>"
        + stories("Le port de pêche rouvre ses portes", "Les digues seront renforcées cet hiver", section="fr")
        + "</div><div class='box-c'><h3>Más noticias de la región</h3>"
        + stories("El ayuntamiento aprueba el nuevo presupuesto", "Las obras del puerto empiezan en abril",
                  section="es")
        + "</div>"
    )
    rail = "<div class='box-d'><h4>Videos</h4>" + stories(
        "Watch the harbour wall collapse in the storm", "Divers inspect the old harbour foundations") + "</div>"
    footer = "<div class='box-e'>" + stories(
        "Ferry timetable changes for the winter season", "Lifeboat crew rescues three sailors off the point") + "</div>"
    raw = page(after=after, side=rail)
    doc = parse(raw)
    titles = [r.title for r in doc.related]
    assert titles == ["Weitere Artikel aus der Redaktion", "À lire aussi sur le même sujet",
                      "Más noticias de la región", "Videos"]
    assert [len(r.items) for r in doc.related] == [2, 2, 2, 2]
    assert doc.related[0].items[0].url == "https://news.example.com/de/2024/neue-fähre-für-die-inselbewohner"
    assert [source(raw, r.locator).get("class") for r in doc.related] == ["box-a", "box-b", "box-c", "box-d"]
    assert [r.position.placement for r in doc.related] == ["after", "after", "after", "outside"]
    # A footer list of headlines without a related heading is page chrome, not a related block...
    assert len(parse(page(footer=footer)).related) == 0
    # ...but below the article, headlines alone make one.
    doc = parse(page(after=footer))
    (rel,) = doc.related
    assert rel.title is None and [i.title for i in rel.items] == [
        "Ferry timetable changes for the winter season", "Lifeboat crew rescues three sailors off the point"]


def test_menus_tag_lists_and_sidebars_of_widgets_are_no_related_block():
    nav = "<nav>" + stories("Harbour news from the north coast", "Harbour news from the south coast") + "</nav>"
    tags = "<div class='post-tags'>" + stories("Harbour wall works", "Regional funding news") + "</div>"
    menu = "<div class='dropdown-menu'>" + stories("Politics and the city council", "Business and local trade") + "</div>"
    doc = parse(page(header=nav + menu, after=tags))
    assert doc.related == []


# ------------------------------------------------------------------ 2. navigation is a region


def test_navigation_classes_on_html_and_body_switch_nothing_off():
    """Classes saying the page *has* a menu ("nav-open", "has-breadcrumb") on <html>/<body>."""
    after = "<div><h3>Czytaj także</h3>" + stories(
        "Nowy prom dla mieszkańców wyspy", "Sztorm znowu uderzył w wybrzeże", section="pl") + "</div>"
    bar = ("<div><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Facebook</a>"
           "<a href='https://twitter.com/intent/tweet?url=x'>X</a></div>")
    doc = parse(page(after=after + bar, html_class="nav-open menu-closed", body_class="has-breadcrumb navigation"))
    assert [r.title for r in doc.related] == ["Czytaj także"]
    assert [c.kind for c in doc.ctas] == ["share"]


def test_subscribe_button_in_the_header_menu_is_a_cta_outside_menu_items_are_not():
    header = ("<nav class='main-nav'><ul class='menu'><li><a href='/politik'>Politik</a></li>"
              "<li><a href='/newsletter'>Newsletter</a></li><li><a href='/abo'>Abonnieren</a></li></ul>"
              "<div class='nav-actions'><a class='button' href='/abo/digital'>Jetzt abonnieren</a></div></nav>")
    doc = parse(page(header=header, lang="de"))
    (cta,) = doc.ctas
    assert (cta.kind, cta.text, cta.url) == ("subscribe", "Jetzt abonnieren", "https://news.example.com/abo/digital")
    assert cta.position.placement == "outside"


# ------------------------------------------------------------------ 3. share/follow bars


def test_share_bar_with_extra_links_and_other_share_url_forms():
    bar = ("<div class='tools'>"
           "<a href='https://web.whatsapp.com/send?text=https%3A%2F%2Fnews.example.com'>WhatsApp</a>"
           "<a href='https://www.facebook.com/dialog/send?link=https%3A%2F%2Fnews.example.com'>Messenger</a>"
           "<a href='https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.com'>X</a>"
           "<a href='mailto:?subject=Harbour'>E-Mail</a><a href='/feed.rss'>RSS</a></div>")
    follow = ("<div class='social'><a href='https://www.instagram.com/harbourgazette'>Instagram</a>"
              "<a href='https://www.youtube.com/@harbourgazette'>YouTube</a>"
              "<a href='/newsletter'>Newsletter</a></div>")
    raw = page(after=bar, footer=follow)
    doc = parse(raw)
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("share", "after"), ("follow", "outside")]
    assert [source(raw, c.locator).get("class") for c in doc.ctas] == ["tools", "social"]


def test_share_buttons_without_links_are_one_bar():
    bar = ("<div class='partage'><button>Partager sur Facebook</button><button>Partager sur X</button>"
           "<button>Partager par e-mail</button></div>")
    raw = page(after=bar, lang="fr")
    doc = parse(raw)
    # "Partager sur ..." buttons are found by their text, one by one: reported as one bar.
    assert len(doc.ctas) <= 1
    if doc.ctas:
        assert doc.ctas[0].kind == "share" and source(raw, doc.ctas[0].locator).get("class") == "partage"


# ------------------------------------------------------------------ 4. one item per widget


def test_ad_label_and_its_slot_are_one_ad():
    slot = ("<div class='box'><span>Publicidad</span>"
            "<div data-ad-slot='1234567890' data-ad-format='auto'></div></div>")
    raw = page(between=slot, lang="es")
    doc = parse(raw)
    (ad,) = doc.ads
    assert source(raw, ad.locator).get("class") == "box"
    assert ad.position.placement == "inline"


def test_newsletter_form_is_reported_with_its_widget_and_counters_are_no_ctas():
    box = ("<div class='box'><h3>Der Newsletter aus dem Hafen</h3><p>Jeden Freitag im Postfach.</p>"
           "<form action='https://lists.example.org/join'><input type='email' name='email'>"
           "<button>Anmelden</button></form></div>")
    counters = "<div class='meta'><a href='#comments'>0</a> <a href='#comments'>21</a></div>"
    raw = page(after=box + counters, lang="de")
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "newsletter" and cta.text == "Der Newsletter aus dem Hafen"
    assert source(raw, cta.locator).get("class") == "box"
    assert "Postfach" not in doc.text()


def test_listing_chrome_repeated_under_every_teaser_is_no_cta():
    teasers = "".join(
        f"<div class='teaser'><p>Another post about the harbour, number {i}.</p>"
        f"<span class='comments-link'><a href='/p{i}#respond'>Leave a comment</a></span></div>"
        for i in range(3))
    doc = parse(page(after=teasers))
    assert [c for c in doc.ctas if c.kind == "comments"] == []


# ------------------------------------------------------------------ 5. placement


def test_aside_between_paragraphs_is_inline_and_rail_is_outside():
    card = ("<aside class='card'><a href='/region/2024/storm-damage-along-the-whole-coast'>"
            "Storm damage along the whole coast</a><a href='/region/2024/new-ferry-timetable-for-winter'>"
            "New ferry timetable for the winter</a></aside>")
    rail = ("<div class='ad-slot' data-ad-unit='/1234/news/rail'></div>")
    doc = parse(page(between=card, side=rail))
    (rel,) = doc.related
    assert rel.position.placement == "inline" and rel.position.after == doc.body[1].id
    (ad,) = doc.ads
    assert ad.position.placement == "outside"


def test_chrome_in_a_hidden_subtree_is_placed_by_document_order():
    """An ad inside a hidden wrapper after the article: after, not mixed up by a second numbering."""
    hidden = "<div style='display:none'><div class='ad-slot' data-ad-format='rectangle'></div></div>"
    doc = parse(page(after=hidden))
    (ad,) = doc.ads
    assert ad.position.placement == "after" and ad.position.after == doc.body[-1].id


# ------------------------------------------------------------------ 6. ad markup alone


def test_ad_slots_from_markup_alone():
    amp = "<amp-ad width='300' height='250' type='doubleclick' data-slot='/1234/news/mid'></amp-ad>"
    unit = "<div data-slot='/5678/site/inread'></div>"
    adsense = "<div><ins data-ad-client='ca-pub-1' data-ad-slot='99'></ins></div>"
    raw = page(between=amp + unit, after=adsense)
    doc = parse(raw)
    assert [a.network for a in doc.ads] == ["gpt", "gpt", "adsense"]
    assert [a.position.placement for a in doc.ads] == ["inline", "inline", "after"]


def test_ordinary_data_attributes_are_no_ad():
    box = "<div data-id='42' data-adjust='1'><figure><img src='/img/wall.jpg' alt='The wall'></figure></div>"
    doc = parse(page(between=box))
    assert doc.ads == []


def test_url_of_the_article_itself_is_kept():
    assert ARTICLE_URL.startswith("https://news.example.com/")


def test_one_story_card_in_the_text_is_a_related_block_of_one_item():
    card = ("<aside class='inset'><a href='/region/2024/storm-damage-along-the-whole-coast'>"
            "<img src='/img/storm.jpg' alt=''></a><a href='/region/2024/storm-damage-along-the-whole-coast'>"
            "Storm damage along the whole coast this winter</a> <span>Lire la suite</span></aside>")
    video = ("<div class='embed-media'><a href='/video/2024/the-wall-from-the-air-in-four-minutes'>"
             "The wall from the air in four minutes</a><video src='/v.mp4'></video></div>")
    raw = page(between=card + video, lang="fr")
    doc = parse(raw)
    (rel,) = doc.related
    assert [i.title for i in rel.items] == ["Storm damage along the whole coast this winter"]
    assert source(raw, rel.locator).get("class") == "inset" and rel.position.placement == "inline"


def test_comment_section_is_one_comments_cta():
    section = ("<div class='discussion'><div id='comentarios'><h3>Comentarios</h3></div>"
               "<div class='comment-form'><form action='/comment'><textarea name='c'></textarea>"
               "<button>Enviar</button></form></div></div>")
    counter = "<span class='comment-count'>3</span>"
    raw = page(after=counter + section, lang="es")
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "comments" and cta.position.placement == "after"
    assert source(raw, cta.locator).get("class") == "discussion"


def test_previous_next_post_links_are_one_related_block_after_the_post():
    nav = ("<nav class='navigation post-navigation'><h2>Beitragsnavigation</h2>"
           "<div class='nav-previous'><a rel='prev' href='/2024/die-alte-mauer'>Die alte Mauer</a></div>"
           "<div class='nav-next'><a rel='next' href='/2024/der-neue-kai'>Der neue Kai</a></div></nav>")
    raw = page(after=nav, lang="de")
    doc = parse(raw)
    (rel,) = doc.related
    assert [i.title for i in rel.items] == ["Die alte Mauer", "Der neue Kai"]
    assert rel.position.placement == "after"


def test_contact_box_with_heading_prompt_and_form_inside_the_article_is_an_inline_cta():
    """A headed box (heading, a prompt longer than a line, a form asking a postcode) standing
    between the article's paragraphs: an inline contact CTA, none of its text in the body."""
    box = ("<section class='box'><div class='inner'><h2>Talk to an expert installer near you</h2>"
           "<div class='copy'><p>Do you need personal advice or a quote for your new heating system? "
           "Tell us where you live.</p><p>Checked local firms in your region. Free of charge and with "
           "no obligation at all.</p></div>"
           "<form action='/quote' method='get'><label for='pc'>Enter postcode</label>"
           "<input type='text' id='pc' name='postcode'><button type='submit'>Search</button></form>"
           "</div></section>")
    raw = page(between=box)
    doc = parse(raw)
    (cta,) = doc.ctas
    assert cta.kind == "contact" and cta.text == "Talk to an expert installer near you"
    assert cta.position.placement == "inline" and cta.position.after == doc.body[1].id
    assert source(raw, cta.locator).get("class") in ("box", "inner")
