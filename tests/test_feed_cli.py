"""``syndicate feed``: a 50-item feed served over real HTTP converts to RSS, AMP and JSONL;
every good item is present and whole, every bad item reported with its own reason;
exit statuses; progress only on a terminal; an interrupted run leaves no output."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import lxml.html
import pytest

import syndicate
from httpserver import (
    BAD_ITEMS,
    LATIN1_TEXT,
    FeedItem,
    LocalServer,
    article_paragraphs,
    article_title,
    feed_items,
    feed_xml,
    standard_routes,
    static,
)
from rsscheck import check, validator
from syndicate.cli import main
from syndicate.cli.feed import ProgressBar

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = "2"  # seconds: room for a busy machine, and still under the slow route's 3


@pytest.fixture(scope="module")
def html_reader():
    """The real HTML reader; the tests that need it skip until it is implemented."""
    try:
        syndicate.parse("<html><body><article><p>probe</p></article></body></html>",
                        url="https://example.com/")
    except NotImplementedError:
        pytest.skip("the HTML reader (issue 4) is not implemented yet")
    return syndicate.parse


@pytest.fixture(scope="module")
def server():
    with LocalServer() as srv:
        items = feed_items(50)
        standard_routes(srv, items)
        srv.items = items
        good = [FeedItem(f"/article/{n}", article_title(n), None, article=n) for n in range(60, 65)]
        srv.route(r"/good-feed\.xml", static(feed_xml(srv, good), "application/rss+xml"))
        srv.route(r"/bad-feed\.xml", static(feed_xml(srv, BAD_ITEMS[:3]), "application/rss+xml"))
        # (each page answers after 20 s: a busy machine still signals the run before it ends)
        slow = [FeedItem(f"/delay/20000/{n}", article_title(n), None, article=n) for n in range(6)]
        srv.route(r"/slow-feed\.xml", static(feed_xml(srv, slow), "application/rss+xml"))
        yield srv


def run_cli(capsys, *args: str) -> tuple[int, list[str]]:
    code = main(["feed", *args, "--timeout", TIMEOUT, "--allow-private"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.splitlines()


# --------------------------------------------------------------------------- the 50 items


@pytest.fixture(scope="module")
def converted(server, html_reader, tmp_path_factory):
    """The feed converted to all three outputs: {format: (exit code, stderr lines, path)}."""
    out = tmp_path_factory.mktemp("feed")
    runs = {}
    for fmt, target in (("jsonl", out / "feed.jsonl"), ("rss", out / "feed.xml"),
                        ("amp", out / "amp")):
        code = main(["feed", server.url("/feed.xml"), "--to", fmt, "-o", str(target),
                     "--timeout", TIMEOUT, "--self-url", "https://example.com/feed.xml"])
        runs[fmt] = code, target
    return runs


def good_items(server) -> list[FeedItem]:
    return [i for i in server.items if i.expect is None]


def final_url(server, item: FeedItem) -> str:
    """Where the item's page ends up (after redirects)."""
    path = f"/article/{item.article}" if item.path.startswith("/moved/") else item.path
    return server.url(path)


def expected_text(item: FeedItem) -> list[str]:
    paras = article_paragraphs(item.article)
    if item.path == "/latin1":
        # Its "Ø" is a byte cp1250 reads as "Ř": see the strict test below.
        paras = [f"{LATIN1_TEXT}. {paras[0]}", *(p for p in paras[1:] if "\u00d8" not in p)]
    return paras


def test_every_bad_item_is_reported_with_its_own_reason(server, html_reader, capsys, tmp_path) -> None:
    code, lines = run_cli(capsys, server.url("/feed.xml"), "--to", "jsonl", "-o",
                          str(tmp_path / "x.jsonl"))
    assert code == 1
    assert lines[-1] == "converted 41 of 50 items, 9 failed"
    reasons = {}
    for bad in BAD_ITEMS:
        served = bool(bad.path) and bad.path.startswith("/")  # else named by number and title
        label = server.url(bad.path) + ": " if served else f'"{bad.title}": '
        found = [ln for ln in lines if label in ln]
        assert len(found) == 1, (bad, lines)
        assert bad.expect in found[0], found[0]
        reasons[bad.title] = found[0].split(": ", 1)[1] if served else found[0]
    assert len(set(reasons.values())) == len(BAD_ITEMS)  # each case its own reason


