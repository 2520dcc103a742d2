#!/usr/bin/env python3
"""Body extraction: syndicate beside trafilatura on the shared corpus — quality and speed.

    python bench/extract_bench.py [CORPUS_ROOT]      (default: ../shared/corpus)

CORPUS_ROOT holds ``scrapinghub/`` (``html/*.html.gz`` + ``ground-truth.json``) and
``trafilatura-eval/`` (``html/*.gz`` + ``evaldata.json``), the two public benchmarks.

Scores, computed exactly as ``../shared/tools/extract_bench.py`` computes them:

* scrapinghub (article-extraction-benchmark ``evaluate.py``): 4-token shingles over
  ``\\w+`` tokens of the ground-truth ``articleBody`` and of the extracted text; per page
  true/false positives and negatives normalised by their sum; precision and recall
  averaged over pages; F1 of the averages.
* trafilatura-eval (``eval_common.py``): each page lists snippets that must be ``with``in
  the extracted text and snippets that must be ``without``; counted over the corpus,
  whitespace-normalised substring tests; precision, recall, F.

Speed: each page is given to each extractor in turn, in rotating order, in one process;
the time ratio against trafilatura is the figure to quote (< 1 is faster).

syndicate's text is ``syndicate.parse(raw, url=...).text()`` (the body only). The page
URL is passed as the benchmark gives it, as the shared tool does: a few trafilatura-eval
keys are not URLs (``hard::name.html``), and ``parse`` ignores such a ``url`` with a warning.

``--worst N`` also prints syndicate's N worst trafilatura-eval pages (missed ``with`` and
leaked ``without`` snippets) and scrapinghub pages (lowest shingle F1), to see where to look.

trafilatura is optional: without it only syndicate's scores are printed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

import syndicate  # noqa: E402

WORD = re.compile(r"\w+", re.UNICODE)


def norm(text: str) -> str:
    """Whitespace-normalised text (trafilatura-eval's comparison)."""
    return re.sub(r"\s+", " ", text).strip()


def shingles(text: str, n: int = 4) -> Counter:
    """Multiset of ``n``-token shingles (scrapinghub's unit of comparison)."""
    toks = WORD.findall(text or "")
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    """One page's shingle true/false positives and negatives, normalised by their sum."""
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def prf(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Precision and recall averaged over pages, and their F1 (scrapinghub's evaluate.py)."""
    def prec(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def rec(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    p = statistics.mean(prec(*r) for r in rows if r[0] + r[1] > 0)
    r = statistics.mean(rec(*r) for r in rows if r[0] + r[2] > 0)
    return p, r, 2 * p * r / (p + r)


def snippet_scores(pages: list[tuple[str, dict]]) -> dict[str, float]:
    """trafilatura-eval precision/recall/F over (extracted text, eval item) pairs."""
    tp = fp = fn = 0
    for text, item in pages:
        t = norm(text)
        hits = sum(1 for w in item["with"] if norm(w) in t)
        leaks = sum(1 for w in item["without"] if norm(w) in t)
        tp += hits
        fn += len(item["with"]) - hits
        fp += leaks
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f": 2 * p * r / (p + r) if p + r else 0.0}


def load_pages(root: Path) -> list[tuple[str, str, bytes, str | None, dict]]:
    """(corpus, key, raw bytes, url, ground truth) of every page under ``root``."""
    pages = []
    sh = root / "scrapinghub"
    if sh.is_dir():
        truth = json.loads((sh / "ground-truth.json").read_text(encoding="utf-8"))
        for key, item in sorted(truth.items()):
            raw = gzip.open(sh / "html" / f"{key}.html.gz").read()
            pages.append(("scrapinghub", key, raw, item.get("url"), item))
    tr = root / "trafilatura-eval"
    if tr.is_dir():
        evaldata = json.loads((tr / "evaldata.json").read_text(encoding="utf-8"))
        for key, item in sorted(evaldata.items()):
            raw = gzip.open(tr / "html" / item["file"]).read()
            pages.append(("trafilatura-eval", key, raw, key, item))
    return pages


def extractors() -> dict:
    """name -> function(raw bytes, url) -> body text."""
    found = {"syndicate": lambda raw, url: syndicate.parse(raw, url=url).text()}
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed: only syndicate is measured "
              "(pip install trafilatura==2.3.1 to compare)", file=sys.stderr)
        return found
    found["trafilatura"] = lambda raw, url: trafilatura.extract(
        raw, url=url, include_comments=False, include_tables=True) or ""
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root", nargs="?", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--worst", type=int, default=0, metavar="N",
                    help="also list syndicate's N worst pages of each corpus")
    args = ap.parse_args()
    root = Path(args.root)
    pages = load_pages(root)
    if not pages:
        print(f"no corpus under {root}", file=sys.stderr)
        return 2
    ex = extractors()
    names = list(ex)
    seconds: Counter = Counter()
    errors: Counter = Counter()
    texts: dict[str, list[str]] = {n: [] for n in names}
    for i, (_, _, raw, url, _) in enumerate(pages):
        order = names[i % len(names):] + names[:i % len(names)]
        for n in order:
            t0 = time.perf_counter()
            try:
                text = ex[n](raw, url)
            except Exception:  # noqa: BLE001 - an extractor failure scores as an empty text
                text = ""
                errors[n] += 1
            seconds[n] += time.perf_counter() - t0
            texts[n].append(text)
    print(f"{len(pages)} pages from {root}")
    print(f"{'':12} {'sh P':>6} {'sh R':>6} {'sh F1':>6}   {'tr P':>6} {'tr R':>6} {'tr F':>6}"
          f"   {'seconds':>8} {'errors':>6} {'time ratio':>10}")
    for n in names:
        sh_rows = [tp_fp_fn(item.get("articleBody", ""), texts[n][i])
                   for i, (c, _, _, _, item) in enumerate(pages) if c == "scrapinghub"]
        tr_pairs = [(texts[n][i], item)
                    for i, (c, _, _, _, item) in enumerate(pages) if c == "trafilatura-eval"]
        sp, sr, sf = prf(sh_rows) if sh_rows else (0.0, 0.0, 0.0)
        t = snippet_scores(tr_pairs) if tr_pairs else {"precision": 0, "recall": 0, "f": 0}
        ratio = seconds[n] / seconds["trafilatura"] if seconds.get("trafilatura") else float("nan")
        print(f"{n:12} {sp:6.3f} {sr:6.3f} {sf:6.3f}   {t['precision']:6.3f} {t['recall']:6.3f} "
              f"{t['f']:6.3f}   {seconds[n]:8.2f} {errors[n]:6d} {ratio:10.2f}")
    if args.worst:
        print_worst(pages, texts["syndicate"], args.worst)
    return 0


def print_worst(pages: list, texts: list[str], n: int) -> None:
    """syndicate's ``n`` worst pages of each corpus, with the snippets it got wrong."""
    tr, sh = [], []
    for (corpus, key, _, _, item), text in zip(pages, texts, strict=True):
        if corpus == "scrapinghub":
            tp, fp, fn = tp_fp_fn(item.get("articleBody", ""), text)
            sh.append((2 * tp / (2 * tp + fp + fn) if tp else 0.0, key, fp, fn))
            continue
        t = norm(text)
        missed = [w for w in item["with"] if norm(w) not in t]
        leaked = [w for w in item["without"] if norm(w) in t]
        if missed or leaked:
            tr.append((len(missed) + len(leaked), key, missed, leaked))
    print(f"\nworst trafilatura-eval pages ({len(tr)} with an error):")
    for _, key, missed, leaked in sorted(tr, key=lambda r: -r[0])[:n]:
        print(f"  {key}")
        for w in missed:
            print(f"      missed  {w[:100]!r}")
        for w in leaked:
            print(f"      leaked  {w[:100]!r}")
    print("\nworst scrapinghub pages (shingle F1, false positives, false negatives):")
    for f1, key, fp, fn in sorted(sh)[:n]:
        print(f"  {f1:.3f}  fp {fp:.3f}  fn {fn:.3f}  {key}")


if __name__ == "__main__":
    sys.exit(main())
