"""RSS 2.0 writer (issue 6)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..model import Document


@dataclass
class Channel:
    """RSS channel metadata; ``self_url`` is the feed's own URL (atom:link rel=self)."""

    title: str
    link: str
    description: str
    self_url: str
    language: str | None = None


def to_rss(docs: Iterable[Document], *, channel: Channel | Mapping[str, Any]) -> str:
    """Write ``docs`` as one RSS 2.0 feed."""
    raise NotImplementedError("RSS writer not implemented yet")
