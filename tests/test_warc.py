"""WARC input: a WARC written in the test with warcio holding HTML responses (plain, gzip +
chunked, charset only in the HTTP header), a redirect, a PDF, a request and a warcinfo record."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest

import syndicate
from batchpages import article
from syndicate.readers.records import Failed, Record, SourceStats, iter_records

warcio = pytest.importorskip("warcio", reason="the WARC reader needs warcio (the warc extra)")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

POLISH = "Zażółć gęślą jaźń: źródła donoszą, że łódź wróciła do portu w Gdańsku."


def _chunked(data: bytes, size: int = 100) -> bytes:
    out = b"".join(b"%x\r\n%s\r\n" % (len(data[i:i + size]), data[i:i + size])
                   for i in range(0, len(data), size))
    return out + b"0\r\n\r\n"


def _polish_page() -> bytes:
    paras = "".join(f"<p>{POLISH} Akapit {i} opowiada dalej o pogodzie, o rybakach i o "
                    "nowym nabrzeżu, które miasto buduje od wiosny.</p>" for i in range(4))
    return (f"<html><head><title>Łódź wróciła</title></head><body><article><h1>Łódź wróciła</h1>"
            f"{paras}</article></body></html>").encode("iso-8859-2")


def write_warc(path: Path, *, compress: bool) -> dict[str, str]:
    """The test WARC; returns {target URI: WARC-Record-ID} of the three HTML responses."""
    ids: dict[str, str] = {}
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))

        def response(uri: str, status: str, headers: list[tuple[str, str]], body: bytes) -> None:
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            rec = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=http)
            writer.write_record(rec)
            ids[uri] = rec.rec_headers.get_header("WARC-Record-ID")

        req = StatusAndHeaders("GET /news/1 HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://example.com/news/1", "request",
                                                      payload=BytesIO(b""), http_headers=req))
        response("https://example.com/news/1", "200 OK",
                 [("Content-Type", "text/html; charset=utf-8")], article(1).encode())
        response("https://example.com/news/2", "200 OK",
                 [("Content-Type", "text/html"), ("Content-Encoding", "gzip"),
                  ("Transfer-Encoding", "chunked")], _chunked(gzip.compress(article(2).encode())))
        response("https://example.com/old", "301 Moved Permanently",
                 [("Location", "https://example.com/news/1"), ("Content-Type", "text/html")],
                 b"<html><body>Moved</body></html>")
        response("https://example.com/report.pdf", "200 OK", [("Content-Type", "application/pdf")],
                 b"%PDF-1.7\n1 0 obj\n")
        response("https://example.com/news/3", "200 OK",
                 [("Content-Type", "text/html; charset=ISO-8859-2")], _polish_page())
    return {uri: rid for uri, rid in ids.items() if "/news/" in uri}


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_warc_records(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    expected = write_warc(path, compress=compress)
    stats = SourceStats()
    items = list(iter_records([str(path)], stats=stats))
    assert not [i for i in items if isinstance(i, Failed)]
    records = {r.url: r for r in items if isinstance(r, Record)}
    assert set(records) == set(expected)
    for uri, rec in records.items():
        assert rec.id == expected[uri]
        assert rec.source == {"warc": str(path), "record_id": expected[uri], "url": uri}
    assert dict(stats.skipped) == {
        "WARC warcinfo records": 1, "WARC request records": 1,
        "WARC responses: redirects": 1, "WARC responses: application/pdf": 1,
    }


def test_warc_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    expected = write_warc(path, compress=True)
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "syndicate", "batch", str(path), "-o", str(out),
                           "--workers", "2"], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    docs = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        syndicate.validate(row["document"])
        docs[row["source"]["url"]] = (row["id"], syndicate.Document.from_dict(row["document"]))
    assert {uri: rid for uri, (rid, _) in docs.items()} == expected
    for uri, (_, doc) in docs.items():
        assert doc.url == uri  # WARC-Target-URI is the page URL
    assert docs["https://example.com/news/2"][1].metadata.title == "Story number 2"  # gzip + chunked
    text = docs["https://example.com/news/3"][1].text()
    assert POLISH in text  # decoded with the charset of the HTTP header
    stderr = proc.stderr.decode()
    assert "converted 3, 0 failed" in stderr
    assert "1 WARC request records" in stderr and "1 WARC responses: redirects" in stderr
    assert "1 WARC responses: application/pdf" in stderr


def test_warc_record_over_the_limit_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, paras in ((1, 3), (2, 600)):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://example.com/{n}", "response",
                payload=BytesIO(article(n, paragraphs=paras).encode()), http_headers=http))
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "syndicate", "batch", str(path), "-o", str(out),
                           "--max-mb", "0.05"], capture_output=True, timeout=120)
    assert proc.returncode == 1
    assert [json.loads(x)["source"]["url"] for x in out.read_text().splitlines()] == ["https://example.com/1"]
    assert b"over the limit" in proc.stderr


def test_corrupt_warc_keeps_what_came_before(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    write_warc(path, compress=False)
    path.write_bytes(path.read_bytes() + b"this is no WARC record\r\n\r\n" + b"x" * 500)
    items = list(iter_records([str(path)]))
    assert len([i for i in items if isinstance(i, Record)]) == 3
    assert isinstance(items[-1], Failed) and "not a readable WARC" in items[-1].reason
