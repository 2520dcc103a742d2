"""Place ads, related blocks and CTAs relative to the body blocks around them."""

from __future__ import annotations

from collections.abc import Iterable

from .model import AdSlot, Block, CallToAction, Position, Related

Chrome = AdSlot | Related | CallToAction


def place(sequence: Iterable[Block | Chrome], outside: frozenset[int] = frozenset()) -> None:
    """Set ``position`` on every chrome item of ``sequence`` (document order).

    Items whose ``id(obj)`` is in ``outside`` (page chrome far from the
    article) are placed ``outside``; the rest ``before``, ``inline`` or
    ``after`` depending on the body blocks around them.
    """
    items = list(sequence)
    remaining_blocks = sum(isinstance(x, Block) for x in items)
    last_block: str | None = None
    for item in items:
        if isinstance(item, Block):
            last_block = item.id
            remaining_blocks -= 1
        elif id(item) in outside:
            item.position = Position("outside", None)
        elif last_block is None:
            item.position = Position("before", None)
        elif remaining_blocks:
            item.position = Position("inline", last_block)
        else:
            item.position = Position("after", last_block)


class IdAllocator:
    """Hands out document-unique ids: b1, b2... ad1... rel1... cta1..."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    def __call__(self, prefix: str) -> str:
        n = self._counts.get(prefix, 0) + 1
        self._counts[prefix] = n
        return f"{prefix}{n}"
