"""Validation is bounded (issue 12, findings 6-9): nesting, huge integers, duplicate keys
and huge values give ValidationError with a JSON path, never RecursionError/ValueError;
``syndicate validate`` reads JSONL a line at a time and checks every line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import syndicate
from syndicate import Document, Paragraph
from syndicate.model import AdSlot, ImageBlock, Position


def loads(text: str):
    from syndicate.validation import loads as read  # imported here: main had none

    return read(text)


def good() -> dict:
    return Document(url="https://example.com/x",
                    body=[Paragraph(id="b1", text="One."), Paragraph(id="b2", text="Two.")]).to_dict()


def issues_of(value) -> list:
    with pytest.raises(syndicate.ValidationError) as info:
        syndicate.validate(value)
    assert info.value.errors
    return info.value.errors


def nested(depth: int) -> list:
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("where", ["body", "metadata.title", "items"])
def test_json_nested_as_deep_as_json_loads_reads(where: str) -> None:
    """990 deep: what json.loads reads at the default recursion limit (built directly
    here, as the test runner's own stack is deeper)."""
    doc = good()
    if where == "body":
        doc["body"] = nested(990)
    elif where == "metadata.title":
        doc["metadata"]["title"] = nested(990)
    else:
        doc["body"][0] = {"id": "b1", "type": "list", "items": nested(990)}
    issues = issues_of(doc)
    assert "nested deeper" in issues[0].message and issues[0].path.startswith("$.")
    with pytest.raises(syndicate.ValidationError):
        Document.from_dict(doc)
    text = '{"version": 1, "body": ' + "[" * 800 + "]" * 800 + "}"
    with pytest.raises(syndicate.ValidationError):
        Document.from_dict(loads(text))


def test_python_objects_5000_deep_and_cyclic() -> None:
    deep = good()
    node = deep["metadata"]
    for _ in range(5000):
        node["x"] = {}
        node = node["x"]
    assert issues_of(deep)[0].path.startswith("$.metadata.x.x")
    with pytest.raises(syndicate.ValidationError):
        Document.from_dict(deep)
    cyclic = good()
    cyclic["body"].append(cyclic["body"])
    assert "nested deeper" in issues_of(cyclic)[0].message


def test_5000_digit_integers() -> None:
    doc = Document(url="https://example.com/x", body=[
        Paragraph(id="b1", text="One."), Paragraph(id="b2", text="Two."),
        ImageBlock(id="b3", src="https://example.com/i.png")]).to_dict()
    doc["body"][2]["width"] = 10 ** 5000
    issues = issues_of(doc)
    assert issues[0].path == "$.body[2].width" and "too large" in issues[0].message
    text = json.dumps(good()).replace('"version": 1', '"version": ' + "9" * 5000)
    issues = issues_of(loads(text))
    assert issues[0].path == "$.version" and "5,000 digits" in issues[0].message
    # A schema maximum refuses what the structure check lets through.
    doc["body"][2]["width"] = 10 ** 12
    assert issues_of(doc)[0].path == "$.body[2].width"


def test_writers_never_print_a_huge_int() -> None:
    doc = Document(url="https://example.com/x", body=[
        Paragraph(id="b1", text="One."),
        ImageBlock(id="b2", src="https://example.com/i.png", width=10 ** 5000, height=10 ** 5000)])
    data = json.loads(syndicate.to_json(doc))
    assert data["body"][1]["width"] is None
    rss = syndicate.to_rss([doc], channel={"title": "T", "link": "https://example.com/",
                                           "description": "D", "self_url": "https://example.com/f"})
    assert "width=" not in rss


def test_duplicate_keys_refused_with_their_path() -> None:
    text = json.dumps(good())
    text = text.replace('"url": "https://example.com/x"',
                        '"url": "javascript:alert(1)", "url": "https://example.com/x"')
    assert json.loads(text)["url"] == "https://example.com/x"  # json.loads keeps the last
    issues = issues_of(loads(text))
    assert issues[0].path == "$" and "duplicate key" in issues[0].message and "'url'" in issues[0].message
    inner = json.dumps(good()).replace('"text": "One."', '"text": "One.", "text": "Two."')
    assert issues_of(loads(inner))[0].path == "$.body[0]"


def test_messages_quote_a_value_short() -> None:
    doc = good()
    doc["body"][0]["text"] = 12345
    doc["url"] = "x" * 5_000_000
    for issue in issues_of(doc):
        assert len(issue.message) < 500 and len(issue.path) < 200, issue


def test_from_dict_of_a_document() -> None:
    doc = Document(url="https://example.com/x", body=[Paragraph(id="b1", text="One.")])
    assert Document.from_dict(doc).to_dict() == doc.to_dict()


def test_json_writer_drops_script_attributes() -> None:
    ad = AdSlot(id="ad1", position=Position("before"), network="adsense", attributes={
        "data-ad-slot": "123", "data-href": "javascript:alert(1)", "data-src": "data:text/html,x",
        "onload": "alert(1)", "style": "x", "data-x\"><script>": "1",
        "data-click": "java\tscript:alert(1)", "data-ok": "https://example.com/a?b=1&c=2"})
    doc = Document(url="https://example.com/x", body=[Paragraph(id="b1", text="One.")], ads=[ad])
    attrs = json.loads(syndicate.to_json(doc))["ads"][0]["attributes"]
    assert attrs == {"data-ad-slot": "123", "data-ok": "https://example.com/a?b=1&c=2"}


def test_rss_text_fields_carry_no_markup() -> None:
    from syndicate.model import Metadata

    doc = Document(url="https://example.com/x", body=[Paragraph(id="b1", text="One.")],
                   metadata=Metadata(title="Pier <script>alert(1)</script><b>reopens</b>",
                                     authors=["<img src=x onerror=alert(1)>Ana"],
                                     tags=["<a href='javascript:x'>ports</a>"], section="x < y"))
    rss = syndicate.to_rss([doc], channel={"title": "<i>T</i>", "link": "https://example.com/",
                                           "description": "D", "self_url": "https://example.com/f"})
    from lxml import etree

    root = etree.fromstring(rss.encode())
    item = root.find("channel/item")
    texts = [item.findtext("title"), item.findtext("{http://purl.org/dc/elements/1.1/}creator"),
             *[c.text for c in item.findall("category")], root.findtext("channel/title")]
    assert texts[0] == "Pier alert(1)reopens" or "<" not in texts[0]
    assert all("<" not in t for t in texts[:-2] + texts[-1:]), texts
    assert "x < y" in texts  # text that is not markup is kept


# --------------------------------------------------------------------------- CLI


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "syndicate", *args], input=stdin,
                          capture_output=True, timeout=120)


