"""The fetcher as a service (issue 12, findings 1-3 and the HTTP charset of 9): which
addresses it connects to, a clock per request that covers the response headers, a run
deadline, an item cap. Against a real server on 127.0.0.1; no other address is ever
connected to (refused addresses are refused before any connection is made)."""

from __future__ import annotations

import time

import pytest

import syndicate
from httpserver import LocalServer, article_html, redirect, static
from syndicate.cli import main
from syndicate.feedconvert import convert_items
from syndicate.fetch import Fetcher
from syndicate.netpolicy import address_problem
from syndicate.readers.feed import read_feed

SECRET = "INTERNAL-ONLY-7f3a"
FAST = dict(fetch_connect_timeout=1.0, fetch_read_timeout=2.0, fetch_backoff=0.01)


def header_drip(req, match) -> None:
    """A status line, then one header byte every 0.3 s: never silent for the read timeout."""
    req.wfile.write(b"HTTP/1.1 200 OK\r\n")
    req.wfile.flush()
    for _ in range(200):
        req.wfile.write(b"X")
        req.wfile.flush()
        time.sleep(0.3)


@pytest.fixture(scope="module")
def server():
    with LocalServer() as srv:
        srv.route(r"/secret", static(f"<html><body><p>{SECRET} " + "text " * 40 + "</p></body></html>"))
        srv.route(r"/article", static(article_html(1)))
        srv.route(r"/to-metadata", redirect("http://169.254.169.254/latest/meta-data/"))
        srv.route(r"/header-drip", header_drip)
        srv.route(r"/retry-later", static(b"busy", "text/plain", status=503,
                                          headers={"Retry-After": "30"}))
        srv.route(r"/utf7", static(b"<html><body><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p>"
                                   b"</body></html>", "text/html; charset=utf-7"))
        srv.route(r"/escape", static(b"<html><body><p>caf\\u00e9 \\x3cscript\\x3e</p></body></html>",
                                     "text/html; charset=unicode_escape"))
        srv.route(r"/bom", static(b"\xef\xbb\xbf<html><body><p>caf\xc3\xa9</p></body></html>",
                                  "text/html; charset=latin-1"))
        yield srv


def spellings(port: int) -> list[str]:
    """The loopback and unspecified addresses in numeric spellings getaddrinfo accepts."""
    hosts = ["127.0.0.1", "127.1", "0x7f000001", "2130706433", "0177.0.0.1", "0x7f.0.0.1",
             "127.000.000.001", "localhost", "0.0.0.0", "0", "[::1]", "[::ffff:127.0.0.1]",
             "[::ffff:7f00:1]", "127.0.0.2"]
    return [f"http://{h}:{port}/secret" for h in hosts]


def test_private_addresses_refused_in_every_spelling(server) -> None:
    port = server.server_address[1]
    before = server.hits.get("/secret", 0)
    with Fetcher(syndicate.Limits(**FAST)) as fetcher:
        for url in spellings(port):
            with pytest.raises(syndicate.FetchError) as info:
                fetcher.fetch(url)
            assert info.value.reason.startswith("refused:"), (url, info.value.reason)
            assert "--allow-private" in info.value.reason
    assert server.hits.get("/secret", 0) == before  # not one request reached the server


def test_the_allow_flag_reaches_the_local_server(server) -> None:
    port = server.server_address[1]
    limits = syndicate.Limits(**FAST, allow_private_addresses=True)
    with Fetcher(limits) as fetcher:
        for url in (f"http://127.1:{port}/secret", f"http://0x7f000001:{port}/secret"):
            assert SECRET.encode() in fetcher.fetch(url).content


