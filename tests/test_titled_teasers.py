"""Story links set as titles make a list of teasers with or without a related heading
(``linklists.LinkList.is_related``, ``card_feeds._teaser_cards``), and the guards that keep
lists of other things out: a fixture list's team names, links in sentences, a menu's short
column titles, a box where only a few links are titles. Pages written for the project; the
article's four paragraphs must stay the body (``parse_article``)."""

from __future__ import annotations

import pytest

from pages import parse_article as parse
from regionpages import page, source
from regionpages import parse as parse_any

#: A side column's other box (links to sections, no stories): the list is judged alone.
OTHER = "<ul class='sections'><li><a href='/sport'>Sport</a></li><li><a href='/kultur'>Kultur</a></li></ul>"
#: A side column's box of text (the column is no list: its boxes are judged alone).
ABOUT = ("<div class='about'><h2>About</h2><p>The Harbour Post is written by a small team in the old "
         "customs house and has reported on the town, its port and its people since 1952. It is owned by "
         "a foundation of readers, takes no money from the council and prints a paper edition every "
         "Saturday, which is sold in the shops along the quay and sent by post to readers abroad.</p></div>")

#: Per language: a box heading in no related vocabulary, three column headlines with their
#: slugs and a blurb long enough that link text is under half the box's text.
COLUMNS = {
    "en": ("Expert Insights", [
        ("why-small-ports-need-their-own-ferries", "Why small ports need their own ferries"),
        ("the-quiet-return-of-the-harbour-market", "The quiet return of the harbour market"),
        ("what-a-sea-wall-costs-a-small-town", "What a sea wall costs a small town")],
        "A columnist looks at the question from the quay, with figures from the council and the "
        "harbour office, and asks what other towns on the coast have learned."),
    "de": ("Kolumnen", [
        ("warum-kleine-haefen-eigene-faehren-brauchen", "Warum kleine Häfen eigene Fähren brauchen"),
        ("die-stille-rueckkehr-des-hafenmarkts", "Die stille Rückkehr des Hafenmarkts"),
        ("was-eine-kaimauer-eine-kleine-stadt-kostet", "Was eine Kaimauer eine kleine Stadt kostet")],
        "Eine Kolumnistin betrachtet die Frage vom Kai aus, mit Zahlen der Verwaltung und des "
        "Hafenamts, und fragt, was andere Orte an der Küste gelernt haben."),
}


def _column_box(lang: str) -> str:
    heading, stories, blurb = COLUMNS[lang]
    cards = "".join(f"<div class='entry'><h3><a href='/opinion/{slug}'>{title}</a></h3>"
                    f"<span class='by'>Ann Lee</span><p>{blurb}</p></div>" for slug, title in stories)
    return f"<div class='widget'><h2>{heading}</h2>{cards}</div>"


@pytest.mark.parametrize("lang", sorted(COLUMNS))
def test_headline_links_with_long_blurbs_under_a_plain_heading_are_a_related_block(lang: str):
    """Three story links set as headings (``<h3>``), each over a long blurb, under a box
    heading of no related words: a list of teasers (the blurbs' text is fine)."""
    raw = page(side=_column_box(lang) + ABOUT, lang=lang)
    doc = parse_any(raw)
    assert len(doc.related) == 1
    assert source(raw, doc.related[0].locator).get("class") == "widget"
    assert [i.title for i in doc.related[0].items] == [t for _, t in COLUMNS[lang][1]]


def test_a_few_headline_links_in_a_box_of_several_parts_make_no_teaser_list():
    """A magazine box: the issue's title, offer lines with buttons and long texts, and three
    story links set as titles among seven: the titles are one part's, the box is no list."""
    offers = "".join(f"<div class='part'><div class='t'>{t}</div><p>{p}</p><a class='btn' href='/{s}/angebot-im-ueberblick'>{b}</a></div>"
                     for t, p, s, b in (
                         ("Digital lesen", "Die Ausgabe schon am Freitag lesen, auf jedem Gerät und auch offline.", "digital", "Jetzt digital lesen"),
                         ("Abo-Angebote", "Das Heft lesen oder verschenken und dabei Vorteile sichern.", "abo", "Jetzt ein Abo sichern"),
                         ("Archiv", "Stöbern Sie im Archiv seit 1947, bis auf die letzten zwölf Monate frei.", "archiv", "Weiter zum Archiv"),
                         ("Ältere Ausgaben", "Hier erhalten Sie Ausgaben, die älter als drei Jahre sind.", "ausgaben", "Alte Ausgaben bestellen")))
    top = "".join(f"<li><h4><a href='/politik/{s}'>{k} {t}</a></h4></li>"
                  for s, k, t in (("streit-um-die-kaimauer", "Hafen:", "Streit um die Kaimauer"),
                                  ("neue-faehre-ab-mai", "Verkehr:", "Neue Fähre ab Mai"),
                                  ("markt-kehrt-zurueck", "Stadt:", "Der Markt kehrt zurück")))
    box = f"<div class='issue'><div class='issue-title'>Ausgabe 52/2018</div>{offers}<div class='part'><div class='t'>Oben</div><ol>{top}</ol></div></div>"
    doc = parse_any(page(top=box, lang="de"))
    assert all(r.title != "Ausgabe 52/2018" for r in doc.related)


