"""What a CMS menu entry says its link leads to.

WordPress marks each entry of a menu it builds with the kind of object it links
(``<li class="menu-item menu-item-type-post_type menu-item-object-page">``). The mark says
what the URL cannot: a static page with a long slug ("/online-learning/web-courses-defined/")
is no story, so a sidebar menu of a college's pages is no related block; and a footer widget
whose entries are all posts is a list of stories, though it is built as a menu.
"""

from __future__ import annotations

from itertools import chain

from lxml import etree

from .chrome_util import page_attributes
from .rules.menu_objects import ENTRY_PREFIX, MIN_POST_ENTRIES, NON_STORY_OBJECTS, STORY_OBJECT


def entry_object(a: etree._Element) -> str | None:
    """The object the menu entry holding the link ``a`` (its parent ``<li>``) names, if any."""
    li = a.getparent()
    if li is None or li.tag != "li":
        return None
    cls = page_attributes().classes[li]  # (the page's names: a look-up, no copy out of lxml)
    if not cls or ENTRY_PREFIX not in cls:  # (a substring test in C first: most entries have none)
        return None
    for token in cls.split():
        if token.startswith(ENTRY_PREFIX):
            return token[len(ENTRY_PREFIX):]
    return None


def page_entry(a: etree._Element) -> bool:
    """The link is a menu entry naming a page of the site that is no story (a static page, a
    listing, a product)."""
    return entry_object(a) in NON_STORY_OBJECTS


def post_menu(el: etree._Element) -> bool:
    """Every link of ``el`` with a target is a menu entry naming a post, ``MIN_POST_ENTRIES``
    or more: a list of stories, though built as a menu. (The first link decides for most
    regions, read inline: the walk asks every menu of a few links.)"""
    links = el.iter("a")
    page = page_attributes()  # (the page's names and link targets: look-ups, no copy out of lxml)
    hrefs = page.hrefs
    for a in links:
        if hrefs[a] is not None:
            break
    else:
        return False
    li = a.getparent()
    cls = page.classes[li] if li is not None else None
    if not cls or _POST_ENTRY not in cls:
        return False
    n = 0
    for x in chain((a,), links):
        if hrefs[x] is None:
            continue
        if entry_object(x) != STORY_OBJECT:
            return False
        n += 1
    return n >= MIN_POST_ENTRIES


_POST_ENTRY = ENTRY_PREFIX + STORY_OBJECT
