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
