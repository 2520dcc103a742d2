"""Contact boxes around a phone or e-mail link (``reach_boxes``): a side box naming the
newsroom with its phone number and e-mail address, a top bar asking to call a number, a
footer column under "Contactez-nous". Not: a footer's postal address block, a bare number
in the header, a privacy notice's paragraph, a directory of staff. Small pages written for
the project, in German, English, French and Spanish.
"""

from __future__ import annotations

import regionpages
from pages import parse_article as parse


def contact(doc) -> list[tuple[str, str]]:
    """(placement, text) of the document's contact CTAs."""
    return [(c.position.placement, c.text or "") for c in doc.ctas if c.kind == "contact"]


def located(doc, raw: bytes) -> list[str]:
    """The class of each contact CTA's element."""
    return [regionpages.source(raw, c.locator).get("class") or "" for c in doc.ctas if c.kind == "contact"]


def test_a_side_box_naming_the_newsroom_with_its_address_is_contact():
    """German: "Kontakt zur Lokalredaktion Hafenberg", the street, "Tel.: (04 21) 51 89 01 10",
    "E-Mail: <mailto>", links to the desk's profiles, in the side column: one contact CTA, the
    box, placed outside."""
    side = ("<div class='widget'><h3>Meistgelesen</h3>"
            + regionpages.stories("Neue Fähre für Hafenberg", "Stadtfest im Hafen abgesagt", section="lokales")
            + "</div><div class='widget'><div class='desk-box'>Kontakt zur Lokalredaktion Hafenberg<br>"
            "Kaistraße 7<br>28195 Hafenberg<br>Tel.: (04 21) 51 89 01 10<br>"
            "E-Mail: <a href='mailto:redaktion@hafenberg.example'>redaktion@hafenberg.example</a><br>"
            "<a href='https://twitter.com/hafenberg_news'>Die Redaktion bei Twitter</a><br>"
            "<a href='https://www.facebook.com/hafenberg.news'>Die Redaktion bei Facebook</a></div></div>")
    raw = regionpages.page(side=side, lang="de")
    doc = parse(raw)
    assert [p for p, _ in contact(doc)] == ["outside"], contact(doc)
    assert located(doc, raw) in (["desk-box"], ["widget"]), located(doc, raw)


def test_a_top_bar_asking_to_call_a_number_is_contact():
    """English: "call us today <a href=tel:…>(555) 213-1773</a>" in the bar above the header:
    contact, at the bar's phone box."""
    top = ("<div class='top-bar'><div class='top-bar__area'>Serving Eastmere and the coast</div>"
           "<div class='top-bar__phone'>call us today <a href='tel:5552131773'>(555) 213-1773</a></div></div>")
    raw = regionpages.page(header=top, lang="en")
    doc = parse(raw)
    assert contact(doc) == [("outside", "call us today (555) 213-1773")], contact(doc)
    assert located(doc, raw) == ["top-bar__phone"]


def test_a_footer_column_under_contact_is_contact():
    """French: a footer column headed "Contactez-nous" ("Une question ? Écrivez-nous :
    <mailto>") beside a link column: contact, the column with its heading."""
    footer = ("<div class='col links'><a href='/a-propos'>À propos</a> <a href='/mentions'>Mentions légales</a> "
              "<a href='/emplois'>Emplois</a></div>"
              "<div class='col reach'><h5>Contactez-nous</h5><div class='textwidget'>Une question ? "
              "Écrivez-nous : <i class='icon-mail'></i> "
              "<a href='mailto:redaction@port-haut.example'>redaction@port-haut.example</a></div></div>")
    raw = regionpages.page(footer=footer, lang="fr")
    doc = parse(raw)
    assert contact(doc) == [("outside", "Contactez-nous")], contact(doc)
    assert located(doc, raw) == ["col reach"]


def test_address_blocks_bare_numbers_and_notices_are_not_contact():
    """English: a footer's postal address with phone and e-mail (asking nothing), a bare
    number in the header, a privacy notice's paragraph among others ("please contact us at
    <mailto>"): no contact CTA."""
    header = "<div class='head-phone'><a href='tel:5552131773'>(555) 213-1773</a></div>"
    footer = ("<div class='address'>Eastmere Gazette Ltd<br>12 Shore Road, Eastmere EM1 2AB<br>"
              "Phone: (555) 213-1700<br><a href='mailto:office@eastmere.example'>office@eastmere.example</a></div>"
              "<div class='privacy'><p>We keep your data only as long as the law asks us to.</p>"
              "<p>If you have any questions about our privacy policy, please contact us at "
              "<a href='mailto:privacy@eastmere.example'>privacy@eastmere.example</a>.</p>"
              "<p>You may ask us to delete your account at any time.</p></div>")
    doc = parse(regionpages.page(header=header, footer=footer, lang="en"))
    assert contact(doc) == [], contact(doc)


def test_a_directory_of_staff_addresses_is_not_contact():
    """Spanish: four reporters, each "Contacto: <mailto>", in the side column: a directory's
    entries, the page's content, no CTA."""
    side = "".join(f"<div class='staff'><b>Periodista {n}</b> Contacto: "
                   f"<a href='mailto:p{n}@puerto.example'>p{n}@puerto.example</a></div>" for n in range(4))
    doc = parse(regionpages.page(side=side, lang="es"))
    assert contact(doc) == [], contact(doc)
