"""syndicate: news article HTML or text -> body, ad slots, related blocks and CTAs, kept apart
in one schema-validated model -> AMP HTML, RSS 2.0 or JSON.

    >>> import syndicate
    >>> doc = syndicate.parse(html_bytes, url="https://example.com/story")
    >>> doc.text()          # the article body only
    >>> doc.ads, doc.related, doc.ctas
    >>> syndicate.to_json(doc); syndicate.to_amp(doc); syndicate.to_rss([doc], channel=...)
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .errors import (
    FeedError,
    FetchError,
    InputError,
    InputTooLargeError,
    SchemaIssue,
    SyndicateError,
    ValidationError,
)
from .limits import DEFAULT_LIMITS, Limits
from .model import (
    AdSlot,
    Block,
    CallToAction,
    Code,
    Document,
    Embed,
    Heading,
    Image,
    ImageBlock,
    ListBlock,
    ListItem,
    Metadata,
    Paragraph,
    Position,
    Quote,
    Related,
    RelatedItem,
    Rule,
    Table,
    TableCell,
)
from .readers.html import parse_html as parse

if TYPE_CHECKING:  # (imported on first use: ``_LAZY``)
    from .buildinfo import BuildInfo, build_info
    from .feedconvert import FeedResult, convert_feed
    from .fetch import fetch_page
    from .readers.feed import Feed, FeedItem, read_feed
    from .readers.text import parse_text
    from .siteconfig import load_site_rules
    from .validation import schema, validate
    from .writers.amp import to_amp
    from .writers.json import to_json
    from .writers.markdown import to_markdown
    from .writers.rss import Channel, to_rss
    from .writers.text import to_text

__version__ = "0.1.0"

# A library logs, the application decides where to: silent unless the caller configures
# logging (the CLI does).
logging.getLogger("syndicate").addHandler(logging.NullHandler())

#: Names imported on first use: the fetchers bring in requests, the writers, the feed and
#: text readers and validation a tenth of the package's code; plain parsing needs none of
#: them, and a process that only parses should not compile them.
_LAZY = {
    "build_info": ("buildinfo", "build_info"),
    "BuildInfo": ("buildinfo", "BuildInfo"),
    "convert_feed": ("feedconvert", "convert_feed"),
    "FeedResult": ("feedconvert", "FeedResult"),
    "fetch_page": ("fetch", "fetch_page"),
    "load_site_rules": ("siteconfig", "load_site_rules"),
    "Feed": ("readers.feed", "Feed"),
    "FeedItem": ("readers.feed", "FeedItem"),
    "read_feed": ("readers.feed", "read_feed"),
    "parse_text": ("readers.text", "parse_text"),
    "schema": ("validation", "schema"),
    "validate": ("validation", "validate"),
    "to_amp": ("writers.amp", "to_amp"),
    "to_json": ("writers.json", "to_json"),
    "to_markdown": ("writers.markdown", "to_markdown"),
    "Channel": ("writers.rss", "Channel"),
    "to_rss": ("writers.rss", "to_rss"),
    "to_text": ("writers.text", "to_text"),
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        module, attr = _LAZY[name]
        value = getattr(import_module(f".{module}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'syndicate' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The module's names, those imported on first use (``_LAZY``) included."""
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "AdSlot", "Block", "BuildInfo", "CallToAction", "Channel", "Code", "DEFAULT_LIMITS", "Document",
    "Embed", "Feed", "FeedError", "FeedItem", "FeedResult", "FetchError", "Heading",
    "Image", "ImageBlock", "InputError", "InputTooLargeError", "Limits", "ListBlock",
    "ListItem", "Metadata", "Paragraph", "Position", "Quote", "Related", "RelatedItem",
    "Rule", "SchemaIssue", "SyndicateError", "Table", "TableCell", "ValidationError",
    "build_info", "convert_feed", "fetch_page", "load_site_rules", "parse", "parse_text", "read_feed",
    "schema", "to_amp", "to_json", "to_markdown", "to_rss", "to_text", "validate",
]
