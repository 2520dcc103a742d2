"""Fuzzing every public entry point: the result is schema-valid (and safe) or a SyndicateError.

Inputs: arbitrary text and bytes, generated HTML-ish markup and feeds full of hostile
pieces, corpus pages (``../shared/corpus``) mutated at random, documents from
``strategies.py`` with hostile strings, arbitrary JSON values and mutated document dicts.
Any other exception fails the test, and so does an example running past
``PER_EXAMPLE_SECONDS`` (a hang).

The CI run is short (about 35 s). The long run (10,000 examples per test, about 30 min
of CPU; ``-k`` splits it over two processes)::

    SYNDICATE_FUZZ_EXAMPLES=10000 .venv/bin/pytest -v tests/test_fuzz.py --hypothesis-show-statistics
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import syndicate
from hostile_checks import check_amp, check_document, check_rss
from pages import no_hang
from strategies import documents
from syndicate import Document, SyndicateError, ValidationError
from syndicate.readers.feed import read_feed
from syndicate.sanitize import safe_attribute

#: Examples per test: small in CI, SYNDICATE_FUZZ_EXAMPLES for the long run.
LONG = int(os.environ.get("SYNDICATE_FUZZ_EXAMPLES", "0") or 0)
#: An example taking longer than this is a hang (the hostile benchmark wants < 2 s).
PER_EXAMPLE_SECONDS = 20.0
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CHANNEL = {"title": "Fuzz", "link": "https://example.com/", "description": "fuzzed",
           "self_url": "https://example.com/feed.xml"}
T = TypeVar("T")


def fuzz(ci_examples: int) -> settings:
    """Hypothesis settings: ``ci_examples`` in CI, ``SYNDICATE_FUZZ_EXAMPLES`` when set.
    No timing deadline (the machine is shared); hangs are caught by :func:`no_hang`."""
    return settings(max_examples=LONG or ci_examples, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


def attempt(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """``fn(...)``, or None when it raised a SyndicateError with a message."""
    with no_hang(PER_EXAMPLE_SECONDS):
        try:
            return fn(*args, **kwargs)
        except SyndicateError as exc:
            assert str(exc).strip(), f"{type(exc).__name__} without a message"
            return None


def check_outputs(doc: Document, *, from_reader: bool) -> None:
    """The document and all three writers' outputs are valid and carry nothing executable."""
    data = doc.to_dict()
    syndicate.validate(data)
    if from_reader:  # reader output is sanitized; hand-made documents are written as they are
        check_document(data)
    with no_hang(PER_EXAMPLE_SECONDS):
        as_json = syndicate.to_json(doc)
        as_json.encode("utf-8")  # writable: no lone surrogates
        assert Document.from_dict(json.loads(as_json)).to_dict() == data
        check_amp(syndicate.to_amp(doc, ads="keep"))
        check_rss(syndicate.to_rss([doc], channel=CHANNEL))


# --------------------------------------------------------------------------- hostile pieces

HOSTILE = [
    "<script>alert(1)</script>", "</script><script>alert(1)</script>", "javascript:alert(1)",
    "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "&#106;avascript:alert(1)",
    "&#x6A;avascript&colon;alert(1)", " \x01javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)", "javascript://%0aalert(1)", "<img src=x onerror=alert(1)>",
    "<a href='javascript:alert(1)' onmouseover=alert(2)>x</a>", "<svg onload=alert(1)><script>alert(2)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<svg><a xlink:href='javascript:alert(1)'>x</a></svg>",
    "<p style='width:expression(alert(1))'>x</p>", "<div style=\"background:url(javascript:alert(1))\">",
    "<iframe srcdoc='<script>alert(1)</script>'></iframe>", "<base href='javascript:alert(1)//'>",
    "<base href='https://evil.example/'>", "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<object data='javascript:alert(1)'></object>", "<embed src='data:text/html,x'>",
    "<form action='javascript:alert(1)'><button formaction='javascript:alert(2)'>b</button></form>",
    "<noscript><p title='</noscript><img src=x onerror=alert(1)>'></noscript>",
    "<template><script>alert(1)</script></template>", "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>", "]]>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;", "&lol9;",
    "\x00", "\x07", "\x0b", "\x1b[31m", "\x7f", "\x85", "\ud800", "\udfff", "\ufffe", "\uffff", "\u202e",
    "\u2028", "\u200b", "\ufeff", "\U0001d518", "\r\n", "&#0;", "&#xD800;", "&#1114112;",
    " " * 3000, "\t\n" * 1000, "a" * 5000, "<div class='" + " ad" * 2000 + "'>", "<" * 500, "&" * 500,
    "<p" * 200, "<font>" * 300, "<div>" * 300, "</div>" * 50, "<a href='//evil.example/x'>x</a>",
    "<a href='https://example.com/ok'>ok</a>", "<", ">", "\"", "'", "<!--", "-->", "<?xml version='1.0'?>",
]
hostile_text = st.one_of(
    st.text(max_size=60),
    st.text(st.characters(exclude_categories=()), max_size=30),  # lone surrogates included
    st.sampled_from(HOSTILE),
    st.lists(st.one_of(st.text(max_size=8), st.sampled_from(HOSTILE)), max_size=6).map("".join),
)

