"""Reading ftr-site-config files: ``directive: value`` lines, ``#`` comments.

``replace_string(FIND): REPLACE`` is the inline form of a ``find_string``/
``replace_string`` pair. Parameterised directives (``http_header(user-agent): ...``)
keep their parameter. A file for ``.example.com`` applies to every subdomain. A
directive the format does not know is ignored with one warning per name.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError
from . import rules as R

log = logging.getLogger("syndicate")

__all__ = ["KNOWN_DIRECTIVES", "SiteConfig", "SiteRules", "load_site_rules",
           "parse_site_config"]

KNOWN_DIRECTIVES = R.KNOWN_DIRECTIVES
_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\((.*)\))?\s*:\s?(.*)$")
_warned: set[str] = set()
_warn_lock = threading.Lock()
#: The largest rule file read (the real ones are a few kB).
MAX_FILE_BYTES = 1024 * 1024


@dataclass
class SiteConfig:
    """The rules of one site. Lists keep file order; ``replacements`` are (find, replace)."""

    name: str = ""
    title: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    author: list[str] = field(default_factory=list)
    date: list[str] = field(default_factory=list)
    strip: list[str] = field(default_factory=list)
    strip_id_or_class: list[str] = field(default_factory=list)
    strip_image_src: list[str] = field(default_factory=list)
    next_page_link: list[str] = field(default_factory=list)
    single_page_link: list[str] = field(default_factory=list)
    replacements: list[tuple[str, str]] = field(default_factory=list)
    test_url: list[str] = field(default_factory=list)
    #: syndicate's extensions: elements the site marks as an ad slot, a related block or a
    #: call to action (``cta(newsletter): XPATH``; the kind defaults to ``other``).
    ad: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    cta: list[tuple[str, str]] = field(default_factory=list)
    flags: dict[str, bool] = field(default_factory=dict)
    #: Lines that could not be read, as ``line N: text`` (the rest of the file still applies).
    problems: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    def fingerprint(self) -> str:
        """A stable digest of the rules (for caches of documents read with them)."""
        import hashlib

        parts = [self.title, self.body, self.author, self.date, self.strip,
                 self.strip_id_or_class, self.strip_image_src, self.next_page_link,
                 self.single_page_link, self.replacements, self.ad, self.related, self.cta]
        return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]

    @property
    def empty(self) -> bool:
        return not (self.title or self.body or self.author or self.date or self.strip
                    or self.strip_id_or_class or self.strip_image_src or self.next_page_link
                    or self.single_page_link or self.replacements or self.ad or self.related
                    or self.cta)


def _warn_unknown(name: str, where: str) -> None:
    with _warn_lock:
        if name in _warned:
            return
        _warned.add(name)
    log.warning("site rules: unknown directive %r ignored (first seen in %s)", name, where)


def parse_site_config(text: str, name: str = "") -> SiteConfig:
    """Read one rule file's text. Never raises on content: bad lines land in ``problems``."""
    cfg = SiteConfig(name=name)
    finds: list[str] = []
    replaces: list[str] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _LINE.match(line)
        if not m:
            cfg.problems.append(f"line {number}: not 'directive: value': {line[:80]}")
            continue
        key, arg, value = m.group(1).lower(), m.group(2), m.group(3).strip()
        if key == "cta":
            if value:
                cfg.cta.append(((arg or "other").strip().lower(), value))
        elif key == "replace_string" and arg is not None:
            cfg.replacements.append((arg, value))
        elif key == "find_string":
            finds.append(value)
        elif key == "replace_string":
            replaces.append(value)
        elif key in R.FLAG_DIRECTIVES:
            word = value.lower()
            if word in R.YES or word in R.NO:
                cfg.flags[key] = word in R.YES
            else:
                cfg.problems.append(f"line {number}: {key} wants yes or no, got {value[:40]!r}")
        elif key in R.LIST_DIRECTIVES:
            if value and hasattr(cfg, key):
                getattr(cfg, key).append(value)
        elif key in R.UNDERSTOOD:
            continue
        else:
            if key not in cfg.unknown:
                cfg.unknown.append(key)
            _warn_unknown(key, name or "site rules")
    if len(finds) != len(replaces):
        cfg.problems.append(f"{len(finds)} find_string but {len(replaces)} replace_string lines:"
                            " unpaired ones ignored")
    cfg.replacements += [(f, r) for f, r in zip(finds, replaces, strict=False) if f]
    return cfg


def _host_key(name: str) -> str:
    return name[:-4].lower() if name.lower().endswith(".txt") else name.lower()


class SiteRules:
    """Rule files by host: ``for_url(url)`` finds ``www.example.com.txt``,
    ``example.com.txt`` or a ``.example.com.txt`` wildcard for any subdomain."""

    def __init__(self, configs: dict[str, SiteConfig] | None = None):
        self.configs: dict[str, SiteConfig] = dict(configs or {})
        #: Files that could not be read at all: (file name, reason).
        self.failed: list[tuple[str, str]] = []

    def __len__(self) -> int:
        return len(self.configs)

    def add(self, host: str, cfg: SiteConfig) -> None:
        self.configs[host.lower()] = cfg

    def for_host(self, host: str | None) -> SiteConfig | None:
        host = (host or "").lower().rstrip(".")
        if not host:
            return None
        candidates = [host]
        if host.startswith("www."):
            candidates.append(host[4:])
        labels = host.split(".")
        candidates += ["." + ".".join(labels[i:]) for i in range(len(labels) - 1)]
        for key in candidates:
            cfg = self.configs.get(key)
            if cfg is not None:
                return cfg
        return None

    def for_url(self, url: str | None) -> SiteConfig | None:
        if not url:
            return None
        try:
            return self.for_host(urlsplit(url).hostname)
        except ValueError:
            return None


def _read_file(path: Path) -> str:
    with path.open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"larger than {MAX_FILE_BYTES:,} bytes")
    return data.decode("utf-8", errors="replace")


def load_site_rules(source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> SiteRules:
    """Read a folder of ``HOST.txt`` files (or one file, or several paths) into SiteRules.

    A file that cannot be read is listed in ``failed`` and logged; the others load.
    Raises InputError when ``source`` is neither a readable folder nor a file.
    """
    paths = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    rules = SiteRules()
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt" and p.is_file())
        elif path.is_file():
            files = [path]
        else:
            raise InputError(f"site rules: {path} is neither a folder nor a file")
        for f in files:
            try:
                cfg = parse_site_config(_read_file(f), name=f.name)
            except (OSError, InputError) as exc:
                reason = getattr(exc, "strerror", None) or str(exc)
                rules.failed.append((f.name, reason))
                log.warning("site rules: %s not read: %s", f.name, reason)
                continue
            rules.add(_host_key(f.name), cfg)
    return rules
