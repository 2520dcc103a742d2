"""Navigation is a region, not a mask (issue 15): a call to action standing apart inside a
header, a menu or a footer is still a CTA, placed ``outside`` — a list of its own beside
the menu's run of section links, a utility nav of one link beside "Sign in", a link styled
as a button whose label names what it asks, a sign-up form in a footer menu. A plain entry
among a menu's section links, a menu holding a "Newsletter" entry beside a search form, a
log-in form stay navigation. Small pages written for the project, in English, Spanish,
German, French and Italian.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import page, parse


def sections(*names: str) -> str:
    """A main menu's run of section links."""
    return "<ul class='menubar'>" + "".join(
        f"<li class='menu-item'><a href='/{n.lower()}/'>{n}</a></li>" for n in names) + "</ul>"


def kinds(doc) -> list[tuple[str, str]]:
    return [(c.kind, c.position.placement) for c in doc.ctas]


#: A label asking to subscribe in each language, and the main menu's sections.
SUBSCRIBE = {
    "en": ("subscribe", ("News", "Opinion", "Sport", "Culture", "Travel")),
    "es": ("Suscríbase", ("Noticias", "Opinión", "Deportes", "Cultura", "Viajes")),
    "de": ("Abonnieren", ("Nachrichten", "Meinung", "Sport", "Kultur", "Reisen")),
    "fr": ("S'abonner", ("Actualités", "Opinions", "Sport", "Culture", "Voyages")),
}


def test_list_of_one_beside_the_main_menu_is_a_cta():
    """The main menu's sections in one list and, at its right end, a list of its own holding
    one link to the publisher's store: the odd one out is a subscribe CTA, placed outside."""
    for lang, (label, names) in SUBSCRIBE.items():
        menu = (f"<nav class='main-nav'>{sections(*names)}<div class='main-nav__right-menu'>"
                f"<ul class='menubar'><li class='menu-item'><a href='https://store.example.com/p/84029957'>"
                f"<span>{label}</span></a></li></ul></div></nav>")
        doc = parse(page(header=menu, lang=lang))
        assert kinds(doc) == [("subscribe", "outside")], lang
        assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_the_same_entry_in_the_menus_run_stays_navigation():
    """The same label as one more entry of the section list (a page of past newsletters, a
    subscription page among the sections): navigation, no CTA."""
    for lang, (label, names) in SUBSCRIBE.items():
        menu = f"<nav class='main-nav'>{sections(*names, label)}</nav>"
        assert kinds(parse(page(header=menu, lang=lang))) == [], lang
    archive = f"<nav class='main-nav'>{sections('News', 'Sport', 'Culture', 'Newsletter')}</nav>"
    assert kinds(parse(page(header=archive))) == []


def test_utility_nav_of_one_link_beside_sign_in_is_a_cta():
    """The site navigation's tool area: a sign-in link and a nav holding one link to the
    subscription offer ("Subscribe", "Abbonati", "Abonnieren"): a subscribe CTA."""
    for lang, label in (("en", "Subscribe"), ("it", "Abbonati"), ("de", "Abonnieren")):
        tools = (f"<div class='utility-links'><div class='account'><a href='/account/sign-in'>Sign in</a></div>"
                 f"<nav class='navigation navigation--utility' aria-label='Utility'><ul><li>"
                 f"<a href='https://subscribe.example.com/offer?source=nav'>{label}</a></li></ul></nav></div>")
        header = (f"<div class='site-navigation'><nav class='main-nav'>{sections('News', 'Sport', 'Culture', 'Travel')}"
                  f"</nav>{tools}</div>")
        doc = parse(page(header=header, lang="en" if lang == "it" else lang))
        assert kinds(doc) == [("subscribe", "outside")], lang


