"""One related block per widget when a list's cards are each found as a block (issue 15):
the cards of a "Related" grid, the rows of a sidebar list, are one related block with the
list's heading; in-text story lines between the article's paragraphs and sidebar modules
each under a heading of their own stay blocks apart. Small pages written for the project,
in English, German, French, Spanish and Italian.
"""

from __future__ import annotations

import syndicate
from regionpages import TEXTS, page, source


def _cards(titles: tuple[str, ...], section: str, blurb: str, cls: str = "related-post-card") -> str:
    return "".join(
        f"<article class='{cls}'><a href='/{section}/2024/{'-'.join(t.lower().split())}'>"
        f"<img src='/img/{i}.jpg' alt=''></a><div class='{cls}__content'><span class='label'>{section}</span>"
        f"<h3 class='{cls}__title'><a href='/{section}/2024/{'-'.join(t.lower().split())}'>{t}</a></h3>"
        f"<p>{blurb}</p></div></article>"
        for i, t in enumerate(titles))


EN_TITLES = ("Ferry timetable changes for the winter season", "New lifeboat station opens on the pier",
             "Fishing fleet returns early as storm nears", "Council approves budget for coastal paths")
DE_TITLES = ("Neuer Fahrplan für die Fähre im Winter", "Rettungsstation am Hafen eröffnet",
             "Fischer kehren vor dem Sturm früher zurück", "Stadtrat beschließt Geld für Uferwege")
FR_TITLES = ("Nouveaux horaires du bac pour l'hiver", "Une station de sauvetage ouvre sur la jetée",
             "Les pêcheurs rentrent avant la tempête", "Le conseil vote le budget des sentiers côtiers")


#: Card blurbs long enough that a list of cards is not mostly link text.
EN_BLURB = ("The story in a few lines for the reader who skims the page: who did what, where it "
            "happened, and what the town will decide about it at the next council meeting.")
DE_BLURB = ("Die Geschichte in wenigen Zeilen für alle, die nur kurz hineinschauen: wer was getan hat, "
            "wo es geschah und was der Stadtrat bei seiner nächsten Sitzung dazu beschließen will.")
FR_BLURB = ("L'histoire en quelques lignes pour qui parcourt la page : qui a fait quoi, où cela s'est "
            "passé et ce que le conseil municipal décidera lors de sa prochaine réunion publique.")


def _related(doc: syndicate.Document) -> list[syndicate.Related]:
    return list(doc.related)


def test_grid_of_related_cards_is_one_block_with_its_heading():
    """English: "Related Insights" over a grid of four cards (image, label, headline, blurb),
    each card named by its class: one block of four stories at the grid, not four."""
    grid = f"<div class='insights'><h3>Related Insights</h3><div class='grid'>{_cards(EN_TITLES, 'news', EN_BLURB)}</div></div>"
    raw = page(below=grid)
    blocks = _related(syndicate.parse(raw, url="https://example.com/news/2024/harbour-wall"))
    assert len(blocks) == 1
    assert source(raw, blocks[0].locator).get("class") == "grid"
    assert blocks[0].title == "Related Insights"
    assert len(blocks[0].items) == 4


def test_sidebar_rows_in_german_are_one_block():
    """German: a sidebar list "Weitere Artikel" whose rows are each a related card: one block."""
    rows = _cards(DE_TITLES, "lokales", DE_BLURB, cls="related-item")
    raw = page(side=f"<section class='box'><h4>Weitere Artikel</h4><div class='list'>{rows}</div></section>", lang="de")
    blocks = _related(syndicate.parse(raw, url="https://example.de/lokales/2024/kaimauer"))
    assert len(blocks) == 1
    assert len(blocks[0].items) == 4
    assert blocks[0].title == "Weitere Artikel"


