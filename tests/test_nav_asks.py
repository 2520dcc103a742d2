"""Buttons of a page header asking whatever their words (``conversion_links.nav_label``,
``nav_place``): a link styled as a button standing in the site header beside the menu, with
a shown label of a few words naming no tool ("Download FREE", "Broschüre herunterladen",
"Télécharger gratuitement"), is an ask of the site, placed ``outside``. Its place decides,
its words only the kind. The same link as a menu entry or in the footer, an icon link named by its ``title``, a one-word section button ("Blog") and a
button naming a tool ("Log in to your account", "Search the archive", "More stories") stay
navigation. Small pages written for the project, in English, German and French.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import MENU_SECTIONS, page, parse

SECTIONS = MENU_SECTIONS
ASKS = {
    "en": ("/download-plugin/", "Download FREE"),
    "de": ("/broschuere/", "Broschüre herunterladen"),
    "fr": ("/telecharger/", "Télécharger gratuitement"),
}


def header(lang: str, extra: str = "", inside: str = "") -> str:
    """The site header: the logo, the section menu (``inside`` closing its list) and ``extra``
    beside the menu."""
    items = "".join(f"<li class='menu-item'><a href='/{s.lower()}/'>{s}</a></li>" for s in SECTIONS[lang])
    return (f"<div class='logo'><a href='/'><img src='/logo.png' alt='Harbour Times'></a></div>"
            f"<nav class='main-nav'><ul class='menu'>{items}{inside}</ul></nav>{extra}")


def button(href: str, label: str, cls: str = "button button--primary") -> str:
    return f"<div class='tools'><a class='{cls}' href='{href}'>{label}</a></div>"


def outside(doc) -> list[tuple[str, str | None]]:
    return [(c.kind, c.text) for c in doc.ctas if c.position.placement == "outside"]


def test_header_button_asking_in_its_own_words_is_a_cta():
    """A button-styled link beside the menu whose words name no kind and hold no ask verb of
    the tables: an ``other`` CTA, the article intact."""
    for lang, (href, label) in ASKS.items():
        doc = parse(page(header=header(lang, button(href, label)), lang=lang))
        assert outside(doc) == [("other", label)], (lang, outside(doc))
        assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_menu_entry_footer_and_icon_copies_stay_navigation():
    """The same button as an entry of the menu list, in the site footer, and an icon link
    named only by its ``title``: no CTA."""
    for lang, (href, label) in ASKS.items():
        entry = f"<li class='menu-item'><a class='button' href='{href}'>{label}</a></li>"
        icon = (f"<div class='tools'><a class='btn' href='{href}' title='{label}'>"
                f"<i class='icon-download'></i></a></div>")
        for raw in (page(header=header(lang, inside=entry), lang=lang),
                    page(header=header(lang, icon), lang=lang),
                    page(header=header(lang), footer=button(href, label), lang=lang)):
            assert outside(parse(raw)) == [], (lang, outside(parse(raw)))


def test_header_buttons_naming_a_tool_or_a_section_stay_navigation():
    """Button-styled header links to the log-in, the search, more stories, a section named
    in one word, a learn-more verb: navigation."""
    for href, label in (("/account/", "Log in to your account"), ("/archive/", "Search the archive"),
                        ("/stories/", "More stories"), ("/blog/", "Blog"), ("/about/", "Discover our history"),
                        ("/alle-artikel/", "Alle Artikel"), ("/push/", "Push-Nachrichten verwalten"),
                        ("/compte/", "Gérer mes alertes")):
        doc = parse(page(header=header("en", button(href, label))))
        assert outside(doc) == [], (label, outside(doc))
