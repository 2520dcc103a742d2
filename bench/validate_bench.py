#!/usr/bin/env python3
"""Validation speed on large documents (a benchmark, not a test).

Builds documents of N body blocks (paragraphs with inline HTML, a few images, lists and
tables, ads after blocks), then times ``syndicate.validate`` on the dict, on the same
document read back from JSON text with ``validation.loads``, a document with one error
deep inside, and ``syndicate validate`` on a JSONL file of several such documents.
The issue-12 targets: 100,000 blocks validated in under 2 s; JSONL memory bounded by
its longest line (it was 5.4x the file).

    python bench/validate_bench.py [--blocks 100000] [--jsonl-docs 5]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import syndicate
from syndicate.model import (
    AdSlot,
    Document,
    ImageBlock,
    ListBlock,
    ListItem,
    Paragraph,
    Position,
    Table,
    TableCell,
)
from syndicate.validation import errors_of, loads


def document(blocks: int) -> Document:
    body = []
    for i in range(1, blocks + 1):
        bid = f"b{i}"
        if i % 50 == 0:
            body.append(ImageBlock(bid, src=f"https://example.com/img/{i}.jpg", alt="A pier",
                                   width=800, height=600))
        elif i % 97 == 0:
            body.append(ListBlock(bid, items=[ListItem("One", "<b>One</b>"), ListItem("Two")]))
        elif i % 131 == 0:
            body.append(Table(bid, rows=[[TableCell("a", header=True), TableCell("b")]]))
        else:
            body.append(Paragraph(bid, text=f"Paragraph {i} of the harbour story.",
                                  html=f'Paragraph {i} of the <a href="https://example.com/{i}">'
                                       "harbour</a> story."))
    ads = [AdSlot(f"ad{n}", position=Position("inline", f"b{n * 1000}"), network="adsense",
                  attributes={"data-ad-slot": str(n)}) for n in range(1, blocks // 1000 + 1)]
    return Document(url="https://example.com/story", body=body, ads=ads)


def timed(label: str, fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<52} {best:7.3f} s")
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blocks", type=int, default=100_000)
    ap.add_argument("--jsonl-docs", type=int, default=5)
    args = ap.parse_args()
    data = document(args.blocks).to_dict()
    text = json.dumps(data)
    print(f"document: {args.blocks:,} blocks, {len(text) / 1e6:.1f} MB of JSON")
    worst = timed("validate(dict)", lambda: syndicate.validate(data))
    worst = max(worst, timed("validate(loads(text)) incl. parsing", lambda: syndicate.validate(loads(text))))
    bad = json.loads(text)
    bad["body"][args.blocks // 2]["text"] = 7
    timed("errors_of(document with one error)", lambda: errors_of(bad))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        path.write_text((text + "\n") * args.jsonl_docs)
        size = path.stat().st_size / 1e6
        timed(f"syndicate validate ({args.jsonl_docs} docs, {size:.0f} MB JSONL)", lambda: subprocess.run(
            [sys.executable, "-m", "syndicate", "validate", "-q", str(path)], check=True), repeat=1)
        # JSONL is read a line at a time: peak memory follows the longest line, not the file.
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        print(f"{'  peak RSS of syndicate validate':<52} {peak / 1e6:7.0f} MB "
              f"({peak / (size * 1e6):.2f}x the file; one line is {len(text) / 1e6:.0f} MB)")
    print(f"target: validate a {args.blocks:,}-block document in < 2 s: "
          f"{'met' if worst < 2 else 'NOT met'} ({worst:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
