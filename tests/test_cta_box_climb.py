"""A CTA reported as its box, not in pieces: a titled callout in the article's text (a
heading, a line and a button the body left out) is one CTA at its outermost wrapper and its
title and line leave the body; a follow list whose entries each link one profile by an icon
and a name is one CTA at the list, not one per entry; an app box whose two badges open one
page is one CTA at the box. A section of the text ending in a
button, a callout whose line links another page and a menu beside two profile icons stay as
they were. Small pages written for the project, in English and German.
"""

from __future__ import annotations

import syndicate
from regionpages import article_in, page, source


def _callout(title: str, line: str, button: str, href: str, link: str = "") -> str:
    """A callout between two paragraphs: a background layer, then the title, a short line
    (``link``: a link inside it) and a button, under three wrappers of the page builder."""
    return ("<div class='row-wrapper'><div class='row'><div class='cell'><div class='callout'>"
            "<div class='callout-bg'><div class='callout-overlay'></div></div>"
            f"<div class='callout-inner'><h2>{title}</h2><p><small>{line}</small>{link}</p>"
            f"<a class='callout__cta button' href='{href}'>{button}</a></div></div></div></div></div>")


def test_english_callout_in_the_text_is_one_cta_at_its_box():
    """English callout: one CTA at the outermost wrapper, its title and line out of the body."""
    raw = page(lang="en", between=_callout("Manage your money better", "Our advisers help you plan for the years ahead.",
                                           "Get trusted advice", "https://example.com/wealth"))
    doc = syndicate.parse(raw, url="https://example.com/a")
    classes = [source(raw, c.locator).get("class") for c in doc.ctas]
    assert classes == ["row-wrapper"], classes
    assert "Manage your money better" not in doc.text()
    assert "Our advisers help you" not in doc.text()


def test_german_callout_in_the_text_is_one_cta_at_its_box():
    """German callout: the same, one CTA at the outermost wrapper."""
    raw = article_in("de", between=_callout("Besser mit Geld umgehen", "Unsere Berater helfen Ihnen bei der Planung.",
                                            "Beratung anfragen", "https://example.de/beratung"))
    doc = syndicate.parse(raw, url="https://example.de/a")
    assert [source(raw, c.locator).get("class") for c in doc.ctas] == ["row-wrapper"]
    assert "Besser mit Geld umgehen" not in doc.text()


def test_callout_whose_line_links_elsewhere_stays_at_its_button():
    """English: the line of the box links a page of its own (a line of the text, no prompt):
    the box is not grown and its title stays in the body."""
    raw = page(lang="en", between=_callout(
        "Manage your money better", "Our advisers help you plan, read", "Get trusted advice",
        "https://example.com/wealth", link=" <a href='https://example.com/guides/saving'>our saving guide</a>."))
    doc = syndicate.parse(raw, url="https://example.com/a")
    assert "row-wrapper" not in [source(raw, c.locator).get("class") for c in doc.ctas]
    assert "Manage your money better" in doc.text()


def test_section_of_the_text_ending_in_a_button_keeps_its_text():
    """English: a last section of the article (its heading, a body-length paragraph, a
    button) is no callout: its text stays in the body."""
    long_line = ("The council will publish the full plans for the harbour wall in the library and on its "
                 "website, and residents can send comments on the design, the timetable and the closures "
                 "of the shore road until the end of the month, when the committee meets again to decide.")
    raw = page(lang="en", after=_callout("What happens next", long_line, "Read the plans", "https://example.com/plans"))
    doc = syndicate.parse(raw, url="https://example.com/a")
    assert "What happens next" in doc.text()
    assert "row-wrapper" not in [source(raw, c.locator).get("class") for c in doc.ctas]


def _follow_list(networks: list[tuple[str, str]], extra: str = "") -> str:
    """A footer follow list: each entry an icon link and a name link to one profile."""
    entries = "".join(f"<li><span class='offsite'><a class='icon' href='{href}'><svg class='followicon'>"
                      f"<title>{name}</title></svg></a><a class='ext' href='{href}'>{name}</a></span></li>"
                      for name, href in networks)
    return f"<div class='follow-col'><ul class='Footer-module--followul--13ae7'>{entries}{extra}</ul></div>"


_PROFILES = [("X", "https://twitter.com/harbourtown"), ("LinkedIn", "https://www.linkedin.com/company/harbourtown"),
             ("Facebook", "https://www.facebook.com/harbourtown"), ("YouTube", "https://www.youtube.com/c/harbourtown")]


def test_english_follow_list_of_icon_and_name_entries_is_one_cta():
    """English: four profiles (icon + name each) and a fifth entry of the same shape to a
    mailing service: one follow CTA at the list (or at the column holding only the list: its
    outermost element, ``box_edges``)."""
    updates = ("<li><span class='offsite'><a class='icon' href='https://lists.example.org/harbourtown'>"
               "<svg class='followicon'><title>Subscribe to our e-mail updates</title></svg></a>"
               "<a class='ext' href='https://lists.example.org/harbourtown'>Email Updates</a></span></li>")
    raw = page(lang="en", footer=_follow_list(_PROFILES, updates))
    doc = syndicate.parse(raw, url="https://example.com/a")
    follows = [source(raw, c.locator) for c in doc.ctas if c.kind == "follow"]
    assert len(follows) == 1 and (follows[0].tag == "ul" or follows[0].get("class") == "follow-col"), follows


def test_german_menu_beside_two_profile_icons_is_not_one_follow_cta():
    """German header menu: three named entries to the site's pages, then two icon-only
    profile links: the menu is no follow CTA."""
    menu = ("<ul class='navbar-nav'>"
            "<li class='nav-item'><a href='https://example.de/spenden'><span>Spenden</span></a></li>"
            "<li class='nav-item'><a href='https://example.de/ueber-uns'><span>Über uns</span></a></li>"
            "<li class='nav-item'><a href='https://example.de/kredite'><span>Kredite</span></a></li>"
            "<li class='nav-item'><a href='https://twitter.com/hafenberg'><span class='icon icon-twitter'></span></a></li>"
            "<li class='nav-item'><a href='https://www.youtube.com/c/hafenberg'><span class='icon icon-youtube'></span></a></li>"
            "</ul>")
    raw = page(lang="de", header=menu)
    doc = syndicate.parse(raw, url="https://example.de/a")
    assert "navbar-nav" not in [source(raw, c.locator).get("class") for c in doc.ctas]


def _app_box(title: str, badge_href: str, second_href: str) -> str:
    """A footer app box: a heading, a line, and two store badges (pictures in links)."""
    return (f"<div class='AppSection_root'><h4>{title}</h4><div class='AppSection_title'>App</div>"
            "<div class='AppSection_badges'>"
            f"<div><a href='{badge_href}'><img class='badge' src='/b/ios.png' alt='App Store'></a></div>"
            f"<div><a href='{second_href}'><img class='badge' src='/b/play.png' alt='Google Play'></a></div>"
            "</div></div>")


def test_english_app_box_whose_badges_open_one_page_is_one_cta():
    """English: both badges open the site's one download page: one app CTA at the box, no
    CTA left at a badge."""
    href = "https://example.com/app/text_to_download"
    raw = page(lang="en", footer=_app_box("Take the harbour with you", href, href))
    doc = syndicate.parse(raw, url="https://example.com/a")
    apps = [source(raw, c.locator).get("class") for c in doc.ctas if c.kind == "app"]
    assert apps == ["AppSection_root"], apps

