"""Chat and messaging launchers (``chat_launchers``): a control standing alone that opens a
chat with the site is a ``contact`` CTA — a floating WhatsApp button linking the site's own
number, a launcher button named by its ``aria-label``, a pinned frame titled as a chat, a
header button whose label asks to chat, a fixed chat icon box with no link. Not: the
WhatsApp and Messenger buttons of a share row, a menu's "Live chat" entry, a hidden launcher.
A WhatsApp link carrying a phone number shares no page (``share_or_follow``). Small pages
written for the project, in German, French, English and Spanish.
"""

from __future__ import annotations

from syndicate.extract.ctas import share_or_follow


def test_a_whatsapp_link_with_a_phone_number_shares_no_page():
    """WhatsApp's ``send?phone=<digits>`` opens a chat with that number: no share; the same
    endpoint with the page in ``text=`` (or an empty phone) is a share button."""
    assert share_or_follow("https://api.whatsapp.com/send?phone=+4915112345678&text=Hallo") is None
    assert share_or_follow("https://web.whatsapp.com/send?phone=4915112345678") is None
    assert share_or_follow("https://api.whatsapp.com/send?text=https%3A%2F%2Fexample.org%2Fa") == "share"
    assert share_or_follow("https://api.whatsapp.com/send?phone=&text=https://example.org/a") == "share"
