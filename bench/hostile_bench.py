#!/usr/bin/env python3
"""Time and memory of every hostile input of issue 7 (a benchmark, not a test).

Each case runs in its own child process, so its peak memory (``ru_maxrss``, which
counts libxml2's C allocations too, unlike tracemalloc) is its own; building the input
is not timed; the case runs three times and the fastest run is shown (other load on the
machine only ever adds time). The table shows seconds, peak RSS and its growth over the bare
interpreter with syndicate imported, the outcome (blocks kept / the error raised), and
flags a case over the 2 s budget.

    python bench/hostile_bench.py            # all cases
    python bench/hostile_bench.py div-50000 laughs    # some cases
    python bench/hostile_bench.py --list
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_SECONDS = 2.0
#: Each case is parsed this many times in its process; the fastest run is reported.
RUNS = 3
MB = 1024 * 1024

P1 = ("The council voted on Tuesday to rebuild the old harbour wall, a project that has been "
      "debated for more than a decade, and work is expected to begin in the spring.")
P2 = ("Residents who spoke at the meeting said the wall, damaged in the storms of 2019, had left "
      "their homes exposed, and several asked why the repairs had taken so long to approve.")


SHORT = "Sentence number one, with a comma."


def page(body: str, head: str = "<title>Harbour wall</title>", charset: str = "utf-8") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='{charset}'>{head}</head>"
            f"<body>{body}</body></html>")


def article(inner: str = "") -> str:
    return page(f"<article><h1>Harbour wall</h1><p>{P1}</p>{inner}<p>{P2}</p></article>")


VECTORS = (
    "<p>a <a href='javascript:alert(1)'>js</a> <a href='data:text/html,<script>x</script>'>d</a> "
    "<a href='vbscript:msgbox(1)'>v</a> <a href='java&#09;script:alert(1)'>t</a></p>"
    "<p onclick='alert(1)' onmouseover='alert(2)'>handlers <b onmouseenter=x>b</b></p>"
    "<svg><script>alert(1)</script><a xlink:href='javascript:alert(1)'>s</a></svg>"
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"
    "<p style='width:expression(alert(1))'>css</p><iframe srcdoc='<script>alert(1)</script>'></iframe>"
    "<base href='javascript:alert(1)//'><a href='rel'>r</a>"
)


def _feed(body: str, doctype: str = "") -> bytes:
    return (f"<?xml version='1.0'?>{doctype}<rss version='2.0'><channel><title>T</title>"
            f"<link>https://example.com/</link><description>D</description>{body}"
            f"</channel></rss>").encode()


def _laughs() -> bytes:
    ents = "<!ENTITY lol0 'lol'>" + "".join(
        f"<!ENTITY lol{i} '{('&lol' + str(i - 1) + ';') * 10}'>" for i in range(1, 10))
    return _feed("<item><title>&lol9;</title><link>https://example.com/a</link></item>",
                 f"<!DOCTYPE lolz [{ents}]>")


def _quadratic() -> bytes:
    return _feed("<item><title>" + "&a;" * 50_000 + "</title></item>",
                 "<!DOCTYPE r [<!ENTITY a '" + "x" * 50_000 + "'>]>")


def _xxe() -> bytes:
    return _feed("<item><title>&x;</title><description>&y;</description></item>",
                 "<!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>"
                 "<!ENTITY y SYSTEM 'http://127.0.0.1:9/secret'>]>")


def _parse(make: Callable[[], bytes | str], **kw) -> tuple[Callable[[], str], Callable[[], object]]:
    import syndicate

    data: dict[str, object] = {}

    def build() -> str:
        data["raw"] = make()
        return f"{len(data['raw']):,} {'bytes' if isinstance(data['raw'], bytes) else 'chars'}"

    def run() -> object:
        doc = syndicate.parse(data["raw"], **kw)
        text = doc.text()
        kept = "P1+P2" if P1 in text and P2 in text else ("P1" if P1 in text else "-")
        return f"{len(doc.body)} blocks, text {kept}"
    return build, run


def _call(make: Callable[[], object], fn: Callable[[object], object]):
    data: dict[str, object] = {}

    def build() -> str:
        data["x"] = make()
        x = data["x"]
        return f"{len(x):,}" if hasattr(x, "__len__") else type(x).__name__

    def run() -> object:
        return fn(data["x"])
    return build, run


def _feed_case(make: Callable[[], bytes]):
    from syndicate.readers.feed import read_feed

    def summary(raw: object) -> str:
        feed = read_feed(raw)  # type: ignore[arg-type]
        longest = max((len(i.title or "") for i in feed.items), default=0)
        leaked = any("root:" in (i.title or "") + (i.summary or "") for i in feed.items)
        return f"{len(feed.items)} items, longest title {longest}, leaked={leaked}"
    return _call(make, summary)


def _text_case(make: Callable[[], str]):
    import syndicate

    def summary(text: object) -> str:
        doc = syndicate.parse_text(text)  # type: ignore[arg-type]
        return f"{len(doc.body)} blocks"
    return _call(make, summary)


def _writers_case():
    import syndicate
    from syndicate.model import Document, Paragraph

    def make() -> Document:
        body = [Paragraph(id=f"b{i}", text=f"{P1} {i}", html=f"{P1} <b>{i}</b>" + VECTORS)
                for i in range(1, 1001)]
        return Document(url="https://example.com/a", body=body)

    def write(doc: object) -> str:
        amp = syndicate.to_amp(doc)  # type: ignore[arg-type]
        rss = syndicate.to_rss([doc], channel={  # type: ignore[list-item]
            "title": "T", "link": "https://example.com/", "description": "D",
            "self_url": "https://example.com/f.xml"})
        js = syndicate.to_json(doc)  # type: ignore[arg-type]
        bad = sum(s.count("alert(") for s in (amp, rss))
        return f"amp {len(amp) // 1000} kB, rss {len(rss) // 1000} kB, json {len(js) // 1000} kB, alert( {bad}"
    return _call(make, write)


def _error_case(build_run):
    """A case whose defence is an error: the outcome is the error's class and message."""
    build, run = build_run

    def guarded() -> object:
        try:
            return run()
        except Exception as exc:  # noqa: BLE001 - shown in the table
            return f"{type(exc).__name__}: {str(exc)[:70]}"
    return build, guarded


