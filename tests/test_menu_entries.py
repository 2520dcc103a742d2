"""A menu entry of a page header or footer styled like its sibling entries is navigation,
whatever its words say ("Newsletter" among "Über uns" and "Kontakt"); the page sets a CTA
entry apart (a class of its own, a button). Small pages written for the project, in German
and English.
"""

from __future__ import annotations

import syndicate
from regionpages import page

URL = "https://example.de/2024/02/hafen/"
NEWS = ("newsletter", "subscribe")


def _menu_ctas(raw: bytes) -> list[syndicate.CallToAction]:
    doc = syndicate.parse(raw, url=URL)
    return [c for c in doc.ctas if c.kind in NEWS]


def _entries(labels: list[tuple[str, str]], apart: str = "") -> str:
    """A header link list: one ``div`` per entry, alike; ``apart``: a class of the last one's own."""
    out = []
    for i, (label, href) in enumerate(labels):
        extra = f" {apart}" if apart and i == len(labels) - 1 else ""
        out.append(f"<div class='linklist__item{extra}' role='listitem'><a class='link' href='{href}'>{label}</a></div>")
    return f"<div class='linklist'>{''.join(out)}</div>"


GERMAN = [("Suche", "/de/suche.html"), ("Kontakt", "/de/kontakt.html"), ("Newsletter", "/de/newsletter.html")]


def test_a_plain_header_entry_is_no_cta():
    """German: "Newsletter" among the header's other link-list entries, styled like them."""
    raw = page(header=_entries(GERMAN), lang="de")
    assert _menu_ctas(raw) == []


def test_a_header_entry_set_apart_by_its_class_is_a_cta():
    """German: the same list, the newsletter entry with a class of its own (a button)."""
    raw = page(header=_entries(GERMAN, apart="linklist__item--button"), lang="de")
    assert [c.kind for c in _menu_ctas(raw)] == ["newsletter"]


def _footer_columns(last: str) -> str:
    cols = [
        "<div class='footer-item'><h4>Events</h4><ul><li><a href='/events/'>Upcoming Events</a></li>"
        "<li><a href='/webinars/'>Webinars</a></li></ul></div>",
        "<div class='footer-item'><h4>About</h4><ul><li><a href='/who/'>Who We Are</a></li>"
        "<li><a href='/press/'>Press Room</a></li></ul></div>",
        "<div class='footer-item'><h4>Resources</h4><ul><li><a href='/articles/'>Articles</a></li>"
        "<li><a href='/papers/'>White Papers</a></li></ul></div>",
        last,
    ]
    return f"<div class='footer-menu'>{''.join(cols)}</div>"


def test_a_footer_column_like_the_others_is_no_cta():
    """English: a footer column "Subscribe / Manage Email Preferences" among columns like it."""
    last = ("<div class='footer-item'><ul><li><a href='/subscribe/'>Subscribe</a></li>"
            "<li><a href='/preferences/'>Manage Email Preferences</a></li></ul></div>")
    assert _menu_ctas(page(footer=_footer_columns(last))) == []


def test_a_footer_column_with_a_button_link_is_a_cta():
    """English: the same column whose subscribe link is styled as a button the others lack."""
    last = ("<div class='footer-item'><ul><li><a class='button' href='/subscribe/'>Subscribe</a></li>"
            "<li><a href='/preferences/'>Manage Email Preferences</a></li></ul></div>")
    # (a "Subscribe" beside "Manage Email Preferences" signs up to e-mails: ``sign_up_kinds``)
    assert [c.kind for c in _menu_ctas(page(footer=_footer_columns(last)))] == ["newsletter"]
