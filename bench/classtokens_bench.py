#!/usr/bin/env python3
"""Time the class/id matchers (extract/classtokens.py) alone, on the calls a corpus makes.

    PYTHONPATH=src python bench/classtokens_bench.py CORPUS_ROOT --record TRACE.json [--every N]
    PYTHONPATH=src python bench/classtokens_bench.py --replay TRACE.json [--repeat R]

``--record`` parses the corpus pages (as ``bench/identical.py`` reads them) and writes every
matcher's patterns and the sequence of values each was asked about, with the answers.
``--replay`` builds the matchers afresh from the recorded patterns and asks them the same
values in the same order (cold caches: the ``words`` and ``tokens`` caches are cleared
first), checks every answer equals the recorded one and prints the CPU time of the best of
R runs. A trace recorded before a change and replayed after it shows the change kept the
answers and what it saved.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable


def _recorder(cached: Callable[[str], str | None], calls: list[list[object]]) -> Callable[[str], str | None]:
    def match(value: str) -> str | None:
        found = cached(value)
        calls.append([value, found])
        return found

    return match


def record(root: str, every: int, out: str) -> None:
    """Parse the pages with every matcher's ``match`` recording its calls."""
    import gc

    import syndicate  # noqa: F401 - (builds every matcher the pipeline uses)
    from syndicate.extract import classtokens

    made: list[dict[str, object]] = []
    for m in [o for o in gc.get_objects() if isinstance(o, classtokens.ClassMatcher)]:
        patterns = {"token": sorted(m.token), "word": sorted(m.single | m.multi_set),
                    "prefix": sorted(m.prefix_set | m.multi_prefix_set), "substring": list(m.substring)}
        calls: list[list[object]] = []
        made.append({"patterns": patterns, "calls": calls})
        m.match = _recorder(m.match, calls)  # type: ignore[method-assign]
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from identical import run  # (the same pages, read the same way)

    run(root, every, False)
    late = sum(isinstance(o, classtokens.ClassMatcher) for o in gc.get_objects()) - len(made)
    if late:
        print(f"warning: {late} matchers built after import are not recorded")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(made, f)
    print(f"{len(made)} matchers, {sum(len(m['calls']) for m in made)} calls")  # type: ignore[arg-type]


def replay(trace: str, repeat: int) -> None:
    """Fresh matchers, the recorded calls, answers checked; best CPU of ``repeat`` runs."""
    from syndicate.extract import classtokens

    with open(trace, encoding="utf-8") as f:
        made = json.load(f)
    best = float("inf")
    for _ in range(repeat):
        classtokens.words.cache_clear()
        classtokens.tokens.cache_clear()
        matchers = [classtokens.ClassMatcher(**m["patterns"]) for m in made]
        plan = [(mm.match, m["calls"]) for mm, m in zip(matchers, made, strict=True)]
        t0 = time.process_time()
        answers = [[match(v) for v, _ in calls] for match, calls in plan]
        best = min(best, time.process_time() - t0)
        wrong = sum(a != c[1] for got, (_, calls) in zip(answers, plan, strict=True)
                    for a, c in zip(got, calls, strict=True))
        if wrong:
            print(f"{wrong} answers differ from the trace")
            sys.exit(1)
    calls = sum(len(m["calls"]) for m in made)
    distinct = sum(len({v for v, _ in m["calls"]}) for m in made)
    print(f"{len(made)} matchers, {calls} calls, {distinct} distinct per matcher; "
          f"all answers as recorded; cpu {best:.3f} s (best of {repeat})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", nargs="?")
    ap.add_argument("--record")
    ap.add_argument("--replay")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    if a.record and a.root:
        record(a.root, a.every, a.record)
    elif a.replay:
        replay(a.replay, a.repeat)
    else:
        ap.error("give CORPUS_ROOT --record TRACE, or --replay TRACE")


if __name__ == "__main__":
    main()
