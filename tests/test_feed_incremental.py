"""Publisher runs of ``syndicate feed`` against a real local HTTP server (issue 13):
a second run over an unchanged feed makes only conditional requests and rewrites
nothing; one changed page is refetched and only its outputs change; a duplicate link
is fetched once; files are readable by others; an interrupted run leaves the previous
outputs (the AMP folder included) intact; AMP names do not depend on positions."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import lxml.html
import pytest
import requests

from httpserver import LocalServer, RequestHandler, article_html, article_title
from syndicate.cli import main
from syndicate.cli.feed import ProgressBar
from syndicate.errors import FetchError
from syndicate.feedconvert import Converted, convert_items, load_feed
from syndicate.fetch import Fetcher
from syndicate.limits import Limits

REPO = Path(__file__).resolve().parents[1]


class Site:
    """Articles with ETags (answering If-None-Match with 304) and a feed over them;
    every request's path, conditional headers and status are recorded."""

    def __init__(self, server: LocalServer):
        self.server = server
        self.version: dict[int, int] = {}
        self.items: list[int] = [1, 2, 3, 4]
        self.extra_links: list[str] = []
        self.log: list[tuple[str, bool, int]] = []
        self.lock = threading.Lock()
        self.slow: set[int] = set()
        server.route(r"/a/(\d+)", self.article)
        server.route(r"/feed\.xml", self.feed)

    def body(self, n: int) -> bytes:
        html = article_html(n)
        v = self.version.get(n, 0)
        if v:
            html = html.replace("</article>", f"<p>Update {v}: the council confirmed the "
                                              f"timetable for the repairs today.</p></article>")
        return html.encode("utf-8")

    def answer(self, req: RequestHandler, body: bytes, ctype: str) -> None:
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        conditional = bool(req.headers.get("If-None-Match") or req.headers.get("If-Modified-Since"))
        status = 304 if req.headers.get("If-None-Match") == etag else 200
        with self.lock:
            self.log.append((req.path, conditional, status))
        if status == 304:
            req.send_response(304)
            req.send_header("ETag", etag)
            req.send_header("Content-Length", "0")
            req.end_headers()
        else:
            req.send_body(body, ctype, headers={"ETag": etag})

    def article(self, req: RequestHandler, match: re.Match) -> None:
        n = int(match.group(1))
        if n in self.slow:
            time.sleep(4)
        self.answer(req, self.body(n), "text/html; charset=utf-8")

    def link(self, n: int) -> str:
        return self.server.url(f"/a/{n}")

    def feed(self, req: RequestHandler, match: re.Match) -> None:
        links = [(article_title(n), self.link(n)) for n in self.items]
        links += [("Again", u) for u in self.extra_links]
        items = "".join(f"<item><title>{t}</title><link>{u}</link><guid>{u}</guid></item>"
                        for t, u in links)
        xml = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
               f"<title>Harbour Times</title><link>{self.server.base}/</link>"
               f"<description>News</description>{items}</channel></rss>")
        self.answer(req, xml.encode("utf-8"), "application/rss+xml")

    def reset_log(self) -> None:
        with self.lock:
            self.log.clear()

    def page_requests(self) -> list[tuple[str, bool, int]]:
        return [e for e in self.log if e[0].startswith("/a/")]


@pytest.fixture()
def site():
    with LocalServer() as server:
        yield Site(server)


