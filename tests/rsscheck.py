"""The W3C Feed Validator (vendored in ``../shared/tools/feedvalidator``) run from Python,
the same way ``../shared/tools/feedcheck.py`` runs it (compatibility level "AA").

Tests call :func:`validator` (skips with a reason when it is not there) and then
:func:`check`, which returns the error and warning messages of one feed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[1].parent / "shared" / "tools"
BASE = "https://example.com/feed.xml"


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def validator():
    """The feedvalidator package, or pytest.skip with the reason it is unavailable."""
    if not (TOOLS / "feedvalidator").is_dir():
        pytest.skip(f"W3C feed validator not found at {TOOLS / 'feedvalidator'}")
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))
    try:
        import feedvalidator
    except ImportError as exc:  # html5lib missing
        pytest.skip(f"W3C feed validator cannot run: {exc}")
    return feedvalidator


def check(xml: str | bytes, base: str = BASE) -> Report:
    """Validate one feed; the messages as the validator's text formatter prints them."""
    fv = validator()
    from feedvalidator import compatibility
    from feedvalidator.formatter.text_plain import Formatter
    from feedvalidator.logging import Error
    from feedvalidator.logging import Warning as FVWarning

    raw = xml.encode("utf-8") if isinstance(xml, str) else xml
    try:
        events = fv.validateString(raw, firstOccurrenceOnly=1, base=base)["loggedEvents"]
    except fv.logging.ValidationFailure as failure:
        events = [failure.event]
    events = compatibility.AA(events)
    report = Report()
    for event, line in zip(events, Formatter(events), strict=True):
        if isinstance(event, Error):
            report.errors.append(line)
        elif isinstance(event, FVWarning):
            report.warnings.append(line)
    return report
