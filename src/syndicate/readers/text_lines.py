"""Lines of a text dump and the features that survive flattening.

Each non-empty source line is one unit. Its features: length, words,
stop-word density in the text's language, whether it ends a sentence, link
density and links (Markdown), kind (heading, list item...), how often the
same text recurs on the page, and whether it is a copyright/legal line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from ..extract import chrome_text as chrome
from ..extract.rules.text_lines import (
    CLOSERS,
    COPYRIGHT_MARKS,
    COPYRIGHT_MAX_CHARS,
    GUESS_CHARS,
    GUESS_LINES,
    LENGTH_LOW,
    MARKUP_NUMBERS,
    MARKUP_SHARE,
    MARKUP_SIGNS,
    NO_SPACE_SCRIPTS,
    NO_SPACE_SHARE,
    SENTENCE_END,
)
from ..extract.rules.text_phrases import (
    AUTHOR_BOX_LEADS,
    AUTHOR_BOX_LINKS,
    COMMENT_COUNT_HEAD,
    COMMENT_VERBS,
    CONSENT_AGREE_STEMS,
    CONSENT_AGREE_WORDS,
    CONSENT_CONTEXT,
    CONSENT_COOKIE,
    CONSENT_POLICY,
    MARK_FILLERS,
    MARK_STEMS,
    MAX_AUTHOR_NAME_WORDS,
    MAX_COMMENT_AUTHOR_WORDS,
    MAX_COMMENT_HEAD_CHARS,
    MAX_CONSENT_CHARS,
    MAX_MARK_WORDS,
    MIN_AUTHOR_NAME_WORDS,
    MIN_COMMENT_AUTHORS,
)
from ..memo import memo
from ..sanitize import xml_chars
from . import markdown as md
from .stoplists import guess_language, stoplist
from .text_repair import close_punctuation, has_invisible, strip_invisible

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_NO_SPACE = re.compile(NO_SPACE_SCRIPTS)
_MARK_ITEMS = tuple((stem, kind) for kind, stems in MARK_STEMS.items() for stem in stems)
# "Anna says:" (a name, perhaps a date, then the verb and a colon).
_COMMENT_AUTHOR = re.compile(
    r"\s(?:" + "|".join(re.escape(v) for v in COMMENT_VERBS) + r")\s?:", re.IGNORECASE)
_COMMENT_HEAD = re.compile(COMMENT_COUNT_HEAD, re.IGNORECASE)
QUOTES = "\"“”„«»‘’‚"
_COPYRIGHT = re.compile("|".join(re.escape(m) for m in COPYRIGHT_MARKS), re.IGNORECASE)


@dataclass(slots=True)
class Line:
    """One non-empty source line with its features."""

    number: int  # 1-based source line
    text: str  # plain text, whitespace-normalised
    kind: str = "para"  # para, heading, item, quote, table
    level: int = 0
    links: list[tuple[str, str]] = field(default_factory=list)
    link_chars: int = 0
    images: list[tuple[str, str]] = field(default_factory=list)
    words: int = 0
    stopwords: int = 0
    repeats: int = 1  # how many lines of the page have this text
    shape_repeats: int = 1  # ... this text with its digits ignored ("Rating: 36 Votes")
    copyright: bool = False
    chrome: tuple[str, str] | None = None  # chrome_text.classify of a short line
    mark: str | None = None  # closing mark of the article (text_phrases): its kind

    @property
    def length(self) -> int:
        return len(self.text)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    @property
    def stop_density(self) -> float:
        return self.stopwords / self.words if self.words else 0.0

    @property
    def end_mark(self) -> str:
        """The line's last character before closing quotes and brackets ("" when none)."""
        return self.text.rstrip(CLOSERS)[-1:]

    @property
    def ends_sentence(self) -> bool:
        mark = self.end_mark
        return bool(mark) and mark in SENTENCE_END


@dataclass(slots=True)
class Lines:
    """The lines of a dump, and what was learnt about the whole."""

    lines: list[Line]
    markdown: bool
    language: str | None  # jusText stop-list name, None when unknown
    has_stoplist: bool
    no_space: bool = False  # written without spaces between words (Chinese, Japanese, Thai...)


@memo(16384)
def _stem_kind(token: str) -> str | None:
    """The kind of the first closing-mark stem that ``token`` starts with; cached, as a
    page repeats its words (a scan of every stem per token made long dumps slow)."""
    return next((k for stem, k in _MARK_ITEMS if token.startswith(stem)), None)


def closing_mark(tokens: list[str]) -> str | None:
    """The kind of closing mark (``text_phrases``) that these lower-case word tokens make."""
    found = None
    for token in tokens:
        if token in MARK_FILLERS or token.isdigit():
            continue
        kind = _stem_kind(token)
        if kind is None or (found is not None and found != kind):
            return None  # a word that is no part of a mark: a heading or a sentence
        found = kind
    return found


def _comment_head(key: str) -> bool:
    """A thread's heading naming the post ("12 thoughts on “Title”"): the title is quoted,
    or the count is a number and no sentence ends the line."""
    if not _COMMENT_HEAD.match(key):
        return False
    return any(q in key for q in QUOTES) or (key[:1].isdigit() and not key.endswith("."))


def _author_box(text: str) -> bool:
    """An author box's heading: "About Jane Porter", "Über Simon Dückert"."""
    words = text.split()
    if len(words) < 2 or words[0].lower() not in AUTHOR_BOX_LEADS:
        return False
    name = words[1:]
    while name and name[0].lower() in AUTHOR_BOX_LINKS:
        name = name[1:]
    return MIN_AUTHOR_NAME_WORDS <= len(name) <= MAX_AUTHOR_NAME_WORDS and all(
        w[:1].isupper() and w[1:2].islower() for w in name)


