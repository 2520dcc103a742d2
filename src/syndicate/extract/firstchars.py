"""The characters a regular expression's match can start with (a cheap test before a long
alternation is tried).

``first_chars`` reads the parsed pattern: literals, character classes, groups, branches
and repeats. Anything it does not follow (``\\w``, negated classes, ``.``, back-references)
gives None: no test, the pattern decides alone.
"""

from __future__ import annotations

import re
from typing import Any

# The standard library's own pattern parser (``re._parser`` since Python 3.11, ``sre_parse``
# before); without it nothing is narrowed.
_parser: Any
c: Any
try:
    from re import _constants as c  # type: ignore[attr-defined,no-redef]
    from re import _parser  # type: ignore[attr-defined,no-redef]
except ImportError:  # pragma: no cover - Python 3.10
    try:
        import sre_constants as c  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]
    except ImportError:
        c = _parser = None

if c is not None:
    #: ASCII characters of the categories followed (a category also holds others: see below).
    _CATEGORIES = {
        c.CATEGORY_DIGIT: "0123456789",
        c.CATEGORY_SPACE: " \t\n\r\f\v\x1c\x1d\x1e\x1f",
    }
    _ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
    _REPEATS = tuple(x for x in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) if x is not None)
    _ATOMIC = getattr(c, "ATOMIC_GROUP", None)


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can start with, all ASCII (both cases under
    ``re.IGNORECASE``). None when the pattern can match the empty string, can start with a
    character beyond ASCII, or is not understood."""
    found = _openings(pattern, flags)
    if found is None or not all(x.isascii() for x in found):
        return None  # (case folding beyond ASCII, "İ" matching "i", is not followed)
    if flags & re.IGNORECASE:
        found = found | {x.lower() for x in found} | {x.upper() for x in found}
    return frozenset(found)


def ascii_first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The ASCII characters a match of ``pattern`` can start with, whatever others it can
    start with besides: a pattern opening with "реклама" or "à lire" starts with no ASCII
    one (unless the flags fold its opening into one). None when the pattern can match the
    empty string, opens with many characters beyond ASCII, or is not understood."""
    found = _openings(pattern, flags)
    if found is None:
        return None
    beyond = [x for x in found if not x.isascii()]
    if len(beyond) > 8:
        return None
    out = {x for x in found if x.isascii()}
    if flags & re.IGNORECASE:
        out |= {x.lower() for x in out} | {x.upper() for x in out}
    for x in beyond:  # (asked of re itself: its case folding has its own pairs, "ſ" and "s")
        opening = re.compile(re.escape(x), flags & re.IGNORECASE)
        out.update(y for y in map(chr, range(128)) if opening.match(y))
    return frozenset(out)


def _openings(pattern: str, flags: int) -> set[str] | None:
    """The characters a match of ``pattern`` can start with; None when it can match the empty
    string or the parser's shapes are not understood."""
    if _parser is None:
        return None
    try:
        found, nullable = _first(_parser.parse(pattern, flags))
    except (AttributeError, TypeError, ValueError, re.error):  # (a future parser's other shapes)
        return None
    return None if found is None or nullable else found


def _first(seq: object) -> tuple[set[str] | None, bool]:
    """(first characters, may match empty) of a parsed sequence."""
    out: set[str] = set()
    for op, av in seq:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is c.IN:
            chars = _class(av)
            if chars is None:
                return None, False
            return out | chars, False
        if op in _ZERO_WIDTH:
            continue  # (a lookaround only narrows what follows)
        if op is c.SUBPATTERN:
            sub, nullable = _first(av[-1])
        elif _ATOMIC is not None and op is _ATOMIC:
            sub, nullable = _first(av)
        elif op is c.BRANCH:
            sub, nullable = set(), False
            for branch in av[1]:
                got, empty = _first(branch)
                if got is None:
                    return None, False
                sub |= got
                nullable = nullable or empty
        elif op in _REPEATS:
            low, _, body = av
            sub, nullable = _first(body)
            nullable = nullable or low == 0
        else:
            return None, False
        if sub is None:
            return None, False
        out |= sub
        if not nullable:
            return out, False
    return out, True


def _class(items: list[tuple[object, object]]) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))  # type: ignore[arg-type]
        elif op is c.RANGE:
            low, high = av  # type: ignore[misc]
            if high - low > 1024:
                return None
            out.update(chr(x) for x in range(low, high + 1))
        elif op is c.CATEGORY and av in _CATEGORIES:
            out.update(_CATEGORIES[av])
        else:
            return None  # (negated classes, other categories)
    return out
