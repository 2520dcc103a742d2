"""Hand-written scans that stand in for a pattern (for speed) give exactly the pattern's
answers: the year scan of ``pagedates`` and the class-token test of ``metadata``. Strings are
built from pieces chosen to sit on every edge of the patterns (digits touching a year, "199"
before a non-year digit, a year at the end, CJK year signs, case, non-ASCII)."""

from __future__ import annotations

import random

from syndicate.extract import metadata, pagedates

_YEAR_PIECES = ("1995", "1994", "2024", "20", "199", "2", "0", "9", "x", " ", "12024", "20245",
                "Published ", "年", "년", "é", "\n", "201", "19999", "2020-01-02")


def _texts(pieces: tuple[str, ...], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 9))) for _ in range(n)]


def test_year_starts_are_where_the_year_patterns_match() -> None:
    for text in _texts(_YEAR_PIECES, 20_000, 7):
        assert list(pagedates._year_starts(text, alone=False)) == [
            m.start() for m in pagedates._ANY_YEAR.finditer(text)], text
        assert list(pagedates._year_starts(text, alone=True)) == [
            m.start() for m in pagedates._YEAR_OR_CJK.finditer(text)], text


def test_token_test_answers_as_its_pattern() -> None:
    tokens = ("author", "byline", "Post-Meta")
    test = metadata._token_test(tokens)
    pattern = metadata.re.compile(r"(?<!\S)(?:" + "|".join(map(metadata.re.escape, tokens)) + r")(?!\S)",
                                  metadata.re.I)
    pieces = ("author", "AUTHOR", "byline", "post-meta", "Post-Meta", "authors", "x", " ", "\t", "é",
              "-", "by", "line", "\u212a")
    for value in _texts(pieces, 20_000, 11):
        assert test(value) == (pattern.search(value) is not None), value
