#!/usr/bin/env python3
"""The shared gold set with this project's label corrections added.

    python bench/gold_corrected.py [--corpus ../shared/corpus] [--out /tmp/syndicate-gold.json]
    python ../shared/tools/gold_score.py --gold /tmp/syndicate-gold.json

``../shared/corpus/gold`` is read-only here, so the labels found missing in it (each
checked by hand against its page, with the reason in its ``note``) are kept in
``bench/gold_corrections.json`` and added to a copy of ``related_cta_ads.json``.
A correction whose xpath the shared set already labels is skipped, so the script
stays right once the shared set takes the corrections. ``bench/split_corpus.py``
splits the corrected set. Quote figures on both: the shared set is the official one.
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

CORRECTIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold_corrections.json")


def corrected(entries: list[dict[str, Any]], corrections_file: str = CORRECTIONS) -> tuple[list[dict[str, Any]], int]:
    """``entries`` (the gold set's pages) with the corrections added, and how many were added."""
    with open(corrections_file, encoding="utf-8") as f:
        data = json.load(f)
    corrections = data["corrections"]
    by_file = {e["file"]: e for e in entries}
    added = 0
    for c in corrections:
        page = by_file.get(c["file"])
        if page is None:
            continue
        items = page.setdefault(c["list"], [])
        if any(i.get("xpath") == c["item"]["xpath"] for i in items):
            continue
        items.append(c["item"])
        added += 1
    for edit in data.get("snippet_edits", []):
        page = by_file.get(edit["file"])
        for item in (page or {}).get(edit["list"], []):
            if item.get("xpath") == edit["xpath"]:
                snippets = item.setdefault("leak_snippets", [])
                snippets += [s for s in edit["add_leak_snippets"] if s not in snippets]
    return entries, added


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.path.join("..", "shared", "corpus"))
    ap.add_argument("--out", default="/tmp/syndicate-gold.json")
    args = ap.parse_args()
    with open(os.path.join(args.corpus, "gold", "related_cta_ads.json"), encoding="utf-8") as f:
        entries, added = corrected(json.load(f))
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(entries, f, ensure_ascii=False)
    print(f"{args.out}: {len(entries)} pages, {added} corrected labels added")


if __name__ == "__main__":
    main()
