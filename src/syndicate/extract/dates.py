"""Dates found in pages as RFC 3339 strings (the model's form).

ISO 8601 first, then free-form dates through python-dateutil ("Nov 18, 2019 10:01 AM
EST", with the zone abbreviations of :mod:`~syndicate.extract.rules.metadata_sources`),
then Unix timestamps; years outside ``DATE_YEARS`` are refused.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone
from typing import Any

from dateutil import parser as date_parser

from .rules import metadata_sources as R

#: Date strings longer than this are not handed to the date parser.
MAX_DATE_CHARS = 80

_TZINFOS = {name: (timezone.utc if off == 0 else timezone(timedelta(seconds=off)))
            for name, off in R.TZ_ABBREVIATIONS.items()}
_HAS_YEAR = re.compile(r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_DEFAULT = datetime(2000, 1, 1)


def to_rfc3339(value: Any) -> str | None:
    """A date/time found in a page as an RFC 3339 string, or None when it does not parse.

    ISO 8601 first, then free-form dates ("Nov 18, 2019 10:01 AM EST"), Unix
    timestamps (seconds or milliseconds). No zone: UTC; no time: midnight.
    """
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(int(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    dt: datetime | None = None
    try:
        if _EPOCH.match(text):
            seconds = int(text) / (1000 if len(text) == 13 else 1)
            dt = datetime.fromtimestamp(seconds, tz=timezone.utc)
        else:
            try:
                dt = date_parser.isoparse(text)
            except (ValueError, OverflowError):
                if not _HAS_YEAR.search(text):
                    return None
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    dt = date_parser.parse(text, default=_DEFAULT, tzinfos=_TZINFOS, fuzzy=True)
    except (ValueError, OverflowError, OSError, TypeError, date_parser.ParserError):
        return None
    if dt is None or not (R.DATE_YEARS[0] <= dt.year <= R.DATE_YEARS[1]):
        return None
    return _format(dt)


def _format(dt: datetime) -> str | None:
    try:
        offset = dt.utcoffset()
    except (ValueError, OverflowError):  # pragma: no cover - exotic tzinfo
        return None
    if offset is None:
        dt, offset = dt.replace(tzinfo=timezone.utc), timedelta(0)
    if offset.seconds % 60 or offset.microseconds or abs(offset) >= timedelta(hours=24):
        dt, offset = dt.astimezone(timezone.utc), timedelta(0)
    stamp = dt.strftime("%Y-%m-%dT%H:%M:%S") if dt.year >= 1000 else None
    if stamp is None:
        return None
    if dt.microsecond:
        stamp += f".{dt.microsecond:06d}".rstrip("0")
    if not offset:
        return stamp + "Z"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{stamp}{sign}{minutes // 60:02d}:{minutes % 60:02d}"
