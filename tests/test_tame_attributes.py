"""Absurdly long attribute values are cut whatever quoting the page uses, also when the
cheap look at the markup (``readers/tree.py``) rules most pages out of the full search."""

from __future__ import annotations

import random

import pytest

from syndicate.limits import Limits
from syndicate.readers.tree import parse_tree

#: A small limit keeps the pages small (the look at the markup works in blocks of half of it).
LIMITS = Limits(max_attribute_chars=600)
LONG = 1500


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
