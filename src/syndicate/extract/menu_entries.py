"""Menu entries styled like their siblings are navigation, not CTAs.

A header's "Newsletter" link among "About us" and "Community", a footer column "Subscribe /
Manage Email Preferences" among six columns like it: the page lists them as equals. A menu
entry is a CTA only when the page sets it apart from its siblings — a class/id token of its
own, a button, an icon or picture the others lack, an inline style — or when it stands
outside the list as its own box (then it is no entry). The gold's convention: plain links in
a header or footer menu are not labelled, a distinct block with that purpose is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from ..memo import memo
from .chrome_util import NO_TEXT, norm, tag_of, text_stats, words
from .cta_boxes import box_kind_of, prompt_text, url_kind
from .rules import menu_entries as rules

_DIGITS = re.compile(r"\d+")
_WORDS = re.compile(r"[^\W\d_]+")


def plain_menu_entry(el: etree._Element, edge: bool | None = None) -> bool:
    """``el`` is (or wraps nothing but) an entry of a menu list in a page header, footer or
    navigation, styled like its sibling entries: navigation, whatever its words say.
    ``edge``: whether ``el`` stands in such an area, when the caller knows (else looked up)."""
    for node, tag, parent, siblings in _entry_levels(el):
        if len(siblings) + 1 >= rules.MIN_ENTRIES and _bare_list(parent, node.tag) and \
                _menu_entry(node, tag) and _entries(siblings, tag):
            if edge is None:
                edge = at_page_edge(parent)
            return edge and not _set_apart(node, siblings)
    return False


def _entry_levels(el: etree._Element) -> Iterator[tuple[etree._Element, str, etree._Element, list[etree._Element]]]:
    """Each (entry, its tag, its parent, its sibling entries) met climbing from ``el``
    (``ENTRY_CLIMB`` levels at most): an element of an entry tag, with the parent's other
    children of that tag (``MAX_SIBLINGS`` at most). The climb goes up only through wrappers:
    a box beside other controls is no entry."""
    node = el
    for _ in range(rules.ENTRY_CLIMB):
        parent = node.getparent()
        if parent is None:
            return
        tag = tag_of(node)
        if tag in rules.ENTRY_TAGS:
            yield node, tag, parent, [c for c in parent.iterchildren(node.tag) if c is not node][:rules.MAX_SIBLINGS]
        if _adds_text(parent, node):
            return
        node = parent


def link_set_apart(a: etree._Element) -> bool:
    """``a`` is the link of an entry of a menu list (``MIN_ENTRIES`` or more) and the only
    entry link with a class of its own: the sibling entries' links carry no class, or only
    classes they share ("nav-link"), so the page styles this one link apart (a "Donate"
    closing a long top menu). A menu naming every link ("category-news", "category-abo")
    sets none apart."""
    if not a.get("class"):
        return False
    for _node, tag, _parent, siblings in _entry_levels(a):
        if len(siblings) + 1 >= rules.MIN_ENTRIES and _entries(siblings, tag):
            others = [_shapes(x.get("class") or "") for s in siblings
                      if (x := next((y for y in s.iter("a") if y.get("href")), None)) is not None]
            seen: dict[str, int] = {}
            for shapes in others:
                for t in shapes:
                    seen[t] = seen.get(t, 0) + 1
            if any(n == 1 for n in seen.values()):
                return False  # (another link has a class of its own: a naming scheme)
            own = _shapes(a.get("class") or "") - seen.keys()
            if not own:
                return False
            # (a class repeating the link's label or target names it, "newsletters" on
            # "Newsletters" to /newsletters/: no style; "donate" on "Support us" is one)
            said = set(_WORDS.findall(f"{a.text_content()} {a.get('href') or ''}".lower()))
            return any(not set(words(t[1:])) <= said for t in own)
    return False


def menu_only(el: etree._Element, edge: bool) -> bool:
    """A small box of a page header, footer or navigation whose CTA words come only from
    plain menu entries: the box is (or sits in) a menu ("About us | Community | Newsletter"
    beside a search form), or every link naming a kind is such an entry and no heading,
    field or button of its own asks anything."""
    if not edge:
        return False
    if plain_menu_entry(el, edge):
        return True
    if next((i for i in el.iter("input") if (i.get("type") or "").lower() == "email"), None) is not None:
        return False
    named = [a for a in el.iter("a") if a.get("href") and (
        box_kind_of(norm(a.text_content()).lower()) or url_kind(a.get("href") or ""))]
    if not named or box_kind_of(prompt_text(el, links=False)):
        return False
    return all(plain_menu_entry(a, edge) for a in named)


def at_page_edge(el: etree._Element) -> bool:
    """``el`` stands in a page header, footer or navigation (by tag, role or class/id word;
    an article's own header or footer is none)."""
    node: etree._Element | None = el
    while node is not None:
        tag = tag_of(node)
        if tag == "article":
            return False
        if tag in rules.EDGE_TAGS or node.get("role") in rules.EDGE_ROLES:
            return True
        for attr in ("class", "id"):
            value = node.get(attr)
            if value:
                ws = {w for n in value.lower().split() for w in words(n)}
                if ws & rules.EDGE_NAME_WORDS and not ws & rules.OWN_PART_WORDS:
                    return True
        node = node.getparent()
    return False


def _adds_text(parent: etree._Element, node: etree._Element) -> bool:
    """``parent`` holds text beside ``node`` (read lazily: a page column's first words tell)."""
    if parent.text and parent.text.strip():
        return True
    for c in parent:
        if c.tail and c.tail.strip():
            return True
        if c is not node and isinstance(c.tag, str) and c.tag not in NO_TEXT \
                and next((t for t in c.itertext() if t.strip()), None) is not None:
            return True
    return False


def _bare_list(parent: etree._Element, tag: str) -> bool:
    """The list holds its entries and little else: a heading at most, no prompt sentence
    (a "Take us with you" box's summary over its app and newsletter links is a box)."""
    outside = len((parent.text or "").strip())
    for c in parent:
        if c.tag != tag and isinstance(c.tag, str) and c.tag not in NO_TEXT:
            for t in c.itertext():
                outside += len(t.strip())
                if outside > rules.MAX_LIST_TEXT:
                    return False
        outside += len((c.tail or "").strip())
        if outside > rules.MAX_LIST_TEXT:
            return False
    return True


def _entries(siblings: list[etree._Element], tag: str) -> bool:
    """At least ``MIN_ENTRIES - 1`` of the siblings are menu entries too."""
    n = 0
    for s in siblings:
        if _menu_entry(s, tag):
            n += 1
            if n + 1 >= rules.MIN_ENTRIES:
                return True
    return False


def _menu_entry(el: etree._Element, tag: str) -> bool:
    """One to ``MAX_ENTRY_LINKS`` links and mostly link text (a menu's labels, no prompt);
    a large subtree is no entry (read up to ``MAX_ENTRY_ELEMENTS`` elements)."""
    if tag == "a":
        return bool(el.get("href"))
    stats = text_stats(el, max_elements=rules.MAX_ENTRY_ELEMENTS)
    if stats.truncated or not stats.links or stats.links > rules.MAX_ENTRY_LINKS:
        return False
    return stats.link_chars >= rules.MIN_ENTRY_LINK_SHARE * stats.chars


def _marks(el: etree._Element) -> set[str] | None:
    """What styles an entry: its class/id token shapes (".", digits dropped: WordPress's
    ``menu-item-123``), its descendants' tags ("<") and an inline style. None: too big."""
    out: set[str] = set()
    for n, node in enumerate(el.iter(etree.Element)):
        if n >= rules.MAX_ENTRY_ELEMENTS:
            return None
        if node is not el:
            out.add("<" + tag_of(node))
        for attr in ("class", "id"):
            value = node.get(attr)
            if value:
                out |= _shapes(value)
        if node.get("style"):
            out.add("<@style")
    return out


@memo(4096)
def _shapes(value: str) -> frozenset[str]:
    """A class/id value's token shapes (cached: a menu repeats its entries' classes). A CSS
    module's token (``ExpandedNav_newsletters__W83ni``) is its module's name alone: such a
    menu gives every entry a local class and hash of its own, which sets none apart."""
    return frozenset("." + (_DIGITS.sub("#", tok.lower()) if (m := _MODULE_TOKEN.match(tok)) is None
                            else m.group(1).lower() + "_*")
                     for tok in value.split() if tok.lower() not in rules.STATE_TOKENS)


#: ``Module_local__hash`` (the CSS modules' default name: a five-character hash).
_MODULE_TOKEN = re.compile(r"([A-Za-z][A-Za-z0-9]*)_[A-Za-z0-9-]+__[A-Za-z0-9_-]{5}$")


def _set_apart(entry: etree._Element, siblings: list[etree._Element]) -> bool:
    """``entry`` carries a mark none of its siblings has: a class/id token of its own, a
    descendant tag (a button, an icon, a picture) or an inline style. Any other difference
    (a longer text, a submenu on a sibling) is none."""
    own = _marks(entry)
    if own is None:
        return True  # (a big entry: no menu link)
    for s in siblings:
        marks = _marks(s)
        if marks is not None:
            own -= marks
            if not own:
                return False
    return True