def test_french_cards_with_an_ad_slot_between_are_one_block():
    """French: four cards with an ad slot between the second and third: one block (the ad
    stays an ad of its own)."""
    cards = _cards(FR_TITLES, "actu", FR_BLURB, cls="related-item")
    cut = cards.index("<article", cards.index("<article", 1) + 1)
    ad = "<div class='ad-slot' data-ad-unit='/1234/news/rail'></div>"
    raw = page(below=f"<div class='band'><h3>À lire aussi</h3><div class='cards'>{cards[:cut]}{ad}{cards[cut:]}</div></div>", lang="fr")
    doc = syndicate.parse(raw, url="https://example.fr/actu/2024/quai")
    assert len(_related(doc)) == 1
    assert len(doc.related[0].items) == 4
    assert len(doc.ads) == 1


def test_in_text_story_lines_in_spanish_stay_apart():
    """Spanish: three "Lee también" lines, each between two of the article's paragraphs:
    three in-text blocks of one story each."""
    es = TEXTS["es"]
    lines = [f"<p class='related-line'><strong>Lee también:</strong> <a href='/local/2024/{s}'>{t}</a></p>"
             for s, t in (("ferry", "Cambia el horario del ferry en invierno"),
                          ("salvamento", "Abre la nueva estación de salvamento"),
                          ("pesca", "La flota pesquera vuelve antes del temporal"))]
    between = (f"{lines[0]}<p>{es[2]}</p><p>{es[3]}</p>{lines[1]}<p>{es[1]} {es[0]}</p>"
               f"<p>{es[3]} {es[2]}</p>{lines[2]}")
    raw = page(between=between, lang="es")
    blocks = _related(syndicate.parse(raw, url="https://example.es/local/2024/muelle"))
    assert len(blocks) == 3
    assert all(len(b.items) == 1 for b in blocks)


def test_italian_sidebar_modules_with_their_own_headings_stay_apart():
    """Italian: three sidebar modules of one design, each under its own heading with four
    stories: three blocks."""
    mods = "".join(
        f"<div class='widget related-box'><h3>{h}</h3><ul>"
        + "".join(f"<li><a href='/{s}/2024/{s}-{i}-notizia-del-porto'>Notizia del porto numero {i} di {h}</a></li>"
                  for i in range(4))
        + "</ul></div>"
        for h, s in (("Ultime notizie", "cronaca"), ("I più letti", "letti"), ("Leggi anche", "anche")))
    raw = page(side=mods, lang="it")
    blocks = _related(syndicate.parse(raw, url="https://example.it/cronaca/2024/molo"))
    assert sorted(b.title or "" for b in blocks) == ["I più letti", "Leggi anche", "Ultime notizie"]


PT_BLURB = ("A história em poucas linhas para quem só passa os olhos pela página: quem fez o quê, onde "
            "aconteceu e o que a câmara vai decidir sobre o assunto na próxima reunião pública.")


def test_portuguese_cards_each_with_its_own_post_class_are_one_block():
    """Portuguese: "Posts relacionados" over cards whose class also names each post
    ("post-101"): one design all the same, one block of four stories."""
    cards = "".join(
        f"<article class='related-post post-{101 + i} type-post'><div class='inner'>"
        f"<h3 class='related-post-title'><a href='/local/2024/{s}'>{t}</a></h3>"
        f"<p><a href='/local/2024/{s}'><img src='/img/{i}.jpg' alt=''></a>{PT_BLURB}</p></div></article>"
        for i, (s, t) in enumerate((("balsa", "Novo horário da balsa no inverno"),
                                    ("salva-vidas", "Abre a nova estação de salva-vidas"),
                                    ("pesca", "Frota pesqueira volta antes da tempestade"),
                                    ("trilhos", "Câmara aprova verba para trilhos costeiros"))))
    raw = page(after=f"<div class='related-title'>Posts relacionados</div><div class='related-wrapper'>{cards}</div>", lang="pt")
    blocks = _related(syndicate.parse(raw, url="https://example.pt/local/2024/cais"))
    assert len(blocks) == 1
    assert len(blocks[0].items) == 4
    assert blocks[0].title == "Posts relacionados"
