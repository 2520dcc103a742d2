"""Absurdly long attribute values are cut whatever quoting the page uses, also when the
cheap look at the markup (``readers/tree.py``) rules most pages out of the full search."""

from __future__ import annotations

import random

import pytest
from lxml import etree

import syndicate
from syndicate.extract.chrome_util import classes_and_ids
from syndicate.limits import Limits
from syndicate.readers.tree import long_names, parse_tree, tame_names

#: A small limit keeps the pages small (the look at the markup works in blocks of half of it).
LIMITS = Limits(max_attribute_chars=600)
LONG = 1500
#: The default limits: class and id values cut at 1,000 characters, others far later.
NAMES = Limits()


def _page(body: str) -> str:
    # A script with no quotes of either kind and no whitespace, longer than the limit: the
    # markup holds quote-free runs that are no attribute value.
    script = "<script>" + "x=1;" * 800 + "</script>"
    return f"<!DOCTYPE html><html><head><title>Tide tables</title>{script}</head><body>{body}</body></html>"


@pytest.mark.parametrize("as_bytes", [False, True])
@pytest.mark.parametrize("attr", [
    f'title="{"t" * LONG}"',
    f"title='{'t' * LONG}'",
    f"title={'t' * LONG}",
    f'title = \n "{"t" * LONG}"',
    f"""title='{'say "hi" ' * (LONG // 8)}'""",
    f'title="{"&amp;" * LONG}"',
])
def test_long_values_are_cut_however_quoted(attr: str, as_bytes: bool) -> None:
    html = _page(f"<p {attr}>Boats leave at noon.</p><p title='short'>Back by six.</p>")
    root = parse_tree(html.encode() if as_bytes else html, LIMITS)
    first, second = root.findall(".//p")
    assert len(first.get("title")) == LIMITS.max_attribute_chars
    assert second.get("title") == "short"


def test_values_within_the_limit_are_kept() -> None:
    value = "v" * (LIMITS.max_attribute_chars - 1)
    root = parse_tree(_page(f"<p data-x='{value}' data-y=\"{value}\">Calm sea.</p>"), LIMITS)
    p = root.find(".//p")
    assert p.get("data-x") == value and p.get("data-y") == value


def test_random_pages_are_cut_like_the_full_search() -> None:
    """Random markup with long runs of every kind: each value past the limit is cut."""
    rng = random.Random(7)
    pieces = ["<p ", "<div ", "a=", "b='", 'c="', "'", '"', ">", " ", "\n", "x" * 400, "y" * 900,
              "</p>", "</div>", "=", "&amp;", "text "]
    for _ in range(200):
        html = "<html><body>" + "".join(rng.choice(pieces) for _ in range(60)) + "</body></html>"
        for data in (html, html.encode()):
            root = parse_tree(data, LIMITS)
            for el in root.iter():
                for name, value in el.items():
                    if name not in ("class", "id"):
                        assert len(value) <= LIMITS.max_attribute_chars, (html, name)


def test_names_left_by_parse_tree_are_tamed_from_the_names_read() -> None:
    """``names=False`` leaves a long class and id as they are; ``long_names`` finds them in
    the values read from the tree, and ``tame_names`` cuts them as ``parse_tree`` does."""
    # (other attributes within their limit: the look at the markup leaves only names to tame)
    page = _page('<div class="' + "ad " * 900 + 'box" id="' + "k" * 1200 + '"><p class="note">'
                 "Ferry times.</p></div><p id=\"rest\">Fähre um zwölf.</p>")
    tamed = parse_tree(page, NAMES)
    root = parse_tree(page, NAMES, names=False)
    div = root.find(".//div")
    assert len(div.get("class")) > NAMES.max_class_chars and len(div.get("id")) > NAMES.max_class_chars
    nodes = list(root.iter())
    assert long_names(classes_and_ids(nodes), NAMES)
    tame_names(root, NAMES)
    assert not long_names(classes_and_ids(nodes), NAMES)
    assert etree.tostring(root) == etree.tostring(tamed)
    assert root.find(".//div").get("class") == "ad box"


def test_parse_reads_a_page_with_long_names_as_its_tamed_page() -> None:
    """The reader tames the names ``parse_tree`` left (``readers/html.py``): a box whose class
    names its kind past the limit is read as the page with the class cut."""
    body = ("<article><h1>Harbour news</h1>" + "<p>The ferry leaves the harbour at noon every day.</p>" * 8
            + "</article>")
    box = '<div class="{}"><a href="/signup">Sign up</a></div>'
    name = " ".join(f"c{i}" for i in range(400)) + " newsletter"  # (the kind's word past 1,000 characters)
    cut = parse_tree(_page(box.format(name)), NAMES).find(".//div").get("class")
    assert "newsletter" not in cut
    long_doc = syndicate.parse(_page(body + box.format(name))).to_dict()
    assert long_doc == syndicate.parse(_page(body + box.format(cut))).to_dict()
