"""Bytes or text -> the page's lxml tree, as ``lxml.html.fromstring`` builds it, without
libxml2's silent loss of everything nested past depth 255."""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

import lxml.html
from lxml import etree

from ..errors import InputError
from ..extract.chrome_util import page_text
from ..extract.encoding import decode_page, plain_utf8
from ..limits import DEFAULT_LIMITS, Limits
from ..sanitize import xml_chars

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
#: What ``_storable`` changes: what ``sanitize.xml_chars`` removes, NUL and form feed.
_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
#: Attribute values longer than ``$n`` (``string-length()``: of the attribute itself).
#: (``/descendant::*/@*``, not ``//@*``: the attributes of elements only, without visiting
#: every text node on the way; the same values, a tenth faster)
_LONG_VALUES = etree.XPath("/descendant::*/@*[string-length() > $n]")
#: The long ``class``/``id`` values alone (the only ones a page often has: a class list is
#: short, other attributes are cut far later); the name tests cost libxml2 no copy of each
#: value, as ``string-length()`` of every attribute does.
_LONG_NAMES = etree.XPath("/descendant::*/@class[string-length() > $n] | /descendant::*/@id[string-length() > $n]")
_TAG_TOKEN = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "keygen",
})


@lru_cache(maxsize=8)
def _long_names(limit: int) -> etree.XPath:
    """``_LONG_NAMES`` with an int ``limit`` written in (compiled once per limit): libxml2
    looks ``$n`` up and copies it again for every class and id value it tests."""
    return etree.XPath(_LONG_NAMES.path.replace("$n", str(limit)))


def parse_tree(html: bytes | str, limits: Limits = DEFAULT_LIMITS, *, ids: bool = True,
               names: bool = True) -> etree._Element:
    """The page's lxml tree, shaped as ``lxml.html.fromstring(html)`` shapes it.

    Nesting deeper than libxml2 can hold even with ``huge_tree`` is flattened
    (tags past ``limits.max_depth`` dropped, text kept) instead of silently lost.
    ``ids=False`` leaves out libxml2's table of ``id`` attributes, which only XPath's
    ``id()`` reads (site rules may use it; the extraction does not): a little faster.
    ``names=False`` may leave long ``class``/``id`` values untamed (``tame_attributes``):
    for a caller that reads every class and id anyway and tames them itself
    (``long_names``, then ``tame_names``).
    """
    if isinstance(html, (bytearray, memoryview)):
        html = bytes(html)
    if not isinstance(html, (bytes, str)):
        raise InputError(f"HTML input must be bytes or str, not {type(html).__name__}")
    limits.check_size(_utf8_size(html, limits.max_input_bytes), what="HTML input")
    # (isspace, not strip: no copy of the page)
    if not html or html.isspace():
        raise InputError("empty input: there is no HTML to read")
    if isinstance(html, bytes) and _readable_as_is(html):
        # (the bytes libxml2 would be given after decoding: no text is built for them)
        root, too_deep = _parse(html, ids)
        source: str | bytes = html
        if too_deep:
            source = flatten_depth(html.decode("utf-8"), limits.max_depth)
            root, _ = _parse(source, ids)
    else:
        root, source = _parse_text(html, limits, ids)
    if root is None:
        raise InputError("no HTML content found in the input")
    tame_attributes(root, limits, source=source, names=names)
    return root


def _readable_as_is(raw: bytes) -> bool:
    """Whether ``_parse_text`` would give libxml2 ``raw`` itself: it is valid UTF-8 without
    a BOM (decoded without loss), holds markup (so its text is no whitespace alone) whose
    first tag is no XML declaration to strip, and nothing ``_storable`` changes."""
    first = raw.find(b"<")
    return first >= 0 and not raw.startswith(b"<?xml", first) and _clean_utf8(raw) and plain_utf8(raw)


