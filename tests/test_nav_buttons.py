"""Menu entries the page sets apart by its markup (issue 15, ``extract/nav_buttons.py``): a
list entry styled as a button at the end of the main menu ("Suscríbase", "Kostenlose
Beratung"), a link whose class names the subscription beside "Sign in" ("S'abonner",
"Abo") are CTAs placed ``outside``. The same entry without the style, a menu styling every
entry as a button, a submenu's entry, a sign-up beside a log-in and a footer's column stay
navigation. Small pages written for the project, in Spanish, German, French and English.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import page, parse


def menu(*entries: str) -> str:
    """A main menu: section entries (``name``) and raw ``<li>`` entries as given."""
    items = "".join(e if e.startswith("<li") else f"<li class='menu-item'><a href='/{e.lower()}/'>{e}</a></li>"
                    for e in entries)
    return f"<nav class='main-nav'><ul class='menu'>{items}</ul></nav>"


def outside(doc) -> list[tuple[str, str | None]]:
    return [(c.kind, c.text) for c in doc.ctas if c.position.placement == "outside"]


SECTIONS = {
    "es": ("Noticias", "Opinión", "Deportes", "Cultura"),
    "de": ("Nachrichten", "Meinung", "Sport", "Kultur"),
    "en": ("News", "Opinion", "Sport", "Culture"),
}


def test_entry_styled_as_a_button_at_the_end_of_the_menu_is_a_cta():
    """Spanish "Suscríbase" (its label names the kind, the target a catalogue), German
    "Kostenlose Beratung" to /kontakt/ (the target names it), English "Book a demo" to
    /request-a-demo/: each a ``<li class="btn ...">`` closing the section list."""
    cases = (
        ("es", "<li class='btn-suscription'><button class='suscribirse'><a href='https://sso.example.com/catalogo'>"
               "Suscríbase</a></button></li>", ("subscribe", "Suscríbase")),
        ("de", "<li class='btn btn-menu'><a href='/kontakt/'>Kostenlose Beratung</a></li>",
         ("contact", "Kostenlose Beratung")),
        ("en", "<li class='menu-button menu-item'><a href='/request-a-demo/'>Book a demo</a></li>",
         ("other", "Book a demo")),
    )
    for lang, entry, want in cases:
        doc = parse(page(header=menu(*SECTIONS[lang], entry), lang=lang))
        assert outside(doc) == [want], (lang, outside(doc))
        assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_the_same_entry_without_button_style_is_navigation():
    """The same entries as plain menu items (no button class): no CTA."""
    for lang, entry in (("es", "<li class='menu-item'><a href='https://sso.example.com/catalogo'>Suscríbase</a></li>"),
                        ("de", "<li class='menu-item'><a href='/kontakt/'>Kostenlose Beratung</a></li>")):
        assert outside(parse(page(header=menu(*SECTIONS[lang], entry), lang=lang))) == [], lang


def test_menu_of_buttons_submenu_entry_and_sign_up_beside_log_in_are_navigation():
    """Every entry styled as a button (a row of pills): none stands apart. A button-styled
    "Spenden" inside a dropdown's submenu: the submenu's entry. "Sign up" styled as a button
    beside "Log in": the account's pair."""
    pills = menu(*(f"<li class='btn'><a href='/{n.lower()}/'>{n}</a></li>" for n in SECTIONS["de"]),
                 "<li class='btn'><a href='/spenden/'>Spenden</a></li>")
    assert outside(parse(page(header=pills, lang="de"))) == []
    sub = ("<li class='menu-item has-children'><a href='/ueber-uns/'>Über uns</a><ul class='sub-menu'>"
           "<li class='menu-item'><a href='/team/'>Team</a></li>"
           "<li class='btn'><a href='/spenden/'>Spenden</a></li></ul></li>")
    assert outside(parse(page(header=menu(*SECTIONS["de"], sub), lang="de"))) == []
    account = menu(*SECTIONS["en"]) + ("<ul class='account'><li><a href='/login'>Log in</a></li>"
                                       "<li class='btn'><a href='/register'>Sign up</a></li></ul>")
    assert outside(parse(page(header=account))) == []


