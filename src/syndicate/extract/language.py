"""The language of a page that declares none, detected from its text with py3langid.

Only the page's paragraphs are read (menus and buttons say little about the
language), at most :data:`SAMPLE_CHARS` of them; a guess below
:data:`MIN_CONFIDENCE` or from less than :data:`MIN_CHARS` of text gives None.
The model (a few MB) is loaded on first use, once per process.
"""

from __future__ import annotations

import contextlib
import logging
import lzma
import os
import shutil
import tempfile
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any

from lxml import etree

__all__ = ["detect_language", "detect_text_language"]

log = logging.getLogger(__name__)

#: Characters of paragraph text handed to the detector.
SAMPLE_CHARS = 3_000
#: Less text than this is not enough to tell a language.
MIN_CHARS = 60
#: Lowest normalised probability taken.
MIN_CONFIDENCE = 0.9
#: Paragraph elements looked at.
MAX_PARAGRAPHS = 200
_SKIP = ("script", "style", "noscript", "template")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    try:
        from py3langid import langid
        path = langid.MODEL_DIR / langid.MODEL_FILE
        cached = _cached_model(path)
        if cached is not None:
            return cached
        ident = langid.LanguageIdentifier.from_modelpath(path, norm_probs=True)
        _save_model(path)
        return ident
    except Exception:  # pragma: no cover - a broken install must not stop parsing
        log.warning("py3langid unavailable: languages are not detected", exc_info=True)
        return None


# The model ships xz-compressed (an .npz inside): decompressing it is most of its 0.5 s load.
# A decompressed copy in the user's cache directory (never inside the installed package)
# loads in a few ms in every later process (each batch worker, each run).
# SYNDICATE_CACHE_DIR="" turns the copy off; any trouble with it falls back to the package's file.
_KEYS = frozenset({"ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat"})


def _cache_path(model: Path) -> Path | None:
    root = os.environ.get("SYNDICATE_CACHE_DIR")
    if root is None:
        root = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "syndicate")
    if not root or not model.name.endswith(".npz.xz"):
        return None
    try:
        stat = model.stat()
    except OSError:
        return None
    return Path(root) / f"langid-{stat.st_size}-{int(stat.st_mtime)}.npz"


def _uints(values: Any) -> array:
    """An unsigned NumPy vector as the stdlib array py3langid's tokenizer walks."""
    out = array({2: "H", 4: "I", 8: "Q"}[values.dtype.itemsize])
    out.frombytes(values.astype(values.dtype.newbyteorder("="), copy=False).tobytes())
    return out


def _cached_model(model: Path) -> Any:
    cache = _cache_path(model)
    if cache is None or not cache.is_file():
        return None
    try:
        import numpy as np
        from py3langid import langid

        with np.load(cache, allow_pickle=False) as data:
            if not _KEYS.issubset(data.files):
                return None
            return langid.LanguageIdentifier(
                np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(),
                _uints(data["nextmove"]), data["out_feat"].tolist(), norm_probs=True,
                tk_row=_uints(data["nextmove_row"]))
    except Exception:  # a damaged or foreign copy: the package's file is read instead
        log.debug("language model copy %s unreadable", cache, exc_info=True)
        return None


def _save_model(model: Path) -> None:
    cache = _cache_path(model)
    if cache is None:
        return
    tmp = None
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as out, lzma.open(model) as src:
            shutil.copyfileobj(src, out, length=1 << 20)
        os.replace(tmp, cache)  # atomic: a concurrent reader sees the whole file or none
    except Exception:  # a read-only home, a full disk: the next process decompresses again
        log.debug("language model copy %s not written", cache, exc_info=True)
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def detect_text_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when unsure or too short."""
    text = " ".join(text.split())[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in text) < MIN_CHARS:
        return None
    ident = _identifier()
    if ident is None:
        return None
    try:
        code, prob = ident.classify(text)
    except Exception:  # pragma: no cover - defensive: detector internals
        return None
    return str(code) if prob >= MIN_CONFIDENCE else None


def detect_language(root: etree._Element) -> str | None:
    """The language of the page's paragraph text (``<p>``, else the ``<body>`` text)."""
    parts: list[str] = []
    size = 0
    for i, p in enumerate(root.iter("p")):
        if i >= MAX_PARAGRAPHS or size >= SAMPLE_CHARS:
            break
        if any(isinstance(a.tag, str) and a.tag in _SKIP for a in p.iterancestors()):
            continue
        text = " ".join(t for t in p.itertext() if t)
        if len(text) > 20:
            parts.append(text)
            size += len(text)
    if size < MIN_CHARS:
        body = root.find(".//body")
        if body is not None:
            parts = [t for el in body.iter() if isinstance(el.tag, str) and el.tag not in _SKIP
                     for t in (el.text, el.tail) if t and t.strip()][:500]
    return detect_text_language(" ".join(parts))
