"""A class or text word suggests a CTA kind; the element's shape must agree (``kind_shapes``):
a story card's share buttons and comment count are the card's, a comment section's heading is no share bar, a filter form with a
"Newsletter" choice signs no one up, a "Most commented" list of stories is no comment
section. Small pages written for the project, in German, Spanish and English.
"""

from __future__ import annotations

import lxml.html

import syndicate
from regionpages import page
from syndicate.extract.comment_sections import comment_sections

URL = "https://example.de/2024/02/hafen-mauer-neu/"


def _kinds(raw: bytes, url: str = URL) -> list[tuple[str, str]]:
    return [(c.kind, c.locator or "") for c in syndicate.parse(raw, url=url).ctas]


def _card(extra: str) -> str:
    return ("<div class='top-story'><a href='/2024/01/fahrplan-der-faehre-wird-umgestellt/'>"
            "<div class='item-data'><span>5d</span><span class='comment-count'>34</span></div>"
            f"<h3>Der Fahrplan der Fähre wird umgestellt</h3>{extra}</a></div>")


def test_a_story_cards_comment_count_is_no_comments_cta():
    """German: a comment count inside a story card's link counts that story's comments."""
    assert "comments" not in [k for k, _ in _kinds(page(side=_card(""), lang="de"))]


def test_a_story_cards_share_buttons_are_no_share_bar():
    """German: share buttons inside a teaser's link share that teaser's story."""
    share = ("<ul class='links'><li><a href='https://twitter.com/share?url=x'></a></li>"
             "<li><a href='https://www.facebook.com/sharer.php?u=x'></a></li></ul>")
    assert "share" not in [k for k, _ in _kinds(page(after=_card(share), lang="de"))]


def test_a_comment_sections_heading_is_no_share_bar():
    """German: "Kommentare (4)" with a jump to the form, classed like the share bar."""
    head = ("<div class='allShareBarComments'><p class='cssShareBarCommentsHeadline'>Kommentare (4) "
            "<a href='javascript:void(null);'>Kommentar schreiben</a></p></div>")
    assert "share" not in [k for k, _ in _kinds(page(below=head, lang="de"))]


def test_a_share_bar_named_by_its_class_stays_one():
    """English: a bar of network links whose class says "sharebar"."""
    bar = ("<div class='post-sharebar'><a href='https://www.facebook.com/sharer.php?u=x'>Facebook</a>"
           "<a href='https://twitter.com/intent/tweet?url=x'>Twitter</a></div>")
    assert "share" in [k for k, _ in _kinds(page(after=bar))]


def _filter_form(field: str) -> str:
    choices = "".join(
        f"<li><input type='checkbox' name='fmt[]' id='c{i}' value='{w.lower()}'><label for='c{i}'>{w}</label></li>"
        for i, w in enumerate(("Article", "Ebook", "Newsletter", "Podcast")))
    return (f"<section class='widget'><div class='widgettitle'>Sort &amp; Filter</div>"
            f"<form action='/results/' method='post'><input type='text' name='_sf_search[]'>"
            f"<h4>Format</h4><ul>{choices}</ul>{field}"
            f"<button type='submit'>Filter</button></form></section>")


def test_a_filter_forms_newsletter_choice_is_no_sign_up():
    """English: "Newsletter" labels one check box of a filter form."""
    assert "newsletter" not in [k for k, _ in _kinds(page(side=_filter_form("")))]


def test_a_form_with_an_address_field_is_not_refused():
    """English: the same words in a form that asks for an address remain a sign-up."""
    form = ("<div class='box'><h3>Newsletter</h3><form action='/signup'>"
            "<input type='email' name='email' placeholder='Your e-mail'>"
            "<label><input type='checkbox' name='weekly'> Weekly</label>"
            "<button type='submit'>Sign up</button></form></div>")
    assert "newsletter" in [k for k, _ in _kinds(page(side=form))]


def _most_commented(form: str = "") -> str:
    items = "".join(
        f"<li><a href='https://example.es/noticias/2024/04/{i:02d}/{slug}/'>{title}</a>"
        f"<div class='meta'>{i} abril 2024 <span class='comment_count'>"
        f"<a href='https://example.es/noticias/2024/04/{i:02d}/{slug}/#respond'>{100 + i}</a></span></div></li>"
        for i, (slug, title) in enumerate((
            ("el-puerto-amplia-su-muelle-norte", "El puerto amplía su muelle norte"),
            ("nuevas-rutas-de-ferry-en-verano", "Nuevas rutas de ferry en verano"),
            ("la-lonja-abre-los-domingos", "La lonja abre también los domingos"),
            ("vecinos-piden-mas-luz-en-el-paseo", "Los vecinos piden más luz en el paseo")), 1))
    return (f"<section class='estadistica_comments'><header><h2>Más Comentadas</h2></header>"
            f"<ul>{items}</ul>{form}</section>")


def _sections(box: str) -> list[str]:
    """What ``comment_sections`` takes of a side column holding ``box``."""
    root = lxml.html.fromstring(page(side=box, lang="es"))
    return [root.getroottree().getpath(f.element) for f in comment_sections(root, set(), set(), set())]


def test_a_most_commented_list_of_stories_is_no_comment_section():
    """Spanish: "Más Comentadas", four stories with their comment counts."""
    assert _sections(_most_commented()) == []


def test_a_comment_section_with_a_form_stays_one():
    """Spanish: the same class over a box that holds a comment form is a section."""
    form = ("<form action='/wp-comments-post.php'><textarea name='comment'></textarea>"
            "<button type='submit'>Publicar comentario</button></form>")
    assert len(_sections(_most_commented(form))) == 1


def _footer_column(lang_links: tuple[str, ...], bar: str) -> str:
    """A footer box classed "social-links-wrapper" holding the site's link columns and, in a
    block of its own, the bar of profile links."""
    links = "".join(f"<a href='/{w.lower()}/'>{w}</a> " for w in lang_links)
    return (f"<div class='social-links-wrapper'><div class='region-links'><ul><li>{links}</li></ul></div>"
            f"<div class='region-social'>{bar}</div></div>")


_PROFILES = ("<div class='follow-block'><a href='https://www.facebook.com/hafenstadt'>Facebook</a>"
             "<a href='https://www.instagram.com/hafenstadt'>Instagram</a>"
             "<a href='https://www.youtube.com/@hafenstadt'>YouTube</a></div>")


def test_a_column_of_site_links_named_social_is_no_bar_es():
    """Spanish footer: a box named for social links that holds six links to the site's pages
    besides three profile links is a column of menus; the follow bar is its profile block,
    not the whole column."""
    links = ("Oficinas", "Servicios", "Resultados", "Empleo", "Contacto", "Blog")
    raw = page(footer=_footer_column(links, _PROFILES), lang="es")
    found = [(k, lxml.html.fromstring(raw).getroottree().xpath(loc)[0].get("class")) for k, loc in _kinds(raw)]
    assert ("follow", "follow-block") in found or ("follow", "region-social") in found
    assert ("follow", "social-links-wrapper") not in found


def test_a_share_bar_with_script_links_stays_a_bar_en():
    """English: a share box whose links are the script's jumps (``https://site/#twitter``,
    AddToAny) and an e-mail link holds no page link: still a bar."""
    bar = ("<div class='addtoany_share_save_container'>"
           + "".join(f"<a href='https://example.de/#{n}'></a>" for n in ("twitter", "facebook", "linkedin", "reddit",
                                                                        "digg", "print"))
           + "<a href='mailto:?subject=x'></a></div>")
    assert "share" in [k for k, _ in _kinds(page(after=bar, lang="en"))]
