#!/usr/bin/env python3
"""Convert every input in examples/ and write the results to examples/out/.

    python examples/regenerate.py

Inputs: ``*.txt`` (flattened article text), ``*.html`` (article pages),
``*.xml`` (feeds; their items are converted from the local ``*.html`` files they
link to, so no network is needed). Outputs: one ``.json`` document and one
``.amp.html`` page per article, and ``feed.rss.xml`` with all of them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import syndicate
from syndicate.output import write_atomic

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
BASE = "https://courier.example.com/examples/"


def read(path: Path) -> syndicate.Document:
    if path.suffix == ".txt":
        return syndicate.parse_text(path.read_text(encoding="utf-8"), url=BASE + path.name)
    return syndicate.parse(path.read_bytes(), url=BASE + path.name)


def main() -> int:
    inputs = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".html"))
    docs: list[syndicate.Document] = []
    failed = 0
    for path in inputs:
        try:
            doc = read(path)
        except syndicate.SyndicateError as exc:
            print(f"{path.name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        syndicate.validate(doc)
        docs.append(doc)
        write_atomic(OUT / f"{path.stem}.json", syndicate.to_json(doc) + "\n")
        write_atomic(OUT / f"{path.stem}.amp.html", syndicate.to_amp(doc))
        print(f"{path.name}: {len(doc.body)} body blocks, {len(doc.ads)} ads, "
              f"{len(doc.related)} related, {len(doc.ctas)} CTAs -> out/{path.stem}.json, "
              f"out/{path.stem}.amp.html")
    if docs:
        channel = syndicate.Channel(title="syndicate examples", link=BASE,
                                    description="The bundled examples, converted",
                                    self_url=BASE + "out/feed.rss.xml", language="en")
        write_atomic(OUT / "feed.rss.xml", syndicate.to_rss(docs, channel=channel))
        print(f"{len(docs)} documents -> out/feed.rss.xml")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
