"""Where an ad slot stands, from what its FORMAT says: a skyscraper, half-page, gutter, side,
wallpaper/skin or adhesion slot stands beside the page (``outside``) wherever the tree puts it
before or after the article, but a slot between two paragraphs of the article stays
``inline`` whatever its name. Small pages in four languages."""

from __future__ import annotations

import pytest

import syndicate

TEXTS = {
    "en": [
        "The harbour town of Eastmere will rebuild its old sea wall before the autumn storms, the "
        "council said on Monday after a long meeting of its works committee.",
        "The cost is put at about twelve million pounds, part of it from a national fund that "
        "helps coastal towns protect their homes against flooding.",
        "Residents had complained for years about cracks in the wall that let the sea into the "
        "cellars of the houses along the shore road during every winter gale.",
        "Work will start in spring and stop the ferry only on a few weekends, the mayor promised "
        "the reporters who had gathered on the quay.",
    ],
    "de": [
        "Die Stadt Hafenberg will die alte Kaimauer bis zum Herbst vollständig erneuern lassen, "
        "teilte die Verwaltung am Montag nach einer langen Sitzung des Bauausschusses mit.",
        "Die Kosten werden auf rund zwölf Millionen Euro geschätzt; ein Teil soll aus einem "
        "Förderprogramm des Landes kommen, das Küstenorte beim Hochwasserschutz unterstützt.",
        "Anwohner hatten seit Jahren über Risse in der Mauer geklagt, die bei Sturmflut immer "
        "wieder Wasser in die Keller der Häuser an der Uferstraße drücken ließen.",
        "Die Bauarbeiten sollen im Frühjahr beginnen und den Fährverkehr nur an wenigen "
        "Wochenenden unterbrechen, versprach der Bürgermeister vor der Presse.",
    ],
    "es": [
        "El ayuntamiento de Puerto Alto anunció el lunes que reconstruirá el viejo muelle antes "
        "del otoño, tras una larga sesión de la comisión de obras públicas.",
        "El coste se estima en unos doce millones de euros; una parte procederá de un programa "
        "regional que ayuda a los pueblos costeros a protegerse de las inundaciones.",
        "Los vecinos llevaban años quejándose de las grietas del muro, por las que el agua entra "
        "en los sótanos de las casas del paseo marítimo cada vez que hay temporal.",
        "Las obras empezarán en primavera y solo interrumpirán el servicio de ferry algunos fines "
        "de semana, prometió el alcalde ante la prensa.",
    ],
    "fr": [
        "La ville de Port-Haut reconstruira son vieux quai avant l'automne, a annoncé lundi la "
        "mairie à l'issue d'une longue réunion de la commission des travaux.",
        "Le coût est estimé à environ douze millions d'euros, dont une partie viendra d'un "
        "programme régional qui aide les communes du littoral face aux inondations.",
        "Depuis des années, les riverains se plaignaient des fissures du mur par lesquelles la "
        "mer envahit les caves des maisons du front de mer à chaque tempête.",
        "Les travaux commenceront au printemps et n'interrompront le bac que quelques week-ends, "
        "a promis le maire devant la presse.",
    ],
}
LANGS = sorted(TEXTS)


def _page(lang: str, before: str = "", middle: str = "", after: str = "", head: str = "") -> str:
    paras = TEXTS[lang]
    text = "".join(f"<p>{p}</p>" for p in paras[:2]) + middle + "".join(f"<p>{p}</p>" for p in paras[2:])
    return (
        f'<html lang="{lang}"><head><title>Kaimauer</title>{head}</head><body>'
        '<header class="site-header"><a href="/">Home</a></header>'
        f'<div class="page-wrap">{before}'
        f'<div class="content"><article><h1>Kaimauer</h1>{text}</article></div>'
        f"{after}</div>"
        '<footer class="site-footer"><a href="/impressum">Impressum</a></footer></body></html>'
    )


def _placements(html: str) -> list[str]:
    doc = syndicate.parse(html)
    return [a.position.placement for a in doc.ads]


def _gpt(slot_id: str, sizes: str) -> str:
    """The page's GPT configuration for one slot (what tells its sizes)."""
    return (
        '<script>googletag.cmd.push(function(){googletag.defineSlot("/1234/site/top", '
        f'{sizes}, "{slot_id}").addService(googletag.pubads());}});</script>'
    )


@pytest.mark.parametrize("lang", LANGS)
def test_gutter_and_skyscraper_names_stand_beside_the_page(lang: str) -> None:
    # Two gutter slots in the page's wrapper before the article's column, one skyscraper after it.
    before = ('<div class="ad-gutter-left"><div id="div-gpt-ad-11"></div></div>'
              '<div class="ad-gutter-right"><div id="div-gpt-ad-12"></div></div>')
    after = '<div class="skyscraperContainer" id="skyscraper_1"><div id="div-gpt-ad-13"></div></div>'
    html = _page(lang, before=before, after=after)
    assert _placements(html) == ["outside", "outside", "outside"]


@pytest.mark.parametrize("lang", LANGS)
def test_tall_sizes_stand_beside_the_page(lang: str) -> None:
    # No format word at all: the slot's only sizes are a skyscraper's and a half page's.
    before = '<div id="div-gpt-ad-21"></div>'
    head = _gpt("div-gpt-ad-21", "[[160, 600], [300, 600]]")
    assert _placements(_page(lang, before=before, head=head)) == ["outside"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_wide_banner_above_the_article_stays_before(lang: str) -> None:
    # A leaderboard/billboard above the article is no side format: the tree's "before" stands.
    before = '<div id="div-gpt-ad-31"></div>'
    head = _gpt("div-gpt-ad-31", "[[728, 90], [970, 250]]")
    assert _placements(_page(lang, before=before, head=head)) == ["before"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_side_format_between_paragraphs_is_inline(lang: str) -> None:
    # A half-page slot the article text flows around is part of the article: inline.
    middle = '<div class="ad halfpage-ad"><div id="div-gpt-ad-41"></div></div>'
    head = _gpt("div-gpt-ad-41", "[[300, 600]]")
    assert _placements(_page(lang, middle=middle, head=head)) == ["inline"]


@pytest.mark.parametrize("lang", LANGS)
def test_left_and_right_alone_say_no_side(lang: str) -> None:
    # Two rectangles side by side under the article ("ad-left", "ad-right") stand after it.
    after = ('<div class="ad-row"><div class="ad ad-left"><div id="div-gpt-ad-51"></div></div>'
             '<div class="ad ad-right"><div id="div-gpt-ad-52"></div></div></div>')
    assert _placements(_page(lang, after=after)) == ["after", "after"]


@pytest.mark.parametrize("lang", LANGS)
def test_format_in_a_data_value(lang: str) -> None:
    # The slot's format is written only in its data-* configuration ("data-size-key=GUTTER").
    before = '<div class="ad-slot" data-size-key="GUTTER" data-ad-unit-path="/1/site/gtl"></div>'
    assert _placements(_page(lang, before=before)) == ["outside"]
