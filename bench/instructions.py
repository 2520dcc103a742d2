#!/usr/bin/env python3
"""Count the CPU instructions syndicate spends on corpus pages (callgrind): the steady measure.

    python bench/instructions.py CORPUS_ROOT [--tree DIR ...] [--every N] [--seeds 0,1]

For each tree (a folder holding the ``syndicate`` package: a source tree's ``src`` or an
install's site-packages; by default the ``syndicate`` this Python imports), runs valgrind's
callgrind over ``syndicate.parse`` then ``doc.text()`` of every N-th page of the three corpora
(default 25: 41 pages) and prints the instructions counted, in millions. The first three pages are
read once uncounted (imports, lazy compiles); then only the loop over all the pages is counted (collection
is switched on inside ``functools.reduce``, which runs that loop and nothing else). Timings move
by ±2% with the machine's state. The count depends on the string hash seed (the order of sets and
dicts): unpinned, runs of one tree spread over 0.6%. So each tree is counted once per seed of
``--seeds`` (``PYTHONHASHSEED``; default 0 and 1) and the mean is printed too; pinned, a count
moves by a few millions in 4000M between runs, so a change of 0.2% is told from noise. The
one-time load of the language model falls on the first page that needs it, and counts.

Needs valgrind (``apt-get install valgrind``); about 80 s a tree.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from identical import page_files  # (bench/ is the script's folder: on the path)

_WORKER = r"""
import functools, gzip, json, sys
import syndicate
pages = [(gzip.open(path).read(), url) for path, url in json.load(open(sys.argv[1]))]
for raw, _ in pages[:3]:
    syndicate.parse(raw)
def one(_, page):
    raw, url = page
    syndicate.parse(raw, url=url if url and url.startswith("http") else None).text()
functools.reduce(one, pages, None)
"""


def count(tree: str | None, pages_file: str, seed: str) -> int:
    """Instructions of the page loop in a worker importing syndicate from ``tree``, with
    the string hash seed ``seed``."""
    env = dict(os.environ, PYTHONHASHSEED=seed)
    if tree:
        env["PYTHONPATH"] = tree
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", "--collect-atstart=no",
             "--toggle-collect=functools_reduce", sys.executable, "-c", _WORKER, pages_file],
            env=env, capture_output=True, text=True, check=False)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode != 0 or found is None:
        raise SystemExit(f"instructions: callgrind failed for {tree or 'the installed syndicate'}:\n"
                         + proc.stderr[-2000:])
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="root of the corpora (scrapinghub, trafilatura-eval, wcxb)")
    ap.add_argument("--tree", action="append", default=[],
                    help="a folder holding the syndicate package (repeatable; default: the one installed)")
    ap.add_argument("--every", type=int, default=25, help="every N-th page of the corpora (default 25)")
    ap.add_argument("--seeds", default="0,1", help="hash seeds to count each tree with, comma-separated (default 0,1)")
    args = ap.parse_args(argv)
    seeds = [s.strip() for s in args.seeds.split(",") if s.strip()]
    if not seeds or not all(s.isdecimal() and int(s) <= 4294967295 for s in seeds):
        print(f"instructions: --seeds takes numbers 0-4294967295, not {args.seeds!r}", file=sys.stderr)
        return 2
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    pages = [(path, url) for _, _, path, url in page_files(args.corpus, max(1, args.every))]
    if not pages:
        print(f"instructions: no corpus pages under {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(pages, f)
    try:
        for tree in args.tree or [None]:
            counts = [count(tree, f.name, seed) / 1e6 for seed in seeds]
            each = ", ".join(f"seed {seed}: {n:.1f}M" for seed, n in zip(seeds, counts, strict=True))
            print(f"{tree or 'syndicate (installed)':40s} {sum(counts) / len(counts):9.1f}M instructions "
                  f"({each}), {len(pages)} pages counted", flush=True)
    finally:
        os.unlink(f.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
