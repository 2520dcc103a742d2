"""A menu entry that unfolds a submenu is navigation: its label, its submenu and a column of
network entries inside it are no CTA ("Canales" over Newsletter / YouTube / Facebook, a
navbar's "E-Paper" over "E-Paper lesen / Digital-Abo bestellen"); the same networks in a
row of their own beside the menu stay a follow bar. Small pages written for the project,
in Spanish, English and German.
"""

from __future__ import annotations

import lxml.html

import syndicate
from regionpages import page
from syndicate.extract.submenus import in_submenu, unfolds

URL = "https://example.com/2024/02/puerto/"
NETWORKS = [("YouTube", "https://www.youtube.com/c/puertoalto"),
            ("Facebook", "https://www.facebook.com/puertoalto"),
            ("Twitter", "https://twitter.com/puertoalto"),
            ("Instagram", "https://www.instagram.com/puertoalto/")]


def _entries(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<li class='menu-item'><a href='{h}'>{t}</a></li>" for t, h in pairs)


def _nav(unfolding: str) -> str:
    """A header menu: section entries, then ``unfolding`` (an entry with its submenu)."""
    sections = _entries([("Inicio", "/"), ("Deportes", "/deportes/"), ("Economía", "/economia/"),
                         ("Opinión", "/opinion/")])
    return f"<nav class='main-nav'><ul class='menu'>{sections}{unfolding}</ul></nav>"


def _follow(raw: bytes, lang: str = "es") -> list[syndicate.CallToAction]:
    return [c for c in syndicate.parse(raw, url=URL).ctas if c.kind == "follow"]


CANALES = ("<li class='menu-item menu-item-has-children'><a>Canales</a><ul class='sub-menu'>"
           + _entries([("Boletines", "/boletines/"), *NETWORKS]) + "</ul></li>")


def test_a_submenu_of_networks_is_no_follow_bar():
    """Spanish: "Canales" unfolds Boletines and four network profiles: a branch of the menu."""
    raw = page(header=_nav(CANALES), lang="es")
    assert _follow(raw) == []


def test_the_same_networks_in_a_row_of_their_own_are_a_follow_bar():
    """Spanish: the same profiles as a list of their own beside the menu: a follow bar."""
    row = f"<ul class='social-links'>{_entries(NETWORKS)}</ul>"
    raw = page(header=_nav("") + row, lang="es")
    assert len(_follow(raw)) == 1


def test_a_mega_menu_column_of_networks_is_no_follow_bar():
    """English: a mega menu's "Community" entry unfolds columns; one column lists a heading
    entry, a page and three network profiles."""
    column = ("<li class='mm-col'><ul class='sub-menu'><li class='mm-heading'><a href='/community/'>"
              "<i class='icon icon-chat'></i>Social Media</a></li>"
              + _entries([("Crowdfunding Projects", "/creators/"), *NETWORKS[1:]]) + "</ul></li>")
    other = ("<li class='mm-col'><ul class='sub-menu'><li class='mm-heading'><a href='/guides/'>"
             "<i class='icon icon-book'></i>Guides</a></li>"
             + _entries([("Zero waste", "/guides/zero-waste/"), ("Plastic free", "/guides/plastic/")]) + "</ul></li>")
    entry = (f"<li class='mega menu-item-has-children'><a href='/community/'>Community</a>"
             f"<ul class='sub-menu'>{other}{column}</ul></li>")
    raw = page(header=_nav(entry), lang="en")
    assert _follow(raw) == []


def _navbar(items: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """A navbar of ``div`` entries, each a label link, an empty hover layer and a submenu."""
    out = []
    for label, sub in items:
        subs = "".join(f"<li class='navbar-sub'><a href='{h}'>{t}</a></li>" for t, h in sub)
        out.append(f"<div class='navbar-item'><div class='navbar-item-link'><a href='/{label}'>{label}</a>"
                   f"<div class='navbar-item-icon'></div></div><div class='navbar-item-hover'></div>"
                   f"<ul class='navbar-item-list'>{subs}</ul></div>")
    return f"<nav class='navbar'><div class='navbar-links'>{''.join(out)}</div></nav>"


def test_a_navbar_label_over_its_submenu_is_no_subscription():
    """German: "E-Paper" over "E-Paper lesen / Digital-Abo bestellen" among navbar entries
    like it: navigation, no subscription box."""
    bar = _navbar([("Anzeigen", [("Jobs", "/jobs/"), ("Immobilien", "/immobilien/"), ("Trauer", "/trauer/")]),
                   ("E-Paper", [("E-Paper lesen", "/e-paper/lesen/"), ("Digital-Abo bestellen", "/abo/digital/")]),
                   ("Service", [("Kontakt", "/kontakt/"), ("Impressum", "/impressum/")])])
    raw = page(header=bar, lang="de")
    kinds = [c.kind for c in syndicate.parse(raw, url=URL).ctas]
    assert "subscribe" not in kinds


def test_unfolds_needs_a_label_and_a_submenu():
    """The structure alone: a label and a list below it unfold; a heading over a list (a
    footer column's title) does not, nor a single entry without a submenu."""
    root = lxml.html.fromstring(
        "<div><ul><li id='a'><a href='#'>Follow</a><ul><li><a href='https://x.com/p'>X</a></li>"
        "<li><a href='https://facebook.com/p'>Facebook</a></li></ul></li>"
        "<li id='b'><h4>Follow us</h4><ul><li><a href='https://x.com/p'>X</a></li>"
        "<li><a href='https://facebook.com/p'>Facebook</a></li></ul></li>"
        "<li id='c'><a href='/about/'>About</a></li></ul></div>")
    a, b, c = (root.get_element_by_id(x) for x in "abc")
    assert unfolds(a) and not unfolds(b) and not unfolds(c)
    assert in_submenu(a.find("ul")) and not in_submenu(b.find("ul"))
