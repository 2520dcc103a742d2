"""Conversion buttons outside the body (issue 15): a link styled as a button in the header,
a menu or the footer whose target is a contact, membership, donation, sign-up page or an
app store is a CTA of the target's kind, placed ``outside``; a plain menu entry to the same
page, a "Log in | Register" pair, a plan grid and a mobile copy of the button are not (one
more) CTA. Small pages written for the project, chrome in German, English, French,
Spanish and Italian.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse

MENU = ("<nav class='main-nav'><ul><li><a href='/politik/'>Politik</a></li>"
        "<li><a href='/wirtschaft/'>Wirtschaft</a></li><li><a href='/sport/'>Sport</a></li>"
        "<li><a href='/kultur/'>Kultur</a></li></ul></nav>")


def outside(doc) -> list[tuple[str, str | None]]:
    return [(c.kind, c.text) for c in doc.ctas if c.position.placement == "outside"]


def test_header_and_footer_buttons_take_their_kind_from_the_target():
    """German: "Mitglied werden" to a membership host and "Jetzt spenden" to /spenden/,
    both styled as buttons beside the menu: subscribe and donate CTAs, placed outside."""
    header = (f"<a class='logo' href='/'>Hafenberg</a>{MENU}"
              "<div class='header-actions'><a class='btn btn-red' href='https://mitglied.example.org/?wc=1'>"
              "Mitglied werden</a></div>")
    footer = ("<ul class='footer-links'><li><a href='/impressum/'>Impressum</a></li>"
              "<li><a href='/datenschutz/'>Datenschutz</a></li></ul>"
              "<div class='footer-cta'><a class='button button--donate' href='/spenden/'>Jetzt spenden</a></div>")
    doc = parse(regionpages.page(header=header, footer=footer, lang="de"))
    assert ("subscribe", "Mitglied werden") in outside(doc)
    assert ("donate", "Jetzt spenden") in outside(doc)


def test_contact_and_app_buttons_in_other_languages():
    """English "Get in touch" to /contact-us/, French "Faire un don" to /faire-un-don/,
    Spanish "Hazte socio" to /hazte-socio/, Italian "Scarica l'app" to an app store."""
    cases = (
        ("en", "Get in touch", "/contact-us/", "contact"),
        ("fr", "Faire un don", "/faire-un-don/", "donate"),
        ("es", "Hazte socio", "/hazte-socio/", "subscribe"),
        ("it", "Scarica l'app", "https://play.google.com/store/apps/details?id=it.example", "app"),
    )
    for lang, label, href, kind in cases:
        header = f"{MENU}<div class='nav-right'><a class='cta-button' href=\"{href}\">{label}</a></div>"
        doc = parse(regionpages.page(header=header, lang=lang))
        assert (kind, label) in outside(doc), (lang, outside(doc))


def test_plain_menu_entry_to_a_contact_page_is_navigation():
    """The same target as a plain entry of the menu (no button style) is navigation."""
    menu = MENU.replace("</ul>", "<li><a href='/kontakt/'>Kontakt</a></li></ul>")
    doc = parse(regionpages.page(header=menu, lang="de"))
    assert [c for c in doc.ctas if c.kind == "contact"] == []


def test_register_beside_log_in_is_account_navigation():
    """English: "Log in | Register" buttons in the header: the account's pair, no CTA."""
    header = (f"{MENU}<div class='account'><button class='button login'>Log in</button>"
              "<a class='button' href='/register'>Register</a></div>")
    doc = parse(regionpages.page(header=header, lang="en"))
    assert [c for c in doc.ctas if c.text == "Register"] == []


def test_mobile_copy_of_a_button_is_one_cta_and_a_plan_grid_none():
    """A header button and its mobile-menu copy (a list entry) to the same page: one CTA.
    Four plan buttons side by side (the page's own prices) are no chrome."""
    header = (f"{MENU}<ul class='mobile-menu'><li><a href='/politik/'>Politik</a></li>"
              "<li><a class='btn' href='/abo/'>Abo</a></li></ul>"
              "<div class='header-actions'><a class='btn' href='/abo/'>Abo</a></div>")
    plans = "".join(f"<div class='plan'><b>{n}</b><a class='btn' href='/subscribe/{n.lower()}'>Choose</a></div>"
                    for n in ("Monthly", "Quarterly", "Annual", "Team"))
    doc = parse(regionpages.page(header=header, side=f"<div class='plans'>{plans}</div>", lang="de"))
    assert [c.text for c in doc.ctas if c.kind == "subscribe"] == ["Abo"]


def test_a_mail_or_phone_link_names_no_conversion_page():
    """``mailto:`` and ``tel:`` load no page: whatever words their address holds ("donate"
    in a vanity number, "newsletter@"), they are no link to a conversion page."""
    from syndicate.extract.conversion_links import target_kind

    assert target_kind("tel:+49-30-donate") is None
    assert target_kind("TEL:0800-SPENDEN") is None
    assert target_kind("mailto:spenden@example.org") is None
    assert target_kind("https://example.org/spenden/") == "donate"
