"""Button-styled holders anywhere in a header or menu (``link_walk`` collects every list
entry and ``div`` whose class draws a button; ``nav_buttons`` judges them): a middle
entry of the menu drawn as a button ("Subscribe" between the sections and "About") and a
wrapper styled as a button beside the menu ("<div class='cta-button'>") are CTAs placed
``outside`` when their link names what it asks. A wrapper in a drop-down's panel, a row of
pills, a log-in entry and a wrapper beside a phone link (a bar: one CTA on the bar, the bar
rules') are no CTA of their own. Small pages written for the project, in English, German
and French.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import MENU_SECTIONS, page, parse

SECTIONS = MENU_SECTIONS
ASKS = {
    "en": ("/subscribe/", "Subscribe"),
    "de": ("/abo/", "Jetzt abonnieren"),
    "fr": ("/abonnement/", "S'abonner"),
}


def entries(lang: str, cls: str = "menu-item") -> list[str]:
    return [f"<li class='{cls}'><a href='/{s.lower()}/'>{s}</a></li>" for s in SECTIONS[lang]]


def menu(lang: str, middle: str = "", extra: str = "", cls: str = "menu-item") -> str:
    """The site header: the logo, the section menu (``middle`` between its second and third
    entries) and ``extra`` beside the menu."""
    items = entries(lang, cls)
    items.insert(2, middle)
    return (f"<div class='logo'><a href='/'><img src='/logo.png' alt='Harbour Times'></a></div>"
            f"<nav class='main-nav'><ul class='menu'>{''.join(items)}</ul></nav>{extra}")


def outside(doc) -> list[tuple[str, str | None]]:
    return [(c.kind, c.text) for c in doc.ctas if c.position.placement == "outside"]


def test_middle_menu_entry_styled_as_button_is_a_cta():
    """A list entry drawn as a button in the middle of the menu (no end entry) whose target
    names a subscription: a CTA."""
    for lang, (href, label) in ASKS.items():
        entry = f"<li class='menu-item nav-cta'><a href='{href}'>{label}</a></li>"
        doc = parse(page(header=menu(lang, entry), lang=lang))
        assert outside(doc) == [("subscribe", label)], (lang, outside(doc))
        assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_wrapper_styled_as_button_beside_the_menu_is_a_cta():
    """A ``div`` styled as a button holding the one link, beside the menu: a CTA (a ``span``
    is no holder the walk collects: an inline label inside a link or button)."""
    for lang, (href, label) in ASKS.items():
        box = f"<div class='header-tools'><div class='cta-button'><a href='{href}'>{label}</a></div></div>"
        doc = parse(page(header=menu(lang, extra=box), lang=lang))
        assert outside(doc) == [("subscribe", label)], (lang, outside(doc))


def test_panel_pills_login_and_bar_stay_navigation():
    """The same holder in a drop-down's panel, every entry a pill, a log-in entry drawn as a
    button, and a wrapper beside a phone link: no CTA of the holder."""
    for lang, (href, label) in ASKS.items():
        panel = (f"<div class='header-submenu'><div class='panel-items'>"
                 f"<div class='panel-item'><a href='/archive/'>Archive</a></div>"
                 f"<div class='menu-button'><a href='{href}'>{label}</a></div></div></div>")
        pill = f"<li class='nav-btn'><a href='{href}'>{label}</a></li>"
        login = "<li class='menu-item nav-cta'><a href='/login/'>Log in</a></li>"
        bar = (f"<div class='header-contact'><a href='tel:+4912345678'>+49 123 456 78</a>"
               f"<div class='cta-button'><a href='{href}'>{label}</a></div></div>")
        for raw in (page(header=menu(lang, pill, cls="nav-btn"), lang=lang),
                    page(header=menu(lang, login), lang=lang)):
            doc = parse(raw)
            assert outside(doc) == [], (lang, outside(doc))
        # (other rules may report the panel or the bar as a whole: one CTA on it, none on
        # the wrapper, whose locator ends at the wrapper's ``div``)
        for raw in (page(header=menu(lang, extra=panel), lang=lang), page(header=menu(lang, extra=bar), lang=lang)):
            doc = parse(raw)
            assert ("subscribe", label) not in outside(doc) or all(
                c.locator.count("/div") <= 1 for c in doc.ctas), (lang, [(c.kind, c.locator) for c in doc.ctas])
