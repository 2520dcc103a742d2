"""Bytes -> text encoding of an HTML page, without HTTP headers.

Order of evidence: byte-order mark, then the page's own declaration
(``<meta charset>``, ``http-equiv`` content type, XML declaration) checked
against the bytes, then UTF-8 if the bytes are valid UTF-8, then
charset-normalizer's guess. Labels are mapped the way browsers map them
(WHATWG, :func:`whatwg_codec`): ``iso-8859-1``/``ascii`` mean windows-1252, and so on.
"""

from __future__ import annotations

import codecs
import re

import webencodings
from charset_normalizer import from_bytes

#: How far into the page the declaration is looked for (browsers use 1024; pages are sloppy).
SNIFF_BYTES = 8192
#: How much of the page charset-normalizer is given when there is no usable declaration.
GUESS_BYTES = 65536

#: Byte-order marks and what they mean; a BOM outranks every declaration.
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: First bytes of the byte-order marks.
_BOM_STARTS = frozenset(bom[:1] for bom, _ in BOMS)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.\-]{1,40})""", re.I)

#: Python codecs for WHATWG encodings whose decoders differ from Python's same-named codec.
_CODEC_FIXES = {"gbk": "gb18030"}
#: Labels outside the WHATWG list that pages use and that mean one thing only.
_EXTRA_LABELS = {"latin-1": "cp1252", "utf_8": "utf-8"}


def whatwg_codec(label: str | None, *, in_document: bool = False) -> str | None:
    """The Python codec for a charset label, mapped the way browsers map it (WHATWG
    Encoding Standard, via ``webencodings``): ``iso-8859-1``/``us-ascii`` are cp1252,
    ``gb2312`` is GB18030, ... A label browsers do not know (``utf-7``,
    ``unicode_escape``, ``rot13``) or the ``replacement`` encoding gives None, so no
    Python-only codec is ever reached from a page or an HTTP header.

    ``in_document``: the label comes from the page's own bytes (``meta``, XML
    declaration), which cannot really be UTF-16 if they were readable as ASCII.
    Used by the page reader and by the fetcher for the HTTP ``charset``.
    """
    if not label or len(label) > 64:
        return None
    label = label.strip().lower()
    found = webencodings.lookup(label)
    if found is None:
        codec = _EXTRA_LABELS.get(label)
    elif found.name == "replacement":
        return None
    elif found.name in ("utf-16le", "utf-16be"):
        codec = "utf-8" if in_document else found.codec_info.name
    elif found.name == "x-user-defined":
        codec = "cp1252" if in_document else None
    else:
        codec = found.codec_info.name
    if codec is None:
        return None
    codec = _CODEC_FIXES.get(codec, codec)
    try:
        return codecs.lookup(codec).name
    except LookupError:
        return None


def _canonical(label: str) -> str | None:
    return whatwg_codec(label, in_document=True)


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
    # charset-normalizer names Python codecs, not labels; UTF-7 is no web encoding.
    try:
        name = codecs.lookup(best.encoding).name
    except LookupError:
        return None
    return None if name == "utf-7" else name


def detect_encoding(raw: bytes) -> str:
    """The codec name to decode ``raw`` with (always a valid Python codec name)."""
    for bom, name in BOMS:
        if raw.startswith(bom):
            return name
    declared = declared_encoding(raw)
    if declared == "utf-8":
        if _valid_utf8_prefix(raw) or _mostly_utf8(raw):
            return "utf-8"
        # Declared UTF-8 but it is not: most often windows-1252 served as UTF-8.
        return "cp1252" if _decodes(raw, "cp1252") else (_guess(raw) or "cp1252")
    if declared is not None:
        # (windows-1252 and -1254 are kept whatever the bytes: no trial decode for them)
        if declared in ("cp1252", "cp1254") or _decodes(raw[:GUESS_BYTES * 4], declared):
            return declared
        return _guess(raw) or declared
    if _valid_utf8_prefix(raw) or _mostly_utf8(raw):
        return "utf-8"
    return _guess(raw) or FALLBACK


def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding) of an HTML page's bytes; undecodable bytes become U+FFFD, never an error."""
    text, encoding, _ = decode_page(raw)
    return text, encoding


def decode_page(raw: bytes) -> tuple[str, str, bool]:
    """``decode``'s (text, encoding), and whether the text is all of ``raw`` read as valid
    UTF-8 without a BOM (nothing replaced: the bytes and the text say the same)."""
    # (most pages: UTF-8 declared or undeclared, no BOM, and valid throughout; what
    # ``detect_encoding`` decides for them, with the page decoded once instead of twice)
    if _may_be_plain_utf8(raw):
        try:
            return raw.decode("utf-8"), "utf-8", True
        except UnicodeDecodeError:
            pass
    encoding = detect_encoding(raw)
    for bom, name in BOMS:
        if name == encoding and raw.startswith(bom):
            raw = raw[len(bom):]
            break
    return raw.decode(encoding, "replace"), encoding, False


def plain_utf8(raw: bytes) -> bool:
    """Whether ``decode_page(raw)`` reads ``raw`` as valid UTF-8 without a BOM (its third
    value), found without building the text: for a reader that passes the bytes on as
    they are and needs no text."""
    return _may_be_plain_utf8(raw) and _valid_utf8(raw)


def _may_be_plain_utf8(raw: bytes) -> bool:
    """No BOM, and UTF-8 or nothing declared: valid UTF-8 bytes are read as UTF-8."""
    return raw[:1] not in _BOM_STARTS and declared_encoding(raw) in (None, "utf-8")


#: Bytes checked per step by ``_valid_utf8``: a piece decodes on its own into the narrowest
#: string kind (one curly quote widens its own piece, not the rest of the page: the
#: decoder's ASCII fast path stays on), and no page-sized string is made.
_CHECK_BYTES = 4096


def _valid_utf8(raw: bytes) -> bool:
    """Whether ``raw.decode("utf-8")`` succeeds (checked piece by piece: a character cut at
    the end of a piece is read again at the start of the next one)."""
    if raw.isascii():
        return True
    view, size, pos = memoryview(raw), len(raw), 0
    try:
        while pos < size:
            end = pos + _CHECK_BYTES
            if raw[pos:end].isascii():
                pos = end  # (an ASCII piece is valid: copied and tested a word at a time, no text made)
                continue
            pos += codecs.utf_8_decode(view[pos:end], "strict", end >= size)[1]
    except UnicodeDecodeError:
        return False
    return True
