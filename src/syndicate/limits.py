"""Every resource limit in one place, with its default.

Pass a :class:`Limits` to ``parse``/``parse_text``/the feed converter, or
change the defaults for a whole program with ``dataclasses.replace``::

    from syndicate.limits import Limits
    doc = syndicate.parse(raw, limits=Limits(max_input_bytes=200_000_000))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from .errors import InputTooLargeError

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Resource limits. Sizes in bytes, times in seconds."""

    #: Largest page or text accepted by the readers (default 50 MiB).
    max_input_bytes: int = 50 * MB
    #: Deepest element nesting kept as structure; deeper markup is flattened, not lost.
    max_depth: int = 200
    #: Most body blocks kept in one document; the rest is reported, not silently dropped.
    max_blocks: int = 20_000
    #: Longest attribute value kept whole. ``class`` and ``id`` values longer than
    #: ``max_class_chars`` lose repeated tokens first (a class list is a set), then are cut;
    #: other attributes are cut at ``max_attribute_chars``. Keeps pattern matching linear
    #: in the page, whatever one attribute holds.
    max_class_chars: int = 1_000
    max_attribute_chars: int = 65_536
    #: HTTP: seconds to connect, and to wait between bytes of a response.
    fetch_connect_timeout: float = 10.0
    fetch_read_timeout: float = 20.0
    #: HTTP: largest response body read (streamed; larger responses are abandoned).
    max_fetch_bytes: int = 20 * MB
    #: HTTP: redirects followed before giving up.
    max_redirects: int = 5
    #: HTTP: retries on 429/5xx and connection errors, with exponential backoff.
    fetch_retries: int = 2
    fetch_backoff: float = 0.5
    #: HTTP: longest Retry-After (seconds) honoured on 429/503; a longer one ends the fetch.
    fetch_max_retry_after: float = 30.0
    #: HTTP: wall-clock cap on one request from its first byte sent to its last byte
    #: received (headers included), so a server dripping bytes cannot stall a run.
    fetch_total_timeout: float = 60.0
    #: Feed conversion: pages fetched at once in all, and at once from one host.
    fetch_workers: int = 8
    fetch_per_host: int = 4
    #: HTTP: wall-clock cap on a whole run (a feed conversion), counted from the creation
    #: of its Fetcher; items not fetched by then fail with a reason. None: no cap.
    fetch_run_deadline: float | None = None
    #: HTTP: connect to loopback, private, link-local and other non-global addresses too
    #: (tests, intranets). Off by default: a feed's links must not reach the local network.
    allow_private_addresses: bool = False
    #: Feed conversion: most items fetched from one feed; the rest are reported, not fetched.
    max_feed_items: int = 1_000

    def check_size(self, size: int, *, what: str = "input") -> None:
        """Raise InputTooLargeError if ``size`` bytes exceed ``max_input_bytes``."""
        if size > self.max_input_bytes:
            raise InputTooLargeError(
                f"{what} is {size:,} bytes, over the limit of {self.max_input_bytes:,} "
                "(raise Limits.max_input_bytes to accept it)"
            )


DEFAULT_LIMITS = Limits()


def read_capped(fh: BinaryIO, limits: Limits = DEFAULT_LIMITS, what: str = "input") -> bytes:
    """All of ``fh`` (a pipe, stdin), raising InputTooLargeError as soon as it passes
    ``limits.max_input_bytes`` instead of after reading it all. Read in chunks:
    ``read(n)`` would allocate n bytes up front, however small the input."""
    chunks: list[bytes] = []
    total = 0
    while chunk := fh.read(1 << 20):
        chunks.append(chunk)
        total += len(chunk)
        limits.check_size(total, what=what)
    return b"".join(chunks)
