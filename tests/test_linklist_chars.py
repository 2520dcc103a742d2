"""A link list's text count, read when asked, is the count of its region's text nodes, each
stripped, less its scripts' and styles' own text (small pages written here)."""

from __future__ import annotations

from dataclasses import replace

from lxml import html

from syndicate.extract import linklists
from syndicate.extract.rules import regions as rules


def _count(el: html.HtmlElement) -> int:
    """The count the long way: every text node, stripped, less the scripts' and styles'."""
    texts = sum(len(t.strip()) for t in el.xpath("descendant-or-self::text()"))
    return texts - sum(len(x.text.strip()) for x in el.iter("script", "style", "noscript", "template") if x.text)


_PAGE = """<div class="rail">
    <h3>  Mehr aus der Redaktion  </h3>
    <style>.rail a { color: red }</style>
    <ul>
        <li><a href="/2024/05/first-long-story-here">First long story here</a> <!-- note --> tail</li>
        <li><a href="/2024/05/second-long-story-here">Second   long story</a>
            <script>var x = 1;</script></li>
        <li><a href="/2024/05/third-long-story-here">Troisième histoire longue</a></li>
    </ul>
</div>"""


def test_chars_read_when_asked_match_the_long_count() -> None:
    el = html.fromstring(_PAGE)
    lst = linklists.measure(el, frozenset({"site.org"}))
    assert not lst.too_big and lst.urls == 3
    assert lst.chars == _count(el) == linklists.region_chars(el)
    assert lst.chars == _count(el)  # (asked again: the same)
    nested = el.find(".//ul")
    assert linklists.measure(nested, frozenset({"site.org"}), sized=True).chars == _count(nested)


def test_a_copy_counts_the_same_and_a_set_count_stays() -> None:
    el = html.fromstring(_PAGE)
    lst = linklists.measure(el, frozenset({"site.org"}))
    assert replace(lst, articles=1).chars == _count(el)
    lst.chars = 7
    assert lst.chars == 7 and replace(lst).chars == 7


def test_a_long_text_is_too_big_a_long_whitespace_is_not() -> None:
    words = " ".join(["wort"] * (rules.MAX_REGION_TEXT // 4))
    assert linklists.measure(html.fromstring(f"<div><p>{words}</p><a href='/a/b-c-d'>x</a></div>"),
                             frozenset({"site.org"})).too_big
    padded = "<div>" + ("<p>" + " \n" * 10 + "</p>") * (rules.MAX_REGION_TEXT // 15) + "<a href='/a/b-c-d'>Eine Geschichte</a></div>"
    el = html.fromstring(padded)
    lst = linklists.measure(el, frozenset({"site.org"}))
    assert len(el.text_content()) > rules.MAX_REGION_TEXT and not lst.too_big
    assert lst.chars == _count(el) == len("Eine Geschichte")
