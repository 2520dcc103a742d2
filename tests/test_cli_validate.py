"""`syndicate validate` and `syndicate schema` as a user runs them (real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from syndicate import Document, Paragraph
from syndicate.model import AdSlot, Position


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "syndicate", *args], input=stdin,
                          capture_output=True, timeout=60)


def good() -> dict:
    body = [Paragraph(id="b1", text="One."), Paragraph(id="b2", text="Two.")]
    ads = [AdSlot(id="ad1", position=Position("inline", "b1"))]
    return Document(url="https://example.com/x", body=body, ads=ads).to_dict()


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return str(path)


def assert_clean(proc: subprocess.CompletedProcess) -> None:
    assert b"Traceback" not in proc.stderr + proc.stdout


def test_valid_json_and_jsonl(tmp_path: Path) -> None:
    one = write(tmp_path, "a.json", json.dumps(good()))
    many = write(tmp_path, "b.jsonl", "\n".join(json.dumps(good()) for _ in range(3)) + "\n")
    proc = run("validate", one, many)
    assert proc.returncode == 0, proc.stdout
    assert b"3 documents" in proc.stdout


def broken_cases() -> dict[str, tuple[str, str, int, str]]:
    wrong_type = good(); wrong_type["body"][1]["type"] = "banner"   # noqa: E702
    missing = good(); del missing["metadata"]                       # noqa: E702
    dangling = good(); dangling["ads"][0]["position"]["after"] = "b7"  # noqa: E702
    duplicate = good(); duplicate["body"][1]["id"] = "b1"           # noqa: E702
    return {
        "wrong type": ("w.json", json.dumps(wrong_type), 1, "$.body[1].type"),
        "missing field": ("m.json", json.dumps(missing), 1, "'metadata' is a required property"),
        "dangling after": ("d.json", json.dumps(dangling), 1, "$.ads[0].position.after"),
        "duplicate id": ("u.json", json.dumps(duplicate), 1, "duplicate id 'b1'"),
        "invalid json": ("i.json", '{"version": 1,', 1, "invalid JSON"),
        "empty file": ("e.json", "", 1, "empty"),
    }


@pytest.mark.parametrize("case", sorted(broken_cases()))
def test_broken_documents(tmp_path: Path, case: str) -> None:
    name, content, status, expected = broken_cases()[case]
    proc = run("validate", write(tmp_path, name, content))
    assert proc.returncode == status
    assert expected in proc.stdout.decode()
    assert_clean(proc)


def test_binary_junk_is_unreadable(tmp_path: Path) -> None:
    proc = run("validate", write(tmp_path, "junk.json", bytes(range(256)) * 4))
    assert proc.returncode == 2
    assert b"not UTF-8" in proc.stderr
    assert_clean(proc)


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    proc = run("validate", str(tmp_path / "nope.json"))
    assert proc.returncode == 2 and b"cannot read" in proc.stderr


def test_jsonl_errors_name_the_line(tmp_path: Path) -> None:
    bad = good(); bad["version"] = 2  # noqa: E702
    lines = [json.dumps(good()), json.dumps(bad), "not json", json.dumps(good())]
    proc = run("validate", write(tmp_path, "x.jsonl", "\n".join(lines)))
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert "x.jsonl:2: $.version" in out and "x.jsonl:3: invalid JSON" in out
    assert "x.jsonl:1" not in out and "x.jsonl:4" not in out


def test_stdin_single_document_and_jsonl() -> None:
    assert run("validate", "-", stdin=json.dumps(good()).encode()).returncode == 0
    two = (json.dumps(good()) + "\n" + json.dumps(good()) + "\n").encode()
    assert run("validate", "-", stdin=two).returncode == 0
    assert run("validate", "-", stdin=b'{"version": 1}').returncode == 1


def test_worst_status_wins(tmp_path: Path) -> None:
    ok = write(tmp_path, "ok.json", json.dumps(good()))
    assert run("validate", ok, str(tmp_path / "missing.json")).returncode == 2
    assert run("validate", ok, write(tmp_path, "bad.json", "[]")).returncode == 1


def test_deeply_nested_json_is_invalid_not_a_crash(tmp_path: Path) -> None:
    proc = run("validate", write(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000))
    assert proc.returncode == 1
    assert_clean(proc)


def test_usage_error_exits_2() -> None:
    proc = run("validate")
    assert proc.returncode == 2 and b"usage" in proc.stderr


def test_schema_command_prints_the_packaged_schema() -> None:
    proc = run("schema")
    assert proc.returncode == 0
    printed = json.loads(proc.stdout)
    source = Path(__file__).resolve().parents[1] / "schemas" / "document.schema.json"
    assert printed == json.loads(source.read_text())


def test_batch_output_lines_are_checked_as_their_documents(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, words in (("pier.html", "The pier reopens"), ("ferry.html", "The ferry returns")):
        (pages / name).write_text(
            f"<html><head><title>{words}</title></head><body><article><h1>{words}</h1>"
            f"<p>{words} on Monday after a winter of repairs, the harbour board said in a "
            f"statement that ran to several paragraphs.</p><p>Crews worked through February "
            f"to replace the decking and the railings along the whole length.</p>"
            f"</article></body></html>", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    made = run("batch", str(pages), "-o", str(out))
    assert made.returncode == 0, made.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all("document" in json.loads(line) for line in lines)
    proc = run("validate", str(out))
    assert proc.returncode == 0, proc.stdout
    assert b"2 documents" in proc.stdout
    # a broken document inside a batch line is reported with the record's id
    record = json.loads(lines[1])
    record["document"]["body"][0]["type"] = "banner"
    out.write_text(lines[0] + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    proc = run("validate", str(out))
    assert_clean(proc)
    assert proc.returncode == 1
    assert f"out.jsonl:2 ({record['id']}): $.body[0].type".encode() in proc.stdout
