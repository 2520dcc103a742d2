"""Guards against related blocks that are some other kind of link block.

The related-content steps find blocks of story links by structure; some link blocks look
alike and are no story list. Each guard here names one such kind, decided by where the
block's links point and where the block stands, its vocabulary (``rules/related_guards.py``)
only adding evidence:

* ``self_links``: every link stays on the page (in-page anchors of a carousel or a table of
  contents, the page's own permalink on a thread title or a date);
* ``files``: every link opens a file (the pictures of a gallery or a lightbox, downloads),
  or the block is pictures without titles that all link one page (a photo gallery).

Run once per page on the blocks found (``readers/html.py``), a
handful per page.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from lxml import etree

from ..model import Related
from ..sanitize import safe_url
from .chrome import Found
from .rules import related_guards as rules

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_NO_PAGE = ("#", "javascript:")


def without_false_related(
    found: list[Found], base: str | None, page_urls: Iterable[str | None],
    body: list[etree._Element], order: dict[etree._Element, int],
) -> list[Found]:
    """``found`` less the related blocks a guard names some other kind of link block.
    ``page_urls``: the page's own addresses (its URL, its canonical URL); ``body``: the
    elements of the body blocks, ``order``: document order of the page's elements."""
    if not any(type(f.item) is Related for f in found):
        return found
    own = frozenset(k for k in (_page_key(u) for u in (*page_urls, base) if u) if k)
    ends = (body[0], body[-1]) if body else ()
    return [f for f in found if type(f.item) is not Related or f.item.sponsored or f.item.provider is not None
            or not guard(f.element, f.item, base, own, None, order, ends)]


def guard(el: etree._Element, item: Related, base: str | None, own: frozenset[str],
          first: float | None = None, order: dict[etree._Element, int] | None = None,
          body: tuple[etree._Element, ...] = ()) -> str | None:
    """The name of the guard that says ``el`` (found as ``item``) is no related block, or
    None. ``own``: keys (``_page_key``) of the page's own addresses; ``first``: document
    position of the first body block; ``body``: the first and last body block's elements."""
    links = [(a, a.get("href", "").strip()) for a in el.iter("a") if a.get("href") is not None]
    targets = [(a, _target(h, base)) for a, h in links]
    pages = [(a, t) for a, t in targets if t is not None and t[0] not in own]
    if links and not pages:
        return "self_links"
    if not pages:
        return None
    if all(t[1] for _, t in pages) or _picture_gallery(item, pages):
        return "files"
    return None


# ---------------------------------------------------------------- links


@lru_cache(maxsize=4096)
def _target(href: str, base: str | None) -> tuple[str, bool, tuple[str, ...]] | None:
    """(page key, a file?, path segments) of a link; None for an in-page or script link."""
    if not href or href.startswith(_NO_PAGE):
        return None
    url = safe_url(href, base) or href  # (a path without a base, a mailto: link: a page elsewhere)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    key = _key(parts.netloc, parts.path, parts.query)
    segments = tuple(s for s in unquote(parts.path).lower().split("/") if s)
    last = segments[-1] if segments else ""
    dot = last.rfind(".")
    return key, dot > 0 and last[dot + 1:] in rules.FILE_EXTENSIONS, segments


@lru_cache(maxsize=1024)
def _page_key(url: str) -> str | None:
    """A page's address without scheme, ``www.``, fragment and trailing slash."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return _key(parts.netloc, parts.path, parts.query)


def _key(netloc: str, path: str, query: str) -> str:
    host = netloc.lower()
    host = host[4:] if host.startswith("www.") else host
    return f"{host}{path.rstrip('/')}{'?' + query if query else ''}"


def _path_of(key: str) -> str:
    return key.split("?", 1)[0]






# ---------------------------------------------------------------- the guards


def _picture_gallery(item: Related, pages: list) -> bool:
    """Pictures without titles that all link one page, one query each (a gallery's viewer,
    a "View all" link beside them at most): no story list."""
    pictures = sum(1 for i in item.items if i.image and not i.title)
    if pictures < 2 or len(item.items) - pictures > 1:
        return False
    return len({_path_of(t[0]) for _, t in pages}) == 1














# ---------------------------------------------------------------- helpers



