"""A row of profile links that also holds the site's feed or mail address ("Facebook X
Instagram E-mail RSS"), on small pages written for the project in English, German and
French: the row is one follow bar, found at the row itself, whatever wrappers hold it; the
feed and mail links neither break the row nor make a bar without two profile links.
"""

from __future__ import annotations

import lxml.html
import pytest

from pages import parse_article as parse
from regionpages import page, source


def _follows(doc):  # type: ignore[no-untyped-def]
    return [c for c in doc.ctas if c.kind == "follow"]


def _row(links: str) -> str:
    """A header's top bar: a slogan on the left, the icon row in a list on the right."""
    return ("<div class='top-bar'><div class='row container'>"
            "<div class='col left'><ul class='pills'><li class='custom'><strong>Read by the curious</strong></li></ul></div>"
            f"<div class='col right'><ul class='pills'><li class='custom'><div class='icons'>{links}</div></li></ul></div>"
            "</div></div>")


_PROFILES = ("<a href='https://twitter.com/{0}' title='X'><i></i></a>"
             "<a href='https://www.facebook.com/{0}' title='Facebook'><i></i></a>"
             "<a href='https://instagram.com/{0}' title='Instagram'><i></i></a>")


@pytest.mark.parametrize(("lang", "name", "extra"), [
    ("en", "eastmere", "<a href='mailto:desk@eastmere.example' title='E-mail'><i></i></a>"),
    ("de", "hafenblatt", "<a href='mailto:redaktion@hafenblatt.example'><i></i></a>"
                         "<a href='https://hafenblatt.example/feed/' title='RSS'><i></i></a>"),
    ("fr", "porthaut", "<a href='https://feeds.porthaut.example/actualites' title='Flux RSS'><i></i></a>"),
])
def test_feed_and_mail_links_belong_to_the_row(lang, name, extra):
    """The icon row (three profiles, then a mail address and/or a feed) is the follow bar:
    the row and the list holding it (or the column holding only the list: the widget's
    outermost element, ``box_edges``), not the top bar with its slogan."""
    raw = page(header=_row(_PROFILES.format(name) + extra), lang=lang)
    (cta,) = _follows(parse(raw))
    bar = source(raw, cta.locator)
    assert bar.get("class") in ("icons", "custom", "pills", "col right")
    assert "curious" not in bar.text_content()
    assert len(bar.findall(".//a")) == len(lxml.html.fragment_fromstring(extra, create_parent=True)) + 3


def test_one_profile_and_a_feed_are_no_bar():
    """German: one Facebook link beside the feed and the mail address is no follow bar."""
    links = ("<a href='https://www.facebook.com/hafenblatt'><i></i></a>"
             "<a href='mailto:redaktion@hafenblatt.example'><i></i></a>"
             "<a href='https://hafenblatt.example/feed/'><i></i></a>")
    raw = page(header=_row(links), lang="de")
    assert _follows(parse(raw)) == []
