"""HTML pages out of WARC files (``.warc``, ``.warc.gz``), as Common Crawl publishes them.

Read with warcio (the ``warc`` extra). Only ``response`` records with a 2xx HTTP
status and an HTML content type become records; requests, metadata, revisits,
redirects and other media types are skipped and counted by reason. warcio's
``content_stream`` undoes the HTTP transfer encoding (chunked) and content
encoding (gzip, deflate). The charset of the HTTP ``Content-Type`` header is used
when the page declares none itself; ``WARC-Target-URI`` is the page's URL.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator

from ..extract.encoding import declared_encoding
from ..limits import DEFAULT_LIMITS, Limits
from .records import Failed, Record, SourceStats, hashed_name

#: HTTP content types read as HTML pages (anything else is skipped and counted).
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _import_warcio():  # noqa: ANN202 - the module, typed by warcio itself
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:  # pragma: no cover - depends on the install
        from ..errors import InputError

        raise InputError("reading WARC files needs warcio: pip install 'syndicate[warc]'") from None
    return ArchiveIterator, ArchiveLoadFailed


def _media_type(content_type: str | None) -> tuple[str, str | None]:
    """(media type, charset or None) of a Content-Type header value."""
    if not content_type:
        return "", None
    parts = content_type.split(";")
    charset = None
    for param in parts[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return parts[0].strip().lower(), charset


def page_data(body: bytes, header_charset: str | None) -> bytes | str:
    """The page for the HTML reader: text decoded with the HTTP charset when the page
    declares none (no BOM, no meta charset) and that charset decodes it cleanly; else
    the bytes, which the reader decodes by the page's own evidence."""
    if not header_charset or body.startswith(_BOMS) or declared_encoding(body):
        return body
    try:
        return body.decode(header_charset)
    except (LookupError, UnicodeDecodeError):
        return body


def _read_body(stream, limit: int) -> bytes | None:  # noqa: ANN001 - a warcio stream
    """The decoded body, or None past ``limit`` bytes (the rest is never read)."""
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(1 << 16):
        total += len(chunk)
        if total > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def iter_warc(path: str, *, stats: SourceStats | None = None,
              limits: Limits = DEFAULT_LIMITS) -> Iterator[Record | Failed]:
    """The HTML response records of the WARC file at ``path``, one :class:`Record` each.

    A record past ``limits.max_input_bytes`` (decoded) or whose encoding cannot be undone
    comes out as :class:`Failed`; a file that stops being a WARC mid-way yields one
    :class:`Failed` for the file and ends.
    """
    archive_iterator, load_failed = _import_warcio()
    stats = stats if stats is not None else SourceStats()
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Failed(path, exc.strerror or str(exc), {"warc": path})
        return
    with fh:
        last = 0
        try:
            for rec in archive_iterator(fh):
                pos = fh.tell()
                stats.bytes_done += pos - last
                last = pos
                item = _record(rec, path, stats, limits)
                if item is not None:
                    yield item
        except (load_failed, OSError, EOFError, ValueError) as exc:
            yield Failed(f"{path}@{fh.tell()}", f"not a readable WARC file past this point: {exc}",
                         {"warc": path})


def _record(rec, path: str, stats: SourceStats,  # noqa: ANN001 - a warcio record
            limits: Limits) -> Record | Failed | None:
    if rec.rec_type != "response":
        stats.skip(f"WARC {rec.rec_type} records")
        return None
    headers = rec.rec_headers
    rid = headers.get_header("WARC-Record-ID") or f"{path}@{headers.get_header('WARC-Date')}"
    url = headers.get_header("WARC-Target-URI")
    source = {"warc": path, "record_id": rid} | ({"url": url} if url else {})
    if rec.http_headers is None:
        stats.skip("WARC responses without HTTP headers")
        return None
    status = rec.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        kind = "redirects" if status.startswith("3") else f"HTTP {status or '?'}"
        stats.skip(f"WARC responses: {kind}")
        return None
    media, charset = _media_type(rec.http_headers.get_header("Content-Type"))
    if media and media not in HTML_TYPES:
        stats.skip(f"WARC responses: {media}")
        return None
    try:
        body = _read_body(rec.content_stream(), limits.max_input_bytes)
    except (OSError, EOFError, ValueError) as exc:  # a corrupt gzip/chunked body
        return Failed(rid, f"cannot decode the HTTP body: {exc}", source)
    if body is None:
        return Failed(rid, f"page over the limit of {limits.max_input_bytes:,} bytes "
                           "(raise Limits.max_input_bytes to accept it)", source)
    stem = os.path.basename(path).removesuffix(".gz").removesuffix(".warc")
    return Record(id=rid, url=url, data=page_data(body, charset), kind="html", source=source,
                  name=f"{stem}/{hashed_name(rid)}")
