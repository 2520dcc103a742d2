"""`syndicate convert` on text input, JSON round trip, batches with bad members."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import syndicate

ARTICLE = ("Storm closes harbour\n\nThe harbour was closed on Monday after a storm damaged "
           "two piers and several fishing boats.\n\nAdvertisement\n\nRepairs are expected to "
           "take three weeks, the port authority said.\n")


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "syndicate", *args], input=stdin,
                          capture_output=True, timeout=60, cwd=cwd)


def test_text_file_to_json(tmp_path: Path) -> None:
    src = tmp_path / "story.txt"
    src.write_text(ARTICLE)
    proc = run("convert", str(src), "--to", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    syndicate.validate(data)
    assert data["metadata"]["title"] == "Storm closes harbour"
    assert [b["text"][:12] for b in data["body"]] == ["The harbour ", "Repairs are "]
    assert data["ads"][0]["position"] == {"placement": "inline", "after": "b1"}


def test_stdin_text_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out" / "doc.json"
    proc = run("convert", "-", "--from", "text", "-o", str(out), stdin=ARTICLE.encode())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b""
    assert json.loads(out.read_text())["body"][1]["text"].startswith("Repairs")
    assert not list(out.parent.glob(".*.part"))


def test_json_document_input_round_trips(tmp_path: Path) -> None:
    src = tmp_path / "doc.json"
    doc = syndicate.parse_text(ARTICLE)
    src.write_text(syndicate.to_json(doc))
    proc = run("convert", str(src), "--to", "json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == doc.to_dict()


def test_batch_reports_bad_inputs_and_keeps_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(ARTICLE)
    bad_json = tmp_path / "b.json"
    bad_json.write_text("{not json")
    not_utf8 = tmp_path / "c.txt"
    not_utf8.write_bytes(b"\xff\xfe\xfa broken")
    proc = run("convert", str(good), str(bad_json), str(tmp_path / "missing.txt"), str(not_utf8),
               "--to", "jsonl")
    assert proc.returncode == 1
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["metadata"]["title"] == "Storm closes harbour"
    err = proc.stderr.decode()
    assert "b.json: not a JSON document" in err
    assert "missing.txt: No such file" in err
    assert "c.txt: text input is not UTF-8" in err
    assert "Traceback" not in err


def test_nothing_readable_exits_2(tmp_path: Path) -> None:
    proc = run("convert", str(tmp_path / "missing.txt"))
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


def test_help_and_version() -> None:
    assert b"--to" in run("convert", "--help").stdout
    assert run("--version").stdout.startswith(b"syndicate ")
