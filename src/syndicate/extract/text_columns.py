"""The column holding the text's blocks, inside the container the body stage reports, for
placement (``placement.py``): a page's container is often its whole main part (``<main>``,
a grid of a headline row and a row of columns), and a grid column beside the one holding
the text is a side column (``outside``), though it stands inside that container and between
the text's first and last blocks in document order (a dek above the columns)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lxml import etree

from ..model import Block, Heading, ImageBlock
from .rules import regions as layout


class TextColumn:
    """The deepest element below ``article`` (the body's container) holding the text's last
    block and every block before it but the article's lead (its headings and images, and up
    to ``LEAD_BLOCKS`` short lines: ``LEAD_CHARS`` in all). Found when an item inside
    ``article`` first asks (most items are outside it)."""

    __slots__ = ("_article", "_blocks", "_line", "_order")

    def __init__(self, order: dict[etree._Element, int], article: etree._Element | None,
                 blocks: Sequence[tuple[Block, float]]) -> None:
        self._article = article
        self._blocks = blocks
        self._order = order
        self._line: dict[etree._Element, etree._Element | None] | None = None

    def _start(self) -> tuple[float, float] | None:
        """The places of the text's first block after the lead, and of its last block."""
        chars = n = 0
        start = None
        for block, at in sorted(self._blocks, key=_place):
            if start is None and not isinstance(block, (Heading, ImageBlock)):
                n += 1
                chars += len(block.plain_text())
                if n > layout.LEAD_BLOCKS or chars > layout.LEAD_CHARS:
                    start = at
        if start is None:
            return None
        return start, max(at for _, at in self._blocks)

    def _column_line(self) -> dict[etree._Element, etree._Element | None]:
        """The text column and its ancestors up to ``article``, each with its child toward
        the column (empty when the column is ``article`` itself)."""
        line: dict[etree._Element, etree._Element | None] = {}
        span = self._start() if self._article is not None else None
        if span is None:
            return line
        start, last = span
        end = int(last)  # (a block of loose text stands half a step after the element holding it)
        tail = next((el for el, p in self._order.items() if p == end), None)
        if tail is None:
            return line
        order = self._order
        column = next((a for a in tail.iterancestors() if order.get(a, start + 1) <= start), None)
        if column is None or column is self._article:
            return line
        line[column] = None
        child = column
        for anc in column.iterancestors():
            line[anc] = child
            if anc is self._article:
                return line
            child = anc
        return {}  # (the text's blocks are not all inside the container)

    def beside(self, el: etree._Element,
               side: Callable[[etree._Element, etree._Element, bool], bool]) -> bool:
        """``el`` (an item inside the container) stands in a part ``side`` calls a column
        beside the text's column: ``side(text's part, item's part, whether that part is
        ``el``)``, the two parts siblings."""
        line = self._line
        if line is None:
            line = self._line = self._column_line()
        if not line or el in line:
            return False
        branch = el
        node = el.getparent()
        while node is not None and node not in line:
            branch = node
            node = node.getparent()
        if node is None:
            return False
        toward = line[node]
        return toward is not None and side(toward, branch, branch is el)


def _place(pair: tuple[Block, float]) -> float:
    return pair[1]
