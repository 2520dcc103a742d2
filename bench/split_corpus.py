#!/usr/bin/env python3
"""Split the development corpora into a tuning half and a checking half.

  python bench/split_corpus.py [--corpus ../shared/corpus] [--out /tmp/syndicate-split]

A page belongs to the checking half when the SHA-1 of its HTML file name (the
base name, e.g. ``0001.html.gz``) is odd, to the tuning half otherwise. The
halves are written as two corpus roots, OUT/tune and OUT/check, in the layout
the shared tools read (the HTML folders are symlinks, the ground-truth files
are filtered copies), plus OUT/tune/gold.json and OUT/check/gold.json for
``gold_score.py --gold``, with the label corrections of ``bench/gold_corrections.json``
(``bench/gold_corrected.py``) unless ``--shared-labels``. Nothing is copied into the project.

Then, for example:

  python ../shared/tools/extract_bench.py /tmp/syndicate-split/tune --only syndicate,trafilatura
  python ../shared/tools/gold_score.py --gold /tmp/syndicate-split/check/gold.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_corrected import corrected  # noqa: E402

HALVES = ("tune", "check")


def half_of(file_name: str) -> str:
    """'tune' or 'check' for a page, by a hash of its HTML file's base name."""
    digest = hashlib.sha1(os.path.basename(file_name).encode("utf-8")).digest()
    return HALVES[digest[-1] & 1]


def _link(src: str, dst: str) -> None:
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    os.symlink(os.path.abspath(src), dst)


def split(corpus: str, out: str, corrections: bool = True) -> dict[str, dict[str, int]]:
    if os.path.exists(out):
        shutil.rmtree(out)
    counts: dict[str, dict[str, int]] = {h: {} for h in HALVES}
    for h in HALVES:
        os.makedirs(os.path.join(out, h))

    sh = os.path.join(corpus, "scrapinghub")
    if os.path.isdir(sh):
        truth = json.load(open(os.path.join(sh, "ground-truth.json"), encoding="utf-8"))
        for h in HALVES:
            part = {k: v for k, v in truth.items() if half_of(k + ".html.gz") == h}
            _link(os.path.join(sh, "html"), os.path.join(out, h, "scrapinghub", "html"))
            with open(os.path.join(out, h, "scrapinghub", "ground-truth.json"), "w") as f:
                json.dump(part, f)
            counts[h]["scrapinghub"] = len(part)

    tr = os.path.join(corpus, "trafilatura-eval")
    if os.path.isdir(tr):
        evaldata = json.load(open(os.path.join(tr, "evaldata.json"), encoding="utf-8"))
        for h in HALVES:
            part = {k: v for k, v in evaldata.items() if half_of(v["file"]) == h}
            _link(os.path.join(tr, "html"), os.path.join(out, h, "trafilatura-eval", "html"))
            with open(os.path.join(out, h, "trafilatura-eval", "evaldata.json"), "w") as f:
                json.dump(part, f)
            counts[h]["trafilatura-eval"] = len(part)

    wc = os.path.join(corpus, "wcxb")
    if os.path.isdir(os.path.join(wc, "ground-truth")):
        for h in HALVES:
            _link(os.path.join(wc, "html"), os.path.join(out, h, "wcxb", "html"))
            os.makedirs(os.path.join(out, h, "wcxb", "ground-truth"))
            counts[h]["wcxb"] = 0
        for name in sorted(os.listdir(os.path.join(wc, "ground-truth"))):
            if not name.endswith(".json"):
                continue
            h = half_of(name[: -len(".json")] + ".html.gz")
            _link(os.path.join(wc, "ground-truth", name), os.path.join(out, h, "wcxb", "ground-truth", name))
            counts[h]["wcxb"] += 1

    gold = os.path.join(corpus, "gold", "related_cta_ads.json")
    if os.path.isfile(gold):
        entries = json.load(open(gold, encoding="utf-8"))
        if corrections:
            entries, _ = corrected(entries)
        for h in HALVES:
            part = [e for e in entries if half_of(e["file"]) == h]
            with open(os.path.join(out, h, "gold.json"), "w") as f:
                json.dump(part, f)
            counts[h]["gold"] = len(part)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.path.join("..", "shared", "corpus"))
    ap.add_argument("--out", default="/tmp/syndicate-split")
    ap.add_argument("--shared-labels", action="store_true",
                    help="split the shared gold set as it is, without bench/gold_corrections.json")
    args = ap.parse_args()
    for h, c in split(args.corpus, args.out, not args.shared_labels).items():
        print(h, os.path.join(args.out, h), json.dumps(c))


if __name__ == "__main__":
    main()
