"""Encoding detection for HTML bytes: BOM, declarations checked against the bytes, guessing."""

from __future__ import annotations

import codecs

import pytest

import syndicate
from syndicate.extract.encoding import declared_encoding, decode, detect_encoding

FRENCH = "Le café de la gare a rouvert ses portes : crème brûlée, thé à la menthe et pâtisseries « maison »."
RUSSIAN = "Городской совет проголосовал за восстановление старой стены гавани, которую повредили штормы."
JAPANESE = "東京都は今日、新しい防災計画を発表しました。計画には避難所の増設と、高齢者への支援が含まれています。"
GREEK = "Το δημοτικό συμβούλιο αποφάσισε την ανακατασκευή του παλιού τείχους του λιμανιού."


def html(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize("bom,codec,expected", [
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
])
def test_byte_order_mark_wins(bom, codec, expected):
    raw = bom + html(FRENCH, "<meta charset='iso-8859-1'>").encode(codec)
    assert detect_encoding(raw) == expected
    assert FRENCH in decode(raw)[0]
    assert not decode(raw)[0].startswith("\ufeff")


@pytest.mark.parametrize("head", [
    "<meta charset='koi8-r'>",
    '<meta charset="KOI8-R" />',
    "<meta http-equiv='Content-Type' content='text/html; charset=koi8-r'>",
])
def test_meta_declarations(head):
    raw = html(RUSSIAN, head).encode("koi8-r")
    assert detect_encoding(raw) == "koi8-r"
    assert syndicate.parse(raw).text() == RUSSIAN


def test_xml_declaration():
    raw = ('<?xml version="1.0" encoding="windows-1253"?>' + html(GREEK)).encode("cp1253")
    assert declared_encoding(raw) == "cp1253"
    assert syndicate.parse(raw).text() == GREEK


def test_latin1_label_means_windows_1252():
    raw = html("It costs \u20ac5 \u2013 “cheap”, they said, for a long time now.",
               "<meta charset='iso-8859-1'>").encode("cp1252")
    assert detect_encoding(raw) == "cp1252"
    assert "\u20ac5 \u2013 “cheap”" in syndicate.parse(raw).text()


def test_undeclared_utf8():
    raw = html(JAPANESE).encode("utf-8")
    assert detect_encoding(raw) == "utf-8"
    assert syndicate.parse(raw).text() == JAPANESE


def test_utf8_declared_but_cp1252_bytes():
    raw = html(FRENCH, "<meta charset='utf-8'>").encode("cp1252")
    assert detect_encoding(raw) == "cp1252"
    assert syndicate.parse(raw).text() == FRENCH


@pytest.mark.parametrize("codec", ["shift_jis", "euc_jp"])
def test_undeclared_japanese_is_guessed(codec):
    raw = html(JAPANESE).encode(codec)
    assert syndicate.parse(raw).text() == JAPANESE


def test_undeclared_cyrillic_is_guessed():
    raw = html(RUSSIAN * 3).encode("cp1251")
    assert syndicate.parse(raw).text() == RUSSIAN * 3


def test_unknown_label_falls_back_to_the_bytes():
    raw = html(FRENCH, "<meta charset='x-no-such-charset'>").encode("utf-8")
    assert detect_encoding(raw) == "utf-8"
    assert syndicate.parse(raw).text() == FRENCH


def test_declaration_contradicted_by_invalid_bytes_never_raises():
    raw = html("abc \xff\xfe\x80 def").encode("latin-1").replace(b"<head>", b"<head><meta charset='utf-8'>")
    text, encoding = decode(raw)
    assert "abc" in text and "def" in text


def test_truncated_multibyte_character_at_the_end():
    raw = html(JAPANESE).encode()[:-len("</p></body></html>")]  # a download cut short...
    raw = raw + "日".encode()[:2]  # ...in the middle of a character
    assert detect_encoding(raw) == "utf-8"
    assert JAPANESE[:10] in decode(raw)[0]


def test_undeclared_windows_1252_wins_a_tie_with_central_european():
    # Only "Ø" and curly quotes are non-ASCII: cp1250 and cp1252 are equally plausible
    # to the guesser, and the WHATWG fallback (windows-1252) must win the tie.
    body = ("\u201cWe are relieved,\u201d said Marta \u00d8berg, who runs a caf\u00e9 by the "
            "water, and the harbour master agreed that the pier must hold next winter.")
    raw = html(body).encode("cp1252")
    assert detect_encoding(raw) == "cp1252"
    assert syndicate.parse(raw).text() == body
