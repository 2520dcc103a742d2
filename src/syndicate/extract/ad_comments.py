"""Ad slots named only by an HTML comment: ``<!-- AD: billigerDe breaker --><div id=..></div>``.

Templates often write the slot's name as a comment right before the empty box an ad script
fills ("<!-- Ad 300x250 -->", "<!-- begin ad tag -->", "<!-- Werbung -->"), or as the first
thing inside it, while the box itself carries no ad word (a vendor's class, a zone number).
The chrome walk meets every comment of the page anyway (``chrome._Walk`` skips them): it asks
``commented_box`` of each short one, and after the walk ``commented_slots`` reports the boxes
nothing else took.

What a comment must say: an ad word as a whole word (``ad_networks.AD_WORDS``, in several
languages) or an ad size ("728x90", "300,600"; ``banner_ads.IAB_SIZES``), no word of a
tracking tag or plugin note, and it must OPEN the box: a closing comment ("<!-- /ad -->",
"<!-- end ad -->", "<!-- .ad-wrap -->") names the box before it, which its opening comment
names too, so it is ignored (the box after it is something else).

What the box must be: the next element after the comment (only whitespace or other comments
between), else the element the comment opens as its first child; a block element, not a
region of the page nor text-level; empty (no text, no picture: scripts, iframes, ``ins`` and
empty boxes only, ``ads.empty_box``) with a hook for the ad script (an id, a ``data-*``
attribute, a script, ``ins`` or iframe: ``ads.has_hook``), and not inside the body text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lxml import etree

from ..memo import memo
from ..model import AdSlot
from .ad_scripts import ScriptInfo
from .ad_slots import build_ad
from .ads import empty_box, has_hook, outermost_slot
from .chrome_util import ancestors_of, tag_of, within
from .rules import ad_comments as rules
from .rules.ad_networks import AD_WORDS
from .rules.banner_ads import IAB_SIZES
from .rules.chrome_patterns import literal_search

if TYPE_CHECKING:  # (chrome imports this module: its Found only for the types)
    from .chrome import Found

#: Comments skipped between the naming comment and its box ("<!-- AD: top --><!-- mid:5 -->").
_MAX_COMMENTS_BETWEEN = 2


#: A search for what every comment naming a slot holds (lower-cased, accents dropped): "ad"
#: or an ad word without it ("werbung", "dfp"), or digits around a size's "x": most comments
#: hold neither and cost one search in C.
_AD_HINT = literal_search(sorted({"ad"} | {w for w in AD_WORDS if "ad" not in w})).search
_SIZE_HINT = re.compile(r"\d ?[x×*,] ?\d").search


@memo(4096)
def names_slot(text: str) -> bool:
    """The comment text ``text`` opens an ad slot: an ad word or an ad size in it, no closing
    mark or word and no word of a tracking tag or a plugin's note."""
    lower = text.lower()
    if not lower.isascii():  # ("Publicité", "Pubblicità": the tables' words are unaccented)
        lower = "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))
    if _AD_HINT(lower) is None and _SIZE_HINT(lower) is None:
        return False
    lower = lower.strip()
    if not lower or len(lower) > rules.MAX_COMMENT_CHARS or lower.startswith(rules.CLOSING_MARKS) or "<" in lower:
        return False
    words = set(rules.WORD.findall(lower))
    if words & rules.CLOSING_WORDS or words & rules.NOT_SLOT_WORDS:
        return False
    return bool(words & AD_WORDS) or bool(sizes_named(lower))


def sizes_named(text: str) -> list[list[int]]:
    """The ad sizes (``IAB_SIZES``) written in ``text``, in order."""
    out: list[list[int]] = []
    for m in rules.SIZE.finditer(text):
        size = (int(m.group(1)), int(m.group(2)))
        if size in IAB_SIZES and list(size) not in out:
            out.append(list(size))
    return out


def commented_box(comment: etree._Element) -> etree._Element | None:
    """The slot box the comment ``comment`` (whose text ``names_slot``) opens, or None: the
    element after it, else its parent when it stands first in it; empty, with a hook."""
    if comment.tail and not comment.tail.isspace():
        return None  # (text follows: the comment names no box)
    nxt = comment.getnext()
    for _ in range(_MAX_COMMENTS_BETWEEN):
        if nxt is None or nxt.tag is not etree.Comment or (nxt.tail and not nxt.tail.isspace()):
            break
        nxt = nxt.getnext()
    if nxt is not None and type(nxt.tag) is str and _slot_box(nxt):
        return nxt
    parent = comment.getparent()
    if parent is not None and comment.getprevious() is None and not (parent.text and not parent.text.isspace()) \
            and _slot_box(parent):
        return parent
    return None


def _slot_box(el: etree._Element) -> bool:
    """``el`` may be a slot a comment names: a block box, empty, with a hook, outside the text."""
    if tag_of(el) in rules.NOT_BOX_TAGS:
        return False
    parent = el.getparent()
    if parent is None or tag_of(parent) in rules.TEXT_PARENTS:
        return False
    return empty_box(el) and has_hook(el)


def commented_slots(boxes: Sequence[tuple[etree._Element, str]], found: Sequence[Found],
                    scripts: ScriptInfo) -> list[tuple[etree._Element, AdSlot, etree._Element | None]]:
    """The boxes comments name (``boxes``: (box, comment text), from the walk) that no found
    item holds, is, or lies in: (box, slot, the outer box it is reported at if wider)."""
    taken = {f.element for f in found}
    line = ancestors_of(taken)  # (no slot around a found item)
    out: list[tuple[etree._Element, AdSlot, etree._Element | None]] = []
    seen: set[etree._Element] = set()
    for box, text in boxes:
        if box in seen or box in line or within(box, taken):
            continue
        outer = outermost_slot(box)
        if outer in seen or outer in line or outer in taken:
            continue
        seen.update((box, outer))
        slot = build_ad(box, None, scripts)
        if not slot.sizes and (sizes := sizes_named(text)):
            slot.sizes = sizes  # (the size the comment gives: a display slot)
            slot.format = "display" if slot.format == "unknown" else slot.format
        out.append((box, slot, outer if outer is not box else None))
    return out
