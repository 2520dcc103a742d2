"""The language of a page that declares none, detected from its text with py3langid.

Only the page's paragraphs are read (menus and buttons say little about the
language), at most :data:`SAMPLE_CHARS` of them; a guess below
:data:`MIN_CONFIDENCE` or from less than :data:`MIN_CHARS` of text gives None.
The model (a few MB) is loaded on first use, once per process.
"""

from __future__ import annotations

import logging
from functools import lru_cache
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
        return langid.LanguageIdentifier.from_modelpath(
            langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True)
    except Exception:  # pragma: no cover - a broken install must not stop parsing
        log.warning("py3langid unavailable: languages are not detected", exc_info=True)
        return None


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
