"""A run of social-profile icons inside a menu or a mixed row: one follow widget.

``sharebars.social_bar`` takes a box whose links are mostly social; a top menu ending in four
profile icons, or a header corner holding two icons beside "Subscribe" and a search form,
has too few for that. Two or more ADJACENT entries, each one link to a profile on a network
(a feed or mail entry may stand among them), are still one follow widget: the row itself when
it is small, else the run, reported at its first entry (the run has no element of its own).
A share link, a single icon, and an author's profile links (a byline) make no run.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain

from lxml import etree

from . import ctas
from .follow_rows import row_aside
from .rules import follow_runs as rules


def follow_run(el: etree._Element, links: Counter[etree._Element], toolbar: bool) -> etree._Element | None:
    """The element to report a follow widget at, if ``el``'s children hold a run of 2+
    adjacent profile entries beside other linked entries; else None. ``links``: links below
    each element (``RegionJudge.links``); ``toolbar``: ``el`` holds a form or button too (a
    header's search and "Subscribe" corner: the run alone is the widget, the rest other CTAs)."""
    entries: list[tuple[etree._Element, str | None]] = [
        (child, _entry_kind(child) if n == 1 else None) for child in el if (n := links.get(child, 0))]
    best: list[etree._Element] | None = None
    start = 0
    for i, (_, kind) in enumerate(chain(entries, [(el, None)])):
        if kind is not None:
            continue
        run = [child for child, k in entries[start:i] if k == "follow"]
        if len(run) >= rules.MIN_RUN:
            # (the icons beside it must be other things: a bare icon we cannot read next to
            # the run makes it part of a larger icon group, not the widget whole)
            if (start and shows_no_words(entries[start - 1][0])) or (i < len(entries) and shows_no_words(entries[i][0])):
                return None
            best = run
            break
        start = i + 1
    if best is None or len(entries) <= len(best) or _loose_text(el) > rules.MAX_LOOSE_TEXT or author_box(el):
        return None  # (all entries profiles: ``social_bar``'s to judge; a sentence's links)
    if len({_href(entry) for entry in best}) < len(best):
        return None  # (one profile linked twice, a menu's heading and entry: no icon row)
    # Only bare icons are set apart: "Facebook" as a text entry among "Hilfe", "Archiv",
    # "RSS" is one more menu entry.
    if not all(shows_no_words(entry) for entry in best):
        return None
    return el if links.get(el, 0) <= rules.MAX_SMALL_ROW and not toolbar else best[0]


def _loose_text(el: etree._Element) -> int:
    """Characters of text standing loose in ``el`` between its children (a sentence's words)."""
    n = len((el.text or "").strip())
    for child in el:
        n += len((child.tail or "").strip())
    return n


def shows_no_words(entry: etree._Element) -> bool:
    """The entry shows no words: an icon (an SVG's title is no visible text)."""
    return not any(t.strip() for t in entry.xpath(".//text()[not(ancestor::svg)]"))


def _href(entry: etree._Element) -> str | None:
    """The target of the entry's one link."""
    a = entry if entry.tag == "a" else next(entry.iter("a"), None)
    return a.get("href") if a is not None else None


def _entry_kind(entry: etree._Element) -> str | None:
    """``follow`` for an entry whose one link goes to a profile, ``aside`` for a feed or
    mail entry (it neither breaks a run nor counts), else None."""
    href = _href(entry)
    if not href:
        return None
    kind = ctas.share_or_follow(href)
    if kind == "follow":
        return kind
    return "aside" if kind is None and row_aside(href) else None


def author_box(el: etree._Element) -> bool:
    """``el`` or one of its near ancestors is named an author's box or byline."""
    node: etree._Element | None = el
    for _ in range(rules.AUTHOR_CLIMB + 1):
        if node is None:
            return False
        if rules.AUTHOR_TOKENS.search(node.get("class") or "") or rules.AUTHOR_TOKENS.search(node.get("id") or ""):
            return True
        node = node.getparent()
    return False
