"""Every bundled example converts to a valid document that round-trips (issue 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import syndicate
from syndicate import Document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEXTS = sorted(EXAMPLES.glob("*.txt"))
OUTPUTS = sorted((EXAMPLES / "out").glob("*.json"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_text_examples_round_trip(path: Path) -> None:
    doc = syndicate.parse_text(path.read_text(encoding="utf-8"), url="https://example.com/x")
    data = doc.to_dict()
    syndicate.validate(data)
    assert Document.from_dict(json.loads(syndicate.to_json(doc))) == doc
    assert doc.body and doc.metadata.title
    chrome = [*doc.ads, *doc.related, *doc.ctas]
    assert chrome, "the examples are written with page chrome in them"
    for item in chrome:
        assert item.locator and item.locator.startswith("line:")
    body_text = doc.text()
    for ad in doc.ads:
        assert ad.label is None or ad.label not in body_text


def test_examples_exist() -> None:
    assert len(TEXTS) >= 2
    assert list(EXAMPLES.glob("*.html"))


@pytest.mark.parametrize("path", OUTPUTS, ids=lambda p: p.name)
def test_committed_outputs_are_valid_documents(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    syndicate.validate(data)
    assert Document.from_dict(data).to_dict() == data
