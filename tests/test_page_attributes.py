"""``chrome_util.page_attributes``: the class, id and link target of the page being read,
looked up instead of read from lxml again; the same values ``el.get`` gives, and lxml's
own reading for an element the lookups do not hold."""

from __future__ import annotations

import threading

from lxml import etree

import syndicate
from syndicate.extract import chrome_util
from syndicate.extract.chrome_util import classes_and_ids, page_attributes, reading_page
from syndicate.readers.tree import parse_tree

PAGE = b"""<html><head><title>Garden notes</title></head><body>
<div class="page wrap" id="top"><!-- a comment -->
  <nav class="menu"><a href="/">Home</a> <a class="menu-link" href="/garden/">Garden</a> <a>No target</a></nav>
  <article id="story"><h1 class="headline">Tomatoes in May</h1>
    <p>Plant them out once the nights stay warm. <a href="https://example.org/seeds" id="seeds">Seeds</a></p>
    <p class="">An empty class.</p>
    <link href="/style.css" rel="stylesheet">
  </article>
</div></body></html>"""


def _read(nodes: list[etree._Element]) -> chrome_util.PageAttributes:
    with reading_page(nodes, classes_and_ids(nodes)):
        return page_attributes()


def test_lookups_agree_with_lxml_on_every_node() -> None:
    root = parse_tree(PAGE)
    nodes = list(root.iter())
    with reading_page(nodes, classes_and_ids(nodes)) as page:
        assert page_attributes() is page
        for el in nodes:
            assert page.classes[el] == el.get("class")
            assert page.ids[el] == el.get("id")
            assert page.hrefs[el] == el.get("href")
    links = [el for el in nodes if el.tag == "a"]
    assert [page.hrefs[a] for a in links] == ["/", "/garden/", None, "https://example.org/seeds"]
    assert page.classes[root.find(".//p[@class]")] == ""  # (an empty class is "", not None)


def test_only_links_are_read_ahead() -> None:
    """The ``href`` of a ``<link>`` (no ``<a>``) is not in the lookup: lxml reads it."""
    root = parse_tree(PAGE)
    nodes = list(root.iter())
    page = _read(nodes)
    link = root.find(".//link")
    assert link not in page.hrefs
    assert page.hrefs[link] == "/style.css"


def test_element_added_after_is_read_from_lxml() -> None:
    root = parse_tree(PAGE)
    nodes = list(root.iter())
    with reading_page(nodes, classes_and_ids(nodes)) as page:
        extra = etree.SubElement(root.find(".//article"), "a", {"class": "late", "id": "new", "href": "/late/"})
        assert extra not in page.classes
        assert (page.classes[extra], page.ids[extra], page.hrefs[extra]) == ("late", "new", "/late/")
        assert extra not in page.classes  # (read, not stored: the lookups stay the page's lists)


def test_outside_a_page_every_value_is_read_from_lxml() -> None:
    root = parse_tree(PAGE)
    nodes = list(root.iter())
    _read(nodes)  # (a page read before: its lookups are gone)
    page = page_attributes()
    assert not page.classes and not page.ids and not page.hrefs
    story = root.find(".//article")
    assert (page.classes[story], page.ids[story]) == (None, "story")


def test_nested_and_threaded_reads_keep_their_own_page() -> None:
    first, second = parse_tree(PAGE), parse_tree(b"<html><body><div class='other'>x</div></body></html>")
    a, b = list(first.iter()), list(second.iter())
    seen: list[object] = []
    with reading_page(a, classes_and_ids(a)) as outer:
        with reading_page(b, classes_and_ids(b)) as inner:
            assert page_attributes() is inner
        assert page_attributes() is outer
        thread = threading.Thread(target=lambda: seen.append(page_attributes()))
        thread.start()
        thread.join()
    assert seen[0] is not outer and not seen[0].classes  # type: ignore[attr-defined]


def test_parse_gives_the_same_document_with_and_without_lookups(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The stages read the lookups; with empty ones (every value read from lxml) the
    document is the same."""
    html = PAGE.replace(b"<p>Plant", b"<p>" + b"Water them every evening in a dry week. " * 12 + b"Plant")
    doc = syndicate.parse(html, url="https://example.org/garden/tomatoes").to_dict()

    class Unread:
        def __init__(self, nodes: object, names: object) -> None:
            pass

        def __enter__(self) -> None:
            return None

        def __exit__(self, *exc: object) -> None:
            return None

    monkeypatch.setattr("syndicate.readers.html.reading_page", Unread)
    assert syndicate.parse(html, url="https://example.org/garden/tomatoes").to_dict() == doc