def snapshot(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """name -> (inode, mtime_ns, content) of every file under ``folder``."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            st = p.stat()
            out[str(p.relative_to(folder))] = (st.st_ino, st.st_mtime_ns, p.read_bytes())
    return out


def run(site: Site, out: Path, cache: Path, *extra: str) -> int:
    code = 0
    for fmt, target in (("rss", out / "full.xml"), ("amp", out / "amp"),
                        ("jsonl", out / "docs.jsonl")):
        rc = main(["feed", site.server.url("/feed.xml"), "--to", fmt, "-o", str(target),
                   "--cache-dir", str(cache), "--timeout", "5", *extra])
        code = max(code, rc)
    return code


# --------------------------------------------------------------------------- incremental


def test_second_run_is_conditional_and_rewrites_nothing(site, tmp_path, capsys) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    assert run(site, out, cache) == 0
    first = snapshot(out)
    assert len([n for n in first if n.startswith("amp/") and n.endswith(".html")]) == 5
    site.reset_log()
    time.sleep(0.02)  # a rewrite would show in mtime_ns
    assert run(site, out, cache) == 0
    requests_made = site.page_requests()
    assert requests_made, "the pages were not asked for at all"
    assert all(cond and status == 304 for _, cond, status in requests_made), requests_made
    feed_requests = [e for e in site.log if e[0] == "/feed.xml"]
    assert all(cond and status == 304 for _, cond, status in feed_requests)
    assert snapshot(out) == first  # same inode, same mtime, same bytes: nothing rewritten


def test_unchanged_pages_are_not_parsed_again(site, tmp_path, monkeypatch) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    assert run(site, out, cache) == 0
    import syndicate.readers.html as reader

    calls = []
    real = reader.parse_html
    monkeypatch.setattr(reader, "parse_html", lambda *a, **k: calls.append(1) or real(*a, **k))
    site.version[2] = 1
    assert run(site, out, cache) == 0
    assert len(calls) == 1  # page 2 only, and once: the other formats reuse the document


def test_one_changed_page_changes_only_its_outputs(site, tmp_path, capsys) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    assert run(site, out, cache) == 0
    first = snapshot(out)
    site.version[3] = 1
    site.reset_log()
    time.sleep(0.02)
    assert run(site, out, cache) == 0
    full = [e for e in site.page_requests() if e[2] == 200]
    assert {e[0] for e in full} == {"/a/3"}
    second = snapshot(out)
    changed = {n for n in second if second[n] != first.get(n)}
    manifest = json.loads(second["amp/manifest.json"][2])
    page3 = "amp/" + next(p["file"] for p in manifest["pages"] if p["link"] == site.link(3))
    assert changed == {"full.xml", "docs.jsonl", page3}
    assert b"Update 1: the council" in second[page3][2]


def test_a_duplicate_link_is_fetched_once(site, tmp_path, capsys) -> None:
    site.extra_links = [site.link(2), site.link(2) + "#again"]
    out = tmp_path / "full.xml"
    code = main(["feed", site.server.url("/feed.xml"), "--to", "rss", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert [e[0] for e in site.page_requests()].count("/a/2") == 1
    assert out.read_text(encoding="utf-8").count(f"<link>{site.link(2)}</link>") == 1
    assert "converted 4 of 4 items, 0 failed, 2 duplicate links skipped" in err


# --------------------------------------------------------------------------- files


def test_outputs_are_readable_by_others_under_umask_022(site, tmp_path, capsys) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "out"
        assert run(site, out, tmp_path / "cache") == 0
        files = [p for p in out.rglob("*") if p.is_file()]
        assert files
        for p in files:
            assert stat.S_IMODE(p.stat().st_mode) == 0o644, p
        # a re-run keeps a mode the publisher chose
        os.chmod(out / "full.xml", 0o640)
        site.version[1] = 1
        assert run(site, out, tmp_path / "cache") == 0
        assert stat.S_IMODE((out / "full.xml").stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_amp_names_follow_the_item_and_stale_pages_go(site, tmp_path, capsys) -> None:
    folder = tmp_path / "amp"
    args = ["feed", site.server.url("/feed.xml"), "--to", "amp", "-o", str(folder)]
    assert main(args) == 0
    names = set(os.listdir(folder))
    site.items = [9, 1, 2, 3]  # a new item first, item 4 left the feed
    assert main(args) == 0
    now = set(os.listdir(folder))
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    by_link = {p["link"]: p["file"] for p in manifest["pages"]}
    old_manifest_names = names - {"index.html", "manifest.json"}
    assert {by_link[site.link(n)] for n in (1, 2, 3)} <= old_manifest_names  # not renamed
    assert by_link[site.link(9)] in now
    gone = old_manifest_names - set(by_link.values())
    assert len(gone) == 1 and not (gone & now)  # item 4's page removed
    index = lxml.html.fromstring((folder / "index.html").read_bytes())
    assert [a.get("href") for a in index.iter("a")] == [by_link[site.link(n)] for n in (9, 1, 2, 3)]
    # --keep-stale keeps a page whose item left, off the index
    (folder / "notes.txt").write_text("mine", encoding="utf-8")  # never touched
    site.items = [9, 1, 2]
    assert main([*args, "--keep-stale"]) == 0
    assert by_link[site.link(3)] in os.listdir(folder)
    index = lxml.html.fromstring((folder / "index.html").read_bytes())
    assert by_link[site.link(3)] not in [a.get("href") for a in index.iter("a")]
    assert main(args) == 0
    assert by_link[site.link(3)] not in os.listdir(folder)
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_page_that_fails_keeps_its_previous_version(site, tmp_path, capsys) -> None:
    folder = tmp_path / "amp"
    args = ["feed", site.server.url("/feed.xml"), "--to", "amp", "-o", str(folder)]
    assert main(args) == 0
    before = snapshot(folder)
    site.server.routes.insert(0, (re.compile(r"/a/2"), lambda req, m: req.send_body(
        b"down", "text/plain", status=404)))
    assert main(args) == 1
    assert snapshot(folder) == before  # item 2 still listed, its page still there



def _interruptible() -> None:
    """In the child, Ctrl-C as a terminal gives it: a test run started in the background (a
    shell's ``&`` ignores SIGINT for its job, and children inherit that) would otherwise
    start the CLI deaf to SIGINT, as any Unix tool started so stays."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)

def test_interrupted_run_leaves_the_previous_outputs(site, tmp_path) -> None:
    out = tmp_path / "out"
    for fmt, name in (("amp", "amp"), ("rss", "full.xml")):
        assert main(["feed", site.server.url("/feed.xml"), "--to", fmt,
                     "-o", str(out / name)]) == 0
    before = snapshot(out)
    site.items = [5, 6, 1]
    site.slow = {6}
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    for fmt, name in (("amp", "amp"), ("rss", "full.xml")):
        site.reset_log()
        proc = subprocess.Popen(
            [sys.executable, "-m", "syndicate", "feed", site.server.url("/feed.xml"),
             "--to", fmt, "-o", str(out / name), "--timeout", "10"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
            preexec_fn=_interruptible)
        try:
            deadline = time.monotonic() + 30
            while not any(e[0] == "/a/5" for e in site.log) and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.3)
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 130, err
    assert snapshot(out) == before


def test_index_only_lists_complete_pages_when_writing_stops(site, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "amp"
    assert main(["feed", site.server.url("/feed.xml"), "--to", "amp", "-o", str(folder)]) == 0
    index_before = (folder / "index.html").read_bytes()
    site.items = [7, 8, 1, 2]
    import syndicate.ampfolder as ampfolder

    real = ampfolder.write_atomic
    count = []

    def write_then_stop(path, data, **kw):  # the machine goes down after one new page
        if count:
            raise KeyboardInterrupt
        count.append(path)
        return real(path, data, **kw)

    monkeypatch.setattr(ampfolder, "write_atomic", write_then_stop)
    assert main(["feed", site.server.url("/feed.xml"), "--to", "amp", "-o", str(folder)]) == 130
    assert (folder / "index.html").read_bytes() == index_before
    index = lxml.html.fromstring(index_before)
    for a in index.iter("a"):
        page = folder / a.get("href")
        assert page.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert not list(folder.glob(".*.part"))


# --------------------------------------------------------------------------- feed metadata


def test_rss_keeps_item_links_and_claims_nothing_it_does_not_know(site, tmp_path, capsys) -> None:
    out = tmp_path / "full.xml"
    assert main(["feed", site.server.url("/feed.xml"), "--to", "rss", "-o", str(out)]) == 0
    xml = out.read_text(encoding="utf-8")
    assert 'rel="self"' not in xml  # no --self-url: no self link (never the source feed)
    for n in site.items:
        assert f'<guid isPermaLink="true">{site.link(n)}</guid>' in xml
    assert "<language>en</language>" in xml  # every page says lang="en"
    assert main(["feed", site.server.url("/feed.xml"), "--to", "rss", "-o", str(out),
                 "--self-url", "https://example.com/full.xml"]) == 0
    assert ('<atom:link href="https://example.com/full.xml" rel="self"'
            in out.read_text(encoding="utf-8"))


def test_channel_language_only_when_all_items_agree(site, tmp_path, capsys) -> None:
    german = article_html(2).replace('lang="en"', 'lang="de"').encode()
    site.server.routes.insert(0, (re.compile(r"/a/2"), lambda req, m: req.send_body(
        german, "text/html; charset=utf-8")))
    out = tmp_path / "full.xml"
    assert main(["feed", site.server.url("/feed.xml"), "--to", "rss", "-o", str(out)]) == 0
    assert "<language>" not in out.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- reporting


def test_failures_and_jsonl_stream_as_items_finish(site) -> None:
    site.items = [1, 2]
    site.slow = {2}
    feed, _ = load_feed(site.server.url("/feed.xml"))
    heard: list[tuple[str, float]] = []
    start = time.monotonic()

    def on_result(outcome) -> None:
        heard.append((outcome.item.link if isinstance(outcome, Converted) else outcome.url,
                      time.monotonic() - start))

    with Fetcher(Limits(allow_private_addresses=True)) as fetcher:
        result = convert_items(feed, fetcher=fetcher, workers=2, on_result=on_result)
    assert len(result.converted) == 2
    assert heard[0][0] == site.link(1) and heard[0][1] < 3  # not held back by the slow page
    assert heard[1][0] == site.link(2) and heard[1][1] >= 3.5


def test_verbose_and_quiet(site, tmp_path, capsys) -> None:
    out, cache = tmp_path / "o.xml", tmp_path / "c"
    base = ["feed", site.server.url("/feed.xml"), "--to", "rss", "-o", str(out),
            "--cache-dir", str(cache)]
    assert main([*base, "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert main([*base, "-v"]) == 0
    err = capsys.readouterr().err
    for n in site.items:
        assert f"{site.link(n)}: converted (unchanged, not read again)" in err
    assert "written: nothing (no change)" in err
    assert "converted 4 of 4 items" in err


def test_progress_bar_shows_rate_and_eta() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    now = [100.0]
    tty = Terminal()
    bar = ProgressBar(tty, clock=lambda: now[0])
    now[0] += 2.0
    bar(1, 5)  # one item in two seconds: 0.5/s, four to go: 8 s
    assert "1/5  0.5/s  ETA 0:08" in tty.getvalue()
    bar.print("http://x/: HTTP 404")
    assert "\nhttp://x/: HTTP 404\n" in tty.getvalue().replace("\r", "\n")


def test_messages_name_the_url_once(site, tmp_path, capsys) -> None:
    url = site.server.url("/nothing-here.xml")
    assert main(["feed", url, "--to", "rss", "-o", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert err.count(url) == 1 and "HTTP 404" in err
    empty = tmp_path / "empty.xml"
    empty.write_text('<rss version="2.0"><channel><title>T</title></channel></rss>',
                     encoding="utf-8")
    assert main(["feed", str(empty), "--to", "rss", "-o", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "the feed has no items" in err and "no link" not in err
    assert not (tmp_path / "o").exists()


class _NoSuchHost(requests.adapters.HTTPAdapter):
    """What urllib3 raises when DNS has no answer, without asking any resolver."""

    calls = 0

    def send(self, request, **kwargs):  # type: ignore[override]
        type(self).calls += 1
        cause = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        raise requests.exceptions.ConnectionError(
            "HTTPConnectionPool(host='news.invalid', port=80): Max retries exceeded "
            "(Caused by NameResolutionError(\"<urllib3.connection.HTTPConnection object>: "
            "Failed to resolve 'news.invalid' ([Errno -2] Name or service not known)\"))",
            request=request) from cause


def test_dns_failure_is_reported_plainly_and_not_retried() -> None:
    # No real DNS query leaves the machine: the adapter answers as a resolver saying no would
    # (mounted after the Fetcher, which puts its address-checking adapter on every session).
    with Fetcher() as fetcher, pytest.raises(FetchError) as info:
        fetcher.session.mount("http://", _NoSuchHost())
        fetcher.fetch("http://news.invalid/story")
    assert _NoSuchHost.calls == 1
    assert info.value.reason == "could not connect: host name 'news.invalid' not found (DNS)"
    assert "NameResolutionError" not in str(info.value)


def test_a_page_with_only_last_modified_is_revalidated(tmp_path) -> None:
    """No ETag, no Cache-Control: the next fetch asks If-Modified-Since and a 304
    brings the stored page back."""
    stamp = "Tue, 05 Mar 2024 08:30:00 GMT"
    seen: list[str | None] = []

    def handler(req: RequestHandler, match: re.Match) -> None:
        seen.append(req.headers.get("If-Modified-Since"))
        if req.headers.get("If-Modified-Since") == stamp:
            req.send_response(304)
            req.send_header("Content-Length", "0")
            req.end_headers()
        else:
            req.send_body(article_html(5), "text/html; charset=utf-8",
                          headers={"Last-Modified": stamp})

    with LocalServer() as server:
        server.route(r"/lm", handler)
        pages = []
        for _ in range(2):
            with Fetcher(Limits(allow_private_addresses=True), cache_dir=str(tmp_path)) as fetcher:
                pages.append(fetcher.fetch(server.url("/lm")))
    assert seen == [None, stamp]
    assert pages[1].from_cache and pages[1].content == pages[0].content


def test_convert_feed_api_reuses_documents(site, tmp_path) -> None:
    from syndicate import convert_feed

    outcomes: list[list[Converted]] = [[], []]
    for run_no in range(2):
        result = convert_feed(site.server.url("/feed.xml"), to="jsonl", out=tmp_path / "d.jsonl",
                              cache_dir=tmp_path / "cache", on_result=outcomes[run_no].append)
        assert len(result.converted) == 4 and not result.failures
    assert not any(c.reused for c in outcomes[0])
    assert all(c.reused and c.unchanged for c in outcomes[1])
    assert result.written == []  # the second run changed no file
