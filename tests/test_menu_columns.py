"""A link column among the site's menu columns is navigation, no related block
(``extract/menu_columns.py``, run by ``related_guards.without_false_related``). Small pages
written for the project, in English and German.

Each page is read twice where the rule acts: with it (no related block) and with it
switched off (the column is found as related content), so the test fails when the rule
does not act.
"""

from __future__ import annotations

import pytest

import syndicate.extract.related_guards as guards
from regionpages import page, parse


def _column(heading: str, links: list[tuple[str, str]], style: str = "footer-link") -> str:
    """A footer column: a heading line and its links, each of class ``style``."""
    return (f"<div class='footer-column'><div class='footer-heading'>{heading}</div>"
            + "".join(f"<a class='{style}' href='{href}'>{label}</a>" for href, label in links) + "</div>")


COMPANY = {
    "en": _column("Company", [("/about", "About"), ("/careers", "Careers"), ("/contact", "Contact us"),
                              ("/blog", "Blog")]),
    "de": _column("Unternehmen", [("/ueber-uns", "Über uns"), ("/karriere", "Karriere"),
                                  ("/kontakt", "Kontakt"), ("/presse", "Presse")]),
}
HELP = {
    "en": _column("Help", [("/help", "Help centre"), ("/faq", "FAQ"), ("/privacy", "Privacy")]),
    "de": _column("Service", [("/hilfe", "Hilfe"), ("/agb", "AGB"), ("/datenschutz", "Datenschutz")]),
}
#: A column of the site's own guide pages, titled like headlines.
GUIDES = {
    "en": _column("Training guides", [
        ("/how-to-train-for-a-10k", "How to train for a 10K race"),
        ("/how-to-train-for-a-half-marathon", "How to train for a half marathon"),
        ("/how-to-train-for-a-marathon", "How to train for your first marathon"),
        ("/how-to-train-for-an-ultra", "How to train for an ultra marathon")]),
    "de": _column("Ratgeber", [
        ("/ratgeber/wie-man-eine-kueche-plant", "Wie man eine neue Küche richtig plant"),
        ("/ratgeber/bad-sanieren-schritt-fuer-schritt", "Das Bad Schritt für Schritt sanieren"),
        ("/ratgeber/dachboden-ausbauen-was-kostet-das", "Den Dachboden ausbauen: was kostet das?")]),
}
#: Columns of dated stories of the site.
STORIES = {
    "en": [_column(h, [(f"/{s}/2024/{'-'.join(t.lower().split())}", t) for t in titles]) for h, s, titles in (
        ("Latest news", "region", ("Ferry runs to plan again after three weeks",
                                   "Rowing club wins the regatta for the third time",
                                   "Fish market moves into the old engine shed")),
        ("Most read", "sport", ("Harbour swimmers brave the first cold morning",
                                "Sailing school opens a second pier for beginners",
                                "Lifeboat crew trains with the new rescue boat")))],
}


def _columns(*columns: str) -> str:
    return "<div class='footer-columns'>" + "".join(columns) + "</div>"


def _related(raw: bytes, off: bool, monkeypatch: pytest.MonkeyPatch) -> list:
    if off:
        monkeypatch.setattr(guards, "menu_column", lambda *a: False)
    else:
        monkeypatch.undo()
    return parse(raw).related


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_guide_column_among_the_footers_menu_columns_is_navigation(lang: str, monkeypatch: pytest.MonkeyPatch):
    """An English "Training guides" and a German "Ratgeber" column between the footer's
    "Company" and "Help" menus, all links styled alike: a menu, though its labels read like
    headlines."""
    raw = page(footer=_columns(COMPANY[lang], GUIDES[lang], HELP[lang]), lang=lang)
    found = _related(raw, True, monkeypatch)
    assert [len(r.items) for r in found] == [len(GUIDES[lang].split("<a ")) - 1]
    assert _related(raw, False, monkeypatch) == []


def test_story_columns_beside_a_menu_column_stay_related():
    """"Latest news" and "Most read" beside the "Company" menu: two related blocks (a run
    holding a related column of its own is no run of menus)."""
    doc = parse(page(footer=_columns(*STORIES["en"], COMPANY["en"]), lang="en"))
    assert sorted(r.title for r in doc.related) == ["Latest news", "Most read"]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_same_columns_inside_the_article_stay_related(lang: str):
    """The guide column among menu-like columns below the text, inside ``<main>``: the
    article's own reading list, related."""
    doc = parse(page(below=_columns(COMPANY[lang], GUIDES[lang], HELP[lang]), lang=lang))
    assert [r.title for r in doc.related] == [GUIDES[lang].split("footer-heading'>")[1].split("<")[0]]


def test_columns_with_a_link_style_of_their_own_are_no_run():
    """The menus' links styled otherwise than the guides': no run of columns built alike."""
    menus = [c.replace("footer-link", "menu-link") for c in (COMPANY["en"], HELP["en"])]
    doc = parse(page(footer=_columns(menus[0], GUIDES["en"], menus[1]), lang="en"))
    assert [r.title for r in doc.related] == ["Training guides"]
