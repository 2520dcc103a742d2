"""``syndicate batch INPUT... -o OUT``: convert many pages on every core, streaming.

INPUT is a file, a folder (recursive; files picked by --glob, default HTML
pages, .gz included), a .warc/.warc.gz file, a .jsonl file of {"url", "html"}
records, or - for such records on stdin. OUT is a .jsonl file or - (one line per
page: {"id", "source", "document"}; "amp", "text" or "markdown" with --to), or
a folder (one file per page). Pages are converted by a pool of processes, one
per core, and written as they are done. A page that fails is reported on stderr
(and in --errors FILE) and the run goes on. --resume skips the pages already in
OUT and appends. Exit status: 0 all converted, 1 some failed, 2 nothing
converted, 130 interrupted.

This is a command of its own, not `convert` grown: `convert` writes each output
file atomically once all its inputs are read (an RSS feed needs them all),
while a batch streams, appends and resumes.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from ..batch import Batch, BatchResult, FolderSink, JsonlSink, Progress, default_workers
from ..errors import InputError
from ..limits import DEFAULT_LIMITS, MB
from ..pipeline import FORMATS, Options
from ..readers.records import DEFAULT_GLOBS, SourceStats, count_bytes, iter_records

JSONL_OUTPUTS = (".jsonl", ".ndjson")


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _positive_float(value: str) -> float:
    x = float(value)
    if not x > 0:
        raise argparse.ArgumentTypeError("must be positive")
    return x


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch", help="convert many pages (folders, WARC, JSONL) on every core, streaming",
        description=__doc__.split("\n\n", 1)[1], formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="file, folder, .warc(.gz), .jsonl of {url, html} records, or -")
    p.add_argument("-o", "--output", default="-", metavar="OUT",
                   help="a .jsonl file, - for stdout (default), or a folder")
    p.add_argument("--to", choices=FORMATS, default="json", help="output format (default json)")
    p.add_argument("--workers", type=_positive_int, default=0, metavar="N",
                   help=f"processes converting pages (default: every core, here {default_workers()})")
    p.add_argument("--glob", action="append", metavar="PATTERN",
                   help="files picked in folders (repeatable; default "
                        + " ".join(DEFAULT_GLOBS) + ")")
    p.add_argument("--errors", metavar="FILE",
                   help="also write each failure as a JSON line {id, source, error} to FILE")
    p.add_argument("--resume", action="store_true",
                   help="skip the pages already in OUT and append to it")
    p.add_argument("--max-mb", type=_positive_float, metavar="MB",
                   help=f"largest page accepted, in MiB (default {DEFAULT_LIMITS.max_input_bytes // MB})")
    p.add_argument("--timeout", type=_positive_float, default=60.0, metavar="SECONDS",
                   help="longest time one page may take (default 60)")
    p.add_argument("--ads", choices=("keep", "placeholder", "drop"), default="keep",
                   help="amp: what to do with ad slots (default keep)")
    p.add_argument("--chrome", action="store_true",
                   help="text/markdown: also write ad slots, related blocks and CTAs after the body")
    p.set_defaults(run=run)


def _report(stream: TextIO | None, rid: str, source: dict[str, str], reason: str) -> None:
    if stream is not None:
        stream.write(json.dumps({"id": rid, "source": source, "error": reason}) + "\n")
        stream.flush()


def _summary(result: BatchResult, skipped: dict[str, int]) -> str:
    parts = [f"converted {result.converted:,}", f"{result.failed:,} failed"]
    if result.already_done:
        parts.append(f"{result.already_done:,} already in the output")
    text = ", ".join(parts) + f" in {result.seconds:.1f} s"
    if skipped:
        text += "; skipped " + ", ".join(f"{n:,} {why}" for why, n in sorted(skipped.items()))
    if result.interrupted:
        text += " (interrupted: run again with --resume to go on)"
    return text


def run(args: argparse.Namespace) -> int:
    jsonl = args.output == "-" or args.output.lower().endswith(JSONL_OUTPUTS)
    if not jsonl and Path(args.output).suffix.lower() in (".json", ".html", ".txt", ".md"):
        raise InputError(f"-o {args.output}: a batch writes a .jsonl file or a folder, "
                         "not one document file")
    if args.resume and args.output == "-":
        raise InputError("--resume needs -o FILE or -o FOLDER (it reads what is already there)")
    limits = DEFAULT_LIMITS
    if args.max_mb:
        limits = replace(limits, max_input_bytes=int(args.max_mb * MB))
    options = Options(to=args.to, ads=args.ads, chrome=args.chrome, limits=limits,
                      timeout=args.timeout)
    globs = tuple(args.glob) if args.glob else DEFAULT_GLOBS
    sink = JsonlSink(args.output, resume=args.resume) if jsonl else \
        FolderSink(args.output, args.to, resume=args.resume)
    errors = open(args.errors, "a" if args.resume else "w", encoding="utf-8") if args.errors else None
    stats = SourceStats()
    progress = Progress(sys.stderr, stats)
    if progress.enabled:
        progress.total = count_bytes(args.inputs, globs)

    def on_error(rid: str, source: dict[str, str], reason: str) -> None:
        progress.clear()
        print(f"syndicate: {rid}: {reason}", file=sys.stderr)
        _report(errors, rid, source, reason)

    try:
        batch = Batch(sink, options, workers=args.workers, on_error=on_error, on_progress=progress)
        result = batch.run(iter_records(args.inputs, globs=globs, stats=stats, limits=limits), stats)
    finally:
        sink.close()
        if errors is not None:
            errors.close()
    progress.clear()
    print(f"syndicate: {_summary(result, result.skipped)}", file=sys.stderr)
    return result.exit_status