TAGS = ["div", "p", "span", "a", "b", "i", "em", "font", "table", "tr", "td", "th", "ul", "ol", "li",
        "h1", "h2", "h3", "article", "section", "main", "script", "style", "svg", "math", "iframe",
        "img", "figure", "figcaption", "blockquote", "pre", "code", "br", "hr", "form", "input",
        "base", "meta", "link", "noscript", "template", "aside", "nav", "header", "footer", "ins",
        "object", "embed", "video", "source", "picture", "time", "title", "body", "html", "head",
        "amp-ad", "select", "textarea", "button", "label", "sup", "sub", "q", "dl", "dt", "dd"]
ATTRS = ["class", "id", "href", "src", "style", "onclick", "onerror", "onload", "srcdoc", "srcset",
         "data-ad-client", "data-ad-slot", "data-src", "width", "height", "lang", "property",
         "content", "name", "itemprop", "rel", "type", "charset", "http-equiv", "hidden",
         "aria-hidden", "datetime", "xlink:href", "formaction", "action", "poster", "alt"]
ATTR_VALUES = st.one_of(
    hostile_text,
    st.sampled_from(["https://example.com/a.jpg", "/rel/path", "ad-slot", "post-content",
                     "related-posts", "adsbygoogle", "ca-pub-123", "300x250", "og:title",
                     "application/ld+json", "article:published_time", "2024-01-02T03:04:05Z",
                     "display:none", "newsletter", "share", "entry-content"]),
)


def _element(tag: str, attrs: list[tuple[str, str]], children: list[str], closed: bool) -> str:
    attr_text = "".join(f" {k}=\"{v.replace(chr(34), '&quot;')}\"" for k, v in attrs)
    return f"<{tag}{attr_text}>" + "".join(children) + (f"</{tag}>" if closed else "")


text_node = st.one_of(st.text(max_size=80), st.sampled_from(HOSTILE),
                      st.just("The council voted on Tuesday to rebuild the old harbour wall, a "
                              "project debated for more than a decade."))
markup = st.recursive(
    text_node,
    lambda children: st.builds(
        _element, st.sampled_from(TAGS), st.lists(st.tuples(st.sampled_from(ATTRS), ATTR_VALUES),
                                                  max_size=3),
        st.lists(children, max_size=5), st.booleans()),
    max_leaves=40,
)


@st.composite
def html_pages(draw: st.DrawFn) -> str | bytes:
    head = draw(st.lists(markup, max_size=3))
    body = draw(st.lists(markup, max_size=8))
    page = "<!DOCTYPE html><html><head>" + "".join(head) + "</head><body>" + "".join(body)
    if draw(st.booleans()):
        page += "</body></html>"
    encoding = draw(st.sampled_from([None, "utf-8", "cp1252", "shift_jis", "utf-16", "latin-1"]))
    if encoding is None:
        return page
    return page.encode(encoding, errors="replace")


# --------------------------------------------------------------------------- corpus mutation


