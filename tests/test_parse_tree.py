"""readers/tree.parse_tree: UTF-8 pages parsed from their own bytes read as their text does;
pages whose bytes do not spell the text exactly (a BOM, bytes that are not UTF-8, an XML
declaration, characters lxml cannot hold) still read right; the id table is optional."""

from __future__ import annotations

import codecs

import lxml.html
import pytest
from lxml import etree

from syndicate.extract.encoding import decode
from syndicate.readers.tree import parse_tree

TEXT = "Grüße aus Köln – 東京の雨、Ελλάδα «citation» ½ € 🙂"


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>t</title></head><body><div id='main'><p>{body}</p></div></body></html>"


def text_of(root: etree._Element) -> str:
    return root.findtext(".//p") or ""


@pytest.mark.parametrize("head", ["", "<meta charset='utf-8'>"])
def test_utf8_page_reads_its_text(head):
    raw = page(TEXT, head).encode("utf-8")
    root = parse_tree(raw)
    assert text_of(root) == TEXT
    # the same tree as the page's text gives
    assert etree.tostring(root) == etree.tostring(parse_tree(page(TEXT, head)))


def test_bom_is_not_text():
    root = parse_tree(codecs.BOM_UTF8 + page(TEXT).encode("utf-8"))
    assert text_of(root) == TEXT
    assert "\ufeff" not in "".join(root.itertext())


def test_stray_byte_in_utf8_page_becomes_replacement_character():
    raw = page("start " + TEXT * 20).encode("utf-8").replace(b"start ", b"start \xff")
    root = parse_tree(raw)
    assert text_of(root) == "start \ufffd" + TEXT * 20


def test_utf8_page_holding_replacement_character():
    root = parse_tree(page("a \ufffd b").encode("utf-8"))
    assert text_of(root) == "a \ufffd b"


def test_xml_declaration_dropped():
    raw = ("<?xml version='1.0' encoding='utf-8'?>" + page(TEXT)).encode("utf-8")
    root = parse_tree(raw)
    assert text_of(root) == TEXT


def test_control_characters_removed_from_utf8_bytes():
    root = parse_tree(page("a\x00b\x0cc\x01d").encode("utf-8"))
    assert text_of(root) == "a\ufffdb cd"


def test_id_table_optional():
    raw = page(TEXT).encode("utf-8")
    assert [el.tag for el in parse_tree(raw).xpath("id('main')")] == ["div"]
    assert parse_tree(raw, ids=False).xpath("id('main')") == []
    # (everything else reads the same)
    assert etree.tostring(parse_tree(raw, ids=False)) == etree.tostring(lxml.html.fromstring(page(TEXT)))


@pytest.mark.parametrize("charset", ["shift_jis", "euc-jp", "utf-16"])
def test_utf8_bytes_under_a_wrong_declaration_read_as_utf8(charset):
    # (the bytes do not decode as declared: they are read as UTF-8, and the parser must not
    # switch to the declared encoding when it meets the meta tag)
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}"><meta charset="{charset}">'
    raw = page(TEXT * 5, head).encode("utf-8")
    assert decode(raw)[1] == "utf-8"
    assert text_of(parse_tree(raw)) == TEXT * 5


#: lxml.html's own ``text_content``: XPath ``string()`` of the element.
_XPATH_STRING = etree.XPath("string()", smart_strings=False)


@pytest.mark.parametrize("markup", [
    # nested inline text, a comment and a processing instruction (no text), a script (text),
    # an entity, tails inside and after
    "<div id='x'>Lies <b>mehr</b> über <!-- nicht --><?pi nein?>Köln &amp; Bonn"
    "<script>var a = 1;</script><a href='/x'>Weiter <i>hier</i></a> danach</div> Ende",
    "<ul id='x'><li>東京の雨</li><li>Ελλάδα <span>«citation»</span></li></ul><p>après</p>",
])
def test_text_content_is_the_xpath_string(markup):
    """A page element's ``text_content()`` (one C call, ``PageElement``) and
    ``chrome_util.text_content`` give lxml.html's string for every element and none of
    the tail."""
    from syndicate.extract.chrome_util import text_content

    root = parse_tree(f"<html><body>{markup}</body></html>")
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    assert len(elements) > 4
    for el in elements:
        assert el.text_content() == _XPATH_STRING(el)
        assert text_content(el) == _XPATH_STRING(el)
        assert type(el.text_content()) is str
    box = root.get_element_by_id("x")
    assert "Ende" not in box.text_content() and "après" not in box.text_content()
