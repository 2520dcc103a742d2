"""Body blocks -> AMP HTML: one renderer per block type, in ``BLOCK_RENDERERS``.

Every string that reaches the page goes through :func:`esc` (text, attribute
values), :func:`inline` (inline HTML: re-sanitized with ``sanitize.clean_inline``,
whose allow-list is all valid AMP) or :func:`url` (``sanitize.safe_url``): a
Document built by hand or loaded from JSON can carry anything.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from ..embedhosts import canonical_provider, provider_of_url, sandboxed_iframe_ok
from ..model import (
    Block,
    Code,
    Embed,
    Heading,
    ImageBlock,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Table,
)
from ..sanitize import clean_inline, safe_url
from . import amp_rules as rules

_BLOCK_ID = re.compile(r"^[a-z]+[0-9]+$")
# Hosts the AMP validator accepts: dot-separated labels of letters, digits, - and _ (or any
# non-ASCII: IDNs), an optional trailing dot; or a bracketed IPv6 literal. It rejects
# "a..b", "a%20b", "*.com", ports over 65535, and more: links to those are unlinked.
_HOST = re.compile(r"^(?:[A-Za-z0-9_\-\u0080-\U0010ffff]+\.)*[A-Za-z0-9_\-\u0080-\U0010ffff]+\.?$")
_IPV6 = re.compile(r"^\[[0-9A-Fa-f:.]+\]$")
_HREF = re.compile(r'<a href="([^"]*)">')
_CODE_LANG = re.compile(r"[^a-z0-9+#_-]+")


@dataclass
class Context:
    """State of one page being written: base URL, components used, ids taken."""

    base: str | None = None
    components: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)

    def use(self, component: str) -> str:
        """Record that the page needs ``component``'s script; returns the name."""
        self.components.add(component)
        return component

    def id_attr(self, ident: str | None) -> str:
        """`` id="b1"`` for a well-formed, not yet used model id; else nothing."""
        if not ident or not _BLOCK_ID.match(ident) or ident in self.ids or len(ident) > 40:
            return ""
        self.ids.add(ident)
        return f' id="{ident}"'


def esc(value: object) -> str:
    """Text or attribute value, HTML-escaped (quotes included)."""
    return html_lib.escape(str(value), quote=True) if value is not None else ""


def amp_url_ok(value: str) -> bool:
    """Whether the AMP validator will take this (already safe, absolute) URL's authority."""
    try:
        netloc = urlsplit(value).netloc
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return False
    hostport = netloc.rpartition("@")[2]
    if hostport.startswith("["):
        host, _, rest = hostport.partition("]")
        host += "]"
        if rest and not rest.startswith(":"):
            return False
        port = rest[1:]
        if not _IPV6.match(host):
            return False
    else:
        host, _, port = hostport.partition(":")
        if not _HOST.match(host):
            return False
    return not port or (port.isascii() and port.isdigit() and int(port) <= 65535)


def _link(match: re.Match[str]) -> str:
    href = html_lib.unescape(match.group(1))
    return match.group(0) if amp_url_ok(href) else "<a>"


def inline(html: str | None, text: str | None, ctx: Context) -> str:
    """A text block's inline HTML, re-sanitized (``clean_inline``) and mapped to AMP: every
    tag of the allow-list is valid AMP; links AMP would reject lose their href."""
    if html and html.strip():
        cleaned = clean_inline(html, ctx.base)
        if cleaned:
            return _HREF.sub(_link, cleaned)
    return esc(text or "")


def url(value: str | None, ctx: Context, *, https: bool = False) -> str | None:
    """An absolute http(s) URL that AMP accepts (https only when asked), or None."""
    if not isinstance(value, str):
        return None
    found = safe_url(value, ctx.base if isinstance(ctx.base, str) else None)
    if found is None or (https and not found.lower().startswith("https:")):
        return None
    return found if amp_url_ok(found) else None


