"""A folder of AMP pages a web server can serve as it is, updated run after run.

- Page names come from the item, not its position: the last segment of the item's URL
  (or its title) as a slug, and 8 hex digits of a hash of its guid (else its link):
  ``harbour-pier-reopens-3fa1c2d4.html``. A new item renames nothing.
- ``manifest.json`` lists the pages (file, guid, link, title). Pages of items that left
  the feed are removed (``keep_stale`` keeps them, still listed, and off the index); a
  file the manifest never listed is never touched.
- An item whose page failed this time keeps its previous page (it is still in the feed).
- Order of writing: every page (each atomically, unchanged ones not at all), then the
  manifest, then ``index.html``, then the removals. A run stopped at any point leaves
  an index that lists only complete pages.
- The index is a public page: titles and links only, no failure reasons (those go to
  the run's report on stderr).
"""

from __future__ import annotations

import hashlib
import html as html_lib
import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .errors import InputError, SyndicateError
from .feedconvert import Converted, Failure, FeedResult
from .output import write_atomic
from .readers.feed import FeedItem

__all__ = ["MANIFEST", "page_name", "write_amp_folder"]

MANIFEST = "manifest.json"
INDEX = "index.html"
_NAME = re.compile(r"^[a-z0-9-]{1,80}-[0-9a-f]{8}\.html$")


def _slug(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].rstrip("-")


def item_key(item: FeedItem) -> str:
    """What identifies the item from run to run: its guid, else its link, else its title."""
    return (item.guid or item.link or item.title or f"item-{item.index}").strip()


def page_name(item: FeedItem) -> str:
    """``slug-hash8.html``: the slug from the URL's last path segment (or the title)."""
    slug = ""
    if item.link:
        try:
            segments = [s for s in urlsplit(item.link).path.split("/") if s]
        except ValueError:
            segments = []
        if segments:
            slug = _slug(re.sub(r"\.[a-z0-9]{1,5}$", "", unquote(segments[-1]), flags=re.I))
            if slug.isdigit() and len(segments) > 1:  # /story-name/2 or /news/12345
                slug = _slug(unquote(segments[-2])) + "-" + slug
    if not slug or slug.isdigit():
        slug = (_slug(item.title) or "item") + (f"-{slug}" if slug else "")
    digest = hashlib.sha1(item_key(item).encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{slug.strip('-')[:70]}-{digest}.html"


def _load_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """The previous run's pages by item key ({} when there is none or it is unreadable)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        entries = [*data.get("pages", []), *data.get("kept", [])]
        return {e["key"]: e for e in entries
                if isinstance(e, dict) and isinstance(e.get("key"), str)
                and isinstance(e.get("file"), str) and _NAME.match(e["file"])}
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def _entry(key: str, name: str, item: FeedItem, title: str | None) -> dict[str, str]:
    return {"key": key, "file": name, "guid": item.guid or "", "link": item.link or "",
            "title": title or item.title or ""}


def _index_page(title: str | None, pages: list[dict[str, str]]) -> str:
    esc = html_lib.escape
    heading = esc(title or "Converted feed")
    rows = "\n".join(f'<li><a href="{esc(p["file"])}">{esc(p["title"] or p["file"])}</a></li>'
                     for p in pages)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        f"<title>{heading}</title></head>\n<body>\n<h1>{heading}</h1>\n"
        f"<ol>\n{rows}\n</ol>\n</body></html>\n")


def write_amp_folder(result: FeedResult, folder: Path, ads: str, *,
                     keep_stale: bool = False) -> list[Path]:
    """Write or update the AMP folder; returns the files written (unchanged ones left out).
    Removed stale pages are listed in ``result.removed``; an item the AMP writer rejects
    becomes a failure."""
    from .writers.amp import to_amp

    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} exists and is not a folder (--to amp writes a folder)")
    previous = _load_manifest(folder)
    rendered: list[tuple[str, Converted, str]] = []
    kept: list[Converted] = []
    for c in result.converted:
        try:
            page = to_amp(c.doc, ads=ads)  # type: ignore[arg-type]
        except SyndicateError as exc:
            result.failures.append(Failure(c.item.link or c.item.label(),
                                           f"could not write AMP: {exc}", c.item.index))
            continue
        except Exception as exc:  # writer bug: this item only
            result.failures.append(Failure(c.item.link or c.item.label(),
                                           f"internal error writing AMP: {type(exc).__name__}: "
                                           f"{exc}", c.item.index))
            continue
        rendered.append((page_name(c.item), c, page))
        kept.append(c)
    result.converted = kept
    result.failures.sort(key=lambda f: f.index)

    entries: dict[int, dict[str, str]] = {}
    for name, c, _ in rendered:
        entries[c.item.index] = _entry(item_key(c.item), name, c.item,
                                       c.doc.metadata.title or c.item.title)
    # An item that failed this time keeps the page it had (it is still in the feed).
    failed_index = {f.index for f in result.failures}
    for item in result.feed.items:
        old = previous.get(item_key(item))
        if item.index in failed_index and old and (folder / old["file"]).is_file():
            entries[item.index] = {**old, "title": old.get("title") or item.title or ""}
    pages = [entries[i] for i in sorted(entries)]
    current = {p["file"] for p in pages}
    stale = {k: e for k, e in previous.items() if e["file"] not in current}

    written: list[Path] = []
    folder.mkdir(parents=True, exist_ok=True)
    for name, _c, page in rendered:
        if write_atomic(folder / name, page):
            written.append(folder / name)
    stale_kept = [e for e in stale.values() if (folder / e["file"]).is_file()] if keep_stale else []
    manifest = {"version": 1, "pages": pages,
                "kept": sorted(stale_kept, key=lambda e: e["file"])}
    if write_atomic(folder / MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False) + "\n"):
        written.append(folder / MANIFEST)
    # The index last: every page it lists is complete.
    if write_atomic(folder / INDEX, _index_page(result.feed.title, pages)):
        written.append(folder / INDEX)
    if not keep_stale:
        for e in stale.values():
            path = folder / e["file"]
            try:
                path.unlink()
                result.removed.append(path)
            except FileNotFoundError:
                pass
    return written
