"""Which network addresses the fetcher may connect to, and connections pinned to them.

A feed item's link (or a redirect) is chosen by whoever wrote the feed; without a
policy it could make us fetch ``http://127.1/``, ``http://169.254.169.254/`` or a host
whose DNS name points into the local network, and copy the answer into a public feed
(server-side request forgery). So every connection:

1. resolves the host name once (``getaddrinfo`` also reads every numeric IPv4 spelling
   — ``127.1``, ``0x7f000001``, ``2130706433``, ``0177.0.0.1`` — as the address it is);
2. refuses the connection if *any* address is loopback, private, link-local, multicast,
   reserved, unspecified or otherwise not global (IPv6 included, and IPv4 addresses
   embedded in IPv6: mapped, 6to4, Teredo, NAT64);
3. connects to the address it checked, never resolving the name again (DNS rebinding),
   while TLS SNI, certificate checks and the ``Host`` header keep the name.

The check sits in the connection class, so it holds for every hop of a redirect chain
and every retry. :func:`pinned_adapter` gives a ``requests`` adapter doing this.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.util import connection as u3_connection

__all__ = ["AddressPolicy", "AddressRefused", "address_problem", "pinned_adapter"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class AddressRefused(Exception):
    """A connection the policy forbids. Deliberately not an OSError, so neither
    urllib3 nor requests retries or rewraps it: the fetcher reports it as is."""

    def __init__(self, host: str, address: str, why: str):
        super().__init__(f"{host} resolves to {address}, a {why} address")
        self.host, self.address, self.why = host, address, why


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    # Deprecated IPv4-compatible form ::a.b.c.d (not ::, not ::1).
    if int(ip) >> 32 == 0 and int(ip) > 1:
        return ipaddress.IPv4Address(int(ip))
    return None


def address_problem(address: str) -> str | None:
    """Why a connection to ``address`` (an IP literal) is refused, or None when it is a
    global unicast address. ``'loopback'``, ``'private'``, ``'link-local'``, ..."""
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "unparseable"
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_v4(ip)
        if inner is not None:
            why = address_problem(str(inner))
            if why:
                return f"{why} (IPv4 inside IPv6)"
    checks = (
        ("unspecified", ip.is_unspecified), ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local), ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved), ("private", ip.is_private),
        ("site-local", getattr(ip, "is_site_local", False)),
        ("non-global", not ip.is_global),
    )
    return next((name for name, hit in checks if hit), None)


Resolver = Callable[[str, int], list[str]]


def _resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for *_, sockaddr in infos:
        if sockaddr[0] not in seen:
            seen.append(str(sockaddr[0]))
    return seen


class AddressPolicy:
    """What may be connected to: with ``allow_private`` anything; otherwise global
    addresses, plus hosts the user named themselves (:meth:`trust`)."""

    def __init__(self, *, allow_private: bool = False, resolver: Resolver = _resolve):
        self.allow_private = allow_private
        self._resolver = resolver
        self._trusted: set[tuple[str, int]] = set()
        self._lock = threading.Lock()

    def trust(self, host: str, port: int) -> None:
        """Allow ``host:port`` whatever it resolves to (a feed URL the user typed)."""
        with self._lock:
            self._trusted.add((host.lower().strip("[]"), port))

    def is_trusted(self, host: str, port: int) -> bool:
        with self._lock:
            return (host.lower().strip("[]"), port) in self._trusted

    def addresses(self, host: str, port: int) -> list[str]:
        """The addresses to connect to for ``host:port``, all checked; raises
        :class:`AddressRefused` or ``socket.gaierror``."""
        addresses = self._resolver(host.strip("[]"), port)
        if self.allow_private or self.is_trusted(host, port):
            return addresses
        for address in addresses:
            why = address_problem(address)
            if why:
                raise AddressRefused(host, address, why)
        return addresses


def _pinned_conn(conn: HTTPConnection, policy: AddressPolicy) -> socket.socket:
    """urllib3's ``_new_conn`` with the name resolved once, checked, then connected to
    by address (so the checked address is the one used)."""
    host = conn._dns_host  # type: ignore[attr-defined]
    try:
        addresses = policy.addresses(host, conn.port or 80)
    except socket.gaierror as e:
        raise NameResolutionError(conn.host, conn, e) from e
    last: OSError | None = None
    for address in addresses:
        try:
            return u3_connection.create_connection(
                (address, conn.port), conn.timeout,  # type: ignore[arg-type]
                source_address=conn.source_address, socket_options=conn.socket_options)
        except TimeoutError as e:
            raise ConnectTimeoutError(
                conn, f"Connection to {conn.host} timed out. (connect timeout={conn.timeout})"
            ) from e
        except OSError as e:
            last = e
    raise NewConnectionError(conn, f"Failed to establish a new connection: {last}")


class _Clocked:
    """Connections open their socket through the address policy (``_pinned_conn``) and
    report themselves to the request clock of their thread (see ``fetch._RequestClock``),
    which shuts the socket when a deadline passes. Shared by the HTTP and HTTPS classes."""

    _policy: AddressPolicy
    _clocks: threading.local

    def _attach(self) -> None:
        clock = getattr(self._clocks, "clock", None)
        if clock is not None:
            clock.attach(self)

    def _new_conn(self) -> socket.socket:
        return _pinned_conn(self, self._policy)  # type: ignore[arg-type]

    def connect(self) -> None:
        self._attach()
        super().connect()  # type: ignore[misc]

    def request(self, *args: Any, **kwargs: Any) -> None:
        self._attach()
        super().request(*args, **kwargs)  # type: ignore[misc]


def _classes(policy: AddressPolicy, clocks: threading.local) -> dict[str, type]:
    class PinnedHTTPConnection(_Clocked, HTTPConnection):
        _policy = policy
        _clocks = clocks

    class PinnedHTTPSConnection(_Clocked, HTTPSConnection):
        _policy = policy
        _clocks = clocks

    class PinnedHTTPPool(HTTPConnectionPool):
        ConnectionCls = PinnedHTTPConnection

    class PinnedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = PinnedHTTPSConnection

    return {"http": PinnedHTTPPool, "https": PinnedHTTPSPool}


class PinnedAdapter(HTTPAdapter):
    """A requests adapter whose connections obey an :class:`AddressPolicy`."""

    def __init__(self, policy: AddressPolicy, clocks: threading.local, **kwargs: Any):
        self._pools = _classes(policy, clocks)
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(self._pools)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        # A proxy would resolve the name itself, past the policy.
        raise AddressRefused(proxy, "proxy", "proxied (proxies are not used)")


def pin_adapter(adapter: HTTPAdapter, policy: AddressPolicy, clocks: threading.local) -> HTTPAdapter:
    """Make an adapter built elsewhere (the HTTP cache's) connect as the policy allows."""
    adapter.poolmanager.pool_classes_by_scheme = dict(_classes(policy, clocks))
    return adapter


def pinned_adapter(policy: AddressPolicy, clocks: threading.local, *,
                   pool_connections: int = 16, pool_maxsize: int = 10) -> PinnedAdapter:
    """An adapter to mount on ``http://`` and ``https://`` of a session."""
    return PinnedAdapter(policy, clocks, pool_connections=pool_connections,
                         pool_maxsize=pool_maxsize)

