#!/usr/bin/env python3
"""Time syndicate trees beside trafilatura with the machine's drift cancelled.

    python bench/pair_time.py CORPUS_ROOT [--tree SRC_OR_SITE_DIR ...] [--every N]

Each tree (a folder holding the ``syndicate`` package: a source tree's ``src`` or an
install's ``site-packages``; by default the ``syndicate`` this Python imports) and
trafilatura run in worker processes of their own, one each. Every page of the three corpora
goes to every worker in turn, in rotating order, and each worker reports the wall and CPU
time of that page alone: a machine that slows down for a minute slows every worker alike,
so the ratios stay steady where one run after another drifts by several per cent. Separate
processes also mean no worker pays for another's cycle collections (``extract_bench.py``
runs all extractors in one process, where they do). Prints each worker's summed times and
its ratio to trafilatura's.

The job is ``syndicate.parse(html, url=...)``, then ``doc.metadata`` and ``doc.text()``, as
``extract_bench.py`` times it; trafilatura's is ``trafilatura.extract`` with tables.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from identical import page_files  # (bench/ is the script's folder: on the path)

_WORKER = r"""
import gzip, json, sys, time
which, pages_file = sys.argv[1], sys.argv[2]
if which == "trafilatura":
    import trafilatura
    def run(raw, url):
        trafilatura.extract(raw, url=url, include_comments=False, include_tables=True)
else:
    import syndicate
    def run(raw, url):
        doc = syndicate.parse(raw, url=url if url and url.startswith("http") else None)
        doc.metadata
        doc.text()
pages = [(gzip.open(path).read(), url) for path, url in json.load(open(pages_file))]
print("ready", flush=True)
for line in sys.stdin:
    raw, url = pages[int(line)]
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        run(raw, url)
    except Exception:
        pass  # (an error costs its time like any page; scores are extract_bench's job)
    print(time.perf_counter() - wall, time.process_time() - cpu, flush=True)
"""


def _start(label: str, path: str | None, pages_file: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    if path:
        env["PYTHONPATH"] = path
    proc = subprocess.Popen([sys.executable, "-c", _WORKER, label, pages_file], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        raise SystemExit(f"pair_time: the worker for {label} did not start")
    return proc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="root of the corpora (scrapinghub, trafilatura-eval, wcxb)")
    ap.add_argument("--tree", action="append", default=[],
                    help="a folder holding the syndicate package (repeatable; default: the one installed)")
    ap.add_argument("--every", type=int, default=1, help="every N-th page of the corpora")
    args = ap.parse_args(argv)
    pages = [(path, url) for _, _, path, url in page_files(str(args.corpus), max(1, args.every))]
    if not pages:
        print(f"pair_time: no corpus pages under {args.corpus}", file=sys.stderr)
        return 2
    workers = [(tree, tree) for tree in args.tree] or [("syndicate (installed)", None)]
    workers.append(("trafilatura", None))
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(pages, f)
    try:
        procs = [_start("trafilatura" if label == "trafilatura" else "syndicate", path, f.name)
                 for label, path in workers]
        wall = [0.0] * len(procs)
        cpu = [0.0] * len(procs)
        for i in range(len(pages)):
            for j in [(i + k) % len(procs) for k in range(len(procs))]:
                proc = procs[j]
                proc.stdin.write(f"{i}\n")  # type: ignore[union-attr]
                proc.stdin.flush()  # type: ignore[union-attr]
                w, c = map(float, proc.stdout.readline().split())  # type: ignore[union-attr]
                wall[j] += w
                cpu[j] += c
            if (i + 1) % 100 == 0:
                print(f"  {i + 1}/{len(pages)} pages", file=sys.stderr, flush=True)
        for proc in procs:
            proc.stdin.close()  # type: ignore[union-attr]
            proc.wait()
    finally:
        os.unlink(f.name)
    print(f"{len(pages)} pages, each to every worker in turn")
    for (label, _), w, c in zip(workers, wall, cpu, strict=True):
        print(f"{label:40s} wall {w:7.2f} s  cpu {c:7.2f} s  {c / cpu[-1]:.3f}x trafilatura (cpu)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