def test_redirect_to_a_private_address_is_refused(server) -> None:
    """The user's own (trusted) URL is fetched; where it redirects is checked."""
    with Fetcher(syndicate.Limits(**FAST)) as fetcher:
        with pytest.raises(syndicate.FetchError) as info:
            fetcher.fetch(server.url("/to-metadata"), trusted=True)
        assert "169.254.169.254" in info.value.reason and "link-local" in info.value.reason
        port = server.server_address[1]
        server.route(r"/to-secret", redirect(f"http://127.1:{port}/secret"))
        before = server.hits.get("/secret", 0)
        with pytest.raises(syndicate.FetchError, match="refused"):
            fetcher.fetch(server.url("/to-secret"), trusted=True)
        assert server.hits.get("/secret", 0) == before


def test_feed_items_on_private_addresses_never_reach_the_output(server, tmp_path) -> None:
    port = server.server_address[1]
    links = "".join(f"<item><title>t{i}</title><link>{u}</link></item>"
                    for i, u in enumerate(spellings(port)))
    feed = read_feed(f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                     f"<link>https://example.com/</link><description>d</description>{links}"
                     "</channel></rss>".encode())
    before = server.hits.get("/secret", 0)
    result = convert_items(feed, limits=syndicate.Limits(**FAST))
    assert not result.converted and len(result.failures) == len(spellings(port))
    assert all("refused" in f.reason for f in result.failures)
    assert server.hits.get("/secret", 0) == before
    # The same feed from the command line: refused unless --allow-private.
    path = tmp_path / "feed.xml"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                    f"<link>https://example.com/</link><description>d</description>"
                    f"<item><title>t</title><link>http://127.1:{port}/secret</link></item>"
                    "</channel></rss>")
    out = tmp_path / "out.xml"
    assert main(["feed", str(path), "--to", "rss", "-o", str(out)]) == 2
    assert not out.exists()
    assert main(["feed", str(path), "--to", "rss", "-o", str(out), "--allow-private"]) == 0
    assert SECRET in out.read_text()


@pytest.mark.parametrize(("address", "why"), [
    ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("192.168.0.1", "private"),
    ("169.254.169.254", "link-local"), ("100.64.0.1", "non-global"), ("224.0.0.251", "multicast"),
    ("240.0.0.1", "reserved"), ("0.0.0.0", "unspecified"), ("::", "unspecified"),
    ("::1", "loopback"), ("fe80::1", "link-local"), ("fc00::1", "private"),
    ("::ffff:10.0.0.1", "private"), ("64:ff9b::7f00:1", "loopback"), ("2002:7f00:1::1", "loopback"),
    ("ff02::1", "multicast"), ("8.8.8.8", None), ("2606:4700:4700::1111", None),
])
def test_address_classes(address: str, why: str | None) -> None:
    problem = address_problem(address)
    assert (problem is None) if why is None else (problem is not None and why in problem)


def test_header_drip_is_stopped_at_the_total_timeout(server) -> None:
    limits = syndicate.Limits(**FAST, fetch_total_timeout=1.5, allow_private_addresses=True)
    start = time.monotonic()
    with Fetcher(limits) as fetcher, pytest.raises(syndicate.FetchError) as info:
        fetcher.fetch(server.url("/header-drip"))
    assert time.monotonic() - start < 4
    assert info.value.reason == "timed out: response not complete within 1.5 s"


def test_feed_timeout_bounds_the_whole_request(server, tmp_path, capsys) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                    f"<link>https://example.com/</link><description>d</description>"
                    f"<item><title>t</title><link>{server.url('/header-drip')}</link></item>"
                    "</channel></rss>")
    start = time.monotonic()
    code = main(["feed", str(path), "--to", "jsonl", "-o", str(tmp_path / "o.jsonl"),
                 "--timeout", "1", "--allow-private"])
    assert code == 2 and time.monotonic() - start < 5
    assert "timed out" in capsys.readouterr().err


