"""``syndicate validate FILE...``: check documents against the schema.

``.json`` files hold one document; ``.jsonl`` files (and stdin with several
lines that are not one JSON value) hold one document per line, and errors
name the line. Exit 0 all valid, 1 some invalid (bad JSON, empty input,
schema or reference errors), 2 unreadable (missing file, not UTF-8 text).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from ..validation import errors_of

EXIT_VALID, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "validate", help="validate JSON/JSONL documents against the schema",
        description=__doc__.split("\n\n", 1)[1], formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help=".json or .jsonl file, or - for stdin")
    p.add_argument("--max-errors", type=int, default=20, metavar="N",
                   help="errors shown per document (default 20; all are counted)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing for valid files")
    p.set_defaults(run=run)


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as fh:
        return fh.read()


def _documents(name: str, text: str) -> Iterator[tuple[str, object | None, str | None]]:
    """(where, parsed object or None, JSON error or None) for each document in ``text``."""
    jsonl = name.endswith(".jsonl") or name.endswith(".ndjson")
    if not jsonl:
        try:
            yield name, json.loads(text), None
            return
        except RecursionError:
            yield name, None, "invalid JSON: nested too deeply"
            return
        except json.JSONDecodeError as exc:
            if name != "-" or text.strip().count("\n") == 0:
                yield name, None, f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
                return
            # stdin holding several lines that are not one value: read it as JSONL
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            yield where, json.loads(line), None
        except RecursionError:
            yield where, None, "invalid JSON: nested too deeply"
        except json.JSONDecodeError as exc:
            yield where, None, f"invalid JSON: {exc.msg} at column {exc.colno}"


def _check_file(name: str, args: argparse.Namespace) -> int:
    try:
        raw = _read(name)
    except OSError as exc:
        print(f"{name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        print(f"{name}: unreadable: not UTF-8 text (byte {exc.start})", file=sys.stderr)
        return EXIT_UNREADABLE
    if not text.strip():
        print(f"{name}: invalid: empty, no document")
        return EXIT_INVALID
    status, count = EXIT_VALID, 0
    for where, obj, json_error in _documents(name, text):
        count += 1
        if json_error:
            print(f"{where}: {json_error}")
            status = EXIT_INVALID
            continue
        issues = errors_of(obj)
        if issues:
            status = EXIT_INVALID
            for issue in issues[: args.max_errors]:
                print(f"{where}: {issue.path}: {issue.message}")
            if len(issues) > args.max_errors:
                print(f"{where}: ... {len(issues) - args.max_errors} more errors")
    if status == EXIT_VALID and not args.quiet:
        print(f"{name}: valid ({count} document{'s' if count != 1 else ''})")
    return status


def run(args: argparse.Namespace) -> int:
    return max(_check_file(name, args) for name in args.files)
