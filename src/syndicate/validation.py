"""Schema access and validation with JSON paths, most relevant error first."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema.exceptions import relevance

from .errors import SchemaIssue, ValidationError

_SCHEMA_NAME = "document.schema.json"

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
    return jsonschema.Draft202012Validator(schema())


def json_path(parts: Any) -> str:
    """``['body', 3, 'type']`` -> ``$.body[3].type``."""
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def _schema_issues(obj: Any) -> list[SchemaIssue]:
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
        message = err.message
        if err.validator == "pattern" and err.validator_value in PATTERN_MEANINGS:
            message = f"{err.instance!r} {PATTERN_MEANINGS[err.validator_value]}"
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
                out.append(SchemaIssue(path, f"duplicate id {ident!r} (first used at {first_seen[ident]})"))
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
                                       f"{after!r} is not the id of a body block"))
    return out


def errors_of(obj: Any) -> list[SchemaIssue]:
    """Every problem of ``obj`` as a document, most relevant first (empty when valid)."""
    issues = _schema_issues(obj)
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
