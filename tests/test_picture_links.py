"""Picture links read better (``banner_links``): a banner set into the article's text in a
paragraph of its own, a lazy loader's placeholder read as the picture it loads, compound
names ("freenewsletter", "kaffeekasse"), a ``<picture>`` of several sources, an image
framework's wrapper, a banner's two copies for two screen sizes in a box named for its ask,
and a side column's widgets standing one above the other. Guards: a photo of the text
linking to its file, a picture inside a sentence, a picture copy of a text button, a
drop-down menu's picture entry. Small pages written for the project, in English, German and
Portuguese.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse

SVG = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20300%20250'%3E%3C/svg%3E"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def ctas(doc) -> list[tuple[str, str | None]]:
    return [(c.kind, c.position.placement) for c in doc.ctas]


def test_a_banner_in_a_paragraph_of_its_own_inside_the_text_is_a_cta():
    """English: a paragraph between two of the text holding nothing but a picture linking to
    a mailing service's sign-up page (its alt text "subscribe box"): a CTA placed inline;
    the text's paragraphs stay the body."""
    between = ("<p><a href='https://mail.example.net/signups/170/join'><img src='/u/box-footer.jpg' "
               "alt='subscribe box' width='650' height='150'></a></p>")
    doc = parse(regionpages.page(between=between))
    assert ctas(doc) == [("subscribe", "inline")]
    assert regionpages.P[2][3:40] in doc.text()


def test_photos_and_pictures_in_sentences_are_no_banners():
    """English: a photo of the text linking to its own file (alt "Subscribe button"), and a
    picture link inside a sentence of the text: no CTA."""
    photo = ("<p><a href='/uploads/subscribe-button.png'><img src='/uploads/subscribe-button-300.png' "
             "alt='Subscribe button' width='300' height='200'></a></p>")
    inline = ("<p>Readers who want the weekly letter can <a href='/newsletter/'><img src='/u/nl.png' "
              "width='120' height='60' alt='newsletter'></a> sign up at the harbour office too.</p>")
    doc = regionpages.parse(regionpages.page(between=photo + inline))
    assert ctas(doc) == []
    assert "sign up at the harbour office too" in doc.text()


def test_a_lazy_placeholder_is_read_as_the_picture_it_loads():
    """German and English: a side column's picture buttons whose ``src`` is a lazy loader's
    empty vector, one to "/kaffeekasse" (its loaded file kaffeekasse.png, 210x44: a button
    picture, no icon) and one to "/freenewsletter/" (no alt, no loaded file, 1000x595):
    donate and newsletter, read inside the joined words."""
    side = (f"<div class='widget'><a href='/kaffeekasse'><img src=\"{SVG}\" width='210' height='44' "
            "alt='Kaffekasse' data-lazy-src='/wp-content/uploads/kaffeekasse.png'></a></div>")
    assert [k for k, _ in ctas(parse(regionpages.page(side=side, lang="de")))] == ["donate"]
    side = (f"<section class='widget widget_media_image'><figure><a href='https://example.com/freenewsletter/'>"
            f"<img src=\"{SVG}\" width='1000' height='595' alt=''></a></figure></section>")
    assert [k for k, _ in ctas(parse(regionpages.page(side=side)))] == ["newsletter"]


def test_picture_sources_wrappers_and_screen_copies_hold_one_picture():
    """English, German, Portuguese: a ``<picture>`` of two sources (the parser nests an
    unclosed ``<source>`` around what follows it) linking to /newsletter; an image
    framework's picture (a sizer span beside the picture) linking to /spenden/; a banner's
    two copies for two screen sizes in a box named "chamada-assinatura" (its target a
    short link naming nothing): newsletter, donate, subscribe."""
    side = ("<div class='box'><a href='/newsletter' title='Newsletter'><picture>"
            "<source media='(min-width: 600px)' srcset='/i/nl-600.jpg'><source srcset='/i/nl-300.jpg'>"
            "<img src='/i/nl-300.jpg' alt=''></picture></a></div>")
    assert [k for k, _ in ctas(parse(regionpages.page(side=side)))] == ["newsletter"]
    side = (f"<div class='promo'><a href='/spenden/'><span style='display:inline-block'><span>"
            f"<img alt='' aria-hidden='true' src=\"{SVG}\"></span><img alt='' src='{GIF}'></span></a></div>")
    assert [k for k, _ in ctas(parse(regionpages.page(side=side, lang="de")))] == ["donate"]
    before = ("<div class='chamada-assinatura'><a href='https://bit.example/3uut'>"
              "<img src='/u/topo_355x100.png' class='hidden-lg'><img src='/u/topo_540x60.png' class='visible-lg'>"
              "</a></div>")
    doc = parse(regionpages.page(side=before, lang="pt"))
    assert [k for k, _ in ctas(doc)] == ["subscribe"]


