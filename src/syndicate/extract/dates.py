"""Dates found in pages as RFC 3339 strings (the model's form).

A date is taken only when it is certain: day, month and year all stated. In turn:

1. ISO 8601 (``2019-11-18``, ``2019-11-18T10:45:00-05:00``, ``20191118``) and Unix
   timestamps: exact, no library guesswork.
2. Numeric dates: year first (``2019/11/18``, ``2019年11月19日``, ``2019년 11월 19일``)
   always; day and month first (``03.12.2019``, ``12/03/2019``) only when the order is
   certain: a part above 12, or the page's language says (``en-US`` month first,
   other languages day first; plain ``en`` leaves ``03/04/2019`` out).
3. English month names through python-dateutil, *not* fuzzy, and only when both a
   day and a year are present (``May 2021`` is not a day).
4. Month names in other languages through ``dateparser`` (strict: day, month and year
   required; no relative dates), told the page's language, so that "3. Dezember 2019",
   "5 maja 2021" and "19 de noviembre de 2019" are read right and nothing is guessed.
   The plain forms ("3. Dezember 2019", "19 de noviembre de 2019", "Mai 20, 2019") are
   read with dateparser's own month names for the language and give what dateparser
   gives, without its parser: its first use builds a regular expression of every time
   zone, which cost more than all the pages' other date work.

Years outside ``DATE_YEARS`` are refused here; :func:`plausible` (the caller's check)
also refuses dates before 1995 and in the future.
"""

from __future__ import annotations

import ast
import re
import warnings
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from dateutil import parser as date_parser

from ..memo import memo
from .rules import metadata_sources as R

#: Date strings longer than this are not handed to a date parser.
MAX_DATE_CHARS = 80

_TZINFOS = {name: (timezone.utc if off == 0 else timezone(timedelta(seconds=off)))
            for name, off in R.TZ_ABBREVIATIONS.items()}
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
#: ISO 8601 with a day: "2019-11-18", "20191118", "2019-11-18T10:45".
_ISO_DAY = re.compile(r"^\d{4}-?\d{2}-?\d{2}(?:$|[T ]\d)")
#: Year first, separated: "2019/11/18", "2019.11.18", "2019年11月19日", "2019년 11월 19일".
_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:[./年-]|년)\s*(\d{1,2})\s*(?:[./月-]|월)\s*(\d{1,2})(?!\d)")
#: Day and month first, four-digit year: "03.12.2019", "12/03/2019", "3-12-2019".
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d\d)(?!\d)")
_LETTER = re.compile(r"[^\W\d_]")
_TWO_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))
#: Time of day after a numeric date ("03.12.2019 14:05", "2019/11/18 10:45:00").
_CLOCK = re.compile(r"^\s*(?:,|at|um|à|a las|alle|o|в)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)", re.I)
#: Languages whose numeric dates put the month first.
_MONTH_FIRST = frozenset({"en-US", "en-PH", "en-CA", "en-FM", "en-MH", "en-PW"})
#: Languages with no single numeric order; other languages put the day first.
_ORDER_UNKNOWN = frozenset({"en"})


def to_rfc3339(value: Any, language: str | None = None) -> str | None:
    """A date/time found in a page as an RFC 3339 string, or None when it is not certain.

    ``language`` (BCP 47, the page's) tells the order of numeric dates and the
    language of month names. No zone: UTC; no time: midnight.
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
    dt = parse_date(text, language)
    if dt is None or not (R.DATE_YEARS[0] <= dt.year <= R.DATE_YEARS[1]):
        return None
    return _format(dt)


def machine_written(value: Any) -> bool:
    """Whether a date value is in a machine format (ISO 8601 with a day, a Unix time)."""
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and bool(_ISO_DAY.match(value.strip()) or _EPOCH.match(value.strip()))


@memo(4096)
def parse_date(text: str, language: str | None = None) -> datetime | None:
    """The date a short string states, or None (see the module notes for what is certain).
    Cached: the same date strings recur within a page (teasers) and across a site's pages."""
    try:
        if _EPOCH.match(text):
            seconds = int(text) / (1000 if len(text) == 13 else 1)
            return datetime.fromtimestamp(seconds, tz=timezone.utc)
        if _ISO_DAY.match(text):
            try:
                return date_parser.isoparse(text)
            except (ValueError, OverflowError):
                pass  # "2019-11-18 10:45 EST": dateutil below
        numeric = _numeric(text, language)
        if numeric is not None:
            return numeric
        if not _LETTER.search(text) or not re.search(r"\d", text):
            return None
        return _plain_english(text) or _english(text) or _other_language(text, language)
    except (ValueError, OverflowError, OSError, TypeError, date_parser.ParserError):
        return None


