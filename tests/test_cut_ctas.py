"""CTA boxes the body stage cuts by their class ("cta") but no region rule reported: a
plain promo button whose target names nothing ("Kredite vergleichen", "Book now") was
left out of the body and out of the CTAs. The cut is now evidence for a CTA when the box
is one action (one target, short labels, little text); a cut box of several targets (a
list of stories) stays unreported. Small pages written for the project, German and English.
"""

from __future__ import annotations

import regionpages
from regionpages import parse


def _box(heading: str, pitch: str, label: str, href: str) -> str:
    return (f"<div class='offer-cta-module'><div class='headline'>{heading}</div><p>{pitch}</p>"
            f"<div class='cta'><a href='{href}'>{label}</a></div></div>")


def test_cut_promo_box_is_a_cta_de():
    """German: a comparison offer between the paragraphs, classed "offer-cta-module", one button."""
    box = _box("Günstige Kredite online", "Über unseren Vergleich finden Sie den passenden Kredit.",
               "Kredite vergleichen", "https://kredite.example.de/antrag/start.html?betrag=5000")
    doc = parse(regionpages.page(between=box, lang="de"))
    found = [c for c in doc.ctas if c.url and "kredite.example.de" in c.url]
    assert [c.kind for c in found] == ["other"], [(c.kind, c.text, c.locator) for c in doc.ctas]
    assert found[0].position.placement == "inline"


def test_cut_booking_button_is_a_cta_en():
    """English: a listing's "Book now" button classed "cta", between the paragraphs."""
    button = "<div class='cta'><a href='https://tickets.example.org/event/4411' rel='nofollow'>Book now</a></div>"
    doc = parse(regionpages.page(between=button))
    assert [c.kind for c in doc.ctas if c.text == "Book now"] == ["other"], \
        [(c.kind, c.text, c.locator) for c in doc.ctas]


def test_cut_box_of_several_stories_is_no_cta_en():
    """English: a box classed "cta" holding three story links is a list, not one action."""
    box = ("<div class='cta'><a href='/news/harbour-ferry-returns'>Ferry returns</a> "
           "<a href='/news/harbour-fish-market'>Fish market</a> <a href='/news/harbour-lights'>Harbour lights</a></div>")
    doc = parse(regionpages.page(between=box))
    assert not [c for c in doc.ctas if c.text and ("Ferry" in c.text or "Fish" in c.text)], \
        [(c.kind, c.text, c.locator) for c in doc.ctas]
