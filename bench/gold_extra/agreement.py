"""How far two hand labellings of the same pages agree: the second reader's labels scored
as if they were predictions, with ``gold_score``'s own matching (tree distance, ambiguous
items neither hit nor false alarm). The figures are a ceiling for any extractor judged by
one reader's labels: what a second careful human reaches.

    python bench/gold_extra/build.py --out /tmp/first.json --numbers 143-176
    python bench/gold_extra/build.py --home bench/gold_extra/relabel --out /tmp/second.json
    PYTHONPATH=src python bench/gold_extra/agreement.py /tmp/first.json /tmp/second.json
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from types import SimpleNamespace

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.join(HERE, "..", "..", "..", "shared", "tools")


def as_predictions(entry: dict) -> SimpleNamespace:
    """One page of the second reader's labels as a document ``gold_score`` can score
    (non-ambiguous items only: an item the reader was unsure of is no claim)."""
    def item(g: dict) -> SimpleNamespace:
        place = g["placement"].split("|")[0]
        return SimpleNamespace(locator=g["xpath"], title=g.get("heading"), text=g.get("text"),
                               kind=g.get("kind"), items=[None] * (g.get("items") or 0),
                               sponsored=g.get("sponsored", False), network=None, format=None,
                               label=g.get("note"), position=SimpleNamespace(placement=place))
    doc = SimpleNamespace(**{cat: [item(g) for g in entry[cat] if not g["ambiguous"]]
                             for cat in ("related", "ctas", "ads")})
    doc.text = lambda: ""  # (leaks are the extractor's: not scored here)
    return doc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", help="the gold JSON of the first reader")
    parser.add_argument("second", help="the gold JSON of the second reader (same pages or fewer)")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, TOOLS)
    import gold_score as gs

    first = {e["file"]: e for e in json.load(open(args.first, encoding="utf-8"))}
    second = json.load(open(args.second, encoding="utf-8"))
    tallies = {c: gs.Tally() for c in gs.CATS}
    for entry in second:
        gold = first.get(entry["file"])
        if gold is None:
            print(f"not in {args.first}: {entry['file']}", file=sys.stderr)
            continue
        root = gs.parse_tree(gzip.open(os.path.join(gs.ROOT, entry["file"])).read())
        log: list[str] = []
        gs.score_page(gold, root, as_predictions(entry), tallies, log)
        if args.verbose and log:
            print(f"== {entry['file']}\n" + "\n".join(log))
    for cat in gs.CATS:
        t = tallies[cat]
        print(f"{cat:8} first {t.n_gold:4} second {t.n_pred:4} agree {t.tp:4}  "
              f"P {gs.pct(t.p()).strip():>5} R {gs.pct(t.r()).strip():>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
