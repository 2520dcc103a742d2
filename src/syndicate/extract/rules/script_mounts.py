"""Containers a script fills (``extract/script_mounts.py``), as data.

Structure says that an element is a mount (an empty box outside the body with a script or a
``data-*`` configuration); the words below say only what kind of item it becomes. They are
the project's class/id vocabularies (``chrome_patterns``, ``regions``, ``share_widgets``),
matched here on whole class/id words (``classtokens.words``), never on substrings,
plus the names of widgets that are empty until their script runs (Facebook's page plugin,
Blogger's followers, a "follow" button).
"""

from __future__ import annotations

import re

from .chrome_patterns import CTA_CLASSES, RELATED_CLASS
from .regions import COMMENT_SECTION_WORDS
from .share_widgets import SHARE_WIDGET_WORDS

_GROUP = re.compile(r"(\\.|[^\\(|])\(\?:((?:\\.|[^)])*)\)")
_CTA = dict(CTA_CLASSES)


def _written(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The plain alternatives of a class pattern of ``chrome_patterns`` (grouped by first
    character, ``a(?:bc|de)``, or written out); one with a lookaround or ``\\b`` is left out.
    ``_`` is read as ``-`` (both separate words)."""
    text = pattern.pattern
    if text.startswith("(?:") and text.endswith(")"):
        text = text[3:-1]
    out = [(m.group(1) + rest).replace("\\", "") for m in _GROUP.finditer(text) for rest in m.group(2).split("|")]
    if not out:
        out = [a for a in text.split("|") if "\\" not in a and "(" not in a]
    return tuple(w.replace("_", "-") for w in out)


#: Class/id words (and words of ``data-*`` attribute names) naming each kind, in the order
#: they are tried; a word is one word of a name or a run of words written with "-".
MOUNT_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("newsletter", _written(_CTA["newsletter"])),
    ("subscribe", _written(_CTA["subscribe"])),
    ("comments", tuple(sorted(COMMENT_SECTION_WORDS - {"respond", "discussion"}))),
    ("related", _written(RELATED_CLASS) + ("relatedposts", "recirculation", "top-stories", "trending")),
    ("share", _written(_CTA["share"]) + tuple(sorted(SHARE_WIDGET_WORDS))),
    ("follow", _written(_CTA["follow"]) + ("follow", "followers", "fb-page", "fb-like-box", "like-box", "likebox")),
    ("donate", _written(_CTA["donate"])),
    ("app", _written(_CTA["app"])),
)
#: ...but a name with one of these words is something else (a counter, a tag list, an
#: author box, a menu, a modal copy, a button): no mount of any kind.
NOT_MOUNT_WORDS = frozenset({
    "count", "counter", "counts", "number", "author", "byline", "tag", "tags", "menu", "nav",
    "navigation", "modal", "popup", "overlay", "lightbox", "template", "icon", "icons",
    "toggle", "button", "btn", "link", "links", "login", "search", "hidden",
})

#: A mount is at most this many levels above the empty element it is found from...
MOUNT_CLIMB = 5
#: ...and shows at most this much text (a heading or prompt: "Followers", "Top Stories",
#: "Like us on Facebook"; a "Loading..." line), outside its scripts and noscripts...
MAX_MOUNT_TEXT = 60
#: ...in at most this many child elements (scripts included).
MAX_MOUNT_CHILDREN = 8
#: Tags a mount never holds (it would show something: a link, a picture, a form field).
SHOWING_TAGS: tuple[str, ...] = (
    "a", "img", "picture", "video", "audio", "input", "button", "select", "textarea", "form",
    "svg", "table", "canvas", "object", "embed",
)
#: ``data-*`` attributes that configure nothing (framework bookkeeping): no hook.
NO_HOOK_DATA = ("data-reactid", "data-reactroot", "data-v-", "data-testid", "data-test", "data-qa",
                "data-aos", "data-sticky")