#: Cards per language of a story list with no heading tag: a thumbnail link, a section
#: link, the title link in a title-classed line, a blurb and the author.
HIGHLIGHTS = {
    "en": [("party-like-its-1923-in-the-old-harbour", "Party like it's 1923 in the old harbour", "Politics"),
           ("landmines-carry-on-the-war-against-civilians", "Landmines carry on the war against civilians", "War"),
           ("photos-that-guided-us-for-decades", "Photos that guided us for decades are now shown", "Art")],
    "es": [("fiesta-como-en-1923-en-el-viejo-puerto", "Fiesta como en 1923 en el viejo puerto", "Política"),
           ("las-minas-siguen-la-guerra-contra-civiles", "Las minas siguen la guerra contra los civiles", "Guerra"),
           ("fotos-que-nos-guiaron-durante-decadas", "Las fotos que nos guiaron durante décadas", "Arte")],
}


def _highlight_cards(lang: str) -> str:
    blurb = ("A look back at a story that kept the town talking for a week." if lang == "en"
             else "Una mirada a una historia que dio que hablar toda la semana.")
    return "".join(
        f"<li class='post'><div class='thumb'><a href='/{slug}/'><div style=\"background-image:url('/i/{n}.jpg')\"></div></a></div>"
        f"<div class='meta'><div class='cat'><a href='/{slug}/'>{section.upper()}</a></div>"
        f"<div class='post-name'><a href='/{slug}/'>{title}</a></div><div class='dek'>{blurb}</div>"
        f"<div class='by'>by <a href='/author/r-baker/'>R. Baker</a></div></div></li>"
        for n, (slug, title, section) in enumerate(HIGHLIGHTS[lang]))


@pytest.mark.parametrize("lang", sorted(HIGHLIGHTS))
def test_story_cards_under_a_plain_heading_are_a_related_block(lang: str):
    """Story cards (a picture link, a section link, the headline, a blurb, the author link)
    under "Highlights": each card a story's teaser, counted per card."""
    box = f"<div class='posts'><div class='head'><h2>Highlights</h2></div><ul class='list'>{_highlight_cards(lang)}</ul></div>"
    raw = page(side=box + OTHER, lang=lang)
    doc = parse(raw)
    assert len(doc.related) == 1
    assert source(raw, doc.related[0].locator).get("class") == "posts"
    assert [i.title for i in doc.related[0].items] == [t for _, t, _ in HIGHLIGHTS[lang]]


def test_a_fixture_list_is_no_list_of_teasers():
    """A list of matches: a date over the two teams, both linking the match page; the home
    team's name in every card is no story's headline."""
    games = "".join(
        f"<li class='game'><div class='date'>{d}</div><div class='teams'>"
        f"<a href='/matchcenter/{slug}-2021-2022'>{home}</a><span>:</span>"
        f"<a href='/matchcenter/{slug}-2021-2022'>{away}</a></div></li>"
        for d, home, away, slug in (
            ("Donnerstag, 10. Februar 2022 - 19:05", "Füchse Berlin", "Rhein-Neckar Löwen", "fuechse-berlin-rhein-neckar-loewen"),
            ("Samstag, 12. Februar 2022 - 20:30", "Rhein-Neckar Löwen", "HC Erlangen", "rhein-neckar-loewen-hc-erlangen"),
            ("Sonntag, 27. Februar 2022 - 16:00", "Rhein-Neckar Löwen", "HSG Wetzlar", "rhein-neckar-loewen-hsg-wetzlar"),
            ("Mittwoch, 2. März 2022 - 19:00", "TBV Lemgo Lippe", "Rhein-Neckar Löwen", "tbv-lemgo-lippe-rhein-neckar-loewen")))
    assert parse(page(side=f"<ul class='games'>{games}</ul>" + OTHER, lang="de")).related == []


