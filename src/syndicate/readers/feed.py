"""Feed reader: RSS 0.9x/1.0/2.0 and Atom -> :class:`Feed` with one :class:`FeedItem` each.

feedparser does the reading (its strict expat parser first, its forgiving sgmllib
parser when the XML is broken), so a feed with broken items still yields the good
ones. Before feedparser sees the bytes, every ``<!DOCTYPE ...>`` declaration (with its
internal subset) is cut out: entity declarations are how XML bombs ("billion laughs")
and external entities (XXE: ``SYSTEM "file:///etc/passwd"``) work, and a feed has no
use for them. References to the removed entities stay unexpanded text. The bytes are
handed over as a stream, never as a string feedparser could take for a URL or a file
name to open.
"""

from __future__ import annotations

import io
import re
import time
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone

from ..errors import FeedError
from ..limits import DEFAULT_LIMITS, Limits
from ..sanitize import safe_url, text_of

__all__ = ["Feed", "FeedItem", "read_feed", "strip_doctype"]


@dataclass
class FeedItem:
    """One entry of a feed. ``link`` is an absolute http(s) URL or None."""

    index: int
    title: str | None = None
    link: str | None = None
    guid: str | None = None
    published: str | None = None  # RFC 3339
    summary: str | None = None  # plain text
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    #: The item's link as given, when it was not a usable http(s) URL.
    rejected_link: str | None = None

    def label(self) -> str:
        """How to name the item in a report: its link, else its number and title."""
        if self.link:
            return self.link
        title = f' "{self.title}"' if self.title else ""
        return f"item {self.index + 1}{title}"


@dataclass
class Feed:
    """A feed's channel metadata and items; ``problem`` notes what was wrong with the XML."""

    title: str | None = None
    link: str | None = None
    description: str | None = None
    language: str | None = None
    format: str | None = None  # feedparser's version: rss20, rss10, rss091u, atom10...
    items: list[FeedItem] = field(default_factory=list)
    problem: str | None = None


# --------------------------------------------------------------------------- DOCTYPE


_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ENCODING_DECL = re.compile(rb"""(<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""")


def strip_doctype(data: bytes) -> tuple[bytes, bool]:
    """Remove every DOCTYPE declaration, internal subset included; (data, removed?).

    Scans quotes, comments and brackets so a ``>`` inside an entity value does not
    end the declaration early. An unterminated DOCTYPE is removed to the end.
    """
    removed = False
    while True:
        match = _DOCTYPE.search(data)
        if not match:
            return data, removed
        start = match.start()
        end = _doctype_end(data, match.end())
        data = data[:start] + data[end:]
        removed = True


def _doctype_end(data: bytes, i: int) -> int:
    depth = 0
    quote = 0
    n = len(data)
    while i < n:
        c = data[i]
        if quote:
            if c == quote:
                quote = 0
        elif data.startswith(b"<!--", i):
            close = data.find(b"-->", i + 4)
            i = n if close < 0 else close + 3
            continue
        elif c in (0x22, 0x27):  # " '
            quote = c
        elif c == 0x5B:  # [
            depth += 1
        elif c == 0x5D:  # ]
            depth = max(0, depth - 1)
        elif c == 0x3E and depth == 0:  # >
            return i + 1
        i += 1
    return n


