#!/usr/bin/env python3
"""Print the development pages drawn for the extra gold labels (``labels/x*.py``).

    python bench/gold_extra/draw.py [--corpus ../shared/corpus]

Per source (scrapinghub, trafilatura-eval, wcxb): the gzipped pages that are not in the shared
gold set and hold at least 20 KB of HTML once decompressed, in sorted order. Each seed draws from
those pools, less what earlier seeds drew, with ``random.Random(seed).sample``. The draws are
written down so anyone can check that the pages were not chosen by hand.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ("scrapinghub", "trafilatura-eval", "wcxb")
#: (seed, pages drawn per source, first label number): in the order they were drawn.
DRAWS = ((2026, (5, 4, 3), 1), (2027, (4, 4, 4), 13), (2028, (4, 4, 4), 25), (2029, (3, 3, 2), 37),
         (2030, (3, 3, 2), 45), (2031, (3, 3, 2), 53), (2032, (3, 3, 2), 61), (2033, (3, 3, 2), 69),
         (2034, (3, 3, 2), 77), (2035, (3, 3, 2), 85), (2036, (3, 3, 2), 93),
         (2037, (3, 3, 2), 101), (2038, (3, 3, 2), 109), (2039, (3, 3, 2), 117),
         (2040, (0, 5, 3), 125), (2041, (0, 5, 3), 133),
         (2042, (0, 5, 3), 141), (2043, (0, 5, 3), 149), (2044, (0, 5, 3), 157),
         (2045, (0, 5, 3), 165), (2046, (0, 5, 3), 173),
         (2047, (0, 5, 3), 181), (2048, (0, 5, 3), 189), (2049, (0, 5, 3), 197),
         (2050, (0, 5, 3), 205), (2051, (0, 5, 3), 213), (2052, (0, 5, 3), 221),
         (2053, (0, 5, 3), 229), (2054, (0, 5, 3), 237), (2055, (0, 5, 3), 245),
         (2056, (0, 5, 3), 253), (2057, (0, 5, 3), 261), (2058, (0, 5, 3), 269),
         (2059, (0, 5, 3), 277), (2060, (0, 5, 3), 285), (2061, (0, 5, 3), 293),
         (2062, (0, 5, 3), 301), (2063, (0, 5, 3), 309), (2064, (0, 5, 3), 317),
         (2065, (0, 5, 3), 325), (2066, (0, 5, 3), 333), (2067, (0, 5, 3), 341),
         (2068, (0, 5, 3), 349), (2069, (0, 5, 3), 357), (2070, (0, 5, 3), 365),
         (2071, (0, 5, 3), 373), (2072, (0, 5, 3), 381), (2073, (0, 5, 3), 389),
         (2074, (0, 5, 3), 397), (2075, (0, 5, 3), 405), (2076, (0, 1, 7), 413),
         (2077, (0, 0, 8), 421), (2078, (0, 0, 8), 429), (2079, (0, 0, 8), 437),
         (2080, (0, 0, 8), 445), (2081, (0, 0, 8), 453), (2082, (0, 0, 8), 461),
         (2083, (0, 0, 8), 469), (2084, (0, 0, 8), 477), (2085, (0, 0, 8), 485),
         (2086, (0, 0, 8), 493), (2087, (0, 0, 8), 501), (2088, (0, 0, 8), 509),
         (2089, (0, 0, 8), 517), (2090, (0, 0, 8), 525), (2091, (0, 0, 8), 533),
         (2092, (0, 0, 8), 541), (2093, (0, 0, 8), 549), (2094, (0, 0, 8), 557),
         (2095, (0, 0, 8), 565), (2096, (0, 0, 8), 573), (2097, (0, 0, 8), 581),
         (2098, (0, 0, 8), 589), (2099, (0, 0, 8), 597), (2100, (0, 0, 8), 605),
         (2101, (0, 0, 8), 613), (2102, (0, 0, 8), 621), (2103, (0, 0, 8), 629),
         (2104, (0, 0, 8), 637), (2105, (0, 0, 8), 645), (2106, (0, 0, 8), 653),
         (2107, (0, 0, 8), 661), (2108, (0, 0, 8), 669), (2109, (0, 0, 8), 677),
         (2110, (0, 0, 8), 685), (2111, (0, 0, 8), 693),
         (2112, (0, 0, 8), 701), (2113, (0, 0, 8), 709),
         (2114, (0, 0, 8), 717), (2115, (0, 0, 8), 725),
         (2116, (0, 0, 8), 733), (2117, (0, 0, 8), 741),
         (2118, (0, 0, 8), 749), (2119, (0, 0, 8), 757))
MIN_BYTES = 20_000


def pools(corpus: str) -> dict[str, list[str]]:
    """The pages each source may give, by their path under the corpus root."""
    gold = set()
    for name in glob.glob(os.path.join(corpus, "gold", "labels", "*.py")):
        with open(name, encoding="utf-8") as f:
            found = re.search(r'FILE="([^"]+)"', f.read())
        if found:
            gold.add(found.group(1))
    out = {}
    for source in SOURCES:
        folder = os.path.join(corpus, source, "html")
        paths = [f"{source}/html/{f}" for f in sorted(os.listdir(folder)) if f.endswith(".gz")]
        out[source] = [p for p in paths if p not in gold
                       and len(gzip.open(os.path.join(corpus, p)).read()) >= MIN_BYTES]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "..", "shared", "corpus"))
    args = parser.parse_args()
    left = pools(args.corpus)
    for seed, counts, first in DRAWS:
        rng = random.Random(seed)
        number = first
        for source, k in zip(SOURCES, counts, strict=True):
            drawn = rng.sample(left[source], k)
            left[source] = [p for p in left[source] if p not in drawn]
            for path in drawn:
                print(f"x{number:02d}  seed {seed}  {path}")
                number += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
