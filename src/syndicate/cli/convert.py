"""``syndicate convert INPUT... --to json|jsonl|amp|rss``: read pages or texts, write documents.

INPUT is a file, ``-`` for stdin, or an http(s) URL. The reader is chosen by
``--from`` (default ``auto``: ``.txt`` is flattened text, ``.json`` a
syndicate document, anything starting with ``<`` HTML, the rest text).
One bad input never stops the others: it is reported on stderr and the exit
status is 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from .. import writers
from ..errors import FetchError, InputError, SyndicateError
from ..limits import DEFAULT_LIMITS, MB, Limits, read_capped
from ..model import Document
from ..output import write_atomic
from ..readers.html import parse_html
from ..readers.text import parse_text

FORMATS = ("json", "jsonl", "amp", "rss")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "convert", help="convert article pages or texts to JSON, JSONL, AMP or RSS",
        description=__doc__.split("\n\n", 1)[1], formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, - for stdin, or http(s) URL")
    p.add_argument("--to", choices=FORMATS, default="json", help="output format (default json)")
    p.add_argument("--from", dest="source_format", choices=("auto", "html", "text", "json"),
                   default="auto", help="input format (default auto)")
    p.add_argument("--url", help="the page's URL, for absolute links (single input only)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="output file (a folder for --to amp with several inputs); default stdout")
    p.add_argument("--ads", choices=("keep", "placeholder", "drop"), default="keep",
                   help="AMP: what to do with ad slots (default keep)")
    p.add_argument("--channel-title", help="RSS: channel title (default: first document's site)")
    p.add_argument("--channel-link", help="RSS: channel link (default: first document's URL)")
    p.add_argument("--self-url", help="RSS: the feed's own URL (default: the channel link)")
    p.add_argument("--site-config", metavar="DIR",
                   help="FiveFilters site rules (a folder of HOST.txt files, or one file), "
                        "picked by the page's host (--url for files)")
    p.add_argument("--max-mb", type=float, metavar="MB",
                   help=f"largest input (file, stdin or fetched page) accepted, in MiB (default "
                        f"{DEFAULT_LIMITS.max_input_bytes // MB}, and {DEFAULT_LIMITS.max_fetch_bytes // MB} "
                        "for a fetched page; Limits.max_input_bytes, max_fetch_bytes)")
    p.set_defaults(run=run)


@dataclass
class Loaded:
    name: str
    doc: Document


def _is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def _read_bytes(name: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The input's bytes; past ``limits.max_input_bytes`` an InputTooLargeError is raised
    without reading the rest (a huge file is never read whole)."""
    if name == "-":
        return read_capped(sys.stdin.buffer, limits, "standard input")
    with open(name, "rb") as fh:
        limits.check_size(os.fstat(fh.fileno()).st_size, what="file")
        return read_capped(fh, limits, "file")  # it may grow while we read


