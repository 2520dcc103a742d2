"""A band's lone button reported at the band (``promo_bands.grown_bands``): a box outside the
article's text holding a heading (an ``<h2>``-``<h6>``, or a block classed as a heading or drawn
in large text), a short pitch and one button (or a row of two) is one CTA at the box, not at
its button. An author's box, a card of a listing and a band holding other links keep their
buttons as they were. Small pages written for the project, in English, German and Spanish.
"""

from __future__ import annotations

from pages import ARTICLE_PARAS
from regionpages import page, parse, source


def band(heading: str, pitch: str, button: str, *, cls: str = "social-band",
         href: str = "https://www.instagram.com/harbourtown/") -> str:
    return (f"<section class='{cls}'><div class='band-inner'>{heading}{pitch}"
            f"<a class='btn' href='{href}'>{button}</a></div></section>")


#: A follow band per language (its button found alone by the profile-link rules): an ``<h3>``
#: and a line of pitch; a block classed as a heading and a picture; a heading drawn ``text-3xl``.
BANDS = {
    "de": ("<h3>Der Hafen auf Instagram</h3>", "<p>Bilder vom Kai, jeden Tag neu.</p>", "Folgen Sie uns"),
    "en": ("<img src='/i/insta.svg' alt=''><span class='spacing heading_2'>@harbourtown</span>", "", "Follow us"),
    "es": ("<div class='font-bold text-3xl'>El puerto en Instagram</div>", "<p>Fotos del muelle, cada día.</p>",
           "Síguenos"),
}


def _band_cta(doc, raw):
    """The CTA reported at the band's ``<section>``, if any."""
    for c in doc.ctas:
        if source(raw, c.locator).tag == "section":
            return c
    return None


def test_band_between_article_and_footer_is_one_cta_at_the_band():
    """A heading (an ``<h3>``; a block classed ``heading_2``; one drawn ``text-3xl``), a line
    of pitch (or none) and a "Follow us" button under the article: one CTA ``follow``, at the
    band, no longer at its button."""
    for lang, (heading, pitch, button) in BANDS.items():
        raw = page(below=band(heading, pitch, button), lang=lang)
        doc = parse(raw)
        cta = _band_cta(doc, raw)
        assert cta is not None and cta.kind == "follow", (lang, [(c.locator, c.kind) for c in doc.ctas])
        assert not any(source(raw, c.locator).tag == "a" for c in doc.ctas), lang
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
    heading, pitch, button = BANDS["de"]
    cases = {
        "author": band("<h3>Jane Doe</h3>", "<p>Jane writes about the harbour and the sea for our paper.</p>",
                       "Follow us", cls="author-box", href="https://www.instagram.com/janedoe/"),
        "listing": "".join(band(f"<h3>Crew {i}</h3>", "<p>Our sailors on the bay.</p>", "Follow",
                                cls="crew-card", href=f"https://www.instagram.com/crew{i}/") for i in range(3)),
        "links": band(heading, "<p>Bilder vom Kai. <a href='/region/2024/quay-works-begin'>Quay works begin</a> and "
                      "<a href='/region/2024/ferry-pause'>Ferry pause</a>.</p>", button),
    }
    for name, html in cases.items():
        raw = page(below=html)
        doc = parse(raw)
        assert _band_cta(doc, raw) is None, (name, [(c.locator, c.kind, c.text) for c in doc.ctas])

