"""CTAs that are a list's entries, one each: none of the page's.

A live ticker whose ~75 posts are each classed ``comment``, a menu whose entries each sit
under a "subscribe" class, a teaser list giving one "N comments" count per teaser: the
walk finds a CTA in each entry. Entries of one list are siblings of one design (same tag
and class tokens under one parent), and their CTAs sit at the same place inside each
(the same tags from entry down to CTA). When ``MIN_LIST_ENTRIES`` or more entries each
give a CTA of one kind, those CTAs are the entries' own tools, no call to action of the
page: they are dropped. Genuine widgets stay: a newsletter box above and below the
article (no siblings of one list), dialogs of one design each holding its own form, the
buttons of one share bar (one per network), an in-text button every few paragraphs.

Works on the found items only (their ancestors, a few levels): no walk of the page.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from urllib.parse import urlsplit

from lxml import etree

from ..model import CallToAction
from .chrome import Found
from .chrome_util import class_names, norm, norm_over, page_attributes, tag_of, text_content
from .rules.regions import BAR_KINDS, ENTRY_CLIMB, MIN_LIST_ENTRIES

_Key = tuple[object, ...]


def without_list_entries(
    found: Sequence[Found], body_line: Collection[etree._Element], body: Collection[etree._Element],
) -> list[Found]:
    """``found`` less the CTAs of one kind given one per entry of a list (module doc).
    ``body_line``: the body's containers and their ancestors: a section holding the
    article's text is no list entry (an in-text sign-up button closing every few sections
    is the article's); entries standing among the article's blocks (``body``) are a list
    when they outnumber them (a live ticker's posts), else the text's own calls to action
    (a "Try it free" line every few paragraphs). A share/follow entry holds more than
    its CTA (the wrappers of a bar's buttons, each holding one button, are one widget), and
    its CTAs repeat one another (one button per network is a bar, kept)."""
    groups: dict[_Key, set[etree._Element]] = {}
    keys: dict[int, list[_Key]] = {}
    for f in found:
        item = f.item
        if not isinstance(item, CallToAction):
            continue
        mine = keys.setdefault(id(f), [])
        entry, shape = f.element, [tag_of(f.element)]
        size = -1  # (the CTA's text length, read once an entry above it is judged)
        for depth in range(ENTRY_CLIMB + 1):
            parent = entry.getparent()
            if parent is None or entry in body_line:
                break  # (a section of the article's text is no list entry)
            if depth and item.kind in BAR_KINDS:
                if size < 0:
                    size = len(norm(text_content(f.element)))
                if not norm_over(text_content(entry), size):  # (a list's text: not collapsed whole)
                    entry = parent  # (a wrapper of the button alone: one widget's button)
                    shape.append(tag_of(entry))
                    continue
            if depth or item.kind not in BAR_KINDS:
                key = (item.kind, parent, depth, tag_of(entry),
                       frozenset(class_names(page_attributes().classes[entry] or "")), tuple(shape))
                groups.setdefault(key, set()).add(entry)
                mine.append(key)
            entry = parent
            shape.append(tag_of(entry))
    listed = {k for k, entries in groups.items()
              if len(entries) >= MIN_LIST_ENTRIES and _more_than_text(k[1], entries, body_line, body)
              and (k[0] not in BAR_KINDS or _repeated(found, k, keys)) and not _own_forms(entries)}
    if not listed:
        return list(found)
    return [f for f in found if not any(k in listed for k in keys.get(id(f), ()))]


def _repeated(found: Sequence[Found], key: _Key, keys: dict[int, list[_Key]]) -> bool:
    """Share/follow CTAs of a group that repeat one another (the same networks under each
    entry: each entry's own tool); one button per network is one bar's, kept."""
    seen: set[tuple[str, str]] = set()
    for f in found:
        if key in keys.get(id(f), ()):
            mark = (norm(f.item.text), urlsplit(getattr(f.item, "url", None) or "").netloc)
            if mark in seen:
                return True
            seen.add(mark)
    return False


def _own_forms(entries: set[etree._Element]) -> bool:
    """Each entry holds a form of its own: separate widgets (a contact form and a tip form
    in two dialogs of one design), no list."""
    return all(tag_of(e) == "form" or next(e.iter("form"), None) is not None for e in entries)


def _more_than_text(parent: object, entries: set[etree._Element], body_line: Collection[etree._Element],
                    body: Collection[etree._Element]) -> bool:
    """Entries under ``parent`` outnumber the article's blocks beside them (none when the
    parent holds no body block)."""
    if parent not in body_line:
        return True
    assert isinstance(parent, etree._Element)
    return len(entries) > sum(1 for c in parent if c in body or c in body_line)
