"""Rules of the text reader for whole-page dumps, one test per rule (issue 16). Dumps are
written for the project from the four-language pages of test_text_dumps."""

from __future__ import annotations

import pytest

import syndicate
from syndicate.readers.text_lines import read_lines
from test_text_dumps import PAGES, markdown_dump, plain_dump

SOFT = "\u00ad"


def _hyphenate(text: str) -> str:
    """A soft hyphen after every third letter of the longer words, as typesetting pages do."""
    return " ".join(SOFT.join(w[i:i + 3] for i in range(0, len(w), 3)) if len(w) > 6 else w
                    for w in text.split())


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_soft_hyphens_change_no_line_feature_and_stay_in_the_text(lang: str) -> None:
    page = PAGES[lang]
    plain = read_lines("\n\n".join(page.article), markdown=False)
    hyphenated = read_lines("\n\n".join(_hyphenate(p) for p in page.article), markdown=False)
    assert plain.language == hyphenated.language
    for a, b in zip(plain.lines, hyphenated.lines, strict=True):
        assert (a.words, a.stopwords) == (b.words, b.stopwords)
    text = plain_dump(page).replace(page.article[1], _hyphenate(page.article[1]))
    doc = syndicate.parse_text(text)
    assert _hyphenate(page.article[1]) in [b.text for b in doc.body]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_soft_hyphens_in_markdown_keep_the_article(lang: str) -> None:
    page = PAGES[lang]
    text = markdown_dump(page)
    for paragraph in page.article[1:]:
        text = text.replace(paragraph, _hyphenate(paragraph))
    doc = syndicate.parse_text(text)
    assert [b.text.replace(SOFT, "") for b in doc.body] == page.article


COMMENTS = {  # (author line, reply label, comments) — no heading announces the thread
    "en": ("{} says:", "Reply", [
        "I have lived next to the harbour for forty years and I have never seen the water come "
        "over the wall the way it did in January, so I am glad that they are finally doing it.",
        "Twelve million pounds is a lot of money for a town of this size, and I would like to "
        "know who will pay for the maintenance of the new wall once the work has been finished.",
        "The fishermen should have been asked before the plans were drawn up, because the boats "
        "will have nowhere to land for the whole of the summer while the building goes on.",
        "My grandfather helped to build the old wall after the war and he always said that it "
        "would not last for more than fifty years, which is exactly what has happened now.",
    ]),
    "de": ("{} sagt:", "Antworten", [
        "Ich wohne seit vierzig Jahren an der Brücke und habe schon lange gesagt, dass sie nicht "
        "mehr sicher ist, deshalb bin ich froh, dass der Stadtrat endlich entschieden hat.",
        "Achtzig Millionen Euro sind sehr viel Geld für eine Stadt wie unsere, und ich möchte "
        "wissen, wer am Ende für die Kosten aufkommt, wenn die Arbeiten länger dauern.",
        "Man hätte die Anwohner fragen sollen, bevor die Pläne gemacht wurden, denn der Lärm "
        "während der Bauzeit wird für alle, die an der Straße wohnen, sehr schwer werden.",
        "Mein Großvater hat die alte Brücke nach dem Krieg mit gebaut und er hat immer gesagt, "
        "dass sie nicht länger als fünfzig Jahre halten wird, und so ist es jetzt gekommen.",
    ]),
    "es": ("{} dijo:", "Responder", [
        "Vivo en el barrio del puerto desde hace cuarenta años y llevamos mucho tiempo pidiendo "
        "el tranvía, así que me alegro de que por fin el ayuntamiento se haya decidido.",
        "Cien millones de euros es mucho dinero para una ciudad como la nuestra y me gustaría "
        "saber quién va a pagar el mantenimiento de la línea cuando terminen las obras.",
        "Deberían haber preguntado a los vecinos antes de hacer los planos, porque el ruido de "
        "las obras durante tres años va a ser muy difícil para los que vivimos en la avenida.",
        "Mi abuelo trabajó en el antiguo tranvía que llegaba al puerto y siempre decía que "
        "algún día volvería, así que me alegro de que haya tenido razón después de tanto tiempo.",
    ]),
    "fr": ("{} dit :", "Répondre", [
        "J'habite à côté du marché depuis quarante ans et nous attendions cette rénovation "
        "depuis très longtemps, alors je suis content que la ville se soit enfin décidée.",
        "Quinze millions d'euros, c'est beaucoup d'argent pour une ville comme la nôtre, et "
        "j'aimerais savoir qui va payer l'entretien du bâtiment quand les travaux seront finis.",
        "On aurait dû demander l'avis des commerçants avant de faire les plans, parce que deux "
        "années dans des halles provisoires, ce sera très difficile pour ceux qui vendent ici.",
        "Mon grand-père tenait un étal dans ce marché après la guerre et il disait toujours que "
        "la charpente ne tiendrait pas cent ans, et c'est exactement ce qui arrive aujourd'hui.",
    ]),
}
NAMES = ["Anna Berg", "Tom", "M. Keller", "Lucía"]


