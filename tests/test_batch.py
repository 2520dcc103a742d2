"""`syndicate batch`: folders with good, broken and non-HTML files, JSONL records, the
errors file, --resume after SIGTERM and after a half-written line, folder output."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import syndicate
from batchpages import article
from syndicate.batch import Batch, JsonlSink
from syndicate.pipeline import Options, convert_record
from syndicate.readers.records import Failed, SourceStats, iter_records


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "syndicate", "batch", *args], input=stdin,
                          capture_output=True, timeout=120, cwd=cwd)


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """good pages (plain, nested, gzip), a broken gzip, a PDF named .html, an empty page,
    and files that are not pages at all."""
    root = tmp_path / "site"
    (root / "news" / "2024").mkdir(parents=True)
    (root / "a.html").write_text(article(1))
    (root / "news" / "b.htm").write_text(article(2))
    (root / "news" / "2024" / "c.html.gz").write_bytes(gzip.compress(article(3).encode()))
    (root / "news" / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (root / "news" / "report.html").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (root / "empty.html").write_bytes(b"  \n")
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "notes.md").write_text("# not a page\n")
    return root


GOOD = {"a.html": "Story number 1", "news/b.htm": "Story number 2",
        "news/2024/c.html.gz": "Story number 3"}
BAD = {"news/broken.html.gz": "gzip", "news/report.html": "PDF", "empty.html": "empty"}


def test_folder_tree_good_broken_and_not_html(tree: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    proc = run(str(tree), "-o", str(out), "--errors", str(errors), "--workers", "2")
    assert proc.returncode == 1, proc.stderr  # some failed, the rest written
    got = {Path(d["id"]).relative_to(tree).as_posix(): d for d in lines(out)}
    assert set(got) == set(GOOD)
    for rel, title in GOOD.items():
        doc = got[rel]["document"]
        syndicate.validate(doc)
        assert doc["metadata"]["title"] == title
        assert got[rel]["source"] == {"path": str(tree / rel)}
        assert "Advertisement" not in syndicate.Document.from_dict(doc).text()
    failed = {Path(e["id"]).relative_to(tree).as_posix(): e["error"] for e in lines(errors)}
    assert set(failed) == set(BAD)
    for rel, word in BAD.items():
        assert word in failed[rel]
    stderr = proc.stderr.decode()
    for rel in BAD:
        assert f"{tree / rel}:" in stderr
    assert "converted 3, 3 failed" in stderr
    assert "skipped 2 files not matching --glob" in stderr
    assert "Traceback" not in stderr


def test_glob_picks_files(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = run(str(tree), "-o", str(out), "--glob", "*.htm", "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    assert [Path(d["id"]).name for d in lines(out)] == ["b.htm"]


def test_missing_input_reported_others_converted(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = run(str(tree / "a.html"), str(tmp_path / "nope.html"), "-o", str(out))
    assert proc.returncode == 1
    assert len(lines(out)) == 1
    assert b"nope.html: No such file or directory" in proc.stderr


def test_nothing_converted_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "x.html"
    bad.write_bytes(b"%PDF-1.4")
    assert run(str(bad), "-o", str(tmp_path / "o.jsonl")).returncode == 2


def test_jsonl_records_on_stdin_to_stdout() -> None:
    records = [
        {"id": "r1", "url": "https://example.com/news/1", "html": article(1)},
        {"url": "https://example.com/news/2", "html": article(2)},
        {"id": "r3", "text": "A title\n\nA paragraph of flattened text that is long enough.\n"},
        {"id": "r4", "html": 42},
    ]
    data = "".join(json.dumps(r) + "\n" for r in records).encode() + b"{not json\n"
    proc = run("-", "--workers", "2", stdin=data)
    assert proc.returncode == 1
    out = {d["id"]: d for d in map(json.loads, proc.stdout.decode().splitlines())}
    assert set(out) == {"r1", "-:2", "r3"}
    assert out["r1"]["source"] == {"id": "r1", "url": "https://example.com/news/1"}
    assert out["r1"]["document"]["url"] == "https://example.com/news/1"
    assert out["r3"]["document"]["body"][0]["text"].startswith("A paragraph")
    stderr = proc.stderr.decode()
    assert "r4: record has no" in stderr and "-:5: not a JSON record" in stderr


def test_text_and_markdown_outputs_to_folder(tree: Path, tmp_path: Path) -> None:
    for fmt, suffix in (("text", ".txt"), ("markdown", ".md"), ("amp", ".html"), ("json", ".json")):
        folder = tmp_path / fmt
        proc = run(str(tree / "news"), "-o", str(folder), "--to", fmt, "--workers", "2")
        assert proc.returncode == 1, proc.stderr
        files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
        assert files == [f"2024/c{suffix}", f"b{suffix}"]
        body = (folder / f"b{suffix}").read_text()
        assert "paragraph 0" in body and "Copyright" not in body
    assert (tmp_path / "markdown" / "b.md").read_text().startswith("Story 2, paragraph 0")
    syndicate.validate(json.loads((tmp_path / "json" / "b.json").read_text()))


def _many_pages(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"p{i:03d}.html").write_text(article(i, paragraphs=40))
    (folder / "bad.html").write_bytes(b"%PDF-1.4 not a page")


def test_resume_after_sigterm_gives_one_line_per_good_input(tmp_path: Path) -> None:
    pages, out, errors = tmp_path / "pages", tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    n = 80
    _many_pages(pages, n)
    proc = subprocess.Popen([sys.executable, "-m", "syndicate", "batch", str(pages), "-o", str(out),
                             "--workers", "2", "--errors", str(errors)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 5):
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert b"interrupted" in stderr and b"Traceback" not in stderr
    first = out.read_bytes()
    assert first.endswith(b"\n")
    done_before = first.count(b"\n")
    assert 5 <= done_before < n, "the run finished before it was stopped: make the pages bigger"

    again = run(str(pages), "-o", str(out), "--workers", "2", "--resume", "--errors", str(errors))
    assert again.returncode == 1, again.stderr  # the PDF still fails
    ids = [d["id"] for d in lines(out)]
    assert sorted(ids) == sorted(str(pages / f"p{i:03d}.html") for i in range(n))
    assert f"{done_before:,} already in the output".encode() in again.stderr


def test_resume_cuts_a_half_line(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert run(str(tree / "a.html"), str(tree / "news" / "b.htm"), "-o", str(out)).returncode == 0
    whole = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(whole[0] + whole[1][: len(whole[1]) // 2])  # as if killed mid-write
    proc = run(str(tree / "a.html"), str(tree / "news" / "b.htm"), "-o", str(out), "--resume")
    assert proc.returncode == 0, proc.stderr
    assert sorted(d["id"] for d in lines(out)) == sorted([str(tree / "a.html"), str(tree / "news" / "b.htm")])
    assert b"1 already in the output" in proc.stderr


def test_resume_folder_output_skips_written_files(tree: Path, tmp_path: Path) -> None:
    folder = tmp_path / "md"
    run(str(tree / "a.html"), "-o", str(folder), "--to", "markdown")
    (folder / "a.md").write_text("kept")
    proc = run(str(tree / "a.html"), str(tree / "news" / "b.htm"), "-o", str(folder),
               "--to", "markdown", "--resume")
    assert proc.returncode == 0, proc.stderr
    assert (folder / "a.md").read_text() == "kept" and (folder / "b.md").exists()


def test_limits_apply_per_record(tmp_path: Path) -> None:
    (tmp_path / "big.html").write_text(article(1, paragraphs=400))
    (tmp_path / "small.html").write_text(article(2))
    out = tmp_path / "out.jsonl"
    proc = run(str(tmp_path), "-o", str(out), "--max-mb", "0.05")
    assert proc.returncode == 1
    assert [Path(d["id"]).name for d in lines(out)] == ["small.html"]
    assert b"big.html: file is" in proc.stderr and b"over the limit" in proc.stderr


def test_usage_errors_are_one_line() -> None:
    proc = run("x.html", "--resume")
    assert proc.returncode == 2 and b"--resume needs -o" in proc.stderr
    assert b"Traceback" not in proc.stderr
    proc = run("x.html", "-o", "out.json")
    assert proc.returncode == 2 and b"a .jsonl file or a folder" in proc.stderr


def test_library_batch_in_process(tree: Path, tmp_path: Path) -> None:
    stats = SourceStats()
    items = list(iter_records([str(tree)], stats=stats))
    assert stats.skipped == {"files not matching --glob": 2}
    assert not any(isinstance(i, Failed) for i in items)
    errors: list[str] = []
    sink = JsonlSink(str(tmp_path / "o.jsonl"))
    result = Batch(sink, Options(to="text"), workers=1,
                   on_error=lambda rid, src, why: errors.append(rid)).run(items, stats)
    sink.close()
    assert (result.converted, result.failed, result.exit_status) == (3, 3, 1)
    assert len(errors) == 3


def test_convert_record_takes_plain_dicts_and_never_raises() -> None:
    ok = convert_record({"id": "x", "url": "https://example.com/a", "html": article(7)})
    assert ok["id"] == "x" and ok["document"]["metadata"]["title"] == "Story number 7"
    assert "error" in convert_record({"id": "y", "html": "%PDF-1.4"}.copy() | {"html": b"%PDF-1.4"})
    assert "error" in convert_record({"nothing": 1})
    md = convert_record({"html": article(8)}, Options(to="markdown"))
    assert md["markdown"].startswith("Story 8, paragraph 0")


def test_record_timeout(tmp_path: Path) -> None:
    if not hasattr(signal, "setitimer"):
        pytest.skip("no interval timers on this platform")
    huge = article(1, paragraphs=3000)
    result = convert_record({"id": "slow", "html": huge}, Options(timeout=0.001))
    assert "per-record time limit" in result["error"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_pool_and_serial_give_the_same_documents(tree: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run(str(tree), "-o", str(one), "--workers", "1")
    run(str(tree), "-o", str(two), "--workers", "2")
    assert sorted(one.read_text().splitlines()) == sorted(two.read_text().splitlines())


class _KillsItsWorker:
    """Unpickling this in a worker process ends that process at once, as a crash would."""

    def __reduce__(self):  # noqa: ANN204
        return (os._exit, (3,))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_record_that_kills_its_worker_is_reported_the_others_converted(tmp_path: Path) -> None:
    from syndicate.readers.records import Record

    items = [Record(id=f"good{i}", data=article(i)) for i in range(6)]
    items.insert(2, Record(id="killer", data=_KillsItsWorker()))  # type: ignore[arg-type]
    errors: dict[str, str] = {}
    sink = JsonlSink(str(tmp_path / "o.jsonl"))
    result = Batch(sink, Options(), workers=2,
                   on_error=lambda rid, src, why: errors.__setitem__(rid, why)).run(items)
    sink.close()
    assert list(errors) == ["killer"] and "worker process died" in errors["killer"]
    assert result.converted == 6
    assert sorted(d["id"] for d in lines(tmp_path / "o.jsonl")) == [f"good{i}" for i in range(6)]


def test_progress_line_on_a_terminal(tree: Path, tmp_path: Path) -> None:
    pty = pytest.importorskip("pty", reason="needs a pseudo-terminal")
    parent, child = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "syndicate", "batch", str(tree),
                             "-o", str(tmp_path / "o.jsonl"), "--workers", "1"],
                            stdout=subprocess.DEVNULL, stderr=child)
    os.close(child)
    seen = b""
    while True:
        try:
            chunk = os.read(parent, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=60)
    os.close(parent)
    assert b"pages/s" in seen and b"ETA" in seen and b"\r" in seen
    assert b"converted 3, 3 failed" in seen


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_workers_are_replaced_and_nothing_is_lost(tmp_path: Path) -> None:
    from syndicate.readers.records import Record

    items = [Record(id=f"r{i}", data=article(i)) for i in range(15)]
    sink = JsonlSink(str(tmp_path / "o.jsonl"))
    result = Batch(sink, Options(), workers=2, tasks_per_worker=2).run(items)  # 4 pools or more
    sink.close()
    assert (result.converted, result.failed) == (15, 0)
    assert sorted(d["id"] for d in lines(tmp_path / "o.jsonl")) == sorted(f"r{i}" for i in range(15))
