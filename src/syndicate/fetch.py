"""HTTP fetching for the CLI and feed conversion: one requests Session, strict limits.

- only ``http``/``https``, checked again on every redirect hop (redirects are followed
  here, not by requests, so loops and scheme changes are seen and counted);
- connect/read timeouts plus a wall-clock cap per response (``Limits.fetch_*``);
- retries with exponential backoff on 429/5xx and connection failures, honouring
  ``Retry-After`` up to ``Limits.fetch_max_retry_after``;
- the body is streamed and abandoned past ``Limits.max_fetch_bytes`` (a 100 MB page is
  never held in memory), ``Content-Length`` is checked before reading;
- the content type must fit what is asked for (HTML for pages, XML for feeds);
- an honest User-Agent; a per-host concurrency limit for pools of workers.

Every failure is a :class:`syndicate.FetchError` whose ``reason`` says what went wrong.
"""

from __future__ import annotations

import email.utils
import random
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Literal
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter

from .errors import FetchError
from .limits import DEFAULT_LIMITS, Limits

__all__ = ["FetchedPage", "Fetcher", "fetch_feed", "fetch_page", "USER_AGENT"]


def _version() -> str:
    from . import __version__

    return __version__


USER_AGENT = (
    f"syndicate/{_version()} (+news article and feed converter; "
    f"python-requests/{requests.__version__})"
)

Kind = Literal["page", "feed"]

#: Content types accepted for each kind of fetch (``None``: no Content-Type header).
ACCEPT_HEADER = {
    "page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/rdf+xml,"
            "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
}
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Feeds are often served with generic types; HTML is the one thing a feed is not.
_FEED_TYPES = frozenset({"text/plain", "application/octet-stream"})
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


@dataclass
class FetchedPage:
    """A fetched response: final ``url`` (after redirects), body bytes, type and charset."""

    url: str
    content: bytes
    content_type: str | None
    encoding: str | None
    status: int = 200
    #: The body came from the HTTP cache (fresh, or revalidated with a 304).
    from_cache: bool = False


def _type_ok(kind: Kind, content_type: str | None) -> bool:
    if content_type is None:
        return True  # no header: the reader sniffs the bytes
    if kind == "page":
        return content_type in _PAGE_TYPES
    return (
        content_type.endswith(("/xml", "+xml")) or content_type in _FEED_TYPES
    )