def _comment_authors(lines: list[Line]) -> None:
    """Author lines of a comment thread ("Anna says:", "Peter sagt:"): when a page has two
    or more, each is a comments mark. One alone may be a quote in the article."""
    found = [line for line in lines if ":" in line.text and line.words <= MAX_COMMENT_AUTHOR_WORDS
             and _COMMENT_AUTHOR.search(line.text)]
    if len(found) >= MIN_COMMENT_AUTHORS:
        for line in found:
            line.mark = "comments"


def _markup(text: str) -> bool:
    """Markup, code or figures rather than language: its signs make more than MARKUP_SHARE
    of it, or numbers more than MARKUP_NUMBERS of its words (an SVG path, a table)."""
    return (sum(text.count(c) for c in MARKUP_SIGNS) > MARKUP_SHARE * len(text)
            or len(_DIGITS.findall(text)) > MARKUP_NUMBERS * (text.count(" ") + 1))


def _consent(key: str, tokens: list[str]) -> bool:
    """A cookie or consent notice: a cookie word and a consent or privacy word, or a policy
    word and an agreeing one."""
    if any(stem in key for stem in CONSENT_COOKIE) and any(
            t.startswith(CONSENT_COOKIE) for t in tokens) and any(
            t.startswith(CONSENT_CONTEXT) for t in tokens):
        return True
    # The substring test first: few lines hold a policy word, and it is far cheaper.
    return any(stem in key for stem in CONSENT_POLICY) and any(
        t.startswith(CONSENT_POLICY) for t in tokens) and any(
        t in CONSENT_AGREE_WORDS or t.startswith(CONSENT_AGREE_STEMS) for t in tokens)


def _spaces(text: str) -> int:
    return text.count(" ")


def read_lines(text: str, markdown: bool) -> Lines:
    """Split ``text`` into :class:`Line` units with their features."""
    lines: list[Line] = []
    raws = text.splitlines()
    for n, raw in enumerate(raws, 1):
        if not raw.strip():
            continue
        if markdown:
            if md.is_setext_underline(raw) and lines and lines[-1].number == n - 1 and raw.strip()[0] == "=":
                lines[-1].kind, lines[-1].level = "heading", 1
                continue
            parsed = md.parse_line(xml_chars(raw))
            if not parsed.text:
                continue  # image-only lines and rules carry no text
            lines.append(Line(number=n, text=parsed.text, kind=parsed.kind, level=parsed.level,
                              links=parsed.links, link_chars=parsed.link_chars,
                              images=parsed.images))
        else:
            cells = [c for c in raw.split("\t") if c.strip()]
            lines.append(Line(number=n, text=close_punctuation(" ".join(xml_chars(raw).split())),
                              kind="table" if len(cells) >= 2 else "para"))

    # The wordiest lines (by spaces, so a base64 blob or a URL list does not count).
    # Each text once: a warning or a notice repeated down the page is not the page's language;
    # nor is markup or code that a flattener let through (Word's "<w:View>" XML, scripts).
    # (dict, not set: ties keep the page's order, so the guess is the same on every run)
    wordiest = sorted(dict.fromkeys(line.text for line in lines), key=_spaces, reverse=True)
    sample = " ".join(islice((t for t in wordiest if not _markup(t)), GUESS_LINES))
    sample = sample[:GUESS_CHARS]
    keys = [line.text.lower() for line in lines]
    if has_invisible(text):  # soft hyphens and the like split words: features skip them
        sample = strip_invisible(sample)
        keys = [strip_invisible(key) for key in keys]
    # Scripts written without spaces: \w+ finds clauses, not words; no stop-word test.
    no_space = len(_NO_SPACE.findall(sample)) > NO_SPACE_SHARE * len(sample)
    language = None if no_space else guess_language(sample)
    stops = stoplist(language) if language else frozenset()
    # Shapes only for short lines: records ("Rating: 36 Votes") are short.
    shapes = [_DIGITS.sub("0", key) if len(key) < LENGTH_LOW else "" for key in keys]
    counts = Counter(keys)
    shape_counts = Counter(shapes)
    for line, key, shape in zip(lines, keys, shapes, strict=True):
        tokens = _WORD.findall(key)
        line.words = len(tokens)
        if stops:
            line.stopwords = len([t for t in tokens if t in stops])
        line.repeats = counts[key]
        if key.count(" ") < chrome.MAX_LABEL_WORDS:  # as classify's own limit
            line.chrome = chrome.classify(line.text)
        line.shape_repeats = shape_counts[shape] if shape else 1
        if len(key) < MAX_COMMENT_HEAD_CHARS and _comment_head(key):
            line.mark = "comments"
        elif len(tokens) <= MAX_MARK_WORDS:
            line.mark = closing_mark(tokens)
            if line.mark is None and _author_box(line.text):
                line.mark = "author"
        elif len(key) < MAX_CONSENT_CHARS and _consent(key, tokens):
            line.mark = "consent"
        # Legal lines are short; the pattern is not worth running over paragraphs.
        line.copyright = len(key) < COPYRIGHT_MAX_CHARS and bool(_COPYRIGHT.search(key))
    _comment_authors(lines)
    # The paragraph under an author box's heading is the author's bio.
    for line, after in zip(lines, lines[1:], strict=False):
        if line.mark == "author" and after.mark is None and after.kind == "para":
            after.mark = "bio"
    return Lines(lines=lines, markdown=markdown, language=language, has_stoplist=bool(stops),
                 no_space=no_space)
