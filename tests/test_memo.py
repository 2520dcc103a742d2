"""The shared caches (``syndicate/memo.py``): results kept across pages, emptied every few
pages once past their limit, so memory stays bounded over any number of pages."""

import pytest

import syndicate
from syndicate.memo import memo, trim_caches


def test_a_result_is_computed_once_while_the_cache_is_within_its_limit():
    calls = []

    @memo(3)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    assert [shout("a"), shout("a"), shout("b")] == ["A", "A", "B"]
    trim_caches()  # 2 results, limit 3: kept
    assert shout("a") == "A"
    assert calls == ["a", "b"]


def test_a_cache_past_its_limit_is_emptied_by_trim():
    calls = []

    @memo(2)
    def length(word: str) -> int:
        calls.append(word)
        return len(word)

    for word in ("one", "two", "three"):
        length(word)
    assert length.cache_info().currsize == 3  # (no eviction while a page is read)
    trim_caches()
    assert length.cache_info().currsize == 0
    assert length("one") == 3 and calls == ["one", "two", "three", "one"]


def test_reading_pages_keeps_every_shared_cache_within_its_limit():
    from syndicate.memo import _CACHES, PAGES_PER_TRIM

    # (24 pages of 1000 links and 1000 class names each, every one new: 24000 of each,
    # past the limits of the caches of hrefs and class names, 4096 to 16384)
    over_for: dict[object, int] = {}  # cache -> pages in a row it was read past its limit
    sizes: dict[object, int] = {}
    longest = 0
    emptied = False
    for i in range(24):
        names = " ".join(f"box-{i}-{j}" for j in range(1000))
        links = "".join(f'<li class="item-{i}-{j}"><a href="/story/{i}-{j}-long-title-here">Story {j}</a></li>'
                        for j in range(1000))
        html = (f'<html><body><div class="{names}"><article><h1>Title {i}</h1>'
                f'<p>{"Words of the story. " * 40}</p></article><ul class="{names}">{links}</ul></div></body></html>')
        syndicate.parse(html, url=f"https://news.example/{i}")
        for cache, limit in _CACHES.items():
            size = cache.cache_info().currsize
            emptied = emptied or size < sizes.get(cache, 0)
            sizes[cache] = size
            if size > limit:
                over_for[cache] = over_for.get(cache, 0) + 1
                longest = max(longest, over_for[cache])
            else:
                over_for.pop(cache, None)
    assert _CACHES, "the readers' caches are made with memo"
    # (a cache past its limit is emptied at the next trim, at most PAGES_PER_TRIM pages on)
    assert emptied, "these pages take some cache past its limit, and a trim empties it"
    assert longest < PAGES_PER_TRIM


def test_a_limit_must_be_positive():
    with pytest.raises(ValueError, match="positive"):
        memo(0)
