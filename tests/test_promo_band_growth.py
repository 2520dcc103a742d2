"""A band's lone button reported at the band (``promo_bands.grown_bands``): a box outside the
article's text holding a heading (an ``<h2>``-``<h6>``, or a block classed as a heading or drawn
in large text), a short pitch and one button (or a row of two) is one CTA at the box, not at
its button. An author's box, a card of a listing and a band holding other links keep their
buttons as they were. Small pages written for the project, in English, German and Spanish.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import page, parse, source


def band(heading: str, pitch: str, button: str, *, cls: str = "promo-band", href: str = "/membership/") -> str:
    return (f"<section class='{cls}'><div class='inner'>{heading}<p>{pitch}</p>"
            f"<a class='btn btn-primary' href='{href}'>{button}</a></div></section>")


BANDS = {
    "en": ("<h2>What is the Harbour Society?</h2>",
           "We are a non-profit that keeps the old quay alive for the people of the town.", "Become a member"),
    "de": ("<div class='band__title'>Was ist der Hafenverein?</div>",
           "Wir sind ein gemeinnütziger Verein, der den alten Kai für die Menschen der Stadt erhält.",
           "Mitglied werden"),
    "es": ("<div class='font-serif text-4xl'>¿Qué es la Sociedad del Puerto?</div>",
           "Somos una asociación sin ánimo de lucro que cuida el viejo muelle para la gente de la ciudad.",
           "Hazte socio"),
}


def _band_cta(doc, raw):
    """The CTA reported at the band's ``<section>`` (its tag and class), if any."""
    for c in doc.ctas:
        el = source(raw, c.locator)
        if el.tag == "section":
            return c
    return None


def test_band_between_article_and_footer_is_one_cta_at_the_band():
    """A heading (an ``<h2>``; a block classed ``band__title``; one drawn ``text-4xl``), a
    line of pitch and a "Become a member" button under the article: one CTA, at the band."""
    for lang, (heading, pitch, button) in BANDS.items():
        raw = page(below=band(heading, pitch, button), lang=lang)
        doc = parse(raw)
        cta = _band_cta(doc, raw)
        assert cta is not None, (lang, [(c.locator, c.kind) for c in doc.ctas])
        assert not any(source(raw, c.locator).tag == "a" and c.text == button for c in doc.ctas), lang
        assert all(p in doc.text() for p in ARTICLE_PARAS)


def test_band_with_two_buttons_is_one_cta():
    """"Ready to learn?" with "Contact us" and "Get started" side by side: one CTA at the band."""
    row = ("<section class='big-teaser'><div class='content'><p class='lead'>Our teachers know every style "
           "of music and teach at every level.</p><h2>Ready to learn?</h2><div class='buttons'>"
           "<a class='button' href='/contact/'>Contact us</a><a class='button' href='/get-started/'>Get started</a>"
           "</div></div></section>")
    raw = page(below=row)
    doc = parse(raw)
    assert _band_cta(doc, raw) is not None, [(c.locator, c.kind) for c in doc.ctas]
    assert not any(source(raw, c.locator).tag == "a" for c in doc.ctas)


def test_author_box_listing_card_and_band_of_links_are_not_grown():
    """Guards: the same heading, line and button in a box named as an author's; one of three
    cards of one design (a listing); a band that also holds two story links. None becomes a
    CTA at the ``<section>``."""
    heading, pitch, button = BANDS["en"]
    cases = {
        "author": band("<h3>Jane Doe</h3>", "Jane writes about the harbour and the sea for our paper.",
                       "Follow Jane", cls="author-box", href="/authors/jane/"),
        "listing": "".join(band(f"<h3>Course {i}</h3>", "Learn to sail in six weeks on the bay.", "Enrol",
                                cls="course-card", href=f"/courses/{i}/") for i in range(3)),
        "links": band(heading, pitch + " <a href='/region/2024/quay-works-begin'>Quay works begin</a> and "
                      "<a href='/region/2024/ferry-pause'>Ferry pause</a>.", button),
    }
    for name, html in cases.items():
        raw = page(below=html)
        doc = parse(raw)
        assert _band_cta(doc, raw) is None, (name, [(c.locator, c.kind, c.text) for c in doc.ctas])
