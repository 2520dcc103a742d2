#!/usr/bin/env python3
"""Per-page losses of ``syndicate.parse_text`` on whole-page dumps, worst first.

  PYTHONPATH=src python bench/flat_pages.py CORPUS_ROOT [--flatteners lxml,resiliparse,markdown]
      [--worst 15] [--tools ../shared/tools] [--cache /tmp/flat-pages-cache] [--page KEY]

The pages are flattened exactly as ``flat_bench.py`` (in --tools) flattens them; the dumps and
jusText's figures are cached (they do not change while the reader is tuned), so a run only
costs the reader. Prints flat_bench's totals, then for each corpus the pages where the reader
scores lowest, beside jusText's score on the same dump. ``--page KEY`` prints that page's
dump, each line marked KEEP when the reader kept it and GOLD when the reference holds it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import logging
import os
import pickle
import sys


def _load_flat_bench(tools: str):
    spec = importlib.util.spec_from_file_location("flat_bench", os.path.join(tools, "flat_bench.py"))
    if spec is None or spec.loader is None:
        sys.exit(f"flat_bench.py not found in {tools}")
    module = importlib.util.module_from_spec(spec)
    sys.argv, argv = sys.argv[:1], sys.argv  # flat_bench reads no arguments on import
    spec.loader.exec_module(module)
    sys.argv = argv
    return module


def _page_score(fb, corpus: str, item: dict, text: str) -> float:
    eb = fb.eb
    if corpus == "scrapinghub":
        tp, fp, fn = eb.tp_fp_fn(item.get("articleBody", ""), text)
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    if corpus == "trafilatura-eval":
        t = eb.norm(text)
        found = sum(1 for w in item["with"] if eb.norm(w) in t)
        leaked = sum(1 for w in item["without"] if eb.norm(w) in t)
        return 2 * found / (len(item["with"]) + found + leaked) if item["with"] else 1.0
    return eb.wcxb_counts(item.get("main_content", ""), text)[0]


def _gold(corpus: str, item: dict) -> str:
    if corpus == "scrapinghub":
        return item.get("articleBody", "")
    if corpus == "trafilatura-eval":
        return "\n".join(" ".join(w.split()) for w in item["with"])
    return item.get("main_content", "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root")
    ap.add_argument("--flatteners", default="lxml,resiliparse,markdown")
    ap.add_argument("--worst", type=int, default=15)
    ap.add_argument("--tools", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools"))
    ap.add_argument("--cache", default="/tmp/flat-pages-cache")
    ap.add_argument("--page", default="")
    a = ap.parse_args()
    logging.disable(logging.WARNING)
    fb = _load_flat_bench(a.tools)
    import syndicate

    pages = fb.load(a.root)
    flatteners = {"lxml": fb.flat_lxml, "resiliparse": fb.flat_resiliparse, "markdown": fb.flat_markdown}
    os.makedirs(a.cache, exist_ok=True)
    for name in a.flatteners.split(","):
        key = hashlib.sha1(f"{os.path.abspath(a.root)}|{name}".encode()).hexdigest()[:12]
        path = os.path.join(a.cache, f"{name}-{key}.pickle")
        if os.path.exists(path):
            with open(path, "rb") as fh:
                dumps, jt = pickle.load(fh)
        else:
            dumps, jt = {}, {}
            for c, k, p, _ in pages:
                dumps[(c, k)] = flatteners[name](gzip.open(p).read())
                jt[(c, k)] = fb.justext_lines(dumps[(c, k)])
            with open(path, "wb") as fh:
                pickle.dump((dumps, jt), fh)
        syn = {}
        for c, k, _, _ in pages:
            try:
                syn[(c, k)] = syndicate.parse_text(dumps[(c, k)]).text()
            except syndicate.SyndicateError:
                syn[(c, k)] = ""
        print(f"{name}: syndicate {fb.score(pages, syn)}  jusText {fb.score(pages, jt)}")
        if a.page:
            for c, k, _, item in pages:
                if k.startswith(a.page):
                    gold = _gold(c, item) if c == "trafilatura-eval" else " ".join(_gold(c, item).split())
                    kept = " ".join(syn[(c, k)].split())
                    without = [" ".join(w.split()) for w in item.get("without", [])]
                    for n, line in enumerate(dumps[(c, k)].split("\n\n")):
                        line = " ".join(line.split())
                        part = line[:60] if c != "trafilatura-eval" else line
                        in_gold = bool(part) and (part in gold if c != "trafilatura-eval" else any(
                            w in line for w in gold.split("\n") if w))
                        mark = ("KEEP " if line and line in kept else "     ") + (
                            "GOLD " if in_gold else "NOT  " if any(w in line for w in without) else "     ")
                        print(f"{n:4} {mark}{line[:150]!r}")
            continue
        rows = [(c, k, _page_score(fb, c, item, syn[(c, k)]), _page_score(fb, c, item, jt[(c, k)]))
                for c, k, _, item in pages]
        for corpus in ("scrapinghub", "trafilatura-eval", "wcxb"):
            mine = sorted((r for r in rows if r[0] == corpus), key=lambda r: r[2] - 0.001 * r[3])
            for c, k, s, j in mine[: a.worst]:
                print(f"  {c[:5]} {k[:40]:40} syn {s:.2f}  jt {j:.2f}")


if __name__ == "__main__":
    main()