def _numeric(text: str, language: str | None) -> datetime | None:
    """Numeric dates: year first always; day/month first only when the order is known."""
    m = _YMD.search(text)
    if m:
        return _with_clock(int(m[1]), int(m[2]), int(m[3]), text[m.end():])
    m = _DMY.search(text)
    if not m:
        return None
    a, b, year = int(m[1]), int(m[3]), int(m[4])
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a == b:
        day = month = a
    else:
        lang = _norm_lang(language)
        if lang is None or lang in _ORDER_UNKNOWN:
            return None
        day, month = (b, a) if lang in _MONTH_FIRST else (a, b)
    return _with_clock(year, month, day, text[m.end():])


def _with_clock(year: int, month: int, day: int, rest: str) -> datetime | None:
    try:
        dt = datetime(year, month, day)
    except ValueError:
        return None
    m = _CLOCK.match(rest)
    if m and int(m[1]) < 24 and int(m[2]) < 60 and int(m[3] or 0) < 60:
        dt = dt.replace(hour=int(m[1]), minute=int(m[2]), second=int(m[3] or 0))
    return dt


def _plain_english(text: str) -> datetime | None:
    """"May 3, 2019", "3 May 2019", "Sept. 3, 2019": the plain forms with dateutil's own
    month names, read without its tokenizer (the same result as :func:`_english`)."""
    return _plain_date(text, _ENGLISH_MONTHS, frozenset())


#: dateutil's month names, lower case.
_ENGLISH_MONTHS = {name.lower(): number for number, names in enumerate(date_parser.parserinfo.MONTHS, 1)
                   for name in names}


def _english(text: str) -> datetime | None:
    """English month names (dateutil, not fuzzy): a date missing its day or year parses
    differently with two defaults and is refused."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            first, second = (date_parser.parse(text, default=d, tzinfos=_TZINFOS) for d in _TWO_DEFAULTS)
        except (ValueError, OverflowError, date_parser.ParserError):
            return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None
    return first


def _norm_lang(language: str | None) -> str | None:
    if not language:
        return None
    parts = language.replace("_", "-").split("-")
    if len(parts) > 1 and len(parts[1]) == 2:
        return f"{parts[0].lower()}-{parts[1].upper()}"
    return parts[0].lower()


#: dateparser's settings: day, month and year required; absolute dates only.
_DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DATES_FROM": "past",
}


@lru_cache(maxsize=64)
def _parser_for(language: str) -> Any:
    """A dateparser parser for one language (None when dateparser does not know it).
    Made once per language: dateparser's first use of a language is its slow part."""
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a core dependency
        return None
    try:
        return DateDataParser(languages=[language], settings=_DATEPARSER_SETTINGS)
    except (ValueError, KeyError):
        return None


def _other_language(text: str, language: str | None) -> datetime | None:
    """Month names in the page's language, through dateparser (nothing without a language:
    dateparser's language guessing is slow and unsure)."""
    lang = (_norm_lang(language) or "").split("-")[0]
    if not lang or lang == "en":
        return None
    plain = _plain_month_date(text, lang)
    if plain is not None:
        return plain
    parser = _parser_for(lang)
    if parser is None:
        return None
    try:
        data = parser.get_date_data(text)
    except Exception:  # a third-party parser's bug on odd text must not cost the page
        return None
    dt = getattr(data, "date_obj", None) if not isinstance(data, dict) else data.get("date_obj")
    period = getattr(data, "period", None) if not isinstance(data, dict) else data.get("period")
    return dt if isinstance(dt, datetime) and period in (None, "day", "time") else None