def test_jsonl_has_every_good_item_whole(server, converted) -> None:
    code, path = converted["jsonl"]
    assert code == 1
    docs = [syndicate.Document.from_dict(json.loads(line))
            for line in path.read_text(encoding="utf-8").splitlines()]
    good = good_items(server)
    assert len(docs) == len(good) == 41
    by_url = {d.url: d for d in docs}
    for item in good:
        doc = by_url[final_url(server, item)]
        assert doc.metadata.title in (article_title(item.article), item.title)
        text = " ".join(doc.text().split())
        for para in expected_text(item):
            assert " ".join(para.split()) in text, (item.path, para)


def test_non_utf8_page_without_charset_is_decoded_exactly(server, converted) -> None:
    _, path = converted["jsonl"]
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    doc = next(d for d in docs if d["url"] == server.url("/latin1"))
    text = " ".join(b.get("text", "") for b in doc["body"])
    for para in article_paragraphs(903)[1:]:
        assert para in text


def test_rss_output_is_valid_and_complete(server, converted) -> None:
    code, path = converted["rss"]
    assert code == 1
    xml = path.read_bytes()
    parsed = feedparser.parse(xml)
    assert not parsed.bozo and len(parsed.entries) == 41
    by_link = {e.link: e for e in parsed.entries}
    for item in good_items(server):
        entry = by_link[server.url(item.path)]  # the item's own link, even when it redirects
        assert entry.title in (article_title(item.article), item.title)
        content = " ".join(lxml.html.fragment_fromstring(
            entry.content[0].value, create_parent="div").text_content().split())
        for para in expected_text(item):
            assert " ".join(para.split()) in content
    validator()
    report = check(xml)
    assert report.errors == [], report.errors


def test_amp_folder_has_a_page_per_good_item_and_an_index(server, converted) -> None:
    code, folder = converted["amp"]
    assert code == 1
    pages = sorted(p for p in folder.glob("*.html") if p.name != "index.html")
    assert len(pages) == 41
    index = lxml.html.fromstring((folder / "index.html").read_bytes())
    assert sorted(a.get("href") for a in index.iter("a")) == [p.name for p in pages]
    # a public page: no failure reasons (they go to the run's report)
    assert "failed" not in index.text_content() and "404" not in index.text_content()
    texts = [" ".join(lxml.html.fromstring(p.read_bytes()).text_content().split()) for p in pages]
    for item in good_items(server):
        first = " ".join(expected_text(item)[0].split())
        assert sum(first in t for t in texts) == 1, item.path
    assert not list(folder.glob(".*.part"))


# --------------------------------------------------------------------------- exit statuses


def test_all_good_exits_0(server, html_reader, capsys, tmp_path) -> None:
    out = tmp_path / "good.xml"
    code, lines = run_cli(capsys, server.url("/good-feed.xml"), "--to", "rss", "-o", str(out))
    assert code == 0 and lines == ["converted 5 of 5 items, 0 failed"]
    assert len(feedparser.parse(out.read_bytes()).entries) == 5


def test_nothing_converted_exits_2_and_writes_nothing(server, capsys, tmp_path) -> None:
    out = tmp_path / "bad.jsonl"
    code, lines = run_cli(capsys, server.url("/bad-feed.xml"), "--to", "jsonl", "-o", str(out))
    assert code == 2 and not out.exists()
    assert "converted 0 of 3 items, 3 failed; nothing written" in lines[-1]
    assert sum(": " in ln for ln in lines[:-1]) == 3


def test_unreadable_feed_exits_2(server, capsys, tmp_path) -> None:
    code, lines = run_cli(capsys, server.url("/missing"), "--to", "rss", "-o", str(tmp_path / "o"))
    assert code == 2 and "HTTP 404" in lines[-1]
    code, lines = run_cli(capsys, server.url("/article/1"), "--to", "rss", "-o", str(tmp_path / "o"))
    assert code == 2 and "expected an RSS/Atom feed" in lines[-1]
    code, lines = run_cli(capsys, str(tmp_path / "nope.xml"), "--to", "rss", "-o", str(tmp_path / "o"))
    assert code == 2 and "No such file" in lines[-1]
    assert not (tmp_path / "o").exists()


