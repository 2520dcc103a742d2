"""Markdown line parsing for the text reader: one source line at a time.

Crawlers that write Markdown for language models put a whole page into it:
links as ``[text](url)``, images as ``![alt](src)``, ATX headings, lists,
quotes and tables. The text reader needs, per line, the plain text (no
Markdown syntax: ``doc.text()`` is plain), what kind of line it is, and the
links and images it holds, so link density and related lists can be told.
A link whose text spans lines (``[![icon](a.png)⏎⏎Facebook](https://…)``)
leaves fragments on each line; they are cleaned and counted as link text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..extract.rules.text_lines import MARKDOWN_MIN_SHARE, MARKDOWN_MIN_SIGNS

_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"\n]*\")?\s*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"\n]*\")?\s*\)")
# The end of a link whose text began on an earlier line: ``Facebook](https://…)``.
_LINK_TAIL = re.compile(r"\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"\n]*\")?\s*\)")
_HEADING = re.compile(r"#{1,6}(?=\s|$)")
_BULLET = re.compile(r"(?:[*+\-•·]|\d{1,3}[.)])\s+")
_RULE = re.compile(r"(?:[-*_]\s*){3,}$")
_SETEXT = re.compile(r"(?:=+|-+)$")
_EMPHASIS = re.compile(r"(?<![\w\\])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(?<!\\)(\*{1,3}|_{1,3})(?!\w)|`+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_TABLE_SEP = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_CLOSING_HASHES = re.compile(r"\s+#+\s*$")

# Signs that a text is Markdown rather than plain text.
_SIGN = re.compile(r"\]\([^)\s]*\)|^\s{0,3}#{1,6}\s\S", re.MULTILINE)


@dataclass(slots=True)
class MdLine:
    """One Markdown source line, reduced to plain text."""

    text: str
    kind: str = "para"  # para, heading, item, quote, rule, table
    level: int = 0  # heading level
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, url)
    link_chars: int = 0  # characters of text inside links
    images: list[tuple[str, str]] = field(default_factory=list)  # (alt, src)


def looks_like_markdown(text: str) -> bool:
    """True when ``text`` carries enough link or heading syntax to be Markdown."""
    signs = len(_SIGN.findall(text))
    if signs < MARKDOWN_MIN_SIGNS:
        return False
    lines = sum(1 for line in text.splitlines() if line.strip())
    return signs >= MARKDOWN_MIN_SHARE * lines or signs >= 4 * MARKDOWN_MIN_SIGNS


def parse_line(raw: str) -> MdLine:
    """The plain text, kind, links and images of one Markdown line."""
    line = raw.strip()
    kind, level = "para", 0
    if m := _HEADING.match(line):
        kind, level = "heading", len(m.group(0))
        line = _CLOSING_HASHES.sub("", line[m.end():]).strip()
    elif _RULE.match(line):
        return MdLine(text="", kind="rule")
    elif line.startswith(">"):
        kind = "quote"
        line = line.lstrip("> ")
    elif m := _BULLET.match(line):
        kind = "item"
        line = line[m.end():]
    elif line.startswith("|") and line.endswith("|"):
        if _TABLE_SEP.match(line):
            return MdLine(text="", kind="rule")
        kind = "table"
        line = " ".join(cell.strip() for cell in line.strip("|").split("|") if cell.strip())

    images: list[tuple[str, str]] = []
    if "![" in line:
        def _image(m: re.Match[str]) -> str:
            images.append((m.group(1), m.group(2)))
            return ""
        line = _IMAGE.sub(_image, line)

    links: list[tuple[str, str]] = []
    link_chars = 0
    if "](" in line:
        def _link(m: re.Match[str]) -> str:
            nonlocal link_chars
            text = _plain(m.group(1))
            links.append((text, m.group(2)))
            link_chars += len(text)
            return text
        line = _LINK.sub(_link, line)
        if (tail := _LINK_TAIL.search(line)) is not None:
            # The rest of a link opened on an earlier line: its text is link text.
            head = _plain(line[: tail.start()])
            links.append((head, tail.group(1)))
            link_chars += len(head)
            line = line[: tail.start()] + line[tail.end():]
    if line.startswith("[") and "]" not in line:
        line = line[1:]  # a link opened here and closed on a later line

    text = _plain(line)
    return MdLine(text=text, kind=kind, level=level, links=links,
                  link_chars=min(link_chars, len(text)), images=images)


def is_setext_underline(raw: str) -> bool:
    """``===`` or ``---`` under a line: that line is a heading (``---`` alone is a rule)."""
    return bool(_SETEXT.match(raw.strip()))


def _plain(text: str) -> str:
    if "*" in text or "_" in text or "`" in text:
        text = _EMPHASIS.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return " ".join(text.split())