def positive(value: object) -> int | None:
    """A usable pixel dimension, or None."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 < value <= 100_000 else None


def amp_img(src: str, alt: str | None, width: int | None, height: int | None,
            ctx: Context, *, extra: str = "") -> str:
    """``amp-img``: ``intrinsic`` at its own size when known (never blown up past it), else
    ``responsive`` in a DEFAULT_IMAGE_RATIO box with the image letterboxed (``contain``)."""
    w, h = positive(width), positive(height)
    if w and h:
        sizing = f'width="{w}" height="{h}" layout="intrinsic"'
    else:
        rw, rh = rules.DEFAULT_IMAGE_RATIO
        sizing = f'width="{rw}" height="{rh}" layout="responsive" class="contain"'
    return f'<amp-img src="{esc(src)}" alt="{esc(alt or "")}" {sizing}{extra}></amp-img>'


# --------------------------------------------------------------------------- renderers


def render_paragraph(block: Paragraph, ctx: Context) -> str:
    body = inline(block.html, block.text, ctx)
    return f"<p{ctx.id_attr(block.id)}>{body}</p>" if body.strip() else ""


def render_heading(block: Heading, ctx: Context) -> str:
    body = inline(block.html, block.text, ctx)
    if not body.strip():
        return ""
    # The page title is the one h1; body headings start at h2.
    level = min(max(block.level if isinstance(block.level, int) else 2, 2), 6)
    return f"<h{level}{ctx.id_attr(block.id)}>{body}</h{level}>"


def render_list(block: ListBlock, ctx: Context) -> str:
    items = [inline(item.html, item.text, ctx) for item in block.items]
    lis = "".join(f"<li>{i}</li>" for i in items if i.strip())
    if not lis:
        return ""
    tag = "ol" if block.ordered else "ul"
    return f"<{tag}{ctx.id_attr(block.id)}>{lis}</{tag}>"


def render_quote(block: Quote, ctx: Context) -> str:
    body = inline(block.html, block.text, ctx)
    if not body.strip():
        return ""
    footer = ""
    if block.cite:
        link = url(block.cite, ctx)
        cite = f'<a href="{esc(link)}">{esc(urlsplit(link).netloc)}</a>' if link else esc(block.cite)
        footer = f"<footer>— <cite>{cite}</cite></footer>"
    return f"<blockquote{ctx.id_attr(block.id)}><p>{body}</p>{footer}</blockquote>"


def render_image(block: ImageBlock, ctx: Context) -> str:
    src = url(block.src, ctx)
    if not src:
        # No usable image: its caption is still article text.
        return f'<p class="caption">{esc(block.caption)}</p>' if block.caption else ""
    img = amp_img(src, block.alt or block.caption, block.width, block.height, ctx)
    caption = f"<figcaption>{esc(block.caption)}</figcaption>" if block.caption else ""
    return f"<figure{ctx.id_attr(block.id)}>{img}{caption}</figure>"


def render_table(block: Table, ctx: Context) -> str:
    rows = []
    for row in block.rows:
        cells = []
        for cell in row:
            tag = "th" if cell.header else "td"
            cells.append(f"<{tag}>{inline(cell.html, cell.text, ctx)}</{tag}>")
        if cells:
            rows.append(f"<tr>{''.join(cells)}</tr>")
    if not rows:
        return ""
    caption = f"<caption>{esc(block.caption)}</caption>" if block.caption else ""
    return (f'<div class="table-wrap"{ctx.id_attr(block.id)}><table>{caption}'
            f"<tbody>{''.join(rows)}</tbody></table></div>")


def render_code(block: Code, ctx: Context) -> str:
    if not block.text:
        return ""
    lang = _CODE_LANG.sub("", (block.language or "").lower())[:30]
    cls = f' class="language-{lang}"' if lang else ""
    return f"<pre{ctx.id_attr(block.id)}><code{cls}>{esc(block.text)}</code></pre>"


def render_rule(block: Rule, ctx: Context) -> str:
    return f"<hr{ctx.id_attr(block.id)}>"


def render_embed(block: Embed, ctx: Context) -> str:
    """Known providers as their AMP component, other https URLs as a sandboxed
    ``amp-iframe``, the rest as a plain link (nothing when there is no usable URL)."""
    link = url(block.url, ctx)
    if not link:
        return _embed_words(block, ctx.id_attr(block.id))
    provider = _provider_of(block.provider, link)
    spec = rules.EMBED_PROVIDERS.get(provider or "")
    ident = ctx.id_attr(block.id)
    if spec is not None:
        value = _embed_id(spec, link)
        if value:
            w, h = spec.ratio
            extra = "".join(f' {k}="{esc(v)}"' if v else f" {k}" for k, v in spec.extra.items())
            return (f'<div class="embed"{ident}><{ctx.use(spec.component)} {spec.id_attr}="{esc(value)}"'
                    f' width="{w}" height="{h}" layout="responsive"{extra}>'
                    f"</{spec.component}></div>")
    elif sandboxed_iframe_ok(provider, link):  # a known player host, never any https URL
        w, h = rules.IFRAME_RATIO
        title = esc(block.title or "Embedded content")
        return (f'<div class="embed"{ident}><{ctx.use("amp-iframe")} src="{esc(link)}" title="{title}"'
                f' width="{w}" height="{h}" layout="responsive" frameborder="0"'
                f' sandbox="{rules.IFRAME_SANDBOX}">'
                f'<a placeholder href="{esc(link)}">{title}</a></amp-iframe></div>')
    return _embed_link(block, provider, link, ident)


def _provider_of(provider: str | None, link: str) -> str | None:
    """The document's provider name, else the one the URL's host belongs to."""
    return canonical_provider(provider) or provider_of_url(link)


def _embed_id(spec: rules.EmbedProvider, link: str) -> str | None:
    candidates = [link]
    if spec.url_param:
        inner = parse_qs(urlsplit(link).query).get(spec.url_param)
        if inner and safe_url(inner[0]) and amp_url_ok(inner[0]):
            candidates.insert(0, inner[0])
    for candidate in candidates:
        for pattern in spec.patterns:
            m = pattern.match(candidate)
            if m:
                return m.group(1)
    return None


def _embed_link(block: Embed, provider: str | None, link: str, ident: str) -> str:
    name = rules.PROVIDER_NAMES.get(provider or "", urlsplit(link).hostname or "the source")
    text = block.title or f"View on {name}"
    anchor = f'<a href="{esc(link)}">{esc(text)}</a>'
    if block.text and block.text.strip():  # the post's words, its link under them
        return _embed_words(block, ident, f'<p class="embed-link">{anchor}</p>')
    return f'<p class="embed-link"{ident}>{anchor}</p>'


def _embed_words(block: Embed, ident: str, after: str = "") -> str:
    """An embed that cannot be shown as a component, as the post's words (and its link)."""
    words = "".join(f"<p>{esc(line)}</p>" for line in (block.text or "").split("\n") if line.strip())
    if not words:
        return ""
    return f'<blockquote class="embed-text"{ident}>{words}{after}</blockquote>'


#: Block type -> renderer. ``figure`` and ``image`` share one (``ImageBlock.kind``).
BLOCK_RENDERERS: dict[str, Callable[..., str]] = {
    "paragraph": render_paragraph,
    "heading": render_heading,
    "list": render_list,
    "quote": render_quote,
    "image": render_image,
    "figure": render_image,
    "table": render_table,
    "code": render_code,
    "embed": render_embed,
    "rule": render_rule,
}


def render_block(block: Block, ctx: Context) -> str:
    """One body block as AMP HTML (empty for an unknown type or an empty block)."""
    renderer = BLOCK_RENDERERS.get(getattr(block, "type", ""))
    return renderer(block, ctx) if renderer else ""