def _parse_text(html: bytes | str, limits: Limits,
                ids: bool) -> tuple[etree._Element | None, str | bytes]:
    """``parse_tree``'s tree of ``html`` read through its text, and the markup it was
    parsed from."""
    encoded = None  # (the page's own UTF-8 bytes, when it was decoded from them)
    lossless = False  # (and valid throughout: no U+FFFD in the text stands for a bad byte)
    if isinstance(html, bytes):
        text, encoding, lossless = decode_page(html)
        encoded = html if encoding == "utf-8" else None
    else:
        text = html
    decoded = text
    text = _XML_DECL.sub("", text, count=1)
    same = len(text) == len(decoded)
    text = _storable(text, encoded)
    if not text or text.isspace():
        raise InputError("empty input: there is no HTML to read")
    # The page's own bytes go to libxml2 when they spell exactly this text (UTF-8 decoded
    # without loss, nothing removed or replaced): it reads them as they are, instead of a
    # copy of the text in a wider encoding (the same tree, a tenth of the parsing time less).
    same = same and encoded is not None and text is decoded and not encoded.startswith(
        codecs.BOM_UTF8) and (lossless or "\ufffd" not in text)
    source: str | bytes = encoded if same and encoded is not None else text
    root, too_deep = _parse(source, ids)
    if too_deep:
        source = flatten_depth(text, limits.max_depth)
        root, _ = _parse(source, ids)
    return root, source


def tame_attributes(root: etree._Element, limits: Limits = DEFAULT_LIMITS, *,
                    source: str | bytes | None = None, names: bool = True) -> None:
    """Shorten absurd attribute values in place (see ``Limits.max_class_chars``).

    ``class``/``id`` keep their distinct tokens in order (``"ad ad ad ..."`` -> ``"ad"``),
    other attributes their first ``max_attribute_chars`` characters. Element paths, and
    so locators, are unchanged. Pages within the limits are not touched. ``source``: the
    markup ``root`` was parsed from, when known (it rules out most long values cheaply).
    ``names=False``: when ``source`` rules out every long value but a class or id, those
    are left as they are (``tame_names`` tames them).
    """
    short, long_ = limits.max_class_chars, limits.max_attribute_chars
    # One XPath pass in C finds the few long values; the rest of the page is not visited.
    if source is not None and not _may_hold_long_value(source, long_):
        # (no other attribute can be past its limit)
        if names:
            tame_names(root, limits)
        return
    _tame(_LONG_VALUES(root, n=min(short, long_)), limits)


def tame_names(root: etree._Element, limits: Limits = DEFAULT_LIMITS) -> None:
    """``tame_attributes`` of the ``class`` and ``id`` values alone."""
    short = limits.max_class_chars
    _tame(_long_names(short)(root) if type(short) is int else _LONG_NAMES(root, n=short), limits)


def long_names(names: tuple[list[str | None], list[str | None], list[object]],
               limits: Limits = DEFAULT_LIMITS) -> bool:
    """Some ``class`` or ``id`` value among ``names`` (every node's, as
    ``chrome_util.classes_and_ids`` reads them) is longer than ``limits.max_class_chars``
    characters (``string-length()``'s count: code points, as ``len``): ``tame_names`` has
    values to tame. (Lengths compared in C: the XPath of ``tame_names`` copies every class
    and id value out of the tree to measure it.)"""
    short = limits.max_class_chars
    return any(max(map(len, filter(None, values)), default=0) > short for values in names[:2])  # (not the tags)


def _tame(values: list, limits: Limits) -> None:
    """Each long attribute value of ``values`` (XPath attribute results) shortened."""
    short, long_ = limits.max_class_chars, limits.max_attribute_chars
    for value in values:
        el, name = value.getparent(), value.attrname
        limit = short if name in ("class", "id") else long_
        text = str(value)
        if len(text) <= limit:
            continue
        if name in ("class", "id"):
            text = " ".join(dict.fromkeys(text.split()))
        el.set(name, text[:limit])


