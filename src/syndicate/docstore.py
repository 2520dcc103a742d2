"""Documents already read, by what they were read from: an unchanged page is not parsed again.

The key is a digest of the reader's code (every module of the installed package, so a
development install that changed misses too) and options (site rules), the page URL(s)
and the page bytes, so a page that changed, another syndicate or other rules all miss. Entries are JSON documents in ``CACHE_DIR/docs/``; :meth:`DocStore.prune`
removes the entries nobody used for ``max_age_days`` (several feeds may share a folder).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path

from .errors import SyndicateError
from .model import Document
from .output import write_atomic

log = logging.getLogger("syndicate")

__all__ = ["DocStore"]


def _document(data: dict) -> Document:
    """A stored document back, without the schema check of ``Document.from_dict``: the
    entry was written by :meth:`DocStore.put` from a valid document (the check would
    cost more than reading the page again), and every writer re-sanitizes what it writes."""
    from .model import _ad_from, _cta_from, _metadata_from, _related_from, block_from_dict

    if not isinstance(data, dict) or data.get("version") != 1:
        raise ValueError("not a stored document")
    return Document(
        version=data["version"], url=data.get("url"), canonical_url=data.get("canonical_url"),
        metadata=_metadata_from(data.get("metadata") or {}),
        body=[block_from_dict(b) for b in data.get("body", [])],
        ads=[_ad_from(a) for a in data.get("ads", [])],
        related=[_related_from(r) for r in data.get("related", [])],
        ctas=[_cta_from(c) for c in data.get("ctas", [])],
    )


_code_digest: str | None = None


def code_fingerprint() -> str:
    """A digest of the package's own modules (computed once per process)."""
    global _code_digest
    if _code_digest is None:
        from . import __version__

        root = Path(__file__).resolve().parent
        h = hashlib.sha256(__version__.encode())
        for path in sorted(root.rglob("*.py")):
            h.update(str(path.relative_to(root)).encode() + b"\0")
            try:
                h.update(path.read_bytes())
            except OSError:
                pass
        _code_digest = h.hexdigest()[:16]
    return _code_digest


class DocStore:
    """A folder of documents keyed by :meth:`key`; safe to use from several threads."""

    def __init__(self, cache_dir: str | os.PathLike[str], options: str = ""):
        self.folder = Path(cache_dir) / "docs"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.options = f"{code_fingerprint()}\n{options}"
        self._used: set[str] = set()
        self._lock = threading.Lock()
        self.hits = 0

    def key(self, pages: Sequence[tuple[str, bytes]]) -> str:
        h = hashlib.sha256(self.options.encode())
        for url, content in pages:
            h.update(b"\0" + url.encode("utf-8", "surrogatepass") + b"\0")
            h.update(hashlib.sha256(content).digest())
        return h.hexdigest()[:40]

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def get(self, key: str) -> Document | None:
        with self._lock:
            self._used.add(key)
        path = self._path(key)
        try:
            doc = _document(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError, AttributeError, SyndicateError) as exc:
            log.info("document cache entry %s unreadable (%s): reading the page again", key, exc)
            return None
        with self._lock:
            self.hits += 1
        try:
            os.utime(path)  # used: not pruned
        except OSError:
            pass
        return doc

    def put(self, key: str, doc: Document) -> None:
        from .writers.json import to_json

        with self._lock:
            self._used.add(key)
        try:
            write_atomic(self._path(key), to_json(doc, indent=None))
        except (OSError, SyndicateError) as exc:  # a cache that cannot be written is no cache
            log.info("document cache entry %s not written: %s", key, exc)

    def prune(self, max_age_days: float = 7.0) -> int:
        """Remove entries not used by this run nor by any other for ``max_age_days``."""
        import time

        removed = 0
        cutoff = time.time() - max_age_days * 86400
        for path in self.folder.glob("*.json"):
            try:
                old = path.stat().st_mtime < cutoff
            except OSError:
                continue
            if old and path.stem not in self._used:
                try:
                    path.unlink()
                    removed += 1
                except OSError:
                    pass
        return removed
