"""The per-record function every batch engine runs: process pool, Dask, PySpark.

:func:`convert_record` takes a :class:`~syndicate.readers.records.Record` (or a
plain ``{"id", "url", "html"}`` mapping) and returns a plain dict, picklable and
JSON-ready: ``{"id", "source", "document"}`` (or ``"amp"``, ``"text"``,
``"markdown"``), or ``{"id", "source", "error"}``. It never raises on bad input.
It is a module-level function of a module that imports neither requests nor any
cluster framework, so it pickles by reference and loads fast on a worker.
"""

from __future__ import annotations

import json
import os
import signal
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .errors import InputError, SyndicateError
from .limits import DEFAULT_LIMITS, Limits
from .model import Document
from .readers.records import Failed, Record, read_file, record_from_mapping

Format = Literal["json", "amp", "text", "markdown"]
FORMATS: tuple[str, ...] = ("json", "amp", "text", "markdown")
#: The key of the converted output in a result dict, by format.
RESULT_KEY = {"json": "document", "amp": "amp", "text": "text", "markdown": "markdown"}
SUFFIX = {"json": ".json", "amp": ".html", "text": ".txt", "markdown": ".md"}

#: Magic numbers of files that are certainly not HTML pages (checked before parsing).
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"), (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"PK\x03\x04", "a ZIP archive"), (b"\x1f\x8b", "gzip data"), (b"OggS", "an Ogg file"),
    (b"ID3", "an MP3 file"),
    (b"\x7fELF", "a program"), (b"BZh", "bzip2 data"), (b"\xfd7zXZ", "xz data"),
)


@dataclass(frozen=True)
class Options:
    """How records are converted. Plain data: pickled to every worker once."""

    #: Output format: json (the document), amp, text or markdown.
    to: Format = "json"
    #: AMP: keep, placeholder or drop ad slots.
    ads: str = "keep"
    #: Text/Markdown: also write the ad slots, related blocks and CTAs after the body.
    chrome: bool = False
    #: Size and structure limits, applied to each record on its own.
    limits: Limits = DEFAULT_LIMITS
    #: Longest time one record may take, in seconds (None: no limit). Enforced with a
    #: timer signal where that is possible (a worker process's main thread).
    timeout: float | None = None


DEFAULT_OPTIONS = Options()


class RecordTimeout(SyndicateError):
    """A record took longer than ``Options.timeout``."""


def _not_html(raw: bytes) -> str | None:
    head = raw[:16]
    if head[4:8] == b"ftyp":
        return "an MP4/ISO media file"
    for magic, what in BINARY_SIGNATURES:
        if head.startswith(magic):
            return what
    return None