@lru_cache(maxsize=1)
def corpus_files() -> tuple[Path, ...]:
    if not CORPUS.is_dir():
        return ()
    return tuple(sorted(p for p in CORPUS.glob("*/html/*") if p.is_file()))


@lru_cache(maxsize=48)
def corpus_page(path: Path) -> bytes:
    raw = path.read_bytes()
    return gzip.decompress(raw) if path.suffix == ".gz" else raw


@st.composite
def mutated(draw: st.DrawFn, source: bytes) -> bytes:
    """``source`` with a few random edits: cuts, duplications, insertions, byte flips."""
    data = bytearray(source)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["truncate", "delete", "duplicate", "insert", "flip", "swap"]))
        n = len(data)
        i = draw(st.integers(0, max(0, n - 1)))
        j = min(n, i + draw(st.integers(0, 4096)))
        if op == "truncate":
            del data[i:]
        elif op == "delete":
            del data[i:j]
        elif op == "duplicate":
            data[j:j] = data[i:j] * draw(st.integers(1, 20))
        elif op == "insert":
            piece = draw(st.sampled_from(HOSTILE) | st.text(max_size=20))
            data[i:i] = piece.encode("utf-8", "surrogatepass")
        elif op == "flip" and n:
            data[i] = draw(st.integers(0, 255))
        elif op == "swap":
            data = data[i:] + data[:i]
    return bytes(data)


@st.composite
def mutated_corpus_pages(draw: st.DrawFn) -> bytes:
    files = corpus_files()
    return draw(mutated(corpus_page(draw(st.sampled_from(files)))))


# --------------------------------------------------------------------------- parse


@fuzz(200)
@given(st.binary(max_size=3000) | st.text(max_size=3000) | st.text(max_size=3000).map(str.encode))
def test_parse_arbitrary_input(raw: bytes | str) -> None:
    doc = attempt(syndicate.parse, raw, url="https://example.com/story")
    if doc is not None:
        check_outputs(doc, from_reader=True)


@fuzz(150)
@given(html_pages(), st.sampled_from([None, "https://example.com/news/story.html"]))
def test_parse_generated_markup(page: str | bytes, url: str | None) -> None:
    doc = attempt(syndicate.parse, page, url=url)
    if doc is not None:
        check_outputs(doc, from_reader=True)
        assert all(b.locator and b.locator.startswith("/html") for b in doc.body)


@pytest.mark.skipif(not corpus_files(), reason=f"corpus not found at {CORPUS} (needs ../shared)")
@fuzz(25)
@given(mutated_corpus_pages())
def test_parse_mutated_corpus_pages(page: bytes) -> None:
    doc = attempt(syndicate.parse, page, url="https://example.com/story")
    if doc is not None:
        check_outputs(doc, from_reader=True)


# --------------------------------------------------------------------------- parse_text


@fuzz(200)
@given(st.lists(hostile_text | st.sampled_from(["- Advertisement -", "Must Read", "spot_img",
                                                 "Read more", "Tell us your opinion in the comments.",
                                                 ""]), max_size=20).map("\n".join))
def test_parse_text_arbitrary_text(text: str) -> None:
    doc = attempt(syndicate.parse_text, text, url="https://example.com/story")
    if doc is not None:
        check_outputs(doc, from_reader=True)
        assert all(re.fullmatch(r"line:[1-9][0-9]*", b.locator or "") for b in doc.body)


@fuzz(50)
@given(st.one_of(st.binary(max_size=50), st.integers(), st.none(), st.lists(st.text(max_size=5))))
def test_parse_text_wrong_types(value: object) -> None:
    doc = attempt(syndicate.parse_text, value)  # type: ignore[arg-type]
    assert doc is None, "parse_text accepted a non-str"


# --------------------------------------------------------------------------- validate, from_dict

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | hostile_text
SCHEMA_KEYS = ["version", "url", "canonical_url", "metadata", "body", "ads", "related", "ctas",
               "id", "type", "text", "html", "level", "items", "position", "placement", "after",
               "locator", "src", "sizes", "title", "authors", "rows", "network", "format"]
json_values = st.recursive(
    json_scalars,
    lambda kids: st.lists(kids, max_size=4)
    | st.dictionaries(st.sampled_from(SCHEMA_KEYS) | st.text(max_size=8), kids, max_size=5),
    max_leaves=30,
)


