"""The inputs of a batch as one lazy stream of records.

An input is a file, a folder (walked recursively, files picked by glob), a
``.warc``/``.warc.gz`` file (see :mod:`syndicate.readers.warc`), a JSONL file of
``{"url", "html"}`` (or ``"text"``) records, or ``-`` for such records on stdin.
Nothing is held but the record at hand: a file record carries only its path (the
worker reads it), so a folder of ten million pages costs no more memory than ten.
Problems found while listing (a missing file, a bad JSONL line) come out of the
stream as :class:`Failed` items, so one bad input never stops the others.
"""

from __future__ import annotations

import fnmatch
import gzip
import hashlib
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from glob import glob as glob_paths
from pathlib import Path
from typing import Any, BinaryIO, Literal

from ..errors import InputError
from ..limits import DEFAULT_LIMITS, Limits, read_capped

Kind = Literal["html", "text"]

#: Files a folder walk picks when no --glob is given (compressed pages included).
DEFAULT_GLOBS = ("*.html", "*.htm", "*.xhtml", "*.shtml", "*.html.gz", "*.htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
TEXT_SUFFIXES = (".txt", ".text")


@dataclass(frozen=True)
class Record:
    """One page to convert. Plain data, so it pickles to worker processes and cluster nodes.

    ``id`` is stable and unique in a run (the file path, ``FILE:LINE`` or the WARC record
    id): ``--resume`` skips the ids already written. ``data`` is the page (bytes or
    text), or None when ``path`` is to be read where the record is converted.
    ``source`` says where the record came from; it is written beside the document.
    ``name`` is the output file stem when writing a folder (``sub/page``).
    """

    id: str
    url: str | None = None
    data: bytes | str | None = None
    path: str | None = None
    kind: Kind = "html"
    source: dict[str, str] = field(default_factory=dict)
    name: str = ""


@dataclass(frozen=True)
class Failed:
    """An input that could not even be listed (missing file, unreadable JSONL line...)."""

    id: str
    reason: str
    source: dict[str, str] = field(default_factory=dict)


@dataclass
class SourceStats:
    """What the listing skipped (by reason) and how far through the input bytes it is."""

    skipped: Counter[str] = field(default_factory=Counter)
    bytes_total: int = 0
    bytes_done: int = 0

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1


def record_from_mapping(obj: Mapping[str, Any], default_id: str, folder: str = "") -> Record:
    """A record from a ``{"id"?, "url"?, "html" | "text"}`` mapping (JSONL line, Dask/Spark row)."""
    if not isinstance(obj, Mapping):
        raise InputError("record is not a JSON object")
    rid = obj.get("id")
    rid = str(rid) if rid not in (None, "") else default_id
    url = obj.get("url")
    url = url if isinstance(url, str) and url else None
    if isinstance(obj.get("html"), str | bytes):
        data, kind = obj["html"], "html"
    elif isinstance(obj.get("text"), str):
        data, kind = obj["text"], "text"
    else:
        raise InputError('record has no "html" or "text" string')
    source = {"id": rid} | ({"url": url} if url else {})
    name = f"{folder}/{hashed_name(rid)}" if folder else hashed_name(rid)
    return Record(id=rid, url=url, data=data, kind=kind, source=source, name=name)


def hashed_name(rid: str) -> str:
    """A short file stem for records with no path of their own (WARC, JSONL)."""
    return hashlib.blake2b(rid.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _strip_suffixes(name: str) -> str:
    low = name.lower()
    if low.endswith(".gz"):
        name, low = name[:-3], low[:-3]
    stem, dot, _ = name.rpartition(".")
    return stem if dot and stem else name


def _file_kind(path: str) -> str:
    low = path.lower()
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if low.endswith(TEXT_SUFFIXES):
        return "text"
    return "html"


def _matches(rel: str, globs: Sequence[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(rel if "/" in g else name, g) for g in globs)


def _walk(root: str, globs: Sequence[str], stats: SourceStats) -> Iterator[tuple[str, str]]:
    """(path, path relative to root) of every matching file under root.

    Streamed from ``os.scandir``: a flat folder of millions of pages is never listed
    into memory (``os.walk`` would). The order is the file system's; ``--resume`` goes
    by record id, not by position. Symlinked folders are not followed (no cycles).
    """
    root = os.path.normpath(root)
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            entries = os.scandir(folder)
        except OSError:
            stats.skip("unreadable folders")
            continue
        with entries:
            for entry in entries:
                try:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(entry.path)
                        continue
                    if not entry.is_file():
                        continue
                except OSError:
                    continue
                rel = os.path.relpath(entry.path, root).replace(os.sep, "/")
                if _matches(rel, globs):
                    yield entry.path, rel
                else:
                    stats.skip("files not matching --glob")


def count_bytes(inputs: Sequence[str], globs: Sequence[str] = DEFAULT_GLOBS) -> int:
    """Total size of what :func:`iter_records` will read (for a progress bar's ETA)."""
    total = 0
    scratch = SourceStats()
    for name in _expand(inputs):
        if os.path.isdir(name):
            for path, _ in _walk(name, globs, scratch):
                total += _size(path)
        elif name != "-":
            total += _size(name)
    return total


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _expand(inputs: Sequence[str]) -> Iterator[str]:
    """Inputs as given; a pattern the shell did not expand (``'pages/*.html'``) is expanded here."""
    for name in inputs:
        if name != "-" and not os.path.exists(name) and any(c in name for c in "*?["):
            found = sorted(glob_paths(name, recursive=True))
            yield from found or [name]
        else:
            yield name


def iter_records(inputs: Sequence[str], *, globs: Sequence[str] = DEFAULT_GLOBS,
                 stats: SourceStats | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> Iterator[Record | Failed]:
    """Every record of every input, lazily, in input order."""
    stats = stats if stats is not None else SourceStats()
    for name in _expand(inputs):
        if name == "-":
            yield from _jsonl_records(sys.stdin.buffer, "-", stats, limits)
        elif os.path.isdir(name):
            for path, rel in _walk(name, globs, stats):
                yield from _file_records(path, _strip_suffixes(rel), stats, limits)
        elif os.path.exists(name):
            name = os.path.normpath(name)
            yield from _file_records(name, _strip_suffixes(Path(name).name), stats, limits)
        else:
            yield Failed(name, "No such file or directory", {"path": name})


def _file_records(path: str, stem: str, stats: SourceStats,
                  limits: Limits) -> Iterator[Record | Failed]:
    kind = _file_kind(path)
    if kind == "warc":
        from .warc import iter_warc  # warcio is an extra: needed only for WARC input

        yield from iter_warc(path, stats=stats, limits=limits)
    elif kind == "jsonl":
        try:
            fh: BinaryIO = gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")
        except OSError as exc:
            yield Failed(path, exc.strerror or str(exc), {"path": path})
            return
        with fh:
            yield from _jsonl_records(fh, path, stats, limits)
    else:
        stats.bytes_done += _size(path)
        yield Record(id=path, path=path, kind="text" if kind == "text" else "html",
                     source={"path": path}, name=stem)


def _jsonl_records(fh: BinaryIO, name: str, stats: SourceStats,
                   limits: Limits) -> Iterator[Record | Failed]:
    """Records of a JSONL stream; a line over the size limit or not a record is reported."""
    lineno = 0
    folder = "stdin" if name == "-" else _strip_suffixes(Path(name).name)  # folder output
    # A line is read to the size limit (plus room for JSON escapes) and no further.
    cap = limits.max_input_bytes * 2 + 4096
    while True:
        line = fh.readline(cap)
        if not line:
            return
        lineno += 1
        stats.bytes_done += len(line)
        rid = f"{name}:{lineno}"
        if len(line) >= cap and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                line = fh.readline(1 << 20)
            yield Failed(rid, "record over the size limit", {"path": name, "line": str(lineno)})
            continue
        if not line.strip():
            continue
        where = {"path": name, "line": str(lineno)}
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield Failed(rid, f"not a JSON record: {exc}", where)
            continue
        try:
            yield record_from_mapping(obj, rid, folder)
        except InputError as exc:
            own = obj.get("id") if isinstance(obj, dict) else None
            yield Failed(str(own) if own not in (None, "") else rid, str(exc), where)


def read_file(path: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """A page file's bytes (gunzipped for ``.gz``), never past ``limits.max_input_bytes``."""
    with open(path, "rb") as fh:
        if path.lower().endswith(".gz"):
            with gzip.GzipFile(fileobj=fh) as gz:
                try:
                    return read_capped(gz, limits, "decompressed file")
                except (OSError, EOFError) as exc:  # gzip.BadGzipFile is an OSError
                    raise InputError(f"not a readable gzip file: {exc}") from None
        limits.check_size(os.fstat(fh.fileno()).st_size, what="file")
        return read_capped(fh, limits, "file")
