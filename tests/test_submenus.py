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


def _menubar(featured_panel: str, extra: str = "") -> str:
    """A header's menu bar: a ``role=menubar`` list (no ``<nav>``), entries that unfold a
    panel from a button."""
    sections = "".join(f"<li role='none'><button>{t}</button><div><ul>"
                       + "".join(f"<li><a href='/{t.lower()}/{s}/'>{s.title()}</a></li>" for s in subs)
                       + "</ul></div></li>"
                       for t, subs in (("Health", ("sleep", "diet", "heart")),
                                       ("Wellness", ("fitness", "mind", "beauty"))))
    return (f"<div class='top'><ul role='menubar'>{sections}<li role='none'><button>Featured</button>"
            f"<div>{featured_panel}</div></li>{extra}</ul></div>")


TOP_READS = ("<div><div>Top Reads</div><ul>"
             + "".join(f"<li><a href='/2024/01/{s}/'>{t}</a></li>" for s, t in (
                 ("vitamins", "Best multivitamins for older adults, tested"),
                 ("walking", "How many steps a day you really need"),
                 ("coffee", "What coffee does to your blood pressure"),
                 ("sleep", "Seven habits that help you fall asleep"),
                 ("protein", "How much protein a day is enough")))
             + "</ul></div>")


def test_a_menu_bar_panel_of_stories_is_no_related_block():
    """English: a menu bar (``role=menubar``) entry "Featured" unfolds a panel whose column
    "Top Reads" lists five stories: the menu's panel, no related block."""
    news = ("<div><div>Health News</div><ul><li><a href='/news/'>All news</a></li>"
            "<li><a href='/news/fda/'>FDA approvals</a></li></ul></div>")
    raw = page(header=_menubar(news + TOP_READS), lang="en")
    assert syndicate.parse(raw, url=URL).related == []


def test_the_same_stories_in_the_rail_are_a_related_block():
    """The same "Top Reads" column in the side rail, no menu around it: a related block."""
    raw = page(side=TOP_READS, lang="en")
    assert len(syndicate.parse(raw, url=URL).related) == 1


def _mega_menu(card: str) -> str:
    """A mega menu of ``div`` entries, each alone in a wrapper of its own: a label link over
    a panel of columns; the "Solutions" panel ends with ``card``."""
    def entry(label: str, links: list[str], extra: str = "") -> str:
        cols = "".join(f"<div class='dd-col'><a class='dd-link' href='/{label.lower()}/{x}/'>{x.title()}</a>"
                       f"<span class='dd-desc'>Guides and tools for {x}.</span></div>" for x in links)
        return (f"<div><div class='nav-item'><a href='/{label.lower()}/'>{label}</a>"
                f"<div class='dropdown'><div class='dd-inner'><div class='dd-half'>{cols}{extra}</div></div></div>"
                f"</div></div>")
    return ("<nav class='site-nav' role='navigation'><div class='nav-list'>"
            + entry("Company", ["about", "careers", "press"])
            + entry("Solutions", ["benchmarks", "controls", "services"], card)
            + entry("Insights", ["blog", "reports", "webinars"])
            + "</div></nav>")


def test_a_mega_menu_panel_card_is_no_subscription():
    """English: a mega menu's "Solutions" panel (entries each alone in a wrapper) ends with a
    card "Membership" with "Learn More" / "Apply Now": a card of the menu's panel, no CTA."""
    card = ("<div class='dd-links'><div class='link-list'><div class='link-item'><div class='text-wrap'>"
            "<a class='dd-link' href='/membership/'>Membership (multi-year discounts available)</a>"
            "<span class='dd-desc'>Start secure and stay secure with our tools and resources.</span></div>"
            "<div class='link-wrap'><a class='link-bottom' href='/membership/'>Learn More</a>"
            "<a class='link-bottom' href='https://join.example.com/memberships/'>Apply Now</a>"
            "</div></div></div></div>")
    raw = page(header=_mega_menu(card), lang="en")
    assert [c.kind for c in syndicate.parse(raw, url=URL).ctas] == []


def test_entries_each_alone_in_a_wrapper_unfold():
    """The structure alone: ``div`` entries with a label link and a submenu, each alone in a
    like wrapper, unfold; the same entry alone in the list (no like entry beside) does not,
    nor wrapped ones whose label is no control (a footer's logo over its columns)."""
    item = ("<div><div class='it' id='{0}'><a href='/{0}/'>{0}</a><div><a href='/{0}/1/'>One</a>"
            "<a href='/{0}/2/'>Two</a></div></div></div>")
    logo = item.replace("<a href='/{0}/'>{0}</a>", "<div class='logo'>Harbour News</div>")
    root = lxml.html.fromstring(f"<div><div>{item.format('a')}{item.format('b')}</div>"
                                f"<div>{item.format('c')}<p>Text</p></div>"
                                f"<div>{logo.format('d')}{logo.format('e')}</div></div>")
    a, b, c, d = (root.get_element_by_id(x) for x in "abcd")
    assert unfolds(a) and unfolds(b) and not unfolds(c) and not unfolds(d)


def test_a_subscribe_button_in_the_menu_bar_stays_a_cta():
    """English: the same menu bar ending with a "Subscribe" button of its own (no panel): the
    bar's button is a CTA still; only what a panel's entries make up is navigation."""
    button = "<li role='none'><a class='btn subscribe-btn' href='/subscribe/'>Subscribe</a></li>"
    raw = page(header=_menubar(TOP_READS, extra=button), lang="en")
    assert [c.kind for c in syndicate.parse(raw, url=URL).ctas] == ["subscribe"]
