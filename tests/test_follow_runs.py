"""Profile icons inside a menu or a mixed header row, on small pages written for the project
in German, English and French: two or more adjacent icon entries linking the site's profiles
are found even when the menu's other entries outnumber them; a follow button's
``intent/follow`` link is a profile link. A text entry "Facebook" in a menu, share links and
an author's profile links make no widget; a single icon makes no run.
"""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source

_SVG = "<svg viewBox='0 0 10 10'><title>{0}</title><path d='M0 0h10v10z'/></svg>"


def _follows(doc):  # type: ignore[no-untyped-def]
    return [c for c in doc.ctas if c.kind == "follow"]


def _menu(icons: str, lang: str) -> str:
    """A top menu of eight text entries ending in the given entries."""
    words = {"de": ("Presse", "Termine", "Downloads", "Jobs", "Kontakt", "Shop", "Archiv", "Hilfe"),
             "en": ("Press", "Events", "Downloads", "Jobs", "Contact", "Shop", "Archive", "Help"),
             "fr": ("Presse", "Agenda", "Documents", "Emplois", "Contact", "Boutique", "Archives", "Aide")}[lang]
    entries = "".join(f"<li class='textitem'><a href='/{w.lower()}'>{w}</a></li>" for w in words)
    return f"<nav class='top'><ul class='topmenu'>{entries}{icons}</ul></nav>"


def _icon(href: str, name: str) -> str:
    return f"<li class='social'><a href='{href}' title='{name}'>{_SVG.format(name)}</a></li>"


@pytest.mark.parametrize(("lang", "site"), [("de", "hafenblatt"), ("en", "eastmere"), ("fr", "porthaut")])
def test_icon_run_at_the_end_of_a_menu_is_followed_icon_by_icon(lang, site):
    """Three profile icons after eight text entries: the run is found at its first icon, and
    each icon, standing in no box of its own, is one follow CTA (``lone_follows``; the gold
    labels such loose icons one by one)."""
    icons = (_icon(f"https://www.instagram.com/{site}/", "Instagram") + _icon(f"https://www.facebook.com/{site}", "Facebook")
             + _icon(f"https://twitter.com/{site}", "Twitter"))
    raw = page(header=_menu(icons, lang), lang=lang)
    hrefs = [source(raw, cta.locator).find(".//a").get("href") for cta in _follows(parse(raw))]
    assert sorted(hrefs) == sorted([f"https://www.instagram.com/{site}/", f"https://www.facebook.com/{site}",
                                    f"https://twitter.com/{site}"])


def test_text_entries_naming_networks_are_menu_entries():
    """German footer menu: "Facebook" and "Twitter" as text entries are navigation."""
    text = ("<li><a href='https://www.facebook.com/hafenblatt'>Facebook</a></li>"
            "<li><a href='https://twitter.com/hafenblatt'>Twitter</a></li>")
    raw = page(header=_menu(text, "de"), lang="de")
    assert _follows(parse(raw)) == []


def test_one_icon_and_share_links_make_no_run():
    """English: a single profile icon among the menu's entries is no run, one icon followed
    alone (``lone_follows``); two share icons make no follow widget."""
    one = _icon("https://www.facebook.com/eastmere", "Facebook")
    raw = page(header=_menu(one, "en"))
    (cta,) = _follows(parse(raw))
    assert source(raw, cta.locator).tag == "li"
    shares = (_icon("https://www.facebook.com/sharer/sharer.php?u=https://eastmere.example/a", "Facebook")
              + _icon("https://twitter.com/intent/tweet?url=https://eastmere.example/a", "Twitter"))
    assert _follows(parse(page(header=_menu(shares, "en")))) == []


def test_icons_beside_a_search_form_and_a_subscribe_link():
    """German header corner: two bare icons, "Abo bestellen" and a search form: the icons are
    the follow widget (reported at the first), the corner is not."""
    corner = ("<div class='right-wrapper'>"
              "<a class='element facebook' href='https://www.facebook.com/Hafenblatt/'></a>"
              "<a class='element twitter' href='https://twitter.com/Hafen_Blatt'></a>"
              "<a id='subscribe' href='/abo/'>Abo bestellen</a>"
              "<div><form action='/suche/'><input type='search' name='q'><a href='#'>Suche</a></form></div></div>")
    raw = page(header=corner, lang="de")
    (cta,) = _follows(parse(raw))
    assert source(raw, cta.locator).get("href") == "https://www.facebook.com/Hafenblatt/"


def test_an_authors_profile_icons_are_no_site_widget():
    """English byline: the author's name and her two profile icons are no follow widget."""
    byline = ("<div class='author-box'><a href='/authors/jane-doe'>Jane Doe</a>"
              f"<a href='https://twitter.com/janedoe'>{_SVG.format('Twitter')}</a>"
              f"<a href='https://www.linkedin.com/in/janedoe'>{_SVG.format('LinkedIn')}</a>"
              "<a href='/authors/jane-doe/archive'>All stories</a></div>")
    raw = page(after=byline)
    assert _follows(parse(raw)) == []


@pytest.mark.parametrize("host", ["twitter.com", "x.com"])
def test_intent_follow_is_a_profile_link(host):
    """French footer: "Twitter" (a follow button's ``intent/follow`` link) and "Facebook": a
    follow bar; a tweet intent stays a share link."""
    from syndicate.extract import ctas
    assert ctas.share_or_follow(f"https://{host}/intent/follow?screen_name=porthaut") == "follow"
    assert ctas.share_or_follow(f"https://{host}/intent/tweet?url=https://porthaut.example/a") == "share"
    bar = ("<ul class='footer-social-media'>"
           f"<li><a href='https://{host}/intent/follow?screen_name=porthaut'>Twitter</a></li>"
           "<li><a href='https://www.facebook.com/porthaut'>Facebook</a></li></ul>")
    raw = page(footer=bar, lang="fr")
    (cta,) = _follows(parse(raw))
    assert source(raw, cta.locator).get("class") == "footer-social-media"
