"""A link styled as a button standing on its own line inside the article's column ("Get
started", "Jetzt testen" set between two paragraphs or closing a section): a CTA, though
no paragraph or box wraps it. The body walk reads such a link as a piece of its container's
running text; it is an action set apart when no text stands before or after it."""

from __future__ import annotations

from lxml import etree

from . import ctas
from .chrome import Found
from .chrome_util import previous_element
from .cta_boxes import button_styled
from .cta_rows import button_line

#: Block elements that end a line of text before or after the link.
_BLOCKS = frozenset({
    "p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "figure", "section", "aside", "pre", "hr", "br", "form", "header", "footer", "center",
})


def lone_button(a: etree._Element, base: str | None) -> Found | None:
    """``a`` (a link of a container's run of text) as a CTA, when it is styled as a button,
    asks to act (``cta_rows.button_line``) and stands alone on its line."""
    if not a.get("class") and a.get("role") is None:
        return None  # (most links of a text carry neither)
    if not button_styled(a) or not _alone(a):
        return None
    kind = button_line(a)
    return Found(a, ctas.build_cta(a, kind, base)) if kind is not None else None


def _alone(a: etree._Element) -> bool:
    """No text runs into ``a`` from before or after: its neighbours are blocks (or the
    container's edges) and the text between them and the link is blank."""
    if (a.tail or "").strip():
        return False
    prev = previous_element(a)  # (a comment between)
    if prev is None:
        parent = a.getparent()
        if parent is None or (parent.text or "").strip():
            return False
    elif (prev.tail or "").strip() or prev.tag not in _BLOCKS:
        return False
    nxt = a.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt is None or nxt.tag in _BLOCKS
