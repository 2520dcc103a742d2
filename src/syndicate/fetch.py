"""HTTP fetching for the CLI and feed conversion: one requests Session, strict limits.

- only ``http``/``https``, checked again on every redirect hop (redirects are followed
  here, not by requests, so loops and scheme changes are seen and counted);
- only global addresses (``netpolicy.py``): every connection resolves the host once,
  refuses loopback/private/link-local/... addresses and connects to the address it
  checked; ``Limits.allow_private_addresses`` lifts this, :meth:`Fetcher.fetch`
  ``trusted=True`` lifts it for the host of a URL the user typed; no proxies;
- connect/read timeouts plus a wall-clock cap per request from its first byte sent,
  response headers included (``Limits.fetch_total_timeout``), and one for the whole run
  (``Limits.fetch_run_deadline``, counted from the Fetcher's creation);
- retries with exponential backoff on 429/5xx and connection failures, honouring
  ``Retry-After`` up to ``Limits.fetch_max_retry_after``, never sleeping past the run
  deadline;
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

from .errors import FetchError
from .extract.encoding import BOMS, whatwg_codec
from .limits import DEFAULT_LIMITS, Limits
from .netpolicy import AddressPolicy, AddressRefused, pin_adapter, pinned_adapter

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
    """``text/html; charset=UTF-8`` -> (``text/html``, ``utf-8``). The charset is mapped
    the way browsers map labels (``latin-1`` is cp1252; ``utf-7`` is no charset)."""
    if not header:
        return None, None
    parts = header.split(";")
    ctype = parts[0].strip().lower() or None
    charset = None
    for param in parts[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = whatwg_codec(value.strip().strip("\"'"))
    return ctype, charset


def _bom_charset(content: bytes, declared: str | None) -> str | None:
    """A byte-order mark outranks the header's charset, as in browsers."""
    for bom, name in BOMS:
        if content.startswith(bom):
            return name
    return declared


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
    try:
        parts.port  # noqa: B018 (a port past 65535 or not a number raises here)
    except ValueError:
        raise FetchError(original, f"invalid URL {url!r}: bad port") from None


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
    host across all of them (default ``limits.fetch_per_host``). A ``session`` given here
    gets the address-checking adapter mounted for http and https, and ignores proxies
    from the environment: no session fetches past the address policy.
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
        self.policy = AddressPolicy(allow_private=limits.allow_private_addresses)
        self._clocks = threading.local()  # the request clock of each worker thread
        session = session or requests.Session()
        # Proxies and .netrc from the environment: a proxy would resolve names past the policy.
        session.trust_env = False
        # One pooled connection per worker, so a busy pool does not reconnect each time.
        pool_maxsize = max(10, limits.fetch_workers)
        if cache_dir is not None:  # the one hook of the HTTP cache (httpcache.py)
            from .httpcache import install_cache

            # The caching adapter connects through the same address policy.
            pin_adapter(install_cache(session, cache_dir, pool_maxsize=pool_maxsize),
                        self.policy, self._clocks)
        else:
            adapter = pinned_adapter(self.policy, self._clocks, pool_connections=16,
                                     pool_maxsize=pool_maxsize)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
        self.session = session
        self._run_end = (time.monotonic() + limits.fetch_run_deadline
                         if limits.fetch_run_deadline is not None else None)
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

    def fetch(self, url: str, *, kind: Kind = "page", trusted: bool = False) -> FetchedPage:
        """GET ``url`` following redirects; raise FetchError with a reason on any failure.

        ``trusted``: the URL is the user's own choice (a feed URL typed on the command
        line), so its host may be a private address; redirects elsewhere are still checked.
        """
        if not isinstance(url, str) or not url.strip():
            raise FetchError(str(url), "empty URL")
        url = url.strip()
        _check_scheme(url, url, redirected=False)
        if trusted:
            parts = urlsplit(url)
            self.policy.trust(parts.hostname or "", parts.port or _PORTS[parts.scheme.lower()])
        self._check_run_deadline(url)
        slot = self._slots(url)
        # Waiting for a per-host slot counts against the run deadline too.
        if not slot.acquire(timeout=self._remaining() if self._run_end is not None else None):
            raise FetchError(url, self._deadline_reason())
        try:  # the slot is held for the whole fetch, body included
            return self._follow(url, kind)
        finally:
            slot.release()

    def time_left(self) -> float | None:
        """Seconds before the run deadline (None: no run deadline)."""
        return None if self._run_end is None else self._remaining()

    # ------------------------------------------------------------------ internals

    def _remaining(self) -> float:
        return max(0.0, (self._run_end or 0.0) - time.monotonic())

    def _deadline_reason(self) -> str:
        return (f"not fetched: the run deadline of {self.limits.fetch_run_deadline:g} s "
                "passed (Limits.fetch_run_deadline, --deadline)")

    def _check_run_deadline(self, url: str) -> None:
        if self._run_end is not None and time.monotonic() >= self._run_end:
            raise FetchError(url, self._deadline_reason())

    def _clock_seconds(self) -> float:
        """This request's wall-clock budget: the total timeout, cut by the run deadline."""
        total = self.limits.fetch_total_timeout
        return total if self._run_end is None else min(total, self._remaining())

    def _follow(self, url: str, kind: Kind) -> FetchedPage:
        seen = [url]
        current = url
        while True:
            response, clock = self._request(url, current, kind)
            if response.status_code in REDIRECT_STATUS and response.headers.get("Location"):
                clock.cancel()
                response.close()
                try:
                    target = urljoin(current, response.headers["Location"].strip())
                except ValueError:
                    raise FetchError(url, "redirected to an invalid URL "
                                          f"{response.headers['Location'][:200]!r}") from None
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
            return self._read(url, current, response, kind, clock)

    def _timeouts(self) -> tuple[float, float]:
        return (self.limits.fetch_connect_timeout, self.limits.fetch_read_timeout)

    def _request(self, original: str, url: str,
                 kind: Kind) -> tuple[requests.Response, _RequestClock]:
        """One GET with retries: a streamed response that is not an error status, and the
        clock of its request (still running: the body is read under it)."""
        attempts = self.limits.fetch_retries + 1
        last = ""
        for attempt in range(attempts):
            self._check_run_deadline(original)
            wait = self.limits.fetch_backoff * (2 ** attempt) * (1 + random.random() / 4)
            seconds = self._clock_seconds()
            clock = _RequestClock(seconds, None if seconds >= self.limits.fetch_total_timeout
                                  else self._deadline_reason().replace("not fetched", "stopped"))
            self._clocks.clock = clock
            try:
                response = self.session.get(
                    url, stream=True, allow_redirects=False, timeout=self._timeouts(),
                    headers={"Accept": ACCEPT_HEADER[kind], "User-Agent": self.user_agent},
                )
            except AddressRefused as exc:
                clock.cancel()
                raise FetchError(original, (
                    f"refused: {exc} (private and local addresses are not fetched; "
                    "Limits.allow_private_addresses, --allow-private)")) from None
            except ValueError as exc:  # a URL requests cannot even parse
                clock.cancel()
                raise FetchError(original, f"invalid URL: {_short(exc)}") from None
            except requests.exceptions.RequestException as exc:
                clock.cancel()
                if clock.fired:  # the clock shut the socket: no retry, time is up
                    raise FetchError(original, clock.reason()) from None
                last = self._failure(original, url, exc)
            else:
                status = response.status_code
                if status not in RETRY_STATUS:
                    if status >= 400:
                        clock.cancel()
                        response.close()
                        raise FetchError(original, f"HTTP {status} {response.reason or ''}".strip())
                    return response, clock
                clock.cancel()
                response.close()
                last = f"HTTP {status} {response.reason or ''}".strip()
                retry_after = _retry_after(response.headers.get("Retry-After"))
                if retry_after is not None:
                    if retry_after > self.limits.fetch_max_retry_after:
                        raise FetchError(original, (
                            f"{last}; Retry-After {retry_after:g} s is over the "
                            f"{self.limits.fetch_max_retry_after:g} s limit"))
                    wait = retry_after
            finally:
                self._clocks.clock = None
            if attempt + 1 < attempts:
                if self._run_end is not None and wait >= self._remaining():
                    raise FetchError(original, (
                        f"{last}; a retry in {wait:g} s would pass the run deadline of "
                        f"{self.limits.fetch_run_deadline:g} s (Limits.fetch_run_deadline)"))
                self._sleep(wait)
        plural = "s" if attempts > 1 else ""
        raise FetchError(original, f"{last} (after {attempts} attempt{plural})")

    def _failure(self, original: str, url: str, exc: requests.exceptions.RequestException) -> str:
        """The reason of a failed attempt that may be retried; raise for the others."""
        if isinstance(exc, requests.exceptions.ConnectTimeout):
            return f"connection timed out after {self.limits.fetch_connect_timeout:g} s"
        if isinstance(exc, requests.exceptions.ReadTimeout):
            # A server that is slow once is slow again: no retry.
            raise FetchError(original, (
                f"timed out: no response within {self.limits.fetch_read_timeout:g} s")) from None
        if isinstance(exc, requests.exceptions.SSLError):
            raise FetchError(original, f"TLS error: {_short(exc)}") from None
        if isinstance(exc, requests.exceptions.ConnectionError):
            if _name_not_found(exc):  # DNS says no: asking again will not change that
                raise FetchError(original, _dns_reason(url)) from None
            return f"could not connect: {_short(exc)}"
        if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                            requests.exceptions.InvalidSchema)):
            raise FetchError(original, f"invalid URL: {_short(exc)}") from None
        raise FetchError(original, f"request failed: {_short(exc)}") from None

    def _read(self, original: str, url: str, response: requests.Response,
              kind: Kind, clock: _RequestClock) -> FetchedPage:
        """Check type and size, then stream the body up to the size cap, under the
        request's clock (started before the request was sent)."""
        limit = self.limits.max_fetch_bytes
        ctype, charset = _split_type(response.headers.get("Content-Type"))
        try:
            if not _type_ok(kind, ctype):
                wanted = "an HTML page" if kind == "page" else "an RSS/Atom feed (XML)"
                raise FetchError(original, f"unexpected content type {ctype!r} (expected {wanted})")
            declared = response.headers.get("Content-Length", "").strip()
            if declared.isdigit() and int(declared) > limit:
                raise FetchError(original, (
                    f"response too large: Content-Length {int(declared):,} bytes is over "
                    f"the limit of {limit:,} (Limits.max_fetch_bytes)"))
            chunks: list[bytes] = []
            size = 0
            # A server dripping a byte at a time never trips the read timeout: the clock
            # shuts the socket down when the whole request takes too long.
            clock.attach_response(response)
            try:
                for chunk in response.iter_content(_CHUNK):
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(original, (
                            f"response too large: over the limit of {limit:,} bytes "
                            "(Limits.max_fetch_bytes); download abandoned"))
                    chunks.append(chunk)
            except requests.exceptions.RequestException as exc:
                if clock.fired:
                    raise FetchError(original, clock.reason()) from None
                if "Read timed out" in str(exc):
                    raise FetchError(original, (
                        f"timed out: body stalled for {self.limits.fetch_read_timeout:g} s")) from None
                if isinstance(exc, requests.exceptions.ConnectionError):
                    raise FetchError(original, f"connection broken while reading: {_short(exc)}") from None
                raise FetchError(original, f"reading the response failed: {_short(exc)}") from None
        finally:
            clock.cancel()
            response.close()
        if clock.fired:  # the shut socket looked like the end of the body
            raise FetchError(original, clock.reason())
        content = b"".join(chunks)
        return FetchedPage(url=url, content=content, content_type=ctype,
                           encoding=_bom_charset(content, charset), status=response.status_code,
                           from_cache=bool(getattr(response, "from_cache", False)))


