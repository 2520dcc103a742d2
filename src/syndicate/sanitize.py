"""The one allow-list sanitizer every reader and writer uses.

Inline HTML in the model may only contain the tags of ``INLINE_TAGS``, and
links only as absolute http(s) URLs. Everything else is unwrapped (its text
kept) or, for elements whose content is code or foreign markup
(``DROP_WITH_CONTENT``), dropped whole. We walk lxml trees ourselves instead
of using a general-purpose sanitizer because the reader already holds the
parsed tree: sanitizing is one pass over it with no re-parse, and the rules
are the model's own (a dozen tags, one attribute).
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from functools import lru_cache
from urllib.parse import quote, urljoin, urlsplit

import lxml.html
from lxml import etree

from .memo import memo

#: Tags kept in the ``html`` of text blocks.
INLINE_TAGS = frozenset({"a", "em", "strong", "b", "i", "u", "s", "sub", "sup", "code", "br", "span"})
#: Elements dropped with everything inside them.
DROP_WITH_CONTENT = frozenset({
    "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object",
    "embed", "applet", "svg", "math", "canvas", "audio", "video", "select", "textarea",
    "button", "input", "form", "head", "title", "meta", "link", "base",
})
#: Inline tags nested deeper than this are unwrapped (text kept): deeper nesting has no
#: meaning, and a parser reading the output (libxml2 stops at depth 255) would lose it.
MAX_INLINE_NESTING = 32
#: URL schemes allowed for links and images.
SAFE_SCHEMES = frozenset({"http", "https"})

# Browsers ignore these characters inside URLs, so "java\tscript:" is still javascript:.
_URL_JUNK = re.compile(r"[\x00-\x20\x7f-\x9f]+")
_URL_SPACE = re.compile(r"[\s\ufeff]")
# Characters XML cannot hold (C0 controls but tab/newline/CR, DEL, U+FFFE/U+FFFF): lxml
# refuses strings containing them, so they are removed before a fragment is parsed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]+")
# Lone surrogates (from JSON "\\ud800" or surrogateescape) cannot be encoded at all.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Either of the above: one scan finds the (usual) clean text and returns it untouched.
_ANY_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def xml_chars(text: str) -> str:
    """``text`` without the characters XML (and so lxml) cannot hold; lone surrogates
    become U+FFFD."""
    # (every character removed or replaced here is non-printable: printable text, most
    # text nodes without a line break, needs no scan)
    if text.isprintable() or _ANY_BAD.search(text) is None:
        return text
    return _SURROGATE.sub("\ufffd", _NOT_XML.sub("", text))


def safe_url(url: str | None, base: str | None = None) -> str | None:
    """``url`` made absolute against ``base`` if it is (or becomes) http(s); else None.

    Rejects ``javascript:``, ``data:``, ``vbscript:`` and every other scheme,
    including ones hidden with whitespace or control characters.
    """
    if not url:
        return None
    if type(url) is str and (base is None or type(base) is str):
        return _safe_url(url, base)
    return _safe_url.__wrapped__(url, base)


# Pages repeat their links (menus, share buttons, the same base): a result is reused.
@memo(8192)
def _safe_url(url: str, base: str | None) -> str | None:
    # No entity decoding: the value is already text (lxml decoded the attribute), and
    # decoding again turns "&section=" into "§ion=".
    cleaned = url.strip()
    # (no control character, no space: what ``_URL_JUNK`` removes is not printable or a space)
    printable = cleaned.isprintable() and " " not in cleaned
    if not printable:
        cleaned = _URL_JUNK.sub("", cleaned)
        # (what is left may still be unprintable or hold a space beyond ASCII: asked once,
        # for the tests below, which a long tracking URL would otherwise cost a scan each)
        printable = cleaned.isprintable() and " " not in cleaned
    if not cleaned:
        return None
    if printable and cleaned.startswith(("https://", "http://")) and _plain_http(cleaned):
        return cleaned  # (most links: what urlsplit and the checks below would accept as is)
    if base and printable and cleaned[0] == "/" and cleaned[1:2] != "/" and _plain_path(cleaned) and (
            origin := _origin(base)):
        # (a site path without dot segments, parameters or an empty query or fragment: what
        # urljoin and the checks below make of it, without their three splits of the URL)
        return origin + cleaned
    try:
        parts = urlsplit(cleaned)
        scheme = parts.scheme.lower()
        if not scheme:
            if not base:
                return None
            cleaned = urljoin(base, cleaned)
            parts = urlsplit(cleaned)
            scheme = parts.scheme.lower()
        if scheme not in SAFE_SCHEMES or not parts.netloc:
            return None
    except ValueError:  # e.g. invalid IPv6 literal
        return None
    # Other (Unicode) whitespace cannot stand in a URL: percent-encoded, as browsers do.
    if cleaned.isprintable() and " " not in cleaned:
        return cleaned  # (every character ``_URL_SPACE`` finds is a space or not printable)
    return _URL_SPACE.sub(lambda m: quote(m.group()), cleaned)


def _plain_path(path: str) -> bool:
    """A site path (``/…``, printable and without a space) that ``urljoin`` keeps as written
    after the base's scheme and host: no ``.``/``..`` segment (nor anything starting ``/.``),
    no ``;`` parameters, no empty query or fragment (``urlunsplit`` drops their ``?``/``#``)."""
    return "/." not in path and ";" not in path and "?#" not in path and not path.endswith(("?", "#"))


@lru_cache(maxsize=64)
def _origin(base: str) -> str | None:
    """``scheme://host`` of an http(s) ``base`` as ``urljoin`` writes it before a site path
    (the scheme lower case, the host as written), or None when ``_safe_url`` would refuse the
    join or change it (no host, another scheme, a host that is not printable or holds a space)."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return None
    netloc = parts.netloc
    if parts.scheme not in SAFE_SCHEMES or not netloc or not netloc.isprintable() or " " in netloc:
        return None
    return f"{parts.scheme}://{netloc}"


#: The authority part of a URL: everything up to the first ``/``, ``?`` or ``#``.
_NETLOC = re.compile(r"[^/?#]*").match


def netloc_end(url: str, start: int) -> int:
    """Where the authority part of ``url`` that begins at ``start`` ends: at the first
    ``/``, ``?`` or ``#`` after it, else at the end (as ``urlsplit`` cuts the netloc)."""
    # (one match in C: three ``find`` calls each parse a tuple of arguments and most scan
    # the whole URL, which holds no ``?`` or ``#``; ``*`` always matches)
    return _NETLOC(url, start).end()  # type: ignore[union-attr]


def _plain_http(url: str) -> bool:
    """An ``http://``/``https://`` URL (printable and without spaces) with an ASCII host
    part and no brackets (so urlsplit cannot refuse it, and the scheme and host are there):
    it is kept exactly as written."""
    start = 8 if url[4] == "s" else 7
    host = url[start:netloc_end(url, start)]
    return bool(host) and host.isascii() and "[" not in host and "]" not in host


# An ad slot's configuration attribute: a plain name (no event handler, no style), and a
# value that is no script or data URL, even split by characters browsers ignore.
_ATTR_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.:-]{0,100}")
_ATTR_NAMES_REFUSED = frozenset({"style", "srcdoc", "formaction", "action"})
_SCRIPT_VALUE = re.compile(r"(?:java|vb|live)script:|^data:", re.IGNORECASE)


