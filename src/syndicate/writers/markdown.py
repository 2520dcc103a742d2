"""Document -> Markdown (CommonMark, with GFM tables): the article body.

One rule per block type (``MARKDOWN_RULES``). Inline HTML (the model's small
sanitized allow-list: links, emphasis, code, line breaks) becomes Markdown by a
walk over the lxml fragment; text is escaped so it never turns into markup.
Ad slots, related blocks and CTAs are left out unless ``chrome=True``.

Hand-written rather than through an HTML-to-Markdown library: the input is the
model, not HTML; only a dozen inline tags ever reach this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree, html

from ..model import (
    Block,
    Code,
    Document,
    Embed,
    Heading,
    ImageBlock,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Table,
)
from ..sanitize import safe_url

_ESCAPE = re.compile(r"([\\`*_\[\]<>|])")
# Line starts that would open a block: heading, quote, bullet, setext rule, "1." / "1)".
_LINE_START = re.compile(r"^(\s*\d*)([#>+\-=.)])(?=\s|$)", re.M)


def escape(text: str) -> str:
    """Text that Markdown shows as is."""
    text = _ESCAPE.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_start, text)


def _escape_start(m: re.Match[str]) -> str:
    lead, mark = m.group(1), m.group(2)
    if mark in ".)" and not lead.strip():  # a lone "." is no list marker
        return m.group()
    return lead + "\\" + mark


def _url(url: str | None) -> str | None:
    """The URL for a Markdown link (http(s) only), or None."""
    url = safe_url(url)
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29") if url else None


def _wrap(mark: str, inner: str) -> str:
    stripped = inner.strip()
    if not stripped:
        return inner
    lead, trail = inner[: len(inner) - len(inner.lstrip())], inner[len(inner.rstrip()):]
    return f"{lead}{mark}{stripped}{mark}{trail}"


def _code_span(text: str) -> str:
    ticks = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


_INLINE_MARKS = {"em": "*", "i": "*", "strong": "**", "b": "**", "s": "~~", "del": "~~"}


def _inline_el(el: etree._Element) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "br":
        return "\\\n"
    if tag == "code":
        return _code_span(el.text_content())
    inner = escape(el.text or "") + "".join(_inline_el(c) + escape(c.tail or "") for c in el)
    if tag in _INLINE_MARKS:
        return _wrap(_INLINE_MARKS[tag], inner)
    href = _url(el.get("href")) if tag == "a" else None
    if href:
        return f"[{inner.strip() or escape(href)}]({href})"
    return inner


def inline(html_text: str, text: str) -> str:
    """Markdown of a block's inline HTML (its plain text when there is none)."""
    if not html_text or "<" not in html_text:
        return escape(text)
    try:
        frag = html.fragment_fromstring(html_text, create_parent="div")
    except (etree.ParserError, ValueError):
        return escape(text)
    return _inline_el(frag).strip()


def _list(block: ListBlock) -> str:
    items = [it for it in block.items if it.text or it.html]
    return "\n".join((f"{i}. " if block.ordered else "- ") + inline(it.html, it.text).replace("\n", "\n   ")
                     for i, it in enumerate(items, 1))


def _quote(block: Quote) -> str:
    body = inline(block.html, block.text)
    if block.cite:
        cite = _url(block.cite)
        body += "\n\n— " + (f"<{cite}>" if cite else escape(block.cite))
    return "\n".join("> " + line if line else ">" for line in body.split("\n"))


def _image(block: ImageBlock) -> str:
    src = _url(block.src)
    if not src:
        return escape(block.caption or "")
    alt = escape(block.alt or block.caption or "").replace("\n", " ")
    out = f"![{alt}]({src})"
    return out + (f"\n\n*{escape(block.caption)}*" if block.caption else "")


def _cell(cell_html: str, text: str) -> str:
    return inline(cell_html, text).replace("\n", " ").replace("\\\n", " ")


def _table(block: Table) -> str:
    rows = [[_cell(c.html, c.text) for c in row] for row in block.rows if row]
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    has_header = all(c.header for c in block.rows[0]) if block.rows and block.rows[0] else False
    head, body = (rows[0], rows[1:]) if has_header else ([""] * width, rows)
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in body]
    caption = [f"*{escape(block.caption)}*", ""] if block.caption else []
    return "\n".join(caption + lines)


def _code(block: Code) -> str:
    fence = "`" * max(3, max((len(m) for m in re.findall(r"`+", block.text)), default=0) + 1)
    lang = re.sub(r"[^\w+.-]", "", block.language or "")
    return f"{fence}{lang}\n{block.text.rstrip(chr(10))}\n{fence}"


def _embed(block: Embed) -> str:
    parts = []
    url = _url(block.url)
    if url:
        parts.append(f"[{escape(block.title or block.provider or url)}]({url})")
    if block.text:
        parts.append("\n".join("> " + line for line in escape(block.text).split("\n")))
    return "\n\n".join(parts)


#: One rule per block type: how it is written in Markdown.
MARKDOWN_RULES: dict[type[Block], Callable[..., str]] = {
    Paragraph: lambda b: inline(b.html, b.text),
    Heading: lambda b: "#" * min(max(b.level, 1), 6) + " " + inline(b.html, b.text).replace("\n", " "),
    ListBlock: _list,
    Quote: _quote,
    ImageBlock: _image,
    Table: _table,
    Code: _code,
    Embed: _embed,
    Rule: lambda b: "---",
}


def _link(title: str | None, url: str | None) -> str:
    label = escape(title or url or "")
    href = _url(url)
    return f"[{label}]({href})" if href else label


def chrome_markdown(doc: Document) -> list[str]:
    """Related blocks, CTAs and ad slots as Markdown sections after the body."""
    parts: list[str] = []
    for rel in doc.related:
        items = "\n".join("- " + _link(it.title, it.url) for it in rel.items)
        parts.append(f"**{escape(rel.title or rel.provider or 'Related')}**\n\n{items}".rstrip())
    for cta in doc.ctas:
        parts.append(f"*{cta.kind}:* " + _link(cta.text, cta.url))
    for ad in doc.ads:
        parts.append("*ad:* " + escape(" ".join(x for x in (ad.label, ad.network, ad.unit) if x)))
    return parts


def to_markdown(doc: Document, *, title: bool = False, chrome: bool = False) -> str:
    """The article body as Markdown (ends with a newline; empty body: empty string).

    ``title=True`` starts with ``# title``; ``chrome=True`` appends the related blocks,
    CTAs and ad slots.
    """
    parts = [f"# {escape(doc.metadata.title)}"] if title and doc.metadata.title else []
    for block in doc.body:
        rule = MARKDOWN_RULES.get(type(block))
        text = rule(block) if rule else escape(block.plain_text())
        if text.strip():
            parts.append(text)
    if chrome:
        parts += chrome_markdown(doc)
    return "\n\n".join(parts) + "\n" if parts else ""
