"""``syndicate validate FILE...``: check documents against the schema.

``.json`` files hold one document; ``.jsonl`` files (and stdin whose first line is a
whole JSON value) hold one document per line, read and checked one line at a time, and
errors name the line: a bad line (not UTF-8, not JSON, invalid) is reported and the
lines after it are still checked. A line of `syndicate batch --to json` output
({"id", "source", "document"}) is checked as its document, named by its id. Exit 0 all valid, 1 some invalid (bad JSON, empty
input, schema or reference errors), 2 unreadable (missing file, a .json file that is
not UTF-8 text).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import ValidationError
from ..limits import DEFAULT_LIMITS
from ..validation import errors_of, loads
from .argtypes import whole_number

EXIT_VALID, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2
#: Largest document (a .json file, one JSONL line) read.
MAX_DOCUMENT_BYTES = DEFAULT_LIMITS.max_input_bytes


_count = whole_number(0)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "validate", help="validate JSON/JSONL documents against the schema",
        description=__doc__.split("\n\n", 1)[1], formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help=".json or .jsonl file, or - for stdin")
    p.add_argument("--max-errors", type=_count, default=20, metavar="N",
                   help="errors shown per document (default 20; all are counted)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing for valid files")
    p.set_defaults(run=run)


class _Unreadable(Exception):
    """The file as a whole cannot be read (exit 2)."""


Item = tuple[str, object | None, str | None]  # (where, document or None, problem or None)


def _parse(where: str, raw: bytes, *, first: bool) -> Item:
    """One document's bytes -> (where, value, None) or (where, None, problem)."""
    try:
        text = raw.rstrip(b"\r\n").decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as exc:
        return where, None, f"not UTF-8 text (byte {exc.start} of the line)"
    return _load(where, text, whole=False)


def _load(where: str, text: str, *, whole: bool) -> Item:
    """Decoded text -> (where, value, None) or (where, None, problem); a line's problem
    names its column, a whole file's its line and column."""
    try:
        return where, loads(text), None
    except ValidationError as exc:
        return where, None, f"invalid JSON: {exc.errors[0].message}"
    except json.JSONDecodeError as exc:
        at = f"line {exc.lineno} column {exc.colno}" if whole else f"column {exc.colno}"
        return where, None, f"invalid JSON: {exc.msg} at {at}"


def _lines(name: str, fh: BinaryIO, start: int = 0,
           first: bytes | None = None) -> Iterator[Item]:
    """One item per non-blank line, read one line at a time (memory: one line)."""
    lineno = start
    while True:
        if first is not None:
            line, first = first, None
        else:
            line = fh.readline(MAX_DOCUMENT_BYTES + 1)
        if not line:
            return
        lineno += 1
        where = f"{name}:{lineno}"
        if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # skip the rest of the line
            yield where, None, f"line longer than {MAX_DOCUMENT_BYTES:,} bytes: not read"
            continue
        if line.strip():
            yield _parse(where, line, first=lineno == 1)


def _read_whole(name: str, fh: BinaryIO, head: bytes = b"") -> bytes:
    data = head + fh.read(MAX_DOCUMENT_BYTES + 1 - len(head))
    if len(data) > MAX_DOCUMENT_BYTES:
        raise _Unreadable(f"larger than {MAX_DOCUMENT_BYTES:,} bytes: not read")
    return data


def _whole(name: str, data: bytes) -> Iterator[Item]:
    """A file holding one document."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Unreadable(f"not UTF-8 text (byte {exc.start})") from None
    if text.strip():
        yield _load(name, text, whole=True)


def _stdin(fh: BinaryIO) -> Iterator[Item]:
    """stdin: JSONL when its first line is a whole JSON value, else one document."""
    first = fh.readline(MAX_DOCUMENT_BYTES + 1)
    if first.strip() and first.endswith(b"\n"):
        item = _parse("-:1", first, first=True)
        if item[2] is None or not item[2].startswith("invalid JSON"):
            yield item
            yield from _lines("-", fh, start=1)
            return
    data = _read_whole("-", fh, first)
    if data.count(b"\n", 0, len(data.rstrip())) == 0 or _one_value(data):
        yield from _whole("-", data)
    else:  # several lines that are not one value: lines, each reported
        yield from _lines("-", _BytesLines(data))


def _one_value(data: bytes) -> bool:
    try:
        loads(data.decode("utf-8-sig"))
    except (ValueError, ValidationError):
        return False
    return True


class _BytesLines:
    """``readline`` over bytes already read."""

    def __init__(self, data: bytes):
        self._lines = iter(data.splitlines(keepends=True))

    def readline(self, size: int = -1) -> bytes:
        return next(self._lines, b"")


def _items(name: str, fh: BinaryIO) -> Iterator[Item]:
    if name == "-":
        return _stdin(fh)
    if name.endswith((".jsonl", ".ndjson")):
        return _lines(name, fh)
    return _whole(name, _read_whole(name, fh))


def _batch_document(where: str, obj: object) -> tuple[str, object]:
    """A ``syndicate batch`` result line holds its document under ``document``: check that,
    and name it by the record's id. Anything else is checked as it is."""
    if isinstance(obj, dict) and isinstance(obj.get("id"), str) and "document" in obj \
            and set(obj) <= {"id", "source", "document"}:
        return f"{where} ({obj['id']})", obj["document"]
    return where, obj


def _report(where: str, obj: object, args: argparse.Namespace) -> bool:
    """Print the problems of one document; True when it is valid."""
    issues = errors_of(obj)
    for issue in issues[: args.max_errors]:
        print(f"{where}: {issue.path}: {issue.message}")
    if len(issues) > args.max_errors:
        print(f"{where}: ... {len(issues) - args.max_errors} more errors")
    return not issues


def _check_file(name: str, args: argparse.Namespace) -> int:
    try:
        fh: BinaryIO = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
    except OSError as exc:
        print(f"{name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    status, count = EXIT_VALID, 0
    try:
        for where, obj, problem in _items(name, fh):
            count += 1
            if problem:
                print(f"{where}: {problem}")
                status = EXIT_INVALID
            elif not _report(*_batch_document(where, obj), args):
                status = EXIT_INVALID
    except _Unreadable as exc:
        print(f"{name}: unreadable: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except OSError as exc:
        print(f"{name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    finally:
        if name != "-":
            fh.close()
    if count == 0:
        print(f"{name}: invalid: empty, no document")
        return EXIT_INVALID
    if status == EXIT_VALID and not args.quiet:
        print(f"{name}: valid ({count} document{'s' if count != 1 else ''})")
    return status


def run(args: argparse.Namespace) -> int:
    return max(_check_file(name, args) for name in args.files)