def test_feed_from_a_file_and_from_stdin(server, capsys, tmp_path, monkeypatch) -> None:
    feed = feed_xml(server, BAD_ITEMS[:1])  # one item, a 404
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    code, lines = run_cli(capsys, str(path), "--to", "jsonl", "-o", str(tmp_path / "a.jsonl"))
    assert code == 2 and f"{server.url('/missing')}: HTTP 404 Not Found" in lines
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(feed.encode())))
    code, lines = run_cli(capsys, "-", "--to", "jsonl", "-o", str(tmp_path / "b.jsonl"))
    assert code == 2 and f"{server.url('/missing')}: HTTP 404 Not Found" in lines


@pytest.mark.parametrize("args", [
    ["--to", "amp", "-o", "-"],
    ["--to", "rss", "-o", "x", "--ads", "keep"],
    ["--to", "jsonl", "-o", "x", "--ads", "drop"],
])
def test_option_mistakes_exit_2(capsys, args) -> None:
    assert main(["feed", "feed.xml", *args]) == 2
    assert "syndicate feed:" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["--workers", "0"], ["--timeout", "-1"], ["--to", "pdf"]])
def test_bad_arguments_are_usage_errors(capsys, args) -> None:
    with pytest.raises(SystemExit) as info:
        main(["feed", "feed.xml", "-o", "x", *(["--to", "rss"] if "--to" not in args else []), *args])
    assert info.value.code == 2


# --------------------------------------------------------------------------- progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal() -> None:
    tty, pipe = Terminal(), io.StringIO()
    for stream in (tty, pipe):
        bar = ProgressBar(stream)
        for done in range(1, 11):
            bar(done, 10)
        bar.clear()
    assert pipe.getvalue() == ""
    assert "\r[" in tty.getvalue() and "] 10/10" in tty.getvalue()
    assert tty.getvalue().endswith("\r")  # cleared: the summary starts on a clean line


def test_no_progress_bar_when_stderr_is_not_a_terminal(server, capsys, tmp_path) -> None:
    code, lines = run_cli(capsys, server.url("/bad-feed.xml"), "--to", "rss", "-o",
                          str(tmp_path / "o.xml"))
    assert not any("\r" in ln or "[#" in ln for ln in lines)


# --------------------------------------------------------------------------- interruption


def _interruptible() -> None:
    """In the child, Ctrl-C as a terminal gives it: a test run started in the background (a
    shell's ``&`` ignores SIGINT for its job, and children inherit that) would otherwise
    start the CLI deaf to SIGINT, as any Unix tool started so stays."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize(("sig", "fmt"), [(signal.SIGINT, "jsonl"), (signal.SIGTERM, "rss"),
                                          (signal.SIGINT, "amp")])
def test_interrupted_run_leaves_no_output(server, tmp_path, sig, fmt) -> None:
    out = tmp_path / "out"
    before = server.hits.get("/delay/20000/0", 0)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "syndicate", "feed", server.url("/slow-feed.xml"), "--to", fmt,
         "-o", str(out), "--timeout", "30"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path,
        preexec_fn=_interruptible)
    try:
        deadline = time.monotonic() + 30
        while server.hits.get("/delay/20000/0", 0) == before and time.monotonic() < deadline:
            time.sleep(0.05)  # wait until the run is fetching pages
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and b"interrupted" in err
    assert list(tmp_path.iterdir()) == []  # no file, no folder, no temp file


# --------------------------------------------------------------------------- convert URL


def test_convert_a_single_page_over_http(server, html_reader, capsys) -> None:
    assert main(["convert", server.url("/moved/11"), "--to", "json"]) == 0
    out = capsys.readouterr().out
    doc = syndicate.Document.from_dict(json.loads(out))
    assert doc.url == server.url("/article/11")  # the final URL, after the redirect
    assert article_paragraphs(11)[0] in doc.text()


def test_convert_reports_a_failed_fetch(server, capsys) -> None:
    assert main(["convert", server.url("/image.png"), "--to", "json"]) == 2
    err = capsys.readouterr().err
    assert "unexpected content type 'image/png'" in err and "Traceback" not in err
    assert err.count(server.url("/image.png")) == 1  # the URL once, not "URL: URL: ..."


def test_amp_pages_pass_the_official_validator(converted) -> None:
    from ampcheck import ValidatorUnavailable, install

    try:
        amp = install()
    except ValidatorUnavailable as exc:
        pytest.skip(f"official AMP validator unavailable: {exc}")
    _, folder = converted["amp"]
    pages = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.html")
             if p.name != "index.html"}
    results = amp.validate_pages(pages)
    failed = {name: [str(i) for i in r.errors] for name, r in results.items() if r.status != "PASS"}
    assert len(results) == 41 and not failed, failed
