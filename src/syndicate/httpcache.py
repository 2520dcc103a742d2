"""An HTTP cache on a requests session, for incremental feed runs (CacheControl).

:func:`install_cache` mounts a ``CacheControlAdapter`` backed by a folder on disk:
responses with an ``ETag`` are stored, responses still fresh by ``Cache-Control``/
``Expires`` are served without a request, and stale ones are revalidated with
``If-None-Match``/``If-Modified-Since`` so an unchanged page costs a 304 and no body.
Responses that only carry ``Last-Modified`` are kept too and revalidated with
``If-Modified-Since`` (CacheControl alone would fetch them whole every time). The response's ``from_cache`` says whether the body came
from the cache.

CacheControl (rather than requests-cache) because it installs on an existing
session as a transport adapter and leaves the fetcher's own redirect, retry,
streaming and size-cap logic as it is.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import requests

from .errors import InputError

__all__ = ["install_cache", "from_cache"]


#: Marks the stand-in validator of a response that only had ``Last-Modified``.
_LM_TAG = 'W/"syndicate-last-modified:'


class _KeepValidated:
    """Keep ``Last-Modified``-only responses, so the next request asks
    ``If-Modified-Since`` instead of fetching the whole page again.

    CacheControl keeps (and revalidates) only responses with an ETag; such a response
    gets a stand-in ETag here, which :class:`_Controller` never sends."""

    def apply(self, response: Any) -> Any:
        headers = response.headers
        if "last-modified" in headers and "etag" not in headers:
            headers["etag"] = f'{_LM_TAG}{headers["last-modified"]}"'
        return response

    def warning(self, response: Any) -> None:  # pragma: no cover - CacheControl API
        return None


def _controller_class() -> type:
    from cachecontrol.controller import CacheController

    class _Controller(CacheController):
        """Conditional headers without the stand-in ETag: only real validators are sent."""

        def conditional_headers(self, request: Any) -> dict[str, str]:
            headers: dict[str, str] = super().conditional_headers(request)
            if headers.get("If-None-Match", "").startswith(_LM_TAG):
                del headers["If-None-Match"]
            return headers

    return _Controller


def install_cache(session: requests.Session, cache_dir: str | os.PathLike[str], *,
                  pool_maxsize: int = 10) -> None:
    """Mount a disk cache in ``cache_dir`` (created if missing) on ``session`` for
    http and https. Raises InputError when the folder cannot be used."""
    try:
        from cachecontrol import CacheControlAdapter
        from cachecontrol.caches.file_cache import FileCache
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise InputError(f"the HTTP cache needs the cachecontrol package: {exc}") from None
    folder = Path(cache_dir) / "http"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot use cache folder {cache_dir}: {exc.strerror or exc}") from None
    adapter = CacheControlAdapter(
        cache=FileCache(str(folder)), heuristic=_KeepValidated(),
        controller_class=_controller_class(), pool_connections=16, pool_maxsize=pool_maxsize)
    session.mount("http://", adapter)
    session.mount("https://", adapter)


def from_cache(response: requests.Response) -> bool:
    """Whether the cache answered (fresh, or revalidated by a 304)."""
    return bool(getattr(response, "from_cache", False))
