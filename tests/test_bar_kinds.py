"""The kind of a share/follow bar whose links say nothing (``#`` icons a script drives,
buttons): its lead ("Share this story", "Seite empfehlen", "Follow us", "Stay connected") and
its page tools (print, e-mail this page) decide, not the word that named the box
(``bar_kinds``). Small pages written for the project, in several languages.
"""

from __future__ import annotations

from regionpages import article_in, page, parse, parse_intact, source


def kinds(raw: bytes, doc) -> list[tuple[str, str | None]]:
    """(kind, class of the element) of each CTA."""
    return [(c.kind, source(raw, c.locator).get("class")) for c in doc.ctas]


def icons(*names: str) -> str:
    """A list of network icons whose links a script opens (``href='#'``)."""
    return "<ul>" + "".join(f"<li><a class='icon icon-{n.lower()}' href='#'>{n}</a></li>" for n in names) + "</ul>"


def test_a_follow_named_box_asking_to_share_this_story_is_share():
    """A box classed "follow-us" whose heading asks "Share this story", its icons ``#``: a share
    bar (its lead says what it does), not a follow bar."""
    box = f"<section class='follow-us'><h3>Share this story</h3>{icons('Facebook', 'Twitter', 'Linkedin')}</section>"
    raw = page(side=box)
    doc = parse(raw)
    assert kinds(raw, doc) == [("share", "follow-us")]


def test_a_german_box_recommending_the_page_is_share():
    """"Seite empfehlen" over ``#`` icons in a box classed "social-follow": share (German)."""
    box = ("<div class='social-follow'><span class='label'>Seite empfehlen</span>"
           f"{icons('Facebook', 'X', 'WhatsApp')}</div>")
    raw = article_in("de", after=box)
    doc = parse_intact(raw, "de")
    assert [c.kind for c in doc.ctas] == ["share"]


def test_a_follow_named_row_with_a_print_tool_is_share():
    """A row classed "social-links" (a follow word) of ``#`` icons and a link printing the page:
    a follow bar links profiles only; printing acts on this page, so it is a share bar."""
    row = ("<div class='social-links'><a class='linkedin' href='#'></a><a class='facebook' href='#'></a>"
           "<a class='twitter' href='#'></a><a class='printme' href='javascript:if(window.print)window.print()'></a></div>")
    raw = page(after=row)
    doc = parse(raw)
    assert kinds(raw, doc) == [("share", "social-links")]


def test_a_share_named_row_headed_stay_connected_is_follow():
    """"Stay Connected:" before network icons classed "share-button" whose links have no
    address: the site asks to be followed, a follow bar."""
    row = ("<div id='social'><span class='connected'>Stay Connected:</span>"
           "<a><span class='share-button icon-facebook'></span></a>"
           "<a><span class='share-button icon-twitter'></span></a></div>")
    raw = page(header="<nav><a href='/'>Home</a> <a href='/news/'>News</a> <a href='/sport/'>Sport</a></nav>"
               f"<div class='search'><form action='/search'><input type='search' name='q'></form>{row}</div>")
    doc = parse(raw)
    assert [c.kind for c in doc.ctas] == ["follow"]


def test_a_spanish_share_named_row_asking_to_follow_is_follow():
    """"Síguenos" over a share-classed row of network buttons (no links): follow (Spanish)."""
    row = ("<div class='footer-share'><span class='title'>Síguenos</span>"
           "<button class='share-item' aria-label='Instagram'>Instagram</button>"
           "<button class='share-item' aria-label='Facebook'>Facebook</button>"
           "<button class='share-item' aria-label='YouTube'>YouTube</button></div>")
    raw = article_in("es", sidebar=row)
    doc = parse_intact(raw, "es")
    assert [c.kind for c in doc.ctas] == ["follow"]


def test_profile_links_still_decide_over_the_lead():
    """A box headed "Share this" whose links go to the site's profiles follows the site: the
    links decide, the lead is read only when they say nothing."""
    box = ("<div class='share-box'><h4>Share this</h4><a href='https://www.facebook.com/eastmeretimes'>Facebook</a>"
           "<a href='https://twitter.com/eastmeretimes'>Twitter</a></div>")
    raw = page(after=box)
    doc = parse(raw)
    assert [c.kind for c in doc.ctas] == ["follow"]