def safe_attribute(name: object, value: object) -> tuple[str, str] | None:
    """(name, value) of an ad slot attribute as a writer may copy it, or None: the name
    plain and no event handler (``on*``) or ``style``, the value a string with no
    ``javascript:``/``data:`` URL in it (kept as is otherwise)."""
    if not isinstance(name, str) or not isinstance(value, str):
        return None
    if not _ATTR_NAME.fullmatch(name):
        return None
    lowered = name.lower()
    if lowered.startswith("on") or lowered in _ATTR_NAMES_REFUSED:
        return None
    if _SCRIPT_VALUE.search(_URL_JUNK.sub("", value)):
        return None
    return name, value


# The part before the first colon of a value that goes on after it ("javascript:x"),
# and what that part must be, once junk is removed, to be a scheme.
_SCHEME_PART = re.compile(r"([^:]*):(?=\S)")
_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*")


def looks_like_url(value: str) -> bool:
    """Whether a free-text field (a quote's cite) holds a URL rather than attribution text:
    it starts with a scheme, even one split by characters browsers ignore ("java\tscript:").
    "Source: AP" and "Photo:" are text."""
    m = _SCHEME_PART.match(value)
    return bool(m and _SCHEME.fullmatch(_URL_JUNK.sub("", m.group(1))))


