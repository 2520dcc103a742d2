"""Which rule skipped which subtree: the extraction trace.

``explain(html)`` reads a page as :func:`syndicate.parse` does and lists every subtree that
held text and was left out of the body, or that a skip rule would have dropped but the
"never lose the article" guard kept, with the rule: ``hidden``, ``tag:button``,
``class/id:menu`` (the class/id pattern that matched), ``chrome`` (an ad, related block
or CTA found by the chrome detectors), ``side-column``, ``inner-chrome:share``,
``link-density``. Set ``SYNDICATE_DEBUG_EXTRACT=1`` to have every parse log the same
lines to the ``syndicate.extract`` logger (written to stderr when nothing else handles it).
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass

from lxml import etree

from .content import Analysis

log = logging.getLogger("syndicate.extract")


@dataclass(frozen=True)
class Skip:
    """One subtree the extraction left out (``kept=False``) or kept against a rule."""

    locator: str
    rule: str
    chars: int
    kept: bool
    #: The first words of the subtree's text, to recognise it.
    text: str


def enabled() -> bool:
    """True when ``SYNDICATE_DEBUG_EXTRACT`` asks for the trace."""
    return os.environ.get("SYNDICATE_DEBUG_EXTRACT", "") not in ("", "0")


def collect(a: Analysis, root: etree._Element, min_chars: int = 1) -> list[Skip]:
    """The trace of one extraction: outermost skipped subtrees with text, and guard keeps,
    in document order."""
    tree = root.getroottree()
    out: list[tuple[int, Skip]] = []
    for el, rule in a.why.items():
        kept = el in a.kept
        if not kept and el not in a.skipped and el in a.text_len and not rule.startswith(
                ("inner-chrome", "link-density")):
            continue  # deferred, then kept as too small a share to matter: nothing to tell
        if not kept and any(x in a.skipped and x in a.why and x not in a.kept
                            for x in el.iterancestors()):
            continue  # inside a subtree already reported
        text = " ".join(" ".join(el.itertext()).split())
        if len(text) < min_chars:
            continue
        out.append((a.order.get(el, 0), Skip(tree.getpath(el), rule, len(text), kept, text[:60])))
    out.sort(key=lambda t: t[0])
    return [s for _, s in out]


def emit(skips: list[Skip]) -> None:
    """Log the trace lines (to stderr when the logger has no handler)."""
    if not log.hasHandlers():
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    for s in skips:
        log.info("%s %s %s (%d chars) %r", "KEPT" if s.kept else "skip", s.rule, s.locator, s.chars, s.text)


def explain(html: bytes | str, *, url: str | None = None) -> list[Skip]:
    """Read ``html`` as :func:`syndicate.parse` does and return its extraction trace."""
    from ..readers.html import parse_html

    found: list[list[Skip]] = []
    parse_html(html, url=url, trace=found.append)
    return found[-1] if found else []
