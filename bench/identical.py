#!/usr/bin/env python3
"""Check that a speed change keeps the output identical, and time/profile the pipeline.

    PYTHONPATH=src python bench/identical.py CORPUS_ROOT --dump OUT.jsonl [--every N]
    PYTHONPATH=src python bench/identical.py CORPUS_ROOT --compare OLD.jsonl [--every N]
    PYTHONPATH=src python bench/identical.py CORPUS_ROOT --profile [--every N]

Reads the pages of the three corpora under CORPUS_ROOT (scrapinghub, trafilatura-eval,
wcxb; every Nth page with ``--every``) with ``syndicate.parse`` and writes one line per
page: the corpus, the page key and ``doc.to_dict()`` (or the error's class and message).
``--compare`` reads the pages again and lists every page whose line differs from OLD.
The closing line gives the CPU time of the parse loop (process time, so a loaded machine
distorts it less than wall time). ``--profile`` prints cProfile's top functions instead.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import os
import pstats
import sys
import time
from collections.abc import Iterator


def page_files(root: str, every: int) -> list[tuple[str, str, str, str | None]]:
    """(corpus, key, gzipped page path, url) of every ``every``-th page of the corpora."""
    found: list[tuple[str, str, str, str | None]] = []
    shd = os.path.join(root, "scrapinghub")
    if os.path.isdir(shd):
        with open(os.path.join(shd, "ground-truth.json"), encoding="utf-8") as f:
            gt = json.load(f)
        for k, v in sorted(gt.items()):
            found.append(("scrapinghub", k, os.path.join(shd, "html", k + ".html.gz"), v.get("url")))
    trd = os.path.join(root, "trafilatura-eval")
    if os.path.isdir(trd):
        with open(os.path.join(trd, "evaldata.json"), encoding="utf-8") as f:
            ev = json.load(f)
        for k, v in sorted(ev.items()):
            found.append(("trafilatura-eval", k, os.path.join(trd, "html", v["file"]), k))
    wcd = os.path.join(root, "wcxb", "ground-truth")
    if os.path.isdir(wcd):
        for name in sorted(os.listdir(wcd)):
            if name.endswith(".json"):
                with open(os.path.join(wcd, name), encoding="utf-8") as f:
                    url = json.load(f).get("url")
                found.append(("wcxb", name[:-5], os.path.join(root, "wcxb", "html", name[:-5] + ".html.gz"), url))
    return found[::every]


def pages(root: str, every: int) -> Iterator[tuple[str, str, bytes, str | None]]:
    """(corpus, key, raw bytes, url) of every ``every``-th page of the corpora."""
    for corpus, key, path, url in page_files(root, every):
        with gzip.open(path) as f:
            yield corpus, key, f.read(), url


def run(root: str, every: int, profile: bool) -> tuple[dict[str, str], float]:
    """Page id -> JSON of its output, and the CPU seconds spent in ``syndicate.parse``."""
    import syndicate

    data = list(pages(root, every))
    out: dict[str, str] = {}
    prof = cProfile.Profile() if profile else None
    cpu = 0.0
    for corpus, key, raw, url in data:
        t0 = time.process_time()
        if prof is not None:
            prof.enable()
        try:
            doc = syndicate.parse(raw, url=url if url and url.startswith("http") else None)
            res: object = doc.to_dict()
        except Exception as e:  # noqa: BLE001 - an error is an output too
            res = {"error": type(e).__name__, "message": str(e)}
        if prof is not None:
            prof.disable()
        cpu += time.process_time() - t0
        out[f"{corpus}/{key}"] = json.dumps(res, sort_keys=True, ensure_ascii=False, default=str)
    if prof is not None:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(60)
        pstats.Stats(prof).sort_stats("tottime").print_stats(40)
    return out, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root")
    ap.add_argument("--every", type=int, default=1)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--dump")
    g.add_argument("--compare")
    g.add_argument("--profile", action="store_true")
    a = ap.parse_args()
    out, cpu = run(a.root, a.every, a.profile)
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as f:
            for k, v in out.items():
                f.write(json.dumps([k, v], ensure_ascii=False) + "\n")
    elif a.compare:
        with open(a.compare, encoding="utf-8") as f:
            old = dict(json.loads(line) for line in f)
        diff = sorted(k for k in old.keys() | out.keys() if old.get(k) != out.get(k))
        for k in diff:
            print("differs:", k)
        print(f"{len(out)} pages, {len(diff)} differ")
        if diff:
            print(f"cpu {cpu:.2f} s")
            return 1
    print(f"{len(out)} pages, cpu {cpu:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
