"""Previous/next post links found by what marks them: an inflected "previous"/"next" word
as the link text ("Vorheriges Thema", "Article précédente"); a link to a further page of
the same article ("/2024/hafen/2/") is none. Small pages written for the project: German,
French, Italian, Spanish, English.
"""

from __future__ import annotations

import pytest

from regionpages import page, parse

PAIRS = {
    "de": ("Vorheriges Thema", "Nächstes Thema"),
    "fr": ("Article précédente", "Article suivante"),
    "it": ("Articolo precedente", "Prossima storia"),
    "es": ("Historia anterior", "Próxima historia"),
}


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_inflected_previous_and_next_words_mark_a_post_pager(lang: str):
    """Two links under the article whose only words say previous/next (inflected): one
    related block of the two neighbours, after the article."""
    prev, nxt = PAIRS[lang]
    after = (f"<div class='links'><a href='/2024/alte-mole-wird-saniert'>« {prev}</a> | "
             f"<a href='/2024/neue-faehre-fuer-die-insel'>{nxt} »</a></div>")
    doc = parse(page(after=after, lang=lang))
    assert [(len(r.items), r.position.placement) for r in doc.related] == [(2, "after")]


def test_rel_next_to_the_articles_own_next_page_is_no_neighbour():
    """rel=next to page 2 of the same article (a path under the page's own): no related block."""
    after = ("<nav class='navigation'><div class='nav-next'><a href='/2024/hafen/2/' rel='next'>"
             "Seite 2</a></div></nav>")
    doc = parse(page(after=after))
    assert doc.related == []
