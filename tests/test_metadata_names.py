"""The class/id scans around the headline (``metadata._classed``) read the page's class and id
values from the node list the reader holds (``metapage.PageNames``): same elements, same budget."""

from __future__ import annotations

from syndicate.extract.chrome_util import classes_and_ids
from syndicate.extract.metadata import _classed, extract_metadata
from syndicate.extract.metapage import PageNames
from syndicate.readers.tree import parse_tree

PAGE = (
    "<html><body><div id='top'><p>Menu</p></div>"
    "<article><header><h1>Harbour wall opens to walkers</h1>"
    "<p class='byline'>By <span class='author-name'>Jane Doe</span></p>"
    "<!-- a comment --><p class='standfirst'>The long-awaited wall opened on Monday.</p></header>"
    "<p>First paragraph of the report.</p><div class='byline other'>Staff</div></article>"
    "<footer class='byline'>Site footer</footer></body></html>"
)


def _names(root):  # type: ignore[no-untyped-def]
    nodes = list(root.iter())
    return PageNames(nodes, classes_and_ids(nodes))


def test_span_is_the_subtree_slice() -> None:
    root = parse_tree(PAGE)
    names = _names(root)
    article = root.find(".//article")
    start, end = names.span(article)  # type: ignore[misc]
    assert list(names.nodes[start:end]) == list(article.iter())
    footer = root.find(".//footer")  # (the page's last subtree: it ends with the list)
    start, end = names.span(footer)  # type: ignore[misc]
    assert list(names.nodes[start:end]) == list(footer.iter())
    assert names.span(parse_tree(PAGE).find(".//article")) is None  # (another tree's element)


def test_classed_reads_the_same_elements_within_the_budget() -> None:
    root = parse_tree(PAGE)
    names = _names(root)
    article = root.find(".//article")
    scopes = [article.find("header"), article]
    for budget in (1, 2, 3, 4, 5, 8, 12, 1500):
        for tokens in (("byline",), ("author-name", "standfirst"), ("missing",)):
            want = _classed(scopes, tokens, 10, budget)
            assert _classed(scopes, tokens, 10, budget, names) == want, (budget, tokens)
    # (the budget bounds the nodes read: the header's byline and name, not the article's)
    assert [el.get("class") for el in _classed([article], ("byline",), 10, 5, names)] == ["byline"]


def test_byline_found_with_the_page_names() -> None:
    html = ("<html><body><article><h1>Harbour wall opens to walkers</h1>"
            "<div class='meta'><span class='byline'>Jane Doe</span></div>"
            "<p>The wall opened on Monday after three years of work on the harbour.</p></article></body></html>")
    root = parse_tree(html)
    nodes = list(root.iter())
    with_names = extract_metadata(root, None, nodes=nodes, names=classes_and_ids(nodes)).metadata
    assert with_names.authors == ["Jane Doe"]
    assert extract_metadata(parse_tree(html), None).metadata.authors == with_names.authors


def test_classed_with_the_page_names_beyond_ascii_and_case() -> None:
    # (the names path rules a scope out by its values joined and lower-cased, when they are
    # ASCII; a value beyond ASCII, whose case the pattern folds further, is tested one by one)
    html = ("<html><body><article><h1>Harbour wall opens</h1>"
            "<p class='BYLINE'>By Jane Doe</p><p class='bylİne'>Other</p><p class='cafés' id='x'>Text</p>"
            "</article></body></html>")
    root = parse_tree(html)
    names = _names(root)
    article = root.find(".//article")
    for tokens in (("byline",), ("missing",), ("cafés",)):
        want = _classed([article], tokens, 10, 1500)
        assert _classed([article], tokens, 10, 1500, names) == want, tokens
    assert [el.get("class") for el in _classed([article], ("byline",), 10, 1500, names)][0] == "BYLINE"
