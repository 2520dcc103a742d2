"""Joining an article's pages keeps to ``Limits.max_blocks``, as reading one page does."""

from __future__ import annotations

import logging

import syndicate
from syndicate.multipage import join_documents


def page(n: int, paragraphs: int) -> syndicate.Document:
    body = "".join(
        f"<p>Page {n}, paragraph {i}: the harbour board met again on Tuesday to weigh the cost "
        f"of the repairs, and the minutes of that meeting run to several pages.</p>"
        for i in range(1, paragraphs + 1))
    html = f"<html><head><title>Pier</title></head><body><article>{body}</article></body></html>"
    return syndicate.parse(html, url=f"https://example.org/pier/{n}")


def test_without_a_cap_every_page_is_joined() -> None:
    docs = [page(n, 4) for n in (1, 2, 3)]
    sizes = [len(d.body) for d in docs]
    joined = join_documents(docs)
    assert len(joined.body) == sum(sizes)


def test_the_cap_cuts_the_joined_body_and_says_so(caplog) -> None:
    docs = [page(n, 4) for n in (1, 2, 3)]
    assert [len(d.body) for d in docs] == [4, 4, 4]
    with caplog.at_level(logging.WARNING, logger="syndicate.multipage"):
        joined = join_documents(docs, max_blocks=6)
    text = joined.text()
    assert len(joined.body) == 6
    assert "Page 2, paragraph 2" in text and "Page 2, paragraph 3" not in text
    assert "Page 3," not in text
    assert [b.id for b in joined.body] == [f"b{i}" for i in range(1, 7)]
    assert "max_blocks=6" in caplog.text and "6 blocks" in caplog.text
    syndicate.validate(joined.to_dict())


def test_page_one_is_never_cut_below_what_its_reader_kept() -> None:
    docs = [page(n, 4) for n in (1, 2)]
    joined = join_documents(docs, max_blocks=2)
    assert len(joined.body) == 4
    assert "Page 2," not in joined.text()