@pytest.mark.parametrize("lang", ["en", "de"])
def test_links_in_sentences_are_no_teasers(lang: str):
    """A list of terms, each a link followed by its definition in the same line: text with
    links, no list of story teasers."""
    terms = {"en": [("social-media-marketing-strategy", "Social media marketing strategy",
                     "the agency studies your brand, audience and competitors first and then plans the posts."),
                    ("content-creation-for-small-brands", "Content creation for small brands",
                     "after the plan the agency writes, films and edits the posts for each network."),
                    ("community-management-done-right", "Community management done right",
                     "the agency answers comments and messages and keeps the conversation going.")],
             "de": [("strategie-fuer-soziale-medien", "Strategie für soziale Medien",
                     "die Agentur prüft zuerst Marke, Publikum und Mitbewerber und plant dann die Beiträge."),
                    ("inhalte-fuer-kleine-marken", "Inhalte für kleine Marken",
                     "nach dem Plan schreibt, filmt und schneidet die Agentur die Beiträge für jedes Netz."),
                    ("pflege-der-gemeinschaft-im-netz", "Pflege der Gemeinschaft im Netz",
                     "die Agentur beantwortet Kommentare und Nachrichten und hält das Gespräch am Laufen.")]}[lang]
    items = "".join(f"<li><a href='/roles/{s}'><strong>{t}</strong></a><strong>:</strong> {d}</li>" for s, t, d in terms)
    assert parse_any(page(side=f"<div class='services'><ul>{items}</ul></div>" + OTHER, lang=lang)).related == []


def test_menu_columns_with_short_titles_are_no_teasers():
    """A mega-menu's columns: a title link over a list of entries, a "View all" link and a
    chat button. The column titles are a menu's short names, no stories' headlines."""
    cols = "".join(
        f"<div class='col'><a href='/business/{s}/'><h2>{t}</h2></a><ul>{''.join(f'<li>{e}</li>' for e in es)}</ul>"
        f"<hr><a class='all' href='/business/{s}/'>View All</a><div><a class='chat' href='/business/{s}/?openChat=true'>"
        "<span></span></a></div></div>"
        for s, t, es in (("business-formation", "Register your business",
                          ("Limited liability company (LLC)", "Corporation (C corp, S corp)", "Doing business as (DBA)")),
                         ("business-operations", "Run your business",
                          ("Business compliance coverage", "Annual report and filings", "Business licenses")),
                         ("intellectual-property", "Protect your business",
                          ("Trademark registration", "Copyright registration", "Provisional patent application"))))
    box = f"<div class='drop'><button>Business</button><div class='panel'><div class='grid'>{cols}</div></div></div>"
    assert parse_any(page(top=box)).related == []


#: Per language: a generic link text each card repeats, and three card headlines.
SLIDES = {
    "en": ("Hear the Story", ["3 smart energy tips for small businesses", "Things you should know about electric cars",
                              "The best tips for smart energy consumers"]),
    "fr": ("Lire l'histoire", ["Trois conseils pour économiser l'énergie", "Ce qu'il faut savoir sur les voitures électriques",
                               "Les meilleurs conseils pour les consommateurs"]),
}


def _slug(title: str) -> str:
    return "-".join(title.lower().replace("'", " ").split())


@pytest.mark.parametrize("lang", sorted(SLIDES))
def test_cards_linked_by_one_generic_text_are_teasers_by_their_headings(lang: str):
    """A slider of cards, each a picture, a headline (no link) and a button saying the same
    as every other card's: each card's heading is its headline, the cards are teasers."""
    more, heads = SLIDES[lang]
    slides = "".join(
        f"<li><div class='pic'><img src='/i/{n}.jpg' alt=''></div><div class='wrap'><div class='name'><h3>{h}</h3></div>"
        f"<div class='more'><a class='btn' href='/energy-blog/{_slug(h)}'>{more}</a></div></div></li>"
        for n, h in enumerate(heads))
    box = f"<div class='block'><div class='slider'><ul class='slides'>{slides}</ul></div></div>"
    doc = parse_any(page(side=box + ABOUT, lang=lang))
    assert len(doc.related) == 1
    assert [i.url.rsplit("/", 1)[1] for i in doc.related[0].items] == [_slug(h) for h in heads]


def test_a_text_widget_with_two_link_lines_is_no_list_of_teasers():
    """An "About" text widget: a portrait, two paragraphs on the author, then two lines that
    are each one link to a page of the site. Cards of one link and nothing else are no teasers."""
    box = ("<div class='widget'><h3>Über mich</h3><div class='textwidget'>"
           "<p><img src='/i/portrait.jpg' alt=''>Peter ist Mathematiker, Systemdenker und Fotograf. Er lebt "
           "abwechselnd in Italien und in Sri Lanka und schreibt seit vielen Jahren über Komplexität.</p>"
           "<p>Bis 2018 drehten sich die Beiträge um Wirtschaft und Gesellschaft; seither sind andere Themen "
           "dazugekommen, die früheren Artikel bleiben aber stehen.</p>"
           "<p><a href='/wichtige-artikel-ueber-wissensgebiete/'>Wichtige Artikel über verschiedene Wissensgebiete</a></p>"
           "<p><a href='/haeufige-fragen-zur-komplexitaet/'>Häufige Fragen zu Komplexität im Projektmanagement</a></p>"
           "</div></div>")
    assert parse_any(page(side=box + OTHER, lang="de")).related == []
