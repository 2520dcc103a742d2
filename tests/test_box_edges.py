"""A CTA found at a piece deep inside its box (a button, an icon list) is reported at the box
when the wrappers around it hold nothing else but the widget's heading (``box_edges``): a
'Follow me on Instagram' section with its button and an empty feed mount, a builder's share
section whose heading sits in a column beside the icons, a follow column whose heading sits
above the icon list's wrappers. A box that also holds another link keeps the CTA where it was. Small pages written for
the project, in English, German, French and Spanish.
"""

from __future__ import annotations

import syndicate
from regionpages import page, source


def _wrapped(inner: str, depth: int, cls: str = "wrap") -> str:
    """``inner`` under ``depth`` class-less builder wrappers, the outermost classed ``cls``."""
    return f"<div class='{cls}'>" + "<div>" * (depth - 1) + inner + "</div>" * depth


def _ctas(raw: bytes, url: str, kind: str) -> list:
    doc = syndicate.parse(raw, url=url)
    return [source(raw, c.locator) for c in doc.ctas if c.kind == kind]


def test_english_follow_section_is_reported_at_its_box():
    """English: heading column, 'Follow me' button column, an empty feed mount and arrow
    controls: the follow CTA is the section, not the button four levels down."""
    section = ("<div class='ig-feed'><div class='ig-top'><div class='top-wrapper'>"
               "<div class='top-left'><h3>Follow me on Instagram</h3></div>"
               "<div class='top-right'><a class='btn follow-button' href='https://www.instagram.com/harbourtown/'>"
               "Follow me</a><a class='nav-prev'><svg></svg></a><a class='nav-next'><svg></svg></a></div>"
               "</div></div><div class='ig-feed-container'></div></div>")
    (cta,) = _ctas(page(lang="en", below=section), "https://example.com/a", "follow")
    assert cta.get("class") == "ig-feed", cta.get("class")


def test_german_share_section_with_heading_column_is_one_cta_at_the_section():
    """German: the heading 'Beitrag teilen' in one builder column, the share icons in the
    other: the share CTA is the section holding both."""
    icons = ("<div class='share-buttons'>"
             "<a href='https://www.facebook.com/sharer/sharer.php?u=https://example.de/a'><i></i></a>"
             "<a href='https://twitter.com/intent/tweet?url=https://example.de/a'><i></i></a>"
             "<a href='https://www.linkedin.com/shareArticle?url=https://example.de/a'><i></i></a></div>")
    section = ("<section class='inner-section'><div class='container'>"
               "<div class='col'><div class='widget-wrap'><h2>Beitrag teilen</h2></div></div>"
               f"<div class='col'>{_wrapped(icons, 2, 'widget-wrap')}</div></div></section>")
    (cta,) = _ctas(page(lang="de", after=section), "https://example.de/a", "share")
    assert cta.get("class") == "inner-section", cta.get("class")


def test_french_follow_icons_under_wrappers_are_reported_at_the_column():
    """French: the heading 'Suivez-nous' and the icon list under four builder wrappers, the
    column holding nothing else: the follow CTA is the column, not the list."""
    icons = ("<ul class='social-icons'><li><a href='https://www.facebook.com/lejournal'><i></i></a></li>"
             "<li><a href='https://twitter.com/lejournal'><i></i></a></li>"
             "<li><a href='https://www.instagram.com/lejournal/'><i></i></a></li></ul>")
    column = f"<div class='col-follow'><h4>Suivez-nous</h4>{_wrapped(icons, 4, 'widget')}</div>"
    (cta,) = _ctas(page(lang="fr", side=column), "https://example.fr/a", "follow")
    assert cta.get("class") == "col-follow", cta.get("class")


def test_spanish_follow_button_beside_another_link_stays_a_button():
    """Spanish: a worded link to another page beside the button is another action: no box."""
    section = ("<div class='promo'><div class='left'><h3>Síguenos en Instagram</h3>"
               "<a href='https://example.es/boletin'>Boletín</a></div>"
               "<div class='right'><a class='btn' href='https://www.instagram.com/eldiario/'>Síguenos</a></div></div>")
    ctas = _ctas(page(lang="es", below=section), "https://example.es/a", "follow")
    assert [c.get("class") for c in ctas] != ["promo"], [c.get("class") for c in ctas]
