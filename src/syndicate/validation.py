"""Schema access and validation with JSON paths, most relevant error first.

Validation is bounded before anything recurses: :func:`structure_issues` walks the
value with an explicit stack and refuses nesting past ``MAX_DEPTH``, more than
``MAX_VALUES`` values, integers past ``MAX_INT`` (however long their digits), non-finite
numbers, non-string keys and (for JSON read with :func:`loads`) duplicate keys — each
with the JSON path where it is. Only then is the schema checked: by ``jsonschema_rs``
(compiled, fast: 100k blocks well under a second) and, for a document it finds invalid
and that is not huge, by ``jsonschema`` for its fuller messages. Messages quote at most
``QUOTE_CHARS`` characters of a value.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from .errors import SchemaIssue, ValidationError

if TYPE_CHECKING:
    # (imported on first use below: only an invalid document needs jsonschema's fuller
    # messages, and importing it costs more than parsing a page)
    import jsonschema

_SCHEMA_NAME = "document.schema.json"

#: Containers nested in one document: real documents nest under 10 deep.
MAX_DEPTH = 32
#: Values (strings, numbers, objects, arrays...) in one document.
MAX_VALUES = 5_000_000
#: Largest integer magnitude accepted anywhere (the schema's own maxima are smaller).
MAX_INT = 2**53 - 1
#: Characters of a value quoted in an error message.
QUOTE_CHARS = 200
#: Documents with more values than this that fail the schema get jsonschema_rs's messages
#: (fast) instead of jsonschema's (fuller, but seconds per 100k blocks).
DETAILED_MAX_VALUES = 50_000
#: Errors listed per document when the fast messages are used.
MAX_FAST_ERRORS = 100

#: What each pattern of the schema means, for messages people can act on (a pattern
#: not listed here gets jsonschema's own "does not match" message).
PATTERN_MEANINGS = {
    "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#][^\\s]*$": "is not an absolute http(s) URL",
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$":
        "is not an RFC 3339 date-time (e.g. 2024-05-01T09:30:00Z)",
    "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$": "is not a BCP 47 language tag (e.g. en, pt-BR)",
    "^b[0-9]+$": "is not a body block id (b1, b2, ...)",
    "^[a-z]+[0-9]+$": "is not an id of the form ad1, rel1, cta1",
}


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The document JSON Schema (2020-12) as a dict.

    Installed wheels carry it as package data; a source checkout reads
    ``schemas/document.schema.json`` at the repository root.
    """
    packaged = resources.files("syndicate").joinpath("schemas", _SCHEMA_NAME)
    if packaged.is_file():
        return json.loads(packaged.read_text(encoding="utf-8"))
    source = Path(__file__).resolve().parents[2] / "schemas" / _SCHEMA_NAME
    return json.loads(source.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


@lru_cache(maxsize=1)
def _fast_validator() -> Any:
    return jsonschema_rs.Draft202012Validator(schema())


def quote(value: Any, limit: int = QUOTE_CHARS) -> str:
    """``repr(value)``, cut to about ``limit`` characters (a 5 MB value is never echoed)."""
    if isinstance(value, str) and len(value) > limit:
        return repr(value[:limit]) + f"... ({len(value):,} characters)"
    if isinstance(value, (dict, list)) and len(value) > 20:
        kind = "object" if isinstance(value, dict) else "array"
        return f"<{kind} of {len(value):,} items>"
    try:
        text = repr(value)
    except (RecursionError, ValueError):  # ValueError: int too long to convert
        return f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[:limit] + "..."


def _short(message: str, instance: Any) -> str:
    """A schema message with the offending value quoted short."""
    if len(message) <= 2 * QUOTE_CHARS:
        return message
    try:
        full = repr(instance)
    except (RecursionError, ValueError):
        full = ""
    if full and full in message:
        message = message.replace(full, quote(instance))
    return message if len(message) <= 3 * QUOTE_CHARS else message[:3 * QUOTE_CHARS] + "..."


# --------------------------------------------------------------------------- JSON text


class BigInt:
    """A JSON integer literal too long to read as a number (read by :func:`loads`)."""

    __slots__ = ("digits",)

    def __init__(self, digits: int):
        self.digits = digits

    def __repr__(self) -> str:
        return f"<integer of {self.digits:,} digits>"


class DuplicateKeys(dict):  # type: ignore[type-arg]
    """A JSON object in which some key appears twice (read by :func:`loads`)."""

    duplicates: list[str]


class NonFinite(float):
    """NaN or Infinity in JSON text: not JSON, refused (read by :func:`loads`)."""


def _parse_int(text: str) -> int | BigInt:
    # int() of thousands of digits is slow (and refused past 4,300 digits): not parsed.
    return int(text) if len(text) <= 20 else BigInt(len(text.lstrip("-")))


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    seen: set[str] = set()
    dup = DuplicateKeys(obj)
    dup.duplicates = sorted({k for k, _ in pairs if k in seen or seen.add(k)})  # type: ignore[func-returns-value]
    return dup


def loads(text: str | bytes) -> Any:
    """JSON text -> value, for :func:`validate`: duplicate keys, integers too long to be
    numbers and NaN/Infinity are kept as markers that validation reports with their path.
    Raises ``json.JSONDecodeError`` for text that is not JSON and
    :class:`syndicate.ValidationError` for JSON nested too deep to read."""
    try:
        return json.loads(text, parse_int=_parse_int, object_pairs_hook=_pairs,
                          parse_constant=lambda name: NonFinite(name))
    except RecursionError:
        raise ValidationError([SchemaIssue("$", "nested too deeply to read")]) from None


# --------------------------------------------------------------------------- structure


def _path_of(node: tuple[Any, ...] | None) -> str:
    keys: list[Any] = []
    while node is not None:
        node, key = node[0], node[1]
        if node is not None:
            keys.append(key)
    return json_path(reversed(keys))


def structure_issues(obj: Any) -> list[SchemaIssue]:
    """Problems no schema check can be trusted with, found without recursion: nesting,
    size, huge integers, non-finite numbers, non-string and duplicate keys."""
    return _structure(obj)[0]


def _scalar_issue(value: Any) -> str | None:
    """What is wrong with a scalar (not str/bool/None, which are always fine), if anything."""
    if isinstance(value, BigInt):
        return f"integer of {value.digits:,} digits is too large"
    if isinstance(value, int) and not isinstance(value, bool) and not -MAX_INT <= value <= MAX_INT:
        return f"integer of about {int(value.bit_length() * 0.30103) + 1:,} digits is too large"
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value!r} is not a JSON number"
    return None


