"""Embed providers recognised by the host of a URL (the data: ``extract/rules/embeds.py``).

Hosts are compared whole: a URL belongs to ``soundcloud.com`` when its host is that
domain or a subdomain of it, never because the text appears somewhere in host and path.
Used by the HTML reader (which iframes are embeds) and the AMP writer (which embeds may
become a sandboxed ``amp-iframe``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from .extract.rules import embeds as rules

__all__ = ["canonical_provider", "host_matches", "provider_of_url", "sandboxed_iframe_ok"]


def _parts(url: str) -> tuple[str, str]:
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        return "", ""
    return host, parts.path or "/"


def host_matches(host: str, domains: tuple[str, ...]) -> bool:
    """``host`` is one of ``domains`` or a subdomain of one."""
    return any(host == d or host.endswith("." + d) for d in domains)


def _fits(url: str, domains: tuple[str, ...], prefixes: tuple[str, ...] | None) -> bool:
    host, path = _parts(url)
    if not host or not host_matches(host, domains):
        return False
    return prefixes is None or path.lower().startswith(prefixes)


def provider_of_url(url: str) -> str | None:
    """The embed provider a URL's host (and path prefix) belongs to, or None."""
    for provider, domains, prefixes in rules.IFRAME_PROVIDERS:
        if _fits(url, domains, prefixes):
            return provider
    for provider, (domains, prefixes) in rules.SANDBOXED_IFRAME_HOSTS.items():
        if _fits(url, domains, prefixes):
            return provider
    return None


def canonical_provider(provider: str | None) -> str | None:
    """A provider name as written in a document, normalised (``google_maps`` -> ``google-maps``)."""
    if not provider:
        return None
    name = provider.strip().lower()
    return rules.PROVIDER_ALIASES.get(name, name)


def sandboxed_iframe_ok(provider: str | None, url: str) -> bool:
    """Whether ``url`` may be shown as a sandboxed iframe (scripts allowed) for
    ``provider``: an https URL on one of that provider's player hosts."""
    spec = rules.SANDBOXED_IFRAME_HOSTS.get(canonical_provider(provider) or "")
    return spec is not None and url.lower().startswith("https:") and _fits(url, *spec)