#: "3. Dezember 2019", "19 de noviembre de 2019", "5 maja 2021"; "Mai 20, 2019".
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.?\s+(?:([^\W\d_]+)\s+)?([^\W\d_]{3,})\.?,?\s+(?:([^\W\d_]+)\s+)?"
                             r"((?:19|20)\d\d)")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]{3,})\.?\s+(\d{1,2}),\s+((?:19|20)\d\d)")
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
_LANG_CODE = re.compile(r"[a-z]{2,3}")


def _plain_month_date(text: str, lang: str) -> datetime | None:
    """A plain day-month-year (or month-day, year) date whose month name is one of
    dateparser's for ``lang``; None for anything else (dateparser then decides)."""
    months, linking = _month_names(lang)
    return _plain_date(text, months, linking)


def _plain_date(text: str, months: dict[str, int], linking: frozenset[str]) -> datetime | None:
    """Day, month name, year (or month name, day, year) with a month of ``months`` and only
    ``linking`` words between them; None for anything else."""
    text = " ".join(text.split())
    m = _DAY_MONTH_YEAR.fullmatch(text)
    if m:
        if any(word is not None and word.lower() not in linking for word in (m[2], m[4])):
            return None  # only the language's own "de"/"del" between the parts
        day, name, year = m[1], m[3], m[5]
    else:
        m = _MONTH_DAY_YEAR.fullmatch(text)
        if not m:
            return None
        name, day, year = m[1], m[2], m[3]
    month = months.get(name.lower())
    if month is None:
        return None
    try:
        return datetime(int(year), month, int(day))
    except ValueError:
        return None


@lru_cache(maxsize=64)
def _month_names(lang: str) -> tuple[dict[str, int], frozenset[str]]:
    """dateparser's data for ``lang``: month name (lower case) -> month number, and the
    words that may link a day, month and year ("de", "del")."""
    if not _LANG_CODE.fullmatch(lang):
        return {}, frozenset()
    info = _translation_data(lang)
    names: dict[str, set[int]] = {}
    for number, key in enumerate(_MONTH_KEYS, 1):
        for name in info.get(key, ()):
            if isinstance(name, str) and name.isalpha():
                names.setdefault(name.lower(), set()).add(number)
    linking = frozenset(w.lower() for w in info.get("pertain") or () if isinstance(w, str))
    # (a name given to two months is left to dateparser)
    return {n: next(iter(k)) for n, k in names.items() if len(k) == 1}, linking


def _translation_data(lang: str) -> dict[str, Any]:
    """dateparser's table for ``lang`` (``dateparser/data/date_translation_data/LANG.py``, one
    dict literal), read without importing dateparser itself; {} when there is none."""
    try:
        spec = find_spec("dateparser")
        if spec is None or spec.origin is None:
            return {}
        path = Path(spec.origin).parent / "data" / "date_translation_data" / f"{lang}.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "info" for t in node.targets):
                info = ast.literal_eval(node.value)
                return info if isinstance(info, dict) else {}
    except (OSError, ValueError, SyntaxError, ImportError):
        pass
    return {}


def plausible(stamp: str | None, now: datetime | None = None) -> bool:
    """Whether an RFC 3339 publication date is believable: not before 1995 (the web's
    news began then; earlier values are placeholders) and not in the future."""
    if not stamp:
        return False
    now = now or datetime.now(timezone.utc)
    day = stamp[:10]
    return R.PLAUSIBLE_FROM <= day <= (now + timedelta(days=1)).strftime("%Y-%m-%d")


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