_CONTAINERS = (dict, list, tuple)


def _structure(obj: Any) -> tuple[list[SchemaIssue], int]:
    """(issues, number of values walked). One pass, an explicit stack, scalars checked
    in place (strings, the bulk of a document, cost one type test)."""
    root: tuple[Any, ...] = (None, "$")
    if not isinstance(obj, _CONTAINERS):
        why = _scalar_issue(obj) if obj is not None and type(obj) not in (str, bool) else None
        return ([SchemaIssue("$", why)] if why else []), 1
    issues: list[SchemaIssue] = []
    stack: list[tuple[Any, int, tuple[Any, ...]]] = [(obj, 0, root)]
    count = 1
    plain = (str, bool, type(None))
    while stack:
        value, depth, node = stack.pop()
        if depth >= MAX_DEPTH:
            return [SchemaIssue(_path_of(node), f"nested deeper than {MAX_DEPTH} levels")], count
        count += len(value)
        if count > MAX_VALUES:
            return [SchemaIssue("$", f"too large: more than {MAX_VALUES:,} values")], count
        is_dict = isinstance(value, dict)
        if is_dict:
            if isinstance(value, DuplicateKeys):
                issues.append(SchemaIssue(_path_of(node), "duplicate key(s) " + ", ".join(
                    quote(k, 60) for k in value.duplicates[:5])))
            pairs: Any = value.items()
        else:
            pairs = enumerate(value)
        for key, child in pairs:
            kind = type(child)
            if kind in plain:
                pass
            elif kind is dict or kind is list or isinstance(child, _CONTAINERS):
                stack.append((child, depth + 1, (node, key)))
            else:
                why = _scalar_issue(child)
                if why:
                    issues.append(SchemaIssue(_path_of((node, key)), why))
            if is_dict and type(key) is not str:
                issues.append(SchemaIssue(_path_of(node), f"key {quote(key, 60)} is not a string"))
        if len(issues) >= MAX_FAST_ERRORS:
            break
    return issues, count