#: Local lower-case name of each tag string met (a page has few): no string work per element.
_TAG_NAMES: dict[str, str] = {}


def _tag(el: etree._Element) -> str | None:
    tag = el.tag
    if not isinstance(tag, str):  # comment, processing instruction, entity
        return None
    name = _TAG_NAMES.get(tag)
    if name is None:
        name = tag.rsplit("}", 1)[-1].lower()
        if len(_TAG_NAMES) < 4096:  # (bounded: a hostile page may invent any number of tags)
            _TAG_NAMES[tag] = name
    return name


def _esc(text: str | None) -> str:
    if not text:
        return ""
    # (most text holds nothing to escape: three substring tests cost less than escape())
    return html_lib.escape(text, quote=False) if "&" in text or "<" in text or ">" in text else text


def _walk(el: etree._Element, base: str | None, out: list[str], text: list[str],
          depth: int = 0) -> None:
    # (_tag, inlined: this runs on every inline element of the body)
    tag = el.tag
    if not isinstance(tag, str):  # comment, processing instruction, entity
        return
    tag = _TAG_NAMES.get(tag) or _tag(el)
    if tag in DROP_WITH_CONTENT:
        return
    keep = tag in INLINE_TAGS and depth < MAX_INLINE_NESTING
    if tag == "br":
        out.append("<br>")
        text.append("\n")
        return
    href = safe_url(el.get(b"href"), base) if tag == "a" else None
    if tag == "a" and href is None:
        keep = False  # a link we cannot keep: its text stays, unlinked
    if keep:
        out.append(f'<a href="{html_lib.escape(href, quote=True)}">' if tag == "a" else f"<{tag}>")
    # (lxml builds a new string at each read of .text/.tail: each is read once)
    t = el.text
    if t:
        out.append(_esc(t))
        text.append(t)
    for child in el:
        _walk(child, base, out, text, depth + keep)
        t = child.tail
        if t:
            out.append(_esc(t))
            text.append(t)
    if keep:
        out.append(f"</{tag}>")


_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_NEWLINES = re.compile(r"\s*\n\s*")


def _normalise_text(raw: str) -> str:
    return _NEWLINES.sub("\n", _SPACE.sub(" ", raw.replace("\n", " ").replace("\x00", ""))).strip()


def inline_content(el: etree._Element, base: str | None = None) -> tuple[str, str]:
    """(plain text, sanitized inline HTML) of the *content* of ``el`` (not its own tag)."""
    t = el.text
    if not len(el) and (not t or (t.isprintable() and "&" not in t and "<" not in t and ">" not in t)):
        # A leaf whose printable text needs no escaping (most): its HTML is its text, as
        # ``collapse`` would make both
        if not t:
            return "", ""
        t = t.strip() if "  " not in t else " ".join(t.split())  # (_squash: t is printable)
        return t, t
    out: list[str] = []
    text: list[str] = []
    if t:
        out.append(_esc(t))
        text.append(t)
    for child in el:
        _walk(child, base, out, text)
        t = child.tail
        if t:
            out.append(_esc(t))
            text.append(t)
    return collapse(out, text)