def _deep_json(depth: int) -> dict:
    node: dict = {"type": "paragraph"}
    for _ in range(depth):
        node = {"body": [node]}
    return node


def _validate(obj: object) -> str:
    import syndicate

    try:
        syndicate.validate(obj)
        return "valid"
    except syndicate.SyndicateError as exc:
        return f"{type(exc).__name__}: {str(exc)[:60]}"


def cases() -> dict[str, Callable[[], tuple[Callable[[], str], Callable[[], object]]]]:
    from syndicate.sanitize import clean_inline

    big = 100 * MB
    return {
        "div-300": lambda: _parse(lambda: article("<div>" * 300 + f"<p>{P1} inside</p>" + "</div>" * 300)),
        "div-1000": lambda: _parse(lambda: article("<div>" * 1000 + "<p>inside</p>" + "</div>" * 1000)),
        "div-50000": lambda: _parse(lambda: article("<div>" * 50_000 + "<p>inside</p>" + "</div>" * 50_000)),
        "font-400-unclosed": lambda: _parse(lambda: page(f"<p>{P1}</p>" + "<font>" * 400 + f"<p>{P2}</p>")),
        "font-50000-unclosed": lambda: _parse(lambda: page(f"<p>{P1}</p>" + "<font>" * 50_000 + f"<p>{P2}</p>")),
        "attr-tags-50000-unclosed": lambda: _parse(
            lambda: page(f"<p>{P1}</p>" + "<span class='a\"b' title=\"x'y\">" * 50_000 + f"<p>{P2}</p>")),
        "open-quote-tags-20000": lambda: _parse(
            lambda: page(f"<p>{P1}</p>" + "<b>" * 300 + "<a title=\"x " * 20_000 + f"<p>{P2}</p>")),
        "inline-b-3000": lambda: _parse(lambda: page("<p>" + "<b>" * 3000 + P1 + "</b>" * 3000 + f"</p><p>{P2}</p>")),
        "siblings-25k-p": lambda: _parse(
            lambda: page("<div class='story'>" + f"<p>{SHORT}</p>" * 25_000 + "</div>")),
        "siblings-100k-p": lambda: _parse(
            lambda: page("<div class='story'>" + f"<p>{SHORT}</p>" * 100_000 + "</div>")),
        "siblings-100k-span": lambda: _parse(
            lambda: page(f"<article><p>{P1}</p><p>" + "<span>w, </span>" * 100_000 + f"</p><p>{P2}</p></article>")),
        "siblings-100k-empty-div": lambda: _parse(lambda: page("<div></div>" * 100_000 + article())),
        "page-100MB": lambda: _error_case(_parse(lambda: b"<p>" + b"x" * big)),
        "nul-bytes-300kB": lambda: _parse(
            lambda: article(f"<p>{P1}</p>\x00<p>a\x00b</p>" * 1000 + "\x00" * 100_000).encode()),
        "invalid-utf8-200kB": lambda: _parse(lambda: article(f"<p>{P1} \xff\xfe\xc3</p>" * 1000).encode("latin-1")),
        "cp1252-as-utf8-200kB": lambda: _parse(
            lambda: article(("<p>Caf\u00e9 cr\u00e8me \u201cbr\u00fbl\u00e9e\u201d \u2013 " + P1 + "</p>") * 1000)
            .encode("cp1252")),
        "shift-jis-undeclared-200kB": lambda: _parse(
            lambda: ("<html><body><article>" + "<p>東京都は今日、新しい防災計画を発表しました。計画には避難所の増設が含まれています。</p>"
                     * 2_000 + "</article></body></html>").encode("shift_jis")),
        "script-vectors-x1000": lambda: _parse(lambda: article(VECTORS * 1000), url="https://example.com/a"),
        "spaces-5MB-in-text": lambda: _parse(lambda: article(f"<p>{P1}" + " " * (5 * MB) + "end</p>")),
        "spaces-5MB-in-class": lambda: _parse(lambda: article(f"<div class='x{' ' * (5 * MB)}y'><p>{P1}</p></div>")),
        "spaces-5MB-in-style": lambda: _parse(
            lambda: article(f"<div style='color:red;{' ' * (5 * MB)}display:none'><p>{P1}</p></div>")),
        "href-5MB": lambda: _parse(lambda: article(f"<p>{P1} <a href='https://e.com/{'a/' * (2 * MB)}'>x</a></p>")),
        "nbsp-1MB": lambda: _parse(lambda: article(f"<p>{P1}" + "&nbsp; " * MB + "</p>")),
        "repeated-classes-100k": lambda: _parse(
            lambda: article("<div class='" + "ad-slot related share " * 100_000 + f"'><p>{P1}</p></div>")),
        "classes-1000x1000": lambda: _parse(
            lambda: article(("<div class='" + "post-content ad " * 1000 + f"'><p>{P1}</p></div>") * 1000)),
        "word-5MB": lambda: _parse(lambda: article("<p>" + "a" * (5 * MB) + "</p>")),
        "lt-1M": lambda: _parse(lambda: article("<p>" + "<" * MB + "</p>")),
        "unclosed-comment-5MB": lambda: _parse(lambda: article("<!--" + "x" * (5 * MB))),
        "laughs-feed": lambda: _feed_case(_laughs),
        "quadratic-feed": lambda: _feed_case(_quadratic),
        "xxe-feed": lambda: _feed_case(_xxe),
        "text-100k-lines": lambda: _text_case(lambda: "Title line here\n" + f"{SHORT}\n" * 100_000),
        "text-spaces-5MB-line": lambda: _text_case(lambda: "Title\n" + P1 + " " * (5 * MB) + "x\n"),
        "text-ad-labels-100k": lambda: _text_case(lambda: "Title\n" + "- Advertisement -\nMust Read\n" * 50_000),
        "clean-inline-b-100k": lambda: _call(lambda: "<b>" * 100_000 + "deep",
                                             lambda s: f"{len(clean_inline(s))} chars"),  # type: ignore[arg-type]
        "writers-1000-hostile-blocks": _writers_case,
        "validate-deep-json-5000": lambda: _call(lambda: _deep_json(5000), _validate),
    }


