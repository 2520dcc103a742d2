#!/usr/bin/env python3
"""Per WCXB page: the gold title / author / date against syndicate's, to find kinds of misses.

  python bench/meta_pages.py [ROOT] [--only title,author,date] [--misses]

ROOT is a corpus root with ``wcxb/`` (default ``../shared/corpus``; the halves in
``/tmp/syndicate-split/{tune,check}`` work too). Scores as ``extract_bench.py`` does
(title equal after normalising, gold author inside ours or ours inside it, same day).
Only the metadata stage runs, so a pass takes seconds, not a minute.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time


def _n(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").lower()).strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", nargs="?", default="../shared/corpus")
    ap.add_argument("--only", default="title,author,date", help="fields to show")
    ap.add_argument("--misses", action="store_true", help="print only the pages a field misses")
    args = ap.parse_args()
    from syndicate.extract.metadata import extract_metadata
    from syndicate.readers.tree import parse_tree

    gt_dir = os.path.join(args.root, "wcxb", "ground-truth")
    if not os.path.isdir(gt_dir):
        print(f"no WCXB pages under {args.root}", file=sys.stderr)
        return 2
    fields = set(args.only.split(","))
    ok = {"title": [], "author": [], "date": [], "missing": []}
    seconds = 0.0
    for name in sorted(os.listdir(gt_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(gt_dir, name), encoding="utf-8") as fh:
            page = json.load(fh)
        gold = page.get("ground_truth", {})
        with gzip.open(os.path.join(args.root, "wcxb", "html", name[:-5] + ".html.gz")) as fh:
            data = fh.read()
        url = page.get("url")
        t0 = time.perf_counter()
        md = extract_metadata(parse_tree(data), url if url and url.startswith("http") else None).metadata
        seconds += time.perf_counter() - t0
        author = ", ".join(md.authors)
        rows = []
        if gold.get("title"):
            hit = _n(gold["title"]) == _n(md.title)
            ok["title"].append(hit)
            rows.append(("title", hit, gold["title"], md.title))
        if gold.get("author"):
            hit = bool(_n(author)) and (_n(gold["author"]) in _n(author) or _n(author) in _n(gold["author"]))
            ok["author"].append(hit)
            rows.append(("author", hit, gold["author"], author))
        if gold.get("publish_date"):
            hit = str(gold["publish_date"])[:10] == (md.published or "")[:10]
            ok["date"].append(hit)
            ok["missing"].append(not md.published)
            rows.append(("date", hit, str(gold["publish_date"]), md.published))
        for field, hit, want, got in rows:
            if field in fields and not (args.misses and hit):
                print(f"{name[:-5]} {field:6} {'ok  ' if hit else 'MISS'} gold={want!r} ours={got!r} {url}")
    for key, vals in ok.items():
        if vals:
            print(f"{key}_acc {sum(vals) / len(vals):.3f} (n={len(vals)})")
    print(f"metadata seconds {seconds:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
