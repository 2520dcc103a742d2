"""Helpers shared by several detectors (one definition each, read by all)."""

from __future__ import annotations

from lxml import html

from syndicate.extract.chrome_util import ancestors_of, overlaps, within

_PAGE = """<div id="page"><div id="column"><aside id="box"><p id="line"><a id="link" href="/x">x</a></p>
</aside><p id="next">y</p></div><footer id="foot"><p id="deep">z</p></footer></div>"""


def _by_id(root, ident: str):
    return root.get_element_by_id(ident)


def test_an_element_overlaps_an_item_it_is_inside_holds_or_is() -> None:
    root = html.fromstring(_PAGE)
    box = _by_id(root, "box")
    assert overlaps(box, {box})  # the item itself
    assert overlaps(_by_id(root, "link"), {box})  # inside it
    assert overlaps(_by_id(root, "column"), {box})  # around it
    assert not overlaps(_by_id(root, "next"), {box})  # beside it
    assert not overlaps(_by_id(root, "deep"), {box, _by_id(root, "line")})  # elsewhere
    assert not overlaps(box, set())
    assert overlaps(_by_id(root, "line"), frozenset({_by_id(root, "page")}))  # any set


def test_an_element_is_within_an_item_it_is_or_sits_inside_only() -> None:
    root = html.fromstring(_PAGE)
    box = _by_id(root, "box")
    assert within(box, {box})
    assert within(_by_id(root, "link"), {box})
    assert not within(_by_id(root, "column"), {box})  # around it: not within
    assert not within(_by_id(root, "next"), {box})
    assert not within(box, frozenset())


def test_the_ancestors_of_found_items_are_the_line_they_stand_in() -> None:
    root = html.fromstring(_PAGE)
    line = ancestors_of([_by_id(root, "link"), _by_id(root, "deep")])
    assert {x.get("id") or x.tag for x in line} == {"line", "box", "column", "page", "foot", "body", "html"}
    assert ancestors_of([]) == set()
