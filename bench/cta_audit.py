#!/usr/bin/env python3
"""Draw reported CTAs from the open corpus at random and print each with the HTML around it,
so a reader can judge whether it is a call to action (precision audit on unlabelled pages).

    PYTHONPATH=src python bench/cta_audit.py ../shared/corpus --seed 1511 --n 150 [--dump DUMP.jsonl]

Pages: every corpus page (scrapinghub, trafilatura-eval, wcxb) that is neither a shared gold
page (``corpus/gold/labels``) nor a page drawn for the extra labels (``bench/gold_extra/draw.py``,
every seed, held-out ones included). With ``--dump`` (a ``bench/identical.py --dump`` file) the
CTAs are read from it instead of parsing again. ``random.Random(seed).sample`` draws the CTAs
from the pooled list in page order. Per CTA: page, locator, kind, placement, text, the element's
tag/class/id, its ancestors, its links and the start of its visible text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "gold_extra"))

import draw  # noqa: E402
from identical import pages  # noqa: E402


def excluded(corpus: str) -> set[str]:
    """Corpus paths of the gold pages and of every page drawn for the extra labels."""
    out = set()
    for name in os.listdir(os.path.join(corpus, "gold", "labels")):
        if name.endswith(".py"):
            with open(os.path.join(corpus, "gold", "labels", name), encoding="utf-8") as f:
                found = re.search(r'FILE="([^"]+)"', f.read())
            if found:
                out.add(found.group(1))
    left = draw.pools(corpus)
    for seed, counts, _first in draw.DRAWS:
        rng = random.Random(seed)
        for source, k in zip(draw.SOURCES, counts, strict=True):
            drawn = rng.sample(left[source], k)
            left[source] = [p for p in left[source] if p not in drawn]
            out.update(drawn)
    return out


def page_paths(corpus: str) -> dict[str, str]:
    """identical.py page id -> corpus path of its HTML."""
    out = {}
    tr = os.path.join(corpus, "trafilatura-eval", "evaldata.json")
    with open(tr, encoding="utf-8") as f:
        ev = json.load(f)
    for name in os.listdir(os.path.join(corpus, "scrapinghub", "html")):
        out["scrapinghub/" + name.removesuffix(".html.gz")] = "scrapinghub/html/" + name
    for k, v in ev.items():
        out["trafilatura-eval/" + k] = "trafilatura-eval/html/" + v["file"]
    for name in os.listdir(os.path.join(corpus, "wcxb", "html")):
        out["wcxb/" + name.removesuffix(".html.gz")] = "wcxb/html/" + name
    return out


def _desc(el) -> str:
    cls = " ".join((el.get("class") or "").split())[:60]
    ident = el.get("id") or ""
    return f"{el.tag}" + (f".{cls}" if cls else "") + (f"#{ident}" if ident else "")


def show(corpus: str, path: str, cta: dict) -> str:
    from syndicate.readers.tree import parse_tree

    raw = gzip.open(os.path.join(corpus, path)).read()
    root = parse_tree(raw)
    lines = [f"{path}  {cta['locator']}", f"  kind={cta['kind']} place={cta['position']['placement']}"
             f" text={(cta.get('text') or '')[:100]!r} url={(cta.get('url') or '')[:80]}"]
    try:
        found = root.xpath(cta["locator"]) if cta.get("locator") else []
    except Exception:  # noqa: BLE001 - a bad locator is shown as such
        found = []
    if len(found) != 1:
        lines.append("  <locator does not resolve>")
        return "\n".join(lines)
    el = found[0]
    chain = []
    node = el.getparent()
    while node is not None and len(chain) < 6:
        chain.append(_desc(node))
        node = node.getparent()
    lines.append(f"  el: {_desc(el)}  (children {len(el)})")
    lines.append("  up: " + " < ".join(chain))
    text = " ".join(el.text_content().split())
    lines.append(f"  text({len(text)}): {text[:300]}")
    links = [a for a in el.iter("a") if a.get("href")][:8]
    for a in links:
        lines.append(f"  a: {' '.join(a.text_content().split())[:50]!r} -> {a.get('href')[:90]}")
    forms = [f"form {f.get('action', '')[:60]} inputs={[i.get('type') for i in f.iter('input')][:5]}"
             for f in el.iter("form")][:2]
    lines.extend("  " + f for f in forms)
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--dump")
    a = ap.parse_args()
    skip = excluded(a.corpus)
    paths = page_paths(a.corpus)
    if a.dump:
        with open(a.dump, encoding="utf-8") as f:
            docs = [(k, json.loads(v)) for k, v in map(json.loads, f)]
    else:
        import syndicate

        docs = []
        for corpus, key, raw, url in pages(a.corpus, 1):
            doc = syndicate.parse(raw, url=url if url and url.startswith("http") else None)
            docs.append((f"{corpus}/{key}", doc.to_dict()))
    pool = [(paths[k], c) for k, d in sorted(docs) if paths[k] not in skip for c in d.get("ctas", [])]
    n_pages = len({p for p, _ in pool})
    print(f"{len(pool)} CTAs on {n_pages} open pages ({len(skip)} pages excluded); seed {a.seed}, n {a.n}")
    for i, (path, cta) in enumerate(random.Random(a.seed).sample(pool, min(a.n, len(pool))), 1):
        print(f"#{i} " + show(a.corpus, path, cta))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
