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
