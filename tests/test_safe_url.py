"""``sanitize.safe_url`` keeps plain http(s) links as written and refuses broken ones."""

from __future__ import annotations

import pytest

from syndicate.sanitize import safe_url


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.com/a/b?q=1#top", "https://example.com/a/b?q=1#top"),
    ("http://example.com", "http://example.com"),
    ("  https://example.com/x  ", "https://example.com/x"),
    ("https://example.com?x", "https://example.com?x"),
    ("https://[::1]/a", "https://[::1]/a"),
    ("https://exämple.com/ü", "https://exämple.com/ü"),
    ("https://example.com/a\u3000b", "https://example.com/a%E3%80%80b"),
    ("https:///path", None),
    ("https://", None),
    ("https://#frag", None),
    ("https://[::1/x", None),
    ("http://host]/x", None),
    ("java\tscript:alert(1)", None),
])
def test_absolute_urls(url: str, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_relative_urls_need_a_base() -> None:
    assert safe_url("/a/b", "https://example.com/x/y") == "https://example.com/a/b"
    assert safe_url("/a/b") is None