@pytest.mark.parametrize("kind", ["plain", "markdown"])
@pytest.mark.parametrize("lang", sorted(COMMENTS))
def test_comment_author_lines_start_a_thread_that_is_not_the_article(lang: str,
                                                                    kind: str) -> None:
    # The thread is longer than the article and has no heading: only its author lines
    # ("Anna says:") show it is one. The article is the page's only other running text.
    page = PAGES[lang]
    author, reply, comments = COMMENTS[lang]
    thread = [x for name, c in zip(NAMES, comments, strict=True)
              for x in (author.format(name), "12.03.2024 10:15", c, reply)]
    assert sum(map(len, comments)) > sum(map(len, page.article))
    if kind == "plain":
        parts = [*page.menu, page.title, *page.article, *thread, *page.footer]
    else:
        parts = [*(f"* [{m}](/{m.lower()}/)" for m in page.menu), f"# {page.title}",
                 *page.article, *thread, *(f"* [{f}](/{f.lower()}/)" for f in page.footer)]
    doc = syndicate.parse_text("\n\n".join(parts) + "\n")
    assert [b.text for b in doc.body] == page.article


def test_one_line_that_quotes_a_speaker_is_no_thread() -> None:
    page = PAGES["en"]
    quote = "The harbour master says:"
    text = "\n\n".join([*page.menu, page.title, page.article[0], quote, *page.article[1:],
                        *page.footer]) + "\n"
    doc = syndicate.parse_text(text)
    assert [b.text for b in doc.body][0] == page.article[0]
    assert page.article[-1] in doc.text()


WARNING = ("Warning: Use of undefined constant comments - assumed 'comments' (this will throw an "
           "Error in a future version of PHP) in /var/www/html/wp-content/themes/old/single.php "
           "on line 10 and it will be shown again for each of the other posts on the page as well")


@pytest.mark.parametrize("lang", ["de", "es", "fr"])
def test_a_notice_repeated_down_the_page_does_not_set_the_language(lang: str) -> None:
    page = PAGES[lang]
    text = "\n\n".join([*page.menu, page.title, *page.article, *[WARNING] * 6,
                        *page.footer]) + "\n"
    expected = {"de": "German", "es": "Spanish", "fr": "French"}[lang]
    assert read_lines(text, markdown=False).language == expected
    assert [b.text for b in syndicate.parse_text(text).body] == page.article


BIOS = {
    "en": "Jane Porter has reported on the islands for the paper since she left school and "
          "writes about the council, the harbour and the ferries, and about the people who "
          "keep all three of them running through the long winters.",
    "de": "Anna Keller schreibt seit ihrem Studium für die Zeitung über die Stadt und das Land, "
          "über den Rat und über die Menschen, die in den Vierteln am Fluss wohnen und arbeiten.",
    "es": "Lucía Martín escribe desde hace años en el diario sobre la ciudad y el puerto, sobre "
          "el ayuntamiento y sobre los vecinos de los barrios que están junto al mar.",
    "fr": "Claire Dubois écrit depuis de longues années pour le journal sur la ville et la "
          "région, sur le conseil municipal et sur les gens qui vivent dans les quartiers.",
}


def _wrap(paragraph: str, width: int = 50) -> list[str]:
    """The paragraph broken into lines of at most ``width`` characters, where the next
    line starts with a lower-case word (lines broken by <br> in a blog's source)."""
    lines: list[str] = []
    for word in paragraph.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width or (
                lines and not word[0].islower()):
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


