"""Shortcuts of the region pass give the answers of the long way (small pages written here)."""

from __future__ import annotations

from lxml import etree, html

from syndicate.extract import linklists


def test_hosts_of_counts_hosts_not_spellings_and_keeps_the_first_on_a_tie() -> None:
    hrefs = [
        "/local/path",
        "https://News.Example/a",          # news.example, once as written here...
        "//www.news.example:8080/b",       # ...and once more: www and port are no part of it
        "https://other.example/c",
        "https://other.example/d",         # other.example twice too: the first seen wins
        "mailto:x@example.org",
    ]
    assert linklists.hosts_of(["https://site.org/story"], hrefs) == frozenset({"site.org", "news.example"})
    assert linklists.hosts_of([None], ["http://www.a.example/x", "http://b.example/y", "http://b.example/z"]) \
        == frozenset({"b.example"})
    assert linklists.hosts_of(["https://site.org/"], []) == frozenset({"site.org"})


def test_site_hosts_reads_the_same_hosts_from_the_page() -> None:
    root = html.fromstring(
        "<html><body><a href='https://x.example/1'>1</a><a>no target</a>"
        "<a href='https://WWW.Y.example/2'>2</a><a href='//y.example:81/3'>3</a></body></html>")
    assert linklists.site_hosts(root, "https://site.org/") == frozenset({"site.org", "y.example"})


def test_larger_than_counts_elements_only() -> None:
    el = html.fromstring("<div><p>a<b>b</b></p><!-- a comment --><span>c</span></div>")
    assert len(el.xpath(".//*")) == 3
    assert linklists.larger_than(el, 2)
    assert not linklists.larger_than(el, 3)
    assert not linklists.larger_than(html.fromstring("<div>text</div>"), 0)


def _list_of(n: int) -> etree._Element:
    items = "".join(f"<li><a href='/news/2024/story-number-{i}-of-the-day'>Story number {i} of the day</a></li>"
                    for i in range(n))
    return html.fromstring(f"<ul>{items}</ul>")


def test_measure_finds_too_many_urls_with_or_without_the_link_count() -> None:
    hosts = frozenset({"site.org"})
    small, big = _list_of(40), _list_of(41)  # a list holds at most 40 distinct URLs
    assert not linklists.measure(small, hosts).too_big
    assert not linklists.measure(small, hosts, links=40).too_big
    assert linklists.measure(small, hosts).articles == 40
    assert linklists.measure(big, hosts).too_big
    assert linklists.measure(big, hosts, links=41).too_big
    # the same URL twice is one URL: 41 links to 40 pages are no list too big
    twice = _list_of(40)
    twice.append(html.fromstring("<li><a href='/news/2024/story-number-0-of-the-day#top'>Again</a></li>"))
    assert not linklists.measure(twice, hosts, links=41).too_big


def test_link_facts_measure_the_link_text_with_its_spaces_collapsed() -> None:
    hosts = frozenset({"site.org"})
    page = html.fromstring(
        "<div><a href='/news/2024/a-big-story-today'>\n  Big   news <b>today</b>\n</a>"
        "<a href='/news/2024/another-story-here'>Hi there</a>"
        "<a href='/news/2024/a-third-story-here'><img src='x.jpg'></a>"
        "<a href='/tag/sport'>Sport</a><a href='#top'>Top</a>"
        "<div class='item-title'><a href='/news/2024/gone-fishing'>Gone fishing</a></div></div>")
    big, short, pictured, tag, anchor, titled = page.iter("a")
    # (URL key, article link?, text length, shown with an image?, headline?, set as a title?)
    assert linklists.link_facts(big, hosts) == ("/news/2024/a-big-story-today", True, len("Big news today"), False, True, False, False)
    assert linklists.link_facts(short, hosts) == ("/news/2024/another-story-here", True, 8, False, False, False, False)
    assert linklists.link_facts(pictured, hosts) == ("/news/2024/a-third-story-here", True, 0, True, False, False, False)
    assert linklists.link_facts(tag, hosts) == ("/tag/sport", False, 5, False, False, False, False)
    # (a short text in a title element is a headline)
    assert linklists.link_facts(titled, hosts) == ("/news/2024/gone-fishing", True, 12, False, True, True, False)
    assert linklists.link_facts(anchor, hosts)[0] is None


def test_regions_of_one_link_the_walk_skips_are_none_the_long_way() -> None:
    from syndicate.extract import regions
    from syndicate.extract.region_names import EDGE, MENU, OPEN

    root = html.fromstring(
        "<html><body><header class='top'><a href='/subscribe'>Subscribe to our newsletter now</a></header>"
        "<ul class='share'><li><a href='https://twitter.com/site'>Follow us on Twitter today</a></li></ul>"
        "<table><tbody><tr><td><a href='/news/2024/a-big-story-today'>A big story today</a></td></tr></tbody></table>"
        "<span class='cta'><a href='/donate'>Donate</a></span><dl><dd><a href='/news/next-post'>Next post</a></dd></dl>"
        "</body></html>")
    walk = regions._Regions(None, frozenset({"site.org"}), set(), set(), set())
    walk.count_links(root)
    seen = set()
    for el in root.iter(*regions._NO_SMALL_REGION):
        n = walk.links.get(el, 0)
        assert n <= 1 and walk.buttons.get(el, 0) < 2
        seen.add(el.tag)
        for area in (OPEN, EDGE, MENU):
            assert walk._classify(el, el.tag, area, n, True) is None
    assert seen == {"header", "li", "table", "tbody", "span", "dl"}  # (a list of one link: a post's neighbour)


def test_the_walk_finds_the_comment_candidates_comment_sections_names() -> None:
    """``count_links`` writes ``comment_sections.comment_named`` out for its divs: both must
    name the same elements (class or id stems, either case of the first letter, ``respond``)."""
    from syndicate.extract import regions
    from syndicate.extract.comment_sections import comment_candidates

    root = html.fromstring(
        "<html><body><div class='Comments-area'><p>x</p></div><div id='respond'></div>"
        "<section class='kommentare'></section><div id='disqus_thread'></div>"
        "<div class='komentar-box'></div><div class='commentary-free'></div><div id='responder'></div>"
        "<section id='comments'></section><div class='story'><div class='share'></div></div>"
        "<span class='comment'></span></body></html>")
    walk = regions._Regions(None, frozenset({"site.org"}), set(), set(), set())
    walk.count_links(root)
    expected = comment_candidates(root)
    assert [el.get("class") or el.get("id") for el in expected] == [
        "Comments-area", "respond", "kommentare", "disqus_thread", "komentar-box", "commentary-free", "comments"]
    assert walk.comments == expected
