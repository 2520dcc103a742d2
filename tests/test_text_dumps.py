"""Whole-page dumps (plain text and Markdown) in four languages: the text reader finds the
article among menus, teasers, share bars, cookie notices and footers (issue 16).

The dumps are written for the project: each has a menu, the title and a byline, the article
(with an ad label inside it), a share bar, a related list, a cookie notice and a footer.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import syndicate
from syndicate import InputError


@dataclass
class Page:
    menu: list[str]
    title: str
    byline: str
    article: list[str]
    ad: str
    share: list[str]  # prompt, then networks
    related_heading: str
    teasers: list[str]
    cookie: str
    footer: list[str]


PAGES = {
    "en": Page(
        menu=["Home", "World", "Politics", "Business", "Science", "Sport", "Culture"],
        title="Harbour town votes to rebuild its storm-damaged sea wall",
        byline="By Jane Porter | 4 March 2024",
        article=[
            "The town council of Port Ellen voted on Monday to rebuild the sea wall that was "
            "breached during the January storms, ending months of debate about whether the old "
            "structure could be repaired at all.",
            "Engineers told the council that the foundations had been weakened by years of erosion "
            "and that a repair would only last a few winters, while a new wall could protect the "
            "harbour for the next fifty years.",
            "The work is expected to cost about twelve million pounds, most of which will come "
            "from the national flood defence fund. Residents will be able to see the plans at the "
            "town hall from next week.",
        ],
        ad="Advertisement",
        share=["Share this article", "Facebook", "Twitter", "Email"],
        related_heading="Related Articles",
        teasers=["Ferry timetable changes for the winter season",
                 "Lifeboat crew honoured for rescue off the point",
                 "New cycle path along the coast road opens"],
        cookie="We use cookies to improve your experience on our site. By continuing to browse "
               "you agree to our use of cookies.",
        footer=["About us", "Contact", "Privacy policy", "© 2024 Island News. All rights reserved."],
    ),
    "de": Page(
        menu=["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Wissen", "Reisen"],
        title="Stadtrat beschließt den Neubau der Rheinbrücke",
        byline="Von Anna Keller | 4. März 2024",
        article=[
            "Der Stadtrat hat am Montag nach langer Diskussion beschlossen, die alte Rheinbrücke "
            "abzureißen und durch einen Neubau zu ersetzen, weil eine Sanierung nach Ansicht der "
            "Gutachter nicht mehr wirtschaftlich wäre.",
            "Die Arbeiten sollen im kommenden Frühjahr beginnen und etwa vier Jahre dauern. In "
            "dieser Zeit wird der Verkehr über eine Behelfsbrücke geführt, die schon im Winter "
            "aufgebaut werden soll.",
            "Die Kosten von rund 80 Millionen Euro teilen sich die Stadt und das Land. Kritik kam "
            "von den Anwohnern, die sich vor allem über den Lärm während der Bauzeit sorgen.",
        ],
        ad="Anzeige",
        share=["Teilen", "Facebook", "Twitter", "WhatsApp"],
        related_heading="Mehr zum Thema",
        teasers=["Neue Buslinie verbindet Nord- und Südstadt",
                 "Hochwasserschutz am Rheinufer wird ausgebaut",
                 "Radweg an der Uferpromenade wird verbreitert"],
        cookie="Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Wenn Sie die "
               "Seite weiter nutzen, stimmen Sie der Verwendung zu.",
        footer=["Impressum", "Kontakt", "Datenschutz", "© 2024 Rheinische Zeitung"],
    ),
    "es": Page(
        menu=["Portada", "Internacional", "Política", "Economía", "Cultura", "Deportes"],
        title="El ayuntamiento aprueba ampliar la red de tranvía hasta el puerto",
        byline="Por Lucía Martín | 4 de marzo de 2024",
        article=[
            "El pleno del ayuntamiento aprobó el lunes la ampliación de la red de tranvía hasta el "
            "puerto, un proyecto que los vecinos de los barrios del sur reclamaban desde hace más "
            "de una década.",
            "Las obras comenzarán en primavera y durarán unos tres años, según el calendario que "
            "presentó la concejala de movilidad, que prometió que las calles afectadas no se "
            "cerrarán todas a la vez.",
            "El coste de la obra será de unos cien millones de euros, de los que la mitad llegará "
            "de fondos europeos. La oposición votó en contra porque considera que el presupuesto "
            "se quedará corto.",
        ],
        ad="Publicidad",
        share=["Compartir", "Facebook", "Twitter", "WhatsApp"],
        related_heading="Noticias relacionadas",
        teasers=["El metro amplía su horario durante las fiestas",
                 "Nuevo carril bici en la avenida del puerto",
                 "La estación de autobuses cierra por reformas"],
        cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si "
               "continúa navegando, consideramos que acepta su uso.",
        footer=["Aviso legal", "Contacto", "Política de privacidad",
                "© 2024 Diario del Sur. Todos los derechos reservados."],
    ),
    "fr": Page(
        menu=["Accueil", "International", "Politique", "Économie", "Culture", "Sports"],
        title="La ville lance la rénovation de son marché couvert",
        byline="Par Claire Dubois | 4 mars 2024",
        article=[
            "Le conseil municipal a voté lundi la rénovation complète du marché couvert, un "
            "bâtiment de la fin du dix-neuvième siècle dont la charpente montre des signes de "
            "faiblesse depuis plusieurs années.",
            "Les travaux doivent commencer à l'automne et dureront environ deux ans. Pendant ce "
            "temps, les commerçants seront installés sur la place de la mairie, dans des halles "
            "provisoires.",
            "Le coût du projet est estimé à quinze millions d'euros, dont une partie sera prise en "
            "charge par la région. Les associations de quartier demandent que le marché garde son "
            "caractère populaire.",
        ],
        ad="Publicité",
        share=["Partager", "Facebook", "Twitter", "E-mail"],
        related_heading="Lire aussi",
        teasers=["Le tramway prolongé jusqu'à la gare",
                 "Une nouvelle piste cyclable sur les quais",
                 "La médiathèque ouvre le dimanche"],
        cookie="Nous utilisons des cookies pour améliorer votre expérience sur notre site. En "
               "poursuivant votre navigation, vous acceptez leur utilisation.",
        footer=["Mentions légales", "Contact", "Confidentialité", "© 2024 Le Courrier du Sud"],
    ),
}

SITE = "https://news.example.com"


def _slug(text: str) -> str:
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in text.split())


def plain_dump(page: Page) -> str:
    lines = [*page.menu, page.title, page.byline, page.article[0], page.ad, *page.article[1:],
             *page.share, page.related_heading, *page.teasers, *page.footer, page.cookie]
    return "\n\n".join(lines) + "\n"


def markdown_dump(page: Page) -> str:
    lines = [f"* [{m}]({SITE}/{_slug(m)}/)" for m in page.menu]
    lines += [f"# {page.title}", f"*{page.byline}*",
              f"![Photo: the site]({SITE}/img/photo.jpg)",
              page.article[0].replace(page.article[0].split()[1],
                                      f"**{page.article[0].split()[1]}**", 1),
              page.ad, *page.article[1:]]
    lines += [page.share[0]] + [f"* [{n}](https://{_slug(n)}.example.org/share)"
                                for n in page.share[1:]]
    lines += [f"## {page.related_heading}"]
    lines += [f"* [{t}]({SITE}/2024/03/{_slug(t)}/)" for t in page.teasers]
    lines += [f"* [{f}]({SITE}/{_slug(f)}/)" for f in page.footer[:-1]] + [page.footer[-1]]
    lines += [page.cookie]
    return "\n\n".join(lines) + "\n"


DUMPS = [(lang, kind) for lang in sorted(PAGES) for kind in ("plain", "markdown")]


def _parse(lang: str, kind: str) -> tuple[Page, str, syndicate.Document]:
    page = PAGES[lang]
    text = plain_dump(page) if kind == "plain" else markdown_dump(page)
    return page, text, syndicate.parse_text(text, url=f"{SITE}/2024/03/story/")


@pytest.mark.parametrize(("lang", "kind"), DUMPS)
def test_the_article_and_nothing_else_is_the_body(lang: str, kind: str) -> None:
    page, _, doc = _parse(lang, kind)
    assert doc.metadata.title == page.title
    assert [b.text for b in doc.body] == page.article
    body = doc.text()
    for chrome in [*page.menu, page.byline, page.ad, *page.share, page.related_heading,
                   *page.teasers, *page.footer, page.cookie]:
        assert chrome not in body.splitlines(), chrome
    syndicate.validate(doc)


@pytest.mark.parametrize(("lang", "kind"), DUMPS)
def test_chrome_gets_its_role_and_place(lang: str, kind: str) -> None:
    page, _, doc = _parse(lang, kind)
    assert [a.label for a in doc.ads] == [page.ad]
    assert (doc.ads[0].position.placement, doc.ads[0].position.after) == ("inline", doc.body[0].id)
    share = [c for c in doc.ctas if c.kind == "share"]
    assert len(share) == 1 and share[0].position.placement == "after"
    related = [r for r in doc.related if r.title == page.related_heading]
    assert len(related) == 1
    assert [i.title for i in related[0].items] == page.teasers
    assert related[0].position.placement == "after"


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_markdown_related_items_keep_their_urls(lang: str) -> None:
    page, _, doc = _parse(lang, "markdown")
    related = next(r for r in doc.related if r.title == page.related_heading)
    assert [i.url for i in related.items] == [f"{SITE}/2024/03/{_slug(t)}/" for t in page.teasers]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_markdown_body_is_plain_text(lang: str) -> None:
    page, text, doc = _parse(lang, "markdown")
    assert "](" in text and "**" in text  # the dump is Markdown ...
    body = doc.text()
    for syntax in ("](", "**", "![", "# ", "* ["):  # ... the body text is not
        assert syntax not in body
    assert doc.body[0].text == page.article[0]
    assert "<" not in doc.body[0].html or "<script" not in doc.body[0].html


@pytest.mark.parametrize(("lang", "kind"), DUMPS)
def test_locators_name_the_source_lines(lang: str, kind: str) -> None:
    _, text, doc = _parse(lang, kind)
    source = text.splitlines()
    for item in [*doc.body, *doc.ads, *doc.related, *doc.ctas]:
        assert item.locator and item.locator.startswith("line:")
        n = int(item.locator.split(":")[1])
        assert source[n - 1].strip()
    for block in doc.body:
        n = int(block.locator.split(":")[1])
        assert block.plain_text() in source[n - 1].replace("**", "")


def test_format_can_be_forced_and_is_checked() -> None:
    page = PAGES["en"]
    md = markdown_dump(page)
    assert syndicate.parse_text(md, format="markdown").text() == syndicate.parse_text(md).text()
    as_text = syndicate.parse_text(md, format="text")
    assert "**" in as_text.text() or "](" in as_text.text() or not as_text.body
    with pytest.raises(InputError, match="format"):
        syndicate.parse_text(md, format="html")  # type: ignore[arg-type]


def test_plain_text_is_not_taken_for_markdown() -> None:
    text = plain_dump(PAGES["en"]).replace("Home", "- Home -").replace("World", "* World")
    doc = syndicate.parse_text(text)
    assert [b.text for b in doc.body] == PAGES["en"].article


def test_language_of_the_stop_lists_follows_the_text() -> None:
    from syndicate.readers.stoplists import guess_language

    for lang, name in (("en", "English"), ("de", "German"), ("es", "Spanish"), ("fr", "French")):
        assert guess_language(" ".join(PAGES[lang].article)) == name


def test_markdown_teaser_list_without_a_known_heading_is_a_related_block() -> None:
    page = PAGES["en"]
    teasers = ["Harbour master retires after thirty years at the port",
               "Island school wins national science prize this spring",
               "Council publishes plans for the new ferry terminal"]
    text = "\n\n".join([
        *(f"* [{m}]({SITE}/{_slug(m)}/)" for m in page.menu),
        f"# {page.title}", *page.article,
        "## From the archive",
        *(f"* [{t}]({SITE}/2023/{_slug(t)}/)" for t in teasers),
        *(f"* [{f}]({SITE}/{_slug(f)}/)" for f in page.footer[:-1]),
    ]) + "\n"
    doc = syndicate.parse_text(text, url=f"{SITE}/2024/03/story/")
    assert [b.text for b in doc.body] == page.article
    assert len(doc.related) == 1
    block = doc.related[0]
    assert block.title == "From the archive"
    assert [(i.title, i.url) for i in block.items] == [
        (t, f"{SITE}/2023/{_slug(t)}/") for t in teasers]
    assert block.position.placement == "after"


def test_text_without_spaces_between_words_still_finds_the_article() -> None:
    article = [
        "市议会周一投票决定重建在一月风暴中被冲毁的海堤，结束了关于旧结构能否修复的长达数月的争论。"
        "工程师告诉议会，多年的侵蚀已经削弱了地基，修补只能维持几个冬天，而新的海堤可以保护港口五十年。",
        "这项工程预计耗资约一千二百万英镑，其中大部分将来自国家防洪基金。居民下周起可以在市政厅查看计划。"
        "施工将在明年春天开始，预计持续两年，期间港口将部分开放，渔船可以继续使用北侧的避风港。",
    ]
    text = "\n".join(["首页", "新闻", "体育", "财经", "港口小镇投票重建海堤", *article,
                      "相关文章", "渡轮时刻表冬季调整", "救生艇船员获表彰", "© 2024 岛屿新闻"])
    doc = syndicate.parse_text(text)
    assert [b.text for b in doc.body] == article
    assert doc.metadata.title == "港口小镇投票重建海堤"


def test_chrome_far_from_the_article_is_outside() -> None:
    page = PAGES["en"]
    menu = [f"{m} section" for m in page.menu] + ["Weather", "Puzzles", "Podcasts", "Video"]
    text = "\n".join(["Sign up for our newsletter", *menu, page.title, *page.article,
                      "Advertisement", "Share this:", "Facebook"])
    doc = syndicate.parse_text(text)
    assert [b.text for b in doc.body] == page.article
    newsletter = next(c for c in doc.ctas if c.kind == "newsletter")
    assert newsletter.position.placement == "outside"
    assert [a.position.placement for a in doc.ads] == ["after"]
    assert [c.position.placement for c in doc.ctas if c.kind == "share"] == ["after"]


@pytest.mark.parametrize(("line", "kind"), [
    ("Top Rated Comments", "comments"), ("[ 167 comments ]", "comments"),
    ("12 Kommentare", "comments"), ("Leserkommentare", "comments"),
    ("Comentarios (4)", "comments"), ("Discussion about this post", "comments"),
    ("Artikel teilen", "end"), ("Partager cet article", "end"), ("About the Author", "end"),
    ("Previous Post Next Post", "end"), ("Popular articles", "related"),
    ("Articoli correlati", "related"),
    ("Leave a Reply", "comments"), ("3 Replies", "comments"), ("Vos réactions", "comments"),
    ("Tagged with:", "end"), ("getaggt mit:", "end"), ("Ähnliche Beiträge", "related"),
    ("Mehr Themen:", "related"), ("Articles similaires", "related"),
    ("Temas relacionados", "related"), ("Otras noticias", "related"), ("Other stories", "related"),
    ("Das könnte Dich auch interessieren", "related"),
    ("Other people said the town had waited long enough", None),
    ("Leave the city", None), ("Reply to the minister", None), ("Thema der Woche", None),
    ("The author said", None), ("Next steps", None), ("Comments from the minister surprised many", None),
])
def test_closing_marks_in_several_languages(line: str, kind: str | None) -> None:
    import re

    from syndicate.readers.text_lines import closing_mark

    assert closing_mark(re.findall(r"\w+", line.lower())) == kind


THREADS = {
    "en": ("[ 42 comments ]", [
        "I have lived in this town for most of my life and I think that the council has made the "
        "right decision, even if it took them far too long to get there in the end.",
        "The problem is not the wall but the way the money has been spent over the years, and I am "
        "not sure that this time will be any different from all the other times before.",
        "My grandfather helped to build the old wall after the war and he always said that it "
        "would not last for more than fifty years, so this does not come as a surprise to me.",
        "Will the harbour be closed while they are building it? We have a boat there and we would "
        "like to know what we are supposed to do with it during the summer months.",
        "It is good news for the town, but I hope that they will also think about the people who "
        "live on the other side of the bay, where the water came into the houses as well.",
    ]),
    "de": ("Leserkommentare (17)", [
        "Ich wohne seit vielen Jahren in der Stadt und finde, dass der Rat die richtige "
        "Entscheidung getroffen hat, auch wenn es viel zu lange gedauert hat, bis es so weit war.",
        "Das Problem ist nicht die Brücke, sondern wie das Geld in den letzten Jahren ausgegeben "
        "wurde, und ich bin mir nicht sicher, ob es dieses Mal anders sein wird als sonst.",
        "Mein Großvater hat die alte Brücke nach dem Krieg mit gebaut und er hat immer gesagt, dass "
        "sie nicht länger als fünfzig Jahre halten wird, deshalb bin ich nicht überrascht.",
        "Wird die Straße während der Bauzeit gesperrt? Wir fahren jeden Tag über die Brücke zur "
        "Arbeit und wüssten gern, wie wir in dieser Zeit auf die andere Seite kommen sollen.",
        "Eine gute Nachricht für die Stadt, aber ich hoffe, dass man auch an die Leute denkt, die "
        "auf der anderen Seite des Flusses wohnen und schon lange auf eine Lösung warten.",
    ]),
}


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_a_comment_thread_longer_than_the_article_is_not_the_article(lang: str) -> None:
    page = PAGES[lang]
    heading, comments = THREADS[lang]
    text = "\n\n".join([*page.menu, page.title, *page.article, heading,
                        *(f"{c}\n\nReply" for c in comments), *page.footer]) + "\n"
    doc = syndicate.parse_text(text)
    assert [b.text for b in doc.body] == page.article


def test_a_reply_form_heading_closes_the_article() -> None:
    page = PAGES["en"]
    _, comments = THREADS["en"]
    text = "\n\n".join([*page.menu, page.title, *page.article, "Leave a Reply",
                        *comments, *page.footer]) + "\n"
    doc = syndicate.parse_text(text)
    assert [b.text for b in doc.body] == page.article


TABLE_ROWS = [["Pos.", "Team", "Points", "Wins"], ["1", "Harbour Rovers", "58", "18"],
              ["2", "Port Ellen Athletic", "55", "17"], ["3", "Bayside United", "49", "15"],
              ["4", "North Point", "41", "12"], ["5", "Lighthouse Town", "37", "11"],
              ["6", "Ferry Road", "30", "8"], ["7", "Cliffside", "24", "6"],
              ["8", "Old Quay", "19", "4"], ["9", "Saltmarsh", "12", "2"],
              *([str(n), f"Reserve side {n}", str(40 - n), "1"] for n in range(10, 30))]
ABOUT = ("Island News is written and edited on the island by a small team of reporters who have "
         "covered the harbour, the council and the ferries for more than twenty years, and it is "
         "read in every house from the point to the old quay.")


@pytest.mark.parametrize("kind", ["text", "markdown"])
def test_a_table_between_the_paragraphs_is_part_of_the_article(kind: str) -> None:
    page = PAGES["en"]
    intro = "Here is the final league table of the island football season after all the matches."
    outro = "The two teams at the top of the table will play in the cup final on the mainland."
    if kind == "text":
        rows = ["\t".join(r) for r in TABLE_ROWS]
    else:
        rows = ["| " + " | ".join(r) + " |" for r in TABLE_ROWS]
        rows.insert(1, "|---|---|---|---|")
    text = "\n\n".join([*page.menu, page.title, intro]) + "\n\n" + "\n".join(rows) + "\n\n" + \
        "\n\n".join([outro, page.related_heading, *page.teasers, *page.footer[:-1], ABOUT,
                     *(f"{m} archive" for m in page.menu * 3), page.footer[-1]]) + "\n"
    doc = syndicate.parse_text(text, format=kind)  # type: ignore[arg-type]
    body = doc.text()
    assert intro in body and outro in body
    for row in TABLE_ROWS:
        assert " ".join(row) in " ".join(body.split())
    assert page.menu[1] not in body.split("\n")


FOOTER_TEXTS = [
    "Island News is an independent newspaper published by the Island News Trust, a charity "
    "registered in Scotland, which exists to keep local reporting alive on the islands and to "
    "train young reporters in the craft of writing about the places where they live and work.",
    "The views expressed in the comments and letters that we publish are those of their authors "
    "and not of the newspaper, and we reserve the right to shorten or refuse any contribution "
    "that we consider offensive, defamatory or simply too long for the space that we have.",
    "If you believe that an article we have published contains a mistake, please write to the "
    "readers' editor, who will look into the complaint and publish a correction where one is "
    "needed, normally within a week of receiving the letter or the message about it.",
    "Our journalists follow the code of practice of the independent press standards body, and "
    "a copy of the code can be read at the office on the harbour front, where the staff will "
    "also be glad to help with advertising, subscriptions and the delivery of the paper.",
    "Photographs in the newspaper and on the website may be bought as prints from the picture "
    "desk, except where they were taken by agencies or by readers, whose permission we need to "
    "ask first before a copy can be made for anyone who would like to have one at home.",
]


def test_a_long_legal_footer_does_not_outweigh_a_shorter_article() -> None:
    page = PAGES["en"]
    menu_block = [f"{m} news" for m in page.menu] * 5  # the footer texts: last fifth
    text = "\n\n".join([*page.menu, page.title, *page.article, page.related_heading,
                        *page.teasers, *menu_block, *FOOTER_TEXTS, *page.footer]) + "\n"
    doc = syndicate.parse_text(text)
    assert [b.text for b in doc.body] == page.article


ARCHIVE_PLACES = ["the harbour", "the old quay", "the ferry port", "the lighthouse", "the point",
                  "the coast road", "the town hall", "the school", "the market", "the pier"]
ARCHIVE_TOPICS = ["what the council decided about the plans for", "why the fishermen are worried about",
                  "how the volunteers cleaned up", "who will pay for the repairs to",
                  "when the new timetable starts at", "what the residents said about"]


def test_a_long_list_of_headlines_is_not_the_article() -> None:
    # Sixty headline-length lines with plenty of stop words and no sentence end: an archive
    # list, longer in characters than the article beside it.
    page = PAGES["en"]
    archive = [f"Read in our archive {t} {p} in the year {1960 + n}"
               for n, (t, p) in enumerate((t, p) for t in ARCHIVE_TOPICS for p in ARCHIVE_PLACES)]
    assert len(archive) == 60 and sum(map(len, archive)) > 3 * sum(map(len, page.article))
    text = "\n\n".join([*page.menu, page.title, *page.article, *archive, *page.footer]) + "\n"
    doc = syndicate.parse_text(text)
    assert [b.text for b in doc.body] == page.article


@pytest.mark.parametrize(("lang", "heading"), [("de", "Ähnliche Beiträge"),
                                               ("de", "Das könnte Dich auch interessieren"),
                                               ("en", "Other stories")])
def test_a_related_closing_mark_is_a_related_block_not_body(lang: str, heading: str) -> None:
    page = PAGES[lang]
    text = "\n\n".join([*page.menu, page.title, *page.article, heading, *page.teasers,
                        *page.footer]) + "\n"
    doc = syndicate.parse_text(text)
    assert [b.text for b in doc.body] == page.article
    related = [r for r in doc.related if r.title == heading]
    assert len(related) == 1
    assert [i.title for i in related[0].items] == page.teasers
    assert related[0].position.placement == "after"


EXCERPTS = {
    "en": ["The ferry company says the new winter timetable will add two crossings on Fridays, "
           "when most students travel home from the mainland colleges.",
           "Volunteers from the lifeboat station were thanked at a ceremony in the town hall for "
           "the night rescue of three fishermen off the point last month.",
           "The coast road will be closed at weekends in April while the new cycle path is built "
           "along the cliffs between the harbour and the lighthouse."],
    "de": ["Die Verkehrsbetriebe wollen die neue Linie schon im Sommer einrichten, damit die "
           "Schüler aus dem Norden nicht mehr zweimal umsteigen müssen.",
           "Nach dem Hochwasser im vergangenen Jahr hat der Stadtrat beschlossen, die Mauern am "
           "Rheinufer zu erhöhen und die Pumpen zu erneuern.",
           "Der Radweg an der Uferpromenade wird auf vier Meter verbreitert, damit Fußgänger und "
           "Radfahrer sich nicht mehr in die Quere kommen."],
}


@pytest.mark.parametrize(("lang", "heading"), [("en", "Similar articles"),
                                               ("de", "Ähnliche Beiträge")])
def test_teasers_with_excerpts_after_a_related_mark_are_not_the_article(lang: str,
                                                                        heading: str) -> None:
    page = PAGES[lang]
    teasers = [x for t, e in zip(page.teasers, EXCERPTS[lang], strict=True) for x in (t, e)]
    text = "\n\n".join([*page.menu, page.title, *page.article, heading, *teasers,
                        *page.footer]) + "\n"
    doc = syndicate.parse_text(text)
    assert [b.text for b in doc.body] == page.article


PROMOS = ["Subscribe to our newsletter for the latest island news",
          "Download the Island News app for your phone or tablet",
          "Listen to our weekly podcast about life on the islands",
          "Send us your photographs of the harbour and the coast"]
LAST_PARAGRAPH = ("The council will meet again in May to choose the company that builds the wall, "
                  "and the harbour master said that the boats would have to use the north pier "
                  "for most of the summer while the work goes on.")


def test_promotions_in_the_middle_do_not_cut_the_article_short() -> None:
    # The same promotion lines stand at the top of the page and between two paragraphs.
    page = PAGES["en"]
    text = "\n\n".join([*page.menu, *PROMOS, page.title, *page.article, *PROMOS, LAST_PARAGRAPH,
                        *page.share, page.related_heading, *page.teasers, *page.footer,
                        *page.menu]) + "\n"
    doc = syndicate.parse_text(text)
    assert [b.text for b in doc.body] == [*page.article, LAST_PARAGRAPH]


GLUED_TEASERS = [  # block text of a teaser card: the headline glued to its excerpt
    ("Ferry Company Adds Two Winter Crossings On Fridays", EXCERPTS["en"][0]),
    ("Lifeboat Crew Thanked For Night Rescue Off The Point", EXCERPTS["en"][1]),
    ("Coast Road To Close At Weekends For New Cycle Path", EXCERPTS["en"][2]),
    ("Island School Wins National Award For Its Garden Project",
     "The pupils grew vegetables for the school kitchen all year and sold the rest at the "
     "Saturday market to pay for a new greenhouse behind the gym."),
]


def test_headlines_glued_to_their_excerpts_are_a_teaser_list_not_the_article() -> None:
    # An lxml-style dump: each teaser card is one line, a title-case headline run into a
    # sentence-case excerpt, with section labels between the cards; together longer than
    # the article below them.
    page = PAGES["en"]
    cards = []
    for label, (headline, excerpt) in zip(["Local", "News", "Weather", "Sport"], GLUED_TEASERS,
                                          strict=True):
        cards += [label, f"{headline} {excerpt}"]
    assert sum(len(c) for c in cards) > sum(map(len, page.article))
    text = "\n".join([*page.menu, *cards, *page.menu, page.title, page.byline, *page.article,
                      *page.footer]) + "\n"
    doc = syndicate.parse_text(text)
    assert [b.text for b in doc.body] == page.article
