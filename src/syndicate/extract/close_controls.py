"""Close controls: whether a box holds one (a small overlay the reader dismisses), for
placement (``placement.py``: such a box off the article's line is ``outside``) and the passes
that tell pop-ups and dismissible bars (``dismissible``, ``apart_boxes``, ``announce_bars``).
"""

from __future__ import annotations

from lxml import etree

from ..memo import memo
from .chrome_util import page_attributes, words
from .rules import regions as layout
from .rules.chrome_patterns import literal_search

#: The close words, grouped for one search (``literal_search``).
_CLOSE_VOCABULARY = literal_search(sorted(layout.CLOSE_WORDS)).search


def closable(el: etree._Element) -> bool:
    """A small box holding a close control (a button, or an element named or labelled
    "close" / "×"): an overlay the reader dismisses."""
    if _SIZE(el) > layout.MAX_CLOSABLE_ELEMENTS:
        return False  # (counted in C: a page region is no pop-up)
    # (most boxes name no close control: their class, label and title values, read in C and
    # searched as one string, hold no close word, and only a "×" button is left to look for;
    # a word in one value is in the joined string too, so no box that names one is missed)
    if _CLOSE_VOCABULARY("\n".join(_CLOSE_NAMES(el)).lower()) is None:
        return any(close_control(x) for x in el.iter("button", "span"))
    for x in el.iter():
        if type(x.tag) is str and close_control(x):
            return True
    return False


#: The values ``close_control`` reads for a name, of an element and all below it.
_CLOSE_NAMES = etree.XPath(
    "descendant-or-self::*/@class | descendant-or-self::*/@aria-label | descendant-or-self::*/@title",
    smart_strings=False)


def close_control(x: etree._Element) -> bool:
    """An element named or labelled "close" / "dismiss", or a button showing "×"."""
    # (bytes names: no str encoded by lxml per element)
    cls, label, title = page_attributes().classes[x], x.get(b"aria-label"), x.get(b"title")
    # (an element with none of the three names nothing: no hint string to build)
    if (cls or label or title) and _close_named(f"{cls or ''} {label or ''} {title or ''}"):
        return True
    return x.tag in ("button", "span") and (x.text or "").strip() in ("×", "✕", "✖")


@memo(8192)
def _close_named(hint: str) -> bool:
    """A class / label / title naming a close control ("close", "dismiss"): matched on words."""
    low = hint.lower()
    if _CLOSE_VOCABULARY(low) is None:
        return False
    return any(w in layout.CLOSE_WORDS for n in low.split() for w in words(n))


_SIZE = etree.XPath("count(.//*)")
