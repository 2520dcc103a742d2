"""Story lists in a page header or footer with no related heading (issue 15, related recall):
a footer column of the site's latest headlines under a plain title ("DH Picks", a section
name) is related content, placed ``outside``; a footer column of the site's own pages
("Company profile", "Our solutions") or of one template's landing pages is navigation.
Pages written for the project; the article's four paragraphs stay the body."""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source

#: A footer column of four stories under a title that names no related content, per language.
FOOTER_STORIES = {
    "en": ("Editors' choice", [
        "/city/harbour-ferry-returns-after-three-weeks-of-repairs-48812.html",
        "/sport/eastmere-rowing-club-wins-the-county-regatta-again-48809.html",
        "/business/fish-market-moves-to-the-old-railway-sheds-next-year-48790.html",
        "/opinion/why-the-sea-wall-matters-more-than-the-new-bypass-48771.html",
    ], ["Harbour ferry returns after repairs", "Rowing club wins the county regatta",
        "Fish market moves to the railway sheds", "Why the sea wall matters more"]),
    "de": ("Auswahl der Redaktion", [
        "/region/faehre-faehrt-nach-drei-wochen-wieder-nach-plan",
        "/sport/ruderverein-gewinnt-zum-dritten-mal-die-regatta",
        "/wirtschaft/fischmarkt-zieht-im-naechsten-jahr-in-den-alten-lokschuppen",
        "/meinung/warum-die-kaimauer-wichtiger-ist-als-die-umgehung",
    ], ["Fähre fährt wieder nach Plan", "Ruderverein gewinnt die Regatta",
        "Fischmarkt zieht in den Lokschuppen", "Warum die Kaimauer wichtiger ist"]),
    "es": ("Selección", [
        "/2024/05/el-ferry-vuelve-tras-tres-semanas",
        "/2024/05/el-club-de-remo-gana-la-regata",
        "/2024/04/la-lonja-se-muda-a-las-naves-del-tren",
        "/2024/04/por-que-importa-el-muelle",
    ], ["El ferry vuelve tras tres semanas", "El club de remo gana la regata",
        "La lonja se muda a las naves del tren", "Por qué importa el muelle viejo"]),
    "fr": ("Le choix de la rédaction", [
        "/societe/le-bac-reprend-du-service-apres-trois-semaines",
        "/sport/le-club-d-aviron-remporte-encore-la-regate",
        "/economie/la-criee-demenage-dans-les-anciens-hangars-du-rail",
        "/opinion/pourquoi-le-quai-compte-plus-que-la-rocade",
    ], ["Le bac reprend du service", "Le club d'aviron remporte la régate",
        "La criée déménage dans les hangars", "Pourquoi le quai compte plus"]),
}


def _column(title: str, hrefs: list[str], texts: list[str]) -> str:
    links = "".join(f"<li><a href='{h}'>{t}</a></li>" for h, t in zip(hrefs, texts, strict=True))
    return f"<div class='col'><p>{title}</p><ul class='picks'>{links}</ul></div>"


@pytest.mark.parametrize("lang", sorted(FOOTER_STORIES))
def test_a_footer_column_of_headlines_is_a_related_block(lang: str):
    """Four links to stories (long slugs or dated paths) with headline texts, under a title
    that is no related heading, in the site footer: one related block of four, outside."""
    raw = page(footer=_column(*FOOTER_STORIES[lang]), lang=lang)
    doc = parse(raw)
    assert [(len(r.items), r.position.placement) for r in doc.related] == [(4, "outside")]
    assert source(raw, doc.related[0].locator).get("class") in ("col", "picks")


def test_a_footer_column_of_the_sites_own_pages_is_no_related_block():
    """"Company profile", "Social responsibility"...: pages of the site with short slugs
    (their paths read like articles, their texts are long enough): navigation."""
    column = _column("Company", ["/who-we-are/", "/who-we-are/social-responsibility/",
                                 "/who-we-are/partnership-programs/", "/how-we-work/"],
                     ["Company profile and history", "Social responsibility at work",
                      "Partnership programs for shops", "How we work with our clients"])
    assert parse(page(footer=column)).related == []


def test_a_footer_column_of_one_templates_landing_pages_is_no_related_block():
    """Five landing pages of one template ("custom-home-builders-in-<town>"): long slugs,
    but one opening shared by all: navigation."""
    towns = ["atherton", "hillsborough", "monte-sereno", "los-gatos", "palo-alto"]
    column = _column("Quick links", [f"/custom-home-builders-in-{t}/" for t in towns],
                     [f"Custom home builders in {t.replace('-', ' ').title()}" for t in towns])
    assert parse(page(footer=column)).related == []