def _as_utf8_bytes(data: bytes | str) -> bytes:
    """Bytes feedparser can read. UTF-16/32 input is re-encoded as UTF-8 (so the
    DOCTYPE scan sees ASCII), with its XML declaration updated to match."""
    if isinstance(data, str):
        raw = data.encode("utf-8")
        return _ENCODING_DECL.sub(rb"\1\2utf-8\2", raw, count=1)
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                       (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            text = data[len(bom):].decode(codec, errors="replace")
            return _as_utf8_bytes(text)
    if data[:2] in (b"<\x00", b"\x00<"):  # UTF-16 without a BOM
        codec = "utf-16-le" if data[:1] == b"<" else "utf-16-be"
        return _as_utf8_bytes(data.decode(codec, errors="replace"))
    return data


# --------------------------------------------------------------------------- reading


def _text(value: object, detail: object = None) -> str | None:
    """Plain text of a feedparser string field (HTML stripped when it is HTML)."""
    if not isinstance(value, str):
        return None
    kind = getattr(detail, "get", lambda *_: None)("type")
    if kind in ("text/html", "application/xhtml+xml") or "<" in value:
        value = text_of(value)
    value = " ".join(value.split())
    return value or None


def _date(parsed: object) -> str | None:
    if not isinstance(parsed, time.struct_time):
        return None
    try:
        stamp = datetime(*parsed[:6], tzinfo=timezone.utc)
    except (ValueError, OverflowError):
        return None
    return stamp.isoformat().replace("+00:00", "Z")


def _link(entry: dict, base: str | None) -> str | None:
    """The item's page: ``link``, an alternate link, or a guid that is a URL."""
    candidates = [entry.get("link")]
    candidates += [
        ln.get("href") for ln in entry.get("links") or []
        if isinstance(ln, dict) and ln.get("rel", "alternate") == "alternate"
    ]
    if entry.get("guidislink") or str(entry.get("id", "")).startswith(("http://", "https://")):
        candidates.append(entry.get("id"))
    for candidate in candidates:
        if isinstance(candidate, str):
            url = safe_url(candidate.strip(), base)
            if url:
                return url
    return None


def _item(index: int, entry: dict, base: str | None) -> FeedItem:
    authors = [
        name for a in entry.get("authors") or []
        if isinstance(a, dict) and (name := _text(a.get("name")))
    ]
    if not authors and _text(entry.get("author")):
        authors = [_text(entry.get("author"))]
    tags = [
        term for t in entry.get("tags") or []
        if isinstance(t, dict) and (term := _text(t.get("term")))
    ]
    guid = entry.get("id")
    link = _link(entry, base)
    given = entry.get("link")
    return FeedItem(
        index=index,
        title=_text(entry.get("title"), entry.get("title_detail")),
        link=link,
        guid=guid if isinstance(guid, str) and guid.strip() else None,
        published=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        summary=_text(entry.get("summary"), entry.get("summary_detail")),
        authors=authors,
        tags=tags,
        rejected_link=given.strip()[:200] if not link and isinstance(given, str) and given.strip()
        else None,
    )


def read_feed(data: bytes | str, *, url: str | None = None,
              limits: Limits = DEFAULT_LIMITS) -> Feed:
    """Read an RSS or Atom feed. ``url`` (the feed's own URL) resolves relative links.

    Broken XML is read as far as feedparser's forgiving parser can; the reason is kept
    in ``Feed.problem``. Raises :class:`syndicate.FeedError` when the input is not a
    feed at all, :class:`syndicate.InputTooLargeError` over ``limits.max_input_bytes``.
    """
    import feedparser

    if not isinstance(data, (bytes, str)):
        raise FeedError(f"a feed is bytes or str, not {type(data).__name__}")
    raw = _as_utf8_bytes(data)
    limits.check_size(len(raw), what="feed")
    if not raw.strip():
        raise FeedError("empty feed")
    raw, had_doctype = strip_doctype(raw)
    base = safe_url(url) if url else None
    # application/xml: the XML declaration decides the encoding (RFC 7303).
    headers = {"content-type": "application/xml"}
    if base:
        headers["content-location"] = base
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parsed = feedparser.parse(
                io.BytesIO(raw), response_headers=headers,
                sanitize_html=True, resolve_relative_uris=True,
            )
        except RecursionError:
            raise FeedError("feed nesting too deep to read") from None
        except Exception as exc:  # feedparser bug on hostile input: still a bad feed
            raise FeedError(f"feed could not be read: {type(exc).__name__}: {exc}") from None
        # feedparser warns on some look-ups (updated_parsed fallback): not our users' business
        return _feed(parsed, base, had_doctype)


def _feed(parsed: dict, base: str | None, had_doctype: bool) -> Feed:
    meta = parsed.get("feed") or {}
    entries = parsed.get("entries") or []
    version = parsed.get("version") or None
    problem = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        problem = f"{type(exc).__name__}: {exc}" if exc else "malformed XML"
    if not entries and not version:
        raise FeedError("not an RSS or Atom feed" + (f" ({problem})" if problem else ""))
    if had_doctype:
        note = "DOCTYPE declaration removed (entities are not expanded)"
        problem = f"{note}; {problem}" if problem else note
    link = safe_url(meta.get("link"), base) if isinstance(meta.get("link"), str) else None
    return Feed(
        title=_text(meta.get("title"), meta.get("title_detail")),
        link=link,
        description=_text(meta.get("subtitle") or meta.get("description"),
                          meta.get("subtitle_detail")),
        language=meta.get("language") if isinstance(meta.get("language"), str) else None,
        format=version,
        items=[_item(i, e, base) for i, e in enumerate(entries)],
        problem=problem,
    )