def test_run_deadline_with_retry_after(server, tmp_path, capsys) -> None:
    """Retry-After: 30 on every item: the run ends at its deadline, not after minutes."""
    limits = syndicate.Limits(**FAST, fetch_max_retry_after=60, fetch_run_deadline=2.0,
                              allow_private_addresses=True, fetch_workers=2, fetch_per_host=1)
    items = "".join(f"<item><title>t{i}</title><link>{server.url(f'/retry-later?{i}')}</link></item>"
                    for i in range(6))
    feed = read_feed(f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                     f"<link>https://example.com/</link><description>d</description>{items}"
                     "</channel></rss>".encode())
    start = time.monotonic()
    result = convert_items(feed, limits=limits)
    assert time.monotonic() - start < 3.5
    assert len(result.failures) == 6
    assert all("deadline" in f.reason for f in result.failures), result.failures
    # The same from the command line.
    path = tmp_path / "feed.xml"
    path.write_bytes(f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                     f"<link>https://example.com/</link><description>d</description>{items}"
                     "</channel></rss>".encode())
    start = time.monotonic()
    code = main(["feed", str(path), "--to", "jsonl", "-o", str(tmp_path / "o.jsonl"),
                 "--deadline", "2", "--allow-private", "--per-host", "1"])
    assert code == 2 and time.monotonic() - start < 3.5
    assert "run deadline" in capsys.readouterr().err


def test_item_cap(server, tmp_path, capsys) -> None:
    items = "".join(f"<item><title>t{i}</title><link>{server.url(f'/article?{i}')}</link></item>"
                    for i in range(5))
    path = tmp_path / "feed.xml"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                    f"<link>https://example.com/</link><description>d</description>{items}"
                    "</channel></rss>")
    before = server.hits.get("/article", 0)
    code = main(["feed", str(path), "--to", "jsonl", "-o", str(tmp_path / "o.jsonl"),
                 "--max-items", "2", "--allow-private"])
    err = capsys.readouterr().err
    assert code == 1 and server.hits.get("/article", 0) - before == 2
    assert err.count("over the cap of 2 items") == 3
    assert len((tmp_path / "o.jsonl").read_text().splitlines()) == 2


def test_http_charset_mapped_the_browser_way(server) -> None:
    limits = syndicate.Limits(**FAST, allow_private_addresses=True)
    with Fetcher(limits) as fetcher:
        assert fetcher.fetch(server.url("/utf7")).encoding is None  # not a web encoding
        assert fetcher.fetch(server.url("/escape")).encoding is None  # a Python-only codec
        assert fetcher.fetch(server.url("/bom")).encoding == "utf-8"  # the BOM wins
    doc = syndicate.parse(fetcher_page_text(server.url("/utf7"), limits), url=server.url("/utf7"))
    assert "<script" not in doc.text()


def fetcher_page_text(url: str, limits: syndicate.Limits) -> bytes | str:
    from syndicate.feedconvert import page_content

    with Fetcher(limits) as fetcher:
        return page_content(fetcher.fetch(url))


@pytest.mark.parametrize("location", ["http://[::1", "//[zz]/x"])
def test_redirect_to_an_unparseable_url_is_a_fetch_error(server, location: str) -> None:
    path = f"/bad-location-{len(location)}"
    server.route(path, redirect(location))
    limits = syndicate.Limits(**FAST, allow_private_addresses=True)
    with Fetcher(limits) as fetcher, pytest.raises(syndicate.FetchError, match="invalid URL"):
        fetcher.fetch(server.url(path))
    with Fetcher(limits) as fetcher, pytest.raises(syndicate.FetchError, match="bad port"):
        fetcher.fetch("http://example.com:99999/")


def test_page_reader_maps_meta_labels_the_same_way() -> None:
    from syndicate.extract.encoding import declared_encoding, whatwg_codec

    page = b'<html><head><meta charset="utf-7"></head><body><p>+ADw-b+AD4-x</p></body></html>'
    assert declared_encoding(page) is None
    assert "+ADw-b+AD4-x" in syndicate.parse(page).text() or not syndicate.parse(page).body
    assert [whatwg_codec(x) for x in ("latin1", "ascii", "utf-7", "rot13", "x-user-defined")] == [
        "cp1252", "cp1252", None, None, None]
