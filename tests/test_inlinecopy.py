"""Runs of body content read with skipped parts left out and blocks as line breaks."""

from __future__ import annotations

import lxml.html

from syndicate.extract.inlinecopy import inline_items


def _div(html: str):  # type: ignore[no-untyped-def]
    return lxml.html.fromstring(f"<html><body><div>{html}</div></body></html>").find(".//body/div")


def _read(html: str, skipped: tuple[str, ...] = (), max_depth: int = 100, **kw):  # type: ignore[no-untyped-def]
    div = _div(html)
    skip = {el for el in div.iter() if el.get("class") in skipped}
    return inline_items([div], base="https://example.com/a/", max_depth=max_depth,
                        skip=skip.__contains__, contents_of_first=True, **kw)


def test_skipped_element_leaves_its_tail() -> None:
    assert _read('Before <span class="ad">AD</span> after', ("ad",)) == ("Before after", "Before after")


def test_blocks_become_line_breaks() -> None:
    text, html = _read("Lead <div>one</div> tail <p>two</p>")
    assert text == "Lead one tail two"
    assert html == "Lead <br><span>one</span><br> tail <br><span>two</span>"


def test_links_kept_absolute_others_unwrapped() -> None:
    text, html = _read('<a href="/x">rel</a> <a>bare</a> <a href="javascript:x()">js</a> <font>f</font>')
    assert text == "rel bare js f"
    assert html == '<a href="https://example.com/x">rel</a> bare js f'


def test_line_break_drops_anything_inside_it_and_keeps_its_tail() -> None:
    assert _read("a<br>b") == ("a b", "a<br>b")


def test_too_deep_nesting_keeps_only_text() -> None:
    text, html = _read("<b>x<i>y<em>z</em></i></b> end", max_depth=2)
    assert text == "xyz end"
    assert html == "<b>x<i>yz</i></b> end"


def test_run_of_items_and_caption_left_out() -> None:
    div = _div('start <em>mid</em> <span class="caption">Photo: X</span> end')
    items: list = [div.text, *div]  # (an element's tail comes with it)
    text, html = inline_items(items, base=None, max_depth=100, skip=set().__contains__,
                              loose_caption=lambda el: el.get("class") == "caption")
    assert (text, html) == ("start mid end", "start <em>mid</em> end")
