"""Related blocks that are a list's entries, one each: one related block, the list's.

A "Related Insights" grid whose three cards are each found as a block of one story, a
sidebar's "Recent Posts" rows, a teaser list some of whose cards the walk reports: the
reader sees one widget (heading + list), the walk reports each card. Entries of one list
are siblings of one design (same tag and class tokens under one parent, each holding one
reported block at the same depth) standing together: nothing between them but other
entries of that design, short linkless labels and the page's other found items (an ad slot
in a feed). When ``MIN_RELATED_ENTRIES`` or more such entries are cards (no heading of
their own, or at most ``CARD_ITEMS`` items: the "heading" is the card's headline or
label), they are one related block: at their parent when it holds nothing else with links
(the parent's heading titles the block), else at the first entry with every entry's items.

Kept apart: in-text story lines ("Also read: ...") between the article's paragraphs (the
body stands between them), sidebar modules each under its own heading with a list of
items ("Latest Headlines", "Latest Features"), cards split by a paragraph or a list of
another design.

Works on the found items only (their ancestors, a few levels, and the parents' children):
no walk of the page.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from lxml import etree

from ..model import AdSlot, CallToAction, Related, RelatedItem
from . import related
from .chrome import Found
from .chrome_util import class_design, norm, tag_of, text_content
from .rules.regions import (
    CARD_EXTRA_CHARS,
    CARD_ITEMS,
    ENTRY_TEXT_RATIO,
    MAX_LIST_LABEL_WORDS,
    MIN_RELATED_ENTRIES,
    RELATED_ENTRY_CLIMB,
    RUN_LABEL_CHARS,
)

_Key = tuple[etree._Element, str, frozenset[str]]
_QUIET = frozenset({"script", "style", "noscript", "template", "hr", "br", "link", "meta"})


def one_block_per_list(
    found: Sequence[Found], body_line: Collection[etree._Element], body: Collection[etree._Element],
    base: str | None,
) -> list[Found]:
    """``found`` with the related blocks that are entries of one list merged into one block
    (module doc). ``body_line``: the body's containers and their ancestors (no entry holds
    the article); ``body``: the article's blocks (an entry run never crosses one)."""
    rel = [f for f in found if isinstance(f.item, Related) and f.item.provider is None and f.report is None]
    if len(rel) < MIN_RELATED_ENTRIES:
        return list(found)
    chars = _Chars()
    groups: dict[_Key, dict[etree._Element, list[Found]]] = {}
    near: dict[_Key, int] = {}  # (the fewest levels from a block up to its entry: nearest lists first)
    for f in rel:
        entry = f.element
        own = chars(entry)
        for depth in range(RELATED_ENTRY_CLIMB + 1):
            parent = entry.getparent()
            if parent is None or entry in body_line or (parent in body and parent not in body_line):
                break  # (a section of the article's text is no list entry)
            if depth and chars(entry) > own + CARD_EXTRA_CHARS:
                break  # (a section holding a story line, no card)
            key = (parent, tag_of(entry), _design(entry))
            groups.setdefault(key, {}).setdefault(entry, []).append(f)
            near[key] = min(near.get(key, depth), depth)
            entry = parent
    lists = sorted((k for k, v in groups.items() if len(v) >= MIN_RELATED_ENTRIES), key=near.__getitem__)
    if not lists:
        return list(found)  # (no list on the page: nothing more to gather)
    others = {f.element for f in found if isinstance(f.item, (AdSlot, CallToAction))}
    headed = {f.element: f for f in rel if f.item.title}
    done: set[int] = set()
    replace: dict[int, Found | None] = {}
    targets: set[etree._Element] = set()
    for key in lists:
        entries = groups[key]
        if done and any(id(f) in done for m in entries.values() for f in m):
            continue  # (a block merged once stays so)
        for run in _runs(key, entries, others, body, body_line, chars):
            if not _cards([entries[e] for e in run]):
                continue
            members = [f for e in run for f in entries[e]]
            head = _head_before(run[0], headed, done)
            if head is not None:
                members.insert(0, head)
            merged = _merged(key, run, members, others, body, body_line, base, chars)
            if merged is None:
                continue
            done.update(id(m) for m in members)
            replace[id(members[0])] = merged
            targets.add(merged.element)
            for m in members[1:]:
                replace[id(m)] = None
    if not replace:
        return list(found)
    for f in rel:  # (a part of a card the list now holds: the list's)
        if id(f) not in replace and any(a in targets for a in f.element.iterancestors()):
            replace[id(f)] = None
    return [g for f in found for g in ([replace[id(f)]] if id(f) in replace else [f]) if g is not None]


class _Chars(dict[etree._Element, int]):
    """An element's visible characters (whitespace collapsed), each counted once a call."""

    def __call__(self, el: etree._Element) -> int:
        n = self.get(el)
        if n is None:
            n = self[el] = len(norm(text_content(el)))
        return n


