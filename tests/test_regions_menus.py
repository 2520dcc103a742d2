"""Counters and menu entries are no calls to action (issue 15, session 6): a comment count
link, alone or in a post's meta line; a plain entry of a dropdown menu; a share/follow list
that is one entry of a navigation menu. A comment link that asks, a button beside the menu
and a follow bar standing as a block of its own still are CTAs. Small pages written for the
project, chrome in German, Spanish, French, English and Polish.
"""

from __future__ import annotations

from functools import partial

import regionpages
from pages import parse_article as parse

#: German pages unless a test names another language.
page = partial(regionpages.page, lang="de")


def meta_line(category: str, prep: str, comment: str, href: str) -> str:
    return (f"<div class='entry-utility'><span class='cat-links'><span>{prep}</span> "
            f"<a href='/category/{category.lower()}/' rel='category tag'>{category}</a></span> "
            f"<span class='meta-sep'>|</span> "
            f"<span class='comments-link'><a href='{href}'>{comment}</a></span></div>")


def comment_ctas(doc) -> list[str | None]:
    return [c.text for c in doc.ctas if c.kind == "comments"]


def test_comment_count_in_a_post_meta_line_is_no_cta():
    """German: "Veröffentlicht unter Allgemein | 19 Kommentare" counts the comments; the
    same line inviting one ("Hinterlasse einen Kommentar") asks the reader to comment."""
    counted = page(after=meta_line("Allgemein", "Veröffentlicht unter", "19 Kommentare",
                                   "/2024/harbour-wall/#comments"))
    assert comment_ctas(parse(counted)) == []
    asking = page(after=meta_line("Allgemein", "Veröffentlicht unter", "Hinterlasse einen Kommentar",
                                  "/2024/harbour-wall/#respond"))
    assert len(comment_ctas(parse(asking))) == 1


def test_comment_counts_in_other_languages_and_word_forms():
    """Spanish "Sin comentarios" (none, in words), French "3 commentaires", English
    "Comments (12)" in a meta line: counters, whatever the number's form."""
    for comment, lang in (("Sin comentarios", "es"), ("3 commentaires", "fr"), ("Comments (12)", "en")):
        doc = parse(page(after=meta_line("Noticias", "Archivado en", comment, "/2024/harbour-wall/#comments"),
                         lang=lang))
        assert comment_ctas(doc) == [], comment


def test_bare_comment_counter_with_an_icon_is_no_cta():
    """A counter box in the article header: an icon and "0" linking to the comment form."""
    counter = ("<div class='td-post-comments'><a href='/2024/harbour-wall/#respond'>"
               "<i class='td-icon-comments'></i>0</a></div>")
    doc = parse(page(header=counter, lang="en"))
    assert comment_ctas(doc) == []


def test_comment_link_that_asks_stays_a_cta_beside_a_count():
    """English: "Leave a reply" beside "4 comments" in the meta line: the line asks."""
    line = ("<div class='post-meta'><a href='/category/news/'>News</a> | "
            "<span class='comments-link'><a href='/2024/harbour-wall/#comments'>4 comments</a></span> | "
            "<a href='/2024/harbour-wall/#respond'>Leave a reply</a></div>")
    assert len(comment_ctas(parse(page(after=line, lang="en")))) == 1


def dropdown(entries: list[tuple[str, str, str]]) -> str:
    # each card: its title and its blurb link the same page
    items = "".join(
        f"<div class='col'><div class='menu-card'><div class='menu-title'><a href='{href}'>{text}</a></div>"
        f"<div class='menu-blurb'><a href='{href}'>{blurb}</a></div></div></div>"
        for text, blurb, href in entries)
    return f"<div class='dropdown-menu' role='menu'><div class='container'><div class='row'>{items}</div></div></div>"


def test_entry_of_a_dropdown_menu_is_navigation_a_button_beside_it_is_a_cta():
    """English mega menu: "Coffee Subscription" is one card among the menu's entries (no
    CTA); the "Subscribe" link styled as a button beside the menu still is one."""
    menu = dropdown([("Coffee Subscription", "Take 25% off your capsules.", "/coffee-subscription/capsules"),
                     ("Espresso beans", "Whole beans, roasted in Turin.", "/espresso"),
                     ("Ground coffee", "For the moka pot and the filter.", "/ground"),
                     ("Machines", "Capsule machines for every kitchen.", "/machines")])
    button = "<div class='header-actions'><a class='btn btn-primary' href='/subscribe'>Subscribe</a></div>"
    doc = parse(page(header=menu + button, lang="en"))
    assert [(c.kind, c.text) for c in doc.ctas] == [("subscribe", "Subscribe")]


def test_newsletter_entry_of_a_menu_element_is_navigation():
    """French: "Newsletter" in a group of three tools of the header's <menu>, beside the
    menu's other links: a menu entry."""
    menu = ("<menu class='header-top'><div class='in'>"
            "<div class='rubriques'><a href='/sante'>Santé</a><a href='/espace'>Espace</a>"
            "<a href='/nature'>Nature</a><a href='/archeo'>Archéo</a></div>"
            "<div class='h-tools'><a href='/mon-compte/newsletters/'>Newsletter</a>"
            "<a href='/services'>Services</a><a href='/liseuse/'>Magazine</a></div></div></menu>")
    doc = parse(page(header=menu, lang="fr"))
    assert [c for c in doc.ctas if c.kind == "newsletter"] == []


