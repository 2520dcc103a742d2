"""Candidates of the learned second chance (``regions_model.py``) on labelled pages,
with their feature rows and labels, for ``train.py``.

  PYTHONPATH=src:bench/learned python bench/learned/dataset.py --gold /tmp/gold140.json --out /tmp/learned_train.json

A candidate is positive for ``related`` (or ``ctas``) when it may match, by the scorer's
rule (the gold element or an ancestor/descendant within 3 levels), a non-ambiguous gold
item of that category that none of the rules' own items matches; it is left out of that
category's training (label ``None``) when it may match an ambiguous one; else negative.
``*_all`` labels: the same against every gold item (what the rules find too), the labels
``train.py`` learns from by default. Rows also hold ``live`` (a candidate at run time: not
inside or around what the rules found) and ``anc`` (its ancestors among the page's rows).
The model is off while the candidates are read (the rules' output only).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from urllib.parse import urlsplit

import model_data
import regions_model

import syndicate

ROOT = "/work/shared/corpus"
URL = "https://example.com/x"
LEVELS = 3


def chain(el):
    return [el, *el.iterancestors()]


def near(a, b):
    """a and b are the same element or one is within LEVELS levels of the other."""
    if a is b:
        return True
    up = chain(a)
    if b in up:
        return up.index(b) <= LEVELS
    up = chain(b)
    return a in up and up.index(a) <= LEVELS


def resolve(root, xpath):
    if not xpath:
        return None
    try:
        got = root.xpath(xpath)
    except Exception:
        return None
    return got[0] if len(got) == 1 and isinstance(got[0].tag, str) else None


def site_of(entry, doc):
    url = doc.canonical_url or ""
    host = urlsplit(url).hostname or ""
    if host and host != "example.com":
        return host[4:] if host.startswith("www.") else host
    return os.path.basename(entry["file"]).split(".html")[0]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--entry-levels", type=int, default=regions_model.ENTRY_LEVELS,
                    help="levels below a list entry without candidates (0: no entry filter)")
    ap.add_argument("--entry-tags", help="comma-separated tags an entry may have (\"*\": any)")
    args = ap.parse_args(argv)
    model_data.RELATED = model_data.CTA = ()
    regions_model.ENTRY_LEVELS = args.entry_levels
    if args.entry_tags:
        regions_model.ENTRY_TAGS = None if args.entry_tags == "*" else frozenset(args.entry_tags.split(","))
    regions_model.install(use_model=False)
    gold = json.load(open(args.gold, encoding="utf-8"))
    rows = []
    got = {}

    def record(root, body, found, hosts, cands):
        got["root"], got["cands"] = root, cands
        # every region outside the body (the rules' finds too): what the model learns from
        got["all"] = regions_model.candidates(root, body, [], hosts)

    regions_model.RECORD = record
    for pi, entry in enumerate(gold):
        raw = gzip.open(os.path.join(ROOT, entry["file"])).read()
        got.clear()
        doc = syndicate.parse(raw, url=URL)
        if "root" not in got:
            print("no candidates:", entry["file"], file=sys.stderr)
            continue
        root, cands, every = got["root"], got["cands"], got["all"]
        live = {el for el, _ in cands}
        site = site_of(entry, doc)
        labels = {}
        for cat in ("related", "ctas"):
            g_els = [resolve(root, g["xpath"]) for g in entry[cat]]
            p_els = [resolve(root, p.locator) for p in getattr(doc, cat)]
            matched = set()
            for gi, ge in enumerate(g_els):
                if ge is not None and any(pe is not None and near(pe, ge) for pe in p_els):
                    matched.add(gi)
            labels[cat] = (g_els, matched)
        ad_els = [resolve(root, g["xpath"]) for g in entry["ads"]]
        seen = set()
        for el, feats in every + [c for c in cands]:
            if el in seen:
                continue
            seen.add(el)
            row = {"page": pi, "file": entry["file"], "site": site, "x": feats,
                   "path": root.getroottree().getpath(el), "live": el in live, "el": el}
            for cat in ("related", "ctas"):
                g_els, matched = labels[cat]
                pos, amb, kind, anypos = [], False, None, False
                for gi, ge in enumerate(g_els):
                    if ge is None or not near(el, ge):
                        continue
                    g = entry[cat][gi]
                    if g["ambiguous"]:
                        amb = True
                    else:
                        anypos = True
                        kind = g.get("kind")
                        if gi not in matched:
                            pos.append(gi)
                row[cat] = pos
                row[cat + "_y"] = 1 if pos else (None if amb else 0)  # the residual label
                row[cat + "_all"] = 1 if anypos else (None if amb else 0)  # any gold item
                if cat == "ctas":
                    row["kind"] = kind
            row["ad"] = any(ge is not None and near(el, ge) for ge in ad_els)
            rows.append(row)
        page_rows = [r for r in rows if r["page"] == pi]
        index = {r["el"]: n for n, r in enumerate(page_rows)}
        for r in page_rows:
            r["anc"] = [index[a] for a in r["el"].iterancestors() if a in index]
        for r in page_rows:
            del r["el"]
        print(f"{pi:3} {len(cands):4} {len(every):4} cands  {entry['file'][:60]}", file=sys.stderr)
    json.dump(rows, open(args.out, "w"))
    print(len(rows), "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
