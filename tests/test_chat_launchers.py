"""Chat and messaging launchers (``chat_launchers``): a control standing alone that opens a
chat with the site is a ``contact`` CTA — a floating WhatsApp button linking the site's own
number, a launcher button named by its ``aria-label``, a pinned frame titled as a chat, a
header button whose label asks to chat, a fixed chat icon box with no link. Not: the
WhatsApp and Messenger buttons of a share row, a menu's "Live chat" entry, a hidden launcher.
A WhatsApp link carrying a phone number shares no page (``share_or_follow``). Small pages
written for the project, in German, French, English and Spanish.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse
from syndicate.extract.ctas import share_or_follow


def contact(doc, raw: bytes) -> list[tuple[str, str, str]]:
    """(placement, tag, class) of the document's contact CTAs."""
    out = []
    for c in doc.ctas:
        if c.kind == "contact":
            el = regionpages.source(raw, c.locator)
            out.append((c.position.placement, el.tag, el.get("class") or ""))
    return out


def test_a_whatsapp_link_with_a_phone_number_shares_no_page():
    """WhatsApp's ``send?phone=<digits>`` opens a chat with that number: no share; the same
    endpoint with the page in ``text=`` (or an empty phone) is a share button."""
    assert share_or_follow("https://api.whatsapp.com/send?phone=+4915112345678&text=Hallo") is None
    assert share_or_follow("https://web.whatsapp.com/send?phone=4915112345678") is None
    assert share_or_follow("https://api.whatsapp.com/send?text=https%3A%2F%2Fexample.org%2Fa") == "share"
    assert share_or_follow("https://api.whatsapp.com/send?phone=&text=https://example.org/a") == "share"


def test_a_floating_whatsapp_button_to_the_sites_number_is_contact():
    """German: a link standing under ``<body>`` with an icon only, to
    ``api.whatsapp.com/send?phone=`` and a greeting: contact, the link."""
    top = ("<a class='float-wa' href='https://api.whatsapp.com/send?phone=+4915112345678&amp;text=Hallo'>"
           "<i class='icon icon-wa'></i></a>")
    raw = regionpages.page(top=top, lang="de")
    assert contact(parse(raw), raw) == [("outside", "a", "float-wa")]


def test_a_wa_me_link_in_its_own_box_is_contact_at_the_box():
    """English: a box holding only a picture link to ``wa.me/<digits>``: contact, the box."""
    top = ("<div class='corner-icon'><a href='https://wa.me/442071234567'>"
           "<img src='/img/wa.png' alt='WhatsApp'></a></div>")
    raw = regionpages.page(top=top)
    assert contact(parse(raw), raw) == [("outside", "div", "corner-icon")]


def test_a_launcher_button_named_by_its_aria_label_is_contact():
    """French: a ``<button>`` under ``<body>`` with an icon and ``aria-label="Ouvrir le chat"``,
    a class naming nothing: contact, the button."""
    top = "<button type='button' class='round-btn' aria-label='Ouvrir le chat'><svg></svg></button>"
    raw = regionpages.page(top=top, lang="fr")
    assert contact(parse(raw), raw) == [("outside", "button", "round-btn")]


def test_a_pinned_frame_titled_as_a_chat_is_contact_at_its_box():
    """English: a pinned box holding a frame titled "Live Chat" in a wrapper: contact, the box."""
    top = ("<div class='pinned-right'><div class='layer'>"
           "<iframe title='Live Chat' src='https://widget.example.net/w/123'></iframe></div></div>")
    raw = regionpages.page(top=top)
    assert contact(parse(raw), raw) == [("outside", "div", "pinned-right")]


def test_a_header_button_asking_to_chat_is_contact():
    """Spanish: the header's logo, and a box holding a ``<button>`` "Chatea con nuestros
    veterinarios": contact, the box."""
    header = ("<a class='logo' href='/'>Clínica</a>"
              "<div class='head-item'><button class='pill'>Chatea con nuestros veterinarios</button></div>")
    raw = regionpages.page(header=header, lang="es")
    assert contact(parse(raw), raw) == [("outside", "div", "head-item")]


def test_a_fixed_chat_icon_box_without_a_link_is_contact():
    """English: a box classed ``chat-icon_FixIcon`` (a CSS module's name) holding two icons, no
    link, a script opening the chat: contact, the box."""
    top = ("<div class='chat-icon_FixIcon__Ab3x9' style='cursor:pointer'><div class='ring'><svg></svg></div>"
           "<div class='robot'><svg></svg></div></div>")
    raw = regionpages.page(top=top)
    assert contact(parse(raw), raw) == [("outside", "div", "chat-icon_FixIcon__Ab3x9")]


def test_share_rows_menu_entries_and_hidden_launchers_are_no_chat():
    """English: a share row under the text (Facebook, WhatsApp ``send?text=``, a Messenger
    button), a "Live chat" entry among the header menu's links (a script's "#"), and a hidden
    launcher button: no contact CTA."""
    after = ("<div class='share-row'><a href='https://www.facebook.com/sharer/sharer.php?u=https://example.org/a'>"
             "Facebook</a><a class='whatsapp' href='https://api.whatsapp.com/send?text=https://example.org/a'>"
             "WhatsApp</a><button class='messenger'>Messenger</button></div>")
    header = ("<ul class='menu'><li><a href='/news/'>News</a></li><li><a href='/sport/'>Sport</a></li>"
              "<li><a href='/shop/'>Shop</a></li><li><a class='support-chat' href='#'>Live chat</a></li></ul>")
    top = "<button class='chatLauncher' style='display:none'>Chat with us</button>"
    raw = regionpages.page(after=after, header=header, top=top)
    doc = parse(raw)
    assert contact(doc, raw) == []
    assert [c.kind for c in doc.ctas if c.kind == "share"] == ["share"]
