"""Document -> plain text: the article body, blocks separated by a blank line.

Lists keep their bullets (``- `` or ``1. ``), quotes their attribution, tables one
row per line (cells tab-separated), figures their caption. Ad slots, related
blocks and CTAs are left out unless ``chrome=True``, which lists them after the body.
"""

from __future__ import annotations

from collections.abc import Callable

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


def _list(block: ListBlock) -> str:
    return "\n".join(f"{i}. {item.text}" if block.ordered else f"- {item.text}"
                     for i, item in enumerate((it for it in block.items if it.text), 1))


def _quote(block: Quote) -> str:
    return block.text + (f"\n— {block.cite}" if block.cite else "")


def _table(block: Table) -> str:
    rows = ["\t".join(cell.text for cell in row) for row in block.rows]
    return "\n".join(([block.caption] if block.caption else []) + rows)


def _embed(block: Embed) -> str:
    return "\n".join(x for x in (block.text, block.url) if x)


#: One rule per block type: how it reads as text.
TEXT_RULES: dict[type[Block], Callable[..., str]] = {
    Paragraph: lambda b: b.text,
    Heading: lambda b: b.text,
    ListBlock: _list,
    Quote: _quote,
    ImageBlock: lambda b: b.caption or "",
    Table: _table,
    Code: lambda b: b.text,
    Embed: _embed,
    Rule: lambda b: "* * *",
}


def block_text(block: Block) -> str:
    rule = TEXT_RULES.get(type(block))
    return rule(block) if rule else block.plain_text()


def chrome_text(doc: Document) -> list[str]:
    """The ad slots, related blocks and CTAs as labelled text sections."""
    parts: list[str] = []
    for rel in doc.related:
        lines = [f"Related: {rel.title or rel.provider or ''}".rstrip(": ")]
        lines += [f"- {item.title or item.url or ''}" + (f" <{item.url}>" if item.url and item.title else "")
                  for item in rel.items]
        parts.append("\n".join(lines))
    for cta in doc.ctas:
        parts.append(f"[{cta.kind}] {cta.text or ''}" + (f" <{cta.url}>" if cta.url else ""))
    for ad in doc.ads:
        parts.append(f"[ad] {' '.join(x for x in (ad.label, ad.network, ad.unit) if x)}".rstrip())
    return parts


def to_text(doc: Document, *, title: bool = False, chrome: bool = False) -> str:
    """The article body as plain text (ends with a newline; empty body: empty string).

    ``title=True`` puts the metadata title first; ``chrome=True`` appends the related
    blocks, CTAs and ad slots, labelled.
    """
    parts = [doc.metadata.title] if title and doc.metadata.title else []
    parts += [text for text in map(block_text, doc.body) if text.strip()]
    if chrome:
        parts += chrome_text(doc)
    return "\n\n".join(parts) + "\n" if parts else ""