def _runs(key: _Key, entries: dict[etree._Element, list[Found]], others: Collection[etree._Element],
          body: Collection[etree._Element], body_line: Collection[etree._Element],
          chars: _Chars) -> list[list[etree._Element]]:
    """The runs of ``MIN_RELATED_ENTRIES`` or more entries standing together under the
    parent (module doc: what may stand between two entries)."""
    parent, tag, classes = key
    longest = max(map(chars, entries))
    runs: list[list[etree._Element]] = []
    run: list[etree._Element] = []
    started = False
    for child in parent:
        if not isinstance(child.tag, str) or tag_of(child) in _QUIET:
            continue
        if child in entries:
            run.append(child)
            started = True
            continue
        if not started:
            continue
        if child in body or child in body_line:
            ok = False
        elif _alike(child, tag, classes, longest, chars):
            ok = True  # a card not reported
        else:  # a short linkless label, an ad slot in a feed, a card's own button
            ok = _quiet(child, others) and (chars(child) <= RUN_LABEL_CHARS
                                           or any(x in others for x in child.iter()))
        if not ok:
            if len(run) >= MIN_RELATED_ENTRIES:
                runs.append(run)
            run, started = [], False
    if len(run) >= MIN_RELATED_ENTRIES:
        runs.append(run)
    return runs


def _cards(entries: list[list[Found]]) -> bool:
    """Every entry but the first is a card: its block has no heading of its own (a title is
    the card's headline), or it is split into several blocks of few items each (an image
    link, a headline under a label); all blocks alike in being sponsored or not."""
    if len({f.item.sponsored for m in entries for f in m}) != 1:  # type: ignore[union-attr]
        return False
    for i, m in enumerate(entries):
        for f in m:
            item = f.item
            assert isinstance(item, Related)
            if len(item.items) > CARD_ITEMS and len(m) > 1:
                return False  # (an entry of several lists, no card split in parts)
            if i and _heading(item) and (len(m) == 1 or len(item.items) > CARD_ITEMS):
                return False  # (a box under a heading of its own)
    return True


def _heading(item: Related) -> bool:
    """The block has a heading of its own, not the headline of one of its items."""
    title = norm(item.title or "").lower()
    return bool(title) and all(norm(i.title or "").lower() != title for i in item.items)


def _quiet(el: etree._Element, others: Collection[etree._Element]) -> bool:
    """``el`` holds no link outside the page's found ads and CTAs."""
    for a in el.iter("a"):
        if a.get("href") and not any(x in others for x in a.iterancestors()) and a not in others:
            return False
    return True


def _head_before(entry: etree._Element, headed: dict[etree._Element, Found], done: set[int]) -> Found | None:
    """A headed related block standing just before the run's first entry ("Recent Posts"
    over its first story, the other stories its siblings): the list's head."""
    prev = entry.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or tag_of(prev) in _QUIET):
        prev = prev.getprevious()
    f = headed.get(prev) if prev is not None else None
    return f if f is not None and id(f) not in done and _heading(f.item) else None  # type: ignore[arg-type]


def _label_before(el: etree._Element) -> str | None:
    """A short linkless line standing just before the list ("Related Posts" over a grid)."""
    prev = el.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or tag_of(prev) in _QUIET):
        prev = prev.getprevious()
    if prev is None or prev.find(".//a[@href]") is not None:
        return None
    text = norm(text_content(prev))
    return text if text and len(text.split()) <= MAX_LIST_LABEL_WORDS else None


def _design(el: etree._Element) -> frozenset[str]:
    """The class tokens an entry shares with its siblings: those naming one item
    ("post-58261", "item-3") left out."""
    return class_design(el.get("class") or "")


def _alike(el: etree._Element, tag: str, classes: frozenset[str], longest: int, chars: _Chars) -> bool:
    """``el`` is an entry of the list's design the walk did not report: same tag and class
    tokens, text at most ``ENTRY_TEXT_RATIO`` times the longest reported entry's."""
    return (tag_of(el) == tag and _design(el) == classes
            and chars(el) <= ENTRY_TEXT_RATIO * longest)


def _merged(key: _Key, run: list[etree._Element], members: list[Found],
            others: Collection[etree._Element], body: Collection[etree._Element],
            body_line: Collection[etree._Element], base: str | None, chars: _Chars) -> Found | None:
    """One block for the run: at the parent when everything else in it is linkless, an
    item found already or a heading; else at the first entry, with every entry's items."""
    first = members[0].item
    assert isinstance(first, Related)
    parent, tag, classes = key
    inside = set(run)
    longest = max(map(chars, run))
    title = first.title if _heading(first) else None
    if parent not in body_line and parent not in body and all(
            c in inside or not isinstance(c.tag, str) or tag_of(c) in _QUIET or _quiet(c, others)
            or _alike(c, tag, classes, longest, chars) for c in parent):
        block = related.build_related(parent, base, sponsored=first.sponsored)
        if block.items:
            if block.title and any(block.title in norm(text_content(o)) for o in others
                                   if any(a is parent for a in o.iterancestors())):
                block.title = None  # (an ad's "Sponsored" label inside the list)
            if block.title and any(norm(i.title or "").lower() == norm(block.title).lower() for i in block.items):
                block.title = None  # (the first card's headline)
            block.title = block.title or title or _label_before(parent)
            return Found(parent, block)
    items: dict[str, RelatedItem] = {}
    for m in members:
        assert isinstance(m.item, Related)
        for i in m.item.items:
            items.setdefault(i.url, i)
    if not items:
        return None
    return Found(members[0].element, Related(id="", title=title, sponsored=first.sponsored, items=list(items.values())))