def test_button_whose_label_names_the_kind_is_a_cta():
    """A link styled as a button whose target names no kind: its label does — "Subscriptions"
    to the shop beside the header's social icons and log-in, "Unterstützen" in a German
    footer, "Suscríbase" in a Spanish footer band."""
    social = "".join(f"<a href='https://{n}.com/harbourdaily'><i class='icon icon-{n}'></i></a>"
                     for n in ("twitter", "facebook", "linkedin"))
    header = (f"<div class='pull-right'><div class='navbar-social'>{social}</div>"
              "<a href='https://shop.example.com/en/' class='btn btn-secondary btn-sm'>Subscriptions</a>"
              "<a href='/profile/' class='login btn btn-nav'>Profile</a></div>")
    assert ("subscribe", "outside") in kinds(parse(page(header=header)))
    for lang, label, kind in (("de", "Unterstützen", "donate"), ("es", "Suscríbase", "subscribe")):
        footer = (f"<div class='footer-band'><a href='https://example.com/catalogo?utm_medium=footer' "
                  f"class='pulse-button'>{label}</a></div>")
        assert kinds(parse(page(footer=footer, lang=lang))) == [(kind, "outside")], lang


def test_button_whose_label_only_contains_a_kind_word_is_none():
    """"Start your application" holds "our app" but names no app: no app CTA."""
    header = (f"<nav class='utility-nav'>{sections('Events', 'News', 'Students')}"
              "<ul class='eyebrow'><li><a href='/admissions' class='btn btn--blue'>Start Your Application</a></li></ul></nav>")
    assert "app" not in [k for k, _ in kinds(parse(page(header=header)))]


def test_sign_up_form_in_a_footer_menu_is_a_newsletter_cta():
    """A footer's menu column holding the newsletters' check boxes and an e-mail field (more
    text than a menu button): one newsletter CTA. A log-in form there (a password field) is
    none."""
    for lang, (title, boxes, email) in {
        "en": ("Newsletters", ("Morning Jolt (Mon-Fri)", "The Daily (Mon-Sat)", "Breaking News"), "Email"),
        "fr": ("Lettres d'information", ("Le matin (lun-ven)", "Le quotidien (lun-sam)", "Alertes"), "Courriel"),
    }.items():
        checks = "".join(f"<div><input type='checkbox' name='n[]'><label>{b}</label></div>" for b in boxes)
        column = (f"<div class='site-footer__menus'><div class='site-footer__menus--left'>"
                  f"{sections('About', 'Contact', 'Privacy', 'Terms')}</div>"
                  f"<div class='site-footer__menus--right'><p>{title}</p><form class='form-newsletter'>{checks}"
                  f"<input type='email' placeholder='{email}' name='email'><input type='submit' value='OK'>"
                  "</form></div></div>")
        assert kinds(parse(page(footer=column, lang=lang))) == [("newsletter", "outside")], lang
    login = ("<div class='site-footer__menus'><div class='site-footer__menus--right'><p>Members sign in to "
             "read our member exclusive content</p><form><input type='email' name='user'>"
             "<input type='password' name='pass'><input type='submit' value='Sign in'></form></div></div>")
    assert kinds(parse(page(footer=login))) == []


def test_menu_with_a_newsletter_entry_beside_search_is_no_box():
    """A header nav bar: "Newsletter | Heftarchiv | Login" entries and a search form. The bar
    is the menu, not a newsletter box."""
    bar = ("<nav class='navbar'><div class='container'><ul class='nav navbar-nav'>"
           "<li class='nav-item'><a class='nav-link' href='/newsletter.html'><span>Newsletter</span></a></li>"
           "<li class='nav-item'><a class='nav-link' href='/heftarchiv.html'><span>Heftarchiv</span></a></li>"
           "<li class='nav-item'><a class='nav-link' href='/login.html'><span>Login</span></a></li></ul>"
           "<form action='/suche'><input type='search' name='q'><button type='submit'>Suche</button></form>"
           "</div></nav>")
    assert kinds(parse(page(header=bar, lang="de"))) == []