def _split_type(header: str | None) -> tuple[str | None, str | None]:
    """``text/html; charset=UTF-8`` -> (``text/html``, ``utf-8``)."""
    if not header:
        return None, None
    parts = header.split(";")
    ctype = parts[0].strip().lower() or None
    charset = None
    for param in parts[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower() or None
    return ctype, charset


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _check_scheme(url: str, original: str, *, redirected: bool) -> None:
    try:
        parts = urlsplit(url)
    except ValueError:
        raise FetchError(original, f"invalid URL {url!r}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        where = "redirected to an unsupported URL scheme" if redirected else "unsupported URL scheme"
        raise FetchError(original, f"{where} {scheme or 'none'!r} (only http and https are fetched)")
    if not parts.hostname:
        raise FetchError(original, f"invalid URL {url!r}: no host")


class _HostSlots:
    """A semaphore per host, so one site is not hit by every worker at once."""

    def __init__(self, per_host: int):
        self.per_host = max(1, per_host)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}

    def __call__(self, url: str) -> threading.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            slot = self._slots.get(host)
            if slot is None:
                slot = self._slots[host] = threading.BoundedSemaphore(self.per_host)
            return slot


class Fetcher:
    """One requests Session shared by every fetch, with the limits of a :class:`Limits`.

    Safe to use from several threads; ``per_host`` bounds the requests in flight to one
    host across all of them (default ``limits.fetch_per_host``).
    """

    def __init__(
        self,
        limits: Limits = DEFAULT_LIMITS,
        *,
        session: requests.Session | None = None,
        per_host: int | None = None,
        user_agent: str = USER_AGENT,
        sleep: Callable[[float], None] = time.sleep,
        cache_dir: str | None = None,
    ):
        self.limits = limits
        if session is None:
            session = requests.Session()
            # One pooled connection per worker, so a busy pool does not reconnect each time.
            adapter = HTTPAdapter(
                pool_connections=16, pool_maxsize=max(10, limits.fetch_workers))
            session.mount("http://", adapter)
            session.mount("https://", adapter)
        if cache_dir is not None:  # the one hook of the HTTP cache (httpcache.py)
            from .httpcache import install_cache

            install_cache(session, cache_dir, pool_maxsize=max(10, limits.fetch_workers))
        self.session = session
        self.user_agent = user_agent
        self._slots = _HostSlots(per_host or limits.fetch_per_host)
        self._sleep = sleep

    def close(self) -> None:
        """Close the session's connections."""
        self.session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ public

    def fetch(self, url: str, *, kind: Kind = "page") -> FetchedPage:
        """GET ``url`` following redirects; raise FetchError with a reason on any failure."""
        if not isinstance(url, str) or not url.strip():
            raise FetchError(str(url), "empty URL")
        url = url.strip()
        _check_scheme(url, url, redirected=False)
        with self._slots(url):  # held for the whole fetch, body included
            return self._follow(url, kind)

    # ------------------------------------------------------------------ internals

    def _follow(self, url: str, kind: Kind) -> FetchedPage:
        seen = [url]
        current = url
        while True:
            response = self._request(url, current, kind)
            if response.status_code in REDIRECT_STATUS and response.headers.get("Location"):
                response.close()
                target = urljoin(current, response.headers["Location"].strip())
                _check_scheme(target, url, redirected=True)
                if target in seen:
                    chain = " -> ".join([*seen[seen.index(target):], target])
                    raise FetchError(url, f"redirect loop ({chain})")
                if len(seen) > self.limits.max_redirects:
                    raise FetchError(
                        url, f"too many redirects (more than {self.limits.max_redirects})")
                seen.append(target)
                current = target
                continue
            return self._read(url, current, response, kind)

    def _timeouts(self) -> tuple[float, float]:
        return (self.limits.fetch_connect_timeout, self.limits.fetch_read_timeout)

    def _request(self, original: str, url: str, kind: Kind) -> requests.Response:
        """One GET with retries; returns a streamed response that is not an error status."""
        attempts = self.limits.fetch_retries + 1
        last = ""
        for attempt in range(attempts):
            wait = self.limits.fetch_backoff * (2 ** attempt) * (1 + random.random() / 4)
            try:
                response = self.session.get(
                    url, stream=True, allow_redirects=False, timeout=self._timeouts(),
                    headers={"Accept": ACCEPT_HEADER[kind], "User-Agent": self.user_agent},
                )
            except requests.exceptions.ConnectTimeout:
                last = (f"connection timed out after {self.limits.fetch_connect_timeout:g} s")
            except requests.exceptions.ReadTimeout:
                # A server that is slow once is slow again: no retry.
                raise FetchError(original, (
                    f"timed out: no response within {self.limits.fetch_read_timeout:g} s")
                ) from None
            except requests.exceptions.SSLError as exc:
                raise FetchError(original, f"TLS error: {_short(exc)}") from None
            except requests.exceptions.ConnectionError as exc:
                if _name_not_found(exc):  # DNS says no: asking again will not change that
                    raise FetchError(original, _dns_reason(url)) from None
                last = f"could not connect: {_short(exc)}"
            except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                    requests.exceptions.InvalidSchema, ValueError) as exc:
                raise FetchError(original, f"invalid URL: {_short(exc)}") from None
            except requests.exceptions.RequestException as exc:
                raise FetchError(original, f"request failed: {_short(exc)}") from None
            else:
                status = response.status_code
                if status not in RETRY_STATUS:
                    if status >= 400:
                        response.close()
                        raise FetchError(original, f"HTTP {status} {response.reason or ''}".strip())
                    return response
                response.close()
                last = f"HTTP {status} {response.reason or ''}".strip()
                retry_after = _retry_after(response.headers.get("Retry-After"))
                if retry_after is not None:
                    if retry_after > self.limits.fetch_max_retry_after:
                        raise FetchError(original, (
                            f"{last}; Retry-After {retry_after:g} s is over the "
                            f"{self.limits.fetch_max_retry_after:g} s limit"))
                    wait = retry_after
            if attempt + 1 < attempts:
                self._sleep(wait)
        plural = "s" if attempts > 1 else ""
        raise FetchError(original, f"{last} (after {attempts} attempt{plural})")

    def _read(self, original: str, url: str, response: requests.Response,
              kind: Kind) -> FetchedPage:
        """Check type and size, then stream the body up to the size cap."""
        limit = self.limits.max_fetch_bytes
        ctype, charset = _split_type(response.headers.get("Content-Type"))
        if not _type_ok(kind, ctype):
            response.close()
            wanted = "an HTML page" if kind == "page" else "an RSS/Atom feed (XML)"
            raise FetchError(original, f"unexpected content type {ctype!r} (expected {wanted})")
        declared = response.headers.get("Content-Length", "").strip()
        if declared.isdigit() and int(declared) > limit:
            response.close()
            raise FetchError(original, (
                f"response too large: Content-Length {int(declared):,} bytes is over "
                f"the limit of {limit:,} (Limits.max_fetch_bytes)"))
        too_slow = f"timed out: body not complete within {self.limits.fetch_total_timeout:g} s"
        chunks: list[bytes] = []
        size = 0
        # A server dripping a byte at a time never trips the read timeout: a watchdog
        # shuts the socket down when the whole body takes too long.
        watchdog = _Watchdog(response, self.limits.fetch_total_timeout)
        try:
            for chunk in response.iter_content(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise FetchError(original, (
                        f"response too large: over the limit of {limit:,} bytes "
                        "(Limits.max_fetch_bytes); download abandoned"))
                chunks.append(chunk)
        except requests.exceptions.RequestException as exc:
            if watchdog.fired:
                raise FetchError(original, too_slow) from None
            if "Read timed out" in str(exc):
                raise FetchError(original, (
                    f"timed out: body stalled for {self.limits.fetch_read_timeout:g} s")) from None
            if isinstance(exc, requests.exceptions.ConnectionError):
                raise FetchError(original, f"connection broken while reading: {_short(exc)}") from None
            raise FetchError(original, f"reading the response failed: {_short(exc)}") from None
        finally:
            watchdog.cancel()
            response.close()
        if watchdog.fired:  # the shut socket looked like the end of the body
            raise FetchError(original, too_slow)
        return FetchedPage(url=url, content=b"".join(chunks), content_type=ctype,
                           encoding=charset, status=response.status_code,
                           from_cache=bool(getattr(response, "from_cache", False)))


class _Watchdog:
    """Shuts a response's socket down after ``seconds``, waking a blocked read."""

    def __init__(self, response: requests.Response, seconds: float):
        self.fired = False
        self._response = response
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        self.fired = True
        sock = _socket_of(self._response)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cancel(self) -> None:
        self._timer.cancel()


def _socket_of(response: requests.Response) -> socket.socket | None:
    """The socket under a streamed requests response (urllib3 1.x and 2.x layouts)."""
    raw = getattr(response, "raw", None)
    candidates = [
        getattr(getattr(raw, "_connection", None), "sock", None),
        getattr(getattr(getattr(getattr(raw, "_fp", None), "fp", None), "raw", None), "_sock", None),
    ]
    return next((c for c in candidates if isinstance(c, socket.socket)), None)


def _name_not_found(exc: BaseException) -> bool:
    """Whether a connection error is a failed DNS lookup (urllib3's NameResolutionError,
    or the socket.gaierror under it)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, socket.gaierror) or type(e).__name__ == "NameResolutionError":
            return True
        todo += [e.__cause__, e.__context__, getattr(e, "reason", None),
                 *(a for a in e.args if isinstance(a, BaseException))]
    return False


def _dns_reason(url: str) -> str:
    host = urlsplit(url).hostname or url
    return f"could not connect: host name {host!r} not found (DNS)"


def _short(exc: BaseException) -> str:
    """The innermost useful message of a requests/urllib3 exception chain."""
    text = str(exc)
    for marker in ("Caused by ", "Failed to establish a new connection: "):
        if marker in text:
            text = text.split(marker, 1)[1]
    return text.strip("()'\" ")[:200] or type(exc).__name__


_default: Fetcher | None = None
_default_lock = threading.Lock()


def _fetcher(limits: Limits, session: requests.Session | None) -> Fetcher:
    global _default
    if session is not None or limits is not DEFAULT_LIMITS:
        return Fetcher(limits, session=session)
    with _default_lock:  # one shared Session for the default limits
        if _default is None:
            _default = Fetcher(DEFAULT_LIMITS)
        return _default


def fetch_page(url: str, *, limits: Limits = DEFAULT_LIMITS,
               session: requests.Session | None = None) -> FetchedPage:
    """Fetch an HTML page; raise :class:`syndicate.FetchError` (``url``, ``reason``) on failure."""
    return _fetcher(limits, session).fetch(url, kind="page")


def fetch_feed(url: str, *, limits: Limits = DEFAULT_LIMITS,
               session: requests.Session | None = None) -> FetchedPage:
    """Fetch an RSS/Atom feed; raise :class:`syndicate.FetchError` on failure."""
    return _fetcher(limits, session).fetch(url, kind="feed")