def _paths(data: Any, path: tuple = ()) -> Iterator[tuple]:
    yield path
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _paths(v, (*path, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _paths(v, (*path, i))


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    """A valid document dict with a few values replaced, removed or added."""
    data = draw(documents()).to_dict()
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        op = draw(st.sampled_from(["replace", "delete", "add"]))
        if op == "replace":
            parent[path[-1]] = draw(json_values)
        elif op == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.sampled_from(SCHEMA_KEYS))] = draw(json_values)
        else:
            parent.append(draw(json_values))
    return data


def _validate_or_errors(obj: Any) -> bool:
    """True if valid; on ValidationError its issues are non-empty and carry JSON paths."""
    with no_hang(PER_EXAMPLE_SECONDS):
        try:
            syndicate.validate(obj)
            return True
        except ValidationError as exc:
            assert exc.errors and all(e.path.startswith("$") and e.message for e in exc.errors)
            assert str(exc).strip()
            return False


@fuzz(200)
@given(json_values | mutated_documents())
def test_validate_and_from_dict(obj: Any) -> None:
    valid = _validate_or_errors(obj)
    doc = attempt(Document.from_dict, obj)
    assert (doc is not None) == valid, "from_dict and validate disagree"
    if doc is not None:
        syndicate.validate(doc.to_dict())


@fuzz(50)
@given(st.one_of(st.binary(max_size=20), st.sets(st.integers(), max_size=3),
                 st.floats(allow_nan=True, allow_infinity=True), st.complex_numbers(),
                 st.dictionaries(st.integers(), st.integers(), max_size=2)))
def test_validate_non_json_python_values(obj: Any) -> None:
    valid = _validate_or_errors(obj)
    assert not valid
    assert attempt(Document.from_dict, obj) is None


# --------------------------------------------------------------------------- writers

URL_TRICKS = ["javascript://%0aalert(1)", "JaVaScRiPt://x/%0aalert(1)", "data://text/html,x",
              "vbscript://x", "https://example.com/\"><script>alert(1)</script>",
              "https://example.com/a?b=<c>&d='e'", "http://[::1]/", "https://ü.example/é"]


#: Document fields whose strings the schema leaves free (ids, types, dates, languages,
#: enums and locators are constrained, and stay as generated).
FREE_TEXT = {"text", "html", "title", "subtitle", "alt", "caption", "label", "unit", "client",
             "description", "site_name", "section", "cite", "authors", "tags", "attributes",
             "provider", "network"}
URL_KEYS = {"url", "src", "canonical_url"}


@st.composite
def hostile_documents(draw: st.DrawFn) -> Document:
    """A valid document whose free strings and URLs are replaced by hostile ones."""
    data = draw(documents()).to_dict()
    original = json.loads(json.dumps(data))
    strings = [p for p in _paths(data) if p and isinstance(_get(data, p), str)
               and ({p[-1], p[-2] if len(p) > 1 else None} & (FREE_TEXT | URL_KEYS))]
    for path in draw(st.lists(st.sampled_from(strings), max_size=12, unique=True)) if strings else []:
        new = draw(st.sampled_from(URL_TRICKS)) if path[-1] in URL_KEYS else draw(hostile_text)
        _set(data, path, new)
    try:
        return Document.from_dict(data)
    except ValidationError:  # a constraint we did not know of: the unmodified document
        return Document.from_dict(original)


def _without_html(data: Any) -> Any:
    if isinstance(data, dict):
        if isinstance(data.get("attributes"), dict):  # an ad: only safe attributes are written
            data = {**data, "attributes": {k: v for k, v in data["attributes"].items()
                                           if safe_attribute(k, v)}}
        return {k: _without_html(v) for k, v in data.items() if k not in ("html", "cite")}
    if isinstance(data, list):
        return [_without_html(v) for v in data]
    return data


def _get(data: Any, path: tuple) -> Any:
    for key in path:
        data = data[key]
    return data


def _set(data: Any, path: tuple, value: Any) -> None:
    _get(data, path[:-1])[path[-1]] = value


