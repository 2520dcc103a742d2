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
import sys
from dataclasses import dataclass
from pathlib import Path

from .. import writers
from ..errors import InputError, SyndicateError
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
    p.set_defaults(run=run)


@dataclass
class Loaded:
    name: str
    doc: Document


def _is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as fh:
        return fh.read()


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
    if _is_url(name):
        from ..fetch import fetch_page

        page = fetch_page(name)
        return parse_html(page.content, url=page.url)
    raw = _read_bytes(name)
    kind = _sniff(name, raw, args.source_format)
    if kind == "json":
        try:
            return Document.from_dict(json.loads(raw))
        except (ValueError, RecursionError) as exc:
            raise InputError(f"not a JSON document: {exc}") from None
    if kind == "text":
        try:
            return parse_text(raw.decode("utf-8-sig"), url=url)
        except UnicodeDecodeError:
            raise InputError("text input is not UTF-8") from None
    return parse_html(raw, url=url)


def _write(args: argparse.Namespace, loaded: list[Loaded]) -> None:
    docs = [item.doc for item in loaded]
    if args.to == "amp" and len(loaded) > 1:
        if not args.output:
            raise InputError("--to amp with several inputs needs -o FOLDER")
        for i, item in enumerate(loaded, 1):
            stem = Path(item.name).stem if not _is_url(item.name) else f"page-{i}"
            write_atomic(Path(args.output) / f"{stem}.html",
                         writers.amp.to_amp(item.doc, ads=args.ads))
        return
    if args.to == "amp":
        text = writers.amp.to_amp(docs[0], ads=args.ads)
    elif args.to == "rss":
        first = docs[0]
        link = args.channel_link or first.canonical_url or first.url or "https://example.invalid/"
        channel = {
            "title": args.channel_title or first.metadata.site_name or first.metadata.title or "syndicate",
            "link": link,
            "description": f"Converted by syndicate from {len(docs)} article(s)",
            "self_url": args.self_url or link,
        }
        text = writers.rss.to_rss(docs, channel=channel)
    elif args.to == "json" and len(docs) == 1:
        text = writers.json.to_json(docs[0]) + "\n"
    else:  # jsonl, or json with several documents
        text = "".join(writers.json.to_json(d, indent=None) + "\n" for d in docs)
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def run(args: argparse.Namespace) -> int:
    if args.url and len(args.inputs) > 1:
        raise InputError("--url applies to a single input")
    loaded: list[Loaded] = []
    failed = 0
    for name in args.inputs:
        try:
            loaded.append(Loaded(name, load(name, args)))
        except (SyndicateError, OSError) as exc:
            failed += 1
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"syndicate: {name}: {reason}", file=sys.stderr)
    if not loaded:
        return 2 if failed else 0
    _write(args, loaded)
    return 1 if failed else 0
