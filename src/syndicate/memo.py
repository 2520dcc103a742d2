"""Caches of pure functions (of class names, hrefs, short texts), shared by every page read
in the process, with a bounded size.

A class name or an href seen on one page is often seen on the next, so the readers keep what
they worked out about each across pages. These caches are unbounded ``functools`` caches
emptied between pages once they pass their limit (:func:`trim_caches`, called after every
:data:`PAGES_PER_TRIM`-th page by :func:`page_read`), not bounded ``lru_cache``\\ s. The
reason is the host program's cycle collector as much as speed: a bounded ``lru_cache`` links every entry into a list the collector walks on
each full collection (tens of milliseconds per collection once a few hundred pages are read,
charged to whichever code of the program sets it off), while an unbounded one is a plain dict,
which the collector stops walking once it holds only strings, numbers and tuples of them. A hit
is cheaper too (no list to reorder).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

#: Every cache made by :func:`memo`, with its limit (weak: a cache of an object that is
#: dropped goes with it).
_CACHES: weakref.WeakKeyDictionary[Any, int] = weakref.WeakKeyDictionary()
#: (pages may be read on several threads at once, and a cache may be made while another
#: thread trims: the registry is read and written under one lock)
_LOCK = threading.Lock()


def memo(limit: int) -> Callable[[F], F]:
    """Cache ``fn`` for every page read, emptied by :func:`trim_caches` once it holds more
    than ``limit`` results. ``fn`` must be pure: the same arguments, the same result."""
    if limit < 1:
        raise ValueError(f"a cache limit is a positive number of results, not {limit!r}")

    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=None)(fn)
        with _LOCK:
            _CACHES[cached] = limit
        return cached  # type: ignore[return-value]

    return wrap


#: Pages read between two trims. A trim asks each of the ~100 caches its size (~80 µs, 0.4% of
#: reading a page), so it runs every few pages: a cache grows at most this many pages past its limit.
PAGES_PER_TRIM = 8
_pages_read = 0


def page_read() -> None:
    """Count a page (or text) read; every :data:`PAGES_PER_TRIM`-th one, :func:`trim_caches`."""
    global _pages_read
    with _LOCK:
        _pages_read += 1
        due = _pages_read % PAGES_PER_TRIM == 0
    if due:
        trim_caches()


def trim_caches() -> None:
    """Empty every cache past its limit (:func:`page_read` calls it every few pages: memory
    stays bounded whatever the number of pages)."""
    with _LOCK:
        caches = list(_CACHES.items())
    for cached, limit in caches:
        if cached.cache_info().currsize > limit:
            cached.cache_clear()
