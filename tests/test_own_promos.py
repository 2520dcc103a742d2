"""A closing paragraph in which the site speaks of itself (``extract/own_promos.py``): longer
than a closing promo line, it names the site ("Hafenblatt", "Harbour Works" of
harbourworks.com) and every link of it goes to the site's own pages, one of them an action
("Talk to us", a bare address, ``/contact/``). It leaves ``doc.text()`` and is reported as a
CTA placed ``after``; the article's own closing paragraph that names the site — a "(we
reported: <a>…</a>)" line, an author's bio, a citation of another site — stays. Small pages
written for the project, in English and German.
"""

from __future__ import annotations

import syndicate
from regionpages import TEXTS, parse_intact, source, text_page


def page(closing: str, lang: str, site: str) -> bytes:
    """A page of ``site`` whose article (eight paragraphs built from ``TEXTS[lang]``) ends
    with ``closing``, in the same container as its paragraphs."""
    texts = TEXTS[lang]
    paras = [*texts, *(f"{t} {texts[(i + 1) % len(texts)]}" for i, t in enumerate(texts))]
    body = "".join(f"<p>{t}</p>" for t in paras)
    return text_page(body + closing, lang, title=site, header="<a href='/'>Home</a><a href='/blog/'>Blog</a>",
                     footer=f"<p>© {site}</p>")


def parse(raw: bytes, lang: str, url: str) -> syndicate.Document:
    return parse_intact(raw, lang, url)


EN_URL = "https://www.harbourworks.com/blog/harbour-wall-repairs"
DE_URL = "https://hafenblatt.de/2024/05/hafenmauer-wird-saniert"

EN_PROMO = (
    "<p>If you need advice on repairing a harbour wall of your own, do not hesitate to reach out to "
    "<a href='/why-harbour-works/'>Harbour Works</a>. Our engineers survey quays, piers and breakwaters "
    "and plan <a href='/services/repairs/'>repairs that last</a> for decades, from the first dive to the "
    "last stone. Whatever your harbour needs, we are here to help. "
    "<a href='/contact/'>Talk to us about your project</a>.</p>"
)


def test_a_long_closing_paragraph_naming_the_site_is_its_cta():
    """English: the last paragraph (over 300 characters) names Harbour Works and links its
    service pages and ``/contact/``: one contact CTA at the paragraph, out of the text."""
    raw = page(EN_PROMO, "en", "Harbour Works")
    doc = parse(raw, "en", EN_URL)
    assert [c.kind for c in doc.ctas] == ["contact"]
    assert source(raw, doc.ctas[0].locator).tag == "p"
    assert doc.ctas[0].position.placement == "after"
    assert "reach out to" not in doc.text()


def test_a_named_promo_line_with_a_bare_address_is_a_cta():
    """German: "+++ Ihnen gefällt der Hafenblatt? …: <a>https://hafenblatt.de/mitmachen/</a>"
    under the text, its kind told by no word: a CTA, out of the text."""
    line = ("<p>+++ Ihnen gefällt das Programm des Hafenblatt? Alle Möglichkeiten, mitzumachen, finden Sie "
            "hier: <a href='https://hafenblatt.de/mitmachen/'>https://hafenblatt.de/mitmachen/</a></p>")
    raw = page(line, "de", "Hafenblatt")
    doc = parse(raw, "de", DE_URL)
    assert len(doc.ctas) == 1
    assert "mitzumachen" not in doc.text()


def test_the_article_naming_the_site_keeps_its_closing_paragraph():
    """German and English: a closing paragraph that names the site but cites one of its
    stories in a sentence, an author's bio linking the site's people page, and a promo
    whose link goes to another site: all stay in the text, no CTA."""
    cases = (
        ("de", DE_URL, "Hafenblatt",
         "<p>Der Senat will die Arbeiten im Herbst vergeben. (Das Hafenblatt berichtete bereits über "
         "<a href='https://hafenblatt.de/2023/11/senat-plant-neue-kaimauer-am-suedhafen'>die Pläne für die "
         "neue Kaimauer am Südhafen</a>.)</p>", "Der Senat will"),
        ("en", EN_URL, "Harbour Works",
         "<p>(Jane Doe is a senior engineer at <a href='/people/jane-doe/'>Harbour Works</a>, where she has "
         "surveyed quays and breakwaters on three continents for twenty years.)</p>", "Jane Doe"),
        ("en", EN_URL, "Harbour Works",
         "<p>Harbour Works thanks the port authority for its help. "
         "<a href='https://port-authority.example.org/visit/'>Visit the port authority</a>.</p>",
         "thanks the port authority"),
    )
    for lang, url, site, closing, words in cases:
        doc = parse(page(closing, lang, site), lang, url)
        assert words in doc.text(), closing
        assert doc.ctas == [], closing
