"""Writing a feed conversion's result: one RSS feed, one JSONL file, or an AMP folder.

Files are rendered completely, then written atomically, and only when their content
changed (an RSS feed whose only change would be ``lastBuildDate`` is left as it was),
so a run over an unchanged feed rewrites nothing and a web server's caches hold.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from .errors import InputError
from .feedconvert import FeedResult, Format
from .output import write_atomic

__all__ = ["channel_for", "write_output"]

_BUILD_DATE = re.compile(r"<lastBuildDate>[^<]*</lastBuildDate>")


def channel_for(result: FeedResult, self_url: str | None) -> dict[str, str | None]:
    """The new feed's channel: the source feed's title, link and description;
    ``atom:link rel=self`` only from ``self_url`` (where the new feed will live: the
    source feed's URL would be wrong); the language only when the source feed declares
    one (else the RSS writer keeps it only when every item agrees)."""
    from .sanitize import safe_url

    feed = result.feed
    first = next((d.canonical_url or d.url for d in result.docs if d.canonical_url or d.url), None)
    link = feed.link or safe_url(result.source) or first
    if not link:
        raise InputError("the feed names no site link and no item has a URL: "
                         "nothing to use as the channel link")
    return {
        "title": feed.title or feed.link or "Converted feed",
        "link": link,
        "description": feed.description or f"Full-content version of {feed.title or link}",
        "self_url": self_url,
        "language": feed.language,
    }


def write_output(
    result: FeedResult,
    to: Format,
    out: str | os.PathLike[str],
    *,
    self_url: str | None = None,
    ads: str | None = None,
    include_related: bool = False,
    keep_stale: bool = False,
) -> list[Path]:
    """Write the converted documents; returns the paths written (``out="-"``: stdout).

    ``rss``: one RSS 2.0 feed (``ads`` ``drop``/``markers``), each item keeping the source
    item's link and guid; ``jsonl``: one JSON document per line, in feed order; ``amp``:
    folder ``out`` (``ads`` ``keep``/``placeholder``/``drop``, see
    :func:`syndicate.ampfolder.write_amp_folder`). Unchanged files are not rewritten and
    not listed.
    """
    from .writers.json import to_json

    if to == "jsonl":
        text = "".join(to_json(d, indent=None) + "\n" for d in result.docs)
        return _emit(out, text)
    if to == "rss":
        from .writers.rss import ItemRef, to_rss

        refs = [ItemRef(link=c.item.link, guid=c.item.guid,
                        permalink=bool(c.item.guid) and c.item.guid == c.item.link)
                for c in result.converted]
        text = to_rss(result.docs, channel=channel_for(result, self_url), ads=ads or "drop",  # type: ignore[arg-type]
                      include_related=include_related, refs=refs)
        return _emit(out, text, ignore=_BUILD_DATE)
    if to == "amp":
        from .ampfolder import write_amp_folder

        return write_amp_folder(result, Path(out), ads or "keep", keep_stale=keep_stale)
    raise InputError(f"unknown output format {to!r} (rss, amp or jsonl)")


def _emit(out: str | os.PathLike[str], text: str, ignore: re.Pattern[str] | None = None) -> list[Path]:
    if os.fspath(out) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return []
    path = Path(out)
    if ignore is not None and path.is_file():
        try:
            old = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            old = None
        if old is not None and ignore.sub("", old) == ignore.sub("", text):
            return []  # only the build date would change
    return [path] if write_atomic(path, text) else []