def test_link_named_for_the_subscription_beside_sign_in_is_a_cta():
    """French "S'abonner dès 1 €" (class ``abo``) to the subscription host beside
    "Connexion", German "Abo" (class ``top-navigation-abo``) in the service nav beside
    "Anmelden": subscribe CTAs, placed outside."""
    fr = ("<div class='h-connect'><a class='sm' href='https://compte.example.fr/'>Connexion</a>"
          "<a class='sm abo' href='https://abo.example.fr/'>S'abonner dès 1 €</a></div>")
    doc = parse(page(header=menu("Santé", "Espace", "Nature", "Animaux") + fr, lang="fr"))
    assert outside(doc) == [("subscribe", "S'abonner dès 1 €")]
    de = ("<nav class='service'><ul><li><a class='top-navigation-abo' href='https://abo.example.de/'>Abo</a></li>"
          "<li><a href='/aktuelle-ausgabe'>Aktuelle Ausgabe</a></li><li><a href='/login'>Anmelden</a></li></ul></nav>")
    doc = parse(page(header=de + menu(*SECTIONS["de"]), lang="de"))
    assert outside(doc) == [("subscribe", "Abo")]


def test_named_entry_in_a_run_of_sections_or_in_the_footer_is_navigation():
    """An entry classed for the newsletters among the sections ("Newsletters" leading to the
    list of newsletters), a class naming the subscription (``nav-abo``) on a German link
    whose target and label name nothing or disagree with the class, and a "Subscribe" link
    named so in a footer's nav: no CTA."""
    run = menu(*SECTIONS["en"], "<li class='menu-item menu-item--newsletters'>"
                                "<a class='newsletters' href='/newsletters/'>Newsletters</a></li>")
    assert outside(parse(page(header=run))) == []
    for link in ("<a class='nav-abo' href='/angebote/'>Unsere Angebote</a>",
                 "<a class='spende-link' href='/abo/'>Abo</a>"):  # (class and target disagree)
        unnamed = f"<div class='tools'><a href='/login'>Anmelden</a>{link}</div>"
        assert outside(parse(page(header=menu(*SECTIONS["de"]) + unnamed, lang="de"))) == [], link
    footer = ("<nav class='footer-nav'><a href='/login'>Sign in</a>"
              "<a class='nav_subscribe' href='/subscribe/'>Subscribe</a></nav>")
    assert [c for c in parse(page(footer=footer)).ctas if c.text == "Subscribe" and c.locator.startswith(
        "/html/body/footer/nav/a")] == []


def test_link_styled_apart_at_the_end_of_a_long_menu_is_a_cta():
    """German: eleven entries, the last link alone carrying a class ("donate") that its label
    "Den Verband unterstützen" does not repeat: a donate CTA though the menu is long. English:
    the same menu where every link has a class of its own (a naming scheme), and a
    CSS-module menu ("Nav_newsletters__W83ni" beside "Nav_latest__zSrBe"): navigation."""
    entries = [f"<li class='textitem'><a href='/{n.lower()}/'>{n}</a></li>"
               for n in ("Presse", "Termine", "Downloads", "Jobs", "Kontakt", "Shop", "Verband", "Jagd",
                         "Natur", "Wissen")]
    donate = "<li class='social don'><a class='donate' href='/node/5740'>Den Verband unterstützen</a></li>"
    doc = parse(page(header=f"<header><nav><ul class='topmenu'>{''.join(entries)}{donate}</ul></nav></header>",
                     lang="de"))
    assert outside(doc) == [("donate", "Den Verband unterstützen")], outside(doc)
    named = [f"<li><a class='link-{n.lower()}' href='/{n.lower()}/'>{n}</a></li>"
             for n in ("News", "Opinion", "Sport", "Culture", "Science")]
    scheme = "<li><a class='link-support' href='/donate/'>Support us</a></li>"
    doc = parse(page(header=f"<header><nav><ul class='topmenu'>{''.join(named)}{scheme}</ul></nav></header>"))
    assert outside(doc) == [], outside(doc)
    module = ("<nav><div><a class='Nav_popular__EbSyn' href='/most-popular/'>Popular</a>"
              "<a class='Nav_latest__zSrBe' href='/latest/'>Latest</a>"
              "<a class='Nav_newsletters__W83ni' href='/newsletters/'>Newsletters</a></div></nav>")
    assert outside(parse(page(header=f"<header>{module}</header>"))) == []


def test_entry_styled_as_a_button_by_its_id_is_a_cta():
    """German: the last entry of a four-link service list styled as a button only by its
    camelCase id (``aboBtnHeader``): a subscribe CTA; the same entry with a plain id: none."""
    def service(entry_id: str) -> str:
        items = "".join(f"<li class='nav__item'><a href='/{n.lower()}'>{n}</a></li>"
                        for n in ("eZeitung", "App", "Smart"))
        return (f"<header><ul class='nav nav__secondary'>{items}<li class='nav__item' id='{entry_id}'>"
                "<a class='fc-default2 aboshopSwitch' href='/abo/'>Abonnieren</a></li></ul></header>")
    assert outside(parse(page(header=service("aboBtnHeader"), lang="de"))) == [("subscribe", "Abonnieren")]
    assert outside(parse(page(header=service("aboHeader"), lang="de"))) == []