def json_path(parts: Any) -> str:
    """``['body', 3, 'type']`` -> ``$.body[3].type``."""
    out = "$"
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            key = str(p)
            out += f".{key[:60]}..." if len(key) > 60 else f".{key}"
    return out


def _fast_issues(obj: Any) -> list[SchemaIssue]:
    out: list[SchemaIssue] = []
    for err in _fast_validator().iter_errors(obj):
        out.append(SchemaIssue(json_path(err.instance_path), _short(err.message, err.instance)))
        if len(out) >= MAX_FAST_ERRORS:
            break
    return out


def _schema_issues(obj: Any, values: int) -> list[SchemaIssue]:
    try:
        if _fast_validator().is_valid(obj):
            return []
        if values > DETAILED_MAX_VALUES:
            return _fast_issues(obj)
    except (ValueError, TypeError, OverflowError):  # a value jsonschema_rs cannot take
        pass
    from jsonschema.exceptions import relevance

    errors = list(_validator().iter_errors(obj))
    # Leaf errors of if/then/anyOf say more than their parents: flatten contexts.
    leaves = []
    for err in errors:
        if err.validator != "anyOf" or not err.context:
            leaves.append(err)
            continue
        # "X or null": that the value is not null tells nothing; the other branch does.
        said = [e for e in err.context if not (e.validator == "type" and e.validator_value == "null")]
        leaves.extend(said or err.context)
    leaves.sort(key=relevance)
    seen: set[tuple[str, str]] = set()
    out = []
    for err in leaves:
        message = _short(err.message, err.instance)
        if err.validator == "pattern" and err.validator_value in PATTERN_MEANINGS:
            message = f"{quote(err.instance)} {PATTERN_MEANINGS[err.validator_value]}"
        issue = SchemaIssue(json_path(err.absolute_path), message)
        if (issue.path, issue.message) not in seen:
            seen.add((issue.path, issue.message))
            out.append(issue)
    return out


def _list(value: Any) -> list[Any]:
    """``value`` if it is a list (the schema reports anything else), else empty."""
    return value if isinstance(value, list) else []


def _reference_issues(obj: dict[str, Any]) -> list[SchemaIssue]:
    """What the schema cannot say: unique ids, and position.after naming a body block."""
    out: list[SchemaIssue] = []
    first_seen: dict[str, str] = {}
    body_ids = set()
    for key in ("body", "ads", "related", "ctas"):
        for i, item in enumerate(_list(obj.get(key))):
            ident = item.get("id") if isinstance(item, dict) else None
            if not isinstance(ident, str):
                continue
            path = f"$.{key}[{i}].id"
            if ident in first_seen:
                out.append(SchemaIssue(path, f"duplicate id {quote(ident)} (first used at {first_seen[ident]})"))
            else:
                first_seen[ident] = path
            if key == "body":
                body_ids.add(ident)
    for key in ("ads", "related", "ctas"):
        for i, item in enumerate(_list(obj.get(key))):
            pos = item.get("position") if isinstance(item, dict) else None
            after = pos.get("after") if isinstance(pos, dict) else None
            if isinstance(after, str) and after not in body_ids:
                out.append(SchemaIssue(f"$.{key}[{i}].position.after",
                                       f"{quote(after)} is not the id of a body block"))
    return out


def errors_of(obj: Any) -> list[SchemaIssue]:
    """Every problem of ``obj`` as a document, most relevant first (empty when valid)."""
    issues, values = _structure(obj)
    if issues:  # the schema check would recurse, crash or mislead: these come first
        return issues
    issues = _schema_issues(obj, values)
    if isinstance(obj, dict):
        issues += _reference_issues(obj)
    return issues


def validate(obj: Any) -> None:
    """Check a document's JSON form (a dict, or a Document).

    Raises :class:`syndicate.ValidationError` whose ``errors`` lists each
    problem with its JSON path, most relevant first.
    """
    if hasattr(obj, "to_dict"):
        obj = obj.to_dict()
    issues = errors_of(obj)
    if issues:
        raise ValidationError(issues)