_PORTS = {"http": 80, "https": 443}


class _RequestClock:
    """The wall-clock budget of one request, from before its first byte is sent to the
    end of its body: when it runs out, the socket is shut down, waking a blocked read
    (of headers or body) however slowly the server drips bytes."""

    def __init__(self, seconds: float, reason: str | None = None):
        self.seconds = seconds
        self._reason = reason  # when the run deadline, not the request's own, cut it short
        self.fired = False
        self._lock = threading.Lock()
        self._conn: object | None = None
        self._response: requests.Response | None = None
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def reason(self) -> str:
        return self._reason or f"timed out: response not complete within {self.seconds:g} s"

    def attach(self, conn: object) -> None:
        """Called by the pinned connection (``netpolicy``) as it connects or sends."""
        with self._lock:
            self._conn = conn
            fired = self.fired
        if fired:
            self._shut()

    def attach_response(self, response: requests.Response) -> None:
        with self._lock:
            self._response = response
            fired = self.fired
        if fired:
            self._shut()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
        self._shut()

    def _shut(self) -> None:
        socks = [getattr(self._conn, "sock", None)]
        if self._response is not None:
            socks.append(_socket_of(self._response))
        for sock in socks:
            if isinstance(sock, socket.socket):
                try:  # the plain socket's shutdown, also under TLS: wakes the reader
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
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
               session: requests.Session | None = None, trusted: bool = False) -> FetchedPage:
    """Fetch an HTML page; raise :class:`syndicate.FetchError` (``url``, ``reason``) on failure.

    Private and local addresses are refused unless ``limits.allow_private_addresses``,
    or ``trusted`` (the URL's host is the user's own choice, e.g. typed on a command line).
    """
    if trusted:  # a Fetcher of its own: trust must not leak into the shared one
        with Fetcher(limits, session=session) as fetcher:
            return fetcher.fetch(url, kind="page", trusted=True)
    return _fetcher(limits, session).fetch(url, kind="page")


def fetch_feed(url: str, *, limits: Limits = DEFAULT_LIMITS,
               session: requests.Session | None = None, trusted: bool = False) -> FetchedPage:
    """Fetch an RSS/Atom feed; raise :class:`syndicate.FetchError` on failure (addresses
    as in :func:`fetch_page`)."""
    if trusted:  # a Fetcher of its own: trust must not leak into the shared one
        with Fetcher(limits, session=session) as fetcher:
            return fetcher.fetch(url, kind="feed", trusted=True)
    return _fetcher(limits, session).fetch(url, kind="feed")
