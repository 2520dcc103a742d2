"""HTML reader (issue 4): article page -> Document. Placeholder until the extractor lands."""

from __future__ import annotations

from ..limits import DEFAULT_LIMITS, Limits
from ..model import Document


def parse_html(html: bytes | str, *, url: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read an article page into a :class:`Document`."""
    raise NotImplementedError("HTML reader not implemented yet")