def social_links() -> str:
    return ("<li><a href='https://www.facebook.com/hafenblatt'>Facebook</a></li>"
            "<li><a href='https://twitter.com/hafenblatt'>Twitter</a></li>"
            "<li><a href='https://www.youtube.com/hafenblatt'>YouTube</a></li>"
            "<li><a href='https://www.instagram.com/hafenblatt/'>Instagram</a></li>")


def test_social_submenu_of_the_navigation_is_navigation():
    """German: "Soziale Netzwerke" unfolding four networks is one entry among the site's
    menu entries (no CTA); Polish: the footer's own follow list is a follow bar."""
    entries = "".join(f"<li><a href='/{w.lower()}/'>{w}</a></li>"
                      for w in ("Inland", "Ausland", "Wirtschaft", "Wissen", "Kontakt", "Impressum"))
    social = (f"<li><span><a href='/soziale_netzwerke/'>Soziale Netzwerke</a></span>"
              f"<ul class='sub'>{social_links()}</ul></li>")
    nav = f"<nav><ul class='ressorts'>{entries}{social}</ul></nav>"
    footer = f"<div class='obserwuj'><h4>Obserwuj nas</h4><ul>{social_links()}</ul></div>"
    doc = parse(page(header=nav, footer=footer))
    assert [(c.kind, c.position.placement) for c in doc.ctas] == [("follow", "outside")]
    # (the widget, heading and list: the page's footer region holds it)
    assert (doc.ctas[0].locator, doc.ctas[0].text) == ("/html/body/footer/div", "Obserwuj nas")


def test_parts_of_one_form_are_one_cta():
    """Polish: the second step of a sign-up form (the e-mail address carried hidden), its
    legend and each of its many fields in a box whose class names a sign-up part: one
    newsletter CTA, not one per field: the form, at its wrapper that holds nothing else."""
    names = (("full_name", "Imię i nazwisko"), ("company", "Firma"), ("job", "Stanowisko"),
             ("phone", "Telefon"), ("zip", "Kod pocztowy"), ("city", "Miasto"), ("country", "Kraj"))
    fields = "".join(
        f"<div class='signup-form-{name} form-group'><label class='signup-form-label'>{label}</label>"
        f"<input type='text' name='{name}'></div>" for name, label in names)
    regions = "".join(f"<option value='{i}'>Region {i}</option>" for i in range(80))
    fields += f"<div class='signup-form-region form-group'><label>Region</label><select>{regions}</select></div>"
    form = ("<div class='signup-step'><form class='conversion-signup-form' action='/newsletter/krok-2' "
            "method='post'><fieldset><legend class='signup-form-title'>Prawie gotowe! Powiedz nam więcej:"
            "</legend><input type='hidden' name='email'><input type='hidden' name='source'>"
            f"{fields}<div class='signup-form-submit'><button type='submit'>Wyślij</button></div>"
            "</fieldset></form></div>")
    doc = parse(page(footer=form, lang="pl"))
    assert [(c.kind, c.locator) for c in doc.ctas] == [("newsletter", "/html/body/footer/div")]


def test_parts_of_a_cookie_consent_dialog_are_no_ctas():
    """English: a consent dialog whose category checkboxes are classed opt-ins ("Marketing",
    "Statistics") and whose "Read more" link explains the purposes: none is a CTA. The
    newsletter box beside it in the footer still is one."""
    dialog = regionpages.consent_window("class='cookiebanner' role='dialog' aria-modal='true'")
    signup = ("<div class='newsletter-box'><h4>Get the harbour newsletter</h4><form action='/newsletter'>"
              "<input type='email' name='email'><button type='submit'>Sign up</button></form></div>")
    doc = parse(page(footer=signup, top=dialog, lang="en"))
    assert [(c.kind, c.text) for c in doc.ctas] == [("newsletter", "Get the harbour newsletter")]


def test_cookie_notice_region_is_no_cta_a_footer_with_cookie_links_keeps_its_bar():
    """German: a notice standing under <body> ("Wir verwenden Cookies ... Alle Cookies
    akzeptieren", its buttons classed opt-in) holds no CTA; a footer whose only cookie words
    are links ("Cookie-Einstellungen") keeps its follow bar."""
    notice = ("<section id='opt-in'><p class='opt-in-headline'>Cookie-Einstellungen</p>"
              "<p>Wir verwenden Cookies, um unsere Website zu verbessern. Sie können allen Cookies "
              "zustimmen oder nur notwendige Cookies akzeptieren.</p>"
              "<div class='opt-in__buttons'><button>Alle Cookies akzeptieren</button>"
              "<button>Nur notwendige Cookies</button></div></section>")
    footer = ("<ul class='legal'><li><a href='/datenschutz'>Datenschutz</a></li>"
              "<li><a href='/cookies'>Cookie-Einstellungen</a></li><li><a href='/cookie-richtlinie'>"
              f"Cookie-Richtlinie</a></li></ul><div class='folgen'><h4>Folgen Sie uns</h4><ul>{social_links()}</ul></div>")
    raw = page(footer=footer).replace(b"<header", notice.encode() + b"<header")
    doc = parse(raw)
    assert [c.kind for c in doc.ctas] == ["follow"]