def test_widgets_one_above_the_other_are_no_row_of_badges():
    """English: a side column of three widgets, each a picture link of its own (a contact
    picture opening the page's contact panel, two banners to other hosts): the contact
    picture is a CTA; a row of badges is links side by side in one box."""
    side = ("<section class='widget'><a href='#contact-popup'><img src='/u/teams.png' "
            "alt='click here to contact us'></a></section>"
            "<section class='widget'><a href='https://www.example.org/cases'><img src='/u/cases.png'></a></section>"
            "<section class='widget'><a href='https://events.example.net/p/1'><img src='/u/ev.png'></a></section>")
    assert [k for k, _ in ctas(parse(regionpages.page(side=side)))] == ["contact"]


def test_picture_copies_of_a_button_and_menu_panels_are_no_banners():
    """English: a header's text button to /contact.html with, beside it, the picture
    buttons its mobile layout shows (one to the same page), and a drop-down menu panel's
    picture entry to a contact page: no picture CTA."""
    header = ("<div class='head-cv'><p class='btn'><a href='/contact.html'><span>Free consultation</span></a></p>"
              "<ul class='mobile'><li><a href='/material/'><img src='/img/h_material.gif' width='150' height='30' "
              "alt='Brochure'></a></li><li><a href='/contact.html'><img src='/img/h_contact.gif' width='150' "
              "height='30' alt='Contact'></a></li></ul></div>"
              "<nav><ul><li><a href='/solutions/'>Solutions</a><div class='panel'><div class='col'>"
              "<a class='dropdown-item' href='/contact-us?page=enquiry'><div><img src='/i/m-360.webp' "
              "alt=''></div></a></div></div></li></ul></nav>")
    doc = parse(regionpages.page(header=header))
    pictured = [c for c in doc.ctas if c.locator and c.locator.startswith(("/html/body/header/div/ul",
                                                                          "/html/body/header/nav"))]
    assert pictured == [], [(c.kind, c.locator) for c in doc.ctas]


def test_two_banners_in_a_text_without_links_stay_two():
    """English: two picture banners of one kind set into a text that holds no other link
    (two free-trial pictures in their own boxes): two CTAs at their boxes, never the text
    as one "row" of two banners; the text's paragraphs stay the body."""
    first = ("<div class='wp-block-image'><figure><a href='/signup/'><img src='/u/yellow-trial.jpg' width='1024' "
             "height='341' alt=''></a></figure></div>")
    second = ("<div class='wp-block-image'><figure><a href='/signup/team/'><img src='/u/gray-trial.jpg' "
              "width='1024' height='341' alt=''></a></figure></div>")
    doc = parse(regionpages.page(between=first + second))
    found = [(c.kind, (c.locator or "").rsplit("/", 2)[-2:]) for c in doc.ctas]
    assert len(found) == 2 and all(k == "other" and loc[0].startswith("div") for k, loc in found), found


def test_a_logo_in_a_contact_column_is_no_contact_banner():
    """English: the footer's contact column opening with the site's logo, in a box named
    "footer__contact__logo" (linking to the company page), or linking to the site's home
    page in one language ("/en-sa/"), and the parent company's logo (alt "... Logo") in a
    box named "footer__contact__parent": no picture CTA (the column's kind is not its
    logos')."""
    for box, href, alt in (("footer__contact__logo", "/company/", "Harbour Pipes"),
                           ("footer__contact__mark", "/en-sa/", "Harbour Pipes"),
                           ("footer__contact__parent", "https://group.example.org", "Harbour Group Logo")):
        footer = (f"<div class='footer__contact'><div class='{box}'><a href='{href}'>"
                  f"<img src='/hubfs/site-gray.png' alt='{alt}'></a></div>"
                  "<p>Harbour Pipes Ltd, 4 Quay Road</p></div>")
        doc = regionpages.parse(regionpages.page(footer=footer))
        assert [c for c in doc.ctas if (c.locator or "").startswith("/html/body/footer")] == [], href
