"""The language of a page that declares none, detected from its text with py3langid.

Only the page's paragraphs are read (menus and buttons say little about the
language), at most :data:`SAMPLE_CHARS` of them; a guess below
:data:`MIN_CONFIDENCE` or from less than :data:`MIN_CHARS` of text gives None.
The model is loaded on first use, once per process (see the copy kept below).
"""

from __future__ import annotations

import contextlib
import logging
import lzma
import mmap
import os
import shutil
import tempfile
from array import array
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from lxml import etree

from .chrome_util import NO_TEXT

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


@lru_cache(maxsize=1)
def _identifier() -> Any:
    try:
        from py3langid import langid
        path = langid.MODEL_DIR / langid.MODEL_FILE
        cached = _cached_model(path)
        if cached is None:
            _save_model(path)  # decompressed once, then read back as every later process reads it
            cached = _cached_model(path)
        if cached is not None:
            return cached
        return langid.LanguageIdentifier.from_modelpath(path, norm_probs=True)
    except Exception:  # pragma: no cover - a broken install must not stop parsing
        log.warning("py3langid unavailable: languages are not detected", exc_info=True)
        return None


# The model ships xz-compressed (an .npz inside): decompressing it is most of its 0.5 s load.
# A decompressed copy in the user's cache directory (never inside the installed package)
# serves every later process (each batch worker, each run): one folder of plain arrays, the
# big matrix memory-mapped (read on first use, its pages shared between processes), named by
# the model's version and size, so every install of the same model shares one copy, and a
# new copy removes the copies of other versions. The tokenizer's big table (39 MB) is
# memory-mapped too: reading it whole cost more than the few pages a page's text touches. SYNDICATE_CACHE_DIR="" turns the copy off;
# any trouble with it falls back to the package's file.
_ARRAYS = ("ptc", "pc", "classes", "out_feat")
_TABLES = {"nextmove": "I", "nextmove_row": "H"}  # py3langid's tokenizer walks stdlib arrays
_PREFIX = "langid-"


def _cache_path(model: Path) -> Path | None:
    root = os.environ.get("SYNDICATE_CACHE_DIR")
    if root is None:
        root = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "syndicate")
    if not root or not model.name.endswith(".npz.xz"):
        return None
    try:
        size = model.stat().st_size
    except OSError:
        return None
    try:  # the module's own attribute: importing importlib.metadata costs 20 ms
        import py3langid
        release = getattr(py3langid, "__version__", None)
        if not isinstance(release, str):
            from importlib.metadata import version
            release = version("py3langid")
    except Exception:  # pragma: no cover - metadata missing: the size alone names it
        release = "0"
    return Path(root) / f"{_PREFIX}{release}-{size}"


def _uints(values: Any, typecode: str) -> array:
    """An unsigned NumPy vector as the stdlib array py3langid's tokenizer walks."""
    out = array(typecode)
    if values.dtype.itemsize != out.itemsize:
        raise ValueError(f"unexpected {values.dtype} for array({typecode!r})")
    out.frombytes(values.astype(values.dtype.newbyteorder("="), copy=False).tobytes())
    return out


def _table(path: Path, typecode: str) -> memoryview:
    """A table written by :func:`_uints`, memory-mapped (indexed like the array it was)."""
    with path.open("rb") as f:
        mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)  # (stays open after the file closes)
    return memoryview(mapped).cast(typecode)


def _cached_model(model: Path) -> Any:
    cache = _cache_path(model)
    if cache is None or not cache.is_dir():
        return None
    try:
        import numpy as np
        from py3langid import langid

        arrays = {k: np.load(cache / f"{k}.npy", mmap_mode="r", allow_pickle=False) for k in _ARRAYS}
        tables = {k: _table(cache / f"{k}.bin", code) for k, code in _TABLES.items()}
        # (the tokenizer's output table as a tuple: only indexed, and a tuple of ints leaves the
        # garbage collector's lists, which walked its 100k entries at every full collection)
        return langid.LanguageIdentifier(
            arrays["ptc"], np.asarray(arrays["pc"]), arrays["classes"].tolist(), tables["nextmove"],
            tuple(arrays["out_feat"].tolist()), norm_probs=True, tk_row=tables["nextmove_row"])
    except Exception:  # a damaged or foreign copy: the package's file is read instead
        log.debug("language model copy %s unreadable", cache, exc_info=True)
        return None


def _save_model(model: Path) -> None:
    cache = _cache_path(model)
    if cache is None:
        return
    tmp = None
    try:
        import numpy as np

        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=cache.parent, prefix=".tmp-"))
        with lzma.open(model) as src, np.load(src, allow_pickle=False) as data:
            for k in _ARRAYS:
                np.save(tmp / f"{k}.npy", np.asarray(data[k]), allow_pickle=False)
            for k, code in _TABLES.items():
                with (tmp / f"{k}.bin").open("wb") as out:
                    _uints(data[k], code).tofile(out)
        try:
            os.rename(tmp, cache)  # atomic: a concurrent reader sees the whole folder or none
            tmp = None
        except OSError:  # another process was first: its copy stands
            pass
        _prune(cache)
    except Exception:  # a read-only home, a full disk: the next process decompresses again
        log.debug("language model copy %s not written", cache, exc_info=True)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def _prune(keep: Path) -> None:
    """Remove the copies of other model versions (and of the older one-file layout)."""
    for old in keep.parent.glob(f"{_PREFIX}*"):
        if old == keep:
            continue
        with contextlib.suppress(OSError):
            if old.is_dir():
                shutil.rmtree(old)
            else:
                old.unlink()


def detect_text_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when unsure or too short."""
    text = " ".join(text.split())[:SAMPLE_CHARS]
    letters = 0
    for ch in text:  # (stops at enough letters: a page's sample is mostly letters)
        if ch.isalpha():
            letters += 1
            if letters >= MIN_CHARS:
                break
    else:
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
        if any(isinstance(a.tag, str) and a.tag in NO_TEXT for a in p.iterancestors()):
            continue
        text = " ".join(t for t in p.itertext() if t)
        if len(text) > 20:
            parts.append(text)
            size += len(text)
    if size < MIN_CHARS:
        body = root.find(".//body")
        if body is not None:
            # (the first 500 texts: the walk stops there, not at the end of a big page)
            parts = list(islice((t for el in body.iter() if isinstance(el.tag, str) and el.tag not in NO_TEXT
                                 for t in (el.text, el.tail) if t and t.strip()), 500))
    return detect_text_language(" ".join(parts))
