"""The text reader on dumps whose flattener read UTF-8 with the wrong charset (mojibake), and
the language it reports (issue 16). Dumps are the four-language pages of test_text_dumps plus a
Russian one written for this test."""

from __future__ import annotations

import pytest

import syndicate
from syndicate.readers.text_repair import repair_mojibake
from test_text_dumps import DUMPS, PAGES, _parse, markdown_dump, plain_dump

RUSSIAN = [
    "Главная", "Новости", "Политика", "Экономика", "Культура", "Спорт",
    "Городской совет утвердил план ремонта старого моста через реку",
    "Городской совет в понедельник после долгого обсуждения решил полностью отремонтировать "
    "старый мост через реку, потому что, по мнению инженеров, его нельзя больше откладывать.",
    "Работы начнутся весной и продлятся около двух лет. В это время движение будет идти по "
    "временному мосту, который построят рядом со старым ещё до конца зимы.",
    "Стоимость ремонта составит около двух миллиардов рублей, и большую часть этих денег "
    "выделит область. Жители района говорят, что они ждали этого решения много лет.",
    "О нас", "Контакты", "Реклама на сайте", "© 2024 Городские новости",
]


def _latin1(text: str) -> str:
    """What a flattener that decodes UTF-8 bytes as Latin-1 hands over."""
    return text.encode("utf-8").decode("latin-1")


@pytest.mark.parametrize(("lang", "kind"), DUMPS)
def test_a_dump_read_with_the_wrong_charset_gives_the_same_article(lang: str, kind: str) -> None:
    page = PAGES[lang]
    text = plain_dump(page) if kind == "plain" else markdown_dump(page)
    doc = syndicate.parse_text(_latin1(text))
    assert doc.metadata.title == page.title
    assert [b.text for b in doc.body] == page.article


def test_a_cyrillic_dump_read_as_latin1_is_repaired() -> None:
    text = "\n\n".join(RUSSIAN) + "\n"
    broken = _latin1(text)
    assert "Ð" in broken  # the test is about a really broken text
    doc = syndicate.parse_text(broken)
    assert [b.text for b in doc.body] == RUSSIAN[7:10]
    assert doc.metadata.title == RUSSIAN[6]
    assert doc.metadata.language == "ru"


def test_windows_1252_mojibake_is_repaired() -> None:
    text = "Le café « L’Étoile » ouvre à nouveau ses portes après trois ans de travaux."
    assert repair_mojibake(text.encode("utf-8").decode("cp1252")) == text


@pytest.mark.parametrize("text", [
    "Größe, café, niño, smörgåsbord — ordinary accented text stays as it is.",
    "The Brazilian city is written SÃO PAULO in capitals, and Ã alone is a letter.",
    "Новости без ошибок кодировки остаются такими, какие они есть.",
])
def test_text_that_is_not_mojibake_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text


@pytest.mark.parametrize(("lang", "kind"), DUMPS)
def test_the_language_is_detected_from_the_article(lang: str, kind: str) -> None:
    _, _, doc = _parse(lang, kind)
    assert doc.metadata.language == lang
    assert doc.metadata.language_detected is True
    syndicate.validate(doc)


def test_a_text_too_short_to_tell_has_no_language() -> None:
    doc = syndicate.parse_text("Home\n\nContact\n")
    assert doc.metadata.language is None
    assert doc.metadata.language_detected is False
