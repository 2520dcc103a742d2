"""Exceptions raised by syndicate. Everything derives from :class:`SyndicateError`."""

from __future__ import annotations

from dataclasses import dataclass


class SyndicateError(Exception):
    """Base class of every error syndicate raises on bad input."""


@dataclass(frozen=True)
class SchemaIssue:
    """One validation problem: a JSON path such as ``$.body[3].type`` and a message."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ValidationError(SyndicateError):
    """A document does not conform to the schema; ``errors`` lists every problem,
    most relevant first."""

    def __init__(self, errors: list[SchemaIssue]):
        self.errors = errors
        first = str(errors[0]) if errors else "invalid document"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(first + more)


class InputError(SyndicateError):
    """Input that cannot be read at all: not decodable, empty where content is required..."""


class InputTooLargeError(InputError):
    """Input over a configured size limit (see :mod:`syndicate.limits`)."""


class FetchError(SyndicateError):
    """An HTTP fetch failed; ``url`` and ``reason`` say which and why."""

    def __init__(self, url: str, reason: str):
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


class FeedError(SyndicateError):
    """A feed could not be read."""
