"""Reader for article text that a scraper already flattened.

One non-empty line is one unit. The first line is the title when it looks
like one. Every other line is either page chrome (recognised through the
phrase tables shared with the HTML reader: ad labels and image leftovers,
related-content headings and their items, CTA prompts and their share
targets) or a body paragraph. Locators are ``line:N`` (1-based).
"""

from __future__ import annotations

import html as html_lib

from ..errors import InputError
from ..extract import chrome_text as chrome
from ..limits import DEFAULT_LIMITS, Limits
from ..model import (
    AdSlot,
    Block,
    CallToAction,
    Document,
    Metadata,
    Paragraph,
    Related,
    RelatedItem,
)
from ..positions import IdAllocator, place
from ..sanitize import check_page_url, xml_chars

# A title is a short line; running text is longer or ends a sentence.
MAX_TITLE_WORDS = 30
# Lines after a related heading that look like headlines become its items.
MAX_ITEM_WORDS = 20


def _looks_like_title(line: str) -> bool:
    return len(line.split()) <= MAX_TITLE_WORDS and not (
        line.endswith(".") and not line.endswith("...")
    )


def _looks_like_headline(line: str) -> bool:
    return len(line.split()) <= MAX_ITEM_WORDS and line[-1] not in ".:;,"


def parse_text(text: str, *, url: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read flattened article text into a :class:`Document`.

    Raises :class:`syndicate.InputError` for input that is not text or is
    over ``limits.max_input_bytes``.
    """
    if isinstance(text, bytes):
        raise InputError("parse_text() takes str; decode bytes first or use parse()")
    if not isinstance(text, str):
        raise InputError(f"parse_text() takes str, not {type(text).__name__}")
    url = check_page_url(url)
    limits.check_size(len(text), what="text")
    text = text.replace("\x00", "")

    # Per line, after splitting, so control characters that end lines keep the numbering.
    lines = [(n, chrome.normalise(xml_chars(raw))) for n, raw in enumerate(text.splitlines(), 1)]
    lines = [(n, line) for n, line in lines if line]
    metadata = Metadata()
    if len(lines) > 1 and _looks_like_title(lines[0][1]):
        metadata.title = lines[0][1]
        lines = lines[1:]

    new_id = IdAllocator()
    sequence: list[Block | AdSlot | Related | CallToAction] = []
    body: list[Block] = []
    ads: list[AdSlot] = []
    related: list[Related] = []
    ctas: list[CallToAction] = []
    open_related: Related | None = None  # collecting headline items
    open_share: CallToAction | None = None  # collecting share targets
    previous: object | None = None

    for n, line in lines:
        locator = f"line:{n}"
        rest, leftover = chrome.split_leftover(line)
        label = chrome.ad_label(rest) if rest else None
        if leftover is not None and not rest and isinstance(previous, AdSlot):
            previous.attributes["leftover"] = leftover
            continue
        if label is not None or (leftover is not None and not rest):
            slot = AdSlot(id=new_id("ad"), locator=locator, label=label)
            if leftover:
                slot.attributes["leftover"] = leftover
            ads.append(slot)
            sequence.append(slot)
            previous, open_related, open_share = slot, None, None
            continue
        if leftover is not None:  # text with a leftover glued on: keep the text
            line = rest

        if heading := chrome.related_heading(line):
            block = Related(id=new_id("rel"), locator=locator, title=heading)
            related.append(block)
            sequence.append(block)
            previous, open_related, open_share = block, block, None
            continue
        if prefixed := chrome.related_prefix(line):
            heading, title = prefixed
            block = Related(id=new_id("rel"), locator=locator, title=heading,
                            items=[RelatedItem(title=title)])
            related.append(block)
            sequence.append(block)
            previous, open_related, open_share = block, None, None
            continue
        if kind := chrome.cta_kind(line):
            cta = CallToAction(id=new_id("cta"), locator=locator, kind=kind, text=line)
            ctas.append(cta)
            sequence.append(cta)
            previous, open_related = cta, None
            open_share = cta if kind in ("share", "follow") else None
            continue
        if open_share is not None and chrome.social_network(line):
            open_share.text = f"{open_share.text} {line}"
            continue
        if open_related is not None and _looks_like_headline(line):
            open_related.items.append(RelatedItem(title=line))
            continue

        escaped = html_lib.escape(line, quote=False)
        para = Paragraph(id=new_id("b"), locator=locator, text=line, html=escaped)
        body.append(para)
        sequence.append(para)
        previous, open_related, open_share = para, None, None

    place(sequence)
    return Document(url=url, metadata=metadata, body=body, ads=ads, related=related, ctas=ctas)
