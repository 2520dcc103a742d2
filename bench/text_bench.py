#!/usr/bin/env python3
"""Time ``syndicate.parse_text`` on whole-page dumps (plain text and Markdown).

  python bench/text_bench.py [--repeat 200] [--size 11000] [FILE ...]

Without FILE arguments it times a page dump written for the project: a menu, the
article (title, byline, paragraphs, an ad label, a share bar), a teaser list and a
footer, grown to about --size characters, flattened once as plain text and once as
Markdown. Each FILE given is timed as it is (format="auto"). Prints the median and the
best time per call (the best is the steadier figure on a busy machine). The target
(issue 16): within 2x of the reader before the article finder, about 2.3 ms for an
11 kB dump.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import syndicate  # noqa: E402

MENU = ["Home", "World", "Politics", "Business", "Science", "Sport", "Culture", "Opinion"]
SENTENCES = [
    "The regional council approved the new water plan on Thursday after a debate that lasted "
    "most of the afternoon.",
    "Engineers said the old pipes under the market square had been leaking for years and that "
    "repairs could no longer wait.",
    "Residents who spoke at the meeting asked for the work to be done in stages so that shops "
    "could stay open during the summer.",
    "The plan will be paid for partly by the national government, which set aside money for "
    "such projects in its spring budget.",
    "Critics argued that the cost estimates were too optimistic and that the timetable left "
    "little room for delays.",
]
TEASERS = [
    "Harbour reopens after winter storm damage", "New cycle lanes planned for the old town",
    "Library extends opening hours at weekends", "School meals to use more local produce",
]


def _paragraph(i: int) -> str:
    return " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3))


def page_dump(size: int, markdown: bool) -> str:
    """A whole-page dump of about ``size`` characters."""
    def link(text: str, path: str) -> str:
        return f"[{text}](https://example.com/{path})" if markdown else text

    head = [f"* {link(m, m.lower())}" if markdown else m for m in MENU]
    title = ("# " if markdown else "") + "Council approves water plan after long debate"
    article = [title, "By A. Reporter | 12 March 2024"]
    foot = ["Share this:", "Facebook", "Twitter", "Related Articles"]
    foot += [f"* {link(t, t.lower().replace(' ', '-'))}" if markdown else t for t in TEASERS]
    foot += ["About us", "Contact", "Privacy policy", "© 2024 Example News. All rights reserved."]
    i = 0
    while len("\n\n".join(head + article + foot)) < size:
        article.append(_paragraph(i))
        if i == 2:
            article.append("Advertisement")
        i += 1
    return "\n\n".join(head + article + foot) + "\n"


def times_ms(text: str, repeat: int) -> tuple[float, float]:
    syndicate.parse_text(text)  # warm caches (stop lists, compiled patterns)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        syndicate.parse_text(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000, min(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--size", type=int, default=11000)
    args = ap.parse_args()
    if args.files:
        cases = [(str(p), p.read_text(encoding="utf-8")) for p in args.files]
    else:
        cases = [("plain dump", page_dump(args.size, False)),
                 ("markdown dump", page_dump(args.size, True))]
    for name, text in cases:
        median, best = times_ms(text, args.repeat)
        print(f"{name}: {len(text)} chars, parse_text median {median:.2f} ms, best {best:.2f} ms")


if __name__ == "__main__":
    main()
