"""A link column among the site's menu columns: navigation, no related block.

A page footer (or a Framer or Webflow closing band with no ``<footer>`` tag) lays the site's
link columns side by side: "Company" (About, Careers, Contact), "Services" (one link per
service page), "Training guides", a university's "Newsroom" panel among its "Programs" and
"Admission" panels. The columns are built alike, one link style for all of them. A column
whose links read like headlines ("How to Train for a Half Marathon") or name own pages
("Full House Remodeling") passes the related steps; its sibling columns, built the same way,
are plainly menus, and it is one of them (gold convention 6: site directories and service
pages are navigation; 10.4).

Evidence, structure only: the block stands outside the article (no ``<article>`` or
``<main>`` above it); its page links all carry one class string; a few levels up, among
three columns or more, another column links with the same class string a menu: three
links or more, each a one- or two-word label; and no column there is a related block of
its own (a "Recent posts" column beside "Company" keeps its stories). Run by
``related_guards.without_false_related`` on the related blocks that no guard named, a
handful per page; the climb reads a few levels and stops at the first level whose columns
share the block's link style.
"""

from __future__ import annotations

from collections.abc import Collection

from lxml import etree

from .chrome_util import page_attributes, tag_of

#: Levels climbed from the block to find the run of columns it is one of.
MAX_CLIMB = 3
#: Columns (element children of one parent) that make a run of menu columns.
MIN_COLUMNS = 3
#: A menu column's links: at least this many, each a label of at most ``MAX_LABEL_WORDS``.
MIN_MENU_LINKS = 3
MAX_LABEL_WORDS = 2

_ARTICLE_TAGS = frozenset({"article", "main"})


def menu_column(el: etree._Element, related: Collection[etree._Element]) -> bool:
    """``el`` (a related block) is one column of a run of menu columns built alike.
    ``related``: the elements of the page's related blocks (``el`` among them)."""
    for anc in el.iterancestors():
        if tag_of(anc) in _ARTICLE_TAGS:
            return False
    style = _link_style(el)
    if style is None:
        return False
    node = el
    for _ in range(MAX_CLIMB):
        parent = node.getparent()
        if parent is None:
            return False
        columns = [k for k in parent.iterchildren(etree.Element) if k is not node]
        alike = [k for k in columns if _styled_links(k, style)]
        if alike:
            if len(columns) + 1 < MIN_COLUMNS or any(_holds_related(k, related) for k in columns):
                return False
            return any(_menu(k, style) for k in alike)
        node = parent
    return False


def _link_style(el: etree._Element) -> str | None:
    """The one class attribute all of ``el``'s page links carry (two links at least), or None.
    (Compared as written: a site's template writes one link style the same way each time.)"""
    style = None
    n = 0
    hrefs = page_attributes().hrefs  # (the page's link targets: a look-up, no copy out of lxml)
    for a in el.iter("a"):
        href = hrefs[a]
        if not href or href.startswith("#"):
            continue
        cls = a.get("class")
        if not cls or (style is not None and cls != style):
            return None
        style = cls
        n += 1
    return style if n >= 2 else None


def _styled_links(el: etree._Element, style: str) -> bool:
    """``el`` holds two links of class ``style`` or more."""
    n = 0
    classes = page_attributes().classes  # (the page's names: a look-up, no copy out of lxml)
    for a in el.iter("a"):
        if classes[a] == style:
            n += 1
            if n == 2:
                return True
    return False


def _menu(column: etree._Element, style: str) -> bool:
    """``column``'s links of ``style`` are a menu: ``MIN_MENU_LINKS`` or more, each a label
    of one or two words."""
    n = 0
    for a in column.iter("a"):
        if a.get("class") != style:
            continue
        words = len(" ".join(a.itertext()).split())
        if not 1 <= words <= MAX_LABEL_WORDS:
            return False
        n += 1
    return n >= MIN_MENU_LINKS


def _holds_related(column: etree._Element, related: Collection[etree._Element]) -> bool:
    """``column`` is, holds or lies inside one of the ``related`` blocks."""
    for r in related:
        if r is column:
            return True
        for anc in r.iterancestors():
            if anc is column:
                return True
    for anc in column.iterancestors():
        if anc in related:
            return True
    return False
