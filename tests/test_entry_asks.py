"""Menu entries styled as buttons whose target and label name no CTA kind
(``extract/nav_buttons.py``: ``_script_ask``; ``extract/entry_asks.py``: ``entry_ask``; ``rules/entry_asks.py``): an
entry the page sets apart by its markup at the end of the main menu that leads to the
site's conversion page (a booking, a quote, a free pass, a trial) is an ``other`` CTA
placed ``outside``; so is one opening a demo or booking form by script (no target). The
same entries without the style, a button-styled entry to an ordinary section page, a
button-styled "Sign up" beside "Log in" and a copy in an off-canvas or mega menu's panel
stay what they were. Small pages written for the project, in English, German and French.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import page, parse


def menu(*entries: str, name: str = "main-nav") -> str:
    """A main menu: section entries (``name``) and raw ``<li>`` entries as given."""
    items = "".join(e if e.startswith("<li") else f"<li class='menu-item'><a href='/{e.lower()}/'>{e}</a></li>"
                    for e in entries)
    return f"<nav class='{name}'><ul class='menu'>{items}</ul></nav>"


def outside(doc) -> list[tuple[str, str | None]]:
    return [(c.kind, c.text) for c in doc.ctas if c.position.placement == "outside"]


SECTIONS = {
    "en": ("News", "Guides", "Stories", "Team"),
    "de": ("Nachrichten", "Ratgeber", "Geschichten", "Team"),
    "fr": ("Actualités", "Guides", "Histoires", "Équipe"),
}


def test_button_styled_entry_to_a_conversion_page_is_a_cta():
    """English "Book Online" to /book-online/ (the label asks), German "Probetraining" to
    /probetraining/ (a stem of ``entry_asks``: a trial), French "Devis gratuit" to /devis/
    (a quote): each a ``<li>`` styled as a button closing the section list."""
    cases = (
        ("en", "<li class='menu-cta menu-item'><a href='/book-online/'>Book Online</a></li>", "Book Online"),
        ("de", "<li class='nav-btn menu-item'><a href='/probetraining/'>Probetraining</a></li>", "Probetraining"),
        ("fr", "<li class='menu-item bouton cta'><a href='/devis/'>Devis gratuit</a></li>", "Devis gratuit"),
    )
    for lang, entry, label in cases:
        doc = parse(page(header=menu(*SECTIONS[lang], entry), lang=lang))
        assert outside(doc) == [("other", label)], (lang, outside(doc))
        assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_free_offer_beside_log_in_is_the_products_trial():
    """"Start Monitoring for Free" to the app's host, styled apart beside "Sign In": the
    product's trial, no account door (a plain "Sign up" there stays navigation)."""
    bar = ("<ul class='menu'><li class='menu-item nav-bar-cta'><a href='https://app.example.com/'>"
           "Start Monitoring for Free</a></li><li class='menu-item'><a href='https://app.example.com/login'>"
           "Sign In</a></li></ul>")
    doc = parse(page(header=menu(*SECTIONS["en"]) + f"<div class='header-right'>{bar}</div>"))
    assert outside(doc) == [("other", "Start Monitoring for Free")], outside(doc)
    plain = bar.replace("Start Monitoring for Free", "Sign up").replace("https://app.example.com/'", "/register'")
    assert outside(parse(page(header=menu(*SECTIONS["en"]) + f"<div class='header-right'>{plain}</div>"))) == []


def test_button_styled_entry_opening_a_form_by_script_is_a_cta():
    """English "Get A Demo" and German "Demo anfordern": an ``<a>`` with no target in a
    ``<li class="btn">`` closing the menu (a script opens the sales form)."""
    for lang, label in (("en", "Get A Demo"), ("de", "Demo anfordern")):
        entry = f"<li class='btn btn-custom menu-item'><a target='_blank' class='nav-link'>{label}</a></li>"
        doc = parse(page(header=menu(*SECTIONS[lang], entry), lang=lang))
        assert outside(doc) == [("other", label)], (lang, outside(doc))


def test_button_styled_entry_opening_a_modal_takes_its_labels_kind():
    """English "SUBSCRIBE" and French "Newsletter": an ``<a href="#">`` opening the sign-up
    modal in a button-styled ``<li>`` beside "About" and "Advertise": the kind its label
    names."""
    for lang, label in (("en", "SUBSCRIBE"), ("fr", "Newsletter")):
        entry = (f"<li class='header-cta'><a href='#' class='btn btn-primary' data-bs-toggle='modal' "
                 f"data-bs-target='#subscribeModal'>{label}</a></li>")
        doc = parse(page(header=menu(*SECTIONS[lang], entry), lang=lang))
        got = outside(doc)
        assert len(got) == 1 and got[0][1] == label and got[0][0] in ("subscribe", "newsletter"), (lang, got)


def test_plain_or_section_entries_and_panel_copies_are_no_cta():
    """What must not fire: the same entries without the button style; a button-styled entry
    to an ordinary section ("Über uns", "Blog"); a script entry asking nothing ("Menu");
    and a "Get a demo" button in the bar is reported once, though a mega menu's panel card
    links the same page."""
    for lang, entry in (("en", "<li class='menu-item'><a href='/book-online/'>Book Online</a></li>"),
                        ("fr", "<li class='menu-item'><a href='/devis/'>Devis gratuit</a></li>"),
                        ("de", "<li class='menu-cta menu-item'><a href='/ueber-uns/'>Über uns</a></li>"),
                        ("en", "<li class='btn menu-item'><a href='/blog/'>Blog</a></li>"),
                        ("en", "<li class='btn menu-item'><a class='toggle'>Menu</a></li>")):
        assert outside(parse(page(header=menu(*SECTIONS[lang], entry), lang=lang))) == [], (lang, entry)
    panel = ("<div class='mega-menu customers'><div class='column right'><div class='head'>Outpace your "
             "competition</div><p>We are recognised as a market leader in innovation year after year.</p>"
             "<a class='btn' href='/demo/'>Get a demo</a></div></div>")
    bar = menu(*SECTIONS["en"], "<li class='btn menu-item'><a href='/demo/'>Get a demo</a></li>")
    got = [c for c in outside(parse(page(header=bar + panel))) if c[1] == "Get a demo"]
    assert got == [("other", "Get a demo")], got
