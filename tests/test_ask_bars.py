"""Header bars asking with no kind (issue 15, ``nav_buttons.ask_bars``): a small group of
controls in the site header or menu (a phone link, a log-in, a language switch) holding a
button-styled link whose label asks ("Book a demo", "Demo buchen", "Reservar ahora") is
one ``other`` CTA on the group, placed ``outside`` (convention 4: one CTA on the bar). A
sign-up beside a log-in (the account's door), an unstyled link, a bar in a drop-down's panel
and a bar in the article are none.
Small pages written for the project, in English, German and Spanish.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import page, parse, source

MENU = {
    "en": ("News", "Opinion", "Sport", "Culture"),
    "de": ("Nachrichten", "Meinung", "Sport", "Kultur"),
    "es": ("Noticias", "Opinión", "Deportes", "Cultura"),
}


def header(bar: str, lang: str = "en") -> str:
    """A site header: the logo, the section menu, then ``bar`` beside the menu."""
    entries = "".join(f"<li class='menu-item'><a href='/{e.lower()}/'>{e}</a></li>" for e in MENU[lang])
    return (f"<a class='logo' href='/'><img src='/logo.png' alt='Site'></a>"
            f"<nav class='main-nav'><ul class='menu'>{entries}</ul></nav>{bar}")


def outside(doc) -> list[tuple[str, str | None]]:
    return [(c.kind, c.text) for c in doc.ctas if c.position.placement == "outside"]


def bar_ctas(raw: bytes, doc, cls: str, inside: bool = False) -> list[str]:
    """The kinds of the CTAs reported on the bar (its class ``cls``; ``inside``: or inside it)."""
    out = []
    for c in doc.ctas:
        el = source(raw, c.locator)
        if cls in (el.get("class") or "") or inside and any(cls in (x.get("class") or "") for x in el.iterancestors()):
            out.append(c.kind)
    return out


def test_bar_with_an_asking_button_is_one_cta():
    """A log-in beside a button asking for a demo or a booking, to a script ("#") or a page
    naming no kind: English "Book a demo", German "Demo buchen", Spanish "Reservar ahora".
    Each bar: one ``other`` CTA on the bar holding both controls."""
    cases = (
        ("en", "<div class='header-actions'><a href='/account/login'>Log in</a>"
               "<a class='btn' href='#'>Book a demo</a></div>"),
        ("de", "<div class='header-actions'><a href='/konto/login'>Einloggen</a>"
               "<a class='btn' href='#'>Demo buchen</a></div>"),
        ("es", "<div class='header-actions'><a href='/cuenta/login'>Iniciar sesión</a>"
               "<a class='btn' href='/hotel/habitaciones/'>Reservar ahora</a></div>"),
    )
    for lang, bar in cases:
        raw = page(header=header(bar, lang), lang=lang)
        doc = parse(raw)
        assert [k for k, _ in outside(doc)] == ["other"], (lang, outside(doc))
        assert bar_ctas(raw, doc, "header-actions") == ["other"], (lang, doc.ctas)
        assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_sign_up_beside_log_in_and_unstyled_links_are_no_bar():
    """"Sign up" and "Registrieren" beside a log-in (the account's door), and a log-in beside
    an unstyled "Book a demo" link: no CTA."""
    for lang, bar in (
        ("en", "<div class='header-actions'><a href='/login'>Log in</a><a class='btn' href='#'>Sign up</a></div>"),
        ("de", "<div class='header-actions'><a href='/konto/login'>Einloggen</a>"
               "<a class='btn' href='#'>Registrieren</a></div>"),
        ("en", "<div class='header-actions'><a href='/account/login'>Log in</a><a href='#'>Book a demo</a></div>"),
    ):
        doc = parse(page(header=header(bar, lang), lang=lang))
        assert outside(doc) == [], (bar, outside(doc))


def test_bar_in_a_dropdown_panel_or_in_the_article_is_none():
    """The same asking bar inside a drop-down's panel of the menu: a card of the menu, no
    CTA; inside the article's text: none placed outside (the text's own rules read it)."""
    bar = ("<div class='panel-actions'><a href='/account/login'>Log in</a>"
           "<a class='btn' href='#'>Book a demo</a></div>")
    raw = page(header=header(f"<div class='megamenu-dropdown'>{bar}</div>"))
    assert bar_ctas(raw, parse(raw), "panel-actions", inside=True) == []
    doc = parse(page(between=bar))
    assert [c for c in doc.ctas if c.position.placement == "outside"] == [], doc.ctas