def child(name: str) -> None:
    build, run = cases()[name]()
    size = build()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Best of RUNS, as timeit does: the machine's other load only ever adds time.
    seconds = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        outcome = run()
        seconds = min(seconds, time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"name": name, "input": size, "seconds": seconds, "peak_mb": peak / 1024,
                      "growth_mb": (peak - base) / 1024, "outcome": str(outcome)}))


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        child(argv[1])
        return 0
    names = list(cases())
    if argv[:1] == ["--list"]:
        print("\n".join(names))
        return 0
    chosen = argv or names
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    print(f"{'case':<28} {'input':>15} {'seconds':>8} {'peak MB':>8} {'+MB':>7}  outcome")
    over = 0
    for name in chosen:
        proc = subprocess.run([sys.executable, __file__, "--child", name], capture_output=True,
                              text=True, env=env, timeout=600)
        if proc.returncode:
            print(f"{name:<28} FAILED: {proc.stderr.strip().splitlines()[-1:]}")
            over += 1
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        flag = "  OVER BUDGET" if r["seconds"] >= BUDGET_SECONDS else ""
        over += bool(flag)
        print(f"{name:<28} {r['input']:>15} {r['seconds']:>8.3f} {r['peak_mb']:>8.0f} "
              f"{r['growth_mb']:>7.0f}  {r['outcome'][:90]}{flag}")
    print(f"\n{len(chosen)} cases, {over} over the {BUDGET_SECONDS} s budget or failed")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
