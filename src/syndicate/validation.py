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
        leaves.extend(err.context or [err]) if err.validator == "anyOf" else leaves.append(err)
    leaves.sort(key=relevance)
    seen: set[tuple[str, str]] = set()
    out = []
    for err in leaves:
        issue = SchemaIssue(json_path(err.absolute_path), err.message)
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