def _sniff(name: str, raw: bytes, declared: str) -> str:
    if declared != "auto":
        return declared
    suffix = Path(name).suffix.lower()
    if suffix in (".txt", ".text"):
        return "text"
    if suffix == ".json":
        return "json"
    head = raw[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return "html" if head.startswith(b"<") else "text"


def load(name: str, args: argparse.Namespace) -> Document:
    """Read one INPUT into a Document (raises SyndicateError or OSError)."""
    url = args.url
    limits = _limits(args)
    if _is_url(name):
        from ..feedconvert import page_content
        from ..fetch import fetch_page

        page = fetch_page(name, limits=limits)
        # The charset of the HTTP header beats the page's guess (page_content decodes with it).
        return parse_html(page_content(page), url=page.url, limits=limits,
                          site_config=getattr(args, "site_rules", None))
    raw = _read_bytes(name, limits)
    if not raw.removeprefix(b"\xef\xbb\xbf").strip():
        raise InputError("empty input: there is nothing to convert")
    kind = _sniff(name, raw, args.source_format)
    if kind == "json":
        try:
            return Document.from_dict(json.loads(raw))
        except (ValueError, RecursionError) as exc:
            raise InputError(f"not a JSON document: {exc}") from None
    if kind == "text":
        try:
            return parse_text(raw.decode("utf-8-sig"), url=url, limits=limits)
        except UnicodeDecodeError:
            raise InputError("text input is not UTF-8") from None
    return parse_html(raw, url=url, limits=limits, site_config=getattr(args, "site_rules", None))


def _limits(args: argparse.Namespace) -> Limits:
    max_mb = getattr(args, "max_mb", None)
    if max_mb is None:
        return DEFAULT_LIMITS
    if max_mb <= 0:
        raise InputError("--max-mb must be positive")
    size = int(max_mb * MB)
    return replace(DEFAULT_LIMITS, max_input_bytes=size, max_fetch_bytes=size)


def _report(name: str, exc: BaseException) -> None:
    if isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror
    elif isinstance(exc, FetchError):  # its str() starts with the URL: name it once
        reason = exc.reason
    elif isinstance(exc, (SyndicateError, OSError)):
        reason = str(exc)
    else:  # a bug on this input must not cost the rest of the batch
        if os.environ.get("SYNDICATE_DEBUG"):
            raise exc
        reason = f"internal error: {type(exc).__name__}: {exc} (set SYNDICATE_DEBUG=1 for details)"
    print(f"syndicate: {name}: {reason}", file=sys.stderr)


def _render_one(args: argparse.Namespace, doc: Document, *, several: bool) -> str:
    """One document in the output format (not rss, which takes them all)."""
    if args.to == "amp":
        return writers.amp.to_amp(doc, ads=args.ads)
    if args.to == "json" and not several:
        return writers.json.to_json(doc) + "\n"
    return writers.json.to_json(doc, indent=None) + "\n"  # jsonl, or json with several


def _amp_names(loaded: list[Loaded]) -> list[str]:
    """One distinct file name per page: the input's stem (``page-N`` for URLs)."""
    names: list[str] = []
    seen: set[str] = set()
    for i, item in enumerate(loaded, 1):
        stem = Path(item.name).stem if not _is_url(item.name) and item.name != "-" else f"page-{i}"
        name, n = f"{stem}.html", 1
        while name in seen:
            n += 1
            name = f"{stem}-{n}.html"
        seen.add(name)
        names.append(name)
    return names


def _write(args: argparse.Namespace, loaded: list[Loaded]) -> int:
    """Write the documents; each output file atomically. Returns the number of failures."""
    several = len(loaded) > 1
    if args.to == "rss":
        docs = [item.doc for item in loaded]
        first = docs[0]
        link = args.channel_link or first.canonical_url or first.url or "https://example.invalid/"
        channel = {
            "title": args.channel_title or first.metadata.site_name or first.metadata.title or "syndicate",
            "link": link,
            "description": f"Converted by syndicate from {len(docs)} article(s)",
            "self_url": args.self_url or link,
        }
        _emit(args.output, writers.rss.to_rss(docs, channel=channel))
        return 0
    failed = 0
    if args.to == "amp" and several:
        if not args.output:
            raise InputError("--to amp with several inputs needs -o FOLDER")
        for item, name in zip(loaded, _amp_names(loaded), strict=True):
            try:
                write_atomic(Path(args.output) / name, _render_one(args, item.doc, several=True))
            except Exception as exc:  # noqa: BLE001 - per input, reported
                failed += 1
                _report(item.name, exc)
        return failed
    parts = []
    for item in loaded:
        try:
            parts.append(_render_one(args, item.doc, several=several))
        except Exception as exc:  # noqa: BLE001 - per input, reported
            failed += 1
            _report(item.name, exc)
    if parts:
        _emit(args.output, "".join(parts))
    return failed


def _emit(output: str | None, text: str) -> None:
    if output:
        write_atomic(output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def run(args: argparse.Namespace) -> int:
    if args.url and len(args.inputs) > 1:
        raise InputError("--url applies to a single input")
    if getattr(args, "site_config", None):
        from ..siteconfig import load_site_rules

        args.site_rules = load_site_rules(args.site_config)
    loaded: list[Loaded] = []
    failed = 0
    for name in args.inputs:
        try:
            loaded.append(Loaded(name, load(name, args)))
        except Exception as exc:  # SyndicateError, OSError, or a bug: reported, batch goes on
            failed += 1
            _report(name, exc)
    if not loaded:
        return 2 if failed else 0
    failed += _write(args, loaded)
    if failed and len(args.inputs) > 1:
        print(f"syndicate: converted {len(args.inputs) - failed} of {len(args.inputs)} inputs, "
              f"{failed} failed", file=sys.stderr)
    return 1 if failed else 0