def _may_hold_long_value(source: str | bytes, limit: int) -> bool:
    """False when no attribute value parsed from ``source`` can be longer than ``limit``
    characters. Such a value is a run of more than ``limit`` characters (an entity or a
    UTF-8 sequence stands for fewer) without its closing quote, or, unquoted, without
    whitespace or ``>``; that run holds a whole one of the aligned blocks of
    ``(limit + 2) // 2`` characters, so each block is asked for these characters (a
    few ``find`` calls in C per block: most find the first one at once)."""
    size = (limit + 2) // 2
    if size < 256:  # (a short limit: not worth the look)
        return True
    is_bytes = isinstance(source, bytes)
    quotes = (b'"', b"'") if is_bytes else ('"', "'")
    ends = (b" ", b"\n", b">", b"\t", b"\r", b"\x0c") if is_bytes else (" ", "\n", ">", "\t", "\r", "\x0c")
    for start in range(0, len(source) - size + 1, size):
        end = start + size
        for q in quotes:
            if source.find(q, start, end) < 0:
                # (a block of a script or a style without this quote: inside a value only when
                # the run without it is long enough and opens with ``=`` and the quote)
                opening = source.rfind(q, 0, start)
                closing = source.find(q, end)
                if closing < 0:
                    closing = len(source)
                if opening >= 0 and closing - opening - 1 > limit and _opens_value(source, opening):
                    return True
        if all(source.find(c, start, end) < 0 for c in ends):
            return True
    return False


def _opens_value(source: str | bytes, quote: int) -> bool:
    """Whether the quote at ``quote`` may open an attribute value: ``=`` comes before it,
    whitespace apart (True when that whitespace runs too far back to tell)."""
    head = source[max(0, quote - 256):quote]
    before = head.rstrip(b" \t\n\r\x0c" if isinstance(head, bytes) else " \t\n\r\x0c")
    if not before:
        return quote > 256 or not head  # (all whitespace back to the page's start: no ``=``)
    return before.endswith(b"=" if isinstance(before, bytes) else "=")


def _utf8_size(html: bytes | str, limit: int) -> int:
    """Size in bytes (of the UTF-8 form of a str), without copying a str that is
    clearly under or over ``limit`` (a character is one to four bytes)."""
    if isinstance(html, bytes) or len(html) > limit or 4 * len(html) <= limit:
        return len(html)
    return len(html.encode("utf-8", "surrogatepass"))


def _storable(text: str, encoded: bytes | None = None) -> str:
    """``text`` with only characters an lxml tree can hold, so every text node can be
    copied and set again: NUL becomes U+FFFD (as HTML parsers do), form feed a space
    (it is whitespace in HTML), other C0 controls, DEL and U+FFFE/U+FFFF go, lone
    surrogates become U+FFFD. Markup is untouched, so the tree keeps its shape."""
    if _clean(text, encoded):
        return text
    return xml_chars(text.replace("\x00", "\ufffd").replace("\x0c", " "))


#: Bytes that never encode a character lxml refuses: all but the C0 controls (tab, newline
#: and carriage return excepted) and DEL (U+FFFE/U+FFFF are looked for as UTF-8 sequences).
_BAD_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_OK_ASCII = bytes(b for b in range(256) if b not in _BAD_BYTES)
_OK_UTF8 = bytes(b for b in range(256) if b not in _BAD_BYTES and b not in (0xED, 0xEF))


def _clean(text: str, encoded: bytes | None = None) -> bool:
    """True when ``text`` holds no character ``_storable`` changes (NUL and form feed
    included). Decided on the encoded page's bytes when there are any (no copy of the text
    to make); a text with non-ASCII characters is encoded and scanned.
    ``encoded``: the UTF-8 bytes ``text`` was decoded from (bytes it could not decode became
    U+FFFD, which is harmless), so the page need not be encoded again."""
    if encoded is not None:
        return _clean_utf8(encoded)
    elif text.isascii():
        return not text.encode("ascii").translate(None, _OK_ASCII)
    elif not text.encode("utf-8", "surrogatepass").translate(None, _OK_UTF8):
        return True
    return _BAD_CHAR.search(text) is None


