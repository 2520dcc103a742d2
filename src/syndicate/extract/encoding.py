"""Bytes -> text encoding of an HTML page, without HTTP headers.

Order of evidence: byte-order mark, then the page's own declaration
(``<meta charset>``, ``http-equiv`` content type, XML declaration) checked
against the bytes, then UTF-8 if the bytes are valid UTF-8, then
charset-normalizer's guess. Labels are mapped the way browsers map them
(WHATWG): ``iso-8859-1``/``ascii`` mean windows-1252, and so on.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

#: How far into the page the declaration is looked for (browsers use 1024; pages are sloppy).
SNIFF_BYTES = 8192
#: How much of the page charset-normalizer is given when there is no usable declaration.
GUESS_BYTES = 65536

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.\-]{1,40})""", re.I)

#: WHATWG label remapping: what browsers actually decode these labels as.
_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252",
    "iso-8859-9": "cp1254", "latin5": "cp1254", "iso-8859-11": "cp874", "tis-620": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949", "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932",
    "x-sjis": "cp932", "windows-31j": "cp932", "big5": "big5hkscs", "utf8": "utf-8",
    # A page cannot really be UTF-16 if its declaration was readable as ASCII.
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8", "unicode": "utf-8",
}


def _canonical(label: str) -> str | None:
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_encoding(raw: bytes) -> str | None:
    """The encoding the page declares in its first bytes (canonical codec name), or None."""
    head = raw[:SNIFF_BYTES]
    m = _XML_DECL.match(head) or _META_CHARSET.search(head)
    return _canonical(m.group(1).decode("ascii", "replace")) if m else None


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _valid_utf8_prefix(raw: bytes, size: int = GUESS_BYTES * 4) -> bool:
    """True if ``raw`` (or its first ``size`` bytes, ignoring a cut multibyte char) is UTF-8."""
    chunk = raw[:size]
    try:
        chunk.decode("utf-8")
    except UnicodeDecodeError as e:
        # A character cut at the end (of our chunk, or of a truncated download) is not bad data.
        return e.reason == "unexpected end of data" and e.start >= len(chunk) - 3
    return True


def _mostly_utf8(raw: bytes, size: int = GUESS_BYTES * 4) -> bool:
    """UTF-8 with a few bad bytes (a damaged page), rather than another encoding: its
    multibyte characters decode and far outnumber the bytes that do not. Text in
    windows-1252 and the like almost never forms valid UTF-8 sequences."""
    chunk = raw[:size]
    text = chunk.decode("utf-8", "replace")
    bad = text.count("\ufffd") - chunk.count(b"\xef\xbf\xbd")
    good = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
    return good >= 8 and good >= 10 * bad


#: What browsers fall back to for an undeclared page (WHATWG); it wins a tie between guesses.
FALLBACK = "cp1252"


def _guess(raw: bytes) -> str | None:
    results = from_bytes(raw[:GUESS_BYTES])
    best = results.best()
    if best is None:
        return None
    # charset-normalizer ranks equally plausible single-byte codecs by its own order
    # (cp1250 before cp1252), which reads "Øberg" as "Řberg"; a tie goes to the fallback.
    if any(m.encoding == FALLBACK and m.chaos == best.chaos and m.coherence == best.coherence
           for m in results):
        return FALLBACK
    return _canonical(best.encoding)


def detect_encoding(raw: bytes) -> str:
    """The codec name to decode ``raw`` with (always a valid Python codec name)."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    declared = declared_encoding(raw)
    if declared == "utf-8":
        if _valid_utf8_prefix(raw) or _mostly_utf8(raw):
            return "utf-8"
        # Declared UTF-8 but it is not: most often windows-1252 served as UTF-8.
        return "cp1252" if _decodes(raw, "cp1252") else (_guess(raw) or "cp1252")
    if declared is not None:
        if _decodes(raw[:GUESS_BYTES * 4], declared) or declared in ("cp1252", "cp1254"):
            return declared
        return _guess(raw) or declared
    if _valid_utf8_prefix(raw) or _mostly_utf8(raw):
        return "utf-8"
    return _guess(raw) or FALLBACK


def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding) of an HTML page's bytes; undecodable bytes become U+FFFD, never an error."""
    encoding = detect_encoding(raw)
    for bom, name in _BOMS:
        if name == encoding and raw.startswith(bom):
            raw = raw[len(bom):]
            break
    return raw.decode(encoding, "replace"), encoding
