"""RSS 2.0 writer: documents -> one full-content feed that passes the W3C Feed Validator.

Per item: ``title``, ``link``, ``description`` (the summary: ``metadata.description``
or the first paragraph), ``content:encoded`` (the body as HTML, in CDATA),
``dc:creator`` per author, ``pubDate`` (RFC 822), ``guid`` (the permalink),
``category`` (tags and section), ``media:content`` for the lead image. Per channel:
``title``, ``link``, ``description``, ``language``, ``lastBuildDate``, ``generator``,
``docs`` and ``atom:link rel="self"``.

The body HTML is built here from the blocks, one renderer per block type in
:data:`BLOCK_HTML`; nothing is re-parsed. Inline HTML passes
``sanitize.clean_inline`` again and every URL ``sanitize.safe_url`` (a Document
loaded from JSON can carry anything), every other string is escaped.

No ``enclosure``: RSS requires its ``length`` in bytes, which only a download of the
image would tell; ``media:content`` carries the lead image without it.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from ..errors import InputError
from ..model import (
    AdSlot,
    Block,
    Code,
    Document,
    Embed,
    Heading,
    ImageBlock,
    ListBlock,
    Paragraph,
    Quote,
    Related,
    Rule,
    Table,
)
from ..sanitize import clean_inline, looks_like_url, safe_url
from . import rss_rules as rules

AdOption = Literal["drop", "markers"]


@dataclass
class Channel:
    """RSS channel metadata; ``self_url`` is the feed's own URL (atom:link rel=self),
    left out when None."""

    title: str
    link: str
    description: str
    self_url: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class ItemRef:
    """What the source feed said about an item, kept over what the page says:
    its ``link`` and its ``guid`` (``permalink``: the guid is the item's URL)."""

    link: str | None = None
    guid: str | None = None
    permalink: bool = False


# --------------------------------------------------------------------------- escaping

# Characters XML 1.0 forbids, plus C1 controls and noncharacters that HTML parsers flag.
_NOT_XML = re.compile("[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufdcf\ufdf0-\ufffd\U00010000-\U0010ffff]")
_URI_OK = frozenset(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ;/?:@&=+$.-_!~*'()%,#")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _chars(value: str) -> str:
    return _NOT_XML.sub("", value)


def esc(value: object) -> str:
    """Text for XML character data or attribute values: escaped, invalid characters gone."""
    return html_lib.escape(_chars(str(value)), quote=True) if value is not None else ""


def text(value: object) -> str:
    """Plain text for an RSS element: ``&`` and ``<`` as hexadecimal references, as the
    RSS Advisory Board profile asks (so readers cannot take the text for HTML)."""
    return (_chars(str(value)).replace("&", "&#x26;").replace("<", "&#x3C;")
            .replace(">", "&#x3E;")) if value is not None else ""


def uri(value: str | None, base: str | None = None) -> str | None:
    """An absolute http(s) URL in the plain-ASCII form RSS validators accept, or None.

    Non-ASCII host names become IDNA; other characters outside RFC 2396 are
    percent-encoded as UTF-8.
    """
    url = safe_url(value, base)
    if not url:
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if not host.isascii():
            netloc = parts.netloc.replace(host, host.encode("idna").decode("ascii"))
            url = urlunsplit(parts._replace(netloc=netloc))
    except (ValueError, UnicodeError):
        return None
    url = _BAD_PERCENT.sub("%25", _chars(url))
    return "".join(c if c in _URI_OK else "".join(f"%{b:02X}" for b in c.encode("utf-8"))
                   for c in url)


def _cdata(text: str) -> str:
    """``text`` as CDATA; a ``]]>`` inside is split across two sections."""
    return "<![CDATA[" + _chars(text).replace("]]>", "]]]]><![CDATA[>") + "]]>"


# --------------------------------------------------------------------------- body HTML


@dataclass
class _Ctx:
    base: str | None


def _inline(html: str, text: str, ctx: _Ctx) -> str:
    # Control characters first: lxml refuses strings holding them, and clean_inline
    # would then escape the whole fragment, turning its tags into visible text.
    return clean_inline(_chars(html), ctx.base) if html else html_lib.escape(text or "", quote=False)


def _img(src: str | None, alt: str | None, width: int | None, height: int | None,
         ctx: _Ctx) -> str:
    url = uri(src, ctx.base)
    if not url:
        return ""
    size = "".join(
        f' {name}="{value}"' for name, value in (("width", width), ("height", height))
        if isinstance(value, int) and not isinstance(value, bool) and value > 0
    )
    return f'<img src="{esc(url)}" alt="{esc(alt or "")}"{size}>'


def _paragraph(b: Paragraph, ctx: _Ctx) -> str:
    inner = _inline(b.html, b.text, ctx)
    return f"<p>{inner}</p>" if inner else ""


def _heading(b: Heading, ctx: _Ctx) -> str:
    level = b.level if isinstance(b.level, int) and 1 <= b.level <= 6 else 2
    inner = _inline(b.html, b.text, ctx)
    return f"<h{level}>{inner}</h{level}>" if inner else ""


def _list(b: ListBlock, ctx: _Ctx) -> str:
    tag = "ol" if b.ordered else "ul"
    items = "".join(f"<li>{_inline(i.html, i.text, ctx)}</li>" for i in b.items)
    return f"<{tag}>{items}</{tag}>" if items else ""


def _quote(b: Quote, ctx: _Ctx) -> str:
    inner = _inline(b.html, b.text, ctx)
    if not inner:
        return ""
    cite = (b.cite or "").strip()
    # A URL-like cite is a source link: kept only if safe; anything else is attribution text.
    is_url = looks_like_url(cite)
    cite_url = uri(cite) if is_url else None
    attr = f' cite="{esc(cite_url)}"' if cite_url else ""
    source = f"<p><cite>{esc(cite)}</cite></p>" if cite and not is_url else ""
    return f"<blockquote{attr}><p>{inner}</p>{source}</blockquote>"


def _image(b: ImageBlock, ctx: _Ctx) -> str:
    img = _img(b.src, b.alt, b.width, b.height, ctx)
    if not img:
        return f"<p>{esc(b.caption)}</p>" if b.caption else ""
    if b.kind == "figure" or b.caption:
        caption = f"<figcaption>{esc(b.caption)}</figcaption>" if b.caption else ""
        return f"<figure>{img}{caption}</figure>"
    return f"<p>{img}</p>"


def _table(b: Table, ctx: _Ctx) -> str:
    rows = []
    for row in b.rows:
        cells = "".join(
            f"<{'th' if c.header else 'td'}>{_inline(c.html, c.text, ctx)}</{'th' if c.header else 'td'}>"
            for c in row
        )
        if cells:
            rows.append(f"<tr>{cells}</tr>")
    if not rows:
        return ""
    caption = f"<caption>{esc(b.caption)}</caption>" if b.caption else ""
    return f"<table>{caption}<tbody>{''.join(rows)}</tbody></table>"


def _code(b: Code, ctx: _Ctx) -> str:
    if not b.text:
        return ""
    lang = re.sub(r"[^a-z0-9+#_-]+", "", (b.language or "").lower())
    cls = f' class="language-{lang}"' if lang else ""
    # A leading newline inside <pre> is dropped by HTML parsers: keep it with a second one.
    text = "\n" + b.text if b.text.startswith("\n") else b.text
    return f"<pre><code{cls}>{esc(text)}</code></pre>"


def _embed(b: Embed, ctx: _Ctx) -> str:
    url = uri(b.url, ctx.base)
    label = b.title or (f"{b.provider} content" if b.provider else None) or url
    words = "".join(f"<p>{esc(line)}</p>" for line in (b.text or "").split("\n") if line.strip())
    quoted = f"<blockquote>{words}</blockquote>" if words else ""
    if not url:
        return quoted or (f"<p>{esc(label)}</p>" if label else "")
    return f'{quoted}<p><a href="{esc(url)}">{esc(label)}</a></p>'


def _rule(b: Rule, ctx: _Ctx) -> str:
    return "<hr>"


#: One renderer per block type: block -> HTML (empty string: nothing to show).
BLOCK_HTML: dict[type[Block], Callable[[Any, _Ctx], str]] = {
    Paragraph: _paragraph,
    Heading: _heading,
    ListBlock: _list,
    Quote: _quote,
    ImageBlock: _image,
    Table: _table,
    Code: _code,
    Embed: _embed,
    Rule: _rule,
}


def _ad_marker(ad: AdSlot, ctx: _Ctx) -> str:
    label = ad.label or rules.AD_MARKER_TEXT
    network = f' data-network="{esc(ad.network)}"' if ad.network else ""
    return f'<aside class="ad" data-ad-id="{esc(ad.id)}"{network}><p>{esc(label)}</p></aside>'


def _related(rel: Related, ctx: _Ctx) -> str:
    items = []
    for item in rel.items:
        href = uri(item.url, ctx.base)
        title = item.title or href
        if not title:
            continue
        items.append(f'<li><a href="{esc(href)}">{esc(title)}</a></li>' if href
                     else f"<li>{esc(title)}</li>")
    if not items:
        return ""
    title = esc(rel.title or rules.RELATED_TITLE)
    return f'<aside class="related"><p><strong>{title}</strong></p><ul>{"".join(items)}</ul></aside>'


def body_html(doc: Document, *, ads: AdOption = "drop", include_related: bool = False) -> str:
    """The document body as HTML for ``content:encoded``.

    ``ads="markers"`` puts a labelled ``<aside class="ad">`` where each ad slot stood;
    ``include_related`` appends the site's related-link blocks (sponsored
    recommendation widgets are ads, never included). Chrome placed ``outside`` the
    article stays out.
    """
    ctx = _Ctx(base=doc.url or doc.canonical_url)
    ids = {b.id for b in doc.body}
    before: list[str] = []
    after: dict[str, list[str]] = {}
    end: list[str] = []
    for ad in doc.ads if ads == "markers" else ():
        pos = ad.position
        if pos.placement == "outside":
            continue  # page chrome, not part of the article
        if pos.placement == "before":
            before.append(_ad_marker(ad, ctx))
        elif pos.after in ids:
            after.setdefault(pos.after, []).append(_ad_marker(ad, ctx))
        else:
            end.append(_ad_marker(ad, ctx))
    if include_related:
        end += [_related(rel, ctx) for rel in doc.related if not rel.sponsored]
    out = before
    for block in doc.body:
        renderer = BLOCK_HTML.get(type(block))
        if renderer:
            out.append(renderer(block, ctx))
        out.extend(after.get(block.id, ()))
    out.extend(end)
    return "".join(out)


# --------------------------------------------------------------------------- item fields


def _rfc822(value: str | None) -> str | None:
    """RFC 3339 -> RFC 822 date (``Mon, 04 Mar 2024 10:00:00 +0000``); None if unreadable."""
    if not value or not isinstance(value, str):
        return None
    from dateutil.parser import isoparse

    try:
        stamp = isoparse(value.strip())
    except (ValueError, OverflowError):
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=timezone.utc)
    try:
        return format_datetime(stamp)
    except (ValueError, OverflowError):
        return None


def _summary(doc: Document) -> str | None:
    text = (doc.metadata.description or "").strip()
    if not text:
        first = next((b for b in doc.body if isinstance(b, Paragraph) and b.text.strip()), None)
        text = first.text.strip() if first else ""
    if not text:  # no paragraph: any text of the body, else the title
        text = next((t for b in doc.body if (t := b.plain_text().strip())), "")
        text = text or (doc.metadata.title or "").strip()
    text = " ".join(text.split())
    if len(text) > rules.SUMMARY_CHARS:
        cut = text[: rules.SUMMARY_CHARS].rsplit(" ", 1)[0]
        text = cut.rstrip(",;:") + "\u2026"
    return text or None


def _categories(doc: Document) -> list[str]:
    seen: set[str] = set()
    out = []
    for term in [*doc.metadata.tags, doc.metadata.section]:
        term = " ".join(str(term or "").split())
        if term and term.casefold() not in seen:
            seen.add(term.casefold())
            out.append(term)
    return out


def _lead_image(doc: Document, base: str | None) -> tuple[str, int | None, int | None] | None:
    image = doc.metadata.image
    if image is not None and uri(image.src, base):
        return uri(image.src, base), image.width, image.height
    for block in doc.body:
        if isinstance(block, ImageBlock) and uri(block.src, base):
            return uri(block.src, base), block.width, block.height
    return None


def _media(doc: Document, base: str | None) -> str:
    lead = _lead_image(doc, base)
    if not lead:
        return ""
    url, width, height = lead
    attrs = [f'url="{esc(url)}"', 'medium="image"']
    path = urlsplit(url).path.lower()
    ext = path[path.rfind("."):] if "." in path.rsplit("/", 1)[-1] else ""
    if ext in rules.IMAGE_TYPES:
        attrs.append(f'type="{rules.IMAGE_TYPES[ext]}"')
    for name, value in (("width", width), ("height", height)):
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            attrs.append(f'{name}="{value}"')
    return f"<media:content {' '.join(attrs)}/>"


def language(value: str | None) -> str | None:
    """A BCP 47 tag the RSS validators accept (ISO 639-1 primary subtag), or None."""
    if not value or not isinstance(value, str):
        return None
    tag = value.strip().replace("_", "-")
    if not re.fullmatch(r"[A-Za-z]{2}(-[A-Za-z0-9]{1,8})*", tag):
        return None
    primary, _, rest = tag.partition("-")
    if primary.lower() not in rules.ISO_639_1:
        return None
    return primary.lower() + ("-" + rest if rest else "")


def _item(doc: Document, *, ads: AdOption, include_related: bool, guids: set[str],
          ref: ItemRef | None = None) -> str:
    base = doc.url or doc.canonical_url
    link = (uri(ref.link) if ref else None) or uri(doc.canonical_url, base) or uri(doc.url)
    title = " ".join((doc.metadata.title or "").split())
    summary = _summary(doc)
    content = body_html(doc, ads=ads, include_related=include_related)
    if not title and not summary:
        title = "Untitled"  # RSS needs a title or a description
    parts = ["<item>"]
    if title:
        parts.append(f"<title>{text(title)}</title>")
    if link:
        parts.append(f"<link>{esc(link)}</link>")
    if summary:
        parts.append(f"<description>{esc(html_lib.escape(summary, quote=False))}</description>")
    if content:
        parts.append(f"<content:encoded>{_cdata(content)}</content:encoded>")
    parts += [f"<dc:creator>{text(a)}</dc:creator>" for a in doc.metadata.authors
              if isinstance(a, str) and a.strip()]
    date = _rfc822(doc.metadata.published) or _rfc822(doc.metadata.modified)
    if date:
        parts.append(f"<pubDate>{date}</pubDate>")
    parts.append(_guid(link, doc, title, content, guids, ref))
    parts += [f"<category>{text(c)}</category>" for c in _categories(doc)]
    parts.append(_media(doc, base))
    parts.append("</item>")
    return "".join(parts)


def _guid(link: str | None, doc: Document, title: str, content: str, guids: set[str],
          ref: ItemRef | None = None) -> str:
    """The source item's guid when given; else the permalink as guid (a repeated link
    gets a fragment so guids stay unique); without a link, a stable hash of the item
    (isPermaLink="false")."""
    own = " ".join(_chars(ref.guid).split()) if ref and ref.guid else ""
    if own and own not in guids:
        guids.add(own)
        permalink = "true" if ref and ref.permalink and uri(own) == own else "false"
        return f'<guid isPermaLink="{permalink}">{esc(own)}</guid>'
    if link:
        guid, n = link, 1
        while guid in guids:
            n += 1
            sep = "&" if "#" in link else "#"
            guid = f"{link}{sep}syndicate-{n}"
        guids.add(guid)
        return f'<guid isPermaLink="true">{esc(guid)}</guid>'
    import hashlib

    # surrogatepass: a lone surrogate (from JSON input) must not stop the hash
    digest = hashlib.sha1(f"{title}\n{doc.text()}\n{content}".encode("utf-8", "surrogatepass")).hexdigest()
    guid, n = f"urn:sha1:{digest}", 1
    while guid in guids:
        n += 1
        guid = f"urn:sha1:{digest}-{n}"
    guids.add(guid)
    return f'<guid isPermaLink="false">{guid}</guid>'


# --------------------------------------------------------------------------- feed


def _channel(channel: Channel | Mapping[str, Any]) -> Channel:
    if isinstance(channel, Channel):
        return channel
    if not isinstance(channel, Mapping):
        raise InputError(f"channel must be a Channel or a mapping, not {type(channel).__name__}")
    known = {f.name for f in fields(Channel)}
    unknown = sorted(set(channel) - known)
    if unknown:
        raise InputError(f"unknown channel key(s): {', '.join(map(str, unknown))}")
    missing = [k for k in ("link",) if not channel.get(k)]
    if missing:
        raise InputError(f"channel needs {' and '.join(missing)}")
    values = {"title": "", "description": "", **channel}
    return Channel(**{k: values[k] for k in values})


def to_rss(
    docs: Iterable[Document],
    *,
    channel: Channel | Mapping[str, Any],
    ads: AdOption = "drop",
    include_related: bool = False,
    build_date: datetime | None = None,
    refs: Sequence[ItemRef | None] | None = None,
) -> str:
    """Write ``docs`` as one RSS 2.0 feed (a ``str``; encode as UTF-8).

    - ``channel``: a :class:`Channel` or a dict with its keys (``title``, ``link``,
      ``description``, optional ``self_url`` and ``language``: else the documents'
      language when they all agree).
    - ``ads``: ``drop`` (default) leaves ad slots out; ``markers`` keeps a labelled
      ``<aside class="ad">`` where each stood in the body.
    - ``include_related``: append the site's related-link blocks as lists.
    - ``build_date``: the channel's ``lastBuildDate`` (default: now).
    - ``refs``: per document, the source feed's link and guid to keep (:class:`ItemRef`).

    Raises :class:`syndicate.InputError` for a bad channel or option.
    """
    if ads not in ("drop", "markers"):
        raise InputError(f"ads must be 'drop' or 'markers', got {ads!r}")
    ch = _channel(channel)
    items = list(docs)
    for doc in items:
        if not isinstance(doc, Document):
            raise InputError(f"to_rss() takes Documents, not {type(doc).__name__}")
    link = uri(ch.link)
    self_url = uri(ch.self_url) if ch.self_url else None
    if not link:
        raise InputError(f"channel link must be an absolute http(s) URL, got {ch.link!r}")
    if ch.self_url and not self_url:
        raise InputError(f"channel self_url must be an absolute http(s) URL, got {ch.self_url!r}")
    title = " ".join(str(ch.title or "").split()) or link
    description = " ".join(str(ch.description or "").split()) or title
    langs = {language(d.metadata.language) for d in items}
    # A channel language claims every item: only when all the items agree.
    lang = language(ch.language) or (langs.pop() if len(langs) == 1 else None)
    built = build_date or datetime.now(timezone.utc)
    if built.tzinfo is None:
        built = built.replace(tzinfo=timezone.utc)
    from .. import __version__

    ns = " ".join(f'xmlns:{prefix}="{url}"' for prefix, url in rules.NAMESPACES.items())
    head = [
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" {ns}>\n<channel>',
        f"<title>{text(title)}</title>",
        f"<link>{esc(link)}</link>",
        f"<description>{esc(html_lib.escape(description, quote=False))}</description>",
    ]
    if self_url:
        head.append(f'<atom:link href="{esc(self_url)}" rel="self" type="application/rss+xml"/>')
    if lang:
        head.append(f"<language>{esc(lang)}</language>")
    head += [
        f"<lastBuildDate>{format_datetime(built)}</lastBuildDate>",
        f"<generator>syndicate {esc(__version__)}</generator>",
        f"<docs>{rules.DOCS_URL}</docs>",
    ]
    guids: set[str] = set()
    if refs is not None and len(refs) != len(items):
        raise InputError(f"refs has {len(refs)} entries for {len(items)} documents")
    body = [_item(d, ads=ads, include_related=include_related, guids=guids,
                  ref=refs[i] if refs is not None else None) for i, d in enumerate(items)]
    return "\n".join(head + body) + "\n</channel>\n</rss>\n"
