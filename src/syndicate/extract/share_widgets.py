"""Share bars that a script fills: a box named for sharing with no link and no button yet,
at most a short prompt, that holds a third-party share widget (its class words) or tells
one which page to share (a ``data-*`` URL). The page's own markup says what it is, so it
is a share CTA although it shows nothing before its script runs."""

from __future__ import annotations

from lxml import etree

from .chrome_util import words
from .rules import share_widgets as rules

_CLASS, _HREF = b"class", b"href"


def scripted_share_box(el: etree._Element, chars: int) -> bool:
    """``el`` (a box whose class/id names sharing, ``chars`` characters of visible text) is
    a share widget waiting for its script: little text, no link, and a widget class word or
    a ``data-*`` page URL on it or below it."""
    if chars > rules.MAX_WIDGET_TEXT or _not_widget(el.get(_CLASS)):
        return False
    n = 0
    for node in el.iter():
        n += 1
        if n > rules.MAX_WIDGET_ELEMENTS or node.tag == "a" and node.get(_HREF):
            return False
        if type(node.tag) is not str or node.tag in ("iframe", "form", "input", "img"):
            continue  # (an iframe, a form or an image is another thing, judged elsewhere)
        cls = node.get(_CLASS)
        if (_widget_words(cls) or _page_url(node)) and not _not_widget(cls):
            return True
    return False


def _widget_words(cls: str | None) -> bool:
    if not cls:
        return False
    low = cls.lower()
    if not any(w in low for w in rules.SHARE_WIDGET_WORDS):
        return False  # (most classes: a widget word is part of the lowered string)
    return any(w in rules.SHARE_WIDGET_WORDS for token in cls.split() for w in words(token))


def _not_widget(cls: str | None) -> bool:
    return bool(cls) and any(w in rules.NOT_WIDGET_WORDS for token in cls.split() for w in words(token))  # type: ignore[union-attr]


def _page_url(node: etree._Element) -> bool:
    for key, value in node.items():
        if key.startswith("data-") and key.endswith(rules.SHARE_DATA_SUFFIXES) and value.startswith(
                rules.SHARE_DATA_VALUES):
            return True
    return False