@fuzz(100)
@given(hostile_documents(), st.sampled_from(["keep", "placeholder", "drop"]))
def test_writers_on_hostile_documents(doc: Document, ads: str) -> None:
    data = doc.to_dict()
    with no_hang(PER_EXAMPLE_SECONDS):
        as_json = attempt(syndicate.to_json, doc)
        if as_json is not None:
            as_json.encode("utf-8")
            back = json.loads(as_json)
            check_document(back)  # html re-sanitized, no unsafe URL
            # Only html and a quote's cite that is an unsafe URL are rewritten (everything
            # else is schema-checked already), and writing what was written changes nothing.
            assert _without_html(back) == _without_html(data)
            for block, original in zip(back["body"], data["body"], strict=True):
                if block.get("cite") != original.get("cite"):
                    assert block["cite"] is None and original["cite"].count(":"), original
            assert syndicate.to_json(Document.from_dict(back)) == as_json
        page = attempt(syndicate.to_amp, doc, ads=ads)
        if page is not None:
            check_amp(page)
        feed = attempt(syndicate.to_rss, [doc, doc], channel=CHANNEL, ads="markers")
        if feed is not None:
            check_rss(feed)
    assert as_json is not None and page is not None and feed is not None, \
        "a writer refused a schema-valid document"


@fuzz(100)
@given(st.fixed_dictionaries({k: hostile_text for k in CHANNEL}))
def test_rss_channel_hostile(channel: dict) -> None:
    doc = syndicate.parse_text("A title line\n\nA body paragraph long enough to be kept as such.")
    feed = attempt(syndicate.to_rss, [doc], channel=channel)
    if feed is not None:
        check_rss(feed)


# --------------------------------------------------------------------------- feeds

FEED_PIECES = ["<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<link>",
               "</link>", "https://example.com/a", "javascript:alert(1)", "<description>",
               "</description>", "<![CDATA[", "]]>", "<guid isPermaLink='true'>", "</guid>",
               "<pubDate>Mon, 02 Jan 2024 03:04:05 GMT</pubDate>", "<pubDate>Mon, 99 Foo</pubDate>",
               "<link href='https://example.com/b' rel='alternate'/>", "&amp;", "&lol;", "&#0;",
               "<!DOCTYPE r [<!ENTITY lol \"lol\"><!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
               "<!ENTITY a SYSTEM 'http://127.0.0.1:9/x'>", "&x;", "<author>", "</author>",
               "<category>", "</category>", "<dc:creator>", "</dc:creator>", "<content:encoded>",
               "</content:encoded>"]


@st.composite
def feeds(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["rss", "atom", "rdf"]))
    head = {"rss": "<rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/' "
                   "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>",
            "atom": "<feed xmlns='http://www.w3.org/2005/Atom'>",
            "rdf": "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' "
                   "xmlns='http://purl.org/rss/1.0/'><channel>"}[kind]
    parts = draw(st.lists(st.sampled_from(FEED_PIECES) | hostile_text, max_size=40))
    text = draw(st.sampled_from(["", "<?xml version='1.0' encoding='utf-8'?>"])) + head + "".join(parts)
    return text.encode(draw(st.sampled_from(["utf-8", "utf-16"])), "surrogatepass")


def _check_feed(feed: Any) -> None:
    for item in feed.items:
        assert item.link is None or re.match(r"https?://", item.link), item.link
        for value in (item.title, item.summary, *item.authors, *item.tags):
            assert value is None or isinstance(value, str)
        assert "root:" not in (item.title or "") + (item.summary or "")  # no /etc/passwd


@fuzz(300)
@given(st.binary(max_size=2000) | feeds() | feeds().flatmap(mutated))
def test_read_feed(raw: bytes) -> None:
    feed = attempt(read_feed, raw, url="https://example.com/feed.xml")
    if feed is not None:
        _check_feed(feed)


@fuzz(50)
@given(st.text(max_size=500) | st.builds(lambda *a: "".join(a), st.sampled_from(FEED_PIECES),
                                         st.text(max_size=50)))
def test_read_feed_text(text: str) -> None:
    feed = attempt(read_feed, text)
    if feed is not None:
        _check_feed(feed)
