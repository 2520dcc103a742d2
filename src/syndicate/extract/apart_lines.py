"""A line of the article's text set apart as a whole — every word in emphasis
("<em>[Want more tips? </em><a><em>Let's hang out on Instagram!</em></a><em>]</em>") or the
line wrapped in brackets ("(<a>Scientists identify one fitness habit…</a>.)") — rather than
a sentence of the running text, whose words mostly stand in no emphasis.

Read by ``story_lines`` (a pointer to another post set apart so) and ``body_ctas`` (an ask
set apart so). Only the lines those already hold for one link are read, so the walk here is
a paragraph's few nodes.
"""

from __future__ import annotations

from lxml import etree

from .chrome_util import NO_TEXT, norm
from .classtokens import matcher
from .rules import apart_lines as rules

_EMPHASIS_CLASS = matcher(rules.EMPHASIS_CLASSES)


def _emphasis(node: etree._Element) -> bool:
    """``node`` sets its words in emphasis: by its tag, or an inline box by its class."""
    tag = node.tag
    if tag in rules.EMPHASIS_TAGS:
        return True
    cls = node.get("class") if tag in rules.CLASS_EMPHASIS_TAGS else None
    return bool(cls) and _EMPHASIS_CLASS.match(cls) is not None


def _has_words(text: str | None) -> bool:
    """``text`` holds a letter or a digit (blanks, stops and glyphs are no words)."""
    return bool(text) and any(c.isalnum() for c in text)


def emphasised(el: etree._Element) -> bool:
    """Every word of ``el`` (a paragraph) stands inside an emphasis element or box below it
    (scripts and styles aside), and it has words."""
    seen = False

    def walk(node: etree._Element, inside: bool) -> bool:
        nonlocal seen
        if _has_words(node.text):
            if not inside:
                return False
            seen = True
        for child in node:
            if isinstance(child.tag, str) and child.tag not in NO_TEXT:
                if not walk(child, inside or _emphasis(child)):
                    return False
            if _has_words(child.tail):
                if not inside:
                    return False
                seen = True
        return True

    return walk(el, False) and seen


def bracketed(text: str) -> bool:
    """``text`` (a line's normalised text) is wrapped in brackets as a whole, a stop or a
    glyph after the closing one aside ("(<a>…</a>.)", "[… <a>…</a>]")."""
    core = text.rstrip(rules.LINE_END)
    while core and not core[-1].isalnum() and core[-1] not in ")]":
        core = core[:-1].rstrip()  # (a glyph or emoji closing the line)
    return len(core) > 2 and rules.BRACKETS.get(core[0]) == core[-1] \
        and core.count(core[0]) == 1 and core.count(core[-1]) == 1


def set_apart(el: etree._Element, text: str | None = None) -> bool:
    """``el`` (a paragraph; ``text``: its normalised text, when read) is set apart as a
    whole: all in emphasis, or wrapped in brackets."""
    if text is None:
        text = norm(el.text_content())
    return bracketed(text) or emphasised(el)