def test_validate_checks_every_line_of_a_jsonl(tmp_path: Path) -> None:
    bad_after = good()
    bad_after["version"] = 2
    lines = [json.dumps(good()).encode(),
             json.dumps(good()).replace('"version": 1', '"version": ' + "9" * 5000).encode(),
             json.dumps(good()).replace('"text": "One."', '"text": "On\\u00e9."').encode()
             .replace(b"\\u00e9", b"\xe9"),  # one byte that is not UTF-8
             json.dumps(good()).replace('"url": "https://example.com/x"',
                                        '"url": "javascript:x", "url": "https://example.com/x"').encode(),
             ("[" * 990 + "]" * 990).encode(),
             json.dumps(bad_after).encode(),
             json.dumps(good()).encode()]
    path = tmp_path / "docs.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    proc = run("validate", str(path))
    out = proc.stdout.decode()
    assert proc.returncode == 1, (proc.returncode, out, proc.stderr)
    assert b"Traceback" not in proc.stderr
    assert f"{path}:2: $.version: integer of 5,000 digits is too large" in out
    assert f"{path}:3: not UTF-8 text" in out
    assert f"{path}:4: $: duplicate key(s) 'url'" in out
    assert any(ln.startswith(f"{path}:5: ") and "nested" in ln for ln in out.splitlines())
    assert f"{path}:6: $.version" in out
    assert f"{path}:1:" not in out and f"{path}:7:" not in out


def test_validate_a_jsonl_on_stdin_line_by_line() -> None:
    data = (json.dumps(good()) + "\n" + '{"version": 1, "version": 1}\n' + json.dumps(good()) + "\n")
    proc = run("validate", "-", stdin=data.encode())
    assert proc.returncode == 1 and "-:2: $: duplicate key(s) 'version'" in proc.stdout.decode()
