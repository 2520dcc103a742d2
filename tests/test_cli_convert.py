"""`syndicate convert` on text input, JSON round trip, batches with bad members."""

from __future__ import annotations

import json
import re
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


# --------------------------------------------------------------------------- HTML batches

PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<article><h1>{title}</h1><p>The harbour was closed on Monday after a storm damaged two "
        "piers and several fishing boats, the port authority said.</p><p>Repairs are expected to "
        "take three weeks, and the ferry will use the northern quay until then.</p></article>"
        "</body></html>")


def test_html_batch_to_amp_folder_skips_bad_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    good = [tmp_path / "a" / "story.html", tmp_path / "b" / "story.html", tmp_path / "c.html"]
    for n, path in enumerate(good):
        path.write_text(PAGE.format(title=f"Story {n}"))
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"  \n")
    folder = tmp_path / "out"
    proc = run("convert", str(good[0]), str(empty), str(good[1]), str(tmp_path / "gone.html"),
               str(good[2]), "--to", "amp", "-o", str(folder))
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert f"{empty}: empty input" in err and "gone.html: No such file" in err
    assert "converted 3 of 5 inputs, 2 failed" in err and "Traceback" not in err
    # Same stems from different folders get distinct names; nothing half-written is left.
    assert sorted(p.name for p in folder.iterdir()) == ["c.html", "story-2.html", "story.html"]
    titles = {p.name: re.search(r"<title>(.*?)</title>", p.read_text()).group(1) for p in folder.iterdir()}
    assert titles == {"story.html": "Story 0", "story-2.html": "Story 1", "c.html": "Story 2"}


def test_html_batch_to_json_file_is_written_once_whole(tmp_path: Path) -> None:
    pages = []
    for n in range(3):
        pages.append(tmp_path / f"p{n}.html")
        pages[-1].write_text(PAGE.format(title=f"Story {n}"))
    binary = tmp_path / "photo.html"
    binary.write_bytes(bytes(range(256)) * 40)
    out = tmp_path / "docs.jsonl"
    out.write_text("previous run\n")
    proc = run("convert", *map(str, pages), str(binary), "--from", "html", "--to", "json", "-o", str(out))
    assert proc.returncode in (0, 1), proc.stderr
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    for d in docs:
        syndicate.validate(d)
    assert [d["metadata"]["title"] for d in docs][:3] == ["Story 0", "Story 1", "Story 2"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_one_bad_url_in_a_batch_is_reported_and_skipped(tmp_path: Path) -> None:
    from httpserver import LocalServer, static

    with LocalServer() as server:
        server.route(r"/ok", static(PAGE.format(title="Over HTTP")))
        server.route(r"/gone", static(b"gone", "text/plain", status=404))
        local = tmp_path / "local.html"
        local.write_text(PAGE.format(title="Local"))
        proc = run("convert", server.url("/gone"), server.url("/ok"), str(local), "--to", "jsonl")
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert f"{server.url('/gone')}: " in err and "404" in err and "Traceback" not in err
    titles = [json.loads(line)["metadata"]["title"] for line in proc.stdout.decode().splitlines()]
    assert titles == ["Over HTTP", "Local"]


def test_max_mb_changes_the_input_limit(tmp_path: Path) -> None:
    src = tmp_path / "story.html"
    src.write_text(PAGE.format(title="Sized") + " " * 2_000_000)
    proc = run("convert", str(src), "--max-mb", "1")
    assert proc.returncode == 2
    assert b"over the limit of 1,048,576" in proc.stderr and b"Traceback" not in proc.stderr
    proc = run("convert", str(src), "--max-mb", "3")
    assert proc.returncode == 0 and json.loads(proc.stdout)["metadata"]["title"] == "Sized"
    assert run("convert", str(src), "--max-mb", "0").returncode == 2
