"""JSON-LD scripts of a page read as one set of nodes, with ``@id`` references resolvable.

Real pages break JSON-LD in the usual ways (HTML comment or CDATA wrappers, several
values in one script, trailing commas, invalid escapes, control characters in
strings): :func:`loads` repairs what it can, and the few fields metadata needs are
salvaged from scripts no repair makes parseable. Work is bounded by
:data:`MAX_JSONLD_NODES`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from .rules import metadata_sources as R

#: JSON objects visited across all JSON-LD scripts of a page.
MAX_JSONLD_NODES = 5_000
#: Most names read from one author/creator value.
MAX_NAMES = 20

_COMMENTS = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|/\*\s*<!\[CDATA\[\s*\*/)|(?:-->|//\s*\]\]>|/\*\s*\]\]>\s*\*/)\s*$")
#: What a match of ``_COMMENTS`` in a stripped text starts or ends with.
_WRAPPER_STARTS = ("<!--", "//", "/*")
_WRAPPER_ENDS = ("-->", "]]>", "*/")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_BAD_ESCAPE = re.compile(r"\\(?![\"\\/bfnrtu])")


def loads(text: str) -> list[Any]:
    """The JSON values in a JSON-LD script, tolerating the usual breakage.

    Tried in turn: plain JSON (control characters in strings allowed); HTML
    comment/CDATA wrappers removed; several values one after another; trailing
    commas and invalid backslash escapes repaired. What still fails gives [].
    """
    text = text.strip()
    # (a wrapper stands at either end of the stripped text: most scripts, "{...}", are not
    # searched through; the repaired text is only made when the plain one fails)
    if text.startswith(_WRAPPER_STARTS) or text.endswith(_WRAPPER_ENDS):
        text = _COMMENTS.sub("", text)
    text = text.strip().rstrip(";")
    decoder = json.JSONDecoder(strict=False)
    for attempt in _attempts(text):
        values: list[Any] = []
        pos = 0
        try:
            while pos < len(attempt):
                while pos < len(attempt) and attempt[pos] in " \t\r\n;,":
                    pos += 1
                if pos >= len(attempt):
                    break
                value, pos = decoder.raw_decode(attempt, pos)
                values.append(value)
        except (ValueError, RecursionError):
            if values:
                return values
            continue
        return values
    return []


def _attempts(text: str) -> Iterator[str]:
    """The text as it is, then with trailing commas and invalid escapes repaired."""
    yield text
    yield _BAD_ESCAPE.sub("", _TRAILING_COMMA.sub(r"\1", text))


def _salvage(text: str) -> dict[str, str]:
    """Fields pulled out of JSON-LD no repair makes parseable (one linear regex per key)."""
    found: dict[str, str] = {}
    for key in R.JSONLD_SALVAGE:
        m = re.search(r'"' + key + r'"\s*:\s*"((?:[^"\\]|\\.){0,2000})"', text)
        if m:
            try:
                found[key] = json.loads('"' + m.group(1) + '"', strict=False)
            except ValueError:
                found[key] = m.group(1)
    return found


def types_of(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type") or node.get("type")  # "type" without the "@": a common slip
    values = raw if isinstance(raw, list) else [raw]
    return {v.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for v in values if isinstance(v, str)}


class JsonLd:
    """The JSON objects of a page's JSON-LD, with ``@id`` references resolvable."""

    def __init__(self, scripts: list[str]) -> None:
        self.nodes: list[tuple[int, dict[str, Any]]] = []  # (depth, node) in document order
        self.types: list[set[str]] = []  # each node's types (read by every search: made once)
        self.by_id: dict[str, dict[str, Any]] = {}
        budget = MAX_JSONLD_NODES
        for text in scripts:
            values = loads(text)
            if not values:
                salvaged = _salvage(text)
                if salvaged:
                    salvaged["@type"] = "Article"
                    values = [salvaged]
            budget = self._walk(values, budget)
            if budget <= 0:
                break

    def _walk(self, values: list[Any], budget: int) -> int:
        stack: list[tuple[int, Any]] = [(0, v) for v in reversed(values)]
        while stack and budget > 0:
            depth, value = stack.pop()
            if isinstance(value, list):
                stack.extend((depth, v) for v in reversed(value[:500]))
                continue
            if not isinstance(value, dict):
                continue
            budget -= 1
            self.nodes.append((depth, value))
            self.types.append(types_of(value))
            ident = value.get("@id")
            if isinstance(ident, str) and len(value) > 1 and ident not in self.by_id:
                self.by_id[ident] = value
            children = [v for k, v in value.items() if isinstance(v, (dict, list)) and k != "@context"]
            stack.extend((depth + (0 if "@graph" in value else 1), v) for v in reversed(children))
        return budget

    def resolve(self, value: Any) -> Any:
        """A ``{"@id": ...}`` reference replaced by the node it names, when the page has it."""
        if isinstance(value, dict) and len(value) <= 2 and isinstance(value.get("@id"), str):
            return self.by_id.get(value["@id"], value)
        return value

    def article(self, page_url: str | None) -> dict[str, Any] | None:
        """The node describing this page's article: of an article type, with a headline,
        about this page's URL, least nested, first."""
        best: tuple[Any, ...] | None = None
        chosen = None
        for order, ((depth, node), types) in enumerate(zip(self.nodes, self.types, strict=True)):
            primary = bool(types & R.ARTICLE_TYPES)
            if not primary and not (types & R.OTHER_WORK_TYPES):
                continue
            url = node.get("url") or self.resolve(node.get("mainEntityOfPage"))
            if isinstance(url, dict):
                url = url.get("@id") or url.get("url")
            same = bool(page_url and isinstance(url, str) and _same_url(url, page_url))
            if not primary and not same:
                continue
            key = (same, bool(node.get("headline")), -depth, bool(node.get("datePublished")), -order)
            if best is None or key > best:
                best, chosen = key, node
        return chosen

    def first(self, types: frozenset[str]) -> dict[str, Any] | None:
        """The first (least nested) node of one of ``types``."""
        found = [(depth, i, n) for i, ((depth, n), kinds) in enumerate(zip(self.nodes, self.types, strict=True))
                 if kinds & types]
        return min(found, key=lambda t: (t[0], t[1]))[2] if found else None

    def values(self, node: dict[str, Any] | None, keys: Iterable[str]) -> list[Any]:
        """The value of the first of ``keys`` the node has, as a list."""
        if node is None:
            return []
        for key in keys:
            value = node.get(key)
            if value in (None, "", [], {}):
                continue
            value = self.resolve(value)
            return value if isinstance(value, list) else [value]
        return []

    def names(self, value: Any, depth: int = 0) -> list[str]:
        """Names in a JSON-LD person/organisation value: a string, an object, a list."""
        if depth > 3:
            return []
        value = self.resolve(value)
        if isinstance(value, str):
            return [value]
        if isinstance(value, list):
            return [n for v in value[:MAX_NAMES] for n in self.names(v, depth + 1)]
        if isinstance(value, dict):
            name = value.get("name")
            if isinstance(name, (str, list, dict)):
                return self.names(name, depth + 1)
            given, family = value.get("givenName"), value.get("familyName")
            if isinstance(given, str) or isinstance(family, str):
                return [" ".join(p for p in (given, family) if isinstance(p, str))]
            if isinstance(value.get("@value"), str):
                return [value["@value"]]
        return []


def _same_url(a: str, b: str) -> bool:
    def norm(u: str) -> str:
        u = u.split("#", 1)[0].split("?", 1)[0].lower()
        u = re.sub(r"^https?://(www\.)?", "", u)
        return u.rstrip("/")
    return norm(a) == norm(b)
