"""Every bundled example converts to a valid document that round-trips (issue 3), and
``examples/regenerate.py`` still writes exactly the committed ``examples/out/``."""

from __future__ import annotations

import importlib.util
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


#: What each bundled HTML example was written to contain: article text that must be in the
#: body, chrome text that must not, and the chrome the reader must find.
HTML_EXPECTATIONS = {
    "bridge-reopens.html": {
        "body": ["Victorian swing bridge", "A slow, careful restoration", "4,200 rivets",
                 "Cycling allowed, at walking pace", "old toll house"],
        "not_body": ["Advertisement", "Must Read", "Quay market returns", "Sign up for our newsletter",
                     "Tell us your opinion", "Most Popular", "cookies", "Share this", "All rights reserved"],
        "networks": {"adsense", "gpt"},
        "related": ["Must Read"],
        "cta_kinds": {"newsletter", "comments"},
        "title": "Old Swing Bridge Reopens After Two-Year Restoration",
    },
    "rathaus-sanierung.html": {
        "body": ["Die Sanierung des historischen Rathauses", "Opposition fordert Prüfung",
                 "Ende 2028 geplant"],
        "not_body": ["Anzeige", "spot_img", "Das könnte Sie auch interessieren", "Haushalt 2027",
                     "Newsletter abonnieren", "Meistgelesen", "Cookies", "Impressum"],
        "networks": set(),
        "related": ["Das könnte Sie auch interessieren"],
        "cta_kinds": {"newsletter"},
        "title": "Rathaus-Sanierung kostet doppelt so viel wie geplant",
    },
}


@pytest.mark.parametrize("name", sorted(HTML_EXPECTATIONS))
def test_html_examples_separate_body_and_chrome(name: str) -> None:
    want = HTML_EXPECTATIONS[name]
    doc = syndicate.parse((EXAMPLES / name).read_bytes(), url="https://courier.example.com/examples/" + name)
    syndicate.validate(doc.to_dict())
    body = doc.text()
    for snippet in want["body"]:
        assert snippet in body, snippet
    for snippet in want["not_body"]:
        assert snippet not in body, snippet
    assert doc.metadata.title == want["title"]
    assert want["networks"] <= {ad.network for ad in doc.ads}
    inline = [ad for ad in doc.ads if ad.position.placement == "inline"]
    assert inline, "each example has an ad slot between two body paragraphs"
    assert all(ad.position.after in {b.id for b in doc.body} for ad in inline)
    titles = [r.title for r in doc.related]
    for title in want["related"]:
        assert title in titles
    assert all(item.url.startswith("https://") for r in doc.related for item in r.items)
    assert want["cta_kinds"] <= {c.kind for c in doc.ctas}


def test_example_feed_lists_the_html_examples() -> None:
    feed = syndicate.read_feed((EXAMPLES / "courier-feed.xml").read_bytes())
    names = {Path(item.link).name for item in feed.items}
    assert names and names <= {p.name for p in EXAMPLES.glob("*.html")}


def test_regenerated_outputs_match_the_committed_ones(tmp_path: Path, capsys) -> None:
    """A change of the library's output shows here first: the examples are regenerated into
    a temporary folder and must be the committed ``examples/out/``, file for file, byte for byte."""
    spec = importlib.util.spec_from_file_location("regenerate", EXAMPLES / "regenerate.py")
    assert spec and spec.loader
    regenerate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(regenerate)
    assert regenerate.main(["--out", str(tmp_path)]) == 0, capsys.readouterr().err
    committed = {p.name: p.read_bytes() for p in (EXAMPLES / "out").iterdir() if p.is_file()}
    fresh = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    problems = [f"{name}: differs" for name in sorted(committed.keys() & fresh.keys())
                if committed[name] != fresh[name]]
    problems += [f"{name}: in examples/out/ but no longer written" for name in sorted(committed.keys() - fresh.keys())]
    problems += [f"{name}: written but not in examples/out/" for name in sorted(fresh.keys() - committed.keys())]
    assert not problems, (
        "examples/out/ is not what examples/regenerate.py writes now:\n  " + "\n  ".join(problems)
        + "\nIf the change is intended, run `python examples/regenerate.py`, review"
        " `git diff examples/out/` and commit it; if not, the library's output changed.")