def _clean_utf8(encoded: bytes) -> bool:
    """``_clean`` of the text decoded from the UTF-8 bytes ``encoded`` (bad bytes replaced)."""
    # An ASCII byte, in or out of a broken sequence, is that character; U+FFFE/U+FFFF are
    # their three bytes wherever they stand (0xEF is no continuation byte); UTF-8
    # decoding never yields a surrogate. (One memchr per bad byte, in C: a few times
    # faster than a translate() over the page, which looks at every byte in turn.)
    if any(map(encoded.__contains__, _BAD_BYTES)):
        return False
    if 0xEF not in encoded:
        return True
    # (most pages holding one hold a few, a private-use icon's or a fullwidth sign's: the two
    # bytes after each, found by memchr, are read; a search for a three-byte sequence steps
    # through the whole page, and two are needed)
    find = encoded.find
    at = find(b"\xef")
    for _ in range(_EF_LOOKS):
        if at < 0:
            return True
        if encoded[at + 1:at + 3] in _NONCHAR_TAILS:
            return False
        at = find(b"\xef", at + 1)
    return b"\xef\xbf\xbe" not in encoded and b"\xef\xbf\xbf" not in encoded


#: The bytes after 0xEF that make U+FFFE and U+FFFF.
_NONCHAR_TAILS = (b"\xbf\xbe", b"\xbf\xbf")
#: 0xEF bytes ``_clean_utf8`` reads one by one before it searches the page for the sequences
#: (a page of East Asian text holds thousands: each look is a call).
_EF_LOOKS = 64


class PageElement(lxml.html.HtmlElement):
    """An element of a page read here: an ``HtmlElement`` whose ``text_content()`` is
    libxml2's text of the node, serialised in one C call. lxml.html evaluates the XPath
    ``string()`` instead, which sets up an XPath context on every call (twice the cost on a
    link or heading, and the stages ask for tens of thousands of texts a page set); both
    are libxml2's node content, the same string."""

    def text_content(self) -> str:
        """The text of the element and its descendants (not its tail), as ``HtmlElement``'s."""
        # (an element without children, one text call in eight, is its own text: no serialiser
        # set up for it, as ``chrome_util.text_content`` reads it)
        return page_text(self) if len(self) else self.text or ""


#: Every element a ``PageElement`` (comments ``HtmlComment``...), chosen in C: lxml.html's
#: own lookup calls Python for each element proxy made (a tenth of the reading time), only
#: to give form controls classes of their own that syndicate never uses.
_LOOKUP = etree.ElementDefaultClassLookup(
    element=PageElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity,
)


def _parse(text: str | bytes, ids: bool = True) -> tuple[etree._Element | None, bool]:
    """The tree of ``text`` (or of UTF-8 bytes), and whether libxml2 hit its depth limit."""
    parser = lxml.html.HTMLParser(huge_tree=True, encoding="utf-8" if isinstance(text, bytes) else None,
                                  collect_ids=ids)
    parser.set_element_class_lookup(_LOOKUP)
    try:
        root = lxml.html.fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, False
    too_deep = any("depth" in (e.message or "") for e in parser.error_log)
    return root, too_deep


def flatten_depth(text: str, max_depth: int) -> str:
    """``text`` with the tags nested past ``max_depth`` removed (their text kept).

    Linear: one scan with a tag tokenizer whose pattern has no nested quantifiers.
    """
    out: list[str] = []
    depth = 0
    pos = 0
    for m in _TAG_TOKEN.finditer(text):
        closing, name = m.group(1), m.group(2).lower()
        if name in _VOID or m.group(3).rstrip().endswith("/"):
            continue
        if closing:
            drop = depth > max_depth
            depth = max(0, depth - 1)
        else:
            depth += 1
            drop = depth > max_depth
        if drop:
            out.append(text[pos:m.start()])
            out.append(" ")  # the dropped tag still separated words
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)
