#!/usr/bin/env python3
"""Convert every input in examples/ and write the results to examples/out/ (or to DIR).

    python examples/regenerate.py [--out DIR]

Inputs: ``*.txt`` (flattened article text), ``*.html`` (article pages),
``*.xml`` (feeds whose items only link to article pages; an item's page is read
from the local ``*.html`` file of the same name, so no network is needed).
Outputs: one ``.json`` document and one ``.amp.html`` page per article,
``feed.rss.xml`` with all articles, and ``NAME.full.rss.xml`` per input feed
(the full-content version of that feed). An item or file that cannot be
converted is reported on stderr and the others are still written; the exit status
is then 1.

``--out DIR`` writes the same files to DIR instead (created if missing); the
tests use it to regenerate into a temporary folder and compare every file with
the committed ``examples/out/``. The outputs never name the folder they are
written to (the feeds' self links always point at ``out/``), so they are the
same bytes wherever they go.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import syndicate
from syndicate.output import write_atomic

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
BASE = "https://courier.example.com/examples/"
#: lastBuildDate of the example feeds: fixed, so regenerating changes nothing that did not change.
BUILT = datetime(2026, 11, 25, tzinfo=timezone.utc)


def read(path: Path) -> syndicate.Document:
    if path.suffix == ".txt":
        return syndicate.parse_text(path.read_text(encoding="utf-8"), url=BASE + path.name)
    return syndicate.parse(path.read_bytes(), url=BASE + path.name)


def summary(doc: syndicate.Document) -> str:
    return (f"{len(doc.body)} body blocks, {len(doc.ads)} ads, {len(doc.related)} related, "
            f"{len(doc.ctas)} CTAs")


def full_feed(path: Path) -> tuple[str | None, int]:
    """The full-content RSS of the feed ``path`` (None when no item converts), and how
    many items failed."""
    feed = syndicate.read_feed(path.read_bytes(), url=BASE)
    docs, failed = [], 0
    for item in feed.items:
        local = HERE / Path(urlsplit(item.link or "").path).name
        if not item.link or local.suffix != ".html" or not local.is_file():
            print(f"{path.name}: {item.link or item.title}: page not among the examples",
                  file=sys.stderr)
            failed += 1
            continue
        doc = syndicate.parse(local.read_bytes(), url=item.link)
        # What the page does not say, the feed item may.
        doc.metadata.title = doc.metadata.title or item.title
        doc.metadata.published = doc.metadata.published or item.published
        doc.metadata.authors = doc.metadata.authors or list(item.authors)
        docs.append(doc)
    if not docs:
        return None, failed
    channel = syndicate.Channel(title=feed.title or path.stem, link=feed.link or BASE,
                                description=feed.description or "Full-content feed",
                                self_url=BASE + f"out/{path.stem}.full.rss.xml")
    return syndicate.to_rss(docs, channel=channel, build_date=BUILT), failed


def shown(path: Path) -> str:
    """``path`` as the messages name it: relative to examples/ when it is inside it."""
    try:
        return str(path.relative_to(HERE))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Convert the bundled examples (JSON, AMP, RSS) into examples/out/ or DIR.")
    parser.add_argument("--out", metavar="DIR", type=Path, default=OUT,
                        help="folder to write the outputs to (default: examples/out)")
    out: Path = parser.parse_args(argv).out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    inputs = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".html"))
    docs: list[syndicate.Document] = []
    failed = 0
    for path in inputs:
        try:
            doc = read(path)
            syndicate.validate(doc.to_dict())
        except syndicate.SyndicateError as exc:
            print(f"{path.name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        docs.append(doc)
        json_path, amp_path = out / f"{path.stem}.json", out / f"{path.stem}.amp.html"
        write_atomic(json_path, syndicate.to_json(doc) + "\n")
        write_atomic(amp_path, syndicate.to_amp(doc))
        print(f"{path.name}: {summary(doc)} -> {shown(json_path)}, {shown(amp_path)}")
    if docs:
        channel = syndicate.Channel(title="syndicate examples", link=BASE,
                                    description="The bundled examples, converted",
                                    self_url=BASE + "out/feed.rss.xml", language="en")
        write_atomic(out / "feed.rss.xml", syndicate.to_rss(docs, channel=channel, build_date=BUILT))
        print(f"{len(docs)} documents -> {shown(out / 'feed.rss.xml')}")
    for path in sorted(HERE.glob("*.xml")):
        try:
            rss, bad = full_feed(path)
        except syndicate.SyndicateError as exc:
            print(f"{path.name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        failed += bad
        if rss is not None:
            write_atomic(out / f"{path.stem}.full.rss.xml", rss)
            print(f"{path.name}: full-content feed -> {shown(out / f'{path.stem}.full.rss.xml')}"
                  + (f" ({bad} item(s) reported above)" if bad else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
