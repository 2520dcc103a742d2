"""The edges of the article in a whole-page dump (issue 16).

Above the first paragraph: a standfirst under the headline, a short opening sentence.
Smoothing alone sinks them (a short line between navigation and text is bad to jusText);
they are the article's. The headline itself stays the title.

Below the last paragraph: the article ends on a sentence. The next story's headline or a
tag line that smoothing kept after it is not the article's; a closing list is.

Dumps written for the project, plain and Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import syndicate


@dataclass
class Story:
    menu: list[str]
    headline: str
    lead: str  # a standfirst under the headline, shorter than a paragraph
    opening: str  # a short first sentence, alone on its line
    article: list[str]
    teaser: str  # the next story's headline: wordy, no sentence end
    items: list[str]  # a closing list: no sentence ends either
    footer: list[str]


STORIES = {
    "en": Story(
        menu=["Home", "News", "Sport", "Business", "Culture", "Travel"],
        headline="Night trains return to the northern line",
        lead="The sleeper service was cut ten years ago",
        opening="It was a cold morning.",
        article=[
            "The regional rail company confirmed on Tuesday that the sleeper service between the "
            "capital and the northern coast will run again from the spring, after years in which "
            "travellers had to change trains twice to make the same journey.",
            "Passengers will be able to book cabins for two or four people, and the company says "
            "that the price of a bed will be close to the price of a hotel room in the city, "
            "which it hopes will win back the travellers it lost to the airlines.",
            "The first train is expected to leave the central station in April, and the line will "
            "be served every night of the week during the summer months.",
        ],
        teaser="Why the old harbour ferry is still the cheapest way to reach the islands in winter",
        items=["Cabins for two people with a washbasin and a window that opens onto the corridor",
               "Cabins for four people with bunk beds that fold away into the wall during the day",
               "Seats in the lounge car for those who would rather sleep sitting up than pay more",
               "A rack for bicycles at the end of the train that has to be booked with the ticket",
               "A restaurant car that stays open until midnight and opens again at six in the morning",
               "Breakfast served at your seat for those who booked a cabin in the first class"],
        footer=["About us", "Contact", "Privacy", "Terms of use"],
    ),
    "de": Story(
        menu=["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Reisen"],
        headline="Nachtzüge fahren wieder an die Küste",
        lead="Die Verbindung war zehn Jahre lang eingestellt",
        opening="Es war ein kalter Morgen.",
        article=[
            "Die regionale Bahngesellschaft hat am Dienstag bestätigt, dass der Nachtzug zwischen "
            "der Hauptstadt und der Küste vom Frühjahr an wieder fahren wird, nachdem Reisende "
            "jahrelang zweimal umsteigen mussten, um dieselbe Strecke zurückzulegen.",
            "Die Fahrgäste können Abteile für zwei oder vier Personen buchen, und das Unternehmen "
            "sagt, dass ein Bett kaum mehr kosten wird als ein Hotelzimmer in der Stadt, womit es "
            "die an die Fluglinien verlorenen Kunden zurückgewinnen will.",
            "Der erste Zug soll im April den Hauptbahnhof verlassen, und in den Sommermonaten wird "
            "die Strecke an jedem Abend der Woche bedient.",
        ],
        teaser="Warum die alte Hafenfähre im Winter noch immer der billigste Weg zu den Inseln ist",
        items=["Abteile für zwei Personen mit einem Waschbecken und einem Fenster zum Gang hin",
               "Abteile für vier Personen mit Betten, die am Tag in der Wand verschwinden können",
               "Sitzplätze im Salonwagen für alle, die lieber im Sitzen schlafen als mehr zu zahlen",
               "Ein Abteil für Fahrräder am Ende des Zuges, das mit der Fahrkarte gebucht werden muss",
               "Ein Speisewagen, der bis Mitternacht geöffnet ist und um sechs Uhr wieder aufmacht",
               "Das Frühstück am Platz für alle, die ein Abteil in der ersten Klasse gebucht haben"],
        footer=["Impressum", "Kontakt", "Datenschutz", "Nutzungsbedingungen"],
    ),
    "fr": Story(
        menu=["Accueil", "Actualités", "Sports", "Économie", "Culture", "Voyages"],
        headline="Les trains de nuit reviennent sur la ligne du nord",
        lead="Le service avait été supprimé il y a dix ans",
        opening="Il faisait froid ce matin-là.",
        article=[
            "La compagnie ferroviaire régionale a confirmé mardi que le train de nuit entre la "
            "capitale et la côte nord circulera de nouveau à partir du printemps, après des années "
            "pendant lesquelles les voyageurs devaient changer deux fois de train.",
            "Les passagers pourront réserver des cabines de deux ou quatre places, et la compagnie "
            "affirme que le prix d'une couchette sera proche de celui d'une chambre d'hôtel en "
            "ville, ce qui doit lui permettre de reconquérir les clients partis vers l'avion.",
            "Le premier train doit quitter la gare centrale en avril, et la ligne sera desservie "
            "tous les soirs de la semaine pendant les mois d'été.",
        ],
        teaser="Pourquoi le vieux bac du port reste le moyen le moins cher de rejoindre les îles en hiver",
        items=["Des cabines pour deux personnes avec un lavabo et une fenêtre qui donne sur le couloir",
               "Des cabines pour quatre personnes avec des lits qui se replient dans la paroi le jour",
               "Des places assises dans la voiture salon pour ceux qui ne veulent pas payer de cabine",
               "Un espace pour les vélos au bout du train, à réserver en même temps que le billet",
               "Une voiture-restaurant qui reste ouverte jusqu'à minuit et rouvre à six heures du matin",
               "Le petit déjeuner servi à la place pour ceux qui ont réservé une cabine en première"],
        footer=["Mentions légales", "Contact", "Confidentialité", "Conditions d'utilisation"],
    ),
    "es": Story(
        menu=["Portada", "Noticias", "Deportes", "Economía", "Cultura", "Viajes"],
        headline="Vuelven los trenes nocturnos a la línea del norte",
        lead="El servicio se suprimió hace diez años",
        opening="Era una mañana fría.",
        article=[
            "La compañía ferroviaria regional confirmó el martes que el tren nocturno entre la "
            "capital y la costa norte volverá a circular a partir de la primavera, después de años "
            "en los que los viajeros tenían que cambiar dos veces de tren.",
            "Los pasajeros podrán reservar compartimentos de dos o cuatro plazas, y la compañía "
            "asegura que el precio de una cama será parecido al de una habitación de hotel en la "
            "ciudad, con lo que espera recuperar a los clientes que se fueron al avión.",
            "El primer tren saldrá de la estación central en abril, y la línea tendrá servicio "
            "todas las noches de la semana durante los meses de verano.",
        ],
        teaser="Por qué el viejo ferri del puerto sigue siendo la forma más barata de llegar a las islas",
        items=["Compartimentos para dos personas con un lavabo y una ventana que da al pasillo",
               "Compartimentos para cuatro personas con camas que se pliegan en la pared de día",
               "Asientos en el vagón salón para los que prefieren dormir sentados y pagar menos",
               "Un espacio para las bicicletas al final del tren que se reserva con el billete",
               "Un vagón restaurante que está abierto hasta la medianoche y vuelve a abrir a las seis",
               "El desayuno servido en el asiento para los que han reservado en la primera clase"],
        footer=["Aviso legal", "Contacto", "Privacidad", "Condiciones de uso"],
    ),
}

SITE = "https://news.example.com"


def _dump(story: Story, kind: str, first: list[str], last: list[str] | None = None) -> str:
    """The page: menu, headline, ``first`` (the lines under the headline), article, ``last``
    (the lines after it), footer."""
    last = last or []
    if kind == "plain":
        lines = [*story.menu, story.headline, *first, *story.article, *last, *story.footer]
    else:
        lines = [f"* [{m}]({SITE}/{m.lower()}/)" for m in story.menu]
        lines += [f"# {story.headline}", *first, *story.article, *last]
        lines += [f"* [{f}]({SITE}/{f.lower().replace(' ', '-')}/)" for f in story.footer]
    return "\n\n".join(lines) + "\n"


CASES = [(lang, kind) for lang in sorted(STORIES) for kind in ("plain", "markdown")]


@pytest.mark.parametrize(("lang", "kind"), CASES)
def test_a_standfirst_under_the_headline_is_body(lang: str, kind: str) -> None:
    story = STORIES[lang]
    doc = syndicate.parse_text(_dump(story, kind, [story.lead]))
    text = doc.text()
    assert text.split("\n")[0] == story.lead
    assert all(p in text for p in story.article)
    assert doc.metadata.title == story.headline
    assert story.headline not in text
    assert not any(m in text.split("\n") for m in story.menu + story.footer)


@pytest.mark.parametrize(("lang", "kind"), CASES)
def test_a_short_opening_sentence_is_body(lang: str, kind: str) -> None:
    story = STORIES[lang]
    doc = syndicate.parse_text(_dump(story, kind, [story.opening]))
    assert doc.text().split("\n")[0] == story.opening
    assert doc.metadata.title == story.headline


@pytest.mark.parametrize(("lang", "kind"), CASES)
def test_a_headline_alone_above_the_text_stays_the_title(lang: str, kind: str) -> None:
    story = STORIES[lang]
    doc = syndicate.parse_text(_dump(story, kind, []))
    assert doc.metadata.title == story.headline
    assert doc.text().split("\n")[0] == story.article[0]


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_menu_entries_above_the_text_do_not_join_it(lang: str) -> None:
    # Three menu entries of three words right above the text: no sentence, no headline.
    story = STORIES[lang]
    menu = [" ".join(story.menu[i:i + 3]) for i in range(0, 6, 3)]
    text = "\n\n".join([*menu, *story.article, *story.footer]) + "\n"
    doc = syndicate.parse_text(text)
    assert doc.text().split("\n")[0] == story.article[0]


@pytest.mark.parametrize(("lang", "kind"), CASES)
def test_a_headline_after_the_last_sentence_is_not_body(lang: str, kind: str) -> None:
    story = STORIES[lang]
    doc = syndicate.parse_text(_dump(story, kind, [], [story.teaser]))
    text = doc.text()
    assert all(p in text for p in story.article)
    assert story.teaser not in text


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_list_that_closes_the_article_stays(lang: str) -> None:
    story = STORIES[lang]
    doc = syndicate.parse_text(_dump(story, "plain", [], story.items))
    lines = doc.text().split("\n")
    assert lines[-len(story.items):] == story.items


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_closing_remark_in_brackets_stays(lang: str) -> None:
    story = STORIES[lang]
    remark = f"({story.teaser})"
    doc = syndicate.parse_text(_dump(story, "plain", [], [remark]))
    assert doc.text().split("\n")[-1] == remark


# The article's last section under a subheading: references, with fewer stop words than
# running text (jusText's threshold is 0.30) and sentence ends.
SOURCES = {
    "en": ("Figures and reports", "Regional Rail Company, annual report, pages 12 to 18. Ministry of "
           "Transport, a study of the night trains, March 2024. A passenger survey, autumn 2023."),
    "de": ("Zahlen und Berichte", "Regionale Bahngesellschaft, Jahresbericht, Seiten 12 bis 18. "
           "Verkehrsministerium, Studie zu den Nachtzügen, März 2024. Eine Fahrgastumfrage, "
           "Herbst 2023."),
    "fr": ("Chiffres et rapports", "Compagnie ferroviaire régionale, rapport annuel, pages 12 à 18. Ministère "
           "des Transports, étude sur les trains de nuit, mars 2024. Enquête voyageurs, "
           "automne 2023."),
    "es": ("Cifras e informes", "Compañía ferroviaria regional, informe anual, páginas 12 a 18. Ministerio "
           "de Transportes, estudio sobre trenes nocturnos, marzo de 2024. Encuesta a "
           "viajeros, otoño de 2023."),
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_last_section_with_fewer_stop_words_goes_on_with_the_article(lang: str) -> None:
    story = STORIES[lang]
    heading, sources = SOURCES[lang]
    doc = syndicate.parse_text(_dump(story, "plain", [], [heading, sources]))
    assert doc.text().split("\n")[-2:] == [heading, sources]


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_list_of_labels_after_the_article_does_not_go_on_with_it(lang: str) -> None:
    # The same references without sentence ends: a list of labels, not a paragraph.
    story = STORIES[lang]
    heading, sources = SOURCES[lang]
    labels = sources.replace(".", "")
    doc = syndicate.parse_text(_dump(story, "plain", [], [heading, labels]))
    assert doc.text().split("\n")[-1] == story.article[-1]


# After a share or follow prompt: the author's bio, an about box. The prompt closes the article.
AFTER_SHARE = {
    "en": ("Share this article", "Jane Porter has covered transport for the paper since the "
           "year the last night train ran, and she still keeps a timetable of the old sleeper "
           "service on the wall of the newsroom where she writes about the railways."),
    "de": ("Folgen Sie uns", "Anna Keller schreibt seit dem Jahr, in dem der letzte Nachtzug "
           "fuhr, über den Verkehr in der Region, und sie hat den alten Fahrplan des Zuges bis "
           "heute an der Wand der Redaktion hängen, in der sie über die Bahn berichtet."),
    "fr": ("Partager", "Claire Dubois suit les transports pour le journal depuis l'année où le "
           "dernier train de nuit a circulé, et elle garde encore l'ancien horaire du train "
           "accroché au mur de la rédaction où elle écrit sur les chemins de fer."),
    "es": ("Síguenos", "Lucía Martín cubre el transporte para el periódico desde el año en que "
           "circuló el último tren nocturno, y todavía guarda el viejo horario del tren colgado "
           "en la pared de la redacción donde escribe sobre los ferrocarriles."),
}


@pytest.mark.parametrize(("lang", "kind"), CASES)
def test_a_share_or_follow_prompt_closes_the_article(lang: str, kind: str) -> None:
    story = STORIES[lang]
    prompt, bio = AFTER_SHARE[lang]
    doc = syndicate.parse_text(_dump(story, kind, [], [prompt, bio]))
    text = doc.text()
    assert text.split("\n")[-1] == story.article[-1]
    assert bio not in text


# A newsletter box under the article, once on the page; a site's promotion, twice.
NEWSLETTER = {"en": "Subscribe to our newsletter", "de": "Newsletter abonnieren",
              "fr": "Abonnez-vous à notre newsletter", "es": "Suscríbete a nuestro boletín"}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_newsletter_box_under_the_article_closes_it(lang: str) -> None:
    story = STORIES[lang]
    _, bio = AFTER_SHARE[lang]
    doc = syndicate.parse_text(_dump(story, "plain", [], [NEWSLETTER[lang], bio]))
    assert doc.text().split("\n")[-1] == story.article[-1]


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_promotion_repeated_on_the_page_does_not_cut_the_article(lang: str) -> None:
    # The same prompt above the headline and between two paragraphs: the site's promotion.
    story = STORIES[lang]
    first, *rest = story.article
    text = "\n\n".join([*story.menu, NEWSLETTER[lang], story.headline, first, NEWSLETTER[lang],
                        *rest, *story.footer]) + "\n"
    assert syndicate.parse_text(text).text().split("\n") == story.article
