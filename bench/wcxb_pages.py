#!/usr/bin/env python3
"""Per-page word F1 of syndicate (and trafilatura) on the WCXB pages of a corpus root.

    PYTHONPATH=src /work/venv/bin/python bench/wcxb_pages.py CORPUS_ROOT [--below 0.5]
        [--only NAME_SUBSTRING] [--no-trafilatura] [--json OUT]

CORPUS_ROOT holds ``wcxb/html/*.html.gz`` and ``wcxb/ground-truth/*.json`` (the WCXB
format, as ``../shared/tools/extract_bench.py`` reads it). The score is WCXB's own: word F1
over lower-cased ``\\w+`` tokens of ``main_content`` against ``doc.text()``. Pages are
printed worst first with precision, recall and F1 for syndicate and, when trafilatura is
importable, for trafilatura; trafilatura's texts are cached (``--cache``) since they do
not change while syndicate is tuned. The closing line gives the mean F1 and the number
of pages below ``--below`` for each.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import sys
from collections import Counter

WORD = re.compile(r"\w+", re.UNICODE)


def prf(ref: str, pred: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of word counts, as WCXB's evaluate.py counts them."""
    r, p = Counter(WORD.findall((ref or "").lower())), Counter(WORD.findall((pred or "").lower()))
    if not r:
        return (1.0, 1.0, 1.0) if not p else (0.0, 1.0, 0.0)
    ov = sum((r & p).values())
    prec = ov / sum(p.values()) if p else 0.0
    rec = ov / sum(r.values())
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def pages(root: str):  # type: ignore[no-untyped-def]
    gt_dir = os.path.join(root, "wcxb", "ground-truth")
    for f in sorted(os.listdir(gt_dir)):
        if not f.endswith(".json"):
            continue
        g = json.load(open(os.path.join(gt_dir, f), encoding="utf-8"))
        raw = gzip.open(os.path.join(root, "wcxb", "html", f[:-5] + ".html.gz")).read()
        yield f[:-5], raw, g.get("url"), g.get("ground_truth", {}).get("main_content", "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("root")
    ap.add_argument("--below", type=float, default=1.01, help="print only pages under this F1")
    ap.add_argument("--only", default="", help="only pages whose name contains this")
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--cache", default="/tmp/wcxb-trafilatura-cache.json")
    ap.add_argument("--json", help="write {page: [syn_p, syn_r, syn_f1]} here")
    a = ap.parse_args()
    import syndicate

    tr = None
    cache: dict[str, str] = {}
    if not a.no_trafilatura:
        try:
            import trafilatura

            tr = trafilatura
            if os.path.exists(a.cache):
                cache = json.load(open(a.cache, encoding="utf-8"))
        except ImportError:
            print("trafilatura not importable: syndicate only", file=sys.stderr)
    rows = []
    dirty = False
    for key, raw, url, ref in pages(a.root):
        if a.only and a.only not in key:
            continue
        try:
            doc = syndicate.parse(raw, url=url if url and url.startswith("http") else None)
            text = doc.text()
        except Exception as e:  # noqa: BLE001 - a crash is a lost page, reported as such
            print(f"{key}: syndicate raised {e!r}", file=sys.stderr)
            text = ""
        s = prf(ref, text)
        t = None
        if tr is not None:
            if key not in cache:
                cache[key] = tr.extract(raw, url=url, include_comments=False, include_tables=True) or ""
                dirty = True
            t = prf(ref, cache[key])
        rows.append((key, s, t))
    if dirty:
        json.dump(cache, open(a.cache, "w", encoding="utf-8"))
    rows.sort(key=lambda r: r[1][2])
    for key, s, t in rows:
        if s[2] >= a.below:
            continue
        line = f"{s[2]:.3f} (p {s[0]:.2f} r {s[1]:.2f})"
        if t is not None:
            line += f"   tr {t[2]:.3f} (p {t[0]:.2f} r {t[1]:.2f})"
        print(f"{line}   {key}")
    if rows:
        f1 = [s[2] for _, s, _ in rows]
        summary = f"{len(rows)} pages  syndicate mean F1 {statistics.mean(f1):.3f}, below 0.5: {sum(f < 0.5 for f in f1)}"
        if tr is not None:
            tf = [t[2] for _, _, t in rows if t is not None]
            summary += f"  |  trafilatura {statistics.mean(tf):.3f}, below 0.5: {sum(f < 0.5 for f in tf)}"
        print(summary)
    if a.json:
        json.dump({k: list(s) for k, s, _ in rows}, open(a.json, "w"), indent=0)


if __name__ == "__main__":
    main()
