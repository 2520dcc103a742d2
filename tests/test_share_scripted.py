"""A share control a script drives is named by its words wherever they are: a ``<button>``
whose only label is its icon's ``alt`` ("Open share options"), or a link to ``#`` or
``javascript:`` saying "Teilen". A "Teilen" entry of a list of share links is no share
button alone. Small pages written for the project, in English and German.
"""

from __future__ import annotations

import syndicate
from regionpages import page

URL = "https://example.com/2024/02/harbour/"


def _shares(raw: bytes) -> list[syndicate.CallToAction]:
    return [c for c in syndicate.parse(raw, url=URL).ctas if c.kind == "share"]


def test_a_button_named_by_its_icon_is_a_share_button():
    """English: a quick-actions toolbar (Save, Share) whose share button shows an icon only."""
    bar = ("<div class='byline-tools'><div role='toolbar' aria-label='Quick actions'>"
           "<div class='tool'><button aria-label='Save Article'><img src='/i/save.svg' alt='bookmarks'></button></div>"
           "<div class='tool'><button type='button' aria-haspopup='dialog'>"
           "<img src='/i/sharing.svg' alt='Open share options'></button></div></div></div>")
    raw = page().replace(
        b"<h1>Harbour wall to be rebuilt</h1>", b"<h1>Harbour wall to be rebuilt</h1>" + bar.encode())
    assert len(_shares(raw)) == 1


def test_a_scripted_link_saying_teilen_is_a_share_button():
    """German: a social-media consent placeholder under the post: "Teilen mir erlauben"."""
    box = ("<section class='sectionSocial section'><h3>Teilen</h3>Es werden keine Komponenten sozialer "
           "Medien angezeigt.<div class='actions'><span class='button'><a data-request-href='/erlauben.xml' "
           "href='javascript:void(0);'>Teilen mir erlauben</a></span></div></section>")
    raw = page(after=box, lang="de")
    assert len(_shares(raw)) == 1


def _entry(href: str, network: str, label: str) -> str:
    return (f"<li><a href='{href}' class='soc-link {network}'><svg class='soc-link__icon'>"
            f"<use href='/sprite.svg#icon_{network}'></use></svg><p class='text-low'>{label}</p></a></li>")


def test_an_entry_of_a_share_list_is_no_share_button_alone():
    """English: a side panel of script-driven share entries (counts, "Share" on LinkedIn,
    "Email"): its "Share" entry is no share button of its own."""
    box = ("<div class='col-2 tools'><ul class='soc'><li><p>share this!</p></li>"
           + _entry("javascript:void(0)", "fb", "420") + _entry("#", "tw", "23")
           + _entry("#", "ln", "Share") + _entry("mailto:", "ml", "Email") + "</ul></div>")
    raw = page(side=box)
    assert not any(c.locator.endswith("]") and "/li[" in c.locator for c in _shares(raw))
