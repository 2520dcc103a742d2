"""Layers floating over the page, for placement (``placement.py``): a box whose own inline
style or positioning class, or an ancestor's up to the part beside the article, fixes it to
the window (``position: fixed``, Bootstrap's "fixed-top", Tailwind's "fixed") or keeps it in
view while the page scrolls (``position: sticky``, "sticky-top") stands over or beside the
page, not in its flow: off the article's line, ``outside``."""

from __future__ import annotations

from lxml import etree

from .rules import page_parts as parts


def floating(el: etree._Element, branch: etree._Element) -> bool:
    """``el`` or an ancestor up to ``branch`` (its part beside the article's line) is written
    fixed or sticky in its ``style`` attribute or by a positioning class."""
    node: etree._Element | None = el
    while node is not None:
        style = node.get(b"style")
        if style and "position" in style and parts.FLOATING_POSITION(style) is not None:
            return True
        cls = node.get(b"class")
        if cls and ("fixed" in cls or "sticky" in cls) and not parts.FLOATING_CLASSES.isdisjoint(cls.split()):
            return True
        if node is branch:
            return False
        node = node.getparent()
    return False
