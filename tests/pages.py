"""Shared pieces of the tests: the article text the small test pages are built around, a
parse that checks the body came through whole, and a guard against hangs."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import syndicate

#: Four paragraphs of an ordinary news article, written for the project.
ARTICLE_PARAS = [
    "The council voted on Tuesday to rebuild the old harbour wall, a project that has been "
    "debated for more than a decade, and work is expected to begin in the spring.",
    "Residents who spoke at the meeting said the wall, damaged in the storms of 2019, had left "
    "their homes exposed, and several asked why the repairs had taken so long to approve.",
    "The mayor said the money would come from a regional fund, and that no local taxes would "
    "rise to pay for it, although the final cost is still being negotiated with contractors.",
    "Engineers will survey the site in January, and the first stones could be laid by April, "
    "weather permitting, according to the timetable published by the council.",
]
ARTICLE_URL = "https://news.example.com/2024/harbour-wall"


def parse_article(raw: bytes) -> syndicate.Document:
    """``raw`` parsed at ARTICLE_URL, schema-checked, its body exactly ARTICLE_PARAS."""
    doc = syndicate.parse(raw, url=ARTICLE_URL)
    syndicate.validate(doc.to_dict())
    assert doc.text().split("\n") == ARTICLE_PARAS, "chrome leaked into the body or the body lost text"
    return doc


def article_with(inserted: str, lang: str = "en", after: str = "") -> bytes:
    """The four paragraphs of the article with ``inserted`` between the second and third
    (and ``after`` behind the fourth), in an ``<article>`` under its ``<h1>``."""
    paras = [f"<p>{t}</p>" for t in ARTICLE_PARAS]
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Wall</title></head><body>"
        f"<main><article><h1>Harbour wall</h1><div class='text'>{paras[0]}{paras[1]}{inserted}"
        f"{paras[2]}{paras[3]}{after}</div></article></main></body></html>").encode()


class Hang(BaseException):
    """Code ran past its time. BaseException: no ``except Exception`` inside the library
    may swallow it."""


@contextmanager
def no_hang(seconds: float) -> Iterator[None]:
    """Raise :class:`Hang` in the block after ``seconds`` of wall-clock time."""

    def alarm(signum: int, frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
