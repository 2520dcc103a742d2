#!/usr/bin/env python3
"""Render one article converted to AMP in headless Chromium and save a PNG screenshot.

    python scripts/amp_screenshot.py INPUT [-o out/amp-screenshot.png] [--width 900]
           [--height 2200] [--ads keep|placeholder|drop] [--url URL] [--keep-html]

INPUT is an article page (.html), flattened text (.txt) or a syndicate JSON
document (.json); it is converted with ``syndicate.to_amp`` and written next to
the PNG (``.amp.html``) when ``--keep-html`` is given. Needs Debian's
``chromium`` (``apt-get install -y chromium``). Chromium runs isolated: a fresh
profile, no background networking, no component updates. Without network access
the AMP runtime (cdn.ampproject.org) cannot load, so the page shows as AMP
renders without JavaScript: the boilerplate's 8 s fallback is waited out in
virtual time and images (which need the runtime) stay blank.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import syndicate

REPO = Path(__file__).resolve().parents[1]


def convert(path: Path, url: str | None, ads: str) -> str:
    """INPUT -> AMP page."""
    raw = path.read_bytes()
    if path.suffix.lower() == ".json":
        doc = syndicate.Document.from_dict(json.loads(raw))
    elif path.suffix.lower() in (".txt", ".text"):
        doc = syndicate.parse_text(raw.decode("utf-8-sig"), url=url)
    else:
        doc = syndicate.parse(raw, url=url)
    return syndicate.to_amp(doc, ads=ads)


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("chromium not found: apt-get install -y chromium")


def screenshot(html_path: Path, png: Path, width: int, height: int) -> None:
    """Headless Chromium renders ``html_path`` into ``png``."""
    with tempfile.TemporaryDirectory(prefix="amp-shot-profile-") as profile:
        cmd = [
            chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}",
            f"--window-size={width},{height}", "--virtual-time-budget=10000",
            f"--screenshot={png}", html_path.as_uri(),
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0 or not png.is_file():
        raise SystemExit(f"chromium failed ({proc.returncode}): {proc.stderr[-2000:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=REPO / "out" / "amp-screenshot.png")
    parser.add_argument("--url", help="the page's URL (for absolute links)")
    parser.add_argument("--ads", choices=("keep", "placeholder", "drop"), default="keep")
    parser.add_argument("--width", type=int, default=900)
    parser.add_argument("--height", type=int, default=2200)
    parser.add_argument("--keep-html", action="store_true", help="keep the AMP page beside the PNG")
    args = parser.parse_args(argv)
    page = convert(args.input, args.url, args.ads)
    png = args.output.resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="amp-shot-") as tmp:
        html_path = Path(tmp) / "page.amp.html"
        html_path.write_text(page, encoding="utf-8")
        if args.keep_html:
            shutil.copyfile(html_path, png.with_suffix(".amp.html"))
        screenshot(html_path, png, args.width, args.height)
    print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