def load_document(record: Record, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read one record into a Document (raises SyndicateError or OSError)."""
    from .readers.html import parse_html
    from .readers.text import parse_text

    data = record.data if record.data is not None else read_file(record.path or "", limits)
    if isinstance(data, bytes):
        what = _not_html(data) if record.kind == "html" else None
        if what:
            raise InputError(f"not an HTML page: looks like {what}")
        if not data.removeprefix(b"\xef\xbb\xbf").strip():
            raise InputError("empty input: there is nothing to convert")
    elif not data.strip():
        raise InputError("empty input: there is nothing to convert")
    if record.kind == "text":
        if isinstance(data, bytes):
            try:
                data = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise InputError("text input is not UTF-8") from None
        return parse_text(data, url=record.url, limits=limits)
    return parse_html(data, url=record.url, limits=limits)


def render(doc: Document, options: Options) -> Any:
    """The converted output of one document: a dict for json, text otherwise."""
    if options.to == "json":
        from .writers.json import to_json

        return json.loads(to_json(doc, indent=None))  # re-sanitized, as the JSON writer does
    if options.to == "amp":
        from .writers.amp import to_amp

        return to_amp(doc, ads=options.ads)
    if options.to == "text":
        from .writers.text import to_text

        return to_text(doc, chrome=options.chrome)
    from .writers.markdown import to_markdown

    return to_markdown(doc, chrome=options.chrome)


def render_text(doc: Document, options: Options) -> str:
    """Like :func:`render`, as JSON text for json (no parse/dump round trip)."""
    if options.to == "json":
        from .writers.json import to_json

        return to_json(doc, indent=None)
    return render(doc, options)


def error_reason(exc: BaseException) -> str:
    """One line saying why a record failed (an OSError's strerror, an error's message)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, SyndicateError | OSError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "out of memory on this record"
    return f"internal error: {type(exc).__name__}: {exc}"


def _as_record(record: Record | Mapping[str, Any]) -> Record:
    return record if isinstance(record, Record) else record_from_mapping(record, "record")


class Deadline:
    """A SIGALRM timer around one record, where signals can be used (main thread, POSIX)."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.armed = (bool(seconds) and hasattr(signal, "setitimer")
                      and threading.current_thread() is threading.main_thread())

    def __enter__(self) -> Deadline:
        if self.armed:
            self._previous = signal.signal(signal.SIGALRM, self._expired)
            # Fires again every second after the limit, in case a broad ``except`` swallowed it.
            signal.setitimer(signal.ITIMER_REAL, float(self.seconds or 0), 1.0)
        return self

    def _expired(self, signum: int, frame: object) -> None:
        raise RecordTimeout(f"took longer than {self.seconds:g} s (the per-record time limit)")

    def __exit__(self, *exc: object) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)


def convert_record(record: Record | Failed | Mapping[str, Any],
                   options: Options = DEFAULT_OPTIONS) -> dict[str, Any]:
    """Convert one record; never raises on bad input (the error is in the result).

    Returns ``{"id", "source", RESULT_KEY[options.to]: output}`` or
    ``{"id", "source", "error"}`` (also for a :class:`Failed` listing item).
    """
    if isinstance(record, Failed):
        return {"id": record.id, "source": record.source, "error": record.reason}
    try:
        rec = _as_record(record)
    except SyndicateError as exc:
        return {"id": "record", "source": {}, "error": str(exc)}
    try:
        with Deadline(options.timeout):
            doc = load_document(rec, options.limits)
            output = render(doc, options)
    except Exception as exc:  # noqa: BLE001 - one bad record never stops a batch
        if os.environ.get("SYNDICATE_DEBUG") and not isinstance(exc, SyndicateError | OSError):
            raise
        return {"id": rec.id, "source": rec.source, "error": error_reason(exc)}
    return {"id": rec.id, "source": rec.source, RESULT_KEY[options.to]: output}


def convert_partition(records: Iterable[Record | Failed | Mapping[str, Any]],
                      options: Options = DEFAULT_OPTIONS) -> Iterator[dict[str, Any]]:
    """:func:`convert_record` over an iterable: the shape of Spark's ``mapPartitions``
    and Dask's ``map_partitions``."""
    for record in records:
        yield convert_record(record, options)


def convert_files(paths: Iterable[str], options: Options = DEFAULT_OPTIONS,
                  globs: tuple[str, ...] | None = None) -> Iterator[dict[str, Any]]:
    """Read and convert every record of the given files/folders/WARCs/JSONLs, lazily:
    one cluster task per input file, nothing held but the record at hand."""
    from .readers.records import DEFAULT_GLOBS, iter_records

    records = iter_records(list(paths), globs=globs or DEFAULT_GLOBS, limits=options.limits)
    return convert_partition(records, options)


def result_to_line(result: Mapping[str, Any]) -> str:
    """A :func:`convert_record` result as one JSONL line (no newline), the ``batch`` format."""
    return json.dumps(result, ensure_ascii=False, separators=(",", ":"))


def result_line(rid: str, source: Mapping[str, str], key: str, payload_json: str) -> str:
    """One JSONL line, ``id`` first so ``--resume`` reads it without parsing the document."""
    # ASCII escapes for id and source: a file name may carry undecodable bytes (surrogates).
    return f'{{"id":{json.dumps(rid)},"source":{json.dumps(source)},"{key}":{payload_json}}}\n'
