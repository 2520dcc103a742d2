"""Model <-> JSON round trip and schema validity (issue 3)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

import syndicate
from strategies import documents
from syndicate import Document, Paragraph, ValidationError
from syndicate.model import AdSlot, Position


@settings(max_examples=150, deadline=None)
@given(documents())
def test_generated_documents_round_trip_and_validate(doc: Document) -> None:
    data = doc.to_dict()
    syndicate.validate(data)
    again = Document.from_dict(json.loads(json.dumps(data)))
    assert again == doc
    assert again.to_dict() == data
    assert syndicate.to_json(again) == syndicate.to_json(doc)


@settings(max_examples=50, deadline=None)
@given(documents())
def test_text_is_body_only(doc: Document) -> None:
    text = doc.text()
    for block in doc.body:
        if block.plain_text():
            assert block.plain_text() in text
    assert text.count("\n") >= sum(1 for b in doc.body if b.plain_text()) - 1


def test_schema_is_2020_12_and_documents_every_field() -> None:
    schema = syndicate.schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    missing = []

    def walk(node, path):
        if isinstance(node, dict):
            for name, sub in (node.get("properties") or {}).items():
                if isinstance(sub, dict) and "description" not in sub and "$ref" not in sub:
                    missing.append(f"{path}.{name}")
            for key, sub in node.items():
                if key != "if":  # conditions select a block type; they are not fields
                    walk(sub, f"{path}.{key}")
        elif isinstance(node, list):
            for i, sub in enumerate(node):
                walk(sub, f"{path}[{i}]")

    walk(schema, "$")
    assert not missing, missing


def _doc() -> dict:
    body = [Paragraph(id="b1", text="One."), Paragraph(id="b2", text="Two.")]
    ad = AdSlot(id="ad1", position=Position("inline", "b1"), label="Advertisement")
    return Document(url="https://example.com/x", body=body, ads=[ad]).to_dict()


def test_validate_accepts_a_document_object_and_its_dict() -> None:
    syndicate.validate(_doc())
    syndicate.validate(Document.from_dict(_doc()))


@pytest.mark.parametrize(
    "mutate, path",
    [
        (lambda d: d["body"][1].__setitem__("type", "banner"), "$.body[1].type"),
        (lambda d: d["body"][0].pop("text"), "$.body[0]"),
        (lambda d: d.__setitem__("version", "1"), "$.version"),
        (lambda d: d["ads"][0]["position"].__setitem__("after", "b9"), "$.ads[0].position.after"),
        (lambda d: d["ads"][0].__setitem__("id", "b2"), "$.ads[0].id"),
        (lambda d: d["metadata"].__setitem__("published", "yesterday"), "$.metadata.published"),
        (lambda d: d.__setitem__("url", "/relative"), "$.url"),
        (lambda d: d.__setitem__("canonical_url", "javascript://x%0Aalert(1)"), "$.canonical_url"),
        (lambda d: d["ads"][0].__setitem__("id", "ad 1"), "$.ads[0].id"),
        (lambda d: d.__setitem__("extra", 1), "$"),
    ],
)
def test_validation_errors_carry_json_paths(mutate, path) -> None:
    data = _doc()
    mutate(data)
    with pytest.raises(ValidationError) as info:
        syndicate.validate(data)
    assert info.value.errors, "errors must be listed"
    assert info.value.errors[0].path == path
    assert info.value.errors[0].message
    with pytest.raises(ValidationError):
        Document.from_dict(data)


def test_all_errors_are_listed() -> None:
    data = _doc()
    data["body"][0]["type"] = 5
    data["ads"][0]["format"] = "huge"
    data["ctas"] = "none"
    with pytest.raises(ValidationError) as info:
        syndicate.validate(data)
    paths = {e.path for e in info.value.errors}
    assert {"$.body[0].type", "$.ads[0].format", "$.ctas"} <= paths


@pytest.mark.parametrize("junk", [None, [], "doc", 3, {"version": 1}])
def test_non_documents_raise_validation_error(junk) -> None:
    with pytest.raises(ValidationError):
        Document.from_dict(junk)


@pytest.mark.parametrize("url", ["javascript://x%0Aalert(1)", "data:text/html,x", "ftp://x.example/a",
                                 "//cdn.example/a.jpg", "/a.jpg", "http://", "https:// x.example/"])
def test_every_url_field_takes_only_absolute_http_urls(url) -> None:
    data = _doc()
    data["metadata"]["image"] = {"src": url}
    data["body"].append({"id": "b3", "type": "image", "src": url})
    data["body"].append({"id": "b4", "type": "embed", "url": url})
    data["related"] = [{"id": "rel1", "position": {"placement": "after", "after": "b2"},
                        "items": [{"title": "t", "url": url, "image": url}]}]
    data["ctas"] = [{"id": "cta1", "position": {"placement": "after", "after": "b2"},
                     "kind": "other", "url": url}]
    with pytest.raises(ValidationError) as info:
        syndicate.validate(data)
    paths = {e.path for e in info.value.errors}
    assert paths == {"$.metadata.image.src", "$.body[2].src", "$.body[3].url",
                     "$.related[0].items[0].url", "$.related[0].items[0].image", "$.ctas[0].url"}
    assert all(e.message == f"{url!r} is not an absolute http(s) URL" for e in info.value.errors)


def test_every_schema_pattern_has_a_readable_message() -> None:
    from syndicate.validation import PATTERN_MEANINGS

    patterns: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                patterns.add(node["pattern"])
            for sub in node.values():
                walk(sub)
        elif isinstance(node, list):
            for sub in node:
                walk(sub)

    walk(syndicate.schema())
    assert patterns and patterns <= set(PATTERN_MEANINGS), patterns - set(PATTERN_MEANINGS)
