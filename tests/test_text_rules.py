"""Rules of the text reader for whole-page dumps, one test per rule (issue 16). Dumps are
written for the project from the four-language pages of test_text_dumps."""

from __future__ import annotations

import pytest

import syndicate
from syndicate.readers.text_lines import read_lines
from test_text_dumps import PAGES, markdown_dump, plain_dump

SOFT = "\u00ad"


def _hyphenate(text: str) -> str:
    """A soft hyphen after every third letter of the longer words, as typesetting pages do."""
    return " ".join(SOFT.join(w[i:i + 3] for i in range(0, len(w), 3)) if len(w) > 6 else w
                    for w in text.split())


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_soft_hyphens_change_no_line_feature_and_stay_in_the_text(lang: str) -> None:
    page = PAGES[lang]
    plain = read_lines("\n\n".join(page.article), markdown=False)
    hyphenated = read_lines("\n\n".join(_hyphenate(p) for p in page.article), markdown=False)
    assert plain.language == hyphenated.language
    for a, b in zip(plain.lines, hyphenated.lines, strict=True):
        assert (a.words, a.stopwords) == (b.words, b.stopwords)
    text = plain_dump(page).replace(page.article[1], _hyphenate(page.article[1]))
    doc = syndicate.parse_text(text)
    assert _hyphenate(page.article[1]) in [b.text for b in doc.body]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_soft_hyphens_in_markdown_keep_the_article(lang: str) -> None:
    page = PAGES[lang]
    text = markdown_dump(page)
    for paragraph in page.article[1:]:
        text = text.replace(paragraph, _hyphenate(paragraph))
    doc = syndicate.parse_text(text)
    assert [b.text.replace(SOFT, "") for b in doc.body] == page.article
