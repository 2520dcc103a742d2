"""Checks that nothing executable reaches an output (shared by test_hostile and test_fuzz).

Written from the design brief, not from the writers: the JSON ``html`` of a block holds
only the model's inline tags (a, em, strong, b, i, u, s, sub, sup, code, br, span) and
``href`` only as an absolute http(s) URL; AMP and RSS pages carry no script but the AMP
runtime and JSON-LD, no event handler, no style attribute, no javascript:/data:/vbscript:
URL, no srcdoc, no CSS ``expression(``, no ``<base>``.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

#: The model's inline tags (DESIGN.md, "The model").
MODEL_INLINE = {"a", "em", "strong", "b", "i", "u", "s", "sub", "sup", "code", "br", "span"}
_SQUASH = re.compile(r"[\s\x00-\x20\x7f-\x9f]+")
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "cite",
              "data", "srcset", "longdesc", "lowsrc", "dynsrc", "manifest", "codebase"}


def _squashed(value: str) -> str:
    return _SQUASH.sub("", value).lower()


_BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:", "mocha:")


def _check_url(value: str, where: str) -> None:
    """No candidate URL in ``value`` (srcset: each one) starts with a script scheme."""
    for candidate in value.split(","):
        squashed = _squashed(candidate)
        assert not squashed.startswith(_BAD_SCHEMES), (where, value)


def check_markup_tree(root: etree._Element, where: str, *, amp: bool = False) -> None:
    """No script (but AMP runtime / JSON-LD), handler, style attribute or hostile URL."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.rsplit("}", 1)[-1].lower()
        if tag == "script":
            ok = el.get("type") == "application/ld+json" or (
                amp and el.get("src", "").startswith("https://cdn.ampproject.org/")
                and not (el.text or "").strip())
            assert ok, (where, lxml.html.tostring(el)[:300])
            if el.get("type") == "application/ld+json":
                assert "</script" not in (el.text or "").lower(), where
        assert tag not in ("iframe", "frame", "object", "embed", "applet", "svg", "math", "base",
                           "form", "input", "button", "textarea", "meta" if not amp else "-",
                           "link" if not amp else "-", "img" if amp else "-"), (where, tag)
        if tag == "style":
            css = (el.text or "").lower()
            assert "expression(" not in _squashed(css) and "javascript:" not in _squashed(css), where
            assert "@import" not in css, where
        for attr, value in el.attrib.items():
            name = attr.rsplit("}", 1)[-1].lower()
            assert not name.startswith("on"), (where, tag, attr, value)
            assert name not in ("style", "srcdoc", "formaction"), (where, tag, attr)
            if name in _URL_ATTRS:  # data-* values are inert configuration, not URLs
                _check_url(value, f"{where} <{tag} {attr}>")
            if tag == "meta" and name == "http-equiv":
                assert value.lower() != "refresh", where


def check_inline_html(fragment: str, where: str) -> None:
    """A model ``html`` value: only the inline allow-list, links absolute http(s)."""
    assert not _BAD_CHARS.search(fragment), (where, fragment[:200])
    if not fragment.strip():
        return
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for el in root.iter():
        if el is root or not isinstance(el.tag, str):
            continue
        assert el.tag in MODEL_INLINE, (where, el.tag, fragment[:200])
        allowed = {"href"} if el.tag == "a" else set()
        assert set(el.attrib) <= allowed, (where, el.tag, dict(el.attrib))
        if el.tag == "a":
            href = el.get("href", "")
            assert re.match(r"https?://[^/\s]", href, re.IGNORECASE), (where, href)
    check_markup_tree(root, where)


def inline_fields(data: Any, path: str = "$"):
    """(json path, value) of every ``html`` field in a document dict."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "html" and isinstance(value, str):
                yield f"{path}.html", value
            else:
                yield from inline_fields(value, f"{path}.{key}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from inline_fields(value, f"{path}[{i}]")


def check_document(data: dict) -> None:
    """Every inline ``html`` of a document dict is safe; URLs are http(s)."""
    for path, value in inline_fields(data):
        check_inline_html(value, path)
    _check_urls_in(data, "$")


def _check_urls_in(data: Any, path: str) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("url", "canonical_url", "src") and isinstance(value, str):
                assert re.match(r"https?://", value, re.IGNORECASE), (f"{path}.{key}", value)
            else:
                _check_urls_in(value, f"{path}.{key}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            _check_urls_in(value, f"{path}[{i}]")


def check_amp(page: str) -> None:
    """An AMP page: nothing executable, no control characters."""
    assert not _BAD_CHARS.search(page), "control character in AMP output"
    root = lxml.html.document_fromstring(page)
    check_markup_tree(root, "amp", amp=True)
    assert "<base" not in page.lower()


def check_rss(feed: str) -> etree._Element:
    """An RSS feed: well-formed XML without DOCTYPE; each item's HTML is safe."""
    assert "<!doctype" not in feed.lower() and "<!entity" not in feed.lower()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(feed.encode("utf-8"), parser)
    assert root.tag == "rss", root.tag
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = etree.QName(el).localname
        if name in ("encoded", "description") and el.text and el.text.strip():
            frag = lxml.html.fragment_fromstring(el.text, create_parent="div")
            check_markup_tree(frag, f"rss {name}")
        if name in ("link", "guid", "comments", "docs") and el.text:
            _check_url(el.text, f"rss {name}")
        for attr in ("url", "href"):
            if el.get(attr):
                _check_url(el.get(attr), f"rss {name}@{attr}")
    return root
