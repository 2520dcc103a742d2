"""A side column stacking widgets is never one related block (``widget_stack``): each
widget is judged alone, titled by its own heading line even when that line is a bold
paragraph and no ``<h*>``."""

from __future__ import annotations

import lxml.html

from pages import ARTICLE_PARAS
from pages import parse_article as parse
from regionpages import source
from syndicate.extract.widget_stack import lead_heading, widget_stack


def page(sidebar: str, side_attrs: str = "class='sidebar'") -> bytes:
    p = "".join(f"<p>{t}</p>" for t in ARTICLE_PARAS)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour wall</title></head><body>"
        "<main><article><h1>Harbour wall to be rebuilt</h1>"
        f"<div class='entry-content'>{p}</div></article>"
        f"<div {side_attrs}>{sidebar}</div></main></body></html>"
    ).encode()


def widget(heading: str, *titles: str, slug: str, story: bool = True) -> str:
    """A widget headed by a bold line over linked teasers (stories, or topic pages)."""
    paths = [f"/2024/05/{slug}-{i}-story-of-the-week" if story else f"/{slug}{i}" for i in range(len(titles))]
    items = "".join(f"<li><a href='{u}'><img src='/i/{i}.jpg' alt=''></a><a href='{u}'>{t}</a></li>"
                    for i, (u, t) in enumerate(zip(paths, titles, strict=True)))
    return f"<aside class='widget widget_block'><p><strong>{heading}</strong></p><ul>{items}</ul></aside>"


def test_bold_headed_widgets_of_a_sidebar_are_judged_each_alone():
    """English: a widget of stories above a widget of topic pages, each headed by a bold
    line: the stories' widget is the block, not the column holding both."""
    raw = page(widget("Latest posts", "New ferry timetable for the summer", "Storm damage along the coast",
                      "Lifeboat crew honoured for rescue", slug="latest")
               + widget("Top topics", "The best harbour walks of the whole coast", "Our guide to fishing boats",
                        "Lighthouses you can visit this year", slug="topic", story=False))
    (rel,) = parse(raw).related
    assert rel.title == "Latest posts" and len(rel.items) == 3
    assert source(raw, rel.locator).tag == "aside"


def test_sidebar_of_banner_widgets_is_no_related_block():
    """German: a side column of link banners (a widget each, one link each) is no block."""
    banner = ("<div class='widget widget_text'><a href='/partei/{0}/{1}'><div class='textwidget'>"
              "<img src='/b/{1}.png' alt=''><p>{2}</p></div></a></div>")
    raw = page("".join(banner.format(*b) for b in (
        ("programm", "unser-grundsatzprogramm-im-ueberblick", "Unser Grundsatzprogramm"),
        ("mitmachen", "unterstuetze-uns-jetzt-mit-einer-spende", "Unterstützen & Spenden"),
        ("mitmachen", "mitglied-werden-in-der-partei", "Mitglied werden"),
        ("test", "mach-den-partei-test-online", "Mach den Partei-Test"))),
        side_attrs="id='sidebar1' class='sidebar clearfix'")
    assert parse(raw).related == []


def test_lead_heading_and_the_column_test():
    """A bold line opening a box heads it; teaser cards (``<article>``) are no widgets; one
    heading over the boxes makes the column one titled block."""
    box = lxml.html.fromstring("<div><p><strong>Neue Beiträge</strong></p><ul><li><a href='/a'>A</a></li></ul></div>")
    assert lead_heading(box) == "Neue Beiträge"
    assert lead_heading(lxml.html.fromstring("<div><p>Neue <b>Beiträge</b></p><ul><li><a href='/a'>A</a></li></ul></div>")) is None
    cards = lxml.html.fromstring("<div class='sidebar'>" + "<article><a href='/a'>A</a></article>" * 3 + "</div>")
    assert widget_stack(cards) == []
    widgets = "<div class='widget'><a href='/a'>A</a></div><div class='widget'><a href='/b'>B</a></div>"
    assert len(widget_stack(lxml.html.fromstring(f"<div class='sidebar'>{widgets}</div>"))) == 2
    assert widget_stack(lxml.html.fromstring(f"<div class='sidebar'><h2>Mehr</h2>{widgets}</div>")) == []
    assert widget_stack(lxml.html.fromstring(f"<div class='content'>{widgets}</div>")) == []