@pytest.mark.parametrize("kind", ["plain", "markdown"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_hard_wrapped_article_is_classed_by_its_paragraphs(lang: str, kind: str) -> None:
    # Every article line is short; the author's bio below it is one long line. Lines that
    # go on with the sentence the line before left open make one paragraph.
    page = PAGES[lang]
    wrapped = [line for p in page.article for line in _wrap(p)]
    assert max(map(len, wrapped)) < 70 < len(BIOS[lang])
    if kind == "plain":  # one line a paragraph, as <br> gives them
        text = "\n\n".join([*page.menu, page.title, *wrapped, *page.share,
                            page.related_heading, *page.teasers, BIOS[lang], *page.footer])
    else:  # a Markdown source written at a fixed width
        text = "\n\n".join([*(f"* [{m}](/{m.lower()}/)" for m in page.menu), f"# {page.title}",
                            *("\n".join(_wrap(p)) for p in page.article), *page.share,
                            f"## {page.related_heading}",
                            *(f"* [{t}](/{t[:4].lower()}/)" for t in page.teasers), BIOS[lang],
                            *(f"* [{f}](/{f[:4].lower()}/)" for f in page.footer)])
    doc = syndicate.parse_text(text + "\n", format=kind if kind == "markdown" else "text")
    assert [b.text for b in doc.body] == wrapped


WORD_XML = " ".join(['<xml> <w:WordDocument> <w:View>Normal</w:View> <w:Zoom>0</w:Zoom>'] + [
    f'<w:LsdException w:Locked="false" w:Priority="{n}" w:Name="heading {n}"/>'
    for n in range(40)] + ["</w:WordDocument> </xml>"])


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_markup_a_flattener_let_through_does_not_set_the_language(lang: str) -> None:
    # Word's XML pasted into a blog post: one long line whose one-letter tokens ("w") head
    # the Polish and Lithuanian stop lists.
    page = PAGES[lang]
    text = "\n\n".join([*page.menu, page.title, WORD_XML, *page.article, *page.footer]) + "\n"
    expected = {"en": "English", "de": "German", "es": "Spanish", "fr": "French"}[lang]
    assert read_lines(text, markdown=False).language == expected
    assert [b.text for b in syndicate.parse_text(text).body] == page.article


CREDITS = {  # a picture credit and a caption with its credit, between two paragraphs
    "en": ["Photo: Jane Roe", "The old sea wall after the January storm (Photo: Island News)"],
    "de": ["Foto: Max Muster/dpa", "Die alte Brücke im Winter (Foto: Rheinische Zeitung)"],
    "es": ["Fuente: Europa Press", "Las obras del tranvía en la avenida (Foto: Diario del Sur)"],
    "fr": ["Source : AFP", "Le marché couvert un jour de marché (Photo : Le Courrier du Sud)"],
}


@pytest.mark.parametrize("kind", ["plain", "markdown"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_credits_and_captions_between_paragraphs_are_not_body(lang: str, kind: str) -> None:
    # Short lines between good paragraphs would join the body; the HTML reader's text-only
    # chrome test (credits, captions with a credit, sources) keeps them out, as for pages.
    page = PAGES[lang]
    credit, caption = CREDITS[lang]
    article = [page.article[0], credit, page.article[1], caption, page.article[2]]
    if kind == "plain":
        text = "\n\n".join([*page.menu, page.title, *article, *page.footer])
    else:
        text = "\n\n".join([*(f"* [{m}](/{m.lower()}/)" for m in page.menu), f"# {page.title}",
                            *article, *(f"* [{f}](/{f[:4].lower()}/)" for f in page.footer)])
    doc = syndicate.parse_text(text + "\n", format="markdown" if kind == "markdown" else "text")
    assert [b.text for b in doc.body] == page.article


HEADINGS = {  # section headings of the article, listed once more in a table of contents
    "en": ["Why the wall failed", "What the new wall will cost", "When the work starts"],
    "de": ["Warum die Brücke marode ist", "Was der Neubau kostet", "Wann die Arbeiten beginnen"],
    "es": ["Las razones de la ampliación", "Cuánto costará la obra", "Cuándo empiezan las obras"],
    "fr": ["Pourquoi rénover le marché", "Combien coûtent les travaux", "Quand commence le chantier"],
}


@pytest.mark.parametrize("kind", ["plain", "markdown"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_headings_a_table_of_contents_repeats_stay_in_the_article(lang: str, kind: str) -> None:
    page = PAGES[lang]
    headings = HEADINGS[lang][1:]  # the first paragraph is the article's introduction
    article = [page.article[0]] + [
        x for h, p in zip(headings, page.article[1:], strict=True) for x in (h, p)]
    if kind == "plain":
        text = "\n\n".join([*page.menu, page.title, *headings, *article, *page.footer])
    else:
        text = "\n\n".join([*(f"* [{m}](/{m.lower()}/)" for m in page.menu), f"# {page.title}",
                            *(f"* {h}" for h in headings), *article,
                            *(f"* [{f}](/{f[:4].lower()}/)" for f in page.footer)])
    doc = syndicate.parse_text(text + "\n", format="markdown" if kind == "markdown" else "text")
    assert [b.text for b in doc.body] == article


@pytest.mark.parametrize(("line", "kind"), [
    ("Schreibe einen Kommentar Antworten abbrechen", "comments"), ("Deja una respuesta", "comments"),
    ("Jetzt Tickets sichern", None), ("Letzte Meldungen aus Berlin", None), ("Author information", None),
    ("Laisser un commentaire", "comments"), ("Lascia un commento", "comments"),
    ("Deixe um comentário", "comments"), ("Laat een reactie achter", "comments"),
    ("Weiterführende Links", "related"), ("Empfehlungen der Redaktion", "related"),
    ("Unsere Lesetipps", "related"), ("Articles recommandés", "related"),
    ("Artículos recomendados", "related"), ("Articoli consigliati", "related"),
    ("Die Antwort der Stadt auf die Kritik", None), ("Links und rechts der Brücke", None),
    ("Une recommandation du maire pour les commerçants", None),
])
def test_more_closing_marks(line: str, kind: str | None) -> None:
    import re

    from syndicate.readers.text_lines import closing_mark

    assert closing_mark(re.findall(r"\w+", line.lower())) == kind


CLOSERS = {"en": "Leave a Reply", "de": "Schreibe einen Kommentar", "es": "Deja una respuesta",
           "fr": "Laisser un commentaire"}


@pytest.mark.parametrize("kind", ["plain", "markdown"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_reply_form_heading_in_four_languages_closes_the_article(lang: str, kind: str) -> None:
    # The comments under the form are longer than the article; their heading is the
    # reply form's, in the page's language.
    page = PAGES[lang]
    comments = COMMENTS[lang][2]
    if kind == "plain":
        text = "\n\n".join([*page.menu, page.title, *page.article, CLOSERS[lang], *comments,
                            *page.footer])
    else:
        text = "\n\n".join([*(f"* [{m}](/{m.lower()}/)" for m in page.menu), f"# {page.title}",
                            *page.article, f"### {CLOSERS[lang]}", *comments,
                            *(f"* [{f}](/{f[:4].lower()}/)" for f in page.footer)])
    doc = syndicate.parse_text(text + "\n", format="markdown" if kind == "markdown" else "text")
    assert [b.text for b in doc.body] == page.article


CONSENT = {  # a consent dialog dumped with the page: longer than the article, wordy, polite
    "en": ["We and our partners use cookies and similar technologies to store and access "
           "information on your device, to personalise content and ads and to analyse our "
           "traffic, and you can choose which of them you accept in the settings below.",
           "With your consent we also use precise location data and identify your device by "
           "scanning it; you can withdraw your consent at any time in our privacy settings, "
           "which you will find at the bottom of every page of the website.",
           "Some cookies are needed for the site to work and cannot be switched off, while "
           "others help us to understand how visitors use the site so that we can improve it, "
           "and these are only set when you agree to them by pressing the button.",
           "Accept all", "Reject all"],
    "de": ["Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen "
           "auf Ihrem Gerät zu speichern und abzurufen, Inhalte und Anzeigen zu personalisieren "
           "und die Zugriffe auf unsere Website zu analysieren, wenn Sie dem zustimmen.",
           "Mit Ihrer Einwilligung verwenden wir auch genaue Standortdaten; Sie können Ihre "
           "Einwilligung jederzeit in den Datenschutzeinstellungen widerrufen, die Sie am Ende "
           "jeder Seite unserer Website finden, und dort auch einzelne Zwecke auswählen.",
           "Einige Cookies sind für den Betrieb der Seite notwendig und können nicht abgeschaltet "
           "werden, während andere uns helfen, die Nutzung zu verstehen und das Angebot zu "
           "verbessern, und nur gesetzt werden, wenn Sie einwilligen.",
           "Alle akzeptieren", "Alle ablehnen"],
    "es": ["Nosotros y nuestros socios utilizamos cookies y tecnologías similares para guardar "
           "y consultar información en su dispositivo, personalizar el contenido y los anuncios "
           "y analizar el tráfico de la web, siempre que usted lo acepte en el aviso.",
           "Con su consentimiento también usamos datos de localización precisos y usted puede "
           "retirar su consentimiento en cualquier momento en la configuración de privacidad, "
           "que encontrará al final de cada una de las páginas de la web.",
           "Algunas cookies son necesarias para que la web funcione y no se pueden desactivar, "
           "mientras que otras nos ayudan a entender cómo se usa la web para mejorarla, y solo "
           "se instalan cuando usted acepta su uso pulsando el botón.",
           "Aceptar todo", "Rechazar todo"],
    "fr": ["Nos partenaires et nous utilisons des cookies et des technologies similaires pour "
           "stocker des informations sur votre appareil et y accéder, personnaliser les contenus "
           "et les publicités et analyser notre trafic, si vous l'acceptez.",
           "Avec votre consentement, nous utilisons aussi des données de localisation précises, "
           "et vous pouvez retirer votre consentement à tout moment dans les paramètres de "
           "confidentialité, que vous trouverez en bas de chaque page du site.",
           "Certains cookies sont nécessaires au fonctionnement du site et ne peuvent pas être "
           "désactivés, tandis que d'autres nous aident à comprendre l'usage du site pour "
           "l'améliorer, et ne sont déposés que si vous les acceptez.",
           "Tout accepter", "Tout refuser"],
}


@pytest.mark.parametrize("kind", ["plain", "markdown"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_consent_dialog_longer_than_the_article_is_not_the_article(lang: str,
                                                                    kind: str) -> None:
    page = PAGES[lang]
    assert sum(map(len, CONSENT[lang])) > sum(map(len, page.article))
    if kind == "plain":
        text = "\n\n".join([*CONSENT[lang], *page.menu, page.title, *page.article,
                            *page.footer])
    else:
        text = "\n\n".join([*CONSENT[lang], *(f"* [{m}](/{m.lower()}/)" for m in page.menu),
                            f"# {page.title}", *page.article,
                            *(f"* [{f}](/{f[:4].lower()}/)" for f in page.footer)])
    doc = syndicate.parse_text(text + "\n", format="markdown" if kind == "markdown" else "text")
    assert [b.text for b in doc.body] == page.article


def test_an_article_about_cookies_keeps_its_paragraphs() -> None:
    page = PAGES["en"]
    about = ("Bakers on the island sold more cookies than ever before at the harbour market, "
             "where the new stalls opened on Saturday in the old fish hall by the pier.")
    text = "\n\n".join([*page.menu, page.title, page.article[0], about, *page.article[1:],
                        *page.footer]) + "\n"
    assert about in [b.text for b in syndicate.parse_text(text).body]


AUTHOR_BOX = {"en": "About Jane Porter", "de": "Über Anna Keller", "es": "Sobre Lucía Martín",
              "fr": "À propos de Claire Dubois"}


@pytest.mark.parametrize("kind", ["plain", "markdown"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_an_author_box_after_the_article_is_not_body(lang: str, kind: str) -> None:
    page = PAGES[lang]
    if kind == "plain":
        text = "\n\n".join([*page.menu, page.title, *page.article, AUTHOR_BOX[lang], BIOS[lang],
                            *page.footer])
    else:
        text = "\n\n".join([*(f"* [{m}](/{m.lower()}/)" for m in page.menu), f"# {page.title}",
                            *page.article, f"### {AUTHOR_BOX[lang]}", BIOS[lang],
                            *(f"* [{f}](/{f[:4].lower()}/)" for f in page.footer)])
    doc = syndicate.parse_text(text + "\n", format="markdown" if kind == "markdown" else "text")
    assert [b.text for b in doc.body] == page.article


@pytest.mark.parametrize("line", ["Über uns", "About us", "Über Wasser gehen", "O nas",
                                  "About Python"])
def test_about_pages_are_no_author_box(line: str) -> None:
    from syndicate.readers.text_lines import read_lines as read

    assert read(line + "\n", markdown=False).lines[0].mark is None


THREAD_HEADS = {"en": "4 thoughts on “{}”", "de": "4 Gedanken zu „{}“",
                "es": "4 comentarios en «{}»", "fr": "4 réflexions sur « {} »"}


@pytest.mark.parametrize("kind", ["plain", "markdown"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_thread_heading_naming_the_post_closes_the_article(lang: str, kind: str) -> None:
    page = PAGES[lang]
    head = THREAD_HEADS[lang].format(page.title)
    comments = COMMENTS[lang][2]
    if kind == "plain":
        text = "\n\n".join([*page.menu, page.title, *page.article, head, *comments,
                            *page.footer])
    else:
        text = "\n\n".join([*(f"* [{m}](/{m.lower()}/)" for m in page.menu), f"# {page.title}",
                            *page.article, f"## {head}", *comments,
                            *(f"* [{f}](/{f[:4].lower()}/)" for f in page.footer)])
    doc = syndicate.parse_text(text + "\n", format="markdown" if kind == "markdown" else "text")
    assert [b.text for b in doc.body] == page.article


@pytest.mark.parametrize("line", ["One reply to the minister was sent today by the council",
                                  "12 comments on the plan were received."])
def test_a_sentence_about_replies_is_no_thread_heading(line: str) -> None:
    assert read_lines(line + "\n", markdown=False).lines[0].mark is None


FORM_CONSENT = {  # a newsletter form's consent lines: no cookie word, a policy and an "I agree"
    "en": ["I agree that Island News may send me its newsletter by e-mail and that my data are "
           "processed as described in the privacy notice, and I know that I can withdraw this "
           "at any time by clicking the link at the bottom of every newsletter we send.",
           "By signing up I accept the privacy terms of Island News and the processing of my "
           "e-mail address for the delivery of the newsletter and for statistics about it."],
    "de": ["Ich bin damit einverstanden, dass mir die Rheinische Zeitung ihren Newsletter per "
           "E-Mail schickt und meine Daten wie in der Datenschutzerklärung beschrieben "
           "verarbeitet werden, und ich weiß, dass ich dies jederzeit widerrufen kann.",
           "Mit der Anmeldung akzeptiere ich die Datenschutzhinweise der Rheinischen Zeitung und "
           "die Verarbeitung meiner E-Mail-Adresse für den Versand des Newsletters."],
    "es": ["Acepto que el Diario del Sur me envíe su boletín por correo electrónico y que mis "
           "datos se traten según la política de privacidad, y sé que puedo retirar este "
           "permiso en cualquier momento con el enlace que aparece al final de cada boletín.",
           "Al suscribirme acepto las condiciones de privacidad del Diario del Sur y el uso de mi "
           "dirección de correo electrónico para el envío del boletín y sus estadísticas."],
    "fr": ["J'accepte que Le Courrier du Sud m'envoie sa lettre d'information par courriel et "
           "que mes données soient traitées selon la politique de confidentialité, et je sais "
           "que je peux retirer cet accord à tout moment avec le lien en bas de chaque lettre.",
           "En m'inscrivant, j'accepte les règles de confidentialité du Courrier du Sud et "
           "l'usage de mon adresse électronique pour l'envoi de la lettre et ses statistiques."],
}


@pytest.mark.parametrize("kind", ["plain", "markdown"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_newsletter_form_longer_than_a_short_article_is_not_the_article(lang: str,
                                                                         kind: str) -> None:
    page = PAGES[lang]
    article = page.article[:1]
    assert sum(map(len, FORM_CONSENT[lang])) > len(article[0])
    if kind == "plain":
        text = "\n\n".join([*FORM_CONSENT[lang], *page.menu, page.title, *article,
                            *page.share, *page.footer])
    else:
        text = "\n\n".join([*FORM_CONSENT[lang], *(f"* [{m}](/{m.lower()}/)" for m in page.menu),
                            f"# {page.title}", *article, *page.share,
                            *(f"* [{f}](/{f[:4].lower()}/)" for f in page.footer)])
    doc = syndicate.parse_text(text + "\n", format="markdown" if kind == "markdown" else "text")
    assert [b.text for b in doc.body] == article


@pytest.mark.parametrize("line", [
    "Customs and Border Protection did not accept the offer, a spokesperson said in a statement "
    "that cited agency policy and the consensus among officials.",
    "The illegality of settlements has always been stated as a fact based upon an international "
    "consensus, said a senior fellow at the Kohelet Policy Forum.",
])
def test_news_sentences_about_policy_are_no_consent_notice(line: str) -> None:
    assert read_lines(line + "\n", markdown=False).lines[0].mark is None
