"""A related block's items are its stories: the listings its cards and its foot link are
left out.

A card links its story, and often the story's section, tag or day beside it ("Sports &
Exercise" to ``/blog?categoryId=13``, "Learn to Meditate" to ``/category/learn-to-meditate/``,
"January 5, 2026" to ``/2026/01/05/``); a band ends with a link to the listing it comes from
("View all posts" to ``/blog``, above its stories ``/blog/…``). None of these is an item. A
link is such a listing when its path names a taxonomy (``rules.TAXONOMY_SEGMENTS``), is a
date archive, or stands above two of the block's stories or more (their paths go on under
its own). Left out only when the block keeps two stories or more: a block of topic links
is a block of its own.
"""

from __future__ import annotations

from ..model import RelatedItem
from .linklists import split_link
from .rules import listing_items as rules


def without_listings(items: list[RelatedItem]) -> list[RelatedItem]:
    """``items`` less the listings among them (see the module's doc), when two stories or
    more are left."""
    if len(items) <= rules.MIN_STORIES:
        return items
    paths = [_path(i.url) for i in items]
    taxonomy = [p is None or _taxonomy(p) for p in paths]
    stories = [p for p, t in zip(paths, taxonomy, strict=True) if not t]
    keep = [i for i, p, t in zip(items, paths, taxonomy, strict=True) if not t and not _above(p, stories)]
    return keep if len(keep) >= rules.MIN_STORIES and len(keep) < len(items) else items


def _path(url: str | None) -> tuple[str, ...] | None:
    """The segments of ``url``'s path (lower-cased), or None if it has none to read."""
    split = split_link(url) if url else None
    if split is None:
        return None
    return tuple(s for s in split[1].lower().split("/") if s)


def _taxonomy(path: tuple[str, ...]) -> bool:
    """``path`` is a taxonomy listing's or a date archive's."""
    return not rules.TAXONOMY_SEGMENTS.isdisjoint(path) \
        or (bool(path) and rules.DATE_ARCHIVE.fullmatch("/".join(path)) is not None)


def _above(path: tuple[str, ...] | None, stories: list[tuple[str, ...] | None]) -> bool:
    """The paths of ``rules.MIN_STORIES_BELOW`` of ``stories`` or more go on under ``path``
    (the listing a band's "View all" link leads to)."""
    if path is None:
        return False
    n = len(path)
    below = 0
    for s in stories:
        if s is not None and len(s) > n and s[:n] == path:
            below += 1
            if below >= rules.MIN_STORIES_BELOW:
                return True
    return False
