"""A WordPress menu names what each entry links (``menu-item-object-page``, ``-post``):
a sidebar menu of the site's pages is no related block, though their slugs read like
stories; a footer menu whose entries are all posts is one (``menu_objects``)."""

from __future__ import annotations

from pages import ARTICLE_PARAS
from pages import parse_article as parse

SITE = "https://news.example.com"


def page(sidebar: str = "", footer: str = "") -> bytes:
    p = "".join(f"<p>{t}</p>" for t in ARTICLE_PARAS)
    menu = "".join(f"<li><a href='{SITE}/{s}/'>{s.title()}</a></li>" for s in ("news", "sport", "business", "travel"))
    company = "".join(f"<li class='menu-item menu-item-object-page'><a href='{SITE}/{s}/'>{s.title()}</a></li>"
                      for s in ("about", "contact", "impressum", "privacy"))
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour wall</title></head><body>"
        f"<header><nav class='menu'><ul>{menu}</ul></nav></header>"
        f"<main><div class='columns'><article><h1>Harbour wall to be rebuilt</h1><div class='entry-content'>{p}</div>"
        f"</article><div id='secondary' class='widget-area'><span class='toggle'>Menu</span>{sidebar}</div></div></main>"
        f"<footer class='site-footer'><div class='footer-widgets'>{footer}"
        f"<div class='widget widget_nav_menu'><h3>Company</h3><ul class='menu'>{company}</ul></div>"
        "</div></footer></body></html>"
    ).encode()


def menu_widget(heading: str, kind: str, *paths_titles: tuple[str, str]) -> str:
    items = "".join(
        f"<li class='menu-item menu-item-type-post_type menu-item-object-{kind} menu-item-{n}'>"
        f"<a href='{SITE}{u}'>{t}</a></li>" for n, (u, t) in enumerate(paths_titles, 100))
    return (f"<div class='widget widget_nav_menu'><h3 class='widget-title'>{heading}</h3>"
            f"<div class='menu-container'><ul class='menu'>{items}</ul></div></div>")


PAGES_EN = (
    ("/online-learning/ready-for-an-online-course/", "Ready for an online course?"),
    ("/online-learning/canvas-student-resources/", "Canvas student resources"),
    ("/online-learning/canvas-technology-requirements/", "Canvas technology requirements"),
    ("/online-learning/state-authorization-information/", "State authorization information"),
    ("/online-learning/start-here-learn-about-online-courses/", "Start here: learn about online courses"),
)
PAGES_DE = (
    ("/leistungen/corporate-design-fuer-unternehmen/", "Corporate Design für Unternehmen"),
    ("/leistungen/social-media-marketing-beratung/", "Social-Media-Marketing und Beratung"),
    ("/leistungen/suchmaschinenoptimierung-seo-agentur/", "Suchmaschinenoptimierung (SEO)"),
    ("/leistungen/webentwicklung-und-programmierung/", "Webentwicklung und Programmierung"),
)
POSTS_EN = (
    ("/blog/how-to-write-a-call-sheet-for-a-film-shoot/", "How to write a call sheet for a film shoot"),
    ("/blog/free-script-breakdown-sheet-template/", "The free script breakdown sheet, explained"),
    ("/blog/the-only-shot-list-template-you-need/", "The only shot list template you need"),
    ("/blog/managing-a-film-budget-cash-flow/", "Managing a film budget's cash flow"),
)
POSTS_DE = (
    ("/blog/hafenfest-wird-auf-den-herbst-verschoben/", "Das Hafenfest wird auf den Herbst verschoben"),
    ("/blog/neue-faehre-fuer-die-insel-bestellt/", "Eine neue Fähre für die Insel ist bestellt"),
    ("/blog/deichbau-beginnt-im-juni-am-nordstrand/", "Der Deichbau beginnt im Juni am Nordstrand"),
    ("/blog/wie-der-hafen-vor-sturmfluten-geschuetzt-wird/", "Wie der Hafen vor Sturmfluten geschützt wird"),
)


def test_sidebar_menu_of_the_sites_pages_is_no_related_block():
    doc = parse(page(sidebar=menu_widget("Online Learning", "page", *PAGES_EN)))
    assert doc.related == []


def test_german_menu_of_service_pages_is_no_related_block():
    doc = parse(page(sidebar=menu_widget("Leistungen", "page", *PAGES_DE)))
    assert doc.related == []


def test_footer_menu_of_posts_is_a_related_block():
    doc = parse(page(footer=menu_widget("Featured Blog Posts", "post", *POSTS_EN)))
    (rel,) = doc.related
    assert rel.title == "Featured Blog Posts"
    assert [i.url for i in rel.items] == [SITE + u for u, _ in POSTS_EN]
    assert rel.locator.endswith("/footer/div/div[1]")  # (the widget: its heading and its menu)


def test_german_footer_menu_of_posts_is_a_related_block():
    doc = parse(page(footer=menu_widget("Beliebte Beiträge", "post", *POSTS_DE)))
    (rel,) = doc.related
    assert [i.title for i in rel.items] == [t for _, t in POSTS_DE]


def test_footer_menu_of_pages_stays_a_menu():
    doc = parse(page(footer=menu_widget("Leistungen", "page", *PAGES_DE)))
    assert doc.related == []
