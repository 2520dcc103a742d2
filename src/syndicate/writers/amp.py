"""AMP writer (issue 5): Document -> a page that passes the official AMP validator."""

from __future__ import annotations

from typing import Literal

from ..model import Document

AdPolicy = Literal["keep", "placeholder", "drop"]


def to_amp(doc: Document, *, ads: AdPolicy = "keep") -> str:
    """Write ``doc`` as an AMP HTML page."""
    raise NotImplementedError("AMP writer not implemented yet")