def collapse(out: list[str], text: list[str], *, clean_text: bool = False) -> tuple[str, str]:
    """(plain text, inline HTML) of the pieces ``inline_content`` gathers: escaped HTML
    pieces and tags in ``out``, raw text pieces in ``text``; whitespace runs made one space.
    ``clean_text``: the text pieces hold nothing ``xml_chars`` removes (no scan for it).
    (Each text piece is in ``out`` too, escaped, but a ``br``'s "\n", which is "<br>" there.)"""
    # (printable text holds nothing ``xml_chars`` removes, and squashing keeps it printable:
    # one ``isprintable`` scan of each string decides both steps)
    raw = "".join(out)
    plain = "".join(text)
    if raw.isprintable():
        html = raw.strip() if "  " not in raw else " ".join(raw.split())
        # (so every text piece is printable: the plain text is, unless a br's "\n" is in it;
        # ``_squash`` without its scan)
        if "\n" in plain:
            return " ".join(plain.split()), html
        return (plain.strip() if "  " not in plain else " ".join(plain.split())), html
    html = " ".join(raw.split())
    if html.isprintable():
        # (the HTML held no junk but whitespace: the text pieces hold none unless it is
        # whitespace ``xml_chars`` removes, which the split took out of ``html``)
        clean_text = clean_text or not _junk_space(raw)
    else:
        html = xml_chars(html)
    return _squash(plain if clean_text else xml_chars(plain)), html


#: The characters ``xml_chars`` removes that ``str.split`` takes for whitespace.
_JUNK_SPACES = "\x0b\x0c\x1c\x1d\x1e\x1f"


def _junk_space(text: str) -> bool:
    """``text`` holds one of ``_JUNK_SPACES``. (A substring test for each, no generator: each
    is a ``memchr``-like scan in C, where a regex character class steps through the text one
    character at a time, ten times the cost over a page's paragraphs.)"""
    for junk in _JUNK_SPACES:
        if junk in text:
            return True
    return False


def _squash(text: str) -> str:
    """``" ".join(text.split())``: runs of whitespace made one space, ends stripped. In
    printable text the only whitespace is the space (every other whitespace character is a
    control or a separator, which are not printable), so without a double space only the
    ends need stripping (most inline content: no list of words is built)."""
    if text.isprintable() and "  " not in text:
        return text.strip()
    return " ".join(text.split())


def _fragment(fragment: str) -> etree._Element | None:
    """``fragment`` parsed inside a ``div``; nesting past libxml2's depth limit flattened
    (text kept) rather than lost; None when nothing is left to parse."""
    from .limits import DEFAULT_LIMITS
    from .readers.tree import flatten_depth

    fragment = xml_chars(fragment)
    for attempt in (fragment, None):
        if attempt is None:
            attempt = flatten_depth(fragment, DEFAULT_LIMITS.max_depth)
        parser = lxml.html.HTMLParser(huge_tree=True)
        try:
            wrapper = lxml.html.fragment_fromstring(attempt, create_parent="div", parser=parser)
        except (etree.ParserError, ValueError):
            return None
        if not any("depth" in (e.message or "") for e in parser.error_log):
            return wrapper
    return wrapper


def clean_inline(fragment: str, base: str | None = None) -> str:
    """Sanitize an inline HTML string (e.g. from a JSON document) to the model's allow-list."""
    if not fragment or not fragment.strip():
        return ""
    wrapper = _fragment(fragment)
    if wrapper is None:
        return _esc(" ".join(xml_chars(fragment).split()))
    return inline_content(wrapper, base)[1]


def text_of(fragment: str) -> str:
    """Plain text of an HTML fragment, whitespace collapsed."""
    if not fragment or not fragment.strip():
        return ""
    wrapper = _fragment(fragment)
    if wrapper is None:
        return " ".join(xml_chars(fragment).split())
    return inline_content(wrapper)[0]


def check_page_url(url: str | None) -> str | None:
    """The ``url=`` argument of the readers as a base URL: an absolute http(s) URL, or None.

    Anything else (a benchmark key, a relative path, ``javascript:``) cannot serve as the
    base for links and is not recorded as the document's URL: it is dropped with a logged
    warning rather than failing the parse, because callers pass whatever key they filed
    the page under (trafilatura and readability accept any string there too). A ``url``
    that is not a string at all is a programming error and raises InputError.
    """
    if url is None:
        return None
    from .errors import InputError

    if not isinstance(url, str):
        raise InputError(f"url must be a string, not {type(url).__name__}")
    url = url.strip()
    if not url or safe_url(url) != url:
        logging.getLogger("syndicate").warning(
            "url %r is not an absolute http(s) URL: links stay relative and the document gets no url",
            url[:200])
        return None
    return url
