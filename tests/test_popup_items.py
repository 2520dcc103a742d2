"""One pop-up, one CTA (``popup_items``, gold convention 9.5): the CTAs found inside one pop-up
window — its buttons one by one, its form and the follow icons under it — are one CTA on the
window's root, of the kind of its form's CTA; a pop-up holding a menu (a burger menu's
drawer) or a related block is no window of asks. Small pages written for the project, in
English and German.
"""

from __future__ import annotations

import lxml.html

import syndicate
from regionpages import page, source
from syndicate.extract.chrome import Found
from syndicate.extract.popup_items import one_per_popup
from syndicate.model import CallToAction, Related


def _ctas(raw: bytes, url: str) -> list[tuple[str, str | None]]:
    doc = syndicate.parse(raw, url=url)
    return [(c.kind, source(raw, c.locator).get("id") or source(raw, c.locator).get("class")) for c in doc.ctas]


def _run(html: str, finds: list[tuple[str, object]]) -> list[tuple[str, str]]:
    """``one_per_popup`` on the items ``finds`` ((XPath, CTA kind or a Related)) of the small
    page ``html``: (tag#id, kind or "related") of each item reported."""
    root = lxml.html.fromstring(html)
    found = [Found(root.xpath(x)[0], k if isinstance(k, Related) else CallToAction(id="", kind=k))  # type: ignore[arg-type]
             for x, k in finds]
    out = one_per_popup(found, set(), None)
    return [(f"{f.element.tag}#{f.element.get('id') or ''}",
             f.item.kind if isinstance(f.item, CallToAction) else "related") for f in out]


def _button(label: str, href: str) -> str:
    return (f"<div class='widget widget-button'><div class='widget-inner'><div class='button-wrap'>"
            f"<a class='button button-lg' href='{href}'><span class='button-text'>{label}</span></a>"
            f"</div></div></div>")


def test_english_popup_buttons_are_one_cta_on_the_popup():
    """English: a hidden clinic pop-up (class word "popup") holding a heading, a pitch of
    several lines and two buttons, an appointment and a partner's offer: one CTA on the
    pop-up's root, not one per button."""
    pitch = "".join(f"<p>{t}</p>" for t in (
        "Troubled by <strong>aching legs, swollen ankles or veins that show through the skin?</strong>",
        "The Eastmere Vein Clinic offers gentle treatments that need no stay in hospital:",
        "• Laser closure<br>• Foam therapy<br>• Compression fitting<br>• Ultrasound checks",
        "✔ No referral needed<br>✔ Appointments within the week<br>✔ Most insurers accepted",
        "After treatment, patients may book skin care with our partner spa on the quay.",
        "<em>New patients receive a free first check when they mention this notice.</em>"))
    popup = ("<div id='spring-offer' class='site-popup site-popup-hidden'><section class='row'><div class='col'>"
             "<div class='widget widget-heading'><h2>Eastmere's leaders in vein care</h2></div>"
             f"<div class='widget widget-text'>{pitch}</div>"
             + _button("BOOK YOUR APPOINTMENT", "https://clinic.example/make-an-appointment/")
             + _button("SEE THE SPA OFFER", "https://spa.example/contact-us/")
             + "</div></section></div>")
    raw = page(top=popup)
    assert _ctas(raw, "https://clinic.example/news/wall") == [("contact", "spring-offer")]


def test_german_modal_form_and_follow_icons_are_one_newsletter_cta():
    """German: a hidden newsletter modal (``role=dialog``) holding a heading, the sign-up
    form, a second heading and the follow icons: one newsletter CTA on the modal."""
    icons = "".join(f"<li class='follow-item'><a href='https://www.{n}.com/hafenblatt'>{n}</a></li>"
                    for n in ("facebook", "instagram", "youtube"))
    modal = ("<div id='abo' class='window fade' role='dialog'><div class='window-dialog'><div class='window-content'>"
             "<div class='window-header'><button type='button' class='close'>×</button></div>"
             "<div class='window-body'><h4>E-Mail-Newsletter</h4>"
             "<form action='/newsletter/anmelden'><input type='email' name='email' placeholder='Ihre E-Mail'>"
             "<button type='submit'>Anmelden</button></form>"
             f"<h4>Folgen Sie uns</h4><ul class='follow'>{icons}</ul></div></div></div></div>")
    raw = page(lang="de", top=modal)
    assert _ctas(raw, "https://hafenblatt.example/artikel") == [("newsletter", "abo")]


def test_drawer_holding_a_menu_keeps_its_follow_icons():
    """English: a burger menu's drawer (class word "popup") holding the site's menu and the
    follow icons: a menu's panel, no window of asks; the icons stay where they were found."""
    html = ("<html><body><div id='drawer' class='popup-drawer'><div class='drawer-inner'>"
            "<nav><ul><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul></nav>"
            "<div id='icons' class='social'><a href='https://www.facebook.com/x'>f</a>"
            "<a href='https://www.instagram.com/x'>i</a></div></div></div></body></html>")
    assert _run(html, [("//div[@id='icons']", "follow")]) == [("div#icons", "follow")]


def test_drawer_holding_a_menu_list_without_nav_keeps_its_follow_icons():
    """English: a slide-over drawer (``role=dialog``, no ``<nav>``) holding the site's menu as
    a list whose "More" entry unfolds a submenu, and the follow icons: a menu's panel, no
    window of asks; the icons stay where they were found. A window holding a plain list
    (no entry unfolding one) is still one window."""
    more = ("<li><button>More</button><ul><li><a href='/about'>About us</a></li>"
            "<li><a href='/contact'>Contact us</a></li></ul></li>")
    drawer = ("<html><body><div id='side' role='dialog'><div class='panel'><ul>"
              "<li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li>{}</ul>"
              "<div id='icons'><a href='https://www.facebook.com/x'>f</a>"
              "<a href='https://www.instagram.com/x'>i</a></div></div></div></body></html>")
    assert _run(drawer.format(more), [("//div[@id='icons']", "follow")]) == [("div#icons", "follow")]
    assert _run(drawer.format(""), [("//div[@id='icons']", "follow")]) == [("div#side", "follow")]


def test_popup_holding_a_related_block_keeps_its_parts():
    """English: a pop-up holding a related block beside a sign-up form is no window of asks:
    the form's CTA stays at the form; the form's CTA alone in a pop-up goes to its root."""
    html = ("<html><body><div id='pop' class='modal'><div class='inner'>"
            "<div id='reads'><a href='/a'>A story</a><a href='/b'>B story</a></div>"
            "<form id='f'><input type='email'><button>Sign up</button></form></div></div></body></html>")
    rel = Related(id="", title="Reads", items=[])
    assert _run(html, [("//div[@id='reads']", rel), ("//form", "newsletter")]) == [
        ("div#reads", "related"), ("form#f", "newsletter")]
    assert _run(html, [("//form", "newsletter")]) == [("div#pop", "newsletter")]


def test_main_ask_is_the_form_not_the_first_button():
    """English: a pop-up whose first found item is a "Read our guide" button and whose second
    is its sign-up form: the one CTA takes the form's kind (its main ask)."""
    html = ("<html><body><div id='pop' class='exit-popup'><a id='g' class='btn' href='/guide'>Read our guide</a>"
            "<form id='f'><input type='email'><button>Sign up</button></form></div></body></html>")
    assert _run(html, [("//a[@id='g']", "other"), ("//form", "newsletter")]) == [("div#pop", "newsletter")]
