"""Train the learned second chance (``regions_model.py``) on ``dataset.py``'s rows,
cross-validate it by site, and write ``model_data.py`` (both beside this file).

  python bench/learned/train.py --data /tmp/learned_train.json [--cv] [--write] [--cut-related X --cut-cta Y]

Boosted shallow trees (scikit-learn's GradientBoostingClassifier, fixed seed), one model for
related blocks, one for CTAs, and a small one per CTA kind. ``--cv``: leave-sites-out
cross-validation (GroupKFold over the page's site), then a page-level simulation of what
the picks add: hits (a non-ambiguous gold item the rules missed), neutral (an ambiguous
one), false alarms, per threshold.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import GroupKFold

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "src"))
sys.path.insert(0, HERE)
from regions_model import FEATURES  # noqa: E402

SEED = 7
PARAMS = dict(n_estimators=120, max_depth=3, learning_rate=0.1, subsample=0.8, min_samples_leaf=10,
              random_state=SEED)
KIND_PARAMS = dict(n_estimators=40, max_depth=2, learning_rate=0.2, min_samples_leaf=3, random_state=SEED)
DUMP = None
CAP = 2
CUTS = [x / 2 for x in range(-4, 13)]


MODEL = "gbm"


def fit(x, y, params=PARAMS):
    if MODEL == "lr" and params is PARAMS:  # (related/CTA models; kinds are always trees)
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        m = make_pipeline(StandardScaler(), LogisticRegression(C=0.3, max_iter=2000, class_weight=None))
    else:
        m = GradientBoostingClassifier(**params)
    m.fit(x, y)
    return m


def export_linear(m):
    """A fitted scaler + logistic regression as one linear model over the raw features:
    ``((-1, bias, 0, 0), (feature, weight), ...)`` (weights of 0 left out)."""
    scaler, lr = m.steps[0][1], m.steps[1][1]
    w = lr.coef_[0] / scaler.scale_
    bias = float(lr.intercept_[0] - (lr.coef_[0] * scaler.mean_ / scaler.scale_).sum())
    return ("linear", round(bias, 6), tuple((int(j), round(float(w[j]), 6)) for j in range(len(w)) if w[j]))


def export(m, k=0):
    """A fitted binary (or class ``k`` of a multiclass) model as tree tuples (init first)."""
    init = float(m._raw_predict_init(np.zeros((1, len(FEATURES))))[0, k])
    trees = [((-1, round(init, 6), 0, 0),)]
    lr = m.learning_rate
    for est in m.estimators_[:, k]:
        t = est.tree_
        nodes = []
        for n in range(t.node_count):
            if t.children_left[n] == -1:
                nodes.append((-1, round(float(lr * t.value[n][0][0]), 6), 0, 0))
            else:
                nodes.append((int(t.feature[n]), round(float(t.threshold[n]), 6),
                              int(t.children_left[n]), int(t.children_right[n])))
        trees.append(tuple(nodes))
    return tuple(trees)


def labels(rows, cat, target):
    key = cat + ("_all" if target == "all" else "_y")
    return np.array([-1 if r[key] is None or (target == "residual" and not r["live"]) else r[key]
                     for r in rows])


SAVE = True


def simulate(rows, scores, cat, cut):
    """(hits, neutral, false alarms) the picks of one category add, page by page."""
    by_page = defaultdict(list)
    for r, s in zip(rows, scores, strict=True):
        if s >= cut:
            by_page[r["page"]].append((s, r))
    hits = neutral = fa = 0
    for picks in by_page.values():
        picks.sort(key=lambda p: -p[0])
        chosen, used = set(), set()
        around = set()
        taken = 0
        for _, r in picks:
            if taken >= CAP:
                break
            me = r["i"]
            if me in around or any(a in chosen for a in r["anc"]):
                continue
            chosen.add(me)
            taken += 1
            around.update(r["anc"])
            free = [g for g in r[cat] if g not in used]
            if free:
                used.add(free[0])
                hits += 1
            elif not r[cat] and r[cat + "_y"] is None:
                neutral += 1
            else:
                fa += 1
                if DUMP is not None:
                    DUMP.append((round(float(_), 2), r["file"], r["path"]))
    return hits, neutral, fa


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--cut-related", type=float, default=2.0)
    ap.add_argument("--cut-cta", type=float, default=2.0)
    ap.add_argument("--no-cta", action="store_true", help="write no CTA model (related only)")
    ap.add_argument("--model", choices=("gbm", "gbm2", "lr"), default="gbm",
                    help="(CV) trees of depth 3, or 300 trees of depth 2 at rate .05, or logistic regression")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--target", choices=("all", "residual"), default="all",
                    help="learn from every gold item (all) or only from those the rules miss")
    args = ap.parse_args(argv)
    global MODEL
    MODEL = args.model
    if args.model == "gbm2":
        PARAMS.update(n_estimators=300, max_depth=2, learning_rate=0.05)
    rows = json.load(open(args.data))
    # candidates' indices within their page (``anc`` refers to them)
    first = {}
    for n, r in enumerate(rows):
        first.setdefault(r["page"], n)
        r["i"] = n - first[r["page"]]
    x = np.array([r["x"] for r in rows])
    groups = np.array([r["site"] for r in rows])
    if args.cv:
        for cat in ("related", "ctas"):
            scores = np.full(len(rows), -99.0)
            y = labels(rows, cat, args.target)
            for tr, te in GroupKFold(n_splits=args.folds).split(x, y, groups):
                keep = tr[y[tr] >= 0]
                m = fit(x[keep], y[keep])
                scores[te] = m.decision_function(x[te])
            live = [n for n, r in enumerate(rows) if r["live"]]
            if SAVE:
                np.save(f"/tmp/hl/cv_{cat}.npy", scores)
            print(f"{cat}: positives {int((y == 1).sum())}, gold items reachable "
                  f"{len({(r['page'], g) for r in rows if r['live'] for g in r[cat]})} (of the rules' misses)")
            print(f"  {'cut':>5} {'hits':>5} {'neut':>5} {'FA':>4} {'P':>5}")
            for cut in CUTS:
                h, n, f = simulate([rows[n] for n in live], scores[live], cat, cut)
                p = h / (h + f) if h + f else float("nan")
                print(f"  {cut:5.1f} {h:5} {n:5} {f:4} {p:5.2f}")
        # kinds: leave-sites-out accuracy on the CTA positives
        pos = [n for n, r in enumerate(rows) if r["ctas_all"] == 1]
        ky = np.array([rows[n]["kind"] for n in pos])
        pred = np.empty(len(pos), dtype=object)
        for tr, te in GroupKFold(n_splits=args.folds).split(x[pos], ky, groups[pos]):
            m = fit(x[pos][tr], ky[tr], KIND_PARAMS) if len(set(ky[tr])) > 1 else None
            pred[te] = m.predict(x[pos][te]) if m is not None else ky[tr][0]
        print("kind accuracy (candidates):", round(float((pred == ky).mean()), 2), Counter(zip(ky, pred, strict=True)).most_common(12))
    if args.write:
        out = {}
        for cat in ("related",) if args.no_cta else ("related", "ctas"):
            y = labels(rows, cat, args.target)
            keep = y >= 0
            m = fit(x[keep], y[keep])
            out[cat] = export_linear(m) if MODEL == "lr" else export(m)
        kinds = []
        if args.no_cta:
            out["ctas"] = ()
        else:
            pos = [n for n, r in enumerate(rows) if r["ctas_all"] == 1]
            ky = np.array([rows[n]["kind"] for n in pos])
            km = fit(x[pos], ky, KIND_PARAMS)
            kinds = [(str(k), export(km, j)) for j, k in enumerate(km.classes_)]
        path = os.path.join(HERE, "model_data.py")
        with open(path, "w") as f:
            f.write('"""The learned second-chance model (``regions_model.py``), generated by\n'
                    f'``train.py`` (seed {SEED}, model {args.model}, target {args.target}) from {len(set(r["page"] for r in rows))} labelled pages; '
                    'do not edit by hand.\n\nA tree is a tuple of nodes ``(feature, threshold, left, right)``; a leaf is\n'
                    '``(-1, value, 0, 0)``. Features: ``regions_model.FEATURES``."""\n\n')
            f.write("# fmt: off\n")
            f.write(f"RELATED_CUT = {args.cut_related}\nCTA_CUT = {args.cut_cta}\n")
            f.write(f"RELATED: tuple = {out['related']!r}\n")
            f.write(f"CTA: tuple = {out['ctas']!r}\n")
            f.write(f"KIND_TREES: tuple = {tuple(kinds)!r}\n")
        print("wrote", os.path.normpath(path))


if __name__ == "__main__":
    main()
