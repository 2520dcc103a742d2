"""Text a reader never sees inside a link is no link text (``chrome_util.text_stats``,
``linklists.link_facts``): an icon link's inline SVG carries a ``<style>`` sheet, a link may
hold a ``<script>`` or a ``<noscript>`` copy. Counted as link text, it made a row of icons a
list of long story links (no follow bar) while the region's own character count left it
out. Small pages written for the project.
"""

from __future__ import annotations

import lxml.html

import syndicate
from regionpages import page
from syndicate.extract.chrome_util import seen_text, text_stats
from syndicate.extract.linklists import link_facts

_URL = "https://example.org/news/harbour-wall"
#: An icon as a design tool exports it: a style sheet, a description, a path.
_SVG = ("<svg viewBox='0 0 40 40'><style>.st0{fill:#9d9d9c;fill-rule:evenodd;clip-rule:evenodd}</style>"
        "<desc>Created with Sketch.</desc><path class='st0' d='M0 0h40v40H0z'/></svg>")


def test_a_links_style_sheet_is_no_link_text():
    box = lxml.html.fromstring(f"<div><p>Follow us</p><a href='/x'>{_SVG}Harbour<script>var a = {{}};</script></a></div>")
    stats = text_stats(box)
    assert stats.link_chars == len("Created with Sketch.Harbour")
    assert stats.link_chars <= stats.chars


def test_seen_text_keeps_the_text_around_what_it_leaves_out():
    a = lxml.html.fromstring("<a href='/x'>Hafen<noscript><img src='/a.png'>Bild</noscript> und <b>Kai</b>mauer</a>")
    assert seen_text(a) == "Hafen und Kaimauer"


def test_link_facts_measure_no_style_sheet():
    a = lxml.html.fromstring(f"<a href='/news/2024/harbour-wall-story'>{_SVG}</a>")
    assert link_facts(a, frozenset({"example.org"}))[2] == len("Created with Sketch.")


def test_icons_with_style_sheets_are_a_follow_bar():
    """A sidebar "FOLLOW" box of four icon links (three networks and the newsletter), each an
    SVG with its style sheet: a follow bar."""
    links = "".join(f"<a aria-label='{n}' href='{h}'>{_SVG}</a>" for n, h in (
        ("facebook", "https://www.facebook.com/harbourtimes/"), ("twitter", "https://twitter.com/harbourtimes"),
        ("instagram", "https://www.instagram.com/harbourtimes/"), ("newsletter", "/newsletter/")))
    box = f"<div class='apps-block'><div><h6>FOLLOW THE HARBOUR TIMES</h6></div><div class='icons'>{links}</div></div>"
    doc = syndicate.parse(page(side=box), url=_URL)
    assert [c.kind for c in doc.ctas] == ["follow"]
