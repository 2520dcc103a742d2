"""Links to the page itself are no story links: its canonical address with a query (a
share or print control) or its version in another language (``<link rel=alternate
hreflang>``). A card holding only such a link is no related block; a list of stories that
names this page among others stays one. Small pages written for the project, in English
and German.
"""

from __future__ import annotations

import lxml.html

import syndicate
from regionpages import page, source
from syndicate.extract.sharebars import social_bar

URL = "https://example.de/2024/02/harbour-wall-to-be-rebuilt/"
ES = "https://example.de/es/2024/02/el-muro-del-puerto-sera-reconstruido/"


def _with_head(raw: bytes, links: str) -> bytes:
    return raw.replace(b"<head>", f"<head>{links}".encode(), 1)


def _card(href: str, title: str, label: str) -> str:
    """An inset card in the article column: a picture, a label and one headline link."""
    return (f"<div class='inset-card'><img src='/img/card.jpg' alt=''><p>{label}</p>"
            f"<h3><a href='{href}'>{title}</a></h3></div>")


def test_a_card_linking_this_storys_translation_is_no_related_block():
    """English page: the card links its Spanish version, declared in the head."""
    raw = page(between=_card(ES, "El muro del puerto será reconstruido este verano", "Lee esto en Español"))
    raw = _with_head(raw, f"<link rel='canonical' href='{URL}'>"
                          f"<link rel='alternate' hreflang='es' href='{ES}'>")
    assert syndicate.parse(raw, url=URL).related == []


def test_the_same_card_linking_another_story_stays_related():
    """The same card to a story the head does not name is a one-story teaser."""
    other = "https://example.de/2024/02/ferry-pier-closes-for-the-winter/"
    raw = page(between=_card(other, "Ferry pier closes for the winter months", "Mehr dazu"), lang="de")
    raw = _with_head(raw, f"<link rel='canonical' href='{URL}'>")
    assert len(syndicate.parse(raw, url=URL).related) == 1


def test_a_card_linking_this_page_with_a_query_is_no_related_block():
    """German page: the card links the page's own canonical address with a query (a print
    view), not another story."""
    own = URL + "?print=1"
    raw = page(between=_card(own, "Hafenmauer wird in diesem Sommer neu gebaut", "Druckansicht"), lang="de")
    raw = _with_head(raw, f"<link rel='canonical' href='{URL}'>")
    assert syndicate.parse(raw, url="https://mirror.example.org/x").related == []


def _own_share_bar(url: str, names: tuple[str, ...], label: str = "Click to share on {} (Opens in new window)") -> str:
    """A share bar whose buttons link the page itself with the network in the query
    (``?share=facebook``), each with a long label hidden for screen readers; no telling class."""
    items = "".join(
        f"<li><a rel='nofollow' target='_blank' href='{url}?share={n.lower()}'>"
        f"<span hidden>{label.format(n)}</span><span>{n}</span></a></li>"
        for n in names)
    return f"<div class='post-tools'><h3>Pass it on:</h3><ul>{items}</ul></div>"


def test_buttons_linking_this_page_with_a_network_in_the_query_are_a_share_bar():
    """English page: the bar's links go to the page's own address, not to a network's host;
    the query names the network. One share bar, no related block."""
    raw = page(after=_own_share_bar(URL, ("Facebook", "Twitter", "LinkedIn", "Print")))
    raw = _with_head(raw, f"<link rel='canonical' href='{URL}'>")
    doc = syndicate.parse(raw, url=URL)
    assert [c.kind for c in doc.ctas] == ["share"]
    assert source(raw, doc.ctas[0].locator).get("class") == "post-tools"
    assert doc.related == []


def test_a_query_naming_no_network_makes_no_share_bar():
    """German page: the same links with a query that names no network (``?share=1``, a
    part of a series) are no share buttons."""
    raw = page(after=_own_share_bar(URL, ("1", "2", "3"), "Teil {} der Serie"), lang="de")
    raw = _with_head(raw, f"<link rel='canonical' href='{URL}'>")
    assert [c.kind for c in syndicate.parse(raw, url=URL).ctas if c.kind == "share"] == []


def _pdf_box(headline: str) -> str:
    """A box offering one document: its picture and a link to it, and its headline."""
    pdf = "https://archiv.example.de/epub/pdf/161500790"
    return (f"<div class='module-box'><div class='module-title'>Artikel als PDF</div>"
            f"<a href='{pdf}'><img src='{pdf}/thumb' alt=''></a><a href='{pdf}'>Artikel als PDF ansehen</a>"
            f"<p><span class='asset-headline'>{headline}</span></p></div>")


def test_a_box_offering_this_article_under_its_own_headline_is_no_related_block():
    """German page: the box offers the article's own PDF (another address), named by the
    page's headline: the page itself, no other story."""
    raw = page(side=_pdf_box("Harbour wall to be rebuilt"), lang="de")
    raw = _with_head(raw, "<meta property='og:title' content='Harbour wall to be rebuilt'>")
    assert syndicate.parse(raw, url=URL).related == []


def test_the_same_box_naming_another_story_stays_related():
    """The same box naming another headline is a one-story teaser."""
    raw = page(side=_pdf_box("Ferry pier closes for the winter months"), lang="de")
    raw = _with_head(raw, "<meta property='og:title' content='Harbour wall to be rebuilt'>")
    assert len(syndicate.parse(raw, url=URL).related) == 1


def test_hidden_screen_reader_labels_do_not_make_a_bar_a_list_of_stories():
    """``social_bar`` rejects links with long texts (stories), but a label hidden for screen
    readers is no visible text: the bar stays a bar; the same labels shown are too long."""
    bar = lxml.html.fragment_fromstring(_own_share_bar(URL, ("Facebook", "Twitter", "LinkedIn")))
    assert social_bar(bar) == "share"
    shown = lxml.html.fragment_fromstring(
        _own_share_bar(URL, ("Facebook", "Twitter", "LinkedIn")).replace("<span hidden>", "<span>"))
    assert social_bar(shown) is None
